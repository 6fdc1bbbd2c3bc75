"""One service's detail, read in one session: channels, contacts, terms, languages, cost and related services."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialekaart.catalog.models import (
    Area,
    Attribute,
    Contact,
    CostOption,
    Language,
    Location,
    Organization,
    Phone,
    RequiredDocument,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from socialekaart.catalog.profile import (
    NEEDS_TAXONOMY,
    TARGET_GROUPS_TAXONOMY,
    TAXONOMY_URIS,
    taxonomy_id,
)
from socialekaart.catalog.queries.hours import walk_in_hours, week_hours
from socialekaart.catalog.queries.places import area_names, places_of
from socialekaart.catalog.queries.records import (
    ChannelKind,
    ContactChannel,
    ContactPerson,
    CostLine,
    PlaceDetail,
    ServedArea,
    ServiceDetail,
    ServiceNotFound,
    ServiceRef,
    WeekHours,
)
from socialekaart.catalog.queries.summary import language_name
from socialekaart.catalog.store import Catalog
from socialekaart.text import text_of

#: At most this many related services are listed (other services of the organisation, same location).
MAX_RELATED = 40


def _int(value: float | None) -> int | None:
    return None if value is None else int(value)


def service_detail(catalog: Catalog, service_id: str, today: date | None = None) -> ServiceDetail:
    """All the detail pane shows about one service, read in one session. Raises ServiceNotFound."""
    with catalog.read() as session:
        return _service_detail(session, service_id, today or date.today())


def _service_detail(session: Session, service_id: str, today: date) -> ServiceDetail:
    svc = session.get(Service, service_id)
    if svc is None or svc.deleted_at is not None:
        raise ServiceNotFound(service_id)
    org = session.get(Organization, svc.organization_id)
    org_name = text_of(org.name) if org is not None else ""

    sal_rows = list(
        session.scalars(
            select(ServiceAtLocation).where(
                ServiceAtLocation.service_id == service_id, ServiceAtLocation.deleted_at.is_(None)
            )
        )
    )
    location_ids = [r.location_id for r in sal_rows]
    sal_ids = [r.id for r in sal_rows]
    locations = {
        loc.id: loc
        for loc in session.scalars(select(Location).where(Location.id.in_(location_ids), Location.deleted_at.is_(None)))
    }
    areas = area_names(session, locations.values())

    schedules = list(
        session.scalars(
            select(Schedule).where(
                (Schedule.service_id == service_id) | Schedule.service_at_location_id.in_(sal_ids),
                Schedule.deleted_at.is_(None),
            )
        )
    )
    by_sal: dict[str | None, list[Schedule]] = defaultdict(list)
    for row in schedules:
        by_sal[row.service_at_location_id].append(row)
    service_hours = week_hours(by_sal.get(None, []), today)

    places = places_of(session, sal_rows, locations, by_sal, areas, today)
    channels = _channels(session, svc, org, sal_ids, places, service_hours)
    contacts = _contacts(session, service_id, sal_ids)
    needs, groups, other_terms = _terms(session, service_id)
    languages = _languages(session, service_id)
    served = _served_areas(session, service_id)
    costs = _cost_options(session, service_id)
    docs = tuple(
        d
        for d in session.scalars(
            select(RequiredDocument.document).where(
                RequiredDocument.service_id == service_id, RequiredDocument.deleted_at.is_(None)
            )
        )
        if d
    )
    return ServiceDetail(
        id=svc.id,
        name=text_of(svc.name),
        organization_id=svc.organization_id,
        organization_name=org_name,
        alternate_name=text_of(svc.alternate_name),
        description=text_of(svc.description),
        organization_description=text_of(org.description) if org is not None else "",
        access_type=svc.access_type,
        access_granted_by=text_of(svc.access_granted_by),
        entry_kind=svc.entry_kind,
        provider_kind=svc.provider_kind,
        status=text_of(svc.status) or "active",
        alert=text_of(svc.alert),
        application_process=text_of(svc.application_process),
        eligibility=text_of(svc.eligibility_description),
        minimum_age=_int(svc.minimum_age),
        maximum_age=_int(svc.maximum_age),
        wait_time=text_of(svc.wait_time),
        required_documents=docs,
        channels=channels,
        contacts=contacts,
        places=places,
        hours=service_hours,
        areas=served,
        needs=needs,
        target_groups=groups,
        other_terms=other_terms,
        languages=languages,
        free_of_charge=svc.free_of_charge,
        fees_description=text_of(svc.fees_description) or text_of(svc.fees),
        cost_options=costs,
        last_verified=svc.last_verified,
        verified_by=_verified_by(svc),
        demo=bool(svc.demo),
        other_services=_other_services(session, svc),
        same_location=_same_location(session, service_id, location_ids, locations),
    )


def _verified_by(svc: Service) -> str:
    """Who checked the service: its assurer_email, else whoever changed it on the day it was checked."""
    if svc.assurer_email:
        return text_of(svc.assurer_email)
    checked, changed = svc.last_verified, svc.last_modified
    if checked is not None and changed is not None and changed.date() == checked and not svc.demo:
        return text_of(svc.modified_by)
    return ""


def _channels(
    session: Session,
    svc: Service,
    org: Organization | None,
    sal_ids: Sequence[str],
    places: Sequence[PlaceDetail],
    service_hours: WeekHours,
) -> tuple[ContactChannel, ...]:
    out: list[ContactChannel] = []
    seen: set[object] = set()

    def add(channel: ContactChannel) -> None:
        key = (channel.kind, channel.value.lower(), channel.extension, channel.hours, channel.place)
        if key not in seen:
            seen.add(key)
            out.append(channel)

    phones = list(
        session.scalars(
            select(Phone)
            .where(
                (Phone.service_id == svc.id) | Phone.service_at_location_id.in_(sal_ids),
                Phone.deleted_at.is_(None),
            )
            .order_by(Phone.id)
        )
    )
    org_phones = not phones and org is not None
    if org_phones and org is not None:
        phones = list(
            session.scalars(
                select(Phone).where(Phone.organization_id == org.id, Phone.deleted_at.is_(None)).order_by(Phone.id)
            )
        )
    for phone in phones:
        number = text_of(phone.number)
        if number:
            extension = int(phone.extension) if phone.extension else None
            add(ContactChannel("phone", number, text_of(phone.description), extension, organization=org_phones))
    web: tuple[tuple[ChannelKind, str | None, str | None], ...] = (
        ("email", svc.email, org.email if org is not None else None),
        ("website", svc.url, org.website if org is not None else None),
    )
    for kind, own, of_org in web:
        value, organization = (text_of(own), False) if text_of(own) else (text_of(of_org), True)
        if value:
            add(ContactChannel(kind, value, organization=organization))
    walk_in = walk_in_hours(service_hours, "")
    if not walk_in.empty:
        add(ContactChannel("walk_in", hours=walk_in))
    for place in places:
        walk_in = walk_in_hours(place.hours, place.note)
        if not walk_in.empty:
            add(ContactChannel("walk_in", hours=walk_in, place=place.name))
    return tuple(out)


def _contacts(session: Session, service_id: str, sal_ids: Sequence[str]) -> tuple[ContactPerson, ...]:
    rows = list(
        session.scalars(
            select(Contact)
            .where(
                (Contact.service_id == service_id) | Contact.service_at_location_id.in_(sal_ids),
                Contact.deleted_at.is_(None),
            )
            .order_by(Contact.name)
        )
    )
    phones: dict[str, list[str]] = defaultdict(list)
    if rows:
        for ph in session.scalars(
            select(Phone).where(Phone.contact_id.in_([r.id for r in rows]), Phone.deleted_at.is_(None))
        ):
            if ph.contact_id:
                phones[ph.contact_id].append(text_of(ph.number))
    return tuple(
        ContactPerson(
            name=text_of(r.name) or text_of(r.department) or text_of(r.title),
            title=text_of(r.title),
            department=text_of(r.department),
            email=text_of(r.email),
            phones=tuple(phones.get(r.id, ())),
        )
        for r in rows
    )


def _terms(session: Session, service_id: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    rows = session.execute(
        select(TaxonomyTerm.name, TaxonomyTerm.taxonomy, TaxonomyTerm.taxonomy_id, Taxonomy.uri, Attribute.value)
        .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
        .outerjoin(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
        .where(
            Attribute.link_entity == "service",
            Attribute.link_id == service_id,
            Attribute.deleted_at.is_(None),
            TaxonomyTerm.deleted_at.is_(None),
        )
        .order_by(TaxonomyTerm.name)
    ).all()
    needs: list[str] = []
    groups: list[str] = []
    other: list[str] = []
    needs_ids = {taxonomy_id(NEEDS_TAXONOMY)}
    group_ids = {taxonomy_id(TARGET_GROUPS_TAXONOMY)}
    for name, taxonomy, tax_id, uri, _value in rows:
        if not name:
            continue
        if tax_id in needs_ids or uri == TAXONOMY_URIS[NEEDS_TAXONOMY] or taxonomy == NEEDS_TAXONOMY:
            target = needs
        elif tax_id in group_ids or uri == TAXONOMY_URIS[TARGET_GROUPS_TAXONOMY] or taxonomy == TARGET_GROUPS_TAXONOMY:
            target = groups
        else:
            target = other
        if name not in target:
            target.append(name)
    return tuple(needs), tuple(groups), tuple(other)


def _languages(session: Session, service_id: str) -> tuple[str, ...]:
    out: list[str] = []
    for code, name in session.execute(
        select(Language.code, Language.name)
        .where(Language.service_id == service_id, Language.deleted_at.is_(None))
        .order_by(Language.id)
    ):
        label = language_name(code, name)
        if label and label not in out:
            out.append(label)
    # Dutch first, then alphabetical: the order a worker expects.
    return tuple(sorted(out, key=lambda n: (n != "Nederlands", n.lower())))


def _served_areas(session: Session, service_id: str) -> tuple[ServedArea, ...]:
    rows = session.execute(
        select(ServiceArea.area_code, ServiceArea.name, Area.name, Area.kind)
        .outerjoin(Area, Area.code == ServiceArea.area_code)
        .where(ServiceArea.service_id == service_id, ServiceArea.deleted_at.is_(None))
        .order_by(ServiceArea.id)
    ).all()
    out: list[ServedArea] = []
    seen: set[tuple[str, bool]] = set()  # a name is listed once (a whole gemeente apart from a kern of its name)
    for code, own_name, area_name, kind in rows:
        area = ServedArea(area_name, kind) if area_name else ServedArea(text_of(own_name) or text_of(code))
        key = (area.name, area.kind == "gemeente")
        if area.name and key not in seen:
            seen.add(key)
            out.append(area)
    return tuple(out)


def _cost_options(session: Session, service_id: str) -> tuple[CostLine, ...]:
    out: list[CostLine] = []
    for row in session.scalars(
        select(CostOption)
        .where(CostOption.service_id == service_id, CostOption.deleted_at.is_(None))
        .order_by(CostOption.id)
    ):
        line = CostLine(
            option=text_of(row.option),
            amount=row.amount,
            currency=text_of(row.currency).upper() or "EUR",
            amount_description=text_of(row.amount_description),
        )
        if line.option or line.amount is not None or line.amount_description:
            out.append(line)
    return tuple(out)


def _other_services(session: Session, svc: Service) -> tuple[ServiceRef, ...]:
    rows = session.execute(
        select(Service.id, Service.name, Service.access_type)
        .where(
            Service.organization_id == svc.organization_id,
            Service.id != svc.id,
            Service.deleted_at.is_(None),
        )
        .order_by(Service.name)
        .limit(MAX_RELATED)
    ).all()
    org_name = svc.organization.name if svc.organization is not None else ""
    return tuple(ServiceRef(id=i, name=n, organization_name=org_name, access_type=a) for i, n, a in rows)


def _same_location(
    session: Session, service_id: str, location_ids: Sequence[str], locations: dict[str, Location]
) -> tuple[ServiceRef, ...]:
    if not location_ids:
        return ()
    rows = session.execute(
        select(Service.id, Service.name, Service.access_type, Organization.name, ServiceAtLocation.location_id)
        .join(ServiceAtLocation, ServiceAtLocation.service_id == Service.id)
        .join(Organization, Organization.id == Service.organization_id)
        .where(
            ServiceAtLocation.location_id.in_(location_ids),
            ServiceAtLocation.deleted_at.is_(None),
            Service.id != service_id,
            Service.deleted_at.is_(None),
        )
        .order_by(Service.name)
        .limit(MAX_RELATED * 2)
    ).all()
    out: list[ServiceRef] = []
    seen: set[str] = set()
    for sid, name, access, org_name, loc_id in rows:
        if sid in seen:
            continue
        seen.add(sid)
        loc = locations.get(loc_id)
        out.append(
            ServiceRef(
                id=sid,
                name=name,
                organization_name=org_name or "",
                access_type=access,
                location_name=text_of(loc.name) if loc is not None else "",
            )
        )
    return tuple(out[:MAX_RELATED])
