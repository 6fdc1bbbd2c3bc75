"""Counts of connections made — koppelingen with volunteers and handouts given — per ISO week, werkgebied and wijk,
and the shortage signal they give: how many volunteers are available against how often they were asked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert

from socialekaart.catalog.models import Area, ConnectionCount, Volunteer
from socialekaart.catalog.registry import model_table
from socialekaart.catalog.store import Catalog

Via = Literal["direct", "coordinator"]
#: The shortage signal looks back this many weeks.
SHORTAGE_WEEKS = 8


def iso_week(day: date) -> str:
    """'2026-W50'."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _count(catalog: Catalog, kind: str, day: date, werkgebied: str, wijk_code: str, via: str) -> None:
    t = model_table(ConnectionCount)
    stmt = insert(t).values(kind=kind, week=iso_week(day), werkgebied=werkgebied, wijk_code=wijk_code, via=via, count=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=["kind", "week", "werkgebied", "wijk_code", "via"], set_={"count": t.c.count + 1}
    )
    with catalog.write() as session:
        session.execute(stmt)


def record_koppeling(catalog: Catalog, werkgebied: str, wijk_code: str, via: Via, day: date) -> None:
    """Count one koppeling: the werkgebied, the wijk, direct or through the coordinator, the week. Nothing else."""
    if via not in ("direct", "coordinator"):
        raise ValueError(f"unknown route {via!r}")
    _count(catalog, "koppeling", day, werkgebied, wijk_code, via)


def record_handout(catalog: Catalog, wijk_code: str, day: date) -> None:
    """Count one handout given (in the wijk the worker looked in, if any), per week."""
    _count(catalog, "handout", day, "", wijk_code, "")


@dataclass(frozen=True, slots=True)
class Shortage:
    """For a werkgebied in a wijk: volunteers available (with capacity left) against koppelingen asked in the last
    `weeks` weeks."""

    werkgebied: str
    wijk_code: str
    available: int
    asked: int
    weeks: int

    @property
    def short(self) -> bool:
        """More asked than there are volunteers to ask (or none at all)."""
        return self.available == 0 or self.asked > self.available


def shortage(catalog: Catalog, werkgebied: str, wijk_code: str, today: date, weeks: int = SHORTAGE_WEEKS) -> Shortage:
    """The shortage signal for a werkgebied in a wijk (all wijken when `wijk_code` is empty)."""
    first = iso_week(today - timedelta(weeks=weeks - 1))
    last = iso_week(today)
    with catalog.read() as session:
        stmt = select(func.coalesce(func.sum(ConnectionCount.count), 0)).where(
            ConnectionCount.kind == "koppeling",
            ConnectionCount.werkgebied == werkgebied,
            ConnectionCount.week >= first,
            ConnectionCount.week <= last,
        )
        if wijk_code:
            stmt = stmt.where(ConnectionCount.wijk_code == wijk_code)
        asked = int(session.scalar(stmt) or 0)
        parents = dict(session.execute(select(Area.code, Area.parent_code)).all())
        available = 0
        for codes, area, capacity in session.execute(
            select(Volunteer.werkgebieden, Volunteer.area_code, Volunteer.capacity).where(
                Volunteer.deleted_at.is_(None)
            )
        ):
            if werkgebied not in (codes or "").split(";") or (capacity is not None and capacity <= 0):
                continue
            if not wijk_code or _covers(area or "", wijk_code, parents):
                available += 1
    return Shortage(werkgebied, wijk_code, available, asked, weeks)


def _covers(area: str, wijk_code: str, parents: dict[str, str | None]) -> bool:
    """True when a volunteer working in `area` serves the wijk: the area is the wijk, lies in it, or contains it."""
    node: str | None = wijk_code
    while node is not None:
        if node == area:
            return True
        node = parents.get(node)
    return parents.get(area) == wijk_code or (area.startswith("BU") and area[2:8] == wijk_code[2:8])


def counts(catalog: Catalog) -> list[tuple[str, str, str, str, str, int]]:
    """Every count (kind, week, werkgebied, wijk, via, count), for the insight pages: no persons in any of them."""
    with catalog.read() as session:
        rows = session.execute(
            select(
                ConnectionCount.kind,
                ConnectionCount.week,
                ConnectionCount.werkgebied,
                ConnectionCount.wijk_code,
                ConnectionCount.via,
                ConnectionCount.count,
            ).order_by(
                ConnectionCount.week, ConnectionCount.kind, ConnectionCount.werkgebied, ConnectionCount.wijk_code
            )
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]
