"""Helpers shared by the commands: opening the catalog named by --db with errors turned into CLI errors."""

from __future__ import annotations

import argparse

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
