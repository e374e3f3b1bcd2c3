"""Figures and statistics: "70 percent", "681,692", "six million", "two-thirds".

Years, ordinals ("50th"), order numbers ("No. 00447") and the numbers inside
dates are not figures.  A qualifier in front ("over", "nearly", "about") is kept:
the fact check widens or bounds the value with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from essaylens.history.dates import DateMention

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
          "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
          "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100,
          "hundred": 100, "several": 3, "a few": 3, "a": 1}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6,
           "bn": 1e9}
_FRACTIONS = {"half": 50.0, "a third": 33.3, "one third": 33.3, "two thirds": 66.7,
              "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0}
_WORD = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
         r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
         r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
         r"a hundred|one hundred|hundred|several|a few")
_NUM = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_PERCENT = re.compile(rf"(?<![\w.,])(?P<n>{_NUM}|{_WORD})\s*(?:%|per\s?cent\b|percent\b)", re.I)
_SCALED = re.compile(rf"(?<![\w.,])(?P<n>{_NUM}|{_WORD}|a)\s+(?P<s>thousand|million|billion|"
                     rf"trillion)\b|(?<![\w.,])(?P<n2>\d+(?:\.\d+)?)\s?(?P<s2>m|bn)\b", re.I)
_TONNES = re.compile(rf"(?<![\w.,])(?P<n>{_NUM})\s*(?:tonnes|tons|t)\b", re.I)
_FRACTION = re.compile(r"\b(?P<f>two[\s-]thirds|three[\s-]quarters|one[\s-]third|a third|"
                       r"a quarter|one quarter|half)\s+of\b", re.I)
_PLAIN = re.compile(rf"(?<![\w.,£$€/-])(?P<n>{_NUM})(?![\w%]|,\d|\.\d)")
_UNIT_AFTER = re.compile(r"\s*(?:gold\s+|paper\s+)?(?P<u>marks?|seats?)\b", re.I)
_QUALIFIER = re.compile(
    r"\b(?P<q>over|more than|at least|nearly|almost|about|around|approximately|roughly|"
    r"some|up to|under|fewer than|less than|c\.|circa|just over|just under|well over)\s+$", re.I)
_QUAL_KIND = {"over": "over", "more than": "over", "at least": "over", "just over": "over",
              "well over": "over", "nearly": "about", "almost": "about", "about": "about",
              "around": "about", "approximately": "about", "roughly": "about", "some": "about",
              "c.": "about", "circa": "about", "up to": "under", "under": "under",
              "fewer than": "under", "less than": "under", "just under": "about"}


@dataclass(frozen=True, slots=True)
class FigureMention:
    start: int
    end: int
    text: str
    value: float
    unit: str  # percent / count / tonnes
    kind: str  # percent / count / fraction / measure
    qualifier: str | None  # over / about / under


def _number(text: str) -> float | None:
    t = text.lower().replace(",", "").strip()
    try:
        return float(t)
    except ValueError:
        pass
    parts = re.split(r"[\s-]+", t)
    if t in _UNITS:
        return float(_UNITS[t])
    if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _UNITS:
        return float(_UNITS[parts[0]] + _UNITS[parts[1]])
    return None


def find_figures(text: str, dates: Sequence[DateMention]) -> list[FigureMention]:
    taken = [(d.start, d.end) for d in dates]
    out: list[FigureMention] = []

    def free(s: int, e: int) -> bool:
        return not any(s < b and a < e for a, b in taken)

    def add(s: int, e: int, value: float, unit: str, kind: str) -> None:
        if unit == "count":
            follow = _UNIT_AFTER.match(text, e)
            if follow:
                unit = kind = follow.group("u").lower()
                unit = {"mark": "marks", "seat": "seats"}.get(unit, unit)
                kind = "measure"
        q = _QUALIFIER.search(text[max(0, s - 16):s])
        out.append(FigureMention(s, e, text[s:e], value, unit, kind,
                                 _QUAL_KIND[q.group("q").lower()] if q else None))
        taken.append((s, e))

    for m in _PERCENT.finditer(text):
        v = _number(m.group("n"))
        if v is not None and free(*m.span()):
            add(*m.span(), v, "percent", "percent")
    for m in _FRACTION.finditer(text):
        s, e = m.span("f")
        key = re.sub(r"[\s-]+", " ", m.group("f").lower())
        if free(s, e) and key in _FRACTIONS:
            add(s, e, _FRACTIONS[key], "percent", "fraction")
    for m in _SCALED.finditer(text):
        n, sc = (m.group("n"), m.group("s")) if m.group("n") else (m.group("n2"), m.group("s2"))
        v = _number(n) if n.lower() != "a" else 1.0
        if v is not None and free(*m.span()):
            add(*m.span(), v * _SCALES[sc.lower()], "count", "count")
    for m in _TONNES.finditer(text):
        v = _number(m.group("n"))
        if v is not None and free(*m.span()):
            add(*m.span(), v, "tonnes", "measure")
    for m in _PLAIN.finditer(text):
        s, e = m.span()
        if not free(s, e):
            continue
        before = text[max(0, s - 8):s].lower()
        if re.search(r"(?:no\.?|number|order|article|page|p\.|chapter)\s*$", before):
            continue
        if re.match(r"(?:st|nd|rd|th)\b", text[e:e + 2]):
            continue
        v = _number(m.group("n"))
        if v is None:
            continue
        add(s, e, v, "count", "count")
    out.sort(key=lambda f: f.start)
    return out
