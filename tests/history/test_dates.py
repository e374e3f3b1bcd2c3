"""The date normaliser: every phrasing the issue lists, plus the traps."""

from __future__ import annotations

import pytest

from essaylens.history.dates import compatible, find_dates, find_partial, find_relative, parse_iso


def one(text: str) -> tuple[str, str, str | None]:
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0].iso, found[0].precision, found[0].qualifier


@pytest.mark.parametrize("text, iso, precision", [
    ("the 1st of December 1934", "1934-12-01", "day"),
    ("on the first of December 1934", "1934-12-01", "day"),
    ("the twenty-first of June 1937", "1937-06-21", "day"),
    ("8th November 1932", "1932-11-08", "day"),
    ("December 1, 1934", "1934-12-01", "day"),
    ("Dec. 1, 1934", "1934-12-01", "day"),
    ("1934-12-01", "1934-12-01", "day"),
    ("in March 1936", "1936-03", "month"),
    ("in 1929", "1929", "year"),
    ("1936-39", "1936/1939", "range"),
    ("1936-38", "1936/1938", "range"),
    ("1936–1938", "1936/1938", "range"),
    ("between 1936 and 1938", "1936/1938", "range"),
    ("from 1928 to 1932", "1928/1932", "range"),
    ("8-9 November 1932", "1932-11-08/1932-11-09", "range"),
    ("March-April 1936", "1936-03/1936-04", "range"),
    ("the summer of 1936", "1936-06/1936-08", "range"),
    ("the 1930's", "1930/1939", "decade"),
    ("the 1930’s", "1930/1939", "decade"),
    ("the 1930s", "1930/1939", "decade"),
    ("the mid-1930s", "1933/1937", "decade"),
    ("the '30s", "1930/1939", "decade"),
    ("in the nineteenth century", "1801/1900", "range"),
    ("the early 20th century", "1901/1933", "range"),
])
def test_phrasings_normalise_at_their_precision(text: str, iso: str, precision: str) -> None:
    got_iso, got_precision, _ = one(text)
    assert (got_iso, got_precision) == (iso, precision)


@pytest.mark.parametrize("text, qualifier", [
    ("by 1938", "by"), ("before 1936", "before"), ("after 1934", "after"),
    ("since 1934", "after"), ("c. 1930", "c."), ("around 1930", "c."), ("in 1930", None),
])
def test_qualifiers(text: str, qualifier: str | None) -> None:
    assert one(text)[2] == qualifier


@pytest.mark.parametrize("text", [
    "1,966 delegates", "No. 00447", "1936 members were arrested", "70% of them",
    "681,692 people", "the 50th birthday", "page 1936",
])
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_following_year_is_resolved_from_context() -> None:
    text = "Kirov was killed in 1934. The following year Zinoviev was jailed."
    rel = find_relative(text, find_dates(text))
    assert [(r.text, r.iso, r.resolved) for r in rel] == [("The following year", "1935", True)]


def test_following_year_after_a_range_is_not_guessed() -> None:
    text = "The Terror of 1936-38 ended. The following year was calmer."
    assert find_relative(text, find_dates(text)) == []


def test_day_and_month_take_the_year_of_their_sentence() -> None:
    text = "Russia mobilised on 30 July, and Germany declared war on 1 August 1914."
    found = find_partial(text, find_dates(text), [(0, len(text))])
    assert [(p.text, p.iso) for p in found] == [("30 July", "1914-07-30")]


def test_month_alone_takes_a_bare_year_from_its_sentence() -> None:
    text = "It was not until 1938 that Bukharin was tried, in March."
    found = find_partial(text, find_dates(text), [(0, len(text))])
    assert [(p.text, p.iso, p.precision) for p in found] == [("March", "1938-03", "month")]


def test_may_the_verb_is_not_a_month() -> None:
    assert all(d.precision != "month" for d in find_dates("he may 1936 have feared them"))


@pytest.mark.parametrize("said, qualifier, event, ok", [
    ("1936", None, "1936-03-07", True),          # coarser precision is never wrong
    ("1936-03", None, "1936-03-07", True),
    ("1937", None, "1936-03-07", False),
    ("1938", "by", "1934-12-01", True),           # by 1938: it had happened
    ("1933", "by", "1934-12-01", False),
    ("1936/1939", None, "1937-06-12", True),      # ranges overlap
    ("1932", "c.", "1934-12-01", True),           # circa widens by two years
])
def test_compatibility(said: str, qualifier: str | None, event: str, ok: bool) -> None:
    a, b = parse_iso(said)
    c, d = parse_iso(event)
    assert compatible(a, b, qualifier, c, d) is ok


def test_relative_days_chain_from_the_last_date() -> None:
    text = "Germany declared war on Russia on 1 August 1914, on France two days later. " \
           "The next day Britain followed."
    rel = find_relative(text, find_dates(text))
    assert [(r.text, r.iso) for r in rel] == [("two days later", "1914-08-03"),
                                              ("The next day", "1914-08-04")]
