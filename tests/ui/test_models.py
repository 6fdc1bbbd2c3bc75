"""Item model, delegate, labels and helpers: 500 results, long texts, font sizes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from socialekaart.search.explain import Reason
from socialekaart.ui.labels import access_label, distance_label, mnemonic_safe, open_now_label
from socialekaart.ui.models.results_model import ResultsModel, accessible_text
from socialekaart.ui.theme import badge_qcolors
from socialekaart.ui.views.result_delegate import ResultDelegate, _contrast
from socialekaart.workspace.searching import ResultRow
from tests.ui.helpers import result_list


def rows(n: int, long: bool = False) -> list[ResultRow]:
    name = "Heel lange naam van een dienst " * (8 if long else 1)
    return [
        ResultRow(
            id=f"s{i}",
            name=f"{name}{i}",
            organization="Organisatie " * (10 if long else 1),
            access_type=("vrij_toegankelijk", "niet_vrij_toegankelijk", None)[i % 3],
            free_of_charge=i % 2 == 0,
            distance_km=i / 10,
            open_now=(True, False, None)[i % 3],
            why=(Reason("word", "name", ("lange uitleg " * (20 if long else 1),)),),
        )
        for i in range(n)
    ]


def test_model_with_500_rows(qtbot: QtBot) -> None:
    view, model = result_list(qtbot, rows(500, long=True))
    assert model.rowCount() == 500
    assert model.index_of("s499") == 499
    view.scrollToBottom()
    image = view.grab()
    assert not image.isNull()
    assert model.data(model.index(3, 0), Qt.ItemDataRole.DisplayRole).startswith("Heel lange naam")


def test_row_height_follows_font(qtbot: QtBot) -> None:
    model = ResultsModel()
    model.set_rows(rows(1))
    delegate = ResultDelegate()
    option = QStyleOptionViewItem()
    small = QFont()
    small.setPointSizeF(9)
    big = QFont()
    big.setPointSizeF(18)
    option.font = small
    h_small = delegate.sizeHint(option, model.index(0, 0)).height()
    option.font = big
    h_big = delegate.sizeHint(option, model.index(0, 0)).height()
    assert h_big > h_small * 1.7


def test_badges_have_enough_contrast() -> None:
    for code in ("sociale_basis", "brede_voorziening", "vrij_toegankelijk", "niet_vrij_toegankelijk", None):
        edge, bg, fg = badge_qcolors("access", code)
        assert _contrast(bg, fg) >= 7.0  # WCAG AAA for small text
        assert _contrast(edge, QColor("#ffffff")) >= 4.5  # the map's white text on a marker-coloured badge
    _edge, bg, fg = badge_qcolors("free")
    assert _contrast(bg, fg) >= 7.0


def test_accessible_text_and_labels() -> None:
    row = ResultRow(id="x", name="Taalcafé", organization="Bibliotheek", access_type="sociale_basis",
                    distance_km=1.25, open_now=True)  # fmt: skip
    assert accessible_text(row) == "Taalcafé, Bibliotheek, Sociale basis, 1,2 km, Nu open"
    assert distance_label(0.347) == "350 m"
    assert distance_label(12.4) == "12 km"
    assert distance_label(None) == ""
    assert access_label("niet_vrij_toegankelijk") == "Niet vrij toegankelijk"
    assert open_now_label(None) == ""
    assert mnemonic_safe("A & B") == "A && B"
