"""Duplicates: likely doubles of a new or imported entry, a scan over the whole catalog, and a merge that keeps the
history of both and leaves the removed id redirecting to the kept one on every laptop."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, select

from socialekaart.catalog.editing import EditError, edit_batch
from socialekaart.catalog.entries import resolve_id
from socialekaart.catalog.models import Address, Melding, Phone, ServiceAtLocation
from socialekaart.catalog.registry import SERVER_COLUMNS, key_column, model_table, registry, table
from socialekaart.catalog.registry import entity as entity_of
from socialekaart.catalog.store import Catalog
from socialekaart.progress import Work
from socialekaart.search.normalize import content_tokens

DEFAULT_MIN_SCORE = 85.0
#: A name word shared by more entries than this is too common to compare on (e.g. "taalcafe").
BLOCK_LIMIT = 300
#: Names are compared within blocks of a shared word beginning, so a typo later in a word still meets its twin.
BLOCK_PREFIX = 5
#: What a shared contact adds to a pair's name likeness.
CONTACT_BONUS = 5.0
#: The progress step of a scan (worded by the app and the command line).
SCAN_STEP = "duplicates-scan"
REASONS = ("naam", "adres", "telefoon", "e-mail", "website")


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry that is likely the same as the one asked about: how alike (0-100) and why (codes of REASONS)."""

    entity_id: str
    name: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two entries that are likely one."""

    first_id: str
    first_name: str
    second_id: str
    second_name: str
    score: float
    reasons: tuple[str, ...]


def _name_key(name: str) -> str:
    return " ".join(sorted(content_tokens(name)))


def _url_key(value: Any) -> str | None:
    if not value:
        return None
    text = str(value).strip().lower()
    parts = urlsplit(text if "://" in text else f"https://{text}")
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" if host else None


def _phone_key(value: Any) -> str | None:
    """A phone number as comparable digits (0162 123456, +31 162 123456 and 0031162123456 are one number);
    the one validation already checked that stored numbers are real ones."""
    if not value:
        return None
    text = str(value).strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.startswith("+"):
        return digits or None
    if digits.startswith("00"):
        return digits[2:] or None
    if digits.startswith("0"):
        return "31" + digits[1:]
    return digits or None


def _address_key(postal_code: Any, street: Any) -> str | None:
    if not postal_code or not street:
        return None
    return f"{str(postal_code).replace(' ', '').upper()}|{' '.join(content_tokens(str(street)))}"


@dataclass
class _Entry:
    id: str
    name: str
    key: str
    contacts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _contact_keys(values: Mapping[str, Any]) -> dict[str, set[str]]:
    """The contact keys (e-mail, website, telefoon, adres) of an entry's values as a form or import gives them."""
    keys: dict[str, set[str]] = defaultdict(set)
    if values.get("email"):
        keys["e-mail"].add(str(values["email"]).strip().lower())
    for name in ("url", "website"):
        if (u := _url_key(values.get(name))) is not None:
            keys["website"].add(u)
    phones = values.get("phones") or ([values["phone"]] if values.get("phone") else [])
    for p in phones:
        if (k := _phone_key(p)) is not None:
            keys["telefoon"].add(k)
    if (a := _address_key(values.get("postal_code"), values.get("address_1"))) is not None:
        keys["adres"].add(a)
    return keys


