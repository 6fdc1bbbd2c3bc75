"""Seeds a catalog with the shipped demo catalog (gemeente Oosterhout), through the ordinary import path."""

from __future__ import annotations

from socialekaart.catalog.store import Catalog
from socialekaart.interchange.loader import ImportSummary, import_catalog
from socialekaart.paths import demo_package
from socialekaart.progress import Work


def is_empty(catalog: Catalog) -> bool:
    """True when the catalog has no services at all."""
    from sqlalchemy import func, select

    from socialekaart.catalog.models import Service

    with catalog.read() as session:
        return not session.scalar(select(func.count()).select_from(Service))


def seed_demo(catalog: Catalog, work: Work | None = None) -> ImportSummary:
    """Import the demo catalog; every record in it is marked as demo data."""
    return import_catalog(catalog, demo_package(), work=work, actor="demo")
