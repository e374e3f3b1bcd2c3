"""Untrusted essay text, titles and file names render as text in every format."""

from __future__ import annotations

import csv
import html as html_lib
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from essaylens.record import dumps, to_record
from essaylens.report.html import render_html
from essaylens.report.markdown import escape_md, render_markdown
from essaylens.report.summary import csv_safe, summary_row, to_csv
from report.sample import build

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
FORMULA = '=HYPERLINK("http://evil.example/x","click")'
PAYLOAD = f"He wrote {SCRIPT} and {IMG} then {FORMULA} as evidence."


class Tags(HTMLParser):
    """Every start tag and attribute name the browser's parser would see."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return build(PAYLOAD, title=f"{SCRIPT}{IMG}{FORMULA}")


def test_html_shows_payloads_as_text_and_parses_to_no_script_or_img(doc) -> None:  # type: ignore[no-untyped-def]
    html = render_html(doc)
    parser = Tags()
    parser.feed(html)
    assert "script" not in parser.tags
    assert "img" not in parser.tags
    assert not [a for a in parser.attrs if a.startswith("on")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert SCRIPT not in html and IMG not in html


def test_markdown_escapes_every_angle_bracket_and_formula(doc) -> None:  # type: ignore[no-untyped-def]
    md = render_markdown(doc)
    assert re.search(r"(?<!\\)<", md) is None
    assert "\\=HYPERLINK" in md
    assert "\\<script>alert(1)\\</script>" in md
    html = _commonmark(md)
    parser = Tags()
    parser.feed(html)
    assert not {"script", "img", "a"} & set(parser.tags)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_escape_md_keeps_cells_on_one_line_and_pipes_escaped() -> None:
    assert escape_md("a|b\nc") == "a\\|b c"


def test_json_keeps_the_text_verbatim_as_data(doc) -> None:  # type: ignore[no-untyped-def]
    record = json.loads(dumps(to_record(doc)))
    assert PAYLOAD in record["text"]
    assert record["source"]["title"].startswith(SCRIPT)


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", FORMULA])
def test_csv_safe_neutralises_formula_starts(value: str) -> None:
    assert csv_safe(value) == "'" + value


def test_csv_safe_leaves_numbers_and_plain_text() -> None:
    assert csv_safe(-3) == -3 and csv_safe("Essay 1") == "Essay 1"


def test_summary_csv_guards_file_names_and_titles(doc) -> None:  # type: ignore[no-untyped-def]
    row = summary_row(to_record(doc), file=f"{FORMULA}.txt", report="x.html")
    row["title"] = "@SUM(A1:A9)"
    rows = list(csv.reader(io.StringIO(to_csv([row]))))
    cells = dict(zip(rows[0], rows[1], strict=True))
    assert cells["file"] == f"'{FORMULA}.txt"
    assert cells["title"] == "'@SUM(A1:A9)"
    for value in rows[1]:
        assert not value.startswith(("=", "+", "-", "@"))


def test_class_index_escapes_file_names(tmp_path: Path) -> None:
    from essaylens.report.summary import failed_row, render_index

    row = summary_row(to_record(build(PAYLOAD)), file=f"{IMG}.txt", report=f"{IMG}.html")
    html = render_index([row, failed_row(f"{SCRIPT}.docx", f"bad {SCRIPT}")])
    parser = Tags()
    parser.feed(html)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert 'href="%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.html"' in html


def _commonmark(md: str) -> str:
    from markdown_it import MarkdownIt  # comes with rich

    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 .'\"-+#>=<&;*_`[]()!|~:/@\\", max_size=40))
def test_escaped_text_renders_back_as_exactly_that_text(text: str) -> None:
    flat = " ".join(text.split())
    rendered = _commonmark(escape_md(text)).strip()
    if flat:
        assert rendered.startswith("<p>") and rendered.endswith("</p>")
        rendered = rendered[3:-4]
    assert html_lib.unescape(rendered) == flat


def test_escape_md_leaves_ordinary_punctuation_alone() -> None:
    assert escape_md("Hitler's aims (1933-39): v0.1.0, \"Lebensraum\"!") == (
        "Hitler's aims (1933-39): v0.1.0, \"Lebensraum\"!")
