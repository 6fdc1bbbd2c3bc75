"""Tables for keeping the catalog true: meldingen about entries, redirects of merged entries, anonymous look-ups."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from socialekaart.catalog.models.base import Base, Tracked, utcnow

MELDING_STATUSES = ("open", "gesloten")
MELDING_PROBLEMS = ("onjuist", "verouderd", "bestaat_niet", "dubbel", "anders")


class Melding(Tracked, Base):
    """A "klopt niet" about one entry: which field, what is wrong, free text (never resident data), and its closing.

    Synced like any entry: anyone may create one; whoever keeps the entry's wijk closes it.
    """

    __tablename__ = "melding"
    __table_args__ = (Index("ix_melding_entry", "entity", "entity_id"),)
    id: Mapped[str] = mapped_column(primary_key=True)
    entity: Mapped[str]
    entity_id: Mapped[str]
    field: Mapped[str | None]
    problem: Mapped[str]
    text: Mapped[str | None] = mapped_column(Text)
    area_code: Mapped[str | None]  # the wijk of the entry when the melding was made: whose queue it lands in
    created: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(default="open")
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None]
    done: Mapped[str | None] = mapped_column(Text)


class Redirect(Tracked, Base):
    """A merged-away entry: its id now means `kept_id`, on every laptop after sync."""

    __tablename__ = "redirect"
    id: Mapped[str] = mapped_column(primary_key=True)  # the removed entry's id
    entity: Mapped[str]
    kept_id: Mapped[str] = mapped_column(index=True)


class LookupCount(Base):
    """How often an entry was looked up on this laptop: a count per entry, never who or for whom."""

    __tablename__ = "lookup_count"
    entity: Mapped[str] = mapped_column(primary_key=True)
    entity_id: Mapped[str] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class EntryChange(Base):
    """One field of one entry changed, as this laptop saw it (its own edit or one pulled from the server)."""

    __tablename__ = "entry_change"
    __table_args__ = (Index("ix_entry_change_entry", "entity", "entity_id"), {"sqlite_autoincrement": True})
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str]
    entity_id: Mapped[str]
    field: Mapped[str]
    old: Mapped[Any] = mapped_column(JSON, nullable=True)
    new: Mapped[Any] = mapped_column(JSON, nullable=True)
    actor: Mapped[str | None]
    at: Mapped[datetime] = mapped_column(default=utcnow)
    source: Mapped[str]  # "local" (an edit made here) or "server" (pulled)
