"""Chronology warnings: outside the question's period; before/after contradicted."""

from __future__ import annotations


def test_event_outside_the_question_period_is_flagged(analyse) -> None:
    doc = analyse("Why did the Weimar Republic fail, 1919-33?\n\nThe Weimar Republic faced the "
                  "Kapp Putsch in 1920. Bismarck had united Germany in 1871. Kolb argues in The "
                  "Weimar Republic (1988) that it could survive. Hitler invaded Poland in 1939.")
    warnings = doc.results["timeline"]["warnings"]
    assert doc.results["timeline"]["period"] == "1919/1933"
    assert [w["kind"] for w in warnings] == ["outside_period"]
    assert "1871" in warnings[0]["message"]  # 1939 is near; 1988 is a historian's work


def test_a_single_date_in_the_question_is_not_a_period(analyse) -> None:
    doc = analyse("What happened in 1914?\n\nThe Dual Alliance was signed in 1879.")
    assert doc.results["timeline"]["period"] is None
    assert doc.results["timeline"]["warnings"] == []


def test_a_cause_question_reaches_back_to_the_pack_period(analyse) -> None:
    doc = analyse("Why did war break out in 1914?\n\nThe Dual Alliance was signed in 1879.",
                  packs=("ww1-causes",))
    assert doc.results["timeline"]["period"] == "1870/1914"
    assert doc.results["timeline"]["warnings"] == []


def test_by_year_in_a_cause_question_covers_the_years_before(analyse) -> None:
    doc = analyse("Why did the Nazis rise to power by 1933?\n\nHitler and the Nazis won 2.6 "
                  "percent in May 1928. The Wall Street Crash came in October 1929. In "
                  "November 1932 the Nazis won 196 seats.")
    assert doc.results["timeline"]["period"] == "1918/1933"
    assert doc.results["timeline"]["warnings"] == []


def test_a_cause_question_still_flags_the_far_past(analyse) -> None:
    doc = analyse("Why did the Nazis rise to power by 1933?\n\nHitler and the Nazis gained "
                  "votes in 1930. Germany had been united in 1871.")
    warnings = doc.results["timeline"]["warnings"]
    assert [w["kind"] for w in warnings] == ["outside_period"]
    assert "1871" in warnings[0]["message"]


def test_sample_cause_essay_has_no_timeline_warnings(analyse) -> None:
    from pathlib import Path
    text = (Path(__file__).resolve().parents[2] / "examples" /
            "hitler_rise_depression.txt").read_text(encoding="utf-8")
    doc = analyse(text)
    assert doc.results["timeline"]["period"] == "1918/1933"
    assert doc.results["timeline"]["warnings"] == []


def test_after_contradicting_the_dates_is_flagged(analyse) -> None:
    doc = analyse("Why did the Great Terror happen?\n\nStalin purged the NKVD and the party. "
                  "After the Rhineland was remilitarised in March 1936, Kirov was murdered in "
                  "December 1934.")
    kinds = [w["kind"] for w in doc.results["timeline"]["warnings"]]
    assert kinds == ["order"]


def test_after_in_the_right_order_is_not_flagged(analyse) -> None:
    doc = analyse("Why did the Great Terror happen?\n\nStalin purged the NKVD and the party. "
                  "Kirov was murdered in December 1934, after the Congress of Victors in 1934 "
                  "had applauded him.")
    assert doc.results["timeline"]["warnings"] == []


def test_timeline_is_in_date_order(analyse) -> None:
    doc = analyse("Why did the Terror happen?\n\nStalin purged the NKVD. The army was purged in "
                  "1937. Kirov was murdered in 1934. The Secret Speech came in 1956.")
    dates = [e["date"] for e in doc.results["timeline"]["events"]]
    assert dates == ["1934", "1937", "1956"]
