"""The Dutch profile's own tables: the area tree, resident initiatives, volunteers, and catalog facts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from socialekaart.catalog.models.base import Base, Tracked, personal
from socialekaart.catalog.models.hsds import fk

AREA_KINDS = ("gemeente", "kern", "wijk", "buurt")


class Area(Tracked, Base):
    """One node of the area tree gemeente → kern → wijk → buurt, with CBS codes and WGS84 GeoJSON geometry."""

    __tablename__ = "area"
    code: Mapped[str] = mapped_column(primary_key=True)
    kind: Mapped[str]
    name: Mapped[str]
    parent_code: Mapped[str | None] = mapped_column(
        ForeignKey("area.code", deferrable=True, initially="DEFERRED"), index=True
    )
    geometry: Mapped[str | None] = mapped_column(Text)
    centroid_lat: Mapped[float | None]
    centroid_lon: Mapped[float | None]


class Initiative(Tracked, Base):
    """A resident initiative (bewonersinitiatief): a service plus the wijkmakelaar who supports it."""

    __tablename__ = "initiative"
    id: Mapped[str] = mapped_column(primary_key=True)
    service_id: Mapped[str] = mapped_column(fk("service.id"), index=True)
    wijkmakelaar_name: Mapped[str | None]
    wijkmakelaar_email: Mapped[str | None]
    wijkmakelaar_phone: Mapped[str | None]
    started: Mapped[date | None]


class Volunteer(Tracked, Base):
    """A volunteer (a person). Contact fields are personal data: kept only with consent, hidden by role."""

    __tablename__ = "volunteer"
    id: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(**personal())
    email: Mapped[str | None] = mapped_column(**personal())
    phone: Mapped[str | None] = mapped_column(**personal())
    organization_id: Mapped[str | None] = mapped_column(fk("organization.id"))
    werkgebieden: Mapped[str | None]  # ";"-separated need codes
    area_code: Mapped[str | None]
    availability: Mapped[str | None] = mapped_column(Text)
    languages: Mapped[str | None]  # ";"-separated ISO 639-1 codes
    own_transport: Mapped[bool | None]
    capacity: Mapped[int | None]
    consent_date: Mapped[date]
    # What the volunteer consented to: True, residents' workers may contact them directly; otherwise only through
    # their coordinator (the organisation).
    contact_direct: Mapped[bool | None]


class CatalogInfo(Base):
    """Facts about the catalog as a whole (name, gemeente, demo or not); one row per key."""

    __tablename__ = "catalog_info"
    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class UnmatchedNeed(Base):
    """Anonymous count of searches that found nothing: the normalised words only, never who asked."""

    __tablename__ = "unmatched_need"
    words: Mapped[str] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    area_code: Mapped[str] = mapped_column(primary_key=True, default="")
    count: Mapped[int] = mapped_column(default=0)


class ConnectionCount(Base):
    """Anonymous counts of connections made: a koppeling with a volunteer or a handout given, per ISO week,
    werkgebied and wijk. Never who, never which volunteer, never the resident."""

    __tablename__ = "connection_count"
    kind: Mapped[str] = mapped_column(primary_key=True)  # "koppeling" or "handout"
    week: Mapped[str] = mapped_column(primary_key=True)  # ISO week, "2026-W50"
    werkgebied: Mapped[str] = mapped_column(primary_key=True, default="")
    wijk_code: Mapped[str] = mapped_column(primary_key=True, default="")
    via: Mapped[str] = mapped_column(primary_key=True, default="")  # "direct" or "coordinator" for a koppeling
    count: Mapped[int] = mapped_column(default=0)


class ThesaurusTerm(Tracked, Base):
    """One entry of the needs thesaurus: a word people use, and the needs it points to."""

    __tablename__ = "thesaurus_term"
    term: Mapped[str] = mapped_column(primary_key=True)
    needs: Mapped[str]  # ";"-separated need codes
    weight: Mapped[float] = mapped_column(default=1.0)
    register: Mapped[str | None]
    note: Mapped[str | None]
