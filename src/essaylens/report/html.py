"""The self-contained HTML report (Jinja2, autoescaped: essay text is untrusted).

No script runs in the page: a Content-Security-Policy forbids scripts and every
network fetch, styles are inline, charts and the argument map are inline SVG.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from essaylens.document import Document
from essaylens.record import to_record


def visible_whitespace(text: str) -> str:
    """Show spaces, tabs and line breaks in repair tables, where they are the point."""
    return (str(text).replace(" ", "\u2423").replace("\t", "\u21e5").replace("\n", "\u21b5")
            or "(nothing)")


def as_list(value: Any) -> list[str]:
    """Suggestions as a list whether a layer gave a list, one string or nothing."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


@cache
def environment() -> Environment:
    env = Environment(loader=PackageLoader("essaylens.report", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["visible"] = visible_whitespace
    env.filters["as_list"] = as_list
    return env


def render_record_html(record: dict[str, Any]) -> str:
    """The essay report for a finished record."""
    from essaylens.report.view import build_view

    return environment().get_template("essay.html.j2").render(record=record,
                                                              v=build_view(record))


def render_html(doc: Document) -> str:
    return render_record_html(to_record(doc))
