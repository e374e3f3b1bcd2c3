"""Figures and statistics in essay prose."""

from __future__ import annotations

import pytest

from essaylens.history.dates import find_dates
from essaylens.history.figures import find_figures


def figures(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text, find_dates(text))]


@pytest.mark.parametrize("text, expected", [
    ("by 1938 70 percent of them were dead", [("70 percent", 70.0, "percent", None)]),
    ("37.3 per cent of the vote", [("37.3 per cent", 37.3, "percent", None)]),
    ("681,692 were shot", [("681,692", 681692.0, "count", None)]),
    ("six million died", [("six million", 6e6, "count", None)]),
    ("1.5 million kulaks", [("1.5 million", 1.5e6, "count", None)]),
    ("over two-thirds of the delegates", [("two-thirds", 66.7, "percent", "over")]),
    ("nearly 700,000 people", [("700,000", 7e5, "count", "about")]),
    ("102 tonnes of coal", [("102 tonnes", 102.0, "tonnes", None)]),
    ("the Nazis won 230 seats", [("230", 230.0, "seats", None)]),
    ("132 billion gold marks", [("132 billion", 1.32e11, "marks", None)]),
])
def test_figures_and_their_units(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Stalin's 50th birthday in 1929", "Order No. 00447", "the 17th Congress", "in 1936",
])
def test_years_ordinals_and_order_numbers_are_not_figures(text: str) -> None:
    assert figures(text) == []
