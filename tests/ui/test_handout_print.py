"""The handout on paper: a real PDF, its text read back with pdftotext; long lijstjes break between entries."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from socialekaart.catalog.models import Service
from socialekaart.catalog.store import open_catalog
from socialekaart.ui.handout_print import entry_pages, handout_document, write_pdf
from socialekaart.workspace.handout import Handout, Sender, build_handout

THURSDAY = datetime(2026, 12, 10, 14, 0)


def _pdf_pages(path: Path) -> list[str]:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed: scripts/bootstrap installs it"
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def _handout(db: Path, count: int) -> Handout:
    cat = open_catalog(db)
    try:
        with cat.read() as session:
            ids = list(session.scalars(select(Service.id).order_by(Service.name).limit(count)))
        return build_handout(
            cat, [(i, f"notitie {n}") for n, i in enumerate(ids, 1)], Sender("Surplus Welzijn"), "nl", THURSDAY
        )
    finally:
        cat.close()


def test_pdf_has_every_entry_in_order(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    handout = _handout(demo_db, 3)
    out = write_pdf(handout, tmp_path / "lijstje.pdf")
    text = " ".join(" ".join(page.split()) for page in _pdf_pages(out))
    positions = [text.index(f"{e.number}. {e.name.split()[0]}") for e in handout.entries]
    assert positions == sorted(positions)
    for words in ("Hulp bij u in de buurt", "Verwijzing nodig?", "Wat kost het?", "notitie 3", "Surplus Welzijn"):
        assert words in text


def test_long_lijstje_breaks_between_entries(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    handout = _handout(demo_db, 14)
    doc = handout_document(handout)
    height = doc.pageSize().height()
    pages = entry_pages(doc)
    frames = doc.rootFrame().childFrames()
    assert len(pages) == 14 and doc.pageCount() >= 3
    for (first, last), frame in zip(pages, frames, strict=True):
        if doc.documentLayout().frameBoundingRect(frame).height() < height:
            assert first == last  # an entry shorter than a page is never split
    assert [p[0] for p in pages] == sorted(p[0] for p in pages)  # entries keep their order
    out = write_pdf(handout, tmp_path / "lang.pdf")
    printed = _pdf_pages(out)
    assert len([p for p in printed if p.strip()]) == doc.pageCount()
    for entry, (first, _last) in zip(handout.entries, pages, strict=True):
        assert f"notitie {entry.number}" in " ".join(" ".join(p.split()) for p in printed[first : _last + 1])


@pytest.fixture(autouse=True)
def _gui(qtbot: QtBot) -> None:
    """QTextDocument and QPrinter need the Qt application the qtbot fixture starts."""
