"""Fixtures for the search tests: a tiny taxonomy, thesaurus, area tree and catalog (no files, no database)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from socialekaart.search.documents import (
    AreaNode,
    AreaTree,
    NeedsVocabulary,
    NeedTerm,
    OpeningInterval,
    SearchDocument,
)
from socialekaart.search.engine import SearchEngine
from socialekaart.search.opening import AMSTERDAM
from socialekaart.search.thesaurus import Thesaurus, parse_thesaurus
from socialekaart.search.unmatched import UnmatchedCounter

# Monday 3 March 2025, 10:00 in Oosterhout
NOW = datetime(2025, 3, 3, 10, 0, tzinfo=AMSTERDAM)
CENTRUM = (51.6431, 4.8582)
DORST = (51.5905, 4.8550)

THESAURUS_CSV = """term,needs,weight,register,note
rekeningen,schulden,1.0,lay,
geldzorgen,schulden,0.9,lay,
schuldhulp,schulden,1.0,professional,
budgetcoach,schulden,1.0,professional,
kan de huur niet betalen,schulden;wonen_huisvesting,1.0,phrase,
eenzaam,ontmoeting,0.9,lay,
eenzaamheid,ontmoeting,1.0,lay,
dement,dementie,0.9,lay,
mijn moeder is dement,dementie;mantelzorg,1.0,phrase,
ik ben op,mantelzorg;psychische_gezondheid,0.8,phrase,
op,mantelzorg,0.5,lay,
burenruzie,buurtbemiddeling,1.0,lay,
ruzie buren,buurtbemiddeling,1.0,phrase,
taalcafé,taal;ontmoeting,1.0,lay,
vrijwilligerswerk,vrijwilligers,1.0,lay,
"""

_PARTS = "schuld hulp verlening mantel zorg ondersteuning taal cafe maatje dorps huis kringloop winkel"
COMPOUND_PARTS = frozenset(_PARTS.split(" "))


def taxonomy_terms() -> list[NeedTerm]:
    rows = [
        ("volwassenen", None, "Ondersteuning aan volwassenen"),
        ("psychische_gezondheid", "volwassenen", "Psychische gezondheid"),
        ("wonen_huisvesting", "volwassenen", "Wonen en huisvesting"),
        ("jongeren", None, "Ondersteuning aan jongeren"),
        ("jongerenwerk", "jongeren", "Jongerenwerk"),
        ("praktisch", None, "Praktische cliëntondersteuning"),
        ("schulden", "praktisch", "Geldzorgen en schulden"),
        ("taal", "praktisch", "Taal en lezen"),
        ("buurtbemiddeling", "praktisch", "Buurtbemiddeling"),
        ("mantelzorg", "praktisch", "Mantelzorgondersteuning"),
        ("dementie", "praktisch", "Dementie"),
        ("buddyzorg", "praktisch", "Buddyzorg en maatjes"),
        ("voedsel_kleding", "praktisch", "Voedsel en kleding"),
        ("vrijwilligers", None, "Vrijwilligersondersteuning"),
        ("ontmoeting", "vrijwilligers", "Ontmoeting en gezelschap"),
        ("wijken", None, "Ondersteuning aan wijken"),
        ("activiteiten", "wijken", "Activiteiten en ontmoetingsplekken"),
        ("zorg", None, "Zorg en maatwerk"),
        ("wmo_maatwerk", "zorg", "Wmo-maatwerk"),
    ]
    return [NeedTerm(c, n, p) for c, p, n in rows]


@pytest.fixture(scope="session")
def taxonomy() -> NeedsVocabulary:
    return NeedsVocabulary.from_terms(taxonomy_terms())


@pytest.fixture(scope="session")
def thesaurus(taxonomy: NeedsVocabulary) -> Thesaurus:
    return parse_thesaurus(THESAURUS_CSV, source="fixture.csv", known_needs=set(taxonomy))


def area_nodes() -> list[AreaNode]:
    return [
        AreaNode("GM0826", None, "gemeente", "Oosterhout"),
        AreaNode("KN0826_OOSTERHOUT", "GM0826", "kern", "Oosterhout"),
        AreaNode("KN0826_DORST", "GM0826", "kern", "Dorst"),
        AreaNode("KN0826_DEN_HOUT", "GM0826", "kern", "Den Hout"),
        AreaNode("WK082601", "KN0826_OOSTERHOUT", "wijk", "Centrum"),
        AreaNode("WK082602", "KN0826_OOSTERHOUT", "wijk", "Dommelbergen"),
        AreaNode("WK082603", "KN0826_DORST", "wijk", "Dorst"),
        AreaNode("WK082604", "KN0826_DEN_HOUT", "wijk", "Den Hout"),
        AreaNode("BU08260101", "WK082601", "buurt", "Centrum-Noord"),
        AreaNode("BU08260102", "WK082601", "buurt", "Centrum-Zuid"),
        AreaNode("BU08260201", "WK082602", "buurt", "Dommelbergen"),
        AreaNode("BU08260301", "WK082603", "buurt", "Dorst-Centrum"),
        AreaNode("BU08260401", "WK082604", "buurt", "Den Hout"),
    ]


@pytest.fixture(scope="session")
def areas() -> AreaTree:
    return AreaTree.from_nodes(area_nodes())


def weekdays(opens: time, closes: time, days: range | tuple[int, ...] = range(5)) -> tuple[OpeningInterval, ...]:
    return tuple(OpeningInterval(d, opens, closes) for d in days)


def catalog_docs() -> list[SearchDocument]:
    return [
        SearchDocument(
            id="s01",
            name="Schuldhulpverlening Oosterhout",
            organization_name="Surplus Welzijn",
            description="Hulp bij schulden en geldzorgen. Samen maken we een plan.",
            need_codes=("schulden",),
            target_groups=("volwassenen", "minima"),
            access_type="vrij_toegankelijk",
            free_of_charge=True,
            languages=("nl", "ar"),
            accessibility=("rolstoeltoegankelijk, lift aanwezig",),
            provider_kind="professional",
            entry_kind="dienst",
            location_names=("Wijkcentrum Centrum",),
            points=(CENTRUM,),
            postal_codes=("4901 AB",),
            area_codes=("BU08260101",),
            served_area_codes=("GM0826",),
            opening=weekdays(time(9), time(17)),
            last_verified=date(2025, 1, 10),
        ),
        SearchDocument(
            id="s02",
            name="Schuldhulpmaatje Dorst",
            organization_name="Schuldhulpmaatje Oosterhout",
            description="Een getrainde vrijwilliger helpt u met uw administratie en rekeningen.",
            need_codes=("schulden", "buddyzorg"),
            access_type="sociale_basis",
            free_of_charge=True,
            provider_kind="vrijwilliger",
            entry_kind="dienst",
            points=(DORST,),
            postal_codes=("5087 AA",),
            area_codes=("BU08260301",),
            last_verified=date(2024, 11, 1),
        ),
        SearchDocument(
            id="s03",
            name="Taalcafé De Ontmoeting",
            organization_name="Bibliotheek Oosterhout",
            description="Nederlands oefenen in een ontspannen sfeer, met koffie.",
            need_codes=("taal", "ontmoeting"),
            target_groups=("anderstaligen",),
            access_type="sociale_basis",
            free_of_charge=True,
            languages=("nl",),
            accessibility=("rolstoeltoegankelijk",),
            entry_kind="activiteit",
            provider_kind="vrijwilliger",
            location_names=("Bibliotheek Dommelbergen",),
            points=((51.6480, 4.8700),),
            area_codes=("BU08260201",),
            opening=(OpeningInterval(1, time(19), time(21)),),
            last_verified=date(2025, 2, 1),
        ),
        SearchDocument(
            id="s04",
            name="Alzheimer Café Oosterhout",
            description="Informatie en lotgenotencontact voor mensen met dementie en hun naasten.",
            need_codes=("dementie", "mantelzorg"),
            target_groups=("mantelzorgers", "ouderen"),
            access_type="vrij_toegankelijk",
            free_of_charge=True,
            points=((51.6400, 4.8600),),
            area_codes=("BU08260102",),
            opening=(OpeningInterval(3, time(19), time(21)),),
            last_verified=date(2024, 6, 1),
        ),
        SearchDocument(
            id="s05",
            name="Mantelzorgondersteuning Surplus",
            organization_name="Surplus Welzijn",
            description="Steun, advies en respijt voor mantelzorgers.",
            need_codes=("mantelzorg",),
            target_groups=("mantelzorgers",),
            access_type="vrij_toegankelijk",
            free_of_charge=True,
            points=(CENTRUM,),
            area_codes=("BU08260101",),
            served_area_codes=("KN0826_OOSTERHOUT",),
            opening=weekdays(time(9), time(12)),
            last_verified=date(2025, 2, 20),
        ),
        SearchDocument(
            id="s06",
            name="Koffie-inloop De Pastorie",
            description="Gezellig samen koffie drinken, iedereen is welkom.",
            need_codes=("ontmoeting",),
            target_groups=("iedereen",),
            access_type="sociale_basis",
            free_of_charge=False,
            points=((51.6420, 4.8590),),
            area_codes=("BU08260102",),
            opening=(OpeningInterval(6, time(10), time(12)),),
            last_verified=date(2025, 1, 5),
        ),
        SearchDocument(
            id="s07",
            name="Huishoudelijke hulp Wmo",
            organization_name="Gemeente Oosterhout",
            description="Hulp in de huishouding met een beschikking van de gemeente.",
            need_codes=("wmo_maatwerk",),
            access_type="niet_vrij_toegankelijk",
            served_area_codes=("GM0826",),
            last_verified=date(2025, 2, 1),
        ),
        SearchDocument(
            id="s08",
            name="Dorpshuis De Klip",
            description="Het dorpshuis van Dorst: activiteiten, clubs en een bar.",
            need_codes=("activiteiten",),
            access_type="brede_voorziening",
            points=((51.5900, 4.8560),),
            area_codes=("BU08260301",),
            opening=(OpeningInterval(4, time(20), time(1)),),
            last_verified=date(2023, 1, 1),
        ),
        SearchDocument(
            id="s09",
            name="Voedselbank Oosterhout",
            description="Voedselpakketten voor wie het even niet redt.",
            need_codes=("voedsel_kleding",),
            access_type="vrij_toegankelijk",
            free_of_charge=True,
            points=((51.6350, 4.8500),),
            area_codes=("BU08260102",),
        ),
        SearchDocument(
            id="s10",
            name="Buurtbemiddeling Dommelbergen",
            description="Ruzie of overlast met de buren? Getrainde vrijwilligers bemiddelen.",
            need_codes=("buurtbemiddeling",),
            access_type="sociale_basis",
            free_of_charge=True,
            served_area_codes=("WK082602",),
            last_verified=date(2025, 1, 15),
        ),
        SearchDocument(
            id="s11",
            name="Jongerenwerk Den Hout",
            description="Een plek voor jongeren, met activiteiten op vrijdagavond.",
            need_codes=("jongerenwerk",),
            target_groups=("jongeren",),
            access_type="vrij_toegankelijk",
            languages=("nl", "en"),
            points=((51.6560, 4.8230),),
            area_codes=("BU08260401",),
            last_verified=date(2025, 1, 1),
        ),
        SearchDocument(
            id="s12",
            name="Kringloopwinkel Tweedehands",
            description="Betaalbare 2e hands kleding en meubels.",
            need_codes=("voedsel_kleding",),
            access_type="brede_voorziening",
            points=((51.6440, 4.8620),),
            area_codes=("BU08260101",),
            last_verified=date(2025, 2, 10),
        ),
    ]


@pytest.fixture
def docs() -> list[SearchDocument]:
    return catalog_docs()


@pytest.fixture
def counter() -> UnmatchedCounter:
    return UnmatchedCounter()


@pytest.fixture
def engine(taxonomy: NeedsVocabulary, thesaurus: Thesaurus, areas: AreaTree, counter: UnmatchedCounter) -> SearchEngine:
    return SearchEngine.build(
        catalog_docs(), thesaurus, taxonomy, areas, compound_parts=COMPOUND_PARTS, unmatched_log=counter
    )


def ids(response: object) -> list[str]:
    return [r.id for r in response.results]  # type: ignore[attr-defined]
