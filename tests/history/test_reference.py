"""The reference essay (read from ../shared at run time, never copied here)."""

from __future__ import annotations

import pytest

from essaylens.document import Document


@pytest.fixture(scope="module")
def ref(analyse, reference_text: str) -> Document:
    return analyse(reference_text)


def test_question_type_mismatch_is_flagged(ref: Document) -> None:
    q = ref.results["question"]
    assert q["type"] == "description"
    assert q["body_type"] == "cause"
    assert q["mismatch"] is True and q["message"]


def test_at_least_five_of_six_factors_found(ref: Document) -> None:
    found = {f["pack_factor"] for f in ref.results["factors"]}
    expected = {"fear_suspicion", "jealousy", "external_threat", "personality_cult",
                "party_control", "economic"}
    assert len(found & expected) >= 5


def test_factors_have_paragraphs_sentences_and_ordinal_weighting(ref: Document) -> None:
    fear = next(f for f in ref.results["factors"] if f["pack_factor"] == "fear_suspicion")
    assert fear["paragraphs"] and fear["sentences"]
    assert fear["weighting"]["rank"] == max(
        f["weighting"]["rank"] for f in ref.results["factors"] if f["weighting"])
    text = ref.text
    w = fear["weighting"]
    assert text[w["start"]:w["end"]] == w["phrase"]


def test_judgement_names_fear_as_major_but_not_sole(ref: Document) -> None:
    j = ref.results["judgement"]
    assert j["main_factor_id"] == "fear_suspicion"
    assert j["sole"] is False
    assert j["where"] == "both"
    assert j["consistent_with_introduction"] is True


@pytest.mark.parametrize("iso", ["1934-12-01", "1936-03", "1936-08", "1932-11-08", "1929"])
def test_required_events_are_dated(ref: Document, iso: str) -> None:
    assert iso in {e.attrs["date"] for e in ref.spans["events"]}


def test_khrushchev_quotation_is_attributed(ref: Document) -> None:
    speakers = [q.attrs["speaker"] for q in ref.spans["quotations"]
                if "Stalin is hope" in q.attrs["text"]]
    assert speakers == ["Nikita Khrushchev"]


def test_misspelt_khrushchev_is_linked(ref: Document) -> None:
    hits = [e.attrs for e in ref.spans["entities"] if e.attrs["name"] == "Khrushev"]
    assert hits and all(h["canonical"] == "Nikita Khrushchev" and h["misspelt"] for h in hits)


def test_no_fact_is_contradicted(ref: Document) -> None:
    statuses = [c.attrs["status"] for c in ref.spans["fact_checks"]]
    assert "contradicted" not in statuses
    assert statuses.count("supported") >= 5


def test_timeline_is_sorted(ref: Document) -> None:
    rows = ref.results["timeline"]["events"]
    assert rows and rows[0]["date"] <= rows[-1]["date"]
    assert {r["id"] for r in rows} == {e.id for e in ref.spans["events"]}


def test_open_date_does_not_support_an_event_another_date_fixes(ref: Document) -> None:
    """The Central Committee was elected in 1934: a 'by 1938' beside it is no support."""
    cc = [ref.text[c.start:c.end].strip() for c in ref.spans["fact_checks"]
          if c.attrs["status"] == "supported" and c.attrs["pack_ref"] == "cc_1934"]
    assert "1934" in cc
    assert "1938" not in cc
