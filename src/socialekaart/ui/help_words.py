"""The words of Help: the glossary of domain words and the list of keyboard shortcuts, in the UI language.

Beside ui/labels/ (which words data); both are the app's user text, Dutch in the source, English in
resources/i18n.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: Help → Woordenlijst: the domain words the app keeps in Dutch, with what they mean (docs/glossary.md).
_GLOSSARY = (
    (
        QT_TRANSLATE_NOOP("Labels", "vrij toegankelijk"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "Te gebruiken zonder indicatie, verwijzing of diagnose: inloop, maatschappelijk werk, "
            "activiteitencentra, cursussen.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "niet vrij toegankelijk"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "Alleen met een beschikking of verwijzing, zoals Wmo-maatwerk of jeugdhulp; het sociaal "
            "team beslist over de toegang.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "sociale basis"),
        QT_TRANSLATE_NOOP(
            "Labels", "Het informele netwerk: verenigingen, buurtinitiatieven, burenhulp. Iedereen kan meedoen."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "brede voorziening"),
        QT_TRANSLATE_NOOP("Labels", "Open voor alle inwoners: bibliotheek, sport, cultuur."),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "lichtste hulp eerst"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "De volgorde van voorkeur: eigen netwerk, sociale basis en brede voorzieningen, vrij "
            "toegankelijk, dan pas niet vrij toegankelijk.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "toeleiding"),
        QT_TRANSLATE_NOOP("Labels", "Signaleren, de vraag verhelderen en samen naar een oplossing zoeken."),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "toegang"),
        QT_TRANSLATE_NOOP("Labels", "Het besluit van het sociaal team over niet vrij toegankelijke hulp."),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "warme overdracht"),
        QT_TRANSLATE_NOOP("Labels", "Een overdracht waarbij de inwoner het verhaal niet opnieuw hoeft te vertellen."),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "hulpvraag, behoefte"),
        QT_TRANSLATE_NOOP("Labels", "Wat de inwoner nodig heeft, in eigen woorden; de zoekfunctie zoekt daarop."),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "doelgroep"),
        QT_TRANSLATE_NOOP(
            "Labels", "Voor wie een dienst is: jongeren, ouderen, mantelzorgers, statushouders, minima …"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "gemeente, kern, wijk, buurt"),
        QT_TRANSLATE_NOOP(
            "Labels", "De gebieden van groot naar klein; een kern is een stad of kerkdorp (codes van het CBS)."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "wijkmakelaar"),
        QT_TRANSLATE_NOOP("Labels", "Houdt de diensten en initiatieven van de eigen wijken juist en actueel."),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "mogelijk verouderd"),
        QT_TRANSLATE_NOOP("Labels", "De dienst is langer dan 12 maanden geleden of nooit gecontroleerd."),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "niet gevonden"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "Enter bij een vraag zonder resultaten telt die vraag anoniem (alleen de woorden), zodat de "
            "gemeente ziet wat ontbreekt.",
        ),
    ),
)
#: Help → Sneltoetsen: (keys, what they do); key names are translated where they are words.
_SHORTCUTS = (
    ("Ctrl+K, Ctrl+F", QT_TRANSLATE_NOOP("Labels", "Naar het zoekveld, tekst geselecteerd")),
    ("↓ ↑ PgDn PgUp", QT_TRANSLATE_NOOP("Labels", "Door de resultaten lopen; u kunt doortypen")),
    (
        "Enter",
        QT_TRANSLATE_NOOP(
            "Labels", "Het gekozen resultaat openen; zonder resultaten: de vraag als niet gevonden tellen"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "Spatie"),
        QT_TRANSLATE_NOOP("Labels", "Op een Kopieer-knop: kopiëren; op een filter: dat filter weghalen"),
    ),
    ("Esc", QT_TRANSLATE_NOOP("Labels", "Een stap terug: details → lijst → zoekveld → tekst wissen")),
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("Labels", "Naar het volgende of vorige onderdeel")),
    ("Ctrl+G", QT_TRANSLATE_NOOP("Labels", "Het gebied dat de vraag noemt als filter kiezen")),
    ("Ctrl+Shift+F", QT_TRANSLATE_NOOP("Labels", "Filters tonen of verbergen")),
    ("Ctrl+Shift+Backspace", QT_TRANSLATE_NOOP("Labels", "Alle filters wissen")),
    ("Ctrl+M", QT_TRANSLATE_NOOP("Labels", "Kaart in plaats van de lijst, en terug")),
    ("F11, Ctrl+P", QT_TRANSLATE_NOOP("Labels", "Presentatie: groot tonen voor de inwoner")),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("Labels", "Nu synchroniseren")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("Labels", "Een andere catalogus openen")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Labels", "Instellingen")),
    ("F1", QT_TRANSLATE_NOOP("Labels", "Deze lijst met sneltoetsen")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Labels", "Afsluiten")),
)


def glossary_entries() -> list[tuple[str, str]]:
    """(word, what it means), in the UI language."""
    return [
        (QCoreApplication.translate("Labels", str(w)), QCoreApplication.translate("Labels", str(m)))
        for w, m in _GLOSSARY
    ]


def shortcut_entries() -> list[tuple[str, str]]:
    """(keys, what they do), in the UI language."""
    return [
        (QCoreApplication.translate("Labels", str(k)), QCoreApplication.translate("Labels", str(m)))
        for k, m in _SHORTCUTS
    ]
