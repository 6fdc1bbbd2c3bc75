"""Turns interchange text (CSV cells, JSON values) into typed values and back, with Dutch error messages."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time
from typing import Any

from socialekaart.errors import UserFacingError
from socialekaart.text import clean_text

_TRUE = {"true", "1", "ja", "yes", "waar", "y", "j"}
_FALSE = {"false", "0", "nee", "no", "onwaar", "n"}
_INT64 = 2**63 - 1


class ValueProblem(UserFacingError, ValueError):
    """A value that cannot be read; the message says, in Dutch, what was expected."""


def parse_value(raw: Any, pytype: type) -> Any:
    """Parse one raw value (a CSV string or a JSON value) into pytype; empty means None."""
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = clean_text(raw)
        if raw == "":
            return None
    if pytype is str:
        if isinstance(raw, (dict, list)):
            raise ValueProblem("verwacht tekst, maar vond een lijst of object")
        if isinstance(raw, bool):
            return "true" if raw else "false"
        if isinstance(raw, float) and raw.is_integer():
            return str(int(raw))
        return str(raw)
    if pytype is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValueProblem(f"ongeldige ja/nee-waarde {raw!r}: verwacht true of false")
    if pytype in (float, int):
        if isinstance(raw, bool):
            raise ValueProblem(f"ongeldig getal {raw!r}")
        if isinstance(raw, (int, float)):
            try:
                number = float(raw)
            except OverflowError:
                raise ValueProblem(f"getal {str(raw)[:20]}… is te groot") from None
        else:
            text = str(raw).replace(" ", "")
            try:
                number = float(text)
            except ValueError:
                if re.fullmatch(r"-?\d+,\d+", text):
                    raise ValueProblem(
                        f"ongeldig getal {raw!r}: gebruik een punt als decimaalteken (zoals 2.50)"
                    ) from None
                raise ValueProblem(f"ongeldig getal {raw!r}") from None
        if not math.isfinite(number):
            raise ValueProblem(f"ongeldig getal {raw!r}")
        if pytype is int:
            if not number.is_integer():
                raise ValueProblem(f"verwacht een geheel getal, maar vond {raw!r}")
            if abs(number) > _INT64:
                raise ValueProblem(f"getal {raw!r} is te groot")
            return int(number)
        return number
    if pytype is date:
        try:
            return date.fromisoformat(str(raw)[:10]) if len(str(raw)) >= 10 else date.fromisoformat(str(raw))
        except ValueError:
            raise ValueProblem(f"ongeldige datum {raw!r}: verwacht JJJJ-MM-DD, bijvoorbeeld 2026-03-31") from None
    if pytype is time:
        text = str(raw)
        try:
            return time.fromisoformat(text if len(text) != 4 else "0" + text)
        except ValueError:
            raise ValueProblem(f"ongeldige tijd {raw!r}: verwacht UU:MM, bijvoorbeeld 09:30") from None
    if pytype is datetime:
        text = str(raw).replace("Z", "+00:00")
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise ValueProblem(
                f"ongeldig tijdstip {raw!r}: verwacht JJJJ-MM-DDTUU:MM:SS, bijvoorbeeld 2026-03-31T12:00:00"
            ) from None
        if value.tzinfo is not None:
            from datetime import UTC

            value = value.astimezone(UTC).replace(tzinfo=None)
        return value
    raise ValueProblem(f"onbekend type {pytype}")  # pragma: no cover


def format_csv(value: Any) -> str:
    """A typed value as CSV text (ISO dates and times, integral numbers without '.0', true/false)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat() + ("Z" if value.tzinfo is None else "")
    if isinstance(value, time):
        return value.strftime("%H:%M") if value.second == 0 else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def format_json(value: Any) -> Any:
    """A typed value as a JSON value (dates and times as ISO strings, integral numbers as ints)."""
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return format_csv(value)
