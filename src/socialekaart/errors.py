"""One marker for failures whose message is Dutch text meant for the user, so every front end can show it as is."""

from __future__ import annotations


class UserFacingError(Exception):
    """A failure whose message says, in Dutch, what went wrong and, where it can, what to do.

    Catalog, import, export, sync, thesaurus, boundary and place errors derive from it. The app and the command line
    show ``str(exc)`` of such an error unchanged; any other exception is a fault, described by its kind.
    """
