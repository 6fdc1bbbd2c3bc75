"""Roles, personal tokens (stored as SHA-256 hashes) and what each role may read and edit."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select, update

from socialekaart.catalog.models import SyncUser, utcnow
from socialekaart.catalog.registry import entities, model_table
from socialekaart.server.store import ServerStore
from socialekaart.sync.wire import PERSONAL_READERS, ROLES

WIJKMAKELAAR_TABLES = frozenset(
    {
        "service",
        "location",
        "service_at_location",
        "address",
        "phone",
        "schedule",
        "contact",
        "language",
        "accessibility",
        "cost_option",
        "service_area",
        "required_document",
        "attribute",
        "initiative",
        "volunteer",
    }
)


class AuthError(Exception):
    """A user or token problem; the message is Dutch."""


@dataclass(frozen=True)
class User:
    """An authenticated user."""

    name: str
    role: str

    @property
    def sees_personal_data(self) -> bool:
        return self.role in PERSONAL_READERS

    def may_edit(self, entity: str) -> bool:
        if self.role == "beheerder":
            return entity in entities()
        return self.role == "wijkmakelaar" and entity in WIJKMAKELAAR_TABLES


def hash_token(token: str) -> str:
    """The stored form of a token (tokens are 256-bit random, so a plain SHA-256 is enough)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(store: ServerStore, name: str, role: str) -> str:
    """Create a user (or give an existing one a new token and role); returns the token, shown only once."""
    if role not in ROLES:
        raise AuthError(f"onbekende rol {role!r}: kies uit {', '.join(ROLES)}")
    name = name.strip()
    if not name or len(name) > 100:
        raise AuthError("geef een naam van 1 tot 100 tekens")
    token = "sk_" + secrets.token_urlsafe(32)
    with store.write() as conn:
        table = model_table(SyncUser)
        exists = conn.execute(select(table.c.name).where(table.c.name == name)).first()
        values = {"role": role, "token_hash": hash_token(token), "created_at": utcnow(), "revoked_at": None}
        if exists:
            conn.execute(update(table).where(table.c.name == name).values(**values))
        else:
            conn.execute(table.insert().values(name=name, **values))
    return token


def revoke_user(store: ServerStore, name: str) -> None:
    """Withdraw a user's token; AuthError when there is no such user."""
    table = model_table(SyncUser)
    with store.write() as conn:
        result = conn.execute(update(table).where(table.c.name == name).values(token_hash=None, revoked_at=utcnow()))
        if result.rowcount == 0:
            raise AuthError(f"gebruiker {name!r} bestaat niet")


def list_users(store: ServerStore) -> list[tuple[str, str, bool]]:
    """(name, role, active) for every user."""
    table = model_table(SyncUser)
    with store.read() as conn:
        rows = conn.execute(select(table.c.name, table.c.role, table.c.token_hash).order_by(table.c.name))
        return [(r.name, r.role, r.token_hash is not None) for r in rows]


def authenticate(store: ServerStore, token: str) -> User | None:
    """The active user holding this token, or None."""
    if not token or len(token) > 200:
        return None
    table = model_table(SyncUser)
    with store.read() as conn:
        row = conn.execute(
            select(table.c.name, table.c.role).where(
                table.c.token_hash == hash_token(token), table.c.revoked_at.is_(None)
            )
        ).first()
    return User(row.name, row.role) if row else None
