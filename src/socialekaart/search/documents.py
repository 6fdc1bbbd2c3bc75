"""Plain, frozen inputs of the search engine, so the core never depends on ORM objects or Qt."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Literal

# The profile owns the access types; re-exported here for the engine's inputs.
from socialekaart.catalog.profile import ACCESS_TYPES as ACCESS_TYPES
from socialekaart.catalog.profile import AccessType as AccessType


@dataclass(frozen=True, slots=True)
class OpeningInterval:
    """One weekly opening slot in local Europe/Amsterdam time.

    ``weekday`` is 0 (Monday) .. 6 (Sunday). ``closes`` at or before ``opens`` means the slot runs past midnight
    (``closes == time(0, 0)`` is "until midnight"). ``valid_from``/``valid_to`` are inclusive and optional. One day
    of a calendar rule (MONTHLY "3WE", ...) is a slot with ``valid_from == valid_to`` (see ``search.from_catalog``).
    """

    weekday: int
    opens: time
    closes: time
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """One catalog service as the search engine sees it (id = HSDS service id)."""

    id: str
    name: str
    alternate_name: str = ""
    organization_name: str = ""
    description: str = ""
    need_codes: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    access_type: AccessType | None = None
    free_of_charge: bool | None = None
    languages: tuple[str, ...] = ()
    accessibility: tuple[str, ...] = ()
    entry_kind: str | None = None
    provider_kind: str | None = None
    location_names: tuple[str, ...] = ()
    points: tuple[tuple[float, float], ...] = ()
    postal_codes: tuple[str, ...] = ()
    area_codes: tuple[str, ...] = ()
    served_area_codes: tuple[str, ...] = ()
    opening: tuple[OpeningInterval, ...] = ()
    last_verified: date | None = None


@dataclass(frozen=True, slots=True)
class NeedTerm:
    """A need in the gemeente's needs taxonomy (data/taxonomy/needs.csv)."""

    code: str
    name: str
    parent_code: str | None = None
    description: str = ""


@dataclass(frozen=True)
class NeedsVocabulary:
    """The needs taxonomy: code → term, with the tree (parent/children)."""

    terms: Mapping[str, NeedTerm] = field(default_factory=dict)

    @classmethod
    def from_terms(cls, terms: Iterable[NeedTerm]) -> NeedsVocabulary:
        return cls({t.code: t for t in terms})

    @classmethod
    def from_csv(cls, path: str | Path) -> NeedsVocabulary:
        """Read ``code,parent_code,name,description`` (the format of data/taxonomy/needs.csv)."""
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        return cls.from_terms(
            NeedTerm(
                code=(r.get("code") or "").strip(),
                name=(r.get("name") or "").strip(),
                parent_code=(r.get("parent_code") or "").strip() or None,
                description=(r.get("description") or "").strip(),
            )
            for r in rows
            if (r.get("code") or "").strip()
        )

    def __contains__(self, code: object) -> bool:
        return code in self.terms

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def name(self, code: str) -> str:
        term = self.terms.get(code)
        return term.name if term else code

    def ancestors(self, code: str) -> list[str]:
        """Parents of ``code``, nearest first (cycle-safe)."""
        out: list[str] = []
        seen = {code}
        term = self.terms.get(code)
        while term is not None and term.parent_code and term.parent_code not in seen:
            out.append(term.parent_code)
            seen.add(term.parent_code)
            term = self.terms.get(term.parent_code)
        return out


AreaKind = Literal["gemeente", "kern", "wijk", "buurt"]


@dataclass(frozen=True, slots=True)
class AreaNode:
    """One node of the area tree gemeente → kern → wijk → buurt."""

    code: str
    parent_code: str | None
    kind: str
    name: str = ""


@dataclass(frozen=True)
class AreaTree:
    """The gemeente's area tree, used so area filters work on the hierarchy."""

    nodes: Mapping[str, AreaNode] = field(default_factory=dict)

    @classmethod
    def from_nodes(cls, nodes: Iterable[AreaNode]) -> AreaTree:
        return cls({n.code: n for n in nodes})

    def __contains__(self, code: object) -> bool:
        return code in self.nodes

    def __len__(self) -> int:
        return len(self.nodes)

    def ancestors(self, code: str) -> list[str]:
        """Parents of ``code``, nearest first (cycle-safe); empty for unknown codes."""
        out: list[str] = []
        seen = {code}
        node = self.nodes.get(code)
        while node is not None and node.parent_code and node.parent_code not in seen:
            out.append(node.parent_code)
            seen.add(node.parent_code)
            node = self.nodes.get(node.parent_code)
        return out

    def name(self, code: str) -> str:
        node = self.nodes.get(code)
        return node.name if node and node.name else code
