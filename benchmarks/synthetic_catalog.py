"""Synthetic Dutch catalog generator (SearchDocuments, area tree, taxonomy) for search benchmarks and tests.

Deterministic for a given seed. Names, organisations and descriptions are built from realistic Dutch welfare
vocabulary plus generated place and street names, so that the vocabulary grows with the catalog size the way a
real regional catalog's does.

    python benchmarks/synthetic_catalog.py --size 1000 --show 5
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from socialekaart.search.documents import (  # noqa: E402
    AreaNode,
    AreaTree,
    NeedsVocabulary,
    NeedTerm,
    OpeningInterval,
    SearchDocument,
)

# need code → (activity names, description fragments, typical access type)
NEED_PROFILES: dict[str, tuple[list[str], list[str], str]] = {
    "schulden": (
        [
            "Schuldhulpverlening",
            "Schuldhulpmaatje",
            "Budgetcoaching",
            "Geldzaken Spreekuur",
            "Formulierenbrigade",
            "Budgetcafé",
            "Thuisadministratie Hulp",
            "Kredietbank",
            "Geldwijzer",
        ],
        [
            "Hulp bij schulden en geldzorgen.",
            "Wij helpen als u de rekeningen niet meer kunt betalen.",
            "Samen maken we een overzicht van inkomsten en uitgaven.",
            "Een budgetcoach kijkt met u naar uw post.",
            "Voorkom een afsluiting of een deurwaarder: kom op tijd langs.",
        ],
        "vrij_toegankelijk",
    ),
    "taal": (
        ["Taalcafé", "Taalmaatje", "Voorleesexpress", "Digitaal Taalhuis", "Leesclub", "Conversatiegroep"],
        [
            "Nederlands oefenen in een ontspannen sfeer.",
            "Voor iedereen die beter wil leren lezen en schrijven.",
            "Vrijwilligers helpen met de Nederlandse taal.",
            "Samen lezen, praten en oefenen met een taalmaatje.",
        ],
        "sociale_basis",
    ),
    "ontmoeting": (
        [
            "Koffie-inloop",
            "Buurtkamer",
            "Samen Eten",
            "Huiskamer",
            "Ontmoetingscentrum",
            "Zondagmiddagsoos",
            "Kookclub",
            "Koken voor Mannen",
            "Mannenkring",
            "Repair Café",
        ],
        [
            "Gezellig samen koffie drinken, iedereen is welkom.",
            "Een plek om andere mensen te ontmoeten.",
            "Tegen eenzaamheid: kom gezellig langs voor een praatje.",
            "Samen eten met buurtgenoten.",
        ],
        "sociale_basis",
    ),
    "mantelzorg": (
        [
            "Mantelzorgondersteuning",
            "Mantelzorgsalon",
            "Respijtzorg",
            "Mantelzorgcafé",
            "Steunpunt Mantelzorg",
            "Jonge Mantelzorgers",
        ],
        [
            "Steun en advies voor mantelzorgers.",
            "Even op adem komen als u voor een naaste zorgt.",
            "Een vrijwilliger neemt de zorg tijdelijk over.",
            "Lotgenotencontact voor mantelzorgers.",
        ],
        "vrij_toegankelijk",
    ),
    "dementie": (
        ["Alzheimer Café", "Ontmoetingscentrum Dementie", "Casemanager Dementie", "Geheugenpoli"],
        [
            "Informatie en gesprek over dementie en geheugenproblemen.",
            "Voor mensen met dementie en hun naasten.",
            "Samen activiteiten doen met begeleiding.",
        ],
        "vrij_toegankelijk",
    ),
    "vervoer": (
        ["Automaatje", "Vrijwillige Vervoersdienst", "Buurtbus", "Boodschappendienst"],
        [
            "Vrijwilligers rijden u naar de huisarts of het ziekenhuis.",
            "Vervoer voor wie geen eigen vervoer heeft.",
            "Hulp bij boodschappen doen.",
        ],
        "sociale_basis",
    ),
    "klussen": (
        ["Klussendienst", "Tuinploeg", "Klushulp", "Repair Café"],
        [
            "Kleine klussen in en om het huis.",
            "Hulp bij tuinonderhoud door vrijwilligers.",
            "Samen repareren in plaats van weggooien.",
        ],
        "sociale_basis",
    ),
    "opvoeden": (
        ["Opvoedspreekuur", "Ouderkamer", "Opvoedcursus", "Home-Start", "Peuterspeelgroep"],
        [
            "Vragen over opvoeden en opgroeien van kinderen.",
            "Een vrijwilliger ondersteunt ouders thuis.",
            "Ouders ontmoeten elkaar en delen ervaringen.",
        ],
        "vrij_toegankelijk",
    ),
    "jongerenwerk": (
        ["Jongerenwerk", "Jongerencentrum", "Straatwerk", "Tienerinloop", "Meidenclub"],
        [
            "Activiteiten en een plek voor jongeren.",
            "Jongerenwerkers zijn op straat en in de wijk.",
            "Voor jongeren van 12 tot 23 jaar.",
        ],
        "vrij_toegankelijk",
    ),
    "psychische_gezondheid": (
        ["Herstelgroep", "Luisterlijn", "Zelfregiecentrum", "Inloop GGZ", "Praatgroep Somberheid"],
        [
            "Voor wie somber is of veel stress heeft.",
            "Ervaringsdeskundigen luisteren en denken mee.",
            "Werken aan herstel op eigen kracht.",
        ],
        "vrij_toegankelijk",
    ),
    "voedsel_kleding": (
        ["Voedselbank", "Kledingbank", "Weggeefwinkel", "Sociale Kruidenier", "Maaltijdservice"],
        [
            "Voedselpakketten voor wie het even niet redt.",
            "Gratis kleding voor gezinnen met een laag inkomen.",
            "Een warme maaltijd aan huis.",
        ],
        "vrij_toegankelijk",
    ),
    "digitaal": (
        ["Digicafé", "Klik en Tik", "DigiD Spreekuur", "Computerhulp", "Senioren en Smartphone"],
        [
            "Hulp met computer, tablet en telefoon.",
            "Uitleg over DigiD en online zaken van de overheid.",
            "Oefenen met internet in de bibliotheek.",
        ],
        "brede_voorziening",
    ),
    "buurtbemiddeling": (
        ["Buurtbemiddeling", "Bemiddeling bij Burenruzie"],
        [
            "Ruzie of overlast met de buren? Getrainde vrijwilligers bemiddelen.",
            "Samen praten en afspraken maken met uw buren.",
        ],
        "sociale_basis",
    ),
    "sport_bewegen": (
        ["Wandelgroep", "BeweegSaam", "Ouderengym", "Sportcoach", "Fietsmaatjes", "Zwemmen voor Senioren"],
        [
            "Samen bewegen en gezond blijven.",
            "Wandelen in de buurt met een groep.",
            "Sport en bewegen voor alle leeftijden.",
        ],
        "brede_voorziening",
    ),
    "wmo_maatwerk": (
        ["Huishoudelijke Hulp", "Dagbesteding", "Begeleiding Thuis", "Woningaanpassing", "Hulpmiddelen Wmo"],
        [
            "Ondersteuning met een beschikking van de gemeente.",
            "Aanvragen via het sociaal wijkteam.",
            "Begeleiding bij het dagelijks leven.",
        ],
        "niet_vrij_toegankelijk",
    ),
    "jeugdhulp": (
        ["Jeugdhulp", "Gezinscoach", "Ambulante Jeugdhulp"],
        ["Hulp voor kinderen en gezinnen via een verwijzing.", "Aanmelden via het wijkteam of de huisarts."],
        "niet_vrij_toegankelijk",
    ),
    "statushouders": (
        ["Vluchtelingenwerk", "Wegwijs in Nederland", "Inburgeringsmaatje", "Nieuwkomerscafé"],
        ["Hulp voor nieuwkomers en statushouders.", "Een maatje helpt met wegwijs worden in de buurt."],
        "vrij_toegankelijk",
    ),
    "activiteiten": (
        ["Activiteitencentrum", "Dorpshuis", "Buurthuis", "Wijkcentrum", "Creatief Atelier", "Bingo-avond"],
        [
            "Een plek voor activiteiten in het dorp of de wijk.",
            "Cursussen, clubs en ontmoeting voor iedereen.",
            "Zalen te huur voor verenigingen.",
        ],
        "brede_voorziening",
    ),
}
GENERIC_SENTENCES = [
    "Iedereen is welkom.",
    "Aanmelden is niet nodig.",
    "U kunt ook bellen of mailen voor een afspraak.",
    "De activiteit is gratis.",
    "Er is een kleine eigen bijdrage.",
    "Vrijwilligers denken met u mee.",
    "Ook voor mensen met een beperking.",
    "Het gebouw is rolstoeltoegankelijk.",
    "Wij werken samen met het sociaal wijkteam.",
    "In de schoolvakanties gesloten.",
]
PLACE_NAMES = [
    "De Linde",
    "Het Anker",
    "De Klip",
    "Den Brink",
    "Dommelbergen",
    "De Slotjes",
    "De Bunthoef",
    "Floralia",
    "De Pastorie",
    "Oostquartier",
    "De Wilg",
    "Het Trefpunt",
    "De Schakel",
    "De Brug",
    "Het Baken",
    "De Kring",
    "Het Ontmoetingspunt",
    "De Vlinder",
    "De Regenboog",
    "Het Kompas",
]
ORGANISATIONS = [
    "Surplus Welzijn",
    "MEE Plus",
    "Indigo",
    "Stichting Present",
    "Humanitas",
    "Rode Kruis",
    "Voedselbank",
    "Bibliotheek",
    "GGD",
    "Sociaal Wijkteam",
    "Vluchtelingenwerk",
    "Zonnebloem",
    "Leger des Heils",
    "Thebe",
    "Careyn",
    "Vivent",
    "Farent",
    "Contour de Twern",
    "ContourdeTwern",
    "Sterk Huis",
]
SYL_A = [
    "oost",
    "west",
    "noord",
    "zuid",
    "hoog",
    "laag",
    "groen",
    "vrach",
    "dom",
    "slot",
    "bunt",
    "ooster",
    "heuvel",
    "beek",
    "berg",
    "eiken",
    "linden",
    "wilgen",
    "molen",
    "kerk",
    "brink",
    "hout",
    "veen",
    "dijk",
]
SYL_B = [
    "hof",
    "veld",
    "hout",
    "eind",
    "rijk",
    "laan",
    "hoek",
    "kamp",
    "weide",
    "dal",
    "horst",
    "wijk",
    "oord",
    "donk",
    "straat",
    "singel",
    "park",
    "akker",
    "bosch",
    "rode",
]
SYL_MID = ["", "", "en", "er", "el", "ers", "s", "ing", "ker", "de"]
SYL_A += [
    "ambt",
    "boom",
    "dorp",
    "egel",
    "esch",
    "gans",
    "haag",
    "hazel",
    "ijssel",
    "kamer",
    "lies",
    "maas",
    "nieuw",
    "ouden",
    "paal",
    "rijs",
    "schoon",
    "stad",
    "teuge",
    "uden",
    "valk",
    "waal",
    "zand",
    "zee",
    "appel",
    "beuk",
    "dennen",
    "elzen",
    "hage",
    "hulst",
    "kastanje",
    "klaver",
    "lelie",
    "mei",
    "rozen",
    "tulp",
]
SYL_B += [
    "burg",
    "broek",
    "gaarde",
    "haven",
    "heide",
    "hove",
    "kade",
    "meer",
    "plas",
    "rade",
    "schot",
    "sloot",
    "steeg",
    "vaart",
    "vliet",
    "waard",
    "werf",
    "zijl",
    "bergen",
    "bron",
]
# everyday words that descriptions use besides their need's own sentences
EXTRA_WORDS = " ".join(
    [
        "aandacht activiteit adres advies afspraak agenda avond baan balkon bank begeleider bewoner bezoek",
        "bibliotheek boek boodschap brief buurman buurvrouw cadeau computer contact cursus dag deur dokter",
        "drempel eten familie fiets formulier gebouw gemeente gesprek gezin gezondheid groep handwerk hobby huis",
        "huisarts informatie inloop jaar kaart kantine kapper keuken kind kleding koffie koor kracht kunst",
        "leeftijd leerling lunch maaltijd markt medicijn middag moestuin muziek natuur ochtend oefening omgeving",
        "opa oma ouder overleg pannenkoek park plek post praatje programma rijbewijs rust samenwerking school",
        "schilderen sfeer speelgoed spel spreekuur stad straat taart tablet tekenen telefoon thee tijd toneel",
        "training tuin uitje vakantie vereniging verhaal vervoer vriend vrijwilliger wandeling week werk wijk",
        "winkel woning workshop zaal zang zorg zwembad biljart bloemschikken breien dansen fotografie gitaar",
        "houtbewerking jeu-de-boules kaarten klaverjassen koersbal naaien pottenbakken quilten schaken sjoelen",
        "yoga zumba",
    ]
).split()
SURNAMES = [
    "Jansen",
    "de Vries",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
]
LANGUAGES = ["nl", "en", "ar", "tr", "pl", "ti", "uk", "so"]
TARGET_GROUPS = [
    "iedereen",
    "kinderen",
    "jongeren",
    "ouders",
    "volwassenen",
    "ouderen",
    "mantelzorgers",
    "statushouders",
    "laaggeletterden",
    "anderstaligen",
    "beperking",
    "minima",
    "vrijwilligers",
]
ENTRY_KINDS = ["dienst", "activiteit", "voorziening", "bewonersinitiatief", "platform"]
PROVIDER_KINDS = ["professional", "vrijwilliger", "ervaringsdeskundige"]

CENTER = (51.643, 4.861)  # Oosterhout (NB)


def default_taxonomy() -> NeedsVocabulary:
    """The repository's needs taxonomy, or the need codes of this generator when it is not there."""
    path = ROOT / "data" / "taxonomy" / "needs.csv"
    if path.exists():
        return NeedsVocabulary.from_csv(path)
    return NeedsVocabulary.from_terms(NeedTerm(c, c.replace("_", " ").capitalize()) for c in NEED_PROFILES)


