"""Cut the essay into runs for the annotated view: each paragraph becomes groups
(one per component, or plain text), each group runs (one per language issue, or
plain), each run text pieces with repair marks after the text they replaced.

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


def _visible(repair: dict[str, Any]) -> bool:
    """Whitespace-only repairs stay in the table but get no mark in the text."""
    return any(str(repair.get(k, "")).strip() for k in ("original", "replacement"))


def annotate(record: dict[str, Any]) -> list[Paragraph]:
    text: str = record.get("text", "")
    paragraphs = record.get("paragraphs") or [{"id": "p1", "start": 0, "end": len(text)}]
    components = sorted(record.get("components", []), key=lambda s: (s["start"], -s["end"]))
    issues = sorted(record.get("language_issues", []), key=lambda s: (s["start"], -s["end"]))
    repairs = [r for r in record.get("repairs", []) if _visible(r)]
    out: list[Paragraph] = []
    used: set[int] = set()
    for n, para in enumerate(paragraphs, 1):
        p0, p1 = para["start"], para["end"]
        cuts = {p0, p1}
        for s in components + issues:
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
            issue = _first_covering(issues, a, b)
            if not view.groups or view.groups[-1].component is not comp:
                view.groups.append(Group(comp))
            group = view.groups[-1]
            if not group.runs or group.runs[-1].issue is not issue:
                group.runs.append(Run(issue))
            group.runs[-1].pieces.append(Piece(text[a:b], marks.pop(b, [])))
        if marks and view.groups:  # marks at a paragraph start (deletions) go first
            view.groups[0].runs[0].pieces.insert(0, Piece("", [m for ms in marks.values()
                                                               for m in ms]))
        out.append(view)
    return out
