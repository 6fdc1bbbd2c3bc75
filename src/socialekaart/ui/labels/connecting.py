"""Words of the lijstje and volunteer matching: list lines, reasons a volunteer fits, contact, shortage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from socialekaart.ui.labels.lookup import distance_label

if TYPE_CHECKING:
    pass


def lijstje_item_label(position: int, name: str, note: str) -> str:
    """'2. Taalcafé — vraag naar Ans' (plain text)."""
    text = f"{position}. {name}"
    return f"{text} — {note}" if note else text


def lijstje_count_label(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("Labels", "Het lijstje is leeg. Voeg de ingang toe met Ctrl+D.")
    return QCoreApplication.translate("Labels", "%1 op het lijstje").replace("%1", str(count))


def part_of_day_label(part: str) -> str:
    return {
        "ochtend": QCoreApplication.translate("Labels", "ochtend"),
        "middag": QCoreApplication.translate("Labels", "middag"),
        "avond": QCoreApplication.translate("Labels", "avond"),
    }.get(part, part)


def match_reason_label(kind: str, value: str, number: float) -> str:
    """One reason a volunteer fits ("beschikbaar die middag", "op 2,5 km")."""
    if kind == "werkgebied":
        return QCoreApplication.translate("Labels", "werkgebied %1").replace("%1", value)
    if kind == "available":
        return QCoreApplication.translate("Labels", "beschikbaar die %1").replace("%1", part_of_day_label(value))
    if kind == "ask_moment":
        return QCoreApplication.translate("Labels", "tijdstip in overleg")
    if kind == "in_area":
        return QCoreApplication.translate("Labels", "werkt in %1").replace("%1", value)
    if kind == "distance":
        return QCoreApplication.translate("Labels", "op %1").replace("%1", distance_label(number))
    if kind == "language":
        return QCoreApplication.translate("Labels", "spreekt %1").replace("%1", value)
    if kind == "own_transport":
        return QCoreApplication.translate("Labels", "eigen vervoer")
    if kind == "capacity":
        return QCoreApplication.translate("Labels", "kan nog %1 inwoner(s) helpen").replace("%1", f"{number:g}")
    return kind


def match_contact_label(route: str, name: str, phone: str, email: str) -> str:
    reach = ", ".join(p for p in (phone, email) if p)
    if route == "direct":
        text = QCoreApplication.translate("Labels", "Direct contact (toestemming vastgelegd)")
    else:
        text = (
            QCoreApplication.translate("Labels", "Via coördinator %1").replace("%1", name)
            if name
            else QCoreApplication.translate("Labels", "Via de coördinator")
        )
    return f"{text}: {reach}" if reach else text


def match_item_label(position: int, name: str, area: str, availability: str, reasons: str, contact: str) -> str:
    """The lines of one volunteer in the matching list; a role without rights sees a number instead of a name."""
    who = name or QCoreApplication.translate("Labels", "Vrijwilliger %1").replace("%1", str(position))
    return f"{position}. {who} ({area}; {availability})\n{reasons}\n{contact}"


def shortage_label(need_name: str, available: int, asked: int, weeks: int) -> str:
    """'Vervoer in deze wijk: 2 vrijwilligers beschikbaar, 5 keer gevraagd in 8 weken'."""
    return (
        QCoreApplication.translate("Labels", "%1 hier: %2 vrijwilliger(s) beschikbaar, %3 keer gevraagd in %4 weken")
        .replace("%1", need_name)
        .replace("%2", str(available))
        .replace("%3", str(asked))
        .replace("%4", str(weeks))
    )


def matches_count_label(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate(
            "Labels", "Geen vrijwilliger past. Probeer een ander moment of een grotere plek."
        )
    return QCoreApplication.translate("Labels", "%1 vrijwilliger(s) passen, beste eerst").replace("%1", str(count))
