"""Starting the desktop app: `socialekaart` without a command opens the user's catalog, seeded with the demo."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("app", help="start de app (dit gebeurt ook zonder opdracht)")
    p.set_defaults(func=run_app)


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app; Qt is imported only here, so the other commands stay light."""
    from socialekaart.ui.app import run

    return run(db=args.db)
