"""Golden set for search quality: queries as users type them, with the demo services a welzijnswerker would expect
(best first). Written from domain knowledge and the demo catalog, not from any synonym list.

kinds: lay (a resident's words), professional (frontoffice shorthand), typo, name (a place or organisation),
prefix (3-5 letters typed so far), multi (several needs in one sentence). Queries that name an area carry the note
"area". The generator writes benchmarks/data/golden_queries.jsonl with service ids (uuid5 of the slug).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .model import demo_id

KINDS = ("lay", "professional", "typo", "name", "prefix", "multi")
MIN_QUERIES = 170
MIN_PER_KIND = 25
AREA = "area in the query"

Q = tuple[str, str, list[str], str | None]

QUERIES: list[Q] = [
    # --- lay: a resident's words at the kitchen table --------------------------------------------------------------
    (
        "ik kan de rekeningen niet betalen",
        "lay",
        ["geldzorgen-inloop", "schuldhulpmaatje", "budgetcoach", "schuldhulp-gemeente", "humanitas-ta"],
        None,
    ),
    (
        "ik zit de hele dag alleen",
        "lay",
        ["huiskamer-dommelbergen", "bezoekdienst", "buddyzorg", "pastorie-inloop", "telefooncirkel", "welzijnscoach"],
        None,
    ),
    ("ruzie met de buren", "lay", ["buurtbemiddeling", "woonconsulent", "wijkagent"], None),
    ("mijn buurman maakt elke nacht herrie", "lay", ["buurtbemiddeling", "meldpunt-overlast", "wijkagent"], None),
    (
        "iemand die mij naar het ziekenhuis kan rijden",
        "lay",
        ["vrijwillige-chauffeurs", "rolstoelbus", "wmo-vervoer"],
        None,
    ),
    (
        "ik snap de brieven van de belasting niet",
        "lay",
        ["sociaal-raadslieden", "ido", "belastinghulp", "praktische-hulp", "humanitas-ta"],
        None,
    ),
    ("wie helpt mij met mijn tuin", "lay", ["tuinhulp", "klussendienst"], None),
    (
        "mijn moeder vergeet steeds meer",
        "lay",
        ["geheugenspreekuur", "alzheimer-cafe", "casemanager-dementie", "respijt-thuis"],
        None,
    ),
    (
        "ik wil beter nederlands praten",
        "lay",
        ["taalcafe-theek5", "taalmaatje", "taalcafe-bunthoef", "taalhuis", "taalles-vrouwen"],
        None,
    ),
    ("geen geld voor eten", "lay", ["voedselbank", "geldzorgen-inloop", "weggeefwinkel"], None),
    ("kleren voor mijn kinderen", "lay", ["kledingbank", "weggeefwinkel"], None),
    ("mijn man slaat mij", "lay", ["veilig-thuis", "hg-begeleiding", "vrouwenopvang"], None),
    (
        "ik voel me de laatste tijd zo somber",
        "lay",
        ["amw-pastorie", "indigo-somber", "indigo-cursus", "welzijnscoach", "poh-ggz"],
        None,
    ),
    ("mijn kind wil niet naar bed", "lay", ["opvoedspreekuur", "triple-p", "consultatiebureau"], None),
    ("ik krijg de lamp niet opgehangen", "lay", ["klussendienst", "klusbus-thuisvester"], None),
    ("mijn broodrooster is kapot", "lay", ["repaircafe"], None),
    ("ik drink te veel", "lay", ["verslaving-inloop", "zelfhulp-alcohol"], None),
    ("mijn vrouw is overleden", "lay", ["rouwgroep", "rouwwandeling", "bezoekdienst"], None),
    (
        "mijn dochter van drie praat nog bijna niet",
        "lay",
        ["ontwikkeling-spreekuur", "vroeghulp", "consultatiebureau"],
        None,
    ),
    ("ik heb geen dak boven mijn hoofd", "lay", ["daklozenopvang", "amw", "bemoeizorg"], None),
    ("hulp met de computer", "lay", ["digicafe", "ido", "digisterker", "taalhuis"], None),
    (
        "ik wil iets doen voor een ander",
        "lay",
        ["vrijwilligerspunt", "oosterhoutvoorelkaar", "vrijwilligerstour"],
        None,
    ),
    ("ik kan niet goed lezen en schrijven", "lay", ["taalhuis", "taalmaatje", "digisterker"], None),
    (
        "ik ben achter met de huur",
        "lay",
        ["woonconsulent", "geldzorgen-inloop", "vroegsignalering", "schuldhulp-gemeente"],
        None,
    ),
    ("iemand om mee te wandelen", "lay", ["samen-op-pad", "buddyzorg", "beweegsaam"], None),
    (
        "samen eten met anderen",
        "lay",
        ["samen-eten-bunthoef", "dorpstafel-dorst", "kookclub-kanaleneiland", "koken-voor-mannen"],
        None,
    ),
    ("hoe kom ik aan een scootmobiel", "lay", ["wmo-hulpmiddelen", "uitleenpunt", "scootmobielcursus"], None),
    ("mijn buurvrouw is in de war en verwaarloost zich", "lay", ["meldpunt-zorg-overlast", "bemoeizorg"], None),
    ("hulp bij huiswerk voor mijn zoon", "lay", ["huiswerkbegeleiding"], None),
    ("we gaan scheiden, hoe moet dat met de kinderen", "lay", ["scheiding", "kies", "amw"], None),
    ("kan niet meer koken sinds mijn operatie", "lay", ["maaltijdservice", "samen-eten-bunthoef"], None),
    ("koffie ochtend oosteind", "lay", ["koffie-oosteind", "oostquartier", "oosteind-helpt"], AREA),
    ("samen eten in dorst", "lay", ["dorpstafel-dorst", "klip"], AREA),
    ("hulp met mijn telefoon in den hout", "lay", ["digitaal-denhout", "denhout-voor-elkaar"], AREA),
    # --- professional: frontoffice shorthand -----------------------------------------------------------------------
    ("amw", "professional", ["amw", "amw-pastorie", "amw-dorst", "amw-kerkdorpen"], None),
    (
        "schuldhulpverlening",
        "professional",
        ["schuldhulp-gemeente", "schuldhulpmaatje", "budgetcoach", "geldzaken-dorst"],
        None,
    ),
    ("ocm", "professional", ["ocm-surplus", "mee-ocm"], "onafhankelijke cliëntondersteuning"),
    ("onafhankelijke clientondersteuning", "professional", ["ocm-surplus", "mee-ocm"], None),
    (
        "keukentafelgesprek voorbereiden",
        "professional",
        ["ocm-surplus", "mee-ocm", "ouderenadviseur-dorst", "mantelzorgmakelaar"],
        None,
    ),
    ("wmo huishoudelijke hulp", "professional", ["huishoudelijke-hulp", "swt-toegang"], None),
    ("respijtzorg", "professional", ["respijt-thuis", "ontmoetingscentrum-dementie", "mantelzorgconsulent"], None),
    ("bemoeizorg", "professional", ["bemoeizorg", "meldpunt-zorg-overlast"], None),
    ("oggz melding", "professional", ["meldpunt-zorg-overlast", "bemoeizorg"], None),
    ("jeugdhulp toegang", "professional", ["jeugdhulp-swt", "swt-toegang", "jeugd-ggz"], None),
    ("poh ggz", "professional", ["poh-ggz"], None),
    ("welzijn op recept", "professional", ["welzijn-op-recept", "welzijnscoach"], None),
    ("laaggeletterdheid", "professional", ["taalhuis", "taalmaatje", "voorleesexpress", "digisterker"], None),
    (
        "begeleiding statushouders",
        "professional",
        ["vluchtelingenwerk", "participatiecoach", "wegwijsmaatje", "sleutelpersonen"],
        None,
    ),
    ("vroeghulp", "professional", ["vroeghulp", "ontwikkeling-spreekuur"], None),
    ("nah lotgenoten", "professional", ["nah-groep", "mee-consulent"], None),
    ("lvb ondersteuning", "professional", ["mee-consulent", "ambulante-begeleiding"], None),
    (
        "vrij toegankelijke dagbesteding",
        "professional",
        ["dagbesteding-floralia", "herstelinloop", "floralia", "kringloop-werkplaats"],
        None,
    ),
    (
        "mantelzorgondersteuning",
        "professional",
        ["mantelzorgconsulent", "mantelzorgcafe", "mantelzorg-avond", "mantelzorgmakelaar", "mantelzorg-eigen-taal"],
        None,
    ),
    ("budgetcoaching", "professional", ["budgetcoach", "schuldhulpmaatje"], None),
    ("huiselijk geweld melden", "professional", ["veilig-thuis", "hg-begeleiding"], None),
    ("collectief vervoer", "professional", ["wmo-vervoer", "vrijwillige-chauffeurs"], None),
    ("bijzondere bijstand", "professional", ["minimaregelingen", "sociaal-raadslieden"], None),
    ("kwijtschelding gemeentebelastingen", "professional", ["minimaregelingen", "sociaal-raadslieden"], None),
    ("casemanager dementie", "professional", ["casemanager-dementie"], None),
    ("jonge mantelzorgers", "professional", ["jonge-mantelzorgers", "kopp-jongeren"], None),
    ("mdt", "professional", ["mdt"], "maatschappelijke diensttijd"),
    ("ambulant jongerenwerk", "professional", ["straatwerk", "jw-centrum"], None),
    ("netwerkberaad", "professional", ["hg-begeleiding"], None),
    ("digid hulp", "professional", ["ido", "digicafe", "digisterker"], None),
    ("ouderenadviseur", "professional", ["ouderenadviseur-dorst", "geheugenspreekuur"], None),
    ("minimaregelingen", "professional", ["minimaregelingen", "leergeld", "jeugdfonds"], None),
    ("wijkverpleging", "professional", ["wijkverpleging"], None),
    ("schuldhulp dorst", "professional", ["geldzaken-dorst", "schuldhulpmaatje", "schuldhulp-gemeente"], AREA),
    ("jongerenwerk oosterheide", "professional", ["jw-oosterheide"], AREA),
    ("mw spreekuur den hout", "professional", ["amw-kerkdorpen"], AREA),
    ("beweegaanbod ouderen dorst", "professional", ["beweegsaam", "walking-football-dorst"], AREA),
    ("consultatiebureau dorst", "professional", ["consultatiebureau-dorst"], AREA),
    ("jongeren vrachelen", "professional", ["jw-west-vrachelen"], AREA),
    # --- name: places and organisations ----------------------------------------------------------------------------
    ("De Slotjes", "name", ["ac-slotjes"], None),
    ("Dommelbergen", "name", ["ac-dommelbergen", "huiskamer-dommelbergen", "jw-dommelbergen"], None),
    ("De Bunthoef", "name", ["ac-bunthoef"], None),
    ("De Klip", "name", ["klip"], None),
    ("Den Brink", "name", ["brink"], None),
    ("Oostquartier", "name", ["oostquartier"], None),
    ("Floralia", "name", ["floralia", "herstelinloop", "dagbesteding-floralia"], None),
    ("De Pastorie", "name", ["pastorie-inloop", "amw-pastorie", "geldzorgen-inloop"], None),
    ("MEE Plus", "name", ["mee-consulent", "mee-ocm", "vroeghulp"], None),
    ("Indigo", "name", ["indigo-somber", "indigo-cursus", "kopp-groep", "training-naasten"], None),
    ("Veilig Thuis", "name", ["veilig-thuis"], None),
    ("GGD", "name", ["opvoedspreekuur", "consultatiebureau", "meldpunt-zorg-overlast"], None),
    ("Theek 5", "name", ["theek5", "taalhuis", "taalcafe-theek5", "ido"], None),
    ("MOOVE", "name", ["buurtsportcoach", "beweegsaam", "aangepast-sporten"], None),
    ("h19", "name", ["h19-cursussen", "cultuurcoach"], None),
    ("Thuisvester", "name", ["woonconsulent", "klusbus-thuisvester"], None),
    ("Koken voor Mannen", "name", ["koken-voor-mannen"], None),
    ("BeweegSaam", "name", ["beweegsaam"], None),
    ("KOPP-groep", "name", ["kopp-groep", "kopp-jongeren"], None),
    ("oosterhoutvoorelkaar.nl", "name", ["oosterhoutvoorelkaar"], None),
    ("Alzheimer Café", "name", ["alzheimer-cafe"], None),
    ("taalcafé", "name", ["taalcafe-theek5", "taalcafe-bunthoef", "taalcafe-dorst"], None),
    ("voedselbank", "name", ["voedselbank"], None),
    ("kledingbank", "name", ["kledingbank"], None),
    ("Humanitas", "name", ["humanitas-ta", "rouwgroep"], None),
    ("SchuldHulpMaatje", "name", ["schuldhulpmaatje"], None),
    ("Repair Café", "name", ["repaircafe", "repaircafe-oosteind"], "the one in Oosteind is temporarily closed"),
    ("Sociaal Wijkteam", "name", ["swt-toegang", "jeugdhulp-swt"], None),
    ("le Cochonnet", "name", ["le-cochonnet"], None),
    ("VoorleesExpress", "name", ["voorleesexpress"], None),
    ("Stichting Leergeld", "name", ["leergeld"], None),
    ("Jeugdfonds Sport en Cultuur", "name", ["jeugdfonds"], None),
    ("VluchtelingenWerk", "name", ["vluchtelingenwerk", "wegwijsmaatje"], None),
    ("sociaal raadslieden", "name", ["sociaal-raadslieden"], None),
    ("Surplus maatschappelijk werk", "name", ["amw", "amw-pastorie", "amw-dorst", "amw-kerkdorpen"], None),
    # --- typo ----------------------------------------------------------------------------------------------------
    ("schuldhulpverlenig", "typo", ["schuldhulp-gemeente", "schuldhulpmaatje", "budgetcoach"], None),
    ("mantelzrog", "typo", ["mantelzorgconsulent", "mantelzorgcafe", "respijt-thuis"], None),
    ("maatschapelijk werk", "typo", ["amw", "amw-pastorie", "amw-dorst", "amw-kerkdorpen"], None),
    ("voedselbnak", "typo", ["voedselbank"], None),
    ("taalkafee", "typo", ["taalcafe-theek5", "taalcafe-bunthoef", "taalcafe-dorst"], None),
    ("alzheimer kafe", "typo", ["alzheimer-cafe"], None),
    (
        "dementei",
        "typo",
        ["alzheimer-cafe", "ontmoetingscentrum-dementie", "casemanager-dementie", "geheugenspreekuur"],
        None,
    ),
    ("buurtbemidelling", "typo", ["buurtbemiddeling", "buurtbemiddeling-jong"], None),
    ("klusendienst", "typo", ["klussendienst"], None),
    ("vrijwiliger worden", "typo", ["vrijwilligerspunt", "oosterhoutvoorelkaar"], None),
    ("huiselijk gewelt", "typo", ["veilig-thuis", "hg-begeleiding"], None),
    ("inburgerings cursus", "typo", ["inburgering", "taalles-vrouwen"], None),
    ("eenzaamhijd", "typo", ["buddyzorg", "bezoekdienst", "welzijnscoach", "huiskamer-dommelbergen"], None),
    ("jongerewerk", "typo", ["jw-centrum", "jw-oosterheide", "jw-dommelbergen", "straatwerk"], None),
    ("kledingbak", "typo", ["kledingbank"], None),
    ("rolstoel bus", "typo", ["rolstoelbus"], None),
    ("thuisadminstratie", "typo", ["humanitas-ta", "geldzaken-dorst", "praktische-hulp", "budgetcoach"], None),
    ("veilig thuus", "typo", ["veilig-thuis"], None),
    ("dagbsteding", "typo", ["dagbesteding-floralia", "dagbesteding-indicatie"], None),
    ("rouwverwerkng", "typo", ["rouwgroep", "rouwwandeling", "rouw-kinderen"], None),
    ("verslavng", "typo", ["verslaving-inloop", "zelfhulp-alcohol"], None),
    ("depresie", "typo", ["indigo-somber", "amw-pastorie", "poh-ggz"], None),
    ("voorlees express", "typo", ["voorleesexpress"], None),
    ("wijkagnet", "typo", ["wijkagent"], None),
    ("burenhulp oostijnd", "typo", ["oosteind-helpt", "dorpsauto-oosteind"], AREA),
    ("koken voor manen", "typo", ["koken-voor-mannen"], None),
    ("bewegsaam", "typo", ["beweegsaam"], None),
    ("domelbergen", "typo", ["ac-dommelbergen", "huiskamer-dommelbergen", "jw-dommelbergen"], None),
    ("scootmobil", "typo", ["wmo-hulpmiddelen", "scootmobielcursus", "uitleenpunt"], None),
    ("opvoed hulp", "typo", ["opvoedspreekuur", "triple-p"], None),
    ("consultatiebuero", "typo", ["consultatiebureau", "consultatiebureau-dorst"], None),
    ("schuldhulpmatje", "typo", ["schuldhulpmaatje"], None),
    # --- prefix: the first letters typed so far --------------------------------------------------------------------
    ("schu", "prefix", ["schuldhulp-gemeente", "schuldhulpmaatje", "budgetcoach", "geldzorgen-inloop"], None),
    (
        "mant",
        "prefix",
        ["mantelzorgconsulent", "mantelzorgcafe", "mantelzorgmakelaar", "mantelzorg-avond", "respijt-thuis"],
        None,
    ),
    ("taalc", "prefix", ["taalcafe-theek5", "taalcafe-bunthoef", "taalcafe-dorst"], None),
    ("vrijw", "prefix", ["vrijwilligerspunt", "oosterhoutvoorelkaar", "vrijwillige-chauffeurs"], None),
    (
        "demen",
        "prefix",
        ["alzheimer-cafe", "ontmoetingscentrum-dementie", "casemanager-dementie", "training-dementie"],
        None,
    ),
    ("bemid", "prefix", ["buurtbemiddeling", "buurtbemiddeling-jong"], None),
    (
        "jong",
        "prefix",
        ["jw-centrum", "jw-oosterheide", "jw-dommelbergen", "straatwerk", "jongerenbuddy", "jonge-mantelzorgers"],
        None,
    ),
    ("klus", "prefix", ["klussendienst", "klusbus-thuisvester", "klusploeg-dorst"], None),
    ("voeds", "prefix", ["voedselbank"], None),
    ("kled", "prefix", ["kledingbank", "weggeefwinkel"], None),
    ("opvoe", "prefix", ["opvoedspreekuur", "triple-p", "opvoeden-twee-culturen", "pubers"], None),
    ("vervo", "prefix", ["vrijwillige-chauffeurs", "wmo-vervoer", "boodschappenbus", "rolstoelbus"], None),
    ("digi", "prefix", ["digicafe", "digisterker", "ido", "digitaal-denhout"], None),
    ("inbur", "prefix", ["inburgering"], None),
    ("rouw", "prefix", ["rouwgroep", "rouwwandeling", "rouw-kinderen"], None),
    ("versl", "prefix", ["verslaving-inloop", "zelfhulp-alcohol"], None),
    ("budg", "prefix", ["budgetcoach"], None),
    ("alzh", "prefix", ["alzheimer-cafe"], None),
    ("kopp", "prefix", ["kopp-groep", "kopp-jongeren"], None),
    ("huisw", "prefix", ["huiswerkbegeleiding"], None),
    ("dagb", "prefix", ["dagbesteding-floralia", "dagbesteding-indicatie", "herstelinloop"], None),
    (
        "wmo",
        "prefix",
        ["swt-toegang", "huishoudelijke-hulp", "wmo-hulpmiddelen", "wmo-vervoer", "ambulante-begeleiding"],
        None,
    ),
    ("slotj", "prefix", ["ac-slotjes"], None),
    ("bunth", "prefix", ["ac-bunthoef"], None),
    ("oostq", "prefix", ["oostquartier"], None),
    ("flora", "prefix", ["floralia", "herstelinloop", "dagbesteding-floralia"], None),
    ("scoot", "prefix", ["wmo-hulpmiddelen", "scootmobielcursus"], None),
    ("leerp", "prefix", ["leerplicht"], None),
    ("buddy", "prefix", ["buddyzorg", "jongerenbuddy"], None),
    ("taalm", "prefix", ["taalmaatje"], None),
    ("huish", "prefix", ["huishoudelijke-hulp"], None),
    ("eenza", "prefix", ["buddyzorg", "bezoekdienst", "welzijnscoach", "huiskamer-dommelbergen"], None),
    # --- multi: several needs in one sentence ----------------------------------------------------------------------
    (
        "mijn moeder is dement en ik ben op",
        "multi",
        [
            "respijt-thuis",
            "mantelzorgconsulent",
            "alzheimer-cafe",
            "ontmoetingscentrum-dementie",
            "training-dementie",
            "casemanager-dementie",
        ],
        None,
    ),
    (
        "schulden en ik spreek weinig nederlands",
        "multi",
        ["geldzorgen-inloop", "formulieren-eigen-taal", "schuldhulpmaatje", "taalmaatje"],
        None,
    ),
    (
        "eenzaam en slecht ter been",
        "multi",
        ["bezoekdienst", "telefooncirkel", "vrijwillige-chauffeurs", "maaltijdservice"],
        None,
    ),
    (
        "alleenstaande moeder met schulden en een puber die spijbelt",
        "multi",
        ["geldzorgen-inloop", "schuldhulpmaatje", "jmw-school", "leerplicht", "amw"],
        None,
    ),
    (
        "statushouder zoekt werk en wil de taal leren",
        "multi",
        ["participatiecoach", "taalcafe-theek5", "taalles-vrouwen", "inburgering", "werk-inkomen"],
        None,
    ),
    (
        "man alleen na overlijden vrouw en kan niet koken",
        "multi",
        ["koken-voor-mannen", "rouwgroep", "samen-eten-bunthoef", "maaltijdservice"],
        None,
    ),
    (
        "vader naar het ziekenhuis brengen maar ik werk fulltime",
        "multi",
        ["vrijwillige-chauffeurs", "mantelzorg-avond", "mantelzorgconsulent", "respijt-thuis"],
        None,
    ),
    (
        "ruzie met de buren over de tuin en ik kan het onderhoud niet aan",
        "multi",
        ["buurtbemiddeling", "tuinhulp"],
        None,
    ),
    ("kind met autisme en wij als ouders lopen vast", "multi", ["mee-consulent", "autismecafe", "jeugdhulp-swt"], None),
    (
        "depressief en schulden",
        "multi",
        ["amw", "geldzorgen-inloop", "schuldhulpmaatje", "indigo-somber", "poh-ggz"],
        None,
    ),
    (
        "mijn moeder drinkt en ik zorg voor mijn broertje",
        "multi",
        ["kopp-jongeren", "jonge-mantelzorgers", "kopp-groep"],
        None,
    ),
    (
        "vergeetachtig en woont alleen in Dorst",
        "multi",
        ["geheugenspreekuur", "koffie-dorst", "ouderenadviseur-dorst", "boodschappenbus"],
        AREA,
    ),
    (
        "geen werk, geen geld en veel stress",
        "multi",
        ["werk-inkomen", "geldzorgen-inloop", "amw", "indigo-cursus", "minimaregelingen"],
        None,
    ),
    (
        "nieuw in oosterhout, syrisch gezin, kinderen op school",
        "multi",
        ["vluchtelingenwerk", "sleutelpersonen", "opvoeden-twee-culturen", "huiswerkbegeleiding", "wegwijsmaatje"],
        None,
    ),
    (
        "zit in een rolstoel en wil graag sporten",
        "multi",
        ["aangepast-sporten", "buurtsportcoach", "rolstoelbus"],
        None,
    ),
    (
        "de brieven stapelen zich op en ik durf ze niet open te maken",
        "multi",
        ["humanitas-ta", "geldzorgen-inloop", "budgetcoach", "schuldhulpmaatje"],
        None,
    ),
    ("mijn zoon hangt op straat en geeft overlast", "multi", ["straatwerk", "jw-centrum", "pubers"], None),
    ("scheiding, huis kwijt en twee kinderen", "multi", ["scheiding", "amw", "woonconsulent", "kies"], None),
    (
        "man met dementie wordt boos, hoe ga ik daarmee om",
        "multi",
        ["training-dementie", "alzheimer-cafe", "mantelzorgconsulent"],
        None,
    ),
    (
        "eenzaam en wil iets zinvols doen",
        "multi",
        ["vrijwilligerspunt", "oosterhoutvoorelkaar", "welzijnscoach", "kringloop-werkplaats"],
        None,
    ),
    ("digid kwijt en toeslag aanvragen", "multi", ["ido", "belastinghulp", "sociaal-raadslieden"], None),
    ("laag inkomen en mijn kinderen willen op voetbal", "multi", ["jeugdfonds", "leergeld", "minimaregelingen"], None),
    (
        "psychische problemen en weinig om handen",
        "multi",
        ["herstelinloop", "dagbesteding-floralia", "welzijnscoach", "kringloop-werkplaats"],
        None,
    ),
    (
        "buurman woont vervuild en drinkt veel",
        "multi",
        ["meldpunt-zorg-overlast", "bemoeizorg", "verslaving-inloop"],
        None,
    ),
    (
        "oudere in den hout zonder auto moet naar de dokter",
        "multi",
        ["denhout-voor-elkaar", "vrijwillige-chauffeurs", "boodschappenbus"],
        AREA,
    ),
    ("oosteind klusje en vervoer", "multi", ["dorpsauto-oosteind", "oosteind-helpt", "klussendienst"], AREA),
    ("baby huilt veel en ik ben uitgeput", "multi", ["consultatiebureau", "opvoedspreekuur", "mamacafe-denhout"], None),
    (
        "moeder met kleine kinderen wil nederlands leren",
        "multi",
        ["taalcafe-bunthoef", "taalles-vrouwen", "voorleesexpress"],
        None,
    ),
    ("dakloos en verslaafd", "multi", ["daklozenopvang", "bemoeizorg", "verslaving-inloop"], None),
    (
        "partner overleden en nu alleen met de administratie",
        "multi",
        ["humanitas-ta", "rouwgroep", "praktische-hulp", "belastinghulp"],
        None,
    ),
]


def write(path: Path, service_ids: set[str]) -> list[str]:
    """Write the golden set as JSON lines; return problems (unknown slugs, too few queries per kind)."""
    errors: list[str] = []
    lines = []
    seen: set[str] = set()
    for query, kind, slugs, note in QUERIES:
        if kind not in KINDS:
            errors.append(f"golden: {query!r}: unknown kind {kind}")
        if not 1 <= len(slugs) <= 6 or len(set(slugs)) != len(slugs):
            errors.append(f"golden: {query!r}: needs 1-6 distinct expected services")
        if query.lower() in seen:
            errors.append(f"golden: duplicate query {query!r}")
        seen.add(query.lower())
        ids = [demo_id("service", s) for s in slugs]
        for slug, sid in zip(slugs, ids, strict=True):
            if sid not in service_ids:
                errors.append(f"golden: {query!r}: unknown service {slug}")
        obj: dict[str, object] = {"query": query, "kind": kind, "expected": ids}
        if note:
            obj["note"] = note
        lines.append(json.dumps(obj, ensure_ascii=False))
    counts = Counter(q[1] for q in QUERIES)
    if len(QUERIES) < MIN_QUERIES:
        errors.append(f"golden: only {len(QUERIES)} queries")
    for kind in KINDS:
        if counts[kind] < MIN_PER_KIND:
            errors.append(f"golden: only {counts[kind]} {kind} queries")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return errors
