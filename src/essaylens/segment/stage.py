"""The ``segment`` stage: title, paragraphs, sentences and tokens."""

from __future__ import annotations

import re

from essaylens.document import Document, Span
from essaylens.pipeline import Options, stage
from essaylens.segment.nlp import parse

_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_LINE = re.compile(r"[^\n]+")
_QUESTION_LINE = re.compile(r"^\s*(?:question|title|essay question)\s*[:.-]", re.I)
# Exam command words: a short first line that opens with one is the question set,
# even when it ends in a full stop ("Assess the reasons for ...").
_COMMAND_WORDS = re.compile(
    r"^\s*[\"“‘']?(?:assess|explain|evaluate|examine|analyse|analyze|discuss|compare|"
    r"to what extent|how far|how significant|how important|"
    r"'[^']+'|“[^”]+”)\b", re.I)
_TITLE_MAX_WORDS = 30


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """Paragraphs are blank-line separated blocks when the text has blank lines
    between most of them (hard-wrapped text); otherwise each line is one."""
    blocks = [m.span() for m in _BLOCK.finditer(text)]
    lines = [m.span() for m in _LINE.finditer(text)]
    wrapped = len(blocks) >= 2 and len(lines) > 1.5 * len(blocks) and _short_lines(text, blocks)
    chosen = blocks if wrapped else lines
    out = []
    for s, e in chosen:
        chunk = text[s:e]
        if not chunk.strip():
            continue
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        out.append((s + lead, e - trail))
    return out


def _short_lines(text: str, blocks: list[tuple[int, int]], width: int = 100) -> bool:
    """Hard-wrapped text: inside blocks of several lines, most lines (each block's
    last excepted) are short.  A title, a blank line, then one long line per
    paragraph is not wrapped: each of those lines is a paragraph."""
    inner: list[int] = []
    for s, e in blocks:
        block_lines = text[s:e].split("\n")
        inner.extend(len(line) for line in block_lines[:-1])
    return bool(inner) and sum(n <= width for n in inner) >= 0.8 * len(inner)


def title_range(text: str, paragraphs: list[tuple[int, int]],
                known_title: str | None) -> tuple[int, int] | None:
    """The title or question: the reader's title, a ``Question:`` line, or a short
    first line that does not read like a sentence of prose."""
    if not paragraphs:
        return None
    if known_title:
        pos = text.find(known_title.strip())
        if pos >= 0:
            return pos, pos + len(known_title.strip())
    s, e = paragraphs[0]
    first = text[s:e]
    if _QUESTION_LINE.match(first):
        return s, e
    if len(paragraphs) > 2 and _is_question(text[slice(*paragraphs[1])]) \
            and not _is_question(first) and len(first.split()) <= 12 \
            and not first.rstrip().endswith((".", "!", ":", ";", "?")):
        return paragraphs[1]  # a heading, then the question set: the question is the title
    words = first.split()
    if len(paragraphs) > 1 and len(words) <= _TITLE_MAX_WORDS and (
        first.rstrip().endswith("?") or not first.rstrip().endswith((".", "!", ":", ";"))
        or _COMMAND_WORDS.match(first)
    ):
        return s, e
    return None


def _is_question(line: str) -> bool:
    stripped = line.rstrip()
    return len(stripped.split()) <= _TITLE_MAX_WORDS and (
        stripped.endswith("?") or bool(_QUESTION_LINE.match(stripped))
        or bool(_COMMAND_WORDS.match(stripped)))


@stage("segment", writes=("title", "paragraphs", "sentences", "tokens"))
def run(doc: Document, options: Options) -> None:
    text = doc.text
    paras = paragraph_ranges(text)
    title = title_range(text, paras, doc.info.title)
    doc.new_spans("title", [Span(*title, label="title")] if title else [])
    # Body paragraphs start after the title (a heading above the question is neither).
    body = [p for p in paras if not title or p[0] >= title[1]]
    doc.new_spans("paragraphs", [Span(s, e, id=f"p{i + 1}") for i, (s, e) in enumerate(body)])
    parsed = parse(text)
    doc.cache["spacy"] = parsed
    sentences: list[Span] = []
    for sent in parsed.sents:
        stripped = sent.text.strip()
        if not stripped:
            continue
        if title and sent.start_char < title[1]:
            continue  # the title (and any heading above it) is not a sentence of the body
        lead = len(sent.text) - len(sent.text.lstrip())
        s = sent.start_char + lead
        sentences.append(Span(s, s + len(stripped), id=f"s{len(sentences) + 1}"))
    doc.new_spans("sentences", sentences)
    doc.new_spans("tokens").extend_sorted(
        [Span(t.idx, t.idx + len(t), label="token") for t in parsed if not t.is_space])
    if title and doc.info.title is None:
        from dataclasses import replace

        doc.info = replace(doc.info, title=text[title[0]:title[1]])
