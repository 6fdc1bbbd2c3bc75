"""Qt-free read API for the desktop app's detail pane and status bar: one call returns plain, frozen records.

`service_detail` (detail.py) reads everything about one service; `catalog_summary` and `language_codes`
(summary.py) read the whole catalog; `week_hours` (hours.py) folds schedules into a week. The records they
return are in records.py. They carry data, never display wording: the UI words them (`ui/labels/`).
"""

from socialekaart.catalog.queries.detail import MAX_RELATED, service_detail
from socialekaart.catalog.queries.hours import week_hours
from socialekaart.catalog.queries.records import (
    STALE_AFTER_MONTHS,
    CatalogSummary,
    ChannelKind,
    ContactChannel,
    ContactPerson,
    CostLine,
    PlaceDetail,
    ServedArea,
    ServiceDetail,
    ServiceNotFound,
    ServiceRef,
    TimeSlot,
    WeekHours,
    months_between,
)
from socialekaart.catalog.queries.summary import LANGUAGE_NAMES, catalog_summary, language_codes, language_name

__all__ = [
    "LANGUAGE_NAMES",
    "MAX_RELATED",
    "STALE_AFTER_MONTHS",
    "CatalogSummary",
    "ChannelKind",
    "ContactChannel",
    "ContactPerson",
    "CostLine",
    "PlaceDetail",
    "ServedArea",
    "ServiceDetail",
    "ServiceNotFound",
    "ServiceRef",
    "TimeSlot",
    "WeekHours",
    "catalog_summary",
    "language_codes",
    "language_name",
    "months_between",
    "service_detail",
    "week_hours",
]
