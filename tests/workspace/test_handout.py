"""The handout's content: per entry what, where, when, contact, cost and referral; escaped HTML; e-mail drafts."""

from __future__ import annotations

import email
from datetime import datetime
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy import select

from socialekaart.catalog.editing import update_service
from socialekaart.catalog.models import Service
from socialekaart.catalog.store import open_catalog
from socialekaart.workspace.handout import HandoutError, Sender, build_handout, short_description
from socialekaart.workspace.handout_format import handout_eml, handout_html, handout_text, mailto_url
from socialekaart.workspace.handout_maps import handout_map_pages

SENDER = Sender("Surplus Welzijn", "Fatima de Wit", "0162-000 000", "fatima@surplus.invalid")
THURSDAY = datetime(2026, 12, 10, 14, 0)


def _ids(db: Path, *names: str) -> list[str]:
    cat = open_catalog(db)
    try:
        with cat.read() as session:
            rows = dict(session.execute(select(Service.name, Service.id)).all())
    finally:
        cat.close()
    return [next(i for n, i in rows.items() if name in n) for name in names]


def test_entries_keep_order_and_carry_every_part(demo_db: Path) -> None:
    ids = _ids(demo_db, "Rechtswinkel", "cliëntondersteuning MEE")
    cat = open_catalog(demo_db)
    try:
        handout = build_handout(cat, [(ids[1], "vraag naar Ans"), (ids[0], "")], SENDER, "nl", THURSDAY)
        pages = handout_map_pages(cat, handout)
    finally:
        cat.close()
    first, second = handout.entries
    assert [e.service_id for e in handout.entries] == [ids[1], ids[0]] and first.number == 1
    assert first.note == "vraag naar Ans" and first.channels and first.what
    assert first.next_opening is not None and first.next_opening.day == THURSDAY.date()  # open until 17.00
    assert len(first.week) == 7 and first.week[0].day == THURSDAY.date()
    assert second.places and second.places[0].address and second.referral is False
    text = handout_text(handout)
    for words in (
        "Wat is het?",
        "Waar?",
        "Wanneer open?",
        "Eerstvolgende keer open",
        "Contact",
        "Wat kost het?",
        "Verwijzing nodig?",
        "Let op: vraag naar Ans",
        "Surplus Welzijn, Fatima de Wit",
        "donderdag 10 december",
    ):
        assert words in text, words
    assert text.index("cliëntondersteuning") < text.index("Rechtswinkel")
    assert ids[0] in pages and "skmap://" in pages[ids[0]]  # a buurt map for the entry with a place


def test_english_handout(demo_db: Path) -> None:
    ids = _ids(demo_db, "Rechtswinkel")
    cat = open_catalog(demo_db)
    try:
        handout = build_handout(cat, [(ids[0], "")], Sender(), "en", THURSDAY)
    finally:
        cat.close()
    text = handout_text(handout)
    assert "Help near you" in text and "Referral needed?" in text and "What does it cost?" in text
    assert "Wat kost" not in text and "You got this list from" not in text  # no sender, no sender block


def test_catalog_text_and_notes_are_escaped(demo_db: Path) -> None:
    ids = _ids(demo_db, "Rechtswinkel")
    cat = open_catalog(demo_db)
    try:
        update_service(cat, ids[0], {"name": "Spreekuur <script>alert(1)</script> & meer"}, "test")
        handout = build_handout(cat, [(ids[0], '<img src="x" onerror="y">')], SENDER, "nl", THURSDAY)
    finally:
        cat.close()
    html = handout_html(handout)
    assert "<script>" not in html and '<img src="x"' not in html
    assert "&lt;script&gt;" in html and "&amp; meer" in html and "&lt;img src=&quot;x&quot;" in html


def test_eml_draft_and_mailto(demo_db: Path) -> None:
    ids = _ids(demo_db, "Rechtswinkel")
    cat = open_catalog(demo_db)
    try:
        handout = build_handout(cat, [(ids[0], "vraag naar Ans")], SENDER, "nl", THURSDAY)
    finally:
        cat.close()
    msg = email.message_from_bytes(handout_eml(handout, {ids[0]: b"\x89PNG fake"}), policy=default)
    assert msg["X-Unsent"] == "1" and msg["To"] is None and msg["From"] == SENDER.email
    assert "Uw lijstje" in msg["Subject"]
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and "vraag naar Ans" in plain.get_content()
    assert html is not None and "cid:map-1@socialekaart" in html.get_content()
    assert any(part.get_content_type() == "image/png" for part in msg.walk())
    url = mailto_url(handout)
    assert url is None or (url.startswith("mailto:?subject=") and "vraag%20naar%20Ans" in url)


def test_unknown_entry_is_a_dutch_error(demo_db: Path) -> None:
    cat = open_catalog(demo_db)
    try:
        with pytest.raises(HandoutError, match="geen ingang"):
            build_handout(cat, [("bestaat-niet", "")], SENDER)
    finally:
        cat.close()


def test_short_description_cuts_at_a_sentence() -> None:
    text = "Eerste zin. " + "Tweede zin is lang. " * 40
    short = short_description(text, 60)
    assert short.startswith("Eerste zin.") and len(short) <= 60
    assert short_description("a " * 400, 50).endswith("…")
