"""A read-only view of an analysed essay for the criteria: the question, the body's
paragraphs and sentences with word counts, and the other layers when present.

Built once per essay so each criterion reads plain lists instead of re-walking
the document.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from essaylens.document import Document, Span

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})(?:s|\s*[-–]\s*\d{2,4})?\b")
NUMBER = re.compile(r"\b\d[\d,.]*\s*(?:%|per ?cent|million|thousand|billion|tons?|tonnes?)?"
                    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|"
                    r"thousands?|millions?)\b", re.I)
QUOTE = re.compile(r"[\"“][^\"“”]{3,200}[\"”]")
PROPER = re.compile(r"(?<=[a-z,;:]\s)[A-Z][a-z]+(?:\s[A-Z][a-z]+)*")

_STOP_WORDS = """a an the of to in on for and or but was were is are be been did do does
why what how far extent which who whom whose when where much many this that these those
with by as at from into it its their his her he she they them you your explain assess
consider discuss evaluate agree main reason reasons mainly important significant degree
whether"""
STOP = frozenset(_STOP_WORDS.split())


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    words: int
    paragraph: int  # index into EssayView.paragraphs, -1 when outside every paragraph


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    words: int
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class EssayView:
    doc: Document
    text: str
    question: str
    question_span: tuple[int, int] | None
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    words: int
    key_terms: list[str]
    analytic: dict[int, bool] = field(default_factory=dict)  # sentence index -> analytic?

    def layer(self, name: str) -> list[Span]:
        layer = self.doc.spans.get(name)
        return list(layer) if layer is not None else []

    def has_layer(self, name: str) -> bool:
        layer = self.doc.spans.get(name)
        return layer is not None and len(layer) > 0

    def result(self, name: str) -> Any:
        return self.doc.results.get(name)

    def short(self, start: int, end: int, words: int = 8) -> str:
        """The first few words of ``text[start:end]``, for quoting back to the student."""
        parts = self.text[start:end].split()
        out = " ".join(parts[:words])
        return out + ("..." if len(parts) > words else "")

    def sentence_at(self, pos: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None


def _stem(word: str) -> str:
    return word.lower()[:5]


def key_terms(question: str) -> list[str]:
    """Content words of the question, crudely stemmed, in order."""
    seen: list[str] = []
    for w in WORD.findall(question):
        lw = w.lower()
        if lw in STOP or len(lw) < 3:
            continue
        st = _stem(lw)
        if st not in seen:
            seen.append(st)
    return seen


def mentions(text: str, terms: list[str]) -> int:
    """How many distinct key terms ``text`` mentions."""
    stems = {_stem(w) for w in WORD.findall(text)}
    return sum(1 for t in terms if t in stems)


def build_view(doc: Document) -> EssayView:
    text = doc.text
    question_span: tuple[int, int] | None = None
    question = ""
    q = doc.results.get("question")
    title = doc.spans.get("title")
    if title is not None and len(title):
        question_span = (title[0].start, title[0].end)
        question = text[title[0].start:title[0].end]
    if isinstance(q, Mapping):
        for key in ("text", "body", "question"):
            val = q.get(key)
            if isinstance(val, str) and len(val.split()) > 2 and not question:
                question = val
                break
    paras = [Paragraph(i, p.start, p.end, len(WORD.findall(text[p.start:p.end])))
             for i, p in enumerate(doc.spans.get("paragraphs") or [])]
    sentences: list[Sentence] = []
    pi = 0
    for i, s in enumerate(doc.spans.get("sentences") or []):
        while pi < len(paras) and paras[pi].end <= s.start:
            pi += 1
        inside = pi if pi < len(paras) and paras[pi].start <= s.start < paras[pi].end else -1
        st = text[s.start:s.end]
        sent = Sentence(i, s.start, s.end, st, len(WORD.findall(st)), inside)
        sentences.append(sent)
        if inside >= 0:
            paras[inside].sentences.append(sent)
    words = sum(p.words for p in paras) or len(WORD.findall(text))
    return EssayView(doc, text, question, question_span, paras, sentences, words,
                     key_terms(question))
