"""--near arguments: coordinates or a Dutch postcode, and distances."""

from __future__ import annotations

import pytest

from socialekaart.search.places import PlaceError, build_pc4_map, haversine_km, normalize_postcode, parse_near

PC4 = {"4849": (51.60, 4.87), "4901": (51.64, 4.86)}


@pytest.mark.parametrize("text", ["4849", "4849 AB", "4849ab", " 4849  Ab "])
def test_postcodes(text: str) -> None:
    assert parse_near(text, PC4) == (51.60, 4.87)


@pytest.mark.parametrize(
    ("text", "point"),
    [("51.6,4.86", (51.6, 4.86)), ("51.6, 4.86", (51.6, 4.86)), ("-33.9 18.4", (-33.9, 18.4)), ("51;4", (51.0, 4.0))],
)
def test_coordinates(text: str, point: tuple[float, float]) -> None:
    assert parse_near(text, PC4) == point


@pytest.mark.parametrize("text", ["", "abc", "0123", "12345", "4849 ABC", "95.0,4.0", "51.6,200", "1234"])
def test_bad_values_raise_place_error(text: str) -> None:
    with pytest.raises(PlaceError):
        parse_near(text, PC4)


def test_normalize_postcode() -> None:
    assert normalize_postcode("4849ab") == "4849AB"
    assert normalize_postcode("4849") == "4849"
    assert normalize_postcode("AB4849") is None


def test_build_pc4_map_averages_and_skips_bad_rows() -> None:
    m = build_pc4_map([("4849 AB", 51.0, 4.0), ("4849CD", 52.0, 5.0), ("xx", 1.0, 1.0), ("5000", float("nan"), 1)])
    assert m == {"4849": (51.5, 4.5)}


def test_haversine() -> None:
    assert haversine_km((51.6431, 4.8582), (51.6431, 4.8582)) == 0
    assert 5.5 < haversine_km((51.6431, 4.8582), (51.5905, 4.8550)) < 6.0
