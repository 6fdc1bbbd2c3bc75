"""Reads Excel workbooks: a package with one sheet per table, and one sheet as a wijkmakelaar keeps it."""

from __future__ import annotations

import logging
from pathlib import Path

from socialekaart.interchange.problems import ProblemList
from socialekaart.interchange.rows import RawPackage, RawRow, read_csv_rows
from socialekaart.interchange.tables import spec_for_file
from socialekaart.text import looks_garbled

log = logging.getLogger(__name__)


def read_workbook(package: RawPackage, path: Path, problems: ProblemList) -> None:
    """An Excel workbook with one sheet per table, named like the CSV files (`services` or `services.csv`)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        log.info("cannot read workbook %s: %r", path, exc)
        problems.add(path.name, None, None, "kan het Excel-bestand niet lezen: het is beschadigd of geen .xlsx-bestand")
        return
    try:
        for sheet in book.worksheets:
            spec = spec_for_file(sheet.title)
            where = f"{path.name} [{sheet.title}]"
            if spec is None:
                package.warnings.append(f"{where}: onbekend tabblad, overgeslagen")
                continue
            header: list[str] = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if not header:
                    header = [str(v).strip() if v is not None else "" for v in values]
                    for f in spec.fields:
                        if f.required and f.name not in header:
                            problems.add(where, 1, f.name, "verplichte kolom ontbreekt")
                    continue
                if all(v is None or str(v).strip() == "" for v in values):
                    continue
                row = {h: v for h, v in zip(header, values, strict=False) if h}
                for key, value in row.items():
                    if isinstance(value, str) and looks_garbled(value):
                        problems.add(
                            where,
                            number,
                            key,
                            "tekst lijkt verkeerd gecodeerd (zoals 'CafÃ©'): sla het bestand opnieuw op als UTF-8",
                        )
                package.add(spec.name, RawRow(row, where, number))
    finally:
        book.close()


def read_sheet(path: Path, problems: ProblemList, sheet: str | None = None) -> tuple[list[str], list[RawRow]]:
    """One spreadsheet as people keep it (a CSV file, or one sheet of an Excel workbook: the first unless named):
    its header and its rows keyed by header, numbered as the spreadsheet numbers them."""
    if path.suffix.lower() != ".xlsx":
        try:
            data = path.read_bytes()
        except OSError:
            problems.add(path.name, None, None, "kan het bestand niet lezen")
            return [], []
        return read_csv_rows(data, path.name, problems)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        log.info("cannot read workbook %s: %r", path, exc)
        problems.add(path.name, None, None, "kan het Excel-bestand niet lezen: het is beschadigd of geen .xlsx-bestand")
        return [], []
    try:
        if sheet is not None and sheet not in book.sheetnames:
            problems.add(path.name, None, None, f"het tabblad '{sheet}' bestaat niet")
            return [], []
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        header: list[str] = []
        rows: list[RawRow] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if not header:
                header = [str(v).strip() if v is not None else "" for v in values]
                continue
            if all(v is None or str(v).strip() == "" for v in values):
                continue
            rows.append(RawRow({h: v for h, v in zip(header, values, strict=False) if h}, path.name, number))
        return header, rows
    finally:
        book.close()
