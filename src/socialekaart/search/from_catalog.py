"""Reads the catalog into the search engine's plain inputs: documents, needs taxonomy, area tree, thesaurus."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from socialekaart.catalog.models import (
    Accessibility,
    Address,
    Area,
    Attribute,
    Language,
    Location,
    Organization,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
    ThesaurusTerm,
)
from socialekaart.catalog.profile import NEEDS_TAXONOMY, TARGET_GROUPS_TAXONOMY, TAXONOMY_URIS
from socialekaart.catalog.schedules import read_rules
from socialekaart.paths import data_dir
from socialekaart.search.compounds import load_compound_parts
from socialekaart.search.documents import (
    ACCESS_TYPES,
    AreaNode,
    AreaTree,
    NeedsVocabulary,
    NeedTerm,
    OpeningInterval,
    SearchDocument,
)
from socialekaart.search.opening import now_local
from socialekaart.search.places import build_pc4_map
from socialekaart.search.thesaurus import Thesaurus, load_thesaurus, make_entry

#: How far ahead calendar rules (MONTHLY "3WE", ...) are written out as dated opening slots; see calendar_window.
CALENDAR_MONTHS = 24


@dataclass(frozen=True)
class CatalogSnapshot:
    """Everything the search engine needs from one catalog, read in one transaction."""

    documents: list[SearchDocument]
    taxonomy: NeedsVocabulary
    areas: AreaTree
    thesaurus_rows: list[tuple[str, tuple[str, ...], float, str, str]]
    pc4: dict[str, tuple[float, float]]


def default_taxonomy() -> NeedsVocabulary:
    """The shipped needs taxonomy (data/taxonomy/needs.csv)."""
    return NeedsVocabulary.from_csv(data_dir() / "taxonomy" / "needs.csv")


def default_thesaurus(known_needs: Iterable[str] | None = None) -> Thesaurus:
    """The shipped needs thesaurus; bad rows are skipped (and listed in its warnings), never fatal."""
    path = data_dir() / "thesaurus" / "needs_thesaurus.csv"
    if not path.exists():
        return Thesaurus()
    return load_thesaurus(path, known_needs=set(known_needs) if known_needs else None, strict=False)


def compound_parts() -> frozenset[str]:
    """Word parts the compound splitter may use (data/thesaurus/compound_parts.txt)."""
    path: Path = data_dir() / "thesaurus" / "compound_parts.txt"
    if not path.exists():
        return frozenset()
    return frozenset(load_compound_parts(path))


def thesaurus_from_rows(rows: list[tuple[str, tuple[str, ...], float, str, str]], known: Iterable[str]) -> Thesaurus:
    """A thesaurus from the catalog's own thesaurus table, or the shipped one when the catalog has none."""
    if not rows:
        return default_thesaurus(known)
    return Thesaurus.from_entries(
        make_entry(term, needs, weight, register, note) for term, needs, weight, register, note in rows
    )


