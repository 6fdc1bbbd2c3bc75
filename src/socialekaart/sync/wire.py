"""The sync messages both sides speak, typed once: an edit in a push, the answer to each edit, and a pull page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, cast

from socialekaart.catalog.validation import Problem
from socialekaart.errors import UserFacingError
from socialekaart.text import has_control

PROTOCOL_VERSION = 1
MAX_PUSH_OPS = 250
MAX_PULL_LIMIT = 2000
DEFAULT_PULL_LIMIT = 1000
MAX_BODY_BYTES = 2_000_000

Op = Literal["create", "update", "delete"]
OPS: tuple[Op, ...] = ("create", "update", "delete")
Status = Literal["applied", "merged", "conflict", "rejected"]
RESULT_APPLIED: Status = "applied"
RESULT_MERGED: Status = "merged"
RESULT_CONFLICT: Status = "conflict"
RESULT_REJECTED: Status = "rejected"
STATUSES: tuple[Status, ...] = (RESULT_APPLIED, RESULT_MERGED, RESULT_CONFLICT, RESULT_REJECTED)

# The roles a pull page names, and those that receive volunteers' personal data (the others get it stripped).
ROLES = ("raadpleger", "welzijnswerker", "wijkmakelaar", "beheerder")
PERSONAL_READERS = frozenset({"welzijnswerker", "wijkmakelaar", "beheerder"})

_EDIT_KEYS = frozenset({"op_id", "entity", "id", "op", "base_version", "patch"})
_MAX_VERSION = 2**31


class PayloadError(UserFacingError, ValueError):
    """A message that breaks the protocol (its shape, not a field's value); the message is Dutch."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


def _text(raw: dict[str, Any], name: str, low: int, high: int, where: str) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not low <= len(value) <= high or has_control(value):
        raise PayloadError(f"{where}{name}: verwacht tekst van {low} tot {high} tekens", [f"{where}{name}"])
    return value


@dataclass(frozen=True)
class EditMessage:
    """One local edit as pushed: which entry, which operation, on which version, and the changed fields (JSON)."""

    op_id: str  # idempotency key (a UUID): the same op_id again gets the stored answer
    entity: str
    id: str
    op: Op
    base_version: int | None = None
    patch: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "op_id": self.op_id,
            "entity": self.entity,
            "id": self.id,
            "op": self.op,
            "base_version": self.base_version,
            "patch": dict(self.patch),
        }

    @classmethod
    def from_json(cls, raw: object, where: str = "") -> EditMessage:
        """Read one edit strictly (PayloadError naming the part that is wrong)."""
        if not isinstance(raw, dict):
            raise PayloadError(f"{where}: verwacht een object", [where])
        unknown = sorted(set(raw) - _EDIT_KEYS)
        if unknown:
            raise PayloadError(f"{where}{unknown[0]}: onbekend onderdeel", [f"{where}{unknown[0]}"])
        op = raw.get("op")
        if op not in OPS:
            raise PayloadError(f"{where}op: kies uit {', '.join(OPS)}", [f"{where}op"])
        base = raw.get("base_version")
        if base is not None and (isinstance(base, bool) or not isinstance(base, int) or not 0 <= base <= _MAX_VERSION):
            raise PayloadError(f"{where}base_version: verwacht een geheel getal of null", [f"{where}base_version"])
        patch = raw.get("patch", {})
        if not isinstance(patch, dict):
            raise PayloadError(f"{where}patch: verwacht een object", [f"{where}patch"])
        return cls(
            op_id=_text(raw, "op_id", 8, 100, where),
            entity=_text(raw, "entity", 1, 64, where),
            id=_text(raw, "id", 1, 200, where),
            op=cast(Op, op),
            base_version=base,
            patch=patch,
        )


