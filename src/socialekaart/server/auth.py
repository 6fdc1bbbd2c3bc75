"""Roles, personal tokens (stored as SHA-256 hashes) and what each role may read and edit."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update

from socialekaart.catalog.models import SyncUser, utcnow
from socialekaart.catalog.registry import model_table
from socialekaart.server.store import ServerStore
from socialekaart.sync.wire import PERSONAL_READERS, ROLES
from socialekaart.workspace.permissions import may_edit


class AuthError(Exception):
    """A user or token problem; the message is Dutch."""


KEEPERS = frozenset({"wijkmakelaar", "beheerder"})
# Anyone may make a melding ("klopt niet"); only whoever keeps the wijk closes it.


@dataclass(frozen=True)
class User:
    """An authenticated user; a wijkmakelaar's `areas` are the codes they keep (empty: everywhere)."""

    name: str
    role: str
    areas: frozenset[str] = frozenset()

    @property
    def sees_personal_data(self) -> bool:
        return self.role in PERSONAL_READERS

    def may_edit(self, entity: str, op: str = "update") -> bool:
        """The app's rule (workspace.permissions); a wijkmakelaar's wijken are checked in server.keeping."""
        return may_edit(self.role, entity, op=op)


def hash_token(token: str) -> str:
    """The stored form of a token (tokens are 256-bit random, so a plain SHA-256 is enough)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(store: ServerStore, name: str, role: str, areas: Iterable[str] = ()) -> str:
    """Create a user (or give an existing one a new token, role and areas); returns the token, shown only once."""
    if role not in ROLES:
        raise AuthError(f"onbekende rol {role!r}: kies uit {', '.join(ROLES)}")
    name = name.strip()
    if not name or len(name) > 100:
        raise AuthError("geef een naam van 1 tot 100 tekens")
    token = "sk_" + secrets.token_urlsafe(32)
    with store.write() as conn:
        table = model_table(SyncUser)
        exists = conn.execute(select(table.c.name).where(table.c.name == name)).first()
        codes = ";".join(sorted({a.strip() for a in areas if a.strip()})) or None
        values = {
            "role": role,
            "token_hash": hash_token(token),
            "areas": codes,
            "created_at": utcnow(),
            "revoked_at": None,
        }
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
            select(table.c.name, table.c.role, table.c.areas).where(
                table.c.token_hash == hash_token(token), table.c.revoked_at.is_(None)
            )
        ).first()
    if row is None:
        return None
    return User(row.name, row.role, frozenset(a for a in (row.areas or "").split(";") if a))
