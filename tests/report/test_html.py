"""The essay report: sections fill in from the record, say "not available" when
empty, load nothing from outside, and stay small."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from essaylens.record import to_record
from essaylens.report.html import render_html, render_record_html
from report.sample import build

SECTIONS = ("summary", "essay", "argument-map", "factors", "timeline", "fact-checks",
            "language", "repairs")


class Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.urls: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("src", "href", "xlink:href", "action") and value:
                self.urls.append(value)


def parse(html: str) -> Ids:
    p = Ids()
    p.feed(html)
    return p


def test_every_section_is_present_with_its_figure() -> None:
    page = parse(render_html(build()))
    assert set(SECTIONS) <= page.ids
    assert {"argmap", "chart-factors", "chart-timeline", "timeline-table", "criteria"} <= page.ids


def test_empty_record_says_not_available_in_each_section() -> None:
    html = render_html(build(full=False))
    assert html.count("Not available:") >= 9  # question, judgement, mark, steps, map, ...
    assert 'id="argmap"' not in html


def test_page_has_no_script_and_no_external_reference() -> None:
    html = render_html(build())
    page = parse(html)
    assert "script" not in page.tags
    assert all(u.startswith("#") for u in page.urls), page.urls
    assert "@import" not in html and "url(http" not in html
    assert "default-src 'none'" in html


def test_components_carry_role_and_confidence() -> None:
    html = render_html(build())
    assert 'class="comp role-counterargument" tabindex="0"' in html
    assert "confidence 0.58" in html


def test_language_issue_and_repair_marks_show_suggestion_and_original() -> None:
    html = render_html(build())
    assert 'class="issue"' in html and "political intrigue" in html
    assert "Repaired (whitespace)" not in html  # whitespace-only repairs get no mark
    record = to_record(build())
    record["repairs"] = [dict(record["repairs"][0], original="teh", replacement="the",
                              kind="spelling")]
    html = render_record_html(record)
    assert "Repaired (spelling). The student wrote: “teh”" in html


def test_argument_map_draws_support_and_attack_differently() -> None:
    html = render_html(build())
    assert html.count('class="edge edge-attack"') == 2
    assert html.count('class="edge edge-support"') == 5
    assert 'marker-end="url(#arrow-attack)"' in html


def test_print_styles_present() -> None:
    assert "@media print" in render_html(build())


def test_report_of_a_1000_word_essay_is_under_1_mb() -> None:
    extra = " ".join(f"Sentence {i} adds detail about the years {1900 + i % 40} and more words."
                     for i in range(110))
    doc = build(extra, n_extra_components=12)
    assert len(doc.text.split()) >= 1000
    size = len(render_html(doc).encode("utf-8"))
    assert size < 1_000_000, size


def test_timeline_rows_follow_dates_not_text_order() -> None:
    html = render_html(build())
    table = html[html.index('id="timeline-table"'):]
    dates = re.findall(r"<tr><td>([0-9-]+)</td>", table)
    assert dates == sorted(dates)


def test_next_step_quotes_the_essay_not_its_own_advice() -> None:
    html = render_html(build())
    assert "(“the Depression was the main reason”)" in html
    assert "(“Explain how the Depression" not in html


def test_odd_shapes_from_other_layers_still_render() -> None:
    record = to_record(build())
    record["assessment"]["mark_range"] = {"low": 8, "high": 12}
    record["assessment"]["next_steps"] = ["Plan first."]
    record["assessment"]["criteria"] = ["Knowledge"]
    record["language_issues"][0]["suggestions"] = "political intrigue"
    record["components"].append({"id": "bad", "start": 0, "end": 5})  # no role, no type
    record["relations"].append({"source": "bad", "target": "missing", "type": "rebut"})
    record["events"] = [{"start": 0, "end": 3, "date": None, "precision": None}]
    html = render_record_html(record)
    assert "8–12" in html and "Plan first." in html and "Knowledge" in html
    assert "Try: political intrigue" in html


def test_a_broken_figure_is_reported_and_the_rest_renders() -> None:
    record = to_record(build())
    record["components"][0] = {"id": "c1", "start": "x", "end": None}
    html = render_record_html(record)
    assert "could not be drawn" in html
    assert 'id="timeline-table"' in html


def _with_style_note() -> str:
    record = to_record(build())
    issue = record["language_issues"][0]
    sentence = next(s for s in record["sentences"]
                    if s["start"] <= issue["start"] and issue["end"] <= s["end"])
    record["language_issues"].insert(0, {
        "start": sentence["start"], "end": sentence["end"], "kind": "style",
        "message": "Long sentence: consider splitting it", "suggestions": []})
    return render_record_html(record)


def test_style_note_is_drawn_faintly_around_a_visible_specific_issue() -> None:
    html = _with_style_note()
    style_at = html.index('<span class="issue-style" tabindex="0">')
    issue_at = html.index('<span class="issue" tabindex="0">', style_at)
    close_at = html.index("Style note: Long sentence", style_at)
    assert style_at < issue_at < close_at  # the specific issue sits inside the note
    assert "political intrigue" in html[issue_at:close_at]
    css = re.search(r"\.issue-style \{[^}]*\}", html)
    assert css and "wavy" not in css.group() and "underline" not in css.group()


def test_empty_language_section_says_whether_the_check_ran() -> None:
    record = to_record(build())
    record["language_issues"] = []
    record.pop("readability", None)
    html = render_record_html(record)
    assert "Not available: the language check did not run." in html
    assert "No language issues found." not in html
    record["readability"] = {"sentences": 5}
    html = render_record_html(record)
    assert "No language issues found." in html
    assert "Not available: the language check" not in html


def test_empty_argument_says_when_the_model_is_missing() -> None:
    record = to_record(build(full=False))
    record["argument"] = {"model": None, "narrative": []}
    html = render_record_html(record)
    assert "Not available: the argument model is not installed" in html
    record["argument"] = {"model": "aaec-crf", "narrative": []}
    assert "No parts of the argument were identified" in render_record_html(record)
