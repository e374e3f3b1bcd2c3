"""Markdown for pasting into a learning platform; essay text is escaped so it
shows as text (no HTML, links or formatting from the essay survive)."""

from __future__ import annotations

import re
from typing import Any

from essaylens.document import Document
from essaylens.record import to_record

# Only what can start markup in CommonMark/GFM or raw HTML mid-line: emphasis, code,
# links and images, table cells, strikethrough, math, raw HTML and entities, autolinks,
# and a formula start (``=HYPERLINK(``) in case a table is pasted into a spreadsheet.
# Apostrophes, full stops, hyphens and brackets stay as written (``Hitler's``, ``0.1.0``).
_MD_SPECIAL = re.compile(
    r"[\\`*_\[\]|<~$]"              # always markup (or a cell boundary)
    r"|&(?=#?[A-Za-z0-9]+;)"         # an entity
    r"|(?<=[A-Za-z]):(?=//)"         # http:// autolinks (GFM)
    r"|(?<=\bwww)\."                 # www. autolinks (GFM)
    r"|(?<=\w)@(?=\w)"               # e-mail autolinks (GFM)
    r"|(?<![\w=])=(?=[A-Za-z]+\()"   # a spreadsheet formula
)
# Markup only at the start of a line: a heading, quote, list item or ordered list item.
_MD_LINE_START = re.compile(r"^(?:[#>+\-=]|\d{1,9}(?=[.)]))")


def escape_md(text: Any) -> str:
    """Escape the Markdown and inline-HTML syntax that could change how essay text
    renders, so it shows as text, on one line; leave other punctuation alone."""
    flat = " ".join(str(text if text is not None else "").split())
    out = _MD_SPECIAL.sub(lambda m: "\\" + m.group(), flat)
    start = _MD_LINE_START.match(out)
    if start is None:
        return out
    if start.group()[0].isdigit():  # "1914. The war" would be a numbered list
        return start.group() + "\\" + out[start.end():]
    return "\\" + out


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    out += ["| " + " | ".join(escape_md(c) for c in row) + " |" for row in rows]
    return out + [""]


def _na(what: str) -> list[str]:
    return [f"_Not available: {what}_", ""]


def _empty(e: Any) -> list[str]:
    """A section with nothing in it: what was found, or why it is not available."""
    return [f"_{escape_md(e.text)}_", ""]


def render_record_markdown(record: dict[str, Any]) -> str:
    from essaylens.report.view import build_view

    v = build_view(record)
    lines = [f"# essaylens report: {escape_md(v['title'])}", "",
             f"{v['words']} words · essaylens {escape_md(record.get('essaylens_version'))}", ""]

    lines += ["## Summary", ""]
    q = v["question"]
    if q:
        qtype = f" ({escape_md(q.get('type'))})" if q.get("type") else ""
        lines.append(f"- **Question**{qtype}: {escape_md(q.get('text'))}")
        if q.get("mismatch"):
            lines.append("- **Warning**: the essay may not answer this type of question.")
    else:
        lines.append(f"- **Question**: {escape_md(v['empty']['question'].text)}")
    j = v["judgement"]
    if j and j.get("text"):
        main = f" (main factor: {escape_md(j['main_factor'])})" if j.get("main_factor") else ""
        lines.append(f"- **Judgement**: “{escape_md(j['text'])}”{main}")
    else:
        lines.append(f"- **Judgement**: {escape_md(v['empty']['judgement'].text)}")
    a = v["assessment"]
    if a and (a.get("level") is not None or a.get("mark") is not None):
        mark = f"{a.get('mark')}/{a.get('max_mark')}" if a.get("max_mark") else f"{a.get('mark')}"
        rng = a.get("mark_range")
        rng_s = f", likely {rng[0]}–{rng[1]}" if rng else ""
        lines.append(f"- **Estimated level**: {escape_md(a.get('level'))}, mark {escape_md(mark)}"
                     f"{escape_md(rng_s)}")
    else:
        lines.append("- **Estimated mark**: not available")
    lines.append("")
    if v["next_steps"]:
        lines += ["### Next steps", ""]
        lines += [f"{i}. {escape_md(s.get('text'))}" for i, s in enumerate(v["next_steps"][:3], 1)]
        lines.append("")
    if a and a.get("criteria"):
        lines += ["### Criteria", ""]
        lines += _table(["Criterion", "Level", "Comment"],
                        [[c.get("name") or c.get("id") or "", c.get("level", c.get("mark", "")),
                          c.get("comment") or c.get("message") or ""]
                         for c in a["criteria"] if isinstance(c, dict)])

    lines += ["## Argument", ""]
    amap = v["argmap"]
    if amap is None:
        lines += _empty(v["empty"]["argmap"])
    else:
        def walk(items: list[dict[str, Any]], depth: int) -> None:
            for it in items:
                via = {"attack": "attacks: ", "support": "supports: "}.get(it["via"] or "", "")
                lines.append(f"{'  ' * depth}- {via}**{escape_md(it['role'])}**: "
                             f"{escape_md(it['text'])}")
                walk(it["children"], depth + 1)
        walk(amap.outline, 0)
        lines.append("")

    lines += ["## Factors", ""]
    if v["factors"]:
        def n(x: Any) -> Any:
            return len(x) if isinstance(x, list | tuple) else (x or 0)
        lines += _table(["Factor", "Weight the essay claims", "Paragraphs", "Sentences",
                         "Evidence"],
                        [[f.get("name"), (f.get("weighting") or {}).get("label") or "not weighed",
                          n(f.get("paragraphs")), n(f.get("sentences")),
                          f.get("evidence_count") or 0] for f in v["factors_ordered"]])
    else:
        lines += _empty(v["empty"]["factors"])

    lines += ["## Timeline", ""]
    if v["events"]:
        lines += [f"> ⚠ {escape_md(w)}" for w in v["timeline_warnings"]]
        if v["timeline_warnings"]:
            lines.append("")
        lines += _table(["Date", "Precision", "Event", "Fact check"],
                        [[e.get("date"), e.get("precision"), e.get("label") or e["excerpt"],
                          e["check_name"]] for e in v["events"]])
    else:
        lines += _empty(v["empty"]["events"])

    lines += ["## Fact checks", ""]
    if v["fact_checks"]:
        lines += _table(["Result", "What the essay says", "Note"],
                        [[fc["status_name"], fc["excerpt"], fc.get("message") or ""]
                         for fc in v["fact_checks"]])
    else:
        lines += _empty(v["empty"]["fact_checks"])

    lines += ["## Language issues", ""]
    if v["language_issues"]:
        lines += _table(["Kind", "Text", "Issue", "Suggestions"],
                        [[li.get("kind"), li["excerpt"], li.get("message"),
                          ", ".join(map(str, li.get("suggestions") or []))]
                         for li in v["language_issues"]])
    else:
        lines += _empty(v["empty"]["language"])

    lines += ["## Repairs", ""]
    if v["repairs"]:
        from essaylens.report.html import visible_whitespace

        lines += _table(["Kind", "Student wrote", "Read as"],
                        [[r.get("kind"), visible_whitespace(r.get("original", "")),
                          visible_whitespace(r.get("replacement", ""))] for r in v["repairs"]])
    else:
        lines += _empty(v["empty"]["repairs"])
    return "\n".join(lines).rstrip() + "\n"


def render_markdown(doc: Document) -> str:
    return render_record_markdown(to_record(doc))