def _load(conn: Connection, entity: str) -> dict[str, _Entry]:
    """Every live entry's name and contact keys (services: with their places' addresses and their phones)."""
    t = table(entity)
    key = t.c[key_column(entity)]
    cols = [key, t.c.name] + [t.c[c] for c in ("email", "url", "website") if c in t.c]
    entries: dict[str, _Entry] = {}
    for row in conn.execute(select(*cols).where(t.c.deleted_at.is_(None), t.c.name.is_not(None))):
        m = row._mapping
        e = _Entry(str(m[key.name]), str(m["name"]), _name_key(str(m["name"])))
        for kind, keys in _contact_keys(dict(m)).items():
            e.contacts[kind] |= keys
        entries[e.id] = e
    ph = model_table(Phone).c
    owner = {"service": ph.service_id, "location": ph.location_id, "organization": ph.organization_id}.get(entity)
    if owner is not None:
        for oid, number in conn.execute(select(owner, ph.number).where(owner.is_not(None), ph.deleted_at.is_(None))):
            if (found := entries.get(str(oid))) is not None and (k := _phone_key(number)) is not None:
                found.contacts["telefoon"].add(k)
    ad = model_table(Address).c
    if entity in ("service", "location"):
        sal = model_table(ServiceAtLocation).c
        query = select(ad.location_id, ad.postal_code, ad.address_1).where(ad.deleted_at.is_(None))
        at: dict[str, set[str]] = defaultdict(set)
        for loc, postal, street in conn.execute(query):
            if (k := _address_key(postal, street)) is not None:
                at[str(loc)].add(k)
        if entity == "location":
            links: Iterable[tuple[Any, Any]] = ((loc, loc) for loc in at)
        else:
            links = conn.execute(select(sal.service_id, sal.location_id).where(sal.deleted_at.is_(None))).all()
        for oid, loc in links:
            if (linked := entries.get(str(oid))) is not None:
                linked.contacts["adres"] |= at.get(str(loc), set())
    return entries


def _blocks_of(e: _Entry) -> set[str]:
    """The blocks an entry is compared within: the beginnings of its name words, and each contact key."""
    blocks = {t[:BLOCK_PREFIX] for t in e.key.split() if len(t) >= 3}
    blocks |= {f"{kind}:{k}" for kind, keys in e.contacts.items() for k in keys}
    return blocks


def _shared(a: Mapping[str, set[str]], b: Mapping[str, set[str]]) -> list[str]:
    return [kind for kind in REASONS[1:] if a.get(kind) and b.get(kind) and a[kind] & b[kind]]


def _score(name_score: float, shared: list[str]) -> float:
    return min(100.0, name_score + CONTACT_BONUS * len(shared))


class DuplicateIndex:
    """The names and contact keys of one kind of entry, read once, for checks while a person types (≤ 50 ms)."""

    def __init__(self, catalog: Catalog, entity: str = "service") -> None:
        self.entity = entity
        with catalog.read() as session:
            self._entries = _load(session.connection(), entity)
        self._blocks: dict[str, list[str]] = defaultdict(list)
        for e in self._entries.values():
            for block in _blocks_of(e):
                self._blocks[block].append(e.id)

    def check(
        self,
        values: Mapping[str, Any],
        *,
        exclude_id: str | None = None,
        min_score: float = DEFAULT_MIN_SCORE,
        limit: int = 10,
    ) -> list[Candidate]:
        """Likely duplicates of an entry with these values (name, email, url/website, phone(s), postal_code and
        address_1), best first."""
        probe = _Entry("", "", _name_key(str(values.get("name") or "")), _contact_keys(values))
        ids = sorted({i for block in _blocks_of(probe) for i in self._blocks.get(block, ())})
        found: list[Candidate] = []
        if not ids or not probe.key:
            return found
        names = [self._entries[i].key for i in ids]
        cutoff = min_score - 3 * CONTACT_BONUS
        for _key, s, n in process.extract(probe.key, names, scorer=fuzz.ratio, limit=None, score_cutoff=cutoff):
            e = self._entries[ids[n]]
            if e.id == exclude_id:
                continue
            shared = _shared(probe.contacts, e.contacts)
            score = _score(float(s), shared)
            if score >= min_score:
                found.append(Candidate(e.id, e.name, round(score, 1), ("naam", *shared)))
        found.sort(key=lambda c: (-c.score, c.name))
        return found[:limit]


