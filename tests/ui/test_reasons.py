"""Why a result was found, in the UI language: English reasons carry no Dutch, Dutch ones read as on the CLI."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from socialekaart.cli.wording import reason_text
from socialekaart.search.explain import Detail, Reason
from socialekaart.ui.i18n import install_language
from socialekaart.ui.labels import reason_label
from socialekaart.ui.views.result_delegate import _why_text
from tests.ui.helpers import wait_results

#: The words of the Dutch wording (the frame around the catalog's words), none of which is also English.
DUTCH_WORDS = frozenset(
    [
        "naam",
        "andere",
        "behoefte",
        "organisatie",
        "doelgroep",
        "locatie",
        "omschrijving",
        "typfout",
        "bevat",
        "vorm",
        "van",
        "verwant",
        "aan",
        "begint",
        "met",
        "delen",
        "valt",
        "onder",
        "breder",
        "dan",
        "gebied",
        "ligt",
        "werkt",
        "voor",
        "alleen",
        "afstand",
        "nu",
        "op",
        "geen",
        "zoekwoorden",
        "lichtste",
        "hulp",
        "laatst",
        "gecontroleerd",
        "eerst",
        "gevonden",
        "kern",
        "wijk",
        "buurt",
        "gemeente",
    ]
)

EVERY_KIND = [
    Reason("word", "name", ("Taalcafé",), (Detail("form_of", ("taal",)), Detail("related_to", ("lezen",)))),
    Reason("word", "alternate_name", ("Vrijw",), (Detail("begins_with", ("vrijw",)),)),
    Reason("word", "organization", ("Surplus",), (Detail("contains", ("plus", "sur…")),)),
    Reason("word", "target_group", ("ouderen",)),
    Reason("word", "location", ("Pastorie",)),
    Reason("word", "need_description", ("rekeningen",)),
    Reason("word", "description", ("formulieren",)),
    Reason("parts", "name", ("dorpshuis", "klip"), (Detail("parts_of", ("dorpshuisklip",)),)),
    Reason("typo", "name", ("voedslb", "voedselbank")),
    Reason("typo", "", ("eenzaamheit", "eenzaamheid")),
    Reason(
        "need",
        "need",
        ("Geldzorgen en schulden",),
        (
            Detail("via", ("kan de huur niet betalen",)),
            Detail("narrower_via", ("schulden",), need="Financiën"),
            Detail("broader_via", ("schulden",), need="Schuldhulp"),
        ),
    ),
    Reason("no_query"),
    Reason("area_in", words=("Dorst",)),
    Reason("area_for", words=("Oosterhout",)),
    Reason("area_only", words=("Oosterhout", "Centrum"), area_kinds=("kern", "")),
    Reason("distance", km=1.26),
    Reason("open_now"),
    Reason("open_on", day=date(2026, 11, 20)),
]


def dutch_left(reason: Reason, text: str) -> set[str]:
    """The Dutch words of ``text`` outside the catalog's and the thesaurus' own words (which stay Dutch)."""
    data = [*reason.words, *(i for d in reason.details for i in (*d.items, d.need) if i)]
    for item in sorted(data, key=len, reverse=True):
        text = text.replace(item, " ")
    return set(re.findall(r"[^\W\d_]+", text.lower())) & DUTCH_WORDS


def test_every_kind_of_reason_in_english_and_in_dutch(qtbot: QtBot) -> None:
    try:
        assert install_language("en")
        for reason in EVERY_KIND:
            english = reason_label(reason)
            assert english and not dutch_left(reason, english), english
        assert reason_label(EVERY_KIND[15]) == "distance: 1.3 km"
        assert reason_label(EVERY_KIND[14]) == "area: only for town Oosterhout, Centrum"
    finally:
        install_language("nl")
    for reason in EVERY_KIND:  # the app's Dutch is the command line's Dutch
        assert reason_label(reason) == reason_text(reason)


def test_english_ui_shows_no_dutch_reasons(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    w = ui.window
    ui.search.now = datetime(2026, 11, 18, 10, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    w.language_en_action.trigger()
    qtbot.waitUntil(lambda: w.search_label.text() == "&Search:")
    kinds: set[str] = set()
    try:

        def check_shown(query: str) -> None:
            w.search_edit.setText(query)
            wait_results(qtbot, ui, query)
            rows = ui.search.model.rows()
            assert rows, query
            for row in rows[:20]:
                shown = _why_text(row.why)  # the line the result card paints
                assert shown.startswith("Matched on: "), shown
                for reason in row.why:
                    english = reason_label(reason)
                    assert english in shown and not dutch_left(reason, english), (query, english)
                    kinds.add(reason.kind)

        for query in ("", "schuldhulpverlenign", "rekeningen", "vrijw", "mn moeder is dement en ik ben op"):
            check_shown(query)
        qtbot.mouseClick(w.filter_bar.kern_buttons["KN0826_DORST"], Qt.MouseButton.LeftButton)
        check_shown("schulden")
        ui.filters.remove("area")
        qtbot.keyClicks(w.filter_bar.near_edit, "4849")
        qtbot.keyClick(w.filter_bar.near_edit, Qt.Key.Key_Return)
        w.filter_bar.open_now_check.setChecked(True)
        check_shown("eenzaamheit")
        assert {"no_query", "word", "need", "typo", "area_in", "distance", "open_now"} <= kinds, kinds
    finally:
        w.language_nl_action.trigger()  # leave Dutch installed for the tests that follow
        qtbot.waitUntil(lambda: w.search_label.text() == "&Zoek:")
    row = ui.search.model.rows()[0]
    assert _why_text(row.why) == "Gevonden op: " + "; ".join(reason_text(r) for r in row.why)