@dataclass(frozen=True)
class PushRequest:
    """A batch of edits (at most MAX_PUSH_OPS)."""

    edits: tuple[EditMessage, ...]

    def to_json(self) -> dict[str, Any]:
        return {"edits": [e.to_json() for e in self.edits]}

    @classmethod
    def from_json(cls, raw: object) -> PushRequest:
        """Read a push body strictly; PayloadError (with the parts that are wrong) for anything else."""
        if not isinstance(raw, dict) or set(raw) != {"edits"} or not isinstance(raw["edits"], list):
            raise PayloadError("verwacht een object met alleen een lijst 'edits'", ["edits"])
        if len(raw["edits"]) > MAX_PUSH_OPS:
            raise PayloadError(f"hoogstens {MAX_PUSH_OPS} wijzigingen per keer", ["edits"])
        edits = tuple(EditMessage.from_json(e, f"edits/{i}/") for i, e in enumerate(raw["edits"]))
        if len({e.op_id for e in edits}) != len(edits):
            raise PayloadError("elke wijziging moet een eigen op_id hebben", ["edits"])
        return cls(edits)


def problem_json(problem: Problem) -> dict[str, str]:
    """A refused value as JSON: entity, id, field and the Dutch reason."""
    return {"entity": problem.entity, "id": problem.entity_id, "field": problem.field, "reason": problem.reason}


@dataclass(frozen=True)
class EditAnswer:
    """The server's answer to one edit: applied, merged, conflict (with the fields) or rejected (with the reason)."""

    op_id: str
    status: Status
    row: dict[str, Any] | None = None  # the server's row after the edit (or as it is, when not applied)
    version: int | None = None
    fields: tuple[str, ...] = ()  # the contested or refused fields
    applied: tuple[str, ...] | None = None  # a partly applied conflict: the fields that were applied
    reason: str | None = None
    problems: tuple[dict[str, str], ...] = ()  # rejected values: entity, id, field, reason

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"op_id": self.op_id, "status": self.status, "row": self.row}
        if self.version is not None:
            out["version"] = self.version
        if self.fields:
            out["fields"] = list(self.fields)
        if self.applied is not None:
            out["applied"] = list(self.applied)
        if self.reason is not None:
            out["reason"] = self.reason
        if self.problems:
            out["problems"] = [dict(p) for p in self.problems]
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> EditAnswer:
        status = raw.get("status")
        version = raw.get("version")
        applied = raw.get("applied")
        return cls(
            op_id=str(raw.get("op_id", "")),
            status=cast(Status, status) if status in STATUSES else RESULT_REJECTED,
            row=raw.get("row"),
            version=int(version) if isinstance(version, int) else None,
            fields=tuple(str(f) for f in raw.get("fields") or ()),
            applied=tuple(str(f) for f in applied) if isinstance(applied, list) else None,
            reason=str(raw["reason"]) if raw.get("reason") is not None else None,
            problems=tuple(dict(p) for p in raw.get("problems") or ()),
        )


@dataclass(frozen=True)
class Change:
    """One row in a pull page: its current state, or a tombstone."""

    entity: str
    id: str
    version: int
    deleted: bool
    row: dict[str, Any] | None = None
    deleted_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"entity": self.entity, "id": self.id, "version": self.version, "deleted": self.deleted}
        if self.deleted:
            out["deleted_at"] = self.deleted_at
        else:
            out["row"] = self.row
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Change:
        return cls(
            entity=str(raw["entity"]),
            id=str(raw["id"]),
            version=int(raw["version"]),
            deleted=bool(raw.get("deleted")),
            row=raw.get("row"),
            deleted_at=raw.get("deleted_at"),
        )


@dataclass(frozen=True)
class PullPage:
    """A page of changes after a cursor; `snapshot` pages are a full download, its last one is `complete`."""

    changes: list[Change]
    cursor: str
    more: bool
    snapshot: bool
    complete: bool = False
    role: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "changes": [c.to_json() for c in self.changes],
            "cursor": self.cursor,
            "more": self.more,
            "snapshot": self.snapshot,
        }
        if self.snapshot:
            out["complete"] = self.complete
        if self.role is not None:
            out["role"] = self.role
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> PullPage:
        return cls(
            changes=[Change.from_json(c) for c in raw.get("changes", [])],
            cursor=str(raw["cursor"]),
            more=bool(raw.get("more")),
            snapshot=bool(raw.get("snapshot")),
            complete=bool(raw.get("complete")),
            role=raw.get("role"),
        )
