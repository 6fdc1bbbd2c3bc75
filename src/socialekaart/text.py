"""Cleaning catalog text the same way everywhere: control characters, one-line fields, garbled encodings."""

from __future__ import annotations

import re

# C0 and C1 control characters (tab and line breaks excepted) and the bidirectional overrides that can make text
# display differently from what it is.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"[\r\n\t\v\f\u2028\u2029]+")
# UTF-8 text that was once read as Windows-1252 ("CafÃ©", "â€™"): a common result of Excel round trips.
_GARBLED = re.compile("[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178]|â€")


def text_of(value: object) -> str:
    """A database value as text: None becomes "", anything else its string with outer spaces stripped."""
    return "" if value is None else str(value).strip()


def clean_text(value: str) -> str:
    """Text as stored: control characters (other than tab and newlines) removed, outer spaces stripped."""
    return _CONTROL.sub("", value).strip()


def one_line(value: str) -> str:
    """Text for a one-line field or a terminal line: line breaks and control characters become one space."""
    return _LINE_BREAKS.sub(" ", _CONTROL.sub(" ", value))


def looks_garbled(value: str) -> bool:
    """True for UTF-8 text that was decoded as Windows-1252 somewhere on its way ('CafÃ©')."""
    return bool(_GARBLED.search(value))


_CONTROL_OR_BREAK = re.compile(f"{_CONTROL.pattern}|{_LINE_BREAKS.pattern}")


def has_control(value: str, *, multiline: bool = False) -> bool:
    """True when text holds control or bidi-override characters (line breaks and tabs only where multiline)."""
    return (_CONTROL if multiline else _CONTROL_OR_BREAK).search(value) is not None
