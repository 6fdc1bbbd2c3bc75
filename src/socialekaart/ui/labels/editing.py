"""Words of the editing screens: kinds of entry, groups, field labels, statuses and coded choices."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from socialekaart.ui.labels.catalog import access_label, area_kind_label, entry_kind_label, provider_kind_label

if TYPE_CHECKING:
    from socialekaart.catalog.validation import Problem


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


def _expected_label(expected: str) -> str:
    names = {
        "text": QCoreApplication.translate("Labels", "tekst"),
        "integer": QCoreApplication.translate("Labels", "een geheel getal"),
        "number": QCoreApplication.translate("Labels", "een getal"),
        "flag": QCoreApplication.translate("Labels", "ja of nee (true/false)"),
        "date": QCoreApplication.translate("Labels", "een datum (JJJJ-MM-DD)"),
        "time": QCoreApplication.translate("Labels", "een tijd (UU:MM)"),
        "datetime": QCoreApplication.translate("Labels", "een tijdstip (JJJJ-MM-DDTUU:MM:SS)"),
    }
    return names.get(expected, expected)


def _problem_texts() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Per refusal code: the wording, and which params fill %1, %2, ... in turn."""
    return {
        "empty": (QCoreApplication.translate("Labels", "mag niet leeg zijn"), ()),
        "required": (QCoreApplication.translate("Labels", "verplicht veld ontbreekt"), ()),
        "unknown_field": (QCoreApplication.translate("Labels", "onbekend veld voor %1"), ("entity",)),
        "unknown_field_of": (QCoreApplication.translate("Labels", "onbekend veld '%1' van %2"), ("value", "entity")),
        "unknown_entity": (QCoreApplication.translate("Labels", "onbekend soort gegeven '%1'"), ("value",)),
        "wrong_type": (QCoreApplication.translate("Labels", "ongeldige waarde: verwacht %1"), ("expected",)),
        "unreadable_date": (
            QCoreApplication.translate("Labels", "ongeldige datum: verwacht bijvoorbeeld 24-11-2026"),
            (),
        ),
        "unreadable_time": (QCoreApplication.translate("Labels", "ongeldige tijd: verwacht bijvoorbeeld 09:30"), ()),
        "too_big": (QCoreApplication.translate("Labels", "getal is te groot"), ()),
        "too_long": (QCoreApplication.translate("Labels", "te lang (meer dan %1 tekens)"), ("max",)),
        "control_chars": (
            QCoreApplication.translate("Labels", "bevat stuurtekens of tekens die de schrijfrichting omdraaien"),
            (),
        ),
        "line_break": (
            QCoreApplication.translate(
                "Labels", "bevat een regeleinde, stuurtekens of tekens die de schrijfrichting omdraaien"
            ),
            (),
        ),
        "not_finite": (
            QCoreApplication.translate("Labels", "geen eindig getal (NaN en oneindig zijn niet toegestaan)"),
            (),
        ),
        "min_over_max": (
            QCoreApplication.translate("Labels", "de maximumleeftijd (%1) ligt onder de minimumleeftijd (%2)"),
            ("high", "low"),
        ),
        "unknown_code": (
            QCoreApplication.translate("Labels", "onbekende waarde '%1': kies uit %2"),
            ("value", "allowed"),
        ),
        "out_of_range": (
            QCoreApplication.translate("Labels", "waarde %1 ligt buiten %2 tot %3"),
            ("value", "low", "high"),
        ),
        "geojson": (QCoreApplication.translate("Labels", "geen geldige GeoJSON-geometrie"), ()),
        "polygon": (QCoreApplication.translate("Labels", "verwacht een (Multi)Polygon in GeoJSON"), ()),
        "postcode": (
            QCoreApplication.translate(
                "Labels", "ongeldige postcode '%1': verwacht vier cijfers en twee letters, zoals 4901 AB"
            ),
            ("value",),
        ),
        "phone_unreadable": (QCoreApplication.translate("Labels", "ongeldig telefoonnummer '%1'"), ("value",)),
        "phone": (
            QCoreApplication.translate(
                "Labels", "ongeldig telefoonnummer '%1': verwacht bijvoorbeeld 0162 123456 of +31 162 123456"
            ),
            ("value",),
        ),
        "email": (QCoreApplication.translate("Labels", "ongeldig e-mailadres '%1'"), ("value",)),
        "url_unreadable": (QCoreApplication.translate("Labels", "ongeldig webadres '%1'"), ("value",)),
        "url": (
            QCoreApplication.translate(
                "Labels", "ongeldig webadres '%1': verwacht bijvoorbeeld https://www.voorbeeld.nl"
            ),
            ("value",),
        ),
        "unknown_area": (QCoreApplication.translate("Labels", "onbekende gebiedscode '%1'"), ("value",)),
        "unknown_need": (QCoreApplication.translate("Labels", "onbekende behoefte '%1'"), ("value",)),
        "schedule_freq": (
            QCoreApplication.translate("Labels", "onbekende herhaling '%1': kies uit %2"),
            ("value", "allowed"),
        ),
        "schedule_day": (
            QCoreApplication.translate(
                "Labels", "onbekende dag '%1': gebruik MO, TU, WE, TH, FR, SA, SU (of 1MO, -1FR)"
            ),
            ("value",),
        ),
        "schedule_ordinal": (
            QCoreApplication.translate("Labels", "'%1' (de zoveelste dag van de maand) past niet bij %2"),
            ("value", "freq"),
        ),
        "schedule_numbers": (
            QCoreApplication.translate(
                "Labels", "verwacht getallen van 1 tot %1 (of negatief), gescheiden door komma's"
            ),
            ("limit",),
        ),
        "schedule_whole": (QCoreApplication.translate("Labels", "verwacht een geheel getal van 1 of meer"), ()),
        "schedule_wkst": (
            QCoreApplication.translate("Labels", "onbekende dag '%1': gebruik MO, TU, WE, TH, FR, SA, SU"),
            ("value",),
        ),
    }


def _resident_data_label(found: str) -> str | None:
    texts = {
        "bsn": QCoreApplication.translate("Labels", "lijkt een BSN te bevatten: typ geen gegevens van inwoners"),
        "email": QCoreApplication.translate("Labels", "bevat een e-mailadres: typ geen gegevens van personen"),
        "phone": QCoreApplication.translate("Labels", "bevat een telefoonnummer: typ geen gegevens van personen"),
    }
    return texts.get(found)


def problem_label(problem: Problem) -> str:
    """Why a value may not be stored, in the UI language, from the refusal's code and params (the Dutch reason
    the catalog gave for a code this list does not know)."""
    params = dict(problem.params)
    if problem.code == "resident_data":
        return _resident_data_label(params.get("found", "")) or problem.reason
    if problem.code == "wrong_type":
        params["expected"] = _expected_label(params.get("expected", ""))
    wording = _problem_texts().get(problem.code)
    if wording is None:
        return problem.reason
    text, names = wording
    values = [params.get(name, "") for name in names]
    # In one pass, so a value that holds "%2" itself is shown as typed.
    return re.sub(
        r"%([1-9])", lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(), text
    )
