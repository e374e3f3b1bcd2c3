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


@pytest.mark.parametrize("sentence", [
    "In 1932 the Nazi vote rose by 19 per cent on the 1930 result.",
    "In July 1932 the Nazis won 51 per cent of the vote in Schleswig-Holstein.",
    "Yezhov himself arrested and shot 20,000 people in 1937 in the Polish operation.",
    "Stakhanov's quota was 7 tonnes a shift.",
])
def test_changes_regions_and_subsets_are_not_contradicted(analyse, sentence: str) -> None:
    doc = analyse("Why did Hitler and Stalin rise?\n\nHitler and the Nazis used the Reichstag. "
                  "Stalin, Yezhov and the NKVD purged the party. " + sentence)
    assert "contradicted" not in statuses(doc).values()


def test_wrong_national_vote_share_is_contradicted(analyse) -> None:
    doc = analyse("Why did Weimar fail?\n\nHitler, Hindenburg and the Reichstag mattered. "
                  "In the March 1933 election the Nazis won 52 per cent of the vote.")
    assert statuses(doc)["52 per cent"] == "contradicted"


@pytest.mark.parametrize("sentence", [
    "Under Yezhov, Marshal Blyukher was arrested in 1938.",
    "Kirov's death led to the arrest of Zinoviev in 1935.",
    "Allied troops left the Rhineland in 1930.",
])
def test_other_subjects_and_connected_events_are_not_contradicted(analyse, sentence) -> None:
    doc = analyse(TITLE + "Stalin and the NKVD purged the party. " + sentence)
    assert "contradicted" not in statuses(doc).values()


@pytest.mark.parametrize("sentence", [
    "Contrary to legend, the Rhineland was not remilitarised in 1935.",
    "Some wrongly claim that Kirov was murdered in 1936.",
    "The Rhineland was not remilitarised in 1935.",
])
def test_denied_or_reported_claims_are_not_contradicted(analyse, sentence: str) -> None:
    doc = analyse(TITLE + "Stalin and the NKVD purged the party. Hitler rearmed. " + sentence)
    assert "contradicted" not in statuses(doc).values()


NAZI_TITLE = "Why did the Nazis rise to power by 1933?\n\nThe Depression was the main reason. "


@pytest.mark.parametrize("sentence, needle", [
    ("In July 1932 the Nazis won 33 percent of the vote.", "33 percent"),   # November's share
    ("In July 1932 the Nazis won 196 seats.", "196"),                       # November's seats
    ("In November 1932 the Nazis won 37 percent of the vote.", "37 percent"),  # July's share
])
def test_figure_from_another_month_is_not_supported(analyse, sentence: str,
                                                    needle: str) -> None:
    doc = analyse(NAZI_TITLE + sentence, packs=("weimar-germany",))
    assert statuses(doc)[needle] != "supported"


@pytest.mark.parametrize("sentence, needle", [
    ("In July 1932 the Nazis won 37 percent of the vote.", "37 percent"),
    ("In November 1932 the Nazis won 196 seats.", "196"),
    ("In 1932 the Nazis won 33 percent of the vote.", "33 percent"),  # year only: either
])
def test_figure_at_its_own_date_is_supported(analyse, sentence: str, needle: str) -> None:
    doc = analyse(NAZI_TITLE + sentence, packs=("weimar-germany",))
    assert statuses(doc)[needle] == "supported"


def test_open_date_does_not_support_an_event_dated_by_another(analyse) -> None:
    doc = analyse(TITLE + "Of the Central Committee elected in 1934, most members were "
                  "dead by 1938.", packs=("ussr-great-terror",))
    assert statuses(doc)["1934"] == "supported"
    assert statuses(doc)["1938"] == "unverifiable"


def test_bare_month_after_a_full_date_dates_the_next_figure(analyse) -> None:
    doc = analyse(NAZI_TITLE + "In July 1932 the Nazis won 37 per cent of the vote, and in "
                  "November 33 per cent.", packs=("weimar-germany",))
    assert statuses(doc)["33 per cent"] == "supported"


def test_misspelt_event_word_still_links_to_the_event(analyse) -> None:
    doc = analyse("Why did the First World War start?\n\nThe assasination of Franz Ferdinand "
                  "in 1916 started the war.", packs=("ww1-causes",))
    assert statuses(doc)["1916"] == "contradicted"


def test_misspelt_event_word_supports_a_correct_date(analyse) -> None:
    doc = analyse("Why did the First World War start?\n\nThe assasination of Franz Ferdinand "
                  "in June 1914 started the war.", packs=("ww1-causes",))
    assert statuses(doc)["June 1914"] == "supported"


def test_they_takes_its_subject_from_the_previous_sentence(analyse) -> None:
    doc = analyse(NAZI_TITLE + "In May 1928 the Nazis had won only 2.6 percent of the vote. "
                  "By July 1932 they won 37 percent and 230 seats.", packs=("weimar-germany",))
    assert statuses(doc)["37 percent"] == "supported"
    assert statuses(doc)["230"] == "supported"


def test_they_is_not_resolved_when_two_parties_precede(analyse) -> None:
    doc = analyse(NAZI_TITLE + "In May 1928 the Nazis won 2.6 percent of the vote and the "
                  "KPD won 10 percent. By July 1932 they won 14 percent.",
                  packs=("weimar-germany",))
    assert statuses(doc)["14 percent"] == "unverifiable"


def test_an_unverifiable_date_is_labelled_with_its_own_words_not_a_nearby_event():
    from essaylens.analysis import analyze_text
    from essaylens.pipeline import Options

    doc = analyze_text("Why did the First World War break out in 1914?\n\n"
                       "Britain signed the Entente Cordiale with France in 1904 and an "
                       "agreement with Russia in 1907. These ententes divided Europe.\n",
                       options=Options(packs=("ww1-causes",)))
    checks = [c for c in doc.spans["fact_checks"] if doc.span_text(c) == "1907"]
    assert checks, "the 1907 date was not checked at all"
    for check in checks:
        if check.attrs["status"] == "unverifiable":
            assert not check.attrs["claim"].startswith("Entente Cordiale")
            assert "agreement with Russia in 1907" in check.attrs["claim"]
