"""Charts: pygal SVG without script; dates at their precision."""

from __future__ import annotations

from datetime import date

from essaylens.report.charts import factors_chart, parse_date, timeline_chart


def test_parse_date_spans_its_precision() -> None:
    assert parse_date("1934-12-01") == (date(1934, 12, 1), date(1934, 12, 1))
    assert parse_date("1936-02") == (date(1936, 2, 1), date(1936, 2, 29))
    assert parse_date("1929") == (date(1929, 1, 1), date(1929, 12, 31))
    assert parse_date("1936-12") == (date(1936, 12, 1), date(1936, 12, 31))
    assert parse_date("1936/1939") == (date(1936, 1, 1), date(1939, 12, 31))
    assert parse_date("1934-12/1939-03") == (date(1934, 12, 1), date(1939, 3, 31))
    assert parse_date("1939/1936") is None
    assert parse_date("spring") is None and parse_date("1936-13") is None


def test_charts_carry_no_script_and_a_stable_id() -> None:
    svg = str(factors_chart([{"name": "Army", "sentences": ["s1"], "evidence_count": 2,
                              "weighting": {"rank": 1, "label": "main"}}]))
    assert "<script" not in svg and 'id="chart-factors"' in svg
    tl = str(timeline_chart([{"date": "1929", "precision": "year", "label": "Crash",
                              "check": "supported"}]))
    assert "<script" not in tl and 'id="chart-timeline"' in tl and "supported" in tl


def test_no_data_no_chart() -> None:
    assert factors_chart([]) is None
    assert timeline_chart([{"date": "someday"}]) is None


def test_factors_run_from_strongest_claimed_weight_to_unweighed() -> None:
    from essaylens.report.charts import claimed_order

    factors = [{"name": "A", "weighting": None}, {"name": "B", "weighting": {"rank": 1}},
               {"name": "C", "weighting": {"rank": 6, "label": "decisive"}}]
    assert [f["name"] for f in sorted(factors, key=claimed_order)] == ["C", "B", "A"]
    svg = str(factors_chart(factors))
    # pygal draws the first label at the bottom: the strongest must be drawn last (on top)
    assert svg.index("A (not weighed)") < svg.index("C (decisive)")
