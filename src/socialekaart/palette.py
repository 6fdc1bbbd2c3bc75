"""The house colours, without Qt: one colour per access type for the list, the detail pane and the map alike.

`ui/theme.py` builds the app's Qt styles from these values; `mapview/page.py` writes the map page's marker and
legend colours from them, so a service has the same colour wherever it is shown (also in the CLI's map export).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Swatch:
    """A colour with its light tint and the dark ink that reads on the tint (contrast above 7:1).

    `color` is the strong colour (a map marker, the edge of a badge, a notice's border; white text reads on it),
    `tint` a badge's or notice's background, `ink` its text."""

    color: str
    tint: str
    ink: str


#: Per access type of the Dutch profile, lightest help first.
ACCESS_SWATCHES: dict[str, Swatch] = {
    "sociale_basis": Swatch("#6d28d9", "#ede4fb", "#3b1a78"),
    "brede_voorziening": Swatch("#1d4ed8", "#dcebfb", "#1e3a8a"),
    "vrij_toegankelijk": Swatch("#15803d", "#d5f5e3", "#0b5132"),
    "niet_vrij_toegankelijk": Swatch("#c2410c", "#fde8d7", "#7c2d12"),
}
#: An entry without a (known) access type.
UNKNOWN_ACCESS = Swatch("#616161", "#e5e7eb", "#1f2937")

#: "Gratis" badges, the demo notice in the status bar and today's row in a week.
HIGHLIGHT = Swatch("#b7791f", "#fff4c2", "#5c4400")
#: Notices that ask for care (stale or inactive entries, alerts).
WARNING = Swatch("#b42318", "#fdecea", "#7a1f1f")
#: Notices that inform (demo data).
INFO = Swatch("#2563eb", "#e8f1fb", "#163d6b")

#: "Nu open" and "Nu gesloten" on a result.
OPEN_NOW = "#0b6b3a"
CLOSED_NOW = "#8a1c1c"
#: A line that reports a failure (the sync line after a failed attempt).
FAILURE_TEXT = "#8b0000"


def access_swatch(code: str | None) -> Swatch:
    """The swatch of an access type; the grey one for none or an unknown code."""
    return ACCESS_SWATCHES.get(code or "", UNKNOWN_ACCESS)
