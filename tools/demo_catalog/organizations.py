"""Organisations of the demo catalog.

The names of the welfare partners come from the Oosterhout policy documents (seed_welzijn.md §2.14, seed_visie.md
§2.5); every description, address, phone number and e-mail address is invented for the demo.
"""

from __future__ import annotations

from .model import Org

ORGS = [
    Org(
        "gemeente",
        "Gemeente Oosterhout",
        "De gemeente is verantwoordelijk voor zorg, welzijn, jeugd, werk en inkomen. Het sociaal wijkteam is de "
        "toegang tot maatwerk en jeugdhulp.",
        legal_status="Gemeente",
    ),
    Org(
        "swt",
        "Sociaal Wijkteam Oosterhout",
        "Het sociaal wijkteam van de gemeente beslist over niet vrij toegankelijke hulp: Wmo-maatwerk en jeugdhulp. "
        "Inwoners en professionals kunnen hier een vraag aanmelden.",
        alt="SWT",
        parent="gemeente",
    ),
    Org(
        "surplus",
        "Surplus Welzijn",
        "Welzijnsorganisatie in Oosterhout: maatschappelijk werk, jongerenwerk, ouderenwerk, mantelzorgondersteuning, "
        "vrijwilligerswerk en de activiteitencentra.",
        alt="Surplus",
        legal_status="Stichting",
    ),
    Org(
        "mee",
        "MEE Plus",
        "Vrij toegankelijke ondersteuning voor mensen met een beperking en hun omgeving, en onafhankelijke "
        "cliëntondersteuning.",
        alt="MEE",
        legal_status="Stichting",
    ),
    Org(
        "indigo",
        "Indigo",
        "Preventie en lichte hulp bij psychische klachten: cursussen, groepen en advies.",
        legal_status="Stichting",
    ),
    Org(
        "veiligthuis",
        "Veilig Thuis",
        "Advies- en meldpunt bij huiselijk geweld en kindermishandeling, voor slachtoffers, omstanders en "
        "professionals.",
    ),
    Org(
        "ggd",
        "GGD",
        "Publieke gezondheid: jeugdgezondheidszorg en consultatiebureau, opvoedadvies en het meldpunt zorg en "
        "overlast.",
    ),
    Org(
        "theek5",
        "Bibliotheek Theek 5",
        "De bibliotheek van Oosterhout, met Taalhuis, lees- en mediacoaches en het Informatiepunt Digitale Overheid.",
        alt="Theek 5",
        legal_status="Stichting",
    ),
    Org(
        "moove",
        "MOOVE Oosterhout",
        "Sport en bewegen in Oosterhout: buurtsportcoaches, beweegaanbod in de wijk en aangepast sporten.",
        alt="MOOVE",
        legal_status="Stichting",
    ),
    Org(
        "h19",
        "h19 Centrum voor de Kunsten",
        "Cursussen en activiteiten in muziek, dans, theater en beeldende kunst, en de cultuurcoaches van De Brede "
        "Buurt.",
        alt="h19",
        legal_status="Stichting",
    ),
    Org(
        "thuisvester",
        "Thuisvester",
        "Woningcorporatie in Oosterhout. Woonconsulenten helpen huurders bij huurachterstand, overlast en wonen.",
        legal_status="Stichting",
    ),
    Org(
        "voedselbank",
        "Voedselbank Oosterhout",
        "Vrijwilligers delen wekelijks voedselpakketten uit aan huishoudens die tijdelijk te weinig geld hebben.",
        legal_status="Stichting",
    ),
    Org(
        "kledingbank",
        "Kledingbank Oosterhout",
        "Gratis kleding voor volwassenen en kinderen in huishoudens met een laag inkomen.",
        legal_status="Stichting",
    ),
    Org(
        "humanitas",
        "Humanitas Oosterhout",
        "Vrijwilligers van Humanitas helpen thuis met de administratie en bieden maatjes en rouwgroepen.",
        alt="Humanitas",
        legal_status="Vereniging",
    ),
    Org(
        "shm",
        "SchuldHulpMaatje Oosterhout",
        "Getrainde vrijwilligers die inwoners met geldzorgen begeleiden, naast of voor de schuldhulpverlening.",
        legal_status="Stichting",
    ),
    Org(
        "oosterhoutvoorelkaar",
        "oosterhoutvoorelkaar.nl",
        "Het digitale platform van Oosterhout waar vraag en aanbod van vrijwillige hulp elkaar vinden.",
        alt="Oosterhout voor elkaar",
        email="platform",
    ),
    Org(
        "vluchtelingenwerk",
        "VluchtelingenWerk Oosterhout",
        "Maatschappelijke begeleiding en wegwijs voor statushouders en nieuwkomers.",
        legal_status="Vereniging",
    ),
    Org(
        "alzheimer",
        "Alzheimer Café Oosterhout",
        "Vrijwilligers organiseren maandelijks een avond over leven met dementie.",
        website=False,
    ),
    Org(
        "repaircafe",
        "Repair Café Oosterhout",
        "Vrijwillige reparateurs die samen met bezoekers kapotte spullen maken.",
        legal_status="Stichting",
    ),
    Org(
        "belangen-oosteind",
        "Vereniging Belangen Oosteind",
        "Dorpsvereniging van Oosteind. Beheert dorpshuis Oostquartier.",
        legal_status="Vereniging",
    ),
    Org(
        "stichting-klip",
        "Stichting Dorpshuis De Klip",
        "Stichting die dorpshuis De Klip in Dorst beheert, met vrijwilligers uit het dorp.",
        legal_status="Stichting",
    ),
    Org(
        "stichting-brink",
        "Stichting Dorpshuis Den Brink",
        "Stichting die dorpshuis Den Brink in Den Hout beheert.",
        legal_status="Stichting",
    ),
    Org(
        "kbo",
        "Seniorenvereniging Oosterhout (demo)",
        "Vereniging van en voor senioren, met afdelingen in de kerkdorpen en vrijwillige ouderenadviseurs.",
        legal_status="Vereniging",
    ),
    Org(
        "leergeld",
        "Stichting Leergeld Oosterhout",
        "Helpt kinderen uit gezinnen met weinig geld mee te doen: school, sport, cultuur en een fiets.",
        legal_status="Stichting",
    ),
    Org(
        "jeugdfonds",
        "Jeugdfonds Sport & Cultuur Oosterhout",
        "Betaalt de contributie of het lesgeld voor kinderen uit gezinnen met een laag inkomen.",
        legal_status="Stichting",
    ),
    Org(
        "gezondheidscentrum",
        "Gezondheidscentrum Vrachelen (demo)",
        "Huisartsen, praktijkondersteuners, fysiotherapie en wijkverpleging onder één dak.",
    ),
    Org(
        "thuiszorg",
        "Thuiszorg Oosterhout (demo)",
        "Wijkverpleging, casemanagement dementie en hulp bij het huishouden.",
    ),
    Org(
        "verslavingszorg",
        "Verslavingszorg regio Breda (demo)",
        "Advies, behandeling en zelfhulp bij alcohol, drugs, gokken en gamen.",
    ),
    Org(
        "ggz-crisis",
        "GGZ-crisisdienst regio Breda (demo)",
        "Hulp bij een acute psychische crisis, bereikbaar via huisarts of huisartsenpost.",
    ),
    Org(
        "vrouwenopvang",
        "Vrouwenopvang regio Breda (demo)",
        "Veilige opvang en begeleiding bij huiselijk geweld, voor vrouwen, mannen en kinderen.",
    ),
    Org(
        "opvang",
        "Maatschappelijke opvang regio Breda (demo)",
        "Nachtopvang en begeleiding voor mensen zonder woning.",
    ),
    Org(
        "rechtswinkel",
        "Rechtswinkel Oosterhout (demo)",
        "Gratis juridisch advies door vrijwillige juristen en rechtenstudenten.",
        legal_status="Stichting",
    ),
    Org(
        "politie",
        "Wijkagenten Oosterhout (demo)",
        "De wijkagent is het aanspreekpunt van de politie in de wijk.",
    ),
    Org(
        "kringloop",
        "Kringloopwerkplaats Oosterhout (demo)",
        "Kringloopwinkel en werkplaats met werkervaringsplekken.",
        legal_status="Stichting",
    ),
    Org(
        "cochonnet",
        "Jeu de boulesvereniging le Cochonnet",
        "Jeu de boulesclub voor jong en oud, ook voor beginners.",
        legal_status="Vereniging",
    ),
    Org(
        "bewoners",
        "Bewonersinitiatieven Oosterhout (demo)",
        "Verzamelnaam voor groepen bewoners die zelf iets organiseren in hun buurt of dorp, ondersteund door een "
        "wijkmakelaar.",
        website=False,
    ),
]
