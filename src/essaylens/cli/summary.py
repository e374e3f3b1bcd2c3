"""The short summary printed after one essay's report is written."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from essaylens.document import Document
from essaylens.record import to_record


def print_summary(doc: Document, target: Path, console: Console | None = None) -> None:
    """A few lines a teacher can read at a glance; the report has the rest."""
    out = console or Console(highlight=False, soft_wrap=True)
    record = to_record(doc)
    title = record["source"]["title"] or record["source"]["path"]
    out.print(f"[bold]{_esc(title)}[/bold]")
    words = len(doc.text.split())
    out.print(f"  {words} words, {len(record['paragraphs'])} paragraphs, "
              f"{len(record['sentences'])} sentences, {len(record['repairs'])} repairs")
    question = record.get("question") or {}
    if question.get("type"):
        line = f"  question: {question['type']}"
        if question.get("mismatch"):
            line += f" (but the body argues {question.get('body_type', 'something else')})"
        out.print(line)
    if record["components"]:
        roles: dict[str, int] = {}
        for c in record["components"]:
            roles[c.get("role", "?")] = roles.get(c.get("role", "?"), 0) + 1
        out.print("  argument: " + ", ".join(f"{n} {r}" for r, n in sorted(roles.items())))
    judgement = record.get("judgement") or {}
    if judgement.get("main_factor"):
        out.print(f"  judgement: {_esc(str(judgement['main_factor']))}")
    if record["language_issues"]:
        out.print(f"  language issues: {len(record['language_issues'])}")
    assessment = record.get("assessment") or {}
    if assessment.get("mark") is not None:
        out.print(f"  estimated: level {assessment.get('level')}, "
                  f"{assessment['mark']}/{assessment.get('max_mark')}")
    out.print(f"  report: {_esc(str(target))}")


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)
