"""How the command line reports: progress on stderr, one-line Dutch errors, JSON for scripts."""

from __future__ import annotations

import json
import sys
import time
from typing import Any, TextIO


class CliError(Exception):
    """An error that ends the command with exit status `code` and a one-line reason on stderr."""

    def __init__(self, message: str, code: int = 1, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.details = details or []


class ProgressPrinter:
    """Shows progress on stderr: a rewritten line on a terminal, a line per stage otherwise."""

    def __init__(self, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        # Scripts read stderr for the one-line reason of a failure: progress only on a terminal.
        self.quiet = quiet or not self.tty
        self._stage = ""
        self._last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        if self.tty:
            if now - self._last < 0.1 and stage == self._stage and done != total:
                return
            pct = f" {100 * done // total:3d}%" if total else ""
            self.stream.write(f"\r\x1b[2K{stage}{pct}")
            self.stream.flush()
        elif stage.split(":")[0] != self._stage.split(":")[0]:
            self.stream.write(f"{stage.split(':')[0]}…\n")
        self._stage = stage
        self._last = now

    def done(self) -> None:
        if self.tty and not self.quiet and self._stage:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()


def print_json(value: Any) -> None:
    """One JSON document on stdout."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")
    sys.stdout.flush()


MATCH_REASON_WORDS = {
    "werkgebied": "werkgebied {value}",
    "available": "beschikbaar die {value}",
    "ask_moment": "tijdstip in overleg",
    "in_area": "werkt in {value}",
    "distance": "op {number} km",
    "language": "spreekt {value}",
    "own_transport": "eigen vervoer",
    "capacity": "kan nog {number} inwoner(s) helpen",
}


def match_reason_text(kind: str, value: str, number: float) -> str:
    """A volunteer match reason in Dutch ("op 2,5 km", "beschikbaar die middag")."""
    shown = f"{number:.1f}".replace(".", ",") if kind == "distance" else f"{number:g}"
    return MATCH_REASON_WORDS.get(kind, kind).format(value=value, number=shown)


def contact_text(route: str, name: str, phone: str, email: str) -> str:
    """'via coördinator Surplus Welzijn, 0162-…' or 'direct: 0162-…'."""
    reach = ", ".join(p for p in (phone, email) if p)
    if route == "direct":
        return f"direct: {reach}" if reach else "direct"
    who = f"via coördinator {name}" if name else "via de coördinator"
    return f"{who}, {reach}" if reach else who
