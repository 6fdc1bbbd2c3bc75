"""The plain rows every import reader produces (values, file and line), and reading CSV text into them."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from socialekaart.interchange.problems import ProblemList

MAX_CELL = 1_000_000
csv.field_size_limit(MAX_CELL)


@dataclass
class RawRow:
    """One input row: field name -> raw value, plus where it came from."""

    values: dict[str, Any]
    file: str
    row: int | str


@dataclass
class BoundaryFile:
    """A CBS boundary file that came with the package (its name and its bytes)."""

    name: str
    data: bytes


@dataclass
class RawPackage:
    """Everything read from one import source, before any checking against the catalog."""

    source: str
    tables: dict[str, list[RawRow]] = field(default_factory=dict)
    boundaries: list[BoundaryFile] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, table: str, row: RawRow) -> None:
        self.tables.setdefault(table, []).append(row)


def decode_text(data: bytes, file: str, problems: ProblemList) -> str | None:
    """Bytes as UTF-8 text; on bad UTF-8 a problem naming the line, with a hint when it looks like Excel."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        hint = ""
        try:
            data.decode("cp1252")
            hint = (
                " Het bestand lijkt Windows-1252 te zijn"
                " (zo bewaart Excel 'CSV (gescheiden door lijstscheidingsteken)')."
                " Sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)' en importeer opnieuw."
            )
        except UnicodeDecodeError:
            pass
        bad = data[exc.start : exc.start + 4]
        problems.add(file, line, None, f"ongeldige UTF-8-tekens (bytes {bad!r}).{hint}")
        return None


def read_csv_rows(data: bytes, file: str, problems: ProblemList) -> tuple[list[str], list[RawRow]]:
    """Parse CSV bytes into rows keyed by header; line numbers are those of the file (header is line 1)."""
    text = decode_text(data, file, problems)
    if text is None:
        return [], []
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[RawRow] = []
    header: list[str] = []
    start_line = 1
    try:
        for record in reader:
            line = start_line
            start_line = reader.line_num + 1
            if not header:
                header = [h.strip() for h in record]
                dupes = {h for h in header if header.count(h) > 1 and h}
                if dupes:
                    problems.add(file, 1, ", ".join(sorted(dupes)), "kolomnaam komt meer dan eens voor")
                continue
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                problems.add(
                    file,
                    line,
                    None,
                    f"deze regel heeft {len(record)} velden, de kopregel heeft er {len(header)}",
                )
                continue
            rows.append(RawRow(dict(zip(header, record, strict=True)), file, line))
    except csv.Error as exc:
        if "end of data" in str(exc) or "EOF" in str(exc):
            message = 'een aanhalingsteken (") wordt hier geopend maar nergens gesloten'
        else:
            message = f"de CSV-opmaak klopt niet ({exc})"
        problems.add(file, start_line, None, message)
    return header, rows
