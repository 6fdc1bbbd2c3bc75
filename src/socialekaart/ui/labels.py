"""Translatable UI labels for the Dutch profile's codes (access type, kind of entry, weekdays, ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from socialekaart.catalog.profile import ACCESS_TYPES


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


def open_now_label(open_now: bool | None) -> str:
    if open_now is None:
        return ""
    return (
        QCoreApplication.translate("Labels", "Nu open")
        if open_now
        else QCoreApplication.translate("Labels", "Nu gesloten")
    )


def distance_label(km: float | None) -> str:
    """'350 m', '1,2 km' (Dutch decimal comma), '' when unknown."""
    if km is None:
        return ""
    if km < 1:
        return QCoreApplication.translate("Labels", "%1 m").replace("%1", str(int(max(10, round(km * 1000, -1)))))
    text = f"{km:.1f}" if km < 10 else f"{km:.0f}"
    return QCoreApplication.translate("Labels", "%1 km").replace("%1", text.replace(".", ","))


def mnemonic_safe(text: str) -> str:
    """Catalog text on a button: '&' would become a keyboard mnemonic, so double it."""
    return text.replace("&", "&&")
