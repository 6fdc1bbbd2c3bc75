"""The kinds of entry the app edits and the groups of an editing screen, without loading the catalog models."""

from __future__ import annotations

from typing import Literal

EntryKind = Literal["service", "organization", "location", "initiative", "volunteer"]
#: The kinds of entry the app edits, in the order the "Nieuw" menu lists them.
ENTRY_KINDS: tuple[EntryKind, ...] = ("service", "organization", "location", "initiative", "volunteer")

Group = Literal["wat", "voor_wie", "waar", "wanneer", "contact", "kosten", "toegang"]
#: The groups of an editing screen, in the order a person thinks of an entry.
GROUPS: tuple[Group, ...] = ("wat", "voor_wie", "waar", "wanneer", "contact", "kosten", "toegang")
