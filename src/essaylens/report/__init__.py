"""Renderers: read a finished document and write HTML, Markdown or JSON.  They
compute nothing; all analysis lives in the stages."""

from __future__ import annotations

from essaylens.document import Document
from essaylens.pipeline import Options


def render(doc: Document, fmt: str, options: Options | None = None) -> str:
    from essaylens.record import dumps, to_record

    if fmt == "json":
        return dumps(to_record(doc))
    if fmt == "html":
        from essaylens.report.html import render_html

        return render_html(doc)
    if fmt == "md":
        from essaylens.report.markdown import render_markdown

        return render_markdown(doc)
    if fmt in ("aif", "argdown"):
        from essaylens.argument.export import render_export

        return render_export(doc, fmt)
    raise ValueError(f"unknown format {fmt!r}")
