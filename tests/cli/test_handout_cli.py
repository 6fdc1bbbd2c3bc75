"""`socialekaart handout`: PDF, HTML and .eml for the resident, notes per entry, Dutch or English."""

from __future__ import annotations

import email
import sqlite3
from email.policy import default
from pathlib import Path

from tests.processes import run_cli


def _ids(db: Path, count: int) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("select id from service order by name limit ?", (count,))]


def test_handout_html_eml_and_pdf(demo_db: Path, tmp_path: Path) -> None:
    a, b = _ids(demo_db, 2)
    html_out = tmp_path / "lijstje.html"
    result = run_cli(
        "--db",
        str(demo_db),
        "handout",
        b,
        a,
        "--out",
        str(html_out),
        "--note",
        f'{a}="vraag naar Ans"',
        "--org",
        "Surplus Welzijn",
        "--no-map",
    )
    assert result.returncode == 0, result.stderr
    html = html_out.read_text(encoding="utf-8")
    assert "vraag naar Ans" in html and "Surplus Welzijn" in html and html.index("1. ") < html.index("2. ")

    eml_out = tmp_path / "lijstje.eml"
    result = run_cli("--db", str(demo_db), "handout", a, "--out", str(eml_out), "--lang", "en", "--no-map")
    assert result.returncode == 0, result.stderr
    msg = email.message_from_bytes(eml_out.read_bytes(), policy=default)
    assert msg["X-Unsent"] == "1" and "Your list" in msg["Subject"]

    pdf_out = tmp_path / "lijstje.pdf"
    result = run_cli("--db", str(demo_db), "handout", a, b, "--out", str(pdf_out), "--no-map")
    assert result.returncode == 0, result.stderr
    assert pdf_out.read_bytes().startswith(b"%PDF")


def test_handout_errors_are_one_line(demo_db: Path, tmp_path: Path) -> None:
    result = run_cli("--db", str(demo_db), "handout", "nope", "--out", str(tmp_path / "x.html"))
    assert result.returncode == 2 and "geen ingang" in result.stderr and not (tmp_path / "x.html").exists()
    result = run_cli("--db", str(demo_db), "handout", "nope", "--out", str(tmp_path / "x.doc"))
    assert result.returncode == 2 and ".pdf" in result.stderr
    (a,) = _ids(demo_db, 1)
    result = run_cli("--db", str(demo_db), "handout", a, "--out", str(tmp_path / "x.html"), "--note", "zonder-is")
    assert result.returncode == 2 and "--note" in result.stderr
