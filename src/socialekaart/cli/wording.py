"""The command line's Dutch wording of search answers: the structured reasons ("naam: Taalcafé (vorm van 'taal')") and
what it says when nothing was found."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the command line imports search only when it searches
    from socialekaart.search.explain import Detail, Reason

FIELD_WORDS = {
    "name": "naam",
    "alternate_name": "andere naam",
    "need": "behoefte",
    "organization": "organisatie",
    "target_group": "doelgroep",
    "location": "locatie",
    "need_description": "omschrijving behoefte",
    "description": "omschrijving",
}
RELATION_WORDS = {
    "contains": "bevat",
    "form_of": "vorm van",
    "related_to": "verwant aan",
    "begins_with": "begint met",
    "parts_of": "delen van",
    "via": "via",
    "narrower_via": "valt onder {need}, via",
    "broader_via": "breder dan {need}, via",
}


def quoted(text: str) -> str:
    """A word of the query or the thesaurus inside a reason."""
    return f"'{text}'"


def reason_texts(why: Iterable[Reason]) -> list[str]:
    """The reasons of one hit, one Dutch line each."""
    return [reason_text(r) for r in why]


def reason_text(reason: Reason) -> str:
    """One reason in Dutch, as the command line prints it and ``--json`` gives it in ``why``."""
    kind, words = reason.kind, reason.words
    where = FIELD_WORDS.get(reason.field, reason.field)
    if kind in ("word", "need"):
        base = f"{where}: {words[0] if words else ''}"
    elif kind == "parts":
        base = f"{where}: {' + '.join(words)}"
    elif kind == "typo":
        base = f"typfout: {' → '.join(words)}" + (f" ({where})" if reason.field else "")
    elif kind == "no_query":
        base = "geen zoekwoorden: lichtste hulp en laatst gecontroleerd eerst"
    elif kind == "area_in":
        base = f"gebied: ligt in {words[0]}"
    elif kind == "area_for":
        base = f"gebied: werkt voor {words[0]}"
    elif kind == "area_only":
        kinds = reason.area_kinds or ("",) * len(words)
        base = "gebied: alleen voor " + ", ".join(f"{k} {n}" if k else n for k, n in zip(kinds, words, strict=True))
    elif kind == "distance":
        base = f"afstand: {reason.km or 0.0:.1f} km".replace(".", ",")
    elif kind == "open_now":
        base = "nu open"
    elif kind == "open_on":
        base = f"open op {reason.day:%d-%m-%Y}" if reason.day is not None else "open op"
    else:
        base = " ".join((kind, *words))
    details = [_detail_text(d) for d in reason.details]
    return f"{base} ({'; '.join(details)})" if details else base


def _detail_text(detail: Detail) -> str:
    relation = RELATION_WORDS.get(detail.relation, detail.relation).replace("{need}", quoted(detail.need))
    return f"{relation} {', '.join(quoted(i) for i in detail.items)}".strip()


def reason_json(reason: Reason) -> dict[str, Any]:
    """A reason as plain data for ``--json`` (its structured form, next to the Dutch line in ``why``)."""
    out: dict[str, Any] = {"kind": reason.kind}
    if reason.field:
        out["field"] = reason.field
    if reason.words:
        out["words"] = list(reason.words)
    if reason.details:
        out["details"] = [
            {"relation": d.relation, "items": list(d.items), **({"need": d.need} if d.need else {})}
            for d in reason.details
        ]
    if reason.area_kinds and any(reason.area_kinds):
        out["area_kinds"] = list(reason.area_kinds)
    if reason.km is not None:
        out["km"] = round(reason.km, 2)
    if reason.day is not None:
        out["day"] = reason.day.isoformat()
    return out


def no_results_text(query: str, response: Any, filters_used: bool) -> str:
    """What the command says when a search found nothing: why, how many without filters, and "Bedoelde u"."""
    shown = " ".join(response.terms) or query.strip()[:60]
    if not shown:
        return "Geen diensten gevonden met deze filters." if filters_used else "Geen diensten gevonden."
    if response.filtered_out:
        count = response.filtered_out
        text = f"Geen resultaten voor '{shown}' met deze filters; zonder filters {count} "
        text += "resultaat." if count == 1 else "resultaten."
    else:
        text = f"Geen resultaten voor '{shown}'."
    if response.suggestions:
        text += " Bedoelde u: " + " / ".join(response.suggestions) + "?"
    return text


# --- keeping the catalog true ---------------------------------------------------------------------------------

PROBLEM_WORDS = {
    "onjuist": "klopt niet",
    "verouderd": "verouderd",
    "bestaat_niet": "bestaat niet meer",
    "dubbel": "staat er dubbel in",
    "anders": "anders",
}
SOURCE_WORDS = {"local": "hier", "server": "server"}


def verified_text(on: Any, by: str) -> str:
    """ "gecontroleerd op 7-12-2026 door Wendy"."""
    day = f"{on.day}-{on.month}-{on.year}"
    return f"gecontroleerd op {day} door {by}" if by else f"gecontroleerd op {day}"


def never_or_date(on: Any) -> str:
    """A check date in a list, or "nooit"."""
    return "nooit" if on is None else f"{on.day}-{on.month}-{on.year}"


def value_text(value: Any) -> str:
    """A field value in history: empty shows as a dash."""
    return "—" if value in (None, "") else repr(value) if not isinstance(value, str) else f"'{value}'"


def change_text(field: str, old: Any, new: Any) -> str:
    """ "naam: 'Buurtsoep' → 'Buurtsoep Dorst'"."""
    return f"{field}: {value_text(old)} → {value_text(new)}"
