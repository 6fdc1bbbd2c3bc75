"""Words for the catalog's data in the UI language: access types and kinds, dates, ages, opening hours, contact
channels and cost."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from socialekaart.catalog.profile import ACCESS_TYPES

if TYPE_CHECKING:
    from socialekaart.catalog.queries import (
        ContactChannel,
        CostLine,
        ServedArea,
        ServiceDetail,
        TimeSlot,
        WeekHours,
    )


def access_label(code: str | None) -> str:
    """The badge text of an access type ('Vrij toegankelijk'); empty for unknown."""
    labels = {
        "sociale_basis": QCoreApplication.translate("Labels", "Sociale basis"),
        "brede_voorziening": QCoreApplication.translate("Labels", "Brede voorziening"),
        "vrij_toegankelijk": QCoreApplication.translate("Labels", "Vrij toegankelijk"),
        "niet_vrij_toegankelijk": QCoreApplication.translate("Labels", "Niet vrij toegankelijk"),
    }
    return labels.get(code or "", "")


def access_explanation(code: str | None) -> str:
    """One sentence on what the access type means for the resident."""
    texts = {
        "sociale_basis": QCoreApplication.translate(
            "Labels", "Buurt, vereniging of vrijwilligers: iedereen kan meedoen."
        ),
        "brede_voorziening": QCoreApplication.translate(
            "Labels", "Voor alle inwoners, zoals bibliotheek, sport en cultuur."
        ),
        "vrij_toegankelijk": QCoreApplication.translate("Labels", "Zonder indicatie, verwijzing of diagnose."),
        "niet_vrij_toegankelijk": QCoreApplication.translate("Labels", "Alleen met een beschikking of verwijzing."),
    }
    return texts.get(code or "", "")


ACCESS_CODES = ACCESS_TYPES  # the profile's codes, lightest first


def entry_kind_label(code: str | None) -> str:
    labels = {
        "dienst": QCoreApplication.translate("Labels", "Dienst"),
        "activiteit": QCoreApplication.translate("Labels", "Activiteit"),
        "voorziening": QCoreApplication.translate("Labels", "Voorziening"),
        "bewonersinitiatief": QCoreApplication.translate("Labels", "Bewonersinitiatief"),
        "platform": QCoreApplication.translate("Labels", "Platform"),
    }
    return labels.get(code or "", code or "")


def provider_kind_label(code: str | None) -> str:
    labels = {
        "professional": QCoreApplication.translate("Labels", "Professional"),
        "vrijwilliger": QCoreApplication.translate("Labels", "Vrijwilligers"),
        "ervaringsdeskundige": QCoreApplication.translate("Labels", "Ervaringsdeskundigen"),
    }
    return labels.get(code or "", code or "")


def area_kind_label(kind: str) -> str:
    labels = {
        "gemeente": QCoreApplication.translate("Labels", "gemeente"),
        "kern": QCoreApplication.translate("Labels", "kern"),
        "wijk": QCoreApplication.translate("Labels", "wijk"),
        "buurt": QCoreApplication.translate("Labels", "buurt"),
    }
    return labels.get(kind, kind)


def weekday_name(weekday: int) -> str:
    """0 = Monday."""
    names = (
        QCoreApplication.translate("Labels", "maandag"),
        QCoreApplication.translate("Labels", "dinsdag"),
        QCoreApplication.translate("Labels", "woensdag"),
        QCoreApplication.translate("Labels", "donderdag"),
        QCoreApplication.translate("Labels", "vrijdag"),
        QCoreApplication.translate("Labels", "zaterdag"),
        QCoreApplication.translate("Labels", "zondag"),
    )
    return names[weekday]


def date_label(day: date) -> str:
    """'10 juni 2025' (or '10 June 2025'): the day in the UI language's month names."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def verified_label(last_verified: date | None, stale: bool, by: str = "") -> str:
    """'Gecontroleerd op 10 juni 2025 door an@gemeente.nl' (or 'Laatst gecontroleerd: 10 juni 2025' when who is
    not known), with a warning when the entry is stale or was never checked."""
    if last_verified is None:
        return QCoreApplication.translate("Labels", "Laatst gecontroleerd: onbekend — mogelijk verouderd")
    if by:
        text = QCoreApplication.translate("Labels", "Gecontroleerd op %1 door %2")
        text = text.replace("%1", date_label(last_verified)).replace("%2", by)
    else:
        text = QCoreApplication.translate("Labels", "Laatst gecontroleerd: %1").replace("%1", date_label(last_verified))
    if stale:
        text += " — " + QCoreApplication.translate("Labels", "langer dan 12 maanden geleden, mogelijk verouderd")
    return text