def likely_duplicates(
    catalog: Catalog,
    values: Mapping[str, Any],
    *,
    entity: str = "service",
    exclude_id: str | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[Candidate]:
    """Likely duplicates of one new or imported entry (for many checks, keep a DuplicateIndex)."""
    return DuplicateIndex(catalog, entity).check(values, exclude_id=exclude_id, min_score=min_score)


def scan_duplicates(
    catalog: Catalog,
    *,
    entity: str = "service",
    min_score: float = DEFAULT_MIN_SCORE,
    work: Work | None = None,
) -> list[DuplicatePair]:
    """Every likely duplicate pair in the catalog, best first. Names are compared only within blocks that share
    the beginning of a name word (beginnings shared by more than BLOCK_LIMIT entries are too common to block on)
    or a contact key."""
    work = work or Work()
    with catalog.read() as session:
        entries = _load(session.connection(), entity)
    blocks: dict[str, list[str]] = defaultdict(list)
    for e in entries.values():
        for block in _blocks_of(e):
            blocks[block].append(e.id)
    compared: set[tuple[str, str]] = set()
    pairs: list[DuplicatePair] = []
    todo = [ids for ids in blocks.values() if 1 < len(ids) <= BLOCK_LIMIT]
    for n, ids in enumerate(todo):
        if n % 500 == 0:
            work.step(SCAN_STEP, n, len(todo))
        names = [entries[i].key for i in ids]
        matrix = process.cdist(names, names, scorer=fuzz.ratio, score_cutoff=min_score - 3 * CONTACT_BONUS)
        for a, b in zip(*matrix.nonzero(), strict=True):
            if a >= b:
                continue
            first, second = sorted((ids[a], ids[b]))
            if (first, second) in compared:
                continue
            compared.add((first, second))
            ea, eb = entries[first], entries[second]
            shared = _shared(ea.contacts, eb.contacts)
            score = _score(float(matrix[a, b]), shared)
            if score >= min_score:
                pairs.append(DuplicatePair(first, ea.name, second, eb.name, round(score, 1), ("naam", *shared)))
    work.step(SCAN_STEP, len(todo), len(todo))
    pairs.sort(key=lambda p: (-p.score, p.first_name, p.second_name))
    return pairs


def merge(catalog: Catalog, entity: str, keep_id: str, other_id: str, by: str) -> int:
    """Merge `other_id` into `keep_id` in one synced transaction: the kept entry gets the other's values where it
    has none, every link to the other (places, phones, needs, meldingen, …) moves to the kept one, a redirect
    records that the other id now means the kept one, and the other is deleted. Returns how many links moved."""
    ent = entity_of(entity)
    with catalog.read() as session:
        conn = session.connection()
        keep_id = resolve_id(conn, entity, keep_id)
        other_id = resolve_id(conn, entity, other_id)
        if keep_id == other_id:
            raise EditError("een item kan niet met zichzelf worden samengevoegd")
        t = ent.table
        rows = {
            str(r._mapping[ent.key]): dict(r._mapping)
            for r in conn.execute(select(t).where(t.c[ent.key].in_([keep_id, other_id]), t.c.deleted_at.is_(None)))
        }
        for wanted in (keep_id, other_id):
            if wanted not in rows:
                raise EditError(f"{entity} {wanted} bestaat niet")
        links = _links(conn, entity, other_id)
    kept, other = rows[keep_id], rows[other_id]
    fill = {
        f.name: other[f.name]
        for f in ent.fields
        if not f.bookkeeping and f.name != ent.key and kept.get(f.name) is None and other.get(f.name) is not None
    }
    fill = {k: v for k, v in fill.items() if k not in SERVER_COLUMNS}
    with edit_batch(catalog, by) as batch:
        if fill:
            batch.update(entity, keep_id, fill)
        for child, child_id, column in links:
            batch.update(child, child_id, {column: keep_id})
        batch.create("redirect", {"entity": entity, "kept_id": keep_id}, entity_id=other_id)
        batch.delete(entity, other_id)
    return len(links)


def _links(conn: Connection, entity: str, entity_id: str) -> list[tuple[str, str, str]]:
    """(child entity, child id, column) of every live row that points at the entry."""
    found: list[tuple[str, str, str]] = []
    for name, child in registry().items():
        for f in child.fields:
            if f.foreign_table == entity:
                t = child.table
                ids = conn.execute(
                    select(t.c[child.key]).where(t.c[f.name] == entity_id, t.c.deleted_at.is_(None))
                ).scalars()
                found.extend((name, str(i), f.name) for i in ids)
    attr = table("attribute").c
    for i in conn.execute(
        select(attr.id).where(attr.link_entity == entity, attr.link_id == entity_id, attr.deleted_at.is_(None))
    ).scalars():
        found.append(("attribute", str(i), "link_id"))
    m = model_table(Melding).c
    for i in conn.execute(
        select(m.id).where(m.entity == entity, m.entity_id == entity_id, m.deleted_at.is_(None))
    ).scalars():
        found.append(("melding", str(i), "entity_id"))
    return found