def calendar_window(today: date) -> tuple[date, date]:
    """The days for which calendar rules are written out as dated slots: from the first of last month (so
    "yesterday" and a slot past midnight are covered) to the end of the month ``CALENDAR_MONTHS`` ahead. The
    window moves once a month, so documents do not change from one day to the next.
    """
    first = today.replace(day=1)
    start = (first - timedelta(days=1)).replace(day=1)
    months = first.month - 1 + CALENDAR_MONTHS + 1
    end = date(first.year + months // 12, months % 12 + 1, 1) - timedelta(days=1)
    return start, end


def _opening(schedules: Iterable[Schedule], window: tuple[date, date]) -> tuple[OpeningInterval, ...]:
    """Opening slots for the search index, read by ``catalog.schedules`` as the detail view reads them.

    A plain weekly rule is one slot per weekday, bounded by its first and last day (the fast path). A calendar rule
    (MONTHLY "3WE", every other week, ...) is one slot per day it occurs in ``window``, valid on that day only, so
    the index and ``search.opening`` treat both alike. Rules without times and unreadable rules are left out.
    """
    out: set[OpeningInterval] = set()
    for rule in read_rules(schedules):
        if rule.opens is None or rule.closes is None:
            continue
        if rule.weekdays:
            out.update(OpeningInterval(d, rule.opens, rule.closes, rule.first, rule.last) for d in rule.weekdays)
        elif rule.recurrence is not None:
            out.update(
                OpeningInterval(day.weekday(), rule.opens, rule.closes, day, day) for day in rule.dates_between(*window)
            )
    return tuple(
        sorted(
            out,
            key=lambda i: (i.weekday, i.opens, i.closes, i.valid_from or date.min, i.valid_to or date.max),
        )
    )


@dataclass(frozen=True)
class CatalogInputs:
    """What the index is built with besides the documents: small tables, cheap to read at every start."""

    taxonomy: NeedsVocabulary
    areas: AreaTree
    thesaurus_rows: list[tuple[str, tuple[str, ...], float, str, str]]


def read_inputs(session: Session) -> CatalogInputs:
    """The needs taxonomy, the area tree and the catalog's thesaurus rows (not the documents)."""
    areas = list(session.scalars(select(Area).where(Area.deleted_at.is_(None))))
    tree = AreaTree.from_nodes(AreaNode(a.code, a.parent_code, a.kind, a.name) for a in areas)
    taxonomies = {t.id: t.uri for t in session.scalars(select(Taxonomy))}
    needs_tax = {tid for tid, uri in taxonomies.items() if uri == TAXONOMY_URIS[NEEDS_TAXONOMY]}
    need_terms = [
        t
        for t in session.scalars(select(TaxonomyTerm).where(TaxonomyTerm.deleted_at.is_(None)))
        if t.taxonomy_id in needs_tax and t.code
    ]
    if need_terms:
        code_of = {t.id: t.code for t in need_terms}
        taxonomy = NeedsVocabulary.from_terms(
            NeedTerm(t.code or "", t.name, code_of.get(t.parent_id or ""), t.description) for t in need_terms
        )
    else:
        taxonomy = default_taxonomy()
    thesaurus_rows = [
        (t.term, tuple(n.strip() for n in t.needs.split(";") if n.strip()), t.weight, t.register or "", t.note or "")
        for t in session.scalars(select(ThesaurusTerm).where(ThesaurusTerm.deleted_at.is_(None)))
    ]
    return CatalogInputs(taxonomy, tree, thesaurus_rows)


def read_pc4(session: Session) -> dict[str, tuple[float, float]]:
    """Four-digit postcode → average point of the catalog's own addresses there."""
    points = {
        loc_id: (lat, lon)
        for loc_id, lat, lon in session.execute(
            select(Location.id, Location.latitude, Location.longitude).where(Location.deleted_at.is_(None))
        )
        if lat is not None and lon is not None
    }
    rows = [
        (postal_code, *points[location_id])
        for location_id, postal_code in session.execute(
            select(Address.location_id, Address.postal_code).where(Address.deleted_at.is_(None))
        )
        if location_id in points
    ]
    return build_pc4_map(rows)


def read_snapshot(session: Session, today: date | None = None) -> CatalogSnapshot:
    """Read the whole catalog into search inputs (one pass per table, no per-service queries).

    ``today`` (default: today in Europe/Amsterdam) places the window of dated slots for calendar rules.
    """
    inputs = read_inputs(session)
    documents = read_documents(session, inputs.areas, today)
    return CatalogSnapshot(documents, inputs.taxonomy, inputs.areas, inputs.thesaurus_rows, read_pc4(session))


def read_documents(session: Session, tree: AreaTree, today: date | None = None) -> list[SearchDocument]:
    """Every live service as a search document (the slow part of reading a big catalog)."""
    window = calendar_window(today or now_local().date())
    live = Service.deleted_at.is_(None)
    taxonomies = {t.id: t.uri for t in session.scalars(select(Taxonomy))}
    needs_tax = {tid for tid, uri in taxonomies.items() if uri == TAXONOMY_URIS[NEEDS_TAXONOMY]}
    groups_tax = {tid for tid, uri in taxonomies.items() if uri == TAXONOMY_URIS[TARGET_GROUPS_TAXONOMY]}
    terms = {t.id: t for t in session.scalars(select(TaxonomyTerm).where(TaxonomyTerm.deleted_at.is_(None)))}

    needs: dict[str, list[str]] = defaultdict(list)
    groups: dict[str, list[str]] = defaultdict(list)
    for link_id, term_id in session.execute(
        select(Attribute.link_id, Attribute.taxonomy_term_id)
        .where(Attribute.link_entity == "service", Attribute.deleted_at.is_(None))
        # Insertion order: a service's main need comes first, and ranking relies on that.
        .order_by(literal_column("attribute.rowid"))
    ):
        term = terms.get(term_id)
        if term is None or not term.code:
            continue
        if term.taxonomy_id in needs_tax:
            needs[link_id].append(term.code)
        elif term.taxonomy_id in groups_tax:
            groups[link_id].append(term.code)

    languages: dict[str, list[str]] = defaultdict(list)
    for service_id, code, name in session.execute(
        select(Language.service_id, Language.code, Language.name).where(
            Language.service_id.is_not(None), Language.deleted_at.is_(None)
        )
    ):
        value = (code or name or "").strip().lower()
        if value and service_id:
            languages[service_id].append(value)

    locations = {loc.id: loc for loc in session.scalars(select(Location).where(Location.deleted_at.is_(None)))}
    postcodes: dict[str, list[str]] = defaultdict(list)
    for location_id, postal_code in session.execute(
        select(Address.location_id, Address.postal_code).where(Address.deleted_at.is_(None))
    ):
        if location_id is None:
            continue
        postcodes[location_id].append(postal_code)
    access: dict[str, list[str]] = defaultdict(list)
    for location_id, description, details in session.execute(
        select(Accessibility.location_id, Accessibility.description, Accessibility.details).where(
            Accessibility.deleted_at.is_(None)
        )
    ):
        text = " — ".join(x for x in (description, details) if x)
        if location_id and text:
            access[location_id].append(text)

    schedules_by: dict[tuple[str, str], list[Schedule]] = defaultdict(list)
    for sched in session.scalars(select(Schedule).where(Schedule.deleted_at.is_(None))):
        if sched.service_at_location_id:
            schedules_by[("sal", sched.service_at_location_id)].append(sched)
        elif sched.service_id:
            schedules_by[("service", sched.service_id)].append(sched)
        elif sched.location_id:
            schedules_by[("location", sched.location_id)].append(sched)

    sals: dict[str, list[ServiceAtLocation]] = defaultdict(list)
    for sal in session.scalars(select(ServiceAtLocation).where(ServiceAtLocation.deleted_at.is_(None))):
        sals[sal.service_id].append(sal)
    served: dict[str, list[str]] = defaultdict(list)
    for service_id, area_code in session.execute(
        select(ServiceArea.service_id, ServiceArea.area_code).where(
            ServiceArea.area_code.is_not(None), ServiceArea.deleted_at.is_(None)
        )
    ):
        if service_id and area_code:
            served[service_id].append(area_code)
    org_names: dict[str, str] = {oid: name for oid, name in session.execute(select(Organization.id, Organization.name))}

    documents = []
    for s in session.scalars(select(Service).where(live)):
        location_names: list[str] = []
        points: list[tuple[float, float]] = []
        pcs: list[str] = []
        area_codes: list[str] = []
        accessibility: list[str] = []
        slots = list(schedules_by.get(("service", s.id), []))
        for sal in sals.get(s.id, []):
            slots.extend(schedules_by.get(("sal", sal.id), []))
            loc = locations.get(sal.location_id)
            if loc is None:
                continue
            if loc.name:
                location_names.append(loc.name)
            if loc.latitude is not None and loc.longitude is not None:
                points.append((loc.latitude, loc.longitude))
            pcs.extend(postcodes.get(loc.id, []))
            accessibility.extend(access.get(loc.id, []))
            for code in (loc.buurt_code, loc.wijk_code):
                if code:
                    area_codes.append(code)
                    area_codes.extend(tree.ancestors(code))
            if not slots:
                slots.extend(schedules_by.get(("location", loc.id), []))
        access_type = s.access_type if s.access_type in ACCESS_TYPES else None
        documents.append(
            SearchDocument(
                id=s.id,
                name=s.name,
                alternate_name=s.alternate_name or "",
                organization_name=org_names.get(s.organization_id, ""),
                description=s.description or "",
                need_codes=tuple(dict.fromkeys(needs.get(s.id, []))),
                target_groups=tuple(dict.fromkeys(groups.get(s.id, []))),
                access_type=access_type,  # type: ignore[arg-type]
                free_of_charge=s.free_of_charge,
                languages=tuple(dict.fromkeys(languages.get(s.id, []))),
                accessibility=tuple(dict.fromkeys(accessibility)),
                entry_kind=s.entry_kind,
                provider_kind=s.provider_kind,
                location_names=tuple(dict.fromkeys(location_names)),
                points=tuple(dict.fromkeys(points)),
                postal_codes=tuple(dict.fromkeys(pcs)),
                area_codes=tuple(dict.fromkeys(area_codes)),
                served_area_codes=tuple(dict.fromkeys(served.get(s.id, []))),
                opening=_opening(slots, window),
                last_verified=s.last_verified,
            )
        )
    return documents
