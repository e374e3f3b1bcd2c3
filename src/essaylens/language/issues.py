"""One language issue, the unit every check returns and the stage records."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("spelling", "name", "confusable", "repetition", "split_word", "article", "style")


@dataclass(frozen=True)
class Issue:
    """``text[start:end]`` is wrong (or worth a note) for the reason in ``message``."""

    start: int
    end: int
    kind: str
    text: str
    message: str
    suggestions: tuple[str, ...] = field(default=())
    confidence: float = 0.9
    rule: str = ""

    def attrs(self) -> dict[str, object]:
        return {"kind": self.kind, "text": self.text, "message": self.message,
                "suggestions": list(self.suggestions), "confidence": round(self.confidence, 2),
                "rule": self.rule}


def resolve_overlaps(issues: list[Issue]) -> list[Issue]:
    """Keep one issue per stretch of text: the most specific kind wins, then confidence.

    A context rule (split word, confusable...) explains a stretch better than the
    spelling check that also tripped on it."""
    priority = {"split_word": 0, "repetition": 1, "confusable": 2, "article": 3, "name": 4,
                "spelling": 5, "style": 9}
    kept: list[Issue] = []
    for issue in sorted(issues, key=lambda i: (priority.get(i.kind, 8), -i.confidence)):
        if issue.kind != "style" and any(
                k.kind != "style" and k.start < issue.end and issue.start < k.end for k in kept):
            continue
        kept.append(issue)
    return sorted(kept, key=lambda i: (i.start, i.end))
