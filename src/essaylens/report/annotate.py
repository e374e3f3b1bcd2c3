"""Cut the essay into runs for the annotated view: each paragraph becomes groups
(one per component, or plain text), each group runs (one per language issue, or
plain), each run text pieces with repair marks after the text they replaced.

Style notes (language issues of kind ``style``, such as a long sentence) cover
whole sentences, so they are kept apart from specific issues: a run carries the
narrowest specific issue over it *and* the style note over it, and the report
draws the note faintly around the runs so that a specific issue inside stays
visible and focusable.

Pure presentation: spans come from the record and are only clipped to paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Piece:
    text: str
    repairs: list[dict[str, Any]] = field(default_factory=list)  # marks after the text


@dataclass
class Run:
    issue: dict[str, Any] | None
    style: dict[str, Any] | None = None  # a style note over this run, drawn faintly
    pieces: list[Piece] = field(default_factory=list)


@dataclass
class Group:
    component: dict[str, Any] | None
    runs: list[Run] = field(default_factory=list)


@dataclass
class Paragraph:
    id: str
    groups: list[Group] = field(default_factory=list)


def _first_covering(spans: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    for s in spans:
        if s["start"] <= start and end <= s["end"] and s["start"] < s["end"]:
            return s
    return None


def _narrowest(spans: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    best = None
    for s in spans:
        if s["start"] <= start and end <= s["end"] and s["start"] < s["end"] and (
                best is None or s["end"] - s["start"] < best["end"] - best["start"]):
            best = s
    return best


def is_style(issue: dict[str, Any]) -> bool:
    """A note on a whole stretch of text (a long sentence), not an error in it."""
    return str(issue.get("kind", "")).lower() == "style"


def _visible(repair: dict[str, Any]) -> bool:
    """Whitespace-only repairs stay in the table but get no mark in the text."""
    return any(str(repair.get(k, "")).strip() for k in ("original", "replacement"))


def annotate(record: dict[str, Any]) -> list[Paragraph]:
    text: str = record.get("text", "")
    paragraphs = record.get("paragraphs") or [{"id": "p1", "start": 0, "end": len(text)}]
    components = sorted(record.get("components", []), key=lambda s: (s["start"], -s["end"]))
    issues = sorted(record.get("language_issues", []), key=lambda s: (s["start"], -s["end"]))
    styles = [s for s in issues if is_style(s)]
    issues = [s for s in issues if not is_style(s)]
    repairs = [r for r in record.get("repairs", []) if _visible(r)]
    out: list[Paragraph] = []
    used: set[int] = set()
    for n, para in enumerate(paragraphs, 1):
        p0, p1 = para["start"], para["end"]
        cuts = {p0, p1}
        for s in components + issues + styles:
            cuts.update(x for x in (s["start"], s["end"]) if p0 < x < p1)
        marks: dict[int, list[dict[str, Any]]] = {}
        for i, r in enumerate(repairs):
            at = r["end"]
            if p0 <= at <= p1 and i not in used:
                used.add(i)
                marks.setdefault(at, []).append(r)
                cuts.add(at)
        bounds = sorted(cuts)
        view = Paragraph(id=str(para.get("id") or f"p{n}"))
        for a, b in zip(bounds, bounds[1:], strict=False):
            comp = _first_covering(components, a, b)
            issue = _narrowest(issues, a, b)
            style = _first_covering(styles, a, b)
            if not view.groups or view.groups[-1].component is not comp:
                view.groups.append(Group(comp))
            group = view.groups[-1]
            if (not group.runs or group.runs[-1].issue is not issue
                    or group.runs[-1].style is not style):
                group.runs.append(Run(issue, style))
            group.runs[-1].pieces.append(Piece(text[a:b], marks.pop(b, [])))
        if marks and view.groups:  # marks at a paragraph start (deletions) go first
            view.groups[0].runs[0].pieces.insert(0, Piece("", [m for ms in marks.values()
                                                               for m in ms]))
        out.append(view)
    return out
