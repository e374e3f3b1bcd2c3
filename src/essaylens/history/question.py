"""The question set, its type and focus, and what the body actually argues.

Types: cause (why), extent ("to what extent", "how far", "how significant"),
consequence, change_continuity, comparison, description ("what happened").
The body's type is read from the density of causal, consequential and
change language per sentence; a description question answered with causes
(or the reverse) is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_Q = re.IGNORECASE
QUESTION_TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("change_continuity", re.compile(
        r"\b(?:how\s+(?:far|much)|to\s+what\s+extent)\b.*\b(?:chang\w*|transform\w*|continu\w*)"
        r"|\bchange\s+and\s+continuity\b|\bhow\s+(?:much\s+)?did\b.*\bchange\b", _Q)),
    ("comparison", re.compile(
        r"\bcompar\w*|\bhow\s+similar\b|\bsimilarit\w*\s+and\s+difference|\bdiffer\w*\s+from\b|"
        r"\bmore\s+(?:important|significant)\s+than\b", _Q)),
    ("consequence", re.compile(
        r"\b(?:consequences?|effects?|impact|results?|outcomes?|legacy)\s+of\b|"
        r"\bwhat\s+(?:were|was)\s+the\s+(?:consequences?|effects?|impact|results?)\b", _Q)),
    ("cause", re.compile(
        r"\b(?:assess|explain|examine|analyse|analyze|account\s+for|discuss)\s+the\s+(?:main\s+)?"
        r"(?:reasons|causes)\b", _Q)),
    ("extent", re.compile(
        r"\bto\s+what\s+extent\b|\bhow\s+far\b|\bhow\s+(?:significant|important|successful|"
        r"accurate|valid|effective|serious|much)\b|\bassess\b|\bdo\s+you\s+agree\b|"
        r"\bhow\s+convincing\b|\bwas\s+.+\s+(?:the\s+main|mainly|responsible|primarily)\b", _Q)),
    ("cause", re.compile(
        r"\bwhy\b|\bwhat\s+(?:were\s+the\s+|was\s+the\s+)?(?:main\s+)?(?:causes?|reasons?)\b|"
        r"\baccount\s+for\b|\bwhat\s+caused\b|\bexplain\s+(?:why|the\s+(?:causes|reasons))", _Q)),
    ("description", re.compile(
        r"\bwhat\s+happened\b|\bdescribe\b|\boutline\b|\bwhat\s+(?:was|were)\b|\bhow\s+did\b|"
        r"\bnarrate\b", _Q)),
]
_FOCUS_LEAD = re.compile(
    r"^\s*(?:question\s*[:.-]\s*)?(?:to\s+what\s+extent|how\s+far|how\s+(?:significant|important|"
    r"successful|accurate|much)|why|what\s+happened|what\s+were\s+the\s+(?:main\s+)?"
    r"(?:causes|reasons|consequences|effects|results)\s+of|what\s+was|what\s+were|describe|"
    r"outline|explain\s+why|assess|compare|how\s+did|account\s+for)\s*"
    r"(?:(?:during|in|of|for|on|the\s+view\s+that)\s+)?", _Q)

_CAUSE = re.compile(
    r"\b(?:reasons?|causes?|caused|causing|factors?|led\s+(?:him\s+|them\s+)?to|lead\s+to|"
    r"leading\s+to|because|fuell?ed|fuell?ing|drove|driven|driving|motivat\w*|responsible|"
    r"contribut\w*|explanation|explains?|stemmed|due\s+to|accounting\s+for|instigat\w*|"
    r"prompted|triggered|origins?)\b", _Q)
_CONSEQ = re.compile(
    r"\b(?:consequences?|effects?|impact\w*|as\s+a\s+result|outcomes?|aftermath|legacy|"
    r"resulted\s+in)\b", _Q)
_CHANGE = re.compile(r"\b(?:chang\w+|continuit\w+|continued|transform\w*|remained|"
                     r"stayed\s+the\s+same)\b", _Q)
_COMPARE = re.compile(r"\b(?:compared|comparison|similar\w*|whereas|in\s+contrast|"
                      r"more\s+important\s+than|less\s+important\s+than)\b", _Q)


_EVALUATE = re.compile(
    r"\b(?:important|significant|main|major|key|however|although|whereas|overall|"
    r"in\s+conclusion|argues?|suggests?|demonstrates?|success\w*|fail\w*|achiev\w*|extent|"
    r"responsib\w*|decisive|crucial|weak\w*|strength\w*)\b", _Q)


def classify(text: str) -> str:
    """The type of a question; "extent" for a bare statement to assess."""
    for name, rx in QUESTION_TYPES:
        if rx.search(text):
            return name
    return "extent" if not text.rstrip().endswith("?") else "description"


def focus_of(text: str) -> str:
    quoted = re.search(r"[‘'“\"]([^’'”\"]{8,})[’'”\"]", text)
    if quoted:
        return quoted.group(1).strip().rstrip(".")
    m = _FOCUS_LEAD.match(text)
    core = text[m.end():] if m else text
    core = re.sub(r"[?.!]+\s*$", "", core).strip()
    core = re.sub(r"^(?:question\s*[:.-]\s*)", "", core, flags=_Q)
    return core


def body_type(text: str, sentences: Sequence[tuple[int, int]]) -> tuple[str, dict[str, float]]:
    """What the body argues: cause / consequence / change_continuity / comparison /
    description, from marker counts per sentence."""
    n = max(1, len(sentences))
    body = " ".join(text[s:e] for s, e in sentences)
    scores = {
        "cause": len(_CAUSE.findall(body)) / n,
        "consequence": len(_CONSEQ.findall(body)) / n,
        "change_continuity": len(_CHANGE.findall(body)) / n,
        "comparison": len(_COMPARE.findall(body)) / n,
    }
    evaluation = len(_EVALUATE.findall(body)) / n
    best = max(scores, key=lambda k: scores[k])
    rounded = {k: round(v, 3) for k, v in [*scores.items(), ("evaluation", evaluation)]}
    # narrative: little causal, consequential, comparative or evaluative language at all
    if scores[best] < 0.15 and sum(scores.values()) + evaluation < 0.3:
        return "description", rounded
    return (best if scores[best] > 0 else "cause"), rounded


_COMPATIBLE = {
    "cause": {"cause"},
    "extent": {"cause", "consequence", "change_continuity", "comparison"},
    "consequence": {"consequence", "cause"},
    "change_continuity": {"change_continuity", "cause", "comparison", "consequence"},
    "comparison": {"comparison", "cause", "change_continuity", "consequence"},
    "description": {"description"},
}
_ASKS = {"cause": "why it happened", "extent": "how far a claim holds",
         "consequence": "what its consequences were", "change_continuity": "what changed",
         "comparison": "how things compare", "description": "what happened"}
_ARGUES = {"cause": "why it happened (causes)", "consequence": "its consequences",
           "change_continuity": "change and continuity", "comparison": "a comparison",
           "description": "a narrative of what happened"}


def mismatch(qtype: str, btype: str) -> tuple[bool, str | None]:
    if btype in _COMPATIBLE.get(qtype, {btype}):
        return False, None
    return True, (f"The question asks {_ASKS[qtype]} ({qtype}), but the essay argues "
                  f"{_ARGUES[btype]}; answer the question set or reword the title.")
