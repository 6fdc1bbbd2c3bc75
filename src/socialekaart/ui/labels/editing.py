"""Words of the editing screens: kinds of entry, groups, field labels, statuses and coded choices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from socialekaart.ui.labels.catalog import access_label, area_kind_label, entry_kind_label, provider_kind_label

if TYPE_CHECKING:
    pass


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
