"""Use cases shared by the desktop app and the command line, without Qt: sessions, filters, search, the demo.

Import the modules themselves (`workspace.session`, `workspace.filters`, `workspace.searching`, `workspace.demo`):
this package imports nothing, so the app's first frame does not wait for the catalog or search machinery.
"""
