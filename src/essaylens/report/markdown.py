"""Markdown for pasting into a learning platform; essay text is escaped."""

from __future__ import annotations

import re

from essaylens.document import Document
from essaylens.record import to_record

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~=@])")


def escape_md(text: str) -> str:
    """Escape Markdown and inline-HTML syntax so essay text shows as text."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def render_markdown(doc: Document) -> str:
    record = to_record(doc)
    title = record["source"]["title"] or record["source"]["path"]
    lines = [f"# essaylens report: {escape_md(title)}", ""]
    lines.append(f"- Paragraphs: {len(record['paragraphs'])}")
    lines.append(f"- Sentences: {len(record['sentences'])}")
    lines.append(f"- Repairs: {len(record['repairs'])}")
    lines.append("")
    if record["repairs"]:
        lines += ["## Repairs", "", "| kind | original | repaired |", "| --- | --- | --- |"]
        for r in record["repairs"]:
            lines.append(f"| {r['kind']} | {escape_md(r['original'])} | "
                         f"{escape_md(r['replacement'])} |")
        lines.append("")
    return "\n".join(lines)
