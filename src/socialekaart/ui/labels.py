"""The one place where the UI words data: the Dutch profile's codes, dates, ages, cost, opening hours, contact
channels and the sync state, all through Qt's translation (Dutch source text, English in resources/i18n)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
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
    from socialekaart.search.explain import Detail, Reason
    from socialekaart.sync.status import SyncStatus


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


# --- dates and ages ---------------------------------------------------------------------------------------------


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


# --- opening hours ----------------------------------------------------------------------------------------------


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


# --- cost -------------------------------------------------------------------------------------------------------


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


# --- sync -------------------------------------------------------------------------------------------------------


def sync_time_label(iso_utc: str) -> str:
    """A stored UTC moment ('2026-11-22T21:50:00') as local 'dd-mm-jjjj uu:mm'."""
    try:
        moment = datetime.fromisoformat(iso_utc)
    except ValueError:
        return iso_utc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def sync_state_parts(status: SyncStatus, syncing: bool = False) -> list[str]:
    """The sync state in short parts: last sync, waiting edits, open conflicts, the last failure (not while a new
    attempt runs). Server messages stay Dutch."""
    parts: list[str] = []
    if status.last_sync:
        parts.append(
            QCoreApplication.translate("Labels", "Laatst gesynchroniseerd: %1").replace(
                "%1", sync_time_label(status.last_sync)
            )
        )
    elif not syncing:
        parts.append(QCoreApplication.translate("Labels", "Nog niet gesynchroniseerd"))
    if status.pending == 1:
        parts.append(QCoreApplication.translate("Labels", "1 wijziging wacht"))
    elif status.pending:
        parts.append(QCoreApplication.translate("Labels", "%1 wijzigingen wachten").replace("%1", str(status.pending)))
    if status.conflicts == 1:
        parts.append(QCoreApplication.translate("Labels", "1 conflict"))
    elif status.conflicts:
        parts.append(QCoreApplication.translate("Labels", "%1 conflicten").replace("%1", str(status.conflicts)))
    if status.last_error and not syncing:
        parts.append(QCoreApplication.translate("Labels", "Mislukt: %1").replace("%1", status.last_error))
    return parts


def sync_state_line(status: SyncStatus) -> str:
    """The sync state in one line (the conflicts window's)."""
    return " · ".join(sync_state_parts(status))


def sync_line(
    status: SyncStatus | None,
    *,
    server: bool,
    running: bool,
    syncing: bool = False,
    saving_token: bool = False,
    token_error: str | None = None,
) -> str:
    """The status bar's sync line. `server`: a sync server is set; `running`: its scheduler runs (a token is in
    hand); `token_error`: why the stored token could not be read."""
    if saving_token:
        return QCoreApplication.translate("Labels", "Synchronisatie: token opslaan…")
    if not server or (not running and status is None):
        return QCoreApplication.translate("Labels", "Synchronisatie: nog niet ingesteld")
    parts = [QCoreApplication.translate("Labels", "Synchroniseren…")] if syncing else []
    if status is not None:
        parts.extend(sync_state_parts(status, syncing))
    if not running:
        if token_error:
            parts.append(
                QCoreApplication.translate(
                    "Labels", "token niet te lezen (%1); vul het opnieuw in bij Instellingen"
                ).replace("%1", token_error)
            )
        else:
            parts.append(QCoreApplication.translate("Labels", "geen token"))
    return " · ".join(parts)


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


# --- editing ----------------------------------------------------------------------------------------------------


def stale_marker_label() -> str:
    """The small marker on a result card not checked for the set number of months."""
    return QCoreApplication.translate("Labels", "Niet gecontroleerd")


def entry_kind_name(kind: str) -> str:
    """What kind of entry an editor edits ('Dienst', 'Locatie', ...)."""
    names = {
        "service": QCoreApplication.translate("Labels", "Dienst of activiteit"),
        "organization": QCoreApplication.translate("Labels", "Organisatie"),
        "location": QCoreApplication.translate("Labels", "Locatie (activiteitencentrum, dorpshuis)"),
        "initiative": QCoreApplication.translate("Labels", "Bewonersinitiatief"),
        "volunteer": QCoreApplication.translate("Labels", "Vrijwilliger"),
    }
    return names.get(kind, kind)


def edit_group_label(group: str) -> str:
    """A group of an editing screen, as a person thinks of an entry."""
    names = {
        "wat": QCoreApplication.translate("Labels", "Wat"),
        "voor_wie": QCoreApplication.translate("Labels", "Voor wie"),
        "waar": QCoreApplication.translate("Labels", "Waar"),
        "wanneer": QCoreApplication.translate("Labels", "Wanneer"),
        "contact": QCoreApplication.translate("Labels", "Contact"),
        "kosten": QCoreApplication.translate("Labels", "Kosten"),
        "toegang": QCoreApplication.translate("Labels", "Toegang"),
    }
    return names.get(group, group)


def field_label(name: str) -> str:
    """The label of a catalog field on an editing screen; the column name for a field without one."""
    names = {
        "name": QCoreApplication.translate("Labels", "Naam"),
        "alternate_name": QCoreApplication.translate("Labels", "Andere naam"),
        "description": QCoreApplication.translate("Labels", "Omschrijving"),
        "organization_id": QCoreApplication.translate("Labels", "Organisatie"),
        "parent_organization_id": QCoreApplication.translate("Labels", "Hoort bij organisatie"),
        "program_id": QCoreApplication.translate("Labels", "Programma"),
        "service_id": QCoreApplication.translate("Labels", "Dienst"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "alert": QCoreApplication.translate("Labels", "Let op (melding bovenaan)"),
        "entry_kind": QCoreApplication.translate("Labels", "Soort aanbod"),
        "provider_kind": QCoreApplication.translate("Labels", "Uitgevoerd door"),
        "eligibility_description": QCoreApplication.translate("Labels", "Voor wie (omschrijving)"),
        "minimum_age": QCoreApplication.translate("Labels", "Leeftijd vanaf"),
        "maximum_age": QCoreApplication.translate("Labels", "Leeftijd tot en met"),
        "interpretation_services": QCoreApplication.translate("Labels", "Tolk"),
        "url": QCoreApplication.translate("Labels", "Website"),
        "website": QCoreApplication.translate("Labels", "Website"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "phone": QCoreApplication.translate("Labels", "Telefoon"),
        "fees": QCoreApplication.translate("Labels", "Kosten"),
        "fees_description": QCoreApplication.translate("Labels", "Kosten (toelichting)"),
        "free_of_charge": QCoreApplication.translate("Labels", "Gratis"),
        "access_type": QCoreApplication.translate("Labels", "Toegankelijkheid"),
        "access_granted_by": QCoreApplication.translate("Labels", "Toegang via"),
        "application_process": QCoreApplication.translate("Labels", "Aanmelden"),
        "wait_time": QCoreApplication.translate("Labels", "Wachttijd"),
        "accreditations": QCoreApplication.translate("Labels", "Keurmerken"),
        "licenses": QCoreApplication.translate("Labels", "Vergunningen"),
        "legal_status": QCoreApplication.translate("Labels", "Rechtsvorm"),
        "tax_status": QCoreApplication.translate("Labels", "Fiscale status"),
        "tax_id": QCoreApplication.translate("Labels", "Fiscaal nummer"),
        "year_incorporated": QCoreApplication.translate("Labels", "Opgericht in"),
        "logo": QCoreApplication.translate("Labels", "Logo (webadres)"),
        "uri": QCoreApplication.translate("Labels", "Webadres (URI)"),
        "location_type": QCoreApplication.translate("Labels", "Soort locatie"),
        "transportation": QCoreApplication.translate("Labels", "Bereikbaarheid"),
        "latitude": QCoreApplication.translate("Labels", "Breedtegraad"),
        "longitude": QCoreApplication.translate("Labels", "Lengtegraad"),
        "external_identifier": QCoreApplication.translate("Labels", "Extern kenmerk"),
        "external_identifier_type": QCoreApplication.translate("Labels", "Soort extern kenmerk"),
        "buurt_code": QCoreApplication.translate("Labels", "Buurtcode"),
        "wijk_code": QCoreApplication.translate("Labels", "Wijkcode"),
        "address_1": QCoreApplication.translate("Labels", "Straat en huisnummer"),
        "address_2": QCoreApplication.translate("Labels", "Adresregel 2"),
        "attention": QCoreApplication.translate("Labels", "T.a.v."),
        "postal_code": QCoreApplication.translate("Labels", "Postcode"),
        "city": QCoreApplication.translate("Labels", "Plaats"),
        "region": QCoreApplication.translate("Labels", "Regio"),
        "state_province": QCoreApplication.translate("Labels", "Provincie"),
        "country": QCoreApplication.translate("Labels", "Land"),
        "address_type": QCoreApplication.translate("Labels", "Soort adres"),
        "wijkmakelaar_name": QCoreApplication.translate("Labels", "Wijkmakelaar"),
        "wijkmakelaar_email": QCoreApplication.translate("Labels", "E-mail wijkmakelaar"),
        "wijkmakelaar_phone": QCoreApplication.translate("Labels", "Telefoon wijkmakelaar"),
        "started": QCoreApplication.translate("Labels", "Gestart op"),
        "werkgebieden": QCoreApplication.translate("Labels", "Werkgebieden (behoeften)"),
        "area_code": QCoreApplication.translate("Labels", "Gebied"),
        "availability": QCoreApplication.translate("Labels", "Beschikbaar"),
        "languages": QCoreApplication.translate("Labels", "Talen"),
        "own_transport": QCoreApplication.translate("Labels", "Eigen vervoer"),
        "capacity": QCoreApplication.translate("Labels", "Aantal hulpvragen tegelijk"),
        "consent_date": QCoreApplication.translate("Labels", "Toestemming gegeven op"),
        "freq": QCoreApplication.translate("Labels", "Herhaling"),
        "byday": QCoreApplication.translate("Labels", "Dagen"),
        "bymonthday": QCoreApplication.translate("Labels", "Dag van de maand"),
        "opens_at": QCoreApplication.translate("Labels", "Open"),
        "closes_at": QCoreApplication.translate("Labels", "Dicht"),
        "valid_from": QCoreApplication.translate("Labels", "Vanaf"),
        "valid_to": QCoreApplication.translate("Labels", "Tot en met"),
        "notes": QCoreApplication.translate("Labels", "Opmerking"),
        "number": QCoreApplication.translate("Labels", "Nummer"),
        "needs": QCoreApplication.translate("Labels", "Behoeften"),
        "areas": QCoreApplication.translate("Labels", "Werkgebied"),
    }
    return names.get(name, name)


def status_label(code: str) -> str:
    """A service status ('active', ...) as the editor lists it."""
    names = {
        "active": QCoreApplication.translate("Labels", "Actief"),
        "inactive": QCoreApplication.translate("Labels", "Niet actief"),
        "defunct": QCoreApplication.translate("Labels", "Opgeheven"),
        "temporarily closed": QCoreApplication.translate("Labels", "Tijdelijk gesloten"),
    }
    return names.get(code, code)


def choice_label(name: str, code: str) -> str:
    """A coded value in an editor's list, in words where the UI has them."""
    if name == "access_type":
        return access_label(code) or code
    if name == "entry_kind":
        return entry_kind_label(code) or code
    if name == "provider_kind":
        return provider_kind_label(code) or code
    if name == "status":
        return status_label(code)
    if name == "kind":
        return area_kind_label(code) or code
    return code


# --- lijstje and volunteer matching -----------------------------------------------------------------------------


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


# ----------------------------------------------------------------------------------------------------------------
# Reasons: why a result was found, worded from the search engine's structured reasons (search.explain.Reason)


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
