"""Helpers shared by the commands: the catalog named by --db, who makes a change, and which entry a name means."""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from socialekaart.catalog.store import Catalog, CatalogError, open_catalog
from socialekaart.cli.output import CliError, ProgressPrinter
from socialekaart.paths import default_catalog_path
from socialekaart.progress import Work


def open_from_args(args: argparse.Namespace) -> Catalog:
    """The catalog of --db (created empty when new), or the user's own catalog."""
    path = args.db or default_catalog_path()
    try:
        return open_catalog(path)
    except CatalogError as exc:
        raise CliError(exc.message, code=2) from exc


def work_from_args(args: argparse.Namespace) -> tuple[Work, ProgressPrinter]:
    """Progress on stderr (silent with --json) and the Ctrl+C cancel token."""
    printer = ProgressPrinter(quiet=bool(getattr(args, "json", False)))
    return Work(progress=printer, cancel=args.cancel), printer


def actor_of(args: argparse.Namespace) -> str:
    """Who makes a change: --actor, or the user name of this computer."""
    if args.actor:
        return str(args.actor)
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system
        return "onbekend"


def entry_id(args: argparse.Namespace, catalog: Any, entity: str, text: str) -> str:
    """The id meant by an id or a unique name (CliError when none or several match)."""
    from socialekaart.catalog.entries import find_entry
    from socialekaart.catalog.registry import UnknownEntity

    try:
        with catalog.read() as session:
            ids = find_entry(session.connection(), entity, text)
    except UnknownEntity as exc:
        raise CliError(str(exc)) from None
    if not ids:
        raise CliError(f"Geen {entity} met id of naam '{text}'.")
    if len(ids) > 1:
        raise CliError(f"{len(ids)} items van soort {entity} heten '{text}': geef het id.", details=ids[:10])
    return ids[0]
