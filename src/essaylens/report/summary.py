"""The class view: one summary row per essay (read from its record), the
``summary.csv`` (formula-injection guarded) and ``index.html`` with a heat map
of which factors each student covered."""

from __future__ import annotations

import csv
import io
from typing import Any

#: Columns of summary.csv, in order.
COLUMNS = ("file", "status", "error", "title", "words", "question_type", "level", "mark",
           "max_mark", "mark_low", "mark_high", "judgement", "main_factor", "counterargument",
           "factors_covered", "fact_errors", "facts_checked", "language_issues",
           "language_issues_per_100_words", "repairs", "report")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_safe(value: Any) -> Any:
    """Neutralise spreadsheet formulas: text starting with = + - @ (or a tab/CR) gets a
    leading apostrophe, so Excel and LibreOffice show it as text.  Numbers pass."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def summary_row(record: dict[str, Any], file: str, report: str) -> dict[str, Any]:
    """What the class view needs from one essay's record (no analysis: counts and lookups)."""
    words = len(str(record.get("text", "")).split())
    assessment = record.get("assessment") or {}
    judgement = record.get("judgement") or {}
    question = record.get("question") or {}
    components = record.get("components", [])
    checks = record.get("fact_checks", [])
    issues = record.get("language_issues", [])
    factors = record.get("factors") or []
    mark_range = assessment.get("mark_range") or [None, None]
    coverage = {}
    for f in factors:
        sentences = f.get("sentences")
        n = len(sentences) if isinstance(sentences, list | tuple) else int(sentences or 0)
        coverage[str(f.get("name", "?"))] = max(n, 1)  # listed means covered
    return {
        "file": file, "status": "ok", "error": "",
        "title": (record.get("source") or {}).get("title") or "",
        "words": words,
        "question_type": question.get("type") or "",
        "level": assessment.get("level"), "mark": assessment.get("mark"),
        "max_mark": assessment.get("max_mark"),
        "mark_low": mark_range[0] if len(mark_range) > 0 else None,
        "mark_high": mark_range[1] if len(mark_range) > 1 else None,
        "judgement": bool(judgement.get("text")),
        "main_factor": judgement.get("main_factor") or "",
        "counterargument": any(c.get("role") == "counterargument" for c in components),
        "factors_covered": "; ".join(coverage),
        "fact_errors": sum(1 for c in checks if c.get("status") == "contradicted"),
        # Only facts a pack could judge count as checked; "no_pack" and "unverifiable"
        # were not checked, and counting them would tell a teacher "0 of 13 wrong".
        "facts_checked": sum(1 for c in checks
                             if c.get("status") in ("supported", "contradicted")),
        "language_issues": len(issues),
        "language_issues_per_100_words": round(100 * len(issues) / words, 2) if words else 0.0,
        "repairs": len(record.get("repairs", [])),
        "report": report,
        "coverage": coverage,
    }


def failed_row(file: str, error: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMNS, "")
    row.update(file=file, status="failed", error=error, coverage={})
    return row


def to_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([csv_safe(_cell(row.get(c))) for c in COLUMNS])
    return out.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def heat_class(n: int) -> str:
    return "h0" if n <= 0 else "h1" if n == 1 else "h2" if n <= 3 else "h3" if n <= 6 else "h4"


def render_index(rows: list[dict[str, Any]], *, title: str = "Class summary") -> str:
    from essaylens import __version__
    from essaylens.report.html import environment

    factors: list[str] = []
    for row in rows:
        for name in row.get("coverage") or {}:
            if name not in factors:
                factors.append(name)
    ok = [r for r in rows if r.get("status") == "ok"]
    marks = [r["mark"] for r in ok if isinstance(r.get("mark"), int | float)]
    stats = {
        "essays": len(rows), "ok": len(ok), "failed": len(rows) - len(ok),
        "mean_mark": round(sum(marks) / len(marks), 1) if marks else None,
        "with_judgement": sum(1 for r in ok if r.get("judgement")),
        "with_counter": sum(1 for r in ok if r.get("counterargument")),
    }
    return environment().get_template("index.html.j2").render(
        rows=rows, factors=factors, stats=stats, title=title, version=__version__,
        heat_class=heat_class, marks_chart=_marks_chart(ok))


def _marks_chart(rows: list[dict[str, Any]]) -> Any:
    """Essays per level (pygal bar chart), or ``None`` when no level was estimated."""
    levels = [r["level"] for r in rows if r.get("level") not in (None, "")]
    if not levels:
        return None
    import pygal

    from essaylens.report.charts import _render, _style

    names = sorted({str(x) for x in levels})
    counts = [sum(1 for x in levels if str(x) == n) for n in names]
    chart = pygal.Bar(style=_style(("#4c72b0",)), js=[], width=620, height=260,
                      print_values=True, show_legend=False, margin=12,
                      y_labels=list(range(0, max(counts) + 1, max(1, max(counts) // 6))),
                      disable_xml_declaration=True, explicit_size=False)
    chart.x_labels = [f"Level {n}" for n in names]
    chart.add("essays", counts)
    return _render(chart, "chart-levels", "Bar chart: number of essays at each estimated level")
