"""Regenerates the English UI translation: pyside6-lupdate → fill in ENGLISH below → pyside6-lrelease.

Dutch is the source language (the texts in the code). Run after changing UI texts, and commit the .ts and .qm::

    .venv/bin/python resources/i18n/update_translations.py

A source text without an English entry is reported and left unfinished in the .ts (Qt then shows the Dutch).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "socialekaart_en.ts"
QM = HERE / "socialekaart_en.qm"

ENGLISH: dict[str, str] = {
    # radius around the postcode
    "Afstand tot de postcode": "Distance from the postcode",
    "elke afstand": "any distance",
    "binnen %1 km": "within %1 km",
    "Bij %1, binnen %2 km": "Near %1, within %2 km",
    # catalog opening and errors
    "Catalogus openen…": "Opening catalog…",
    "Zoekindex opbouwen…": "Building search index…",
    "De catalogus %1 kon niet worden geopend: %2.": "The catalog %1 could not be opened: %2.",
    "Sluit het andere programma (of de andere Sociale Kaart) dat dit bestand gebruikt en probeer het opnieuw, "
    "of open een ander bestand.": (
        "Close the other program (or the other Sociale Kaart) that is using this file and try again, or open "
        "another file."
    ),
    "U hebt geen schrijfrechten op dit bestand of de map. Open een ander bestand, of begin met een nieuwe "
    "catalogus in uw eigen map.": (
        "You cannot write to this file or its folder. Open another file, or start a new catalog in your own folder."
    ),
    "Werk Sociale Kaart bij om dit bestand te gebruiken. U kunt ook een ander bestand openen of opnieuw beginnen; "
    "het bestand wordt dan apart bewaard en niet gewist.": (
        "Update Sociale Kaart to use this file. You can also open another file or start again; the file is then "
        "kept aside, not deleted."
    ),
    "Open een ander bestand of begin opnieuw.": "Open another file or start again.",
    "Het bestand is beschadigd of is geen catalogus. Open een ander bestand of begin opnieuw; het beschadigde "
    "bestand wordt apart bewaard en niet gewist.": (
        "The file is damaged or is not a catalog. Open another file or start again; the damaged file is kept "
        "aside, not deleted."
    ),
    "&Opnieuw proberen": "&Try again",
    "&Ander bestand openen…": "&Open another file…",
    "&Leeg beginnen": "&Start empty",
    "&Demo-catalogus herstellen": "&Restore the demo catalog",
    "Af&sluiten": "&Quit",
    "Catalogus niet bruikbaar": "Catalog not usable",
    "Er is geen catalogus gekozen.": "No catalog was chosen.",
    "Catalogus openen": "Open catalog",
    "Catalogus (*.sqlite *.db);;Alle bestanden (*)": "Catalog (*.sqlite *.db);;All files (*)",
    # chips and filters
    "Actieve filters": "Active filters",
    "Filter %1 verwijderen": "Remove filter %1",
    "Filter verwijderen": "Remove filter",
    "Kern:": "Town:",
    "Kernen": "Towns",
    "&Gebied:": "&Area:",
    "Gebied: kern, wijk of buurt": "Area: town, district or neighbourhood",
    "Bij &postcode:": "Near &postcode:",
    "bijv. 4849": "e.g. 4849",
    "In de buurt van postcode": "Near postcode",
    "&Nu open": "Open &now",
    "Alleen wat nu open is": "Only what is open now",
    "G&ratis": "F&ree",
    "Alleen gratis": "Free only",
    "&Doelgroep:": "Target &group:",
    "Doelgroep": "Target group",
    "&Taal:": "&Language:",
    "Taal": "Language",
    "T&oegang:": "A&ccess:",
    "Toegang": "Access",
    "Kern %1": "Town %1",
    "Hele gemeente": "Whole municipality",
    "Alle doelgroepen": "All target groups",
    "Alle talen": "All languages",
    "Elke toegang": "Any access",
    "Bij %1": "Near %1",
    "Nu open": "Open now",
    "Nu gesloten": "Closed now",
    "Taal: %1": "Language: %1",
    # labels of the Dutch profile
    "Sociale basis": "Social network",
    "Brede voorziening": "General facility",
    "Vrij toegankelijk": "Open access",
    "Niet vrij toegankelijk": "Referral needed",
    "Buurt, vereniging of vrijwilligers: iedereen kan meedoen.": (
        "Neighbourhood, club or volunteers: anyone can join."
    ),
    "Voor alle inwoners, zoals bibliotheek, sport en cultuur.": "For all residents, like library, sport and culture.",
    "Zonder indicatie, verwijzing of diagnose.": "No assessment, referral or diagnosis needed.",
    "Alleen met een beschikking of verwijzing.": "Only with a decision (beschikking) or a referral.",
    "Dienst": "Service",
    "Activiteit": "Activity",
    "Voorziening": "Facility",
    "Bewonersinitiatief": "Residents' initiative",
    "Platform": "Platform",
    "Professional": "Professional",
    "Vrijwilligers": "Volunteers",
    "Ervaringsdeskundigen": "Experts by experience",
    "gemeente": "municipality",
    "kern": "town",
    "wijk": "district",
    "buurt": "neighbourhood",
    "maandag": "Monday",
    "dinsdag": "Tuesday",
    "woensdag": "Wednesday",
    "donderdag": "Thursday",
    "vrijdag": "Friday",
    "zaterdag": "Saturday",
    "zondag": "Sunday",
    "%1 m": "%1 m",
    "%1 km": "%1 km",
    # wording of data (ui/labels.py): clock times, phone extensions
    "%1.%2": "%1:%2",
    "%1 toestel %2": "%1 ext. %2",
    "gemeente %1": "municipality of %1",
    # detail pane
    "Kies een resultaat om de details te zien.": "Choose a result to see its details.",
    # the lookup flow (issue 19): choosing, small screens, words and feedback, Help
    "Kies een resultaat om de details te zien (↓ of een klik).": "Choose a result to see its details (↓ or a click).",
    "Genoteerd als niet gevonden: ‘%1’ (anoniem, alleen de woorden)": (
        "Counted as not found: ‘%1’ (anonymous, only the words)"
    ),
    "Alleen %1 (Ctrl+G)": "Only %1 (Ctrl+G)",
    "Gebied kiezen: %1": "Choose the area: %1",
    "Filters &tonen": "Show &filters",
    "Filters": "Filters",
    "Filters tonen of verbergen (Ctrl+Shift+F)": "Show or hide the filters (Ctrl+Shift+F)",
    "Filters tonen of verbergen": "Show or hide the filters",
    "Zonder filters: 1 resultaat.": "Without filters: 1 result.",
    "Zonder filters: %1 resultaten.": "Without filters: %1 results.",
    "· dichtstbij eerst": "· nearest first",
    "&Woordenlijst": "&Glossary",
    "&Sneltoetsen": "&Keyboard shortcuts",
    "Woordenlijst": "Glossary",
    "Sneltoetsen": "Keyboard shortcuts",
    # the map page's own words (ui/labels.map_words) and choosing an area on the map
    "Toegang onbekend": "Access unknown",
    "Openingstijden onbekend": "Opening hours unknown",
    "Legenda": "Legend",
    "Aanbod per buurt: %1": "Services per neighbourhood: %1",
    "geen": "none",
    "1 plek of dienst": "1 place or service",
    "%1 plekken of diensten": "%1 places or services",
    "Adres van de inwoner": "The resident's address",
    "%1 op dit adres": "%1 at this address",
    "Gekozen op de kaart: %1": "Chosen on the map: %1",
    "Filter op dit gebied": "Filter on this area",
    "Filter op %1": "Filter on %1",
    "Onthouden": "Remember",
    "Filter op %1 ook bij de volgende start": "Filter on %1 at the next start too",
    "Een filter van de kaart geldt alleen nu, tenzij u het onthoudt": (
        "A filter from the map holds for now only, unless you remember it"
    ),
    # streets offline (Beeld → Straten offline ophalen)
    "&Straten offline ophalen…": "Fetch &streets for offline use…",
    "De achtergrondkaart van de gemeente eenmalig ophalen, zodat de kaart ook zonder internet straten toont": (
        "Fetch the municipality's background map once, so that the map shows streets without internet too"
    ),
    "Ophalen &stoppen": "&Stop fetching",
    "Straten ophalen gebruikt internet (%1). Zet eerst ‘Online achtergrondkaart’ aan bij Instellingen.": (
        "Fetching streets uses the internet (%1). First switch on ‘Online background map’ in Settings."
    ),
    "Deze catalogus heeft geen wijk- of buurtgrenzen: er is geen gebied om op te halen.": (
        "This catalog has no district or neighbourhood boundaries: there is no area to fetch."
    ),
    "Straten offline ophalen": "Fetch streets for offline use",
    "De achtergrondkaart van de gemeente ophalen voor gebruik zonder internet?": (
        "Fetch the municipality's background map for use without internet?"
    ),
    "%1 kaarttegels (zoomniveau %2 tot %3), ongeveer %4 MB, van %5.": (
        "%1 map tiles (zoom level %2 to %3), about %4 MB, from %5."
    ),
    "Al aanwezig: %1 tegels.": "Already here: %1 tiles.",
    "Bron: %1": "Source: %1",
    "Ophalen gestopt; wat er al is, blijft bewaard.": "Fetching stopped; what is here already is kept.",
    "Straten ophalen: %1 van %2 tegels": "Fetching streets: %1 of %2 tiles",
    "Straten offline: %1 tegels bewaard (%2 nieuw).": "Streets offline: %1 tiles kept (%2 new).",
    "%1 tegels kwamen niet.": "%1 tiles did not come.",
    "Straten ophalen lukte niet: %1": "Fetching streets failed: %1",
    # Help → Woordenlijst: the Dutch word stays, with its English beside it (docs/glossary.md)
    "vrij toegankelijk": "vrij toegankelijk (open access)",
    "Te gebruiken zonder indicatie, verwijzing of diagnose: inloop, maatschappelijk werk, activiteitencentra, "
    "cursussen.": (
        "Usable without an assessment, a referral or a diagnosis: drop-in, social work, activity centres, courses."
    ),
    "niet vrij toegankelijk": "niet vrij toegankelijk (by referral only)",
    "Alleen met een beschikking of verwijzing, zoals Wmo-maatwerk of jeugdhulp; het sociaal team beslist over de "
    "toegang.": (
        "Only with a decision (beschikking) or a referral, such as Wmo customised support or youth care; the "
        "sociaal team decides on access."
    ),
    "sociale basis": "sociale basis (community network)",
    "Het informele netwerk: verenigingen, buurtinitiatieven, burenhulp. Iedereen kan meedoen.": (
        "The informal network: clubs, neighbourhood initiatives, neighbours helping each other. Anyone can join."
    ),
    "brede voorziening": "brede voorziening (general facility)",
    "Open voor alle inwoners: bibliotheek, sport, cultuur.": "Open to all residents: library, sport, culture.",
    "lichtste hulp eerst": "lichtste hulp eerst (lightest help first)",
    "De volgorde van voorkeur: eigen netwerk, sociale basis en brede voorzieningen, vrij toegankelijk, dan pas niet "
    "vrij toegankelijk.": (
        "The order of preference: own network, sociale basis and general facilities, open access, and only then "
        "help by referral."
    ),
    "toeleiding": "toeleiding (guiding towards help)",
    "Signaleren, de vraag verhelderen en samen naar een oplossing zoeken.": (
        "Noticing, clarifying the question and looking for a solution together."
    ),
    "toegang": "toegang (access decision)",
    "Het besluit van het sociaal team over niet vrij toegankelijke hulp.": (
        "The sociaal team's decision on help that needs a referral."
    ),
    "warme overdracht": "warme overdracht (warm handover)",
    "Een overdracht waarbij de inwoner het verhaal niet opnieuw hoeft te vertellen.": (
        "A handover in which the resident need not tell the story again."
    ),
    "hulpvraag, behoefte": "hulpvraag, behoefte (need)",
    "Wat de inwoner nodig heeft, in eigen woorden; de zoekfunctie zoekt daarop.": (
        "What the resident needs, in their own words; the search looks for that."
    ),
    "Voor wie een dienst is: jongeren, ouderen, mantelzorgers, statushouders, minima …": (
        "Whom a service is for: young people, older people, carers, refugees with a residence permit, people on "
        "low incomes …"
    ),
    "gemeente, kern, wijk, buurt": "gemeente, kern, wijk, buurt (municipality, town, district, neighbourhood)",
    "De gebieden van groot naar klein; een kern is een stad of kerkdorp (codes van het CBS).": (
        "The areas from large to small; a kern is a town or village (codes of Statistics Netherlands, CBS)."
    ),
    "wijkmakelaar": "wijkmakelaar (neighbourhood broker)",
    "Houdt de diensten en initiatieven van de eigen wijken juist en actueel.": (
        "Keeps the services and initiatives of their own districts correct and current."
    ),
    "mogelijk verouderd": "mogelijk verouderd (possibly out of date)",
    "De dienst is langer dan 12 maanden geleden of nooit gecontroleerd.": (
        "The service was last checked more than 12 months ago, or never."
    ),
    "niet gevonden": "niet gevonden (not found)",
    "Enter bij een vraag zonder resultaten telt die vraag anoniem (alleen de woorden), zodat de gemeente ziet wat "
    "ontbreekt.": (
        "Enter on a question without results counts it anonymously (only the words), so the gemeente sees what "
        "is missing."
    ),
    # Help → Sneltoetsen
    "Naar het zoekveld, tekst geselecteerd": "To the search field, text selected",
    "Door de resultaten lopen; u kunt doortypen": "Walk through the results; you can keep typing",
    "Het gekozen resultaat openen; zonder resultaten: de vraag als niet gevonden tellen": (
        "Open the chosen result; without results: count the question as not found"
    ),
    "Spatie": "Space",
    "Op een Kopieer-knop: kopiëren; op een filter: dat filter weghalen": (
        "On a Copy button: copy; on a filter: remove it"
    ),
    "Een stap terug: details → lijst → zoekveld → tekst wissen": (
        "One step back: details → list → search field → clear the text"
    ),
    "Naar het volgende of vorige onderdeel": "To the next or previous control",
    "Het gebied dat de vraag noemt als filter kiezen": "Choose the area the question names as the filter",
    "Alle filters wissen": "Clear all filters",
    "Kaart in plaats van de lijst, en terug": "Map instead of the list, and back",
    "Presentatie: groot tonen voor de inwoner": "Presentation: show large for the resident",
    "Nu synchroniseren": "Sync now",
    "Een andere catalogus openen": "Open another catalog",
    "Deze lijst met sneltoetsen": "This list of shortcuts",
    "Afsluiten": "Quit",
    "Niets gekozen. Probeer andere woorden of haal een filter weg.": (
        "Nothing chosen. Try other words or remove a filter."
    ),
    "Toon alle %1": "Show all %1",
    "%1–%2 jaar": "%1–%2 years",
    "vanaf %1 jaar": "from %1 years",
    "tot %1 jaar": "up to %1 years",
    "Deze dienst staat niet (meer) in de catalogus.": "This service is not (or no longer) in the catalog.",
    "De details konden niet worden gelezen: %1": "The details could not be read: %1",
    "Details": "Details",
    "Naam: %1": "Name: %1",
    "Gratis": "Free",
    "Toegang via: %1": "Access through: %1",
    "Let op: deze dienst is niet actief (%1).": "Note: this service is not active (%1).",
    "Demogegevens: deze dienst is verzonnen en bestaat niet echt.": (
        "Demo data: this service is made up and does not really exist."
    ),
    "Openingstijden": "Opening hours",
    "Talen": "Languages",
    "Werkgebied": "Area served",
    "Helpt bij": "Helps with",
    "Meer van %1": "More from %1",
    "deze organisatie": "this organisation",
    "Ook op deze locatie": "Also at this location",
    "Laatst gecontroleerd: onbekend — mogelijk verouderd": "Last checked: unknown — may be out of date",
    "Laatst gecontroleerd: %1": "Last checked: %1",
    "langer dan 12 maanden geleden, mogelijk verouderd": "more than 12 months ago, may be out of date",
    "Contact": "Contact",
    "Contactpersoon: %1": "Contact: %1",
    "Telefoon": "Phone",
    "E-mail": "E-mail",
    "Website": "Website",
    "Inloop": "Walk-in",
    "Kopieer": "Copy",
    "Kopieer %1: %2": "Copy %1: %2",
    "gesloten": "closed",
    "vandaag": "today",
    "Vandaag, %1: %2": "Today, %1: %2",
    "Locatie": "Location",
    "Adres: %1": "Address: %1",
    "Gebied: %1": "Area: %1",
    "Bereikbaarheid: %1": "Getting there: %1",
    "Toegankelijkheid: %1": "Accessibility: %1",
    "Leeftijd: %1": "Age: %1",
    "Uitgevoerd door: %1": "Delivered by: %1",
    "Voor wie": "For whom",
    "Wachttijd: %1": "Waiting time: %1",
    "Meenemen: %1": "Bring: %1",
    "Aanmelden": "How to apply",
    "Niet gratis": "Not free",
    "Onbekend": "Unknown",
    "Kosten": "Cost",
    "Open %1": "Open %1",
    # main window and status bar
    "Gekopieerd (%1): %2": "Copied (%1): %2",
    "Catalogus wordt geladen…": "Loading catalog…",
    "(in het geheugen)": "(in memory)",
    "Catalogus: %1": "Catalog: %1",
    "1 dienst": "1 service",
    "%1 diensten": "%1 services",
    "Demo: alle gegevens zijn verzonnen": "Demo: all data is made up",
    "Synchronisatie: nog niet ingesteld": "Sync: not set up yet",
    "Demo-catalogus herstellen": "Restore the demo catalog",
    "De demo-gegevens worden opnieuw in de open catalogus gezet; wijzigingen in demo-diensten gaan verloren. "
    "Uw eigen diensten blijven staan. Doorgaan?": (
        "The demo data is put back into the open catalog; changes to demo services are lost. Your own services "
        "stay. Continue?"
    ),
    "Over %1": "About %1",
    "Vind hulp, plekken en mensen in de gemeente, ook zonder internet. Catalogus in het formaat Open Referral "
    "HSDS 3.0.": (
        "Find help, places and people in the municipality, also without internet. Catalog in the Open Referral "
        "HSDS 3.0 format."
    ),
    "Er ging iets mis op de achtergrond: %1": "Something went wrong in the background: %1",
    "&Zoek:": "&Search:",
    "Wat is de vraag? Bijv. schulden, eenzaam, mantelzorg, taal…  (Ctrl+K)": (
        "What is the question? E.g. debts, lonely, caregiver, language…  (Ctrl+K)"
    ),
    "Zoeken": "Search",
    "Typ een hulpvraag; de resultaten verschijnen terwijl u typt. Pijltjes kiezen, Enter opent.": (
        "Type a question for help; results appear as you type. Arrow keys choose, Enter opens."
    ),
    "Presentatiemodus": "Presentation mode",
    "Presentatie": "Presentation",
    "Resultaten": "Results",
    "Naar &zoekveld": "Go to &search field",
    "Catalogus &openen…": "&Open catalog…",
    "&Demo-catalogus herstellen…": "&Restore the demo catalog…",
    "&Afsluiten": "&Quit",
    "&Presentatie": "&Presentation",
    "Groot tonen om het scherm naar de inwoner te draaien (F11)": (
        "Show large, to turn the screen to the resident (F11)"
    ),
    "Alle &filters wissen": "Clear all &filters",
    "&Instellingen…": "&Settings…",
    "&Over Sociale Kaart": "&About Sociale Kaart",
    "&Bestand": "&File",
    "Bee&ld": "&View",
    "&Instellingen": "&Settings",
    "&Taal": "&Language",
    "&Help": "&Help",
    "Synchronisatie": "Synchronisation",
    "Voortgang": "Progress",
    # results
    "Gevonden op: %1": "Matched on: %1",
    "Zoeken lukte niet: %1": "Search failed: %1",
    "Geen resultaten voor ‘%1’.": "No results for ‘%1’.",
    "Geen resultaten met deze filters.": "No results with these filters.",
    "Haal een filter weg om meer te vinden.": "Remove a filter to find more.",
    "1 resultaat": "1 result",
    "%1 resultaten": "%1 results",
    "(de beste %1 van %2)": "(the best %1 of %2)",
    "Postcode %1 is niet bekend in deze catalogus.": "Postcode %1 is not known in this catalog.",
    "Bedoelde u:": "Did you mean:",
    "Zoek op %1": "Search for %1",
    # reasons a result was found (ui/labels.py, "Reasons"; the catalog's words in them stay Dutch)
    "%1: %2": "%1: %2",
    "naam": "name",
    "andere naam": "other name",
    "behoefte": "need",
    "organisatie": "organisation",
    "doelgroep": "target group",
    "locatie": "location",
    "omschrijving behoefte": "description of the need",
    "omschrijving": "description",
    "bevat %1": "contains %1",
    "vorm van %1": "form of %1",
    "verwant aan %1": "related to %1",
    "begint met %1": "begins with %1",
    "delen van %1": "parts of %1",
    "via %1": "via %1",
    "valt onder %2, via %1": "falls under %2, via %1",
    "breder dan %2, via %1": "broader than %2, via %1",
    "typfout: %1": "typo: %1",
    "gebied: ligt in %1": "area: lies in %1",
    "gebied: werkt voor %1": "area: works for %1",
    "gebied: alleen voor %1": "area: only for %1",
    "afstand: %1 km": "distance: %1 km",
    "open op %1": "open on %1",
    "geen zoekwoorden: lichtste hulp en laatst gecontroleerd eerst": (
        "no search words: the lightest help and the last checked first"
    ),
    "nu open": "open now",
    # settings
    "Instellingen": "Settings",
    "Taal van de app": "Language of the app",
    "&Taal van de app:": "&Language of the app:",
    "De gegevens in de catalogus blijven in het Nederlands.": "The catalog's own data stays in Dutch.",
    "Instellingen worden bewaard in: %1": "Settings are kept in: %1",
    # map in the main window
    "Lijst": "List",
    "Resultaten als lijst": "Results as a list",
    "Kaart": "Map",
    "Resultaten op de kaart": "Results on the map",
    "Resultaten, wijken en buurten op de kaart (Ctrl+M)": "Results, districts and neighbourhoods on the map (Ctrl+M)",
    "&Kaart tonen": "Show &map",
    "De kaart verschijnt zodra de catalogus geladen is.": "The map appears as soon as the catalog has loaded.",
    "Kaart wordt geladen…": "Loading map…",
    "De kaart kon niet worden geladen: %1": "The map could not be loaded: %1",
    "(geen)": "(none)",
    "&Dekking voor:": "&Coverage for:",
    "Dekking per buurt voor een behoefte": "Coverage per neighbourhood for a need",
    "Kleurt de buurten naar hoeveel diensten er zijn voor deze behoefte (voor wijkmakelaars)": (
        "Colours the neighbourhoods by how many services there are for this need (for neighbourhood brokers)"
    ),
    "Kaart met resultaten, wijken en buurten": "Map with results, districts and neighbourhoods",
    "&Online achtergrondkaart (PDOK) gebruiken": "Use an &online background map (PDOK)",
    "Online achtergrondkaart": "Online background map",
    "Zonder deze keuze werkt de kaart helemaal zonder internet. Geldt vanaf de volgende start.": (
        "Without this choice the map works entirely without internet. Takes effect from the next start."
    ),
    # sync
    "&Synchronisatie": "&Sync",
    "&Nu synchroniseren": "Sync &now",
    "&Conflicten…": "&Conflicts…",
    "Conflicten": "Conflicts",
    "Conflicten na synchronisatie": "Conflicts after sync",
    "Token opgeslagen in %1": "Token stored in %1",
    "Adres van de server": "Server address",
    "&Server:": "&Server:",
    "(opgeslagen; leeg laten om te houden)": "(stored; leave empty to keep it)",
    "uw persoonlijke token": "your personal token",
    "Persoonlijk token": "Personal token",
    "&Token:": "&Token:",
    " min": " min",
    "Synchroniseren elke zoveel minuten": "Sync every so many minutes",
    "&Elke:": "&Every:",
    "Het token wordt één keer ingevoerd en bewaard in de sleutelbos van het besturingssysteem (of in een bestand "
    "dat alleen u kunt lezen), nooit in het instellingenbestand.": (
        "The token is entered once and kept in the operating system's keyring (or in a file only you can read), "
        "never in the settings file."
    ),
    "Synchroniseren…": "Syncing…",
    "Laatst gesynchroniseerd: %1": "Last synced: %1",
    "Nog niet gesynchroniseerd": "Not synced yet",
    "1 wijziging wacht": "1 change waiting",
    "%1 wijzigingen wachten": "%1 changes waiting",
    "1 conflict": "1 conflict",
    "%1 conflicten": "%1 conflicts",
    "Mislukt: %1": "Failed: %1",
    "geen token": "no token",
    "Synchronisatie: token opslaan…": "Sync: storing the token…",
    "Het token voor %1 kon niet worden opgeslagen: %2. Vul het opnieuw in bij Instellingen.": (
        "The token for %1 could not be stored: %2. Enter it again in Settings."
    ),
    "Token laden…": "Loading token…",
    "Het opgeslagen token wordt gelezen": "Reading the stored token",
    "Het opgeslagen token wordt gelezen…": "Reading the stored token…",
    "Het opgeslagen token kon niet worden gelezen: %1. U kunt het opnieuw invullen.": (
        "The stored token could not be read: %1. You can enter it again."
    ),
    # conflicts window
    "Te controleren": "To check",
    "Veld": "Field",
    "Mijn versie": "My version",
    "Versie op de server": "Version on the server",
    "Mijn versie houden": "Keep my version",
    "Versie van de server houden": "Keep the server's version",
    "Combineren (aangevinkte velden van mij)": "Combine (ticked fields from me)",
    "Er is niets te controleren.": "There is nothing to check.",
    "Conflicten laden…": "Loading conflicts…",
    "Beslissing opslaan…": "Storing the decision…",
    "Vrijwilliger": "Volunteer",
    "Initiatief": "Initiative",
    "(leeg)": "(empty)",
    "Reden: %1.": "Reason: %1.",
    "Het item is op de server verwijderd.": "The item was deleted on the server.",
    "De conflicten konden niet worden gelezen: %1": "The conflicts could not be read: %1",
    "De beslissing kon niet worden opgeslagen: %1": "The decision could not be stored: %1",
    "token niet te lezen (%1); vul het opnieuw in bij Instellingen": (
        "token cannot be read (%1); enter it again in Settings"
    ),
    # reasons of failures (ui/errors.py)
    "afgebroken": "cancelled",
    "te weinig geheugen": "not enough memory",
    "het duurde te lang": "it took too long",
    "geen toestemming om het bestand te lezen of te schrijven": "no permission to read or write the file",
    "het bestand bestaat niet (meer)": "the file does not exist (any more)",
    "de schijf is vol": "the disk is full",
    "de wachtwoordkluis van het systeem is niet bereikbaar": "the system's password store cannot be reached",
    "geen verbinding met de server": "no connection to the server",
    "fout bij het lezen of schrijven van een bestand (%1)": "error reading or writing a file (%1)",
    "onverwachte fout (%1)": "unexpected error (%1)",
    "de catalogus is even bezet door een ander programma; probeer het zo opnieuw": (
        "the catalog is busy with another program for a moment; try again shortly"
    ),
    "de catalogus mag niet worden gewijzigd (alleen lezen)": "the catalog may not be changed (read-only)",
    "de catalogus is beschadigd of kon niet van de schijf worden gelezen": (
        "the catalog is damaged or could not be read from the disk"
    ),
    "fout in de catalogus (%1)": "error in the catalog (%1)",
    # editing screens and "klopt nog"
    "Bewerken (Ctrl+E)": "Edit (Ctrl+E)",
    "Klopt nog (Ctrl+Shift+K)": "Still correct (Ctrl+Shift+K)",
    "Vastleggen dat u deze gegevens vandaag hebt gecontroleerd": "Record that you checked this entry today",
    "U mag deze gegevens niet bewerken: dat mag de wijkmakelaar van deze wijk of een beheerder.": (
        "You may not edit this entry: the district broker of this district or an administrator may."
    ),
    "Het bewerken kon niet beginnen: %1": "Editing could not start: %1",
    "Regel %1, %2: %3": "Row %1, %2: %3",
    "Opslaan…": "Saving…",
    "Niet opgeslagen: %1 waarde(n) kloppen niet. De reden staat bij het veld.": (
        "Not saved: %1 value(s) are not right. The reason is shown at the field."
    ),
    "Opgeslagen; gaat mee met de volgende synchronisatie.": "Saved; it goes out with the next sync.",
    "Niet opgeslagen: %1": "Not saved: %1",
    "De catalogus kent deze postcode nog niet: vul de coördinaten zelf in.": (
        "The catalog does not know this postcode yet: fill in the coordinates yourself."
    ),
    "Vastgelegd: klopt nog.": "Recorded: still correct.",
    "Niet vastgelegd: %1": "Not recorded: %1",
    "Coördinaten uit de &postcode": "Coordinates from the &postcode",
    "Herhaling WEEKLY of MONTHLY; dagen MO, TU, WE, TH, FR, SA, SU (maandelijks ook 1WE of -1FR); een uitzondering "
    "of feestdag: alleen Vanaf en Tot en met met een omschrijving.": (
        "Repeat WEEKLY or MONTHLY; days MO, TU, WE, TH, FR, SA, SU (monthly also 1WE or -1FR); an exception or "
        "holiday: only From and Until with a description."
    ),
    "Regel &toevoegen": "&Add row",
    "Regel &verwijderen": "&Remove row",
    "Telefoonnummers": "Phone numbers",
    "Nummer toevoegen": "Add number",
    "Nummer verwijderen": "Remove number",
    "&Opslaan": "&Save",
    "Annuleren": "Cancel",
    "Nieuw: %1": "New: %1",
    "Bewerken: %1 — %2": "Edit: %1 — %2",
    "Gecontroleerd op %1 door %2": "Checked on %1 by %2",
    "Niet gecontroleerd": "Not checked",
    "Dienst of activiteit": "Service or activity",
    "Organisatie": "Organisation",
    "Locatie (activiteitencentrum, dorpshuis)": "Location (activity centre, village hall)",
    "Wat": "What",
    "Waar": "Where",
    "Wanneer": "When",
    "Actief": "Active",
    "Niet actief": "Inactive",
    "Opgeheven": "Closed down",
    "Tijdelijk gesloten": "Temporarily closed",
    "Be&werken": "&Edit",
    "&Bewerken…": "&Edit…",
    "&Klopt nog": "&Still correct",
    "&Nieuw": "&New",
    "Naam": "Name",
    "Andere naam": "Other name",
    "Omschrijving": "Description",
    "Hoort bij organisatie": "Part of organisation",
    "Programma": "Programme",
    "Status": "Status",
    "Let op (melding bovenaan)": "Note (shown at the top)",
    "Soort aanbod": "Kind of offer",
    "Uitgevoerd door": "Delivered by",
    "Voor wie (omschrijving)": "For whom (description)",
    "Leeftijd vanaf": "Age from",
    "Leeftijd tot en met": "Age up to",
    "Tolk": "Interpreter",
    "Kosten (toelichting)": "Cost (explanation)",
    "Toegankelijkheid": "Access",
    "Toegang via": "Access through",
    "Wachttijd": "Waiting time",
    "Keurmerken": "Accreditations",
    "Vergunningen": "Licences",
    "Rechtsvorm": "Legal form",
    "Fiscale status": "Tax status",
    "Fiscaal nummer": "Tax number",
    "Opgericht in": "Founded in",
    "Logo (webadres)": "Logo (web address)",
    "Webadres (URI)": "Web address (URI)",
    "Soort locatie": "Kind of location",
    "Bereikbaarheid": "Getting there",
    "Breedtegraad": "Latitude",
    "Lengtegraad": "Longitude",
    "Extern kenmerk": "External identifier",
    "Soort extern kenmerk": "Kind of external identifier",
    "Buurtcode": "Neighbourhood code",
    "Wijkcode": "District code",
    "Straat en huisnummer": "Street and house number",
    "Adresregel 2": "Address line 2",
    "T.a.v.": "Attention of",
    "Postcode": "Postcode",
    "Plaats": "Town",
    "Regio": "Region",
    "Provincie": "Province",
    "Land": "Country",
    "Soort adres": "Kind of address",
    "Wijkmakelaar": "District broker",
    "E-mail wijkmakelaar": "District broker's e-mail",
    "Telefoon wijkmakelaar": "District broker's phone",
    "Gestart op": "Started on",
    "Werkgebieden (behoeften)": "Fields of work (needs)",
    "Gebied": "Area",
    "Beschikbaar": "Available",
    "Eigen vervoer": "Own transport",
    "Aantal hulpvragen tegelijk": "Requests at a time",
    "Toestemming gegeven op": "Consent given on",
    "Dagen": "Days",
    "Herhaling": "Repeat",
    "Dag van de maand": "Day of the month",
    "Open": "Opens",
    "Dicht": "Closes",
    "Vanaf": "From",
    "Tot en met": "Until",
    "Opmerking": "Note",
    "Nummer": "Number",
    "Behoeften": "Needs",
    "Locatie bewerken": "Edit location",
    "Bewerken": "Editing",
    "bijv. naam@gemeente.nl": "e.g. name@municipality.nl",
    "Uw e-mailadres, vastgelegd bij Klopt nog": "Your e-mail address, recorded with Still correct",
    "Uw &e-mailadres:": "Your &e-mail address:",
    " maanden": " months",
    "Niet gecontroleerd na zoveel maanden": "Not checked after this many months",
    "&Niet gecontroleerd na:": "&Not checked after:",
    # the lijstje, the handout and volunteer matching
    "Zoeken…": "Searching…",
    "Lijstje voor de inwoner": "List for the resident",
    "Notitie bij de gekozen ingang (bijv. „vraag naar Ans”):": "Note on the chosen entry (e.g. “ask for Ans”):",
    "Omhoog": "Up",
    "Omlaag": "Down",
    "Weghalen": "Remove",
    "Leegmaken": "Clear",
    "Afdrukken…": "Print…",
    "Afdrukvoorbeeld en afdrukken (Ctrl+Shift+P)": "Print preview and print (Ctrl+Shift+P)",
    "PDF…": "PDF…",
    "E-mail…": "E-mail…",
    "Opent een concept in uw eigen mailprogramma (Ctrl+Shift+E)": (
        "Opens a draft in your own mail program (Ctrl+Shift+E)"
    ),
    "Onderaan het lijstje (uw gegevens, niet die van de inwoner)": (
        "At the foot of the list (your details, not the resident's)"
    ),
    "Uw naam": "Your name",
    "Afdrukvoorbeeld lijstje": "Print preview of the list",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "E-mailconcept (*.eml)": "E-mail draft (*.eml)",
    "Lijstje opslaan": "Save the list",
    "Op het lijstje zetten": "Add to the list",
    "Lijstje tonen": "Show the list",
    "Lijstje afdrukken…": "Print the list…",
    "Lijstje als PDF…": "List as PDF…",
    "Lijstje e-mailen…": "E-mail the list…",
    "Lijstje leegmaken": "Clear the list",
    "Vrijwilliger zoeken…": "Find a volunteer…",
    "Vrijwilliger zoeken": "Find a volunteer",
    "&Lijstje": "&List",
    "Plek (postcode, buurt of kern)": "Place (postcode, neighbourhood or village)",
    "Moment": "Moment",
    "op": "on",
    "Talen van de inwoner (bijv. nl, tr)": "Resident's languages (e.g. nl, tr)",
    "Zoek vrijwilligers": "Find volunteers",
    "Koppeling gemaakt (direct)": "Match made (direct)",
    "Koppeling gemaakt (via coördinator)": "Match made (through the coordinator)",
    "Telt alleen: werkgebied, wijk, week. Niets over de inwoner.": (
        "Counts only: field of work, district, week. Nothing about the resident."
    ),
    "Kies eerst een ingang in de lijst of op de kaart.": "First choose an entry in the list or on the map.",
    "„%1” staat op het lijstje.": "“%1” is on the list.",
    "„%1” stond al op het lijstje.": "“%1” was already on the list.",
    "Het lijstje is leeg.": "The list is empty.",
    "Zet eerst iets op het lijstje (Ctrl+D).": "First add something to the list (Ctrl+D).",
    "Lijstje maken…": "Making the list…",
    "Het e-mailconcept staat in uw mailprogramma.": "The e-mail draft is in your mail program.",
    "Lijstje opgeslagen: %1": "List saved: %1",
    "Het lijstje is niet gelukt: %1": "The list could not be made: %1",
    "Koppeling geteld (alleen werkgebied, wijk en week).": "Match counted (field of work, district and week only).",
    "Het lijstje is leeg. Voeg de ingang toe met Ctrl+D.": "The list is empty. Add the entry with Ctrl+D.",
    "%1 op het lijstje": "%1 on the list",
    "ochtend": "morning",
    "middag": "afternoon",
    "avond": "evening",
    "werkgebied %1": "field of work %1",
    "beschikbaar die %1": "available that %1",
    "tijdstip in overleg": "time by arrangement",
    "werkt in %1": "works in %1",
    "op %1": "at %1",
    "spreekt %1": "speaks %1",
    "eigen vervoer": "own transport",
    "kan nog %1 inwoner(s) helpen": "can help %1 more resident(s)",
    "Direct contact (toestemming vastgelegd)": "Direct contact (consent recorded)",
    "Via coördinator %1": "Through coordinator %1",
    "Via de coördinator": "Through the coordinator",
    "Vrijwilliger %1": "Volunteer %1",
    "%1 hier: %2 vrijwilliger(s) beschikbaar, %3 keer gevraagd in %4 weken": (
        "%1 here: %2 volunteer(s) available, asked %3 time(s) in %4 weeks"
    ),
    "Geen vrijwilliger past. Probeer een ander moment of een grotere plek.": (
        "No volunteer fits. Try another moment or a larger place."
    ),
    "%1 vrijwilliger(s) passen, beste eerst": "%1 volunteer(s) fit, best first",
    # a refused value under its field (ui/labels/editing.py problem_label)
    "tekst": "text",
    "een geheel getal": "a whole number",
    "een getal": "a number",
    "ja of nee (true/false)": "yes or no (true/false)",
    "een datum (JJJJ-MM-DD)": "a date (YYYY-MM-DD)",
    "een tijd (UU:MM)": "a time (HH:MM)",
    "een tijdstip (JJJJ-MM-DDTUU:MM:SS)": "a moment (YYYY-MM-DDTHH:MM:SS)",
    "mag niet leeg zijn": "may not be empty",
    "verplicht veld ontbreekt": "required field is missing",
    "onbekend veld voor %1": "unknown field for %1",
    "onbekend veld '%1' van %2": "unknown field '%1' of %2",
    "onbekend soort gegeven '%1'": "unknown kind of data '%1'",
    "ongeldige waarde: verwacht %1": "invalid value: expected %1",
    "ongeldige datum: verwacht bijvoorbeeld 24-11-2026": "invalid date: expected for example 24-11-2026",
    "ongeldige tijd: verwacht bijvoorbeeld 09:30": "invalid time: expected for example 09:30",
    "getal is te groot": "number is too large",
    "te lang (meer dan %1 tekens)": "too long (more than %1 characters)",
    "bevat stuurtekens of tekens die de schrijfrichting omdraaien": (
        "contains control characters or characters that reverse the writing direction"
    ),
    "bevat een regeleinde, stuurtekens of tekens die de schrijfrichting omdraaien": (
        "contains a line break, control characters or characters that reverse the writing direction"
    ),
    "geen eindig getal (NaN en oneindig zijn niet toegestaan)": (
        "not a finite number (NaN and infinity are not allowed)"
    ),
    "de maximumleeftijd (%1) ligt onder de minimumleeftijd (%2)": (
        "the maximum age (%1) is below the minimum age (%2)"
    ),
    "onbekende waarde '%1': kies uit %2": "unknown value '%1': choose from %2",
    "waarde %1 ligt buiten %2 tot %3": "value %1 is outside %2 to %3",
    "geen geldige GeoJSON-geometrie": "not a valid GeoJSON geometry",
    "verwacht een (Multi)Polygon in GeoJSON": "expected a (Multi)Polygon in GeoJSON",
    "ongeldige postcode '%1': verwacht vier cijfers en twee letters, zoals 4901 AB": (
        "invalid postcode '%1': expected four digits and two letters, such as 4901 AB"
    ),
    "ongeldig telefoonnummer '%1'": "invalid phone number '%1'",
    "ongeldig telefoonnummer '%1': verwacht bijvoorbeeld 0162 123456 of +31 162 123456": (
        "invalid phone number '%1': expected for example 0162 123456 or +31 162 123456"
    ),
    "ongeldig e-mailadres '%1'": "invalid e-mail address '%1'",
    "ongeldig webadres '%1'": "invalid web address '%1'",
    "ongeldig webadres '%1': verwacht bijvoorbeeld https://www.voorbeeld.nl": (
        "invalid web address '%1': expected for example https://www.example.nl"
    ),
    "onbekende gebiedscode '%1'": "unknown area code '%1'",
    "onbekende behoefte '%1'": "unknown need '%1'",
    "onbekende herhaling '%1': kies uit %2": "unknown repetition '%1': choose from %2",
    "onbekende dag '%1': gebruik MO, TU, WE, TH, FR, SA, SU (of 1MO, -1FR)": (
        "unknown day '%1': use MO, TU, WE, TH, FR, SA, SU (or 1MO, -1FR)"
    ),
    "'%1' (de zoveelste dag van de maand) past niet bij %2": "'%1' (the nth day of the month) does not fit %2",
    "verwacht getallen van 1 tot %1 (of negatief), gescheiden door komma's": (
        "expected numbers from 1 to %1 (or negative), separated by commas"
    ),
    "verwacht een geheel getal van 1 of meer": "expected a whole number of 1 or more",
    "onbekende dag '%1': gebruik MO, TU, WE, TH, FR, SA, SU": "unknown day '%1': use MO, TU, WE, TH, FR, SA, SU",
    "lijkt een BSN te bevatten: typ geen gegevens van inwoners": (
        "seems to contain a BSN (citizen service number): do not type residents' data"
    ),
    "bevat een e-mailadres: typ geen gegevens van personen": "contains an e-mail address: do not type personal data",
    "bevat een telefoonnummer: typ geen gegevens van personen": "contains a phone number: do not type personal data",
}


#: Translations that differ by context ("Context|Dutch source").
CONTEXT_ENGLISH: dict[str, str] = {
    "Labels|doelgroep": "doelgroep (target group)",
}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def main() -> int:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-source-language",
            "nl",
            "-target-language",
            "en",
            "-locations",
            "none",
            str(ROOT / "src" / "socialekaart" / "ui"),
            "-ts",
            str(TS),
        ],
        check=True,
    )
    tree = ET.parse(TS)
    missing: list[str] = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            # "Context|source" where one Dutch word needs two translations (a glossary entry, a reason's field)
            english = CONTEXT_ENGLISH.get(f"{name}|{source}", ENGLISH.get(source))
            if english is None:
                missing.append(source)
                continue
            translation.text = english
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    for source in missing:
        print(f"no English for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
