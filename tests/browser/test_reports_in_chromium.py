"""The reports in a real browser: no console errors, no network, the map and the
timeline are there, no injected script runs; screenshots go to tmp_path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from essaylens.pipeline import Options
from essaylens.report.html import render_html
from report.sample import build


def only_itself(v: Any, path: Path) -> None:
    assert v.requests == [path.resolve().as_uri()], v.requests
    assert v.console_errors == []


def test_reference_essay_report(visit: Any, reference_path: Path, tmp_path: Path) -> None:
    from essaylens.analysis import analyze_path

    report = tmp_path / "reference.html"
    report.write_text(render_html(analyze_path(reference_path)), encoding="utf-8")
    v = visit(report)
    only_itself(v, report)
    assert v.page.locator("#argument-map").is_visible()
    assert v.page.locator("#timeline").is_visible()
    assert v.page.locator("#essay p").count() > 3
    v.page.screenshot(path=str(tmp_path / "reference.png"), full_page=True)
    assert (tmp_path / "reference.png").stat().st_size > 10_000


def test_full_report_draws_map_and_charts(visit: Any, tmp_path: Path) -> None:
    report = tmp_path / "full.html"
    report.write_text(render_html(build(n_extra_components=12)), encoding="utf-8")
    v = visit(report)
    only_itself(v, report)
    page = v.page
    nodes = page.locator("#argmap .node")
    assert nodes.count() >= 30
    box = page.locator("#argmap").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 300
    assert page.locator("#chart-timeline .dot").count() >= 4
    assert page.locator("#chart-factors").is_visible()
    # keyboard: tabbing reaches a component and its tip shows on focus
    page.locator(".comp").first.focus()
    assert page.locator(".comp").first.locator(".tip").is_visible()
    page.screenshot(path=str(tmp_path / "full.png"), full_page=True)
    page.emulate_media(media="print")
    assert not page.locator("nav.toc").is_visible()


def test_injected_markup_does_not_run(visit: Any, tmp_path: Path) -> None:
    payload = "<script>alert(1)</script> <img src=x onerror=alert(1)> =HYPERLINK(\"x\")."
    report = tmp_path / "xss.html"
    report.write_text(render_html(build(payload, title=payload)), encoding="utf-8")
    v = visit(report)
    only_itself(v, report)
    assert v.dialogs == []
    assert v.page.locator("main img, main script").count() == 0
    assert "<script>alert(1)</script>" in v.page.locator("#essay").inner_text()


def test_class_index(visit: Any, tmp_path: Path) -> None:
    from essaylens.cli.batch import run_class

    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"s{i}.txt").write_text(
            f"Essay {i}. The war began for many reasons. Alliances mattered most.\n\n"
            "Some disagree, but they are wrong.", encoding="utf-8")
    (src / "<img src=x onerror=alert(1)>.txt").write_bytes(b"\x00\xff")
    out = tmp_path / "out"
    run_class(sorted(str(p) for p in src.iterdir()), "html", out, Options(), jobs=1,
              quiet=True)
    v = visit(out / "index.html")
    only_itself(v, out / "index.html")
    assert v.dialogs == []
    assert v.page.locator("#essays-table tbody tr").count() == 4
    assert v.page.locator("#coverage").is_visible()
    v.page.screenshot(path=str(tmp_path / "index.png"), full_page=True)


def test_class_index_with_levels_and_heat_map(visit: Any, tmp_path: Path) -> None:
    from essaylens.record import to_record
    from essaylens.report.summary import render_index, summary_row

    rows = []
    for i in range(6):
        record = to_record(build(n_extra_components=i % 3))
        record["assessment"] = dict(record["assessment"], level=2 + i % 3, mark=8 + i)
        if i % 2:
            record["factors"] = record["factors"][:2]
        rows.append(summary_row(record, f"student{i}.txt", f"student{i}.html"))
    index = tmp_path / "index.html"
    index.write_text(render_index(rows), encoding="utf-8")
    v = visit(index)
    only_itself(v, index)
    assert v.page.locator("#heatmap td.cell").count() == 18
    assert v.page.locator("#chart-levels").is_visible()
    v.page.screenshot(path=str(tmp_path / "index-full.png"), full_page=True)


def test_specific_issue_inside_a_style_note_is_visible_and_focusable(
        visit: Any, tmp_path: Path) -> None:
    from essaylens.record import to_record
    from essaylens.report.html import render_record_html

    record = to_record(build())
    issue = record["language_issues"][0]
    sentence = next(s for s in record["sentences"]
                    if s["start"] <= issue["start"] and issue["end"] <= s["end"])
    record["language_issues"].insert(0, {"start": sentence["start"], "end": sentence["end"],
                                         "kind": "style", "message": "Long sentence"})
    report = tmp_path / "style.html"
    report.write_text(render_record_html(record), encoding="utf-8")
    v = visit(report)
    only_itself(v, report)
    page = v.page
    inner = page.locator("#essay .issue-style .issue").first
    note = inner.locator("xpath=ancestor::span[@class='issue-style'][1]")
    assert note.evaluate("e => getComputedStyle(e).textDecorationLine") == "none"
    assert inner.evaluate("e => getComputedStyle(e).textDecorationStyle") == "wavy"
    inner.focus()
    assert inner.locator(".tip").is_visible()
    assert not note.locator(":scope > .tip").is_visible()
    note.focus()
    assert note.locator(":scope > .tip").is_visible()