def age_label(minimum: int | None, maximum: int | None) -> str:
    """'14–23 jaar', 'vanaf 18 jaar', 'tot 12 jaar' or '' (no ages known)."""
    if minimum is not None and maximum is not None:
        return (
            QCoreApplication.translate("Labels", "%1–%2 jaar").replace("%1", str(minimum)).replace("%2", str(maximum))
        )
    if minimum is not None:
        return QCoreApplication.translate("Labels", "vanaf %1 jaar").replace("%1", str(minimum))
    if maximum is not None:
        return QCoreApplication.translate("Labels", "tot %1 jaar").replace("%1", str(maximum))
    return ""


def served_area_label(area: ServedArea) -> str:
    """'Dorst', or 'gemeente Oosterhout' for a whole municipality."""
    if area.kind == "gemeente":
        return QCoreApplication.translate("Labels", "gemeente %1").replace("%1", area.name)
    return area.name


def time_label(moment: time) -> str:
    """'09.30' (Dutch clock notation) or '09:30'."""
    return QCoreApplication.translate("Labels", "%1.%2").replace("%1", f"{moment:%H}").replace("%2", f"{moment:%M}")


def slot_label(slot: TimeSlot) -> str:
    """'09.30–11.30'."""
    return f"{time_label(slot.opens)}–{time_label(slot.closes)}"


def slots_label(slots: Sequence[TimeSlot]) -> str:
    """A day's slots, '09.00–12.30, 19.00–21.00', or 'gesloten' when there are none."""
    return ", ".join(slot_label(s) for s in slots) if slots else QCoreApplication.translate("Labels", "gesloten")


def weekday_short(weekday: int) -> str:
    """'di' (or 'Tue'); 0 = Monday."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def walk_in_label(hours: WeekHours, place: str = "") -> str:
    """'di 09.30–11.30; do 13.30–15.30 — De Klip': the walk-in slots of a week, and where."""
    parts = [f"{weekday_short(day)} {slots_label(slots)}" for day, slots in enumerate(hours.days) if slots]
    text = "; ".join([*parts, *hours.other])
    return f"{text} — {place}" if place and text else text


def channel_text(channel: ContactChannel) -> str:
    """What the detail shows (and copies) of a contact channel: the number with its extension, the address, the
    walk-in hours."""
    if channel.kind == "walk_in" and channel.hours is not None:
        return walk_in_label(channel.hours, channel.place)
    if channel.extension is not None:
        return (
            QCoreApplication.translate("Labels", "%1 toestel %2")
            .replace("%1", channel.value)
            .replace("%2", str(channel.extension))
        )
    return channel.value


def channel_kind_label(kind: str) -> str:
    """'Telefoon', 'E-mail', 'Website', 'Inloop'."""
    names = {
        "phone": QCoreApplication.translate("Labels", "Telefoon"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "website": QCoreApplication.translate("Labels", "Website"),
        "walk_in": QCoreApplication.translate("Labels", "Inloop"),
    }
    return names.get(kind, kind)


def money_label(amount: float, currency: str = "EUR") -> str:
    """'€ 2,50', '€ 3' (whole amounts without cents) in the UI language's notation."""
    symbol = "€" if currency.upper() in ("", "EUR") else currency.upper()
    precision = 0 if float(amount).is_integer() else 2
    return QLocale().toCurrencyString(float(amount), symbol, precision)


def free_label() -> str:
    return QCoreApplication.translate("Labels", "Gratis")


def cost_option_label(line: CostLine) -> str:
    """'Cursus € 2,50 per keer'."""
    amount = money_label(line.amount, line.currency) if line.amount is not None else ""
    return " ".join(p for p in (line.option, amount, line.amount_description) if p)


_FREE_WORDS = ("gratis", "kosteloos", "free", "geen kosten")


def cost_lines(detail: ServiceDetail) -> list[str]:
    """The detail's cost: free or not, the cost options, the catalog's own fee text (unless it repeats them);
    'Onbekend' when nothing is known."""
    lines = []
    if detail.free_of_charge is True:
        lines.append(free_label())
    elif detail.free_of_charge is False and not detail.cost_options and not detail.fees_description:
        lines.append(QCoreApplication.translate("Labels", "Niet gratis"))
    lines.extend(cost_option_label(line) for line in detail.cost_options)
    fees = detail.fees_description.strip().lower().rstrip(".")
    if detail.free_of_charge and fees in _FREE_WORDS:
        fees = ""
    if fees and fees not in (line.lower() for line in lines):
        lines.append(detail.fees_description)
    return lines or [QCoreApplication.translate("Labels", "Onbekend")]
