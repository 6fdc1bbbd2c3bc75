"""Test helpers: a whole-catalog snapshot to prove that a refused import changed nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from socialekaart.catalog.models import Base
from socialekaart.catalog.store import Catalog


def snapshot(catalog: Catalog) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, so two snapshots compare equal only when nothing changed."""
    out = {}
    with catalog.read() as session:
        for name, table in Base.metadata.tables.items():
            out[name] = sorted(tuple(map(repr, row)) for row in session.execute(select(table)))
    return out