def _generated_name(rng: random.Random) -> str:
    return (rng.choice(SYL_A) + rng.choice(SYL_MID) + rng.choice(SYL_B)).capitalize()


def area_tree(size: int, seed: int = 7) -> AreaTree:
    """A gemeente GM9999 with 4 kernen, wijken and buurten (more of them for bigger catalogs)."""
    rng = random.Random(seed)
    nodes = [AreaNode("GM9999", None, "gemeente", "Synthetica")]
    kernen = ["Synthetica", "Dorst", "Den Hout", "Oosteind"]
    n_wijken = max(8, min(99, size // 1000 + 8))
    for _k, kern in enumerate(kernen):
        nodes.append(AreaNode(f"KN9999_{kern.upper().replace(' ', '_')}", "GM9999", "kern", kern))
    for w in range(n_wijken):
        kern = kernen[0] if w % 3 else kernen[(w // 3) % 4]
        code = f"WK9999{w:02d}"
        nodes.append(AreaNode(code, f"KN9999_{kern.upper().replace(' ', '_')}", "wijk", _generated_name(rng)))
        for b in range(8):
            nodes.append(AreaNode(f"BU9999{w:02d}{b:02d}", code, "buurt", _generated_name(rng) + f" {b + 1}"))
    return AreaTree.from_nodes(nodes)


def generate(size: int, seed: int = 42, tree: AreaTree | None = None) -> Iterator[SearchDocument]:
    """Yield ``size`` synthetic services."""
    rng = random.Random(seed)
    tree = tree or area_tree(size)
    buurten = [n for n in tree.nodes.values() if n.kind == "buurt"]
    wijken = [n for n in tree.nodes.values() if n.kind == "wijk"]
    kernen = [n for n in tree.nodes.values() if n.kind == "kern"]
    needs = list(NEED_PROFILES)
    # streets and organisations scale with the catalog, like in a real region
    streets = [
        _generated_name(rng) + rng.choice(["straat", "laan", "weg", "plein", "hof"])
        for _ in range(max(400, size // 10))
    ]
    n_orgs = max(20, size // 25)
    orgs = ORGANISATIONS + [
        f"{rng.choice(['Stichting', 'Vereniging', 'Buurtvereniging', 'Coöperatie'])} {_generated_name(rng)}"
        for _ in range(n_orgs)
    ]
    today = date(2025, 6, 1)
    for i in range(size):
        need = rng.choice(needs)
        activities, sentences, access = NEED_PROFILES[need]
        extra_need = rng.choice(needs) if rng.random() < 0.3 else None
        buurt = rng.choice(buurten)
        place = rng.choice(PLACE_NAMES) if rng.random() < 0.5 else _generated_name(rng)
        name = f"{rng.choice(activities)} {place}"
        if rng.random() < 0.2:
            name += f" {tree.name(buurt.parent_code or '')}"
        desc_parts = rng.sample(sentences, k=min(len(sentences), rng.randint(1, 3)))
        desc_parts += rng.sample(GENERIC_SENTENCES, k=rng.randint(1, 3))
        if extra_need:
            desc_parts.append(rng.choice(NEED_PROFILES[extra_need][1]))
        extras = rng.sample(EXTRA_WORDS, k=3)
        desc_parts.append(f"Ook {extras[0]}, {extras[1]} en {extras[2]} in {_generated_name(rng)}.")
        surname = rng.choice(SURNAMES) if rng.random() < 0.5 else f"van {_generated_name(rng)}"
        desc_parts.append(f"Contactpersoon: {surname}, {rng.choice(streets)} {rng.randint(1, 200)}.")
        if rng.random() < 0.15:
            access = rng.choice(["sociale_basis", "brede_voorziening", "vrij_toegankelijk", "niet_vrij_toegankelijk"])
        lat = CENTER[0] + rng.uniform(-0.06, 0.06)
        lon = CENTER[1] + rng.uniform(-0.09, 0.09)
        n_slots = rng.choice([0, 1, 2, 3, 5])
        slots = tuple(
            OpeningInterval(
                weekday=d,
                opens=time(rng.choice([9, 10, 13, 19]), rng.choice([0, 30])),
                closes=time(rng.choice([12, 16, 17, 22]), 0),
            )
            for d in sorted(rng.sample(range(7), n_slots))
        )
        served: tuple[str, ...] = ()
        r = rng.random()
        if r < 0.15:
            served = ("GM9999",)
        elif r < 0.3:
            served = (rng.choice(kernen).code,)
        elif r < 0.5:
            served = (rng.choice(wijken).code,)
        yield SearchDocument(
            id=f"svc-{seed}-{i:06d}",
            name=name,
            alternate_name="",
            organization_name=rng.choice(orgs),
            description=" ".join(desc_parts),
            need_codes=(need,) + ((extra_need,) if extra_need and extra_need != need else ()),
            target_groups=tuple(rng.sample(TARGET_GROUPS, k=rng.randint(1, 2))),
            access_type=access,  # type: ignore[arg-type]
            free_of_charge=rng.choice([True, True, False, None]),
            languages=("nl", *tuple(rng.sample(LANGUAGES[1:], k=rng.choice([0, 0, 1, 2])))),
            accessibility=("rolstoeltoegankelijk",) if rng.random() < 0.4 else (),
            entry_kind=rng.choice(ENTRY_KINDS),
            provider_kind=rng.choice(PROVIDER_KINDS),
            location_names=(place,),
            points=((lat, lon),),
            postal_codes=(f"{4900 + rng.randint(0, 20)} {rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}",),
            area_codes=(buurt.code,),
            served_area_codes=served,
            opening=slots,
            last_verified=today - timedelta(days=rng.randint(0, 1500)) if rng.random() < 0.9 else None,
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--show", type=int, default=3)
    args = ap.parse_args()
    docs = list(generate(args.size, args.seed))
    for d in docs[: args.show]:
        print(d.name, "|", d.organization_name, "|", d.need_codes, "|", d.description)
    print(f"{len(docs)} documents")


if __name__ == "__main__":
    main()
