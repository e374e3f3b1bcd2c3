"""The Markdown report says whether an empty section's check ran."""

from __future__ import annotations

from essaylens.record import to_record
from essaylens.report.markdown import render_record_markdown
from report.sample import build


def test_empty_language_section_says_whether_the_check_ran() -> None:
    record = to_record(build())
    record["language_issues"] = []
    record.pop("readability", None)
    assert "_Not available: the language check did not run._" in (
        render_record_markdown(record))
    record["readability"] = {"sentences": 5}
    md = render_record_markdown(record)
    assert "_No language issues found._" in md
    assert "language check did not run" not in md
