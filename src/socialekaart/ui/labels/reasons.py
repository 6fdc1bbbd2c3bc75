"""Words for why a result was found, from the search engine's structured reasons (search.explain.Reason)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from socialekaart.ui.labels.catalog import area_kind_label

if TYPE_CHECKING:
    from socialekaart.search.explain import Detail, Reason


def _reason_field(key: str) -> str:
    labels = {
        "name": QCoreApplication.translate("Reasons", "naam"),
        "alternate_name": QCoreApplication.translate("Reasons", "andere naam"),
        "need": QCoreApplication.translate("Reasons", "behoefte"),
        "organization": QCoreApplication.translate("Reasons", "organisatie"),
        "target_group": QCoreApplication.translate("Reasons", "doelgroep"),
        "location": QCoreApplication.translate("Reasons", "locatie"),
        "need_description": QCoreApplication.translate("Reasons", "omschrijving behoefte"),
        "description": QCoreApplication.translate("Reasons", "omschrijving"),
    }
    return labels.get(key, key)


def _reason_detail(detail: Detail) -> str:
    items = ", ".join(f"'{item}'" for item in detail.items)
    need = f"'{detail.need}'"
    texts = {
        "contains": QCoreApplication.translate("Reasons", "bevat %1"),
        "form_of": QCoreApplication.translate("Reasons", "vorm van %1"),
        "related_to": QCoreApplication.translate("Reasons", "verwant aan %1"),
        "begins_with": QCoreApplication.translate("Reasons", "begint met %1"),
        "parts_of": QCoreApplication.translate("Reasons", "delen van %1"),
        "via": QCoreApplication.translate("Reasons", "via %1"),
        "narrower_via": QCoreApplication.translate("Reasons", "valt onder %2, via %1"),
        "broader_via": QCoreApplication.translate("Reasons", "breder dan %2, via %1"),
    }
    text = texts.get(detail.relation, detail.relation + " %1")
    return text.replace("%2", need).replace("%1", items).strip()


def _reason_base(reason: Reason) -> str:
    words = reason.words
    first = words[0] if words else ""
    kind = reason.kind
    if kind in ("word", "need"):
        return (
            QCoreApplication.translate("Reasons", "%1: %2")
            .replace("%1", _reason_field(reason.field))
            .replace("%2", first)
        )
    if kind == "parts":
        return (
            QCoreApplication.translate("Reasons", "%1: %2")
            .replace("%1", _reason_field(reason.field))
            .replace("%2", " + ".join(words))
        )
    if kind == "typo":
        typo = QCoreApplication.translate("Reasons", "typfout: %1").replace("%1", " → ".join(words))
        return f"{typo} ({_reason_field(reason.field)})" if reason.field else typo
    if kind == "area_in":
        return QCoreApplication.translate("Reasons", "gebied: ligt in %1").replace("%1", first)
    if kind == "area_for":
        return QCoreApplication.translate("Reasons", "gebied: werkt voor %1").replace("%1", first)
    if kind == "area_only":
        kinds = reason.area_kinds or ("",) * len(words)
        names = ", ".join(f"{area_kind_label(k)} {n}" if k else n for k, n in zip(kinds, words, strict=True))
        return QCoreApplication.translate("Reasons", "gebied: alleen voor %1").replace("%1", names)
    if kind == "distance":
        km = QLocale().toString(float(reason.km or 0.0), "f", 1)
        return QCoreApplication.translate("Reasons", "afstand: %1 km").replace("%1", km)
    if kind == "open_on" and reason.day is not None:
        return QCoreApplication.translate("Reasons", "open op %1").replace("%1", f"{reason.day:%d-%m-%Y}")
    texts = {
        "no_query": QCoreApplication.translate(
            "Reasons", "geen zoekwoorden: lichtste hulp en laatst gecontroleerd eerst"
        ),
        "open_now": QCoreApplication.translate("Reasons", "nu open"),
    }
    return texts.get(kind, " ".join((kind, *words)))


def reason_label(reason: Reason) -> str:
    """One reason a result was found, in the UI language ("naam: Taalcafé (vorm van 'taal')")."""
    base = _reason_base(reason)
    details = "; ".join(_reason_detail(d) for d in reason.details)
    return f"{base} ({details})" if details else base


def reasons_label(why: Iterable[Reason]) -> str:
    """All reasons of one result on one line."""
    return "; ".join(reason_label(r) for r in why)
