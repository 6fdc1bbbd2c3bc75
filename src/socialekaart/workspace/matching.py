"""Volunteer matching: for a werkgebied, a place and a moment, the volunteers who fit, ranked, with why they fit and
how to reach them as their consent says; their personal data only for roles that may see it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select

from socialekaart.catalog.models import Area, Organization, Phone, TaxonomyTerm, Volunteer
from socialekaart.catalog.store import Catalog
from socialekaart.errors import UserFacingError
from socialekaart.geo.distance import haversine_km
from socialekaart.sync.client import ROLE_KEY
from socialekaart.sync.local import get_state
from socialekaart.sync.wire import PERSONAL_READERS
from socialekaart.workspace.availability import Part, part_of_day, read_availability

#: Volunteers whose area lies farther than this from the place are left out.
MAX_DISTANCE_KM = 15.0
#: Werkgebieden where the volunteer must have their own transport.
NEEDS_TRANSPORT = frozenset({"vervoer"})

ReasonKind = Literal[
    "werkgebied", "available", "ask_moment", "in_area", "distance", "language", "own_transport", "capacity"
]
ContactRoute = Literal["direct", "coordinator"]


class MatchError(UserFacingError, ValueError):
    """A werkgebied or place the catalog does not know; the message is Dutch."""


@dataclass(frozen=True, slots=True)
class MatchReason:
    """One structured reason a volunteer fits; the UI and the CLI word it.

    werkgebied: `value` is the need code; available: `value` is the part of the day ("middag"); ask_moment: the
    volunteer left the moment open ("in overleg"); in_area: `value` is the area name they work in; distance:
    `number` is km; language: `value` is an ISO 639-1 code; own_transport; capacity: `number` is how many more
    residents they can take."""

    kind: ReasonKind
    value: str = ""
    number: float = 0.0


@dataclass(frozen=True, slots=True)
class MatchContact:
    """How to reach the volunteer: directly (only with their consent and for a role that may see it) or through
    their coordinator (the organisation behind them)."""

    route: ContactRoute
    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class VolunteerMatch:
    """One volunteer who fits, with the reasons and the contact; `name` is empty for a role that may not see it."""

    volunteer_id: str
    name: str
    werkgebieden: tuple[str, ...]
    area_name: str
    availability: str
    reasons: tuple[MatchReason, ...]
    contact: MatchContact
    score: float


@dataclass(frozen=True)
class MatchRequest:
    """What the resident needs: a werkgebied (code or word), optionally a place and a moment and languages."""

    need: str
    place: str | None = None
    moment: datetime | None = None
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class MatchOutcome:
    """The ranked matches, the werkgebied they were read as, and the place's wijk (or kern, for a village without
    wijken: the area the koppeling and the shortage signal are counted for)."""

    need: str
    need_name: str
    wijk_code: str
    matches: tuple[VolunteerMatch, ...]
    personal: bool


def role_sees_personal(catalog: Catalog) -> bool:
    """True when this laptop may show volunteers' personal data: it synced as a role that may, or it never synced
    (a catalog of its own, whose volunteers it imported itself)."""
    with catalog.read() as session:
        role = get_state(session.connection(), ROLE_KEY)
    return role is None or role in PERSONAL_READERS


def werkgebieden(catalog: Catalog) -> list[tuple[str, str]]:
    """(need code, name) of every werkgebied a volunteer in the catalog has, by name."""
    with catalog.read() as session:
        codes: set[str] = set()
        for value in session.scalars(select(Volunteer.werkgebieden).where(Volunteer.deleted_at.is_(None))):
            codes.update(c for c in (value or "").split(";") if c)
        names = dict(session.execute(select(TaxonomyTerm.code, TaxonomyTerm.name)).all())
    return sorted(((c, names.get(c) or c) for c in codes), key=lambda p: p[1].lower())


def resolve_need(catalog: Catalog, text: str) -> tuple[str, str]:
    """A werkgebied given by code or by a word of its name ("gezelschap" → ontmoeting); raises MatchError."""
    wanted = text.strip().lower()
    options = werkgebieden(catalog)
    for code, name in options:
        if wanted in (code.lower(), name.lower()):
            return code, name
    for code, name in options:
        words = name.lower().replace(",", " ").split()
        if wanted in code.lower() or any(w.startswith(wanted) or wanted in w for w in words if len(wanted) >= 3):
            return code, name
    known = ", ".join(code for code, _ in options)
    raise MatchError(f"onbekend werkgebied {text!r}; vrijwilligers zijn er voor: {known}")


def match_volunteers(
    catalog: Catalog, request: MatchRequest, *, personal: bool | None = None, pc4: dict[str, tuple[float, float]]
) -> MatchOutcome:
    """The volunteers for the request, best first. `pc4` maps four-digit postcodes to points (the search's own)."""
    need, need_name = resolve_need(catalog, request.need)
    personal = role_sees_personal(catalog) if personal is None else personal
    with catalog.read() as session:
        areas = {a.code: a for a in session.scalars(select(Area).where(Area.deleted_at.is_(None)))}
        volunteers = list(session.scalars(select(Volunteer).where(Volunteer.deleted_at.is_(None))))
        orgs = {o.id: o for o in session.scalars(select(Organization))}
        phones: dict[str, str] = {}
        for org_id, number in session.execute(
            select(Phone.organization_id, Phone.number).where(Phone.organization_id.is_not(None))
        ):
            phones.setdefault(str(org_id), number)
        place_code, point = _place(request.place, areas, pc4)
        matches = []
        for v in volunteers:
            match = _match(v, need, request, place_code, point, areas, orgs, phones, personal)
            if match is not None:
                matches.append(match)
    matches.sort(key=lambda m: (-m.score, m.area_name, m.volunteer_id))
    wijk = _wijk_of(place_code, areas) if place_code else ""
    if not wijk and place_code and areas[place_code].kind == "kern":
        wijk = place_code  # a kerkdorp is its own wijk for the counts
    return MatchOutcome(need, need_name, wijk, tuple(matches), personal)


def _place(
    text: str | None, areas: dict[str, Area], pc4: dict[str, tuple[float, float]]
) -> tuple[str | None, tuple[float, float] | None]:
    """The area code and point of a place given as a postcode, an area code or an area name."""
    if not text or not text.strip():
        return None, None
    value = text.strip()
    digits = value.replace(" ", "")[:4]
    if digits.isdigit() and len(digits) == 4:
        point = pc4.get(digits)
        if point is None:
            raise MatchError(f"postcode {digits} komt in de catalogus niet voor; kies een buurt of kern")
        buurten = [a for a in areas.values() if a.kind == "buurt" and a.centroid_lat is not None]
        nearest = min(
            buurten,
            key=lambda a: haversine_km(point[0], point[1], a.centroid_lat or 0, a.centroid_lon or 0),
            default=None,
        )
        return (nearest.code if nearest else None), point
    low = value.lower()
    area = areas.get(value.upper()) or next((a for a in areas.values() if a.name.lower() == low), None)
    if area is None:
        raise MatchError(f"onbekende plek {value!r}: geef een postcode, buurt, wijk of kern")
    if area.centroid_lat is None or area.centroid_lon is None:
        return area.code, None
    return area.code, (area.centroid_lat, area.centroid_lon)


def _ancestors(code: str, areas: dict[str, Area]) -> list[str]:
    out = [code]
    node = areas.get(code)
    while node is not None and node.parent_code and node.parent_code not in out:
        out.append(node.parent_code)
        node = areas.get(node.parent_code)
    return out


def _wijk_of(code: str, areas: dict[str, Area]) -> str:
    return next((c for c in _ancestors(code, areas) if areas.get(c) is not None and areas[c].kind == "wijk"), "")


def _match(
    v: Volunteer,
    need: str,
    request: MatchRequest,
    place_code: str | None,
    point: tuple[float, float] | None,
    areas: dict[str, Area],
    orgs: dict[str, Organization],
    phones: dict[str, str],
    personal: bool,
) -> VolunteerMatch | None:
    codes = tuple(c for c in (v.werkgebieden or "").split(";") if c)
    if need not in codes or (v.capacity is not None and v.capacity <= 0):
        return None
    if need in NEEDS_TRANSPORT and v.own_transport is not True:
        return None
    reasons = [MatchReason("werkgebied", need)]
    score = 10.0
    if request.moment is not None:
        fits = read_availability(v.availability).fits(request.moment)
        if fits is False:
            return None
        part: Part = part_of_day(request.moment)
        reasons.append(MatchReason("available", part) if fits else MatchReason("ask_moment"))
        score += 3.0 if fits else 1.0
    area = areas.get(v.area_code or "")
    area_name = area.name if area is not None else (v.area_code or "")
    if (
        place_code is not None
        and v.area_code
        and (v.area_code in _ancestors(place_code, areas) or place_code in _ancestors(v.area_code, areas))
    ):
        reasons.append(MatchReason("in_area", area_name))
        score += 3.0 + (0.5 if area is not None and area.kind in ("wijk", "buurt") else 0.0)
    elif point is not None and area is not None and area.centroid_lat is not None and area.centroid_lon is not None:
        km = haversine_km(point[0], point[1], area.centroid_lat, area.centroid_lon)
        if km > MAX_DISTANCE_KM:
            return None
        reasons.append(MatchReason("distance", number=round(km, 1)))
        score += max(0.0, 2.0 - km / 5)
    spoken = tuple(c for c in (v.languages or "").split(";") if c)
    for lang in request.languages:
        if lang in spoken:
            reasons.append(MatchReason("language", lang))
            score += 2.0
    if v.own_transport:
        reasons.append(MatchReason("own_transport"))
        score += 0.5
    if v.capacity is not None:
        reasons.append(MatchReason("capacity", number=v.capacity))
        score += min(v.capacity, 3) * 0.1
    return VolunteerMatch(
        volunteer_id=v.id,
        name=v.name if personal else "",
        werkgebieden=codes,
        area_name=area_name,
        availability=v.availability or "",
        reasons=tuple(reasons),
        contact=_contact(v, orgs, phones, personal),
        score=round(score, 2),
    )


def _contact(v: Volunteer, orgs: dict[str, Organization], phones: dict[str, str], personal: bool) -> MatchContact:
    if personal and v.contact_direct and (v.phone or v.email):
        return MatchContact("direct", v.name, v.phone or "", v.email or "")
    org = orgs.get(v.organization_id or "")
    if org is None:
        return MatchContact("coordinator", "")
    return MatchContact("coordinator", org.name, phones.get(org.id, ""), org.email or "")


def remove_volunteer(catalog: Catalog, volunteer_id: str, actor: str) -> None:
    """Remove a volunteer on request (AVG): the row becomes a tombstone without personal data, and the deletion is
    queued for sync, so the server and every laptop drop it too."""
    from socialekaart.catalog.editing import delete_entity
    from socialekaart.sync.local import erase_personal

    delete_entity(catalog, "volunteer", volunteer_id, actor)
    with catalog.write_connection() as conn:
        erase_personal(conn, "volunteer", volunteer_id)


def needs_of(matches: Sequence[VolunteerMatch]) -> set[str]:
    """Every werkgebied the matched volunteers work in."""
    return {c for m in matches for c in m.werkgebieden}
