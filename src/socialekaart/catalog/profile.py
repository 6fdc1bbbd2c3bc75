"""The Dutch profile's vocabulary: access types, provider and entry kinds, and the ids of its taxonomies."""

from __future__ import annotations

import uuid
from typing import Literal

SK_NAMESPACE = uuid.UUID("8f4b2c1e-6a3d-4f5e-9b7c-2d1e0f3a4b5c")

# Lightest first: the order search prefers among equally good matches.
AccessType = Literal["sociale_basis", "brede_voorziening", "vrij_toegankelijk", "niet_vrij_toegankelijk"]
ACCESS_TYPES: tuple[AccessType, ...] = (
    "sociale_basis",
    "brede_voorziening",
    "vrij_toegankelijk",
    "niet_vrij_toegankelijk",
)
ACCESS_TYPE_LABELS = {
    "sociale_basis": "Sociale basis",
    "brede_voorziening": "Brede voorziening",
    "vrij_toegankelijk": "Vrij toegankelijk",
    "niet_vrij_toegankelijk": "Niet vrij toegankelijk",
}
PROVIDER_KINDS = ("professional", "vrijwilliger", "ervaringsdeskundige")
ENTRY_KINDS = ("dienst", "activiteit", "voorziening", "bewonersinitiatief", "platform")
AREA_KINDS = ("gemeente", "kern", "wijk", "buurt")

NEEDS_TAXONOMY = "behoeften"
TARGET_GROUPS_TAXONOMY = "doelgroepen"
TAXONOMY_URIS = {
    NEEDS_TAXONOMY: "urn:socialekaart:taxonomie:behoeften",
    TARGET_GROUPS_TAXONOMY: "urn:socialekaart:taxonomie:doelgroepen",
}


def taxonomy_id(taxonomy: str) -> str:
    """The id of one of the profile's own taxonomies (`behoeften`, `doelgroepen`)."""
    return str(uuid.uuid5(SK_NAMESPACE, f"taxonomy:{taxonomy}"))


def term_id(taxonomy: str, code: str) -> str:
    """The id of a term in one of the profile's own taxonomies."""
    return str(uuid.uuid5(SK_NAMESPACE, f"{taxonomy}:{code}"))
