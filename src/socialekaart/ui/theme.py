"""The app's one theme: the colours and badge styles of the result list, the detail pane and the status bar.

The colour values come from the Qt-free `socialekaart.palette`, which the map page reads too: an access type has
the same colour on the list, in the detail pane and on the map.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QColor

from socialekaart import palette

NoticeKind = Literal["warn", "info", "plain"]
BadgeKind = Literal["access", "free", "plain"]

#: Width of the coloured edge on the left of an access badge (list and detail alike), in pixels.
BADGE_EDGE = 4


def access_swatch(code: str | None) -> palette.Swatch:
    """The colours of an access type (grey for none or an unknown code)."""
    return palette.access_swatch(code)


def badge_swatch(kind: BadgeKind, access_type: str | None = None) -> palette.Swatch:
    """The colours of a badge: an access type's, the "Gratis" badge's, or the plain grey one."""
    if kind == "access":
        return palette.access_swatch(access_type)
    return palette.HIGHLIGHT if kind == "free" else palette.UNKNOWN_ACCESS


def badge_qcolors(kind: BadgeKind, access_type: str | None = None) -> tuple[QColor, QColor, QColor]:
    """(edge, background, text) of a badge, for painting it (the result list)."""
    swatch = badge_swatch(kind, access_type)
    edge = swatch.color if kind == "access" else swatch.tint
    return QColor(edge), QColor(swatch.tint), QColor(swatch.ink)


def badge_style(kind: BadgeKind, access_type: str | None = None) -> str:
    """The style sheet of a badge label (the detail pane): tint, ink, and an access type's edge in its colour."""
    swatch = badge_swatch(kind, access_type)
    edge = swatch.color if kind == "access" else swatch.tint
    return (
        f"QLabel {{ background: {swatch.tint}; color: {swatch.ink}; border-radius: 4px; "
        f"border-left: {BADGE_EDGE}px solid {edge}; padding: 2px 8px; }}"
    )


def notice_style(kind: NoticeKind) -> str:
    """A notice in the detail pane: a warning (stale, inactive, alert), information (demo), or plain text."""
    if kind == "plain":
        return ""
    swatch = palette.WARNING if kind == "warn" else palette.INFO
    return (
        f"QLabel {{ background: {swatch.tint}; color: {swatch.ink}; border-left: 4px solid {swatch.color}; "
        "padding: 4px 8px; }"
    )


def shortage_style(short: bool) -> str:
    """The shortage signal where frontoffice looks for a volunteer: a warning when more is asked than available."""
    return notice_style("warn" if short else "info")


def highlight_style(padding: str = "0 4px") -> str:
    """A highlighted word: today in a week, the demo notice in the status bar."""
    return f"QLabel {{ background: {palette.HIGHLIGHT.tint}; color: {palette.HIGHLIGHT.ink}; padding: {padding}; }}"


def failure_text_style(failed: bool) -> str:
    """A status line in the failure colour, or in the normal one."""
    return f"QLabel {{ color: {palette.FAILURE_TEXT}; }}" if failed else ""


def open_now_color(open_now: bool) -> QColor:
    """The colour of "Nu open" or "Nu gesloten" on a result."""
    return QColor(palette.OPEN_NOW if open_now else palette.CLOSED_NOW)


#: A related service in the detail pane: a flat button that reads as a link.
LINK_BUTTON_STYLE = "QPushButton { text-align: left; text-decoration: underline; padding: 2px; }"


def problem_text_style() -> str:
    """The reason under a field of an editing screen whose value is refused."""
    return f"QLabel {{ color: {palette.FAILURE_TEXT}; }}"


def stale_marker_qcolors() -> tuple[QColor, QColor, QColor]:
    """(edge, background, text) of the "niet gecontroleerd" marker on a result card."""
    swatch = palette.WARNING
    return QColor(swatch.color), QColor(swatch.tint), QColor(swatch.ink)
