"""Words of the lookup: the map page's own words, open now, distances, and catalog text made safe on a button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from socialekaart.catalog.profile import ACCESS_TYPES
from socialekaart.ui.labels.catalog import access_label

if TYPE_CHECKING:
    pass


def map_words() -> dict[str, object]:
    """The map page's own words (legend, popups, tooltips) in the UI language; map.js has the Dutch defaults."""
    access: dict[str, str] = {code: access_label(code) for code in ACCESS_TYPES}
    access["unknown"] = QCoreApplication.translate("Labels", "Toegang onbekend")
    return {
        "open": QCoreApplication.translate("Labels", "Nu open"),
        "closed": QCoreApplication.translate("Labels", "Nu gesloten"),
        "hoursUnknown": QCoreApplication.translate("Labels", "Openingstijden onbekend"),
        "legend": QCoreApplication.translate("Labels", "Legenda"),
        "coverageTitle": QCoreApplication.translate("Labels", "Aanbod per buurt: %1"),
        "coverageNone": QCoreApplication.translate("Labels", "geen"),
        "coverageOne": QCoreApplication.translate("Labels", "1 plek of dienst"),
        "coverageMany": QCoreApplication.translate("Labels", "%1 plekken of diensten"),
        "resident": QCoreApplication.translate("Labels", "Adres van de inwoner"),
        "atAddress": QCoreApplication.translate("Labels", "%1 op dit adres"),
        "access": access,
    }


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
