"""One theme: each access type has the same colour on the result list, in the detail pane and on the map page."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from socialekaart.catalog.queries import ServiceDetail
from socialekaart.mapview.page import compose_map_html
from socialekaart.palette import ACCESS_SWATCHES, UNKNOWN_ACCESS, Swatch
from socialekaart.ui.views.detail_view import DetailView
from socialekaart.workspace.searching import ResultRow
from tests.ui.helpers import result_list

ACCESS_TYPES = tuple(ACCESS_SWATCHES)


def colours(image: QImage) -> set[str]:
    """Every colour painted in the image, as '#rrggbb'."""
    return {QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in range(image.height())}


def access_colours_in(found: set[str]) -> set[str]:
    """The access types whose own colour is among `found`."""
    return {code for code, swatch in ACCESS_SWATCHES.items() if swatch.color in found}


def list_colours(qtbot: QtBot, access_type: str) -> set[str]:
    row = ResultRow(id="s", name="Taalcafé", organization="Bibliotheek", access_type=access_type)
    view, _model = result_list(qtbot, [row], height=160)
    return colours(view.grab().toImage())


def detail_colours(qtbot: QtBot, access_type: str) -> set[str]:
    view = DetailView()
    qtbot.addWidget(view)
    view.resize(480, 600)
    view.show()
    view.show_detail(ServiceDetail(id="s", name="Taalcafé", organization_id="o", organization_name="Bibliotheek",
                                   access_type=access_type))  # fmt: skip
    badge = view.widget().findChild(QLabel, "detailAccessBadge")
    assert badge is not None
    qtbot.waitUntil(badge.isVisible)
    return colours(badge.grab().toImage())


def map_colours() -> dict[str, str]:
    """The marker and legend colour per access-type class, as the composed map page sets it."""
    html = compose_map_html({"type": "FeatureCollection", "features": []}, assets="inline")
    rules = re.findall(r"\.sk-at-(\w+) \{ background: (#[0-9a-f]{6}); \}", html)
    assert len(rules) == len(dict(rules)), "one colour per access type"
    return dict(rules)


@pytest.mark.parametrize("access_type", ACCESS_TYPES)
def test_list_detail_and_map_use_the_same_colour(qtbot: QtBot, access_type: str) -> None:
    swatch: Swatch = ACCESS_SWATCHES[access_type]
    in_list = list_colours(qtbot, access_type)
    in_detail = detail_colours(qtbot, access_type)
    for found in (in_list, in_detail):
        assert {swatch.color, swatch.tint} <= found  # the badge's edge and background (its text is antialiased)
        assert access_colours_in(found) == {access_type}  # and no other access type's colour
    assert map_colours()[access_type] == swatch.color


def test_every_access_type_of_the_map_is_in_the_palette() -> None:
    on_map = map_colours()
    assert on_map.pop("onbekend") == UNKNOWN_ACCESS.color
    assert on_map == {code: swatch.color for code, swatch in ACCESS_SWATCHES.items()}
    assert len(set(on_map.values())) == len(on_map)  # the types can be told apart
