"""Fact checks: wrong facts in correct-looking sentences; right facts in odd phrasings."""

from __future__ import annotations

import pytest


def statuses(doc) -> dict[str, str]:
    return {doc.text[c.start:c.end]: c.attrs["status"] for c in doc.spans["fact_checks"]}


TITLE = "Why did the Great Terror happen?\n\n"


@pytest.mark.parametrize("sentence, needle", [
    ("Stalin's rival Kirov was murdered in Leningrad on 1 December 1935.", "1 December 1935"),
    ("Hitler's troops marched into the Rhineland in March 1938.", "March 1938"),
    ("Yezhov replaced Yagoda as head of the NKVD in 1934.", "1934"),
    ("By 1938 about 95 per cent of the Central Committee had been shot.", "95 per cent"),
])
def test_planted_errors_are_contradicted(analyse, sentence: str, needle: str) -> None:
    doc = analyse(TITLE + "Stalin and the NKVD purged the party. " + sentence)
    assert statuses(doc)[needle] == "contradicted"
    check = next(c for c in doc.spans["fact_checks"] if doc.text[c.start:c.end] == needle)
    assert check.attrs["pack_value"] and check.attrs["source"]


@pytest.mark.parametrize("sentence, needle", [
    ("Kirov fell to an assassin on the first of December 1934.", "the first of December 1934"),
    ("Kirov was murdered in 1934.", "1934"),                 # coarser precision
    ("Kirov was murdered by 1935, Stalin later claimed.", "1935"),  # 'by' qualifier
    ("Alliluyeva took her own life on the night of 8-9 November 1932.", "8-9 November 1932"),
    ("Show trials were staged in 1937 against Pyatakov and Radek.", "1937"),
    ("Order No. 00447 came into force in August 1937.", "August 1937"),
    ("Over two-thirds of the Central Committee were shot.", "two-thirds"),
])
def test_correct_facts_are_never_contradicted(analyse, sentence: str, needle: str) -> None:
    doc = analyse(TITLE + "Stalin and the NKVD purged the party. " + sentence)
    assert statuses(doc)[needle] == "supported"


@pytest.mark.parametrize("sentence", [
    "Kirov had led Leningrad since 1926 and was murdered in December 1934.",
    "In 1937, a year after Zinoviev was tried, the army was purged.",
    "The Nazis won 37 per cent in July 1932 while the KPD took 14 per cent.",
    "The purges of 1937 followed the murder of Kirov.",
])
def test_ambiguous_dates_are_not_contradicted(analyse, sentence: str) -> None:
    doc = analyse(TITLE + "Stalin and the NKVD purged the party. Hitler and the Nazis rose. "
                  + sentence)
    assert "contradicted" not in statuses(doc).values()


def test_without_a_pack_every_check_says_no_pack(analyse) -> None:
    doc = analyse("Why did the English Civil War begin?\n\nCharles I dissolved Parliament in "
                  "March 1629. Ship Money was collected from 1634 to 1640, and 3 counties "
                  "refused to pay.")
    assert doc.results["packs"] == []
    assert set(statuses(doc).values()) == {"no_pack"}


def test_bracketed_date_after_its_event_is_checked(analyse) -> None:
    doc = analyse("How successful were the Five-Year Plans?\n\nStalin and Gosplan drove "
                  "industry. The Second Five-Year Plan (1928-32) built heavy industry. The "
                  "First Five-Year Plan (1928-32) came first.")
    got = [c.attrs["status"] for c in doc.spans["fact_checks"]]
    assert got == ["contradicted", "supported"]
