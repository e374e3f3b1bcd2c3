"""The self-contained HTML report (Jinja2, autoescaped: essay text is untrusted)."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from essaylens.document import Document
from essaylens.record import to_record


@cache
def environment() -> Environment:
    return Environment(loader=PackageLoader("essaylens.report", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True)


def render_html(doc: Document) -> str:
    record = to_record(doc)
    return environment().get_template("essay.html.j2").render(record=record)
