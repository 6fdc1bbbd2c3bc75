"""The declarative base and the bookkeeping columns that every catalog row carries (version, tombstone, ...)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names, so Alembic migrations (batch mode on SQLite) can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time in UTC (naive, as SQLite stores it)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Base of every catalog model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {str: String()}


class Tracked:
    """Bookkeeping columns shared by every catalog row; sync and verification build on them.

    `version` is SQLAlchemy's version counter: every ORM update bumps it and checks the old value, so a write
    made on a stale copy fails instead of silently overwriting.
    """

    version: Mapped[int] = mapped_column(default=1, nullable=False)
    last_modified: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, nullable=False)
    last_verified: Mapped[date | None] = mapped_column(default=None)
    modified_by: Mapped[str | None] = mapped_column(default=None)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None, index=False)
    demo: Mapped[bool] = mapped_column(default=False, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


BOOKKEEPING_COLUMNS = ("version", "last_modified", "last_verified", "modified_by", "deleted_at", "demo")


def personal(**kwargs: Any) -> dict[str, Any]:
    """Column keyword arguments that mark a column as personal data (AVG/GDPR)."""
    info = dict(kwargs.pop("info", {}))
    info["personal_data"] = True
    return {"info": info, **kwargs}
