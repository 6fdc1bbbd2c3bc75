"""Authoring data and generator of the fictitious demo catalog of gemeente Oosterhout (GM0826).

Run ``python tools/build_demo_catalog.py`` to regenerate ``data/demo/oosterhout/`` and the search golden set.
"""
