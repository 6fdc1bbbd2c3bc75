"""The whole authored demo catalog in one place."""

from __future__ import annotations

from . import services_jeugd, services_praktisch, services_volwassenen, services_wijken
from .locations import LOCS
from .model import Org
from .organizations import ORGS
from .people import INITIATIVE_SERVICES, INITIATIVES, VOLUNTEERS

SERVICES = [
    *services_volwassenen.SERVICES,
    *services_jeugd.SERVICES,
    *services_praktisch.SERVICES,
    *services_wijken.SERVICES,
    *INITIATIVE_SERVICES,
]

#: HSDS programs: (slug, organization slug, name, description, organisations whose services may use it)
PROGRAMS = [
    (
        "welzijn",
        "surplus",
        "Opdracht welzijn Oosterhout",
        "De welzijnstaken die Surplus Welzijn in opdracht van de gemeente uitvoert: ondersteuning aan volwassenen, "
        "jongeren, praktische cliëntondersteuning, vrijwilligers en wijken.",
        ("surplus",),
    ),
    (
        "brede-buurt",
        "moove",
        "De Brede Buurt",
        "Sport-, cultuur- en lees- en mediacoaches van MOOVE, h19 en Bibliotheek Theek 5, samen met scholen en "
        "verenigingen, voor alle Oosterhouters.",
        ("moove", "h19", "theek5"),
    ),
]

FUNDING = {
    "welzijn": "Subsidie gemeente Oosterhout (opdracht welzijn)",
    "brede-buurt": "Gemeente Oosterhout en rijksbijdrage combinatiefuncties (De Brede Buurt)",
}

WIJKMAKELAAR_EMAIL = {
    "Wijkmakelaar (demo) West": "wijkmakelaar.west@voorbeeld.invalid",
    "Wijkmakelaar (demo) Vrachelen": "wijkmakelaar.vrachelen@voorbeeld.invalid",
    "Wijkmakelaar (demo) Dommelbergen": "wijkmakelaar.dommelbergen@voorbeeld.invalid",
    "Wijkmakelaar (demo) Strijen": "wijkmakelaar.strijen@voorbeeld.invalid",
    "Wijkmakelaar (demo) Kerkdorpen": "wijkmakelaar.kerkdorpen@voorbeeld.invalid",
}

__all__ = ["FUNDING", "INITIATIVES", "LOCS", "ORGS", "PROGRAMS", "SERVICES", "VOLUNTEERS", "WIJKMAKELAAR_EMAIL", "Org"]
