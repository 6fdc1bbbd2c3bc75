"""Valid values for one entry of each entity that the validation tests change one field of."""

from __future__ import annotations

from typing import Any


def good_entries(organization_id: str) -> dict[str, dict[str, Any]]:
    """A service, location, address, phone and schedule that the one validation accepts (JSON-safe values)."""
    return {
        "service": {"organization_id": organization_id, "name": "Buurtsoep", "status": "active", "minimum_age": 12},
        "location": {"location_type": "physical", "name": "De Klip", "latitude": 51.64, "longitude": 4.86},
        "address": {
            "address_1": "Markt 1",
            "city": "Oosterhout",
            "state_province": "Noord-Brabant",
            "postal_code": "4901 AB",
            "country": "NL",
            "address_type": "physical",
        },
        "phone": {"number": "0162 123456"},
        "schedule": {"freq": "WEEKLY", "byday": "MO"},
    }
