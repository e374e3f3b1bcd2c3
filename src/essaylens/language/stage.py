"""The ``language`` stage: spelling, names, confusables, repetitions, split words,
article slips and long sentences as the span layer ``language_issues``, plus the
``readability`` result (which also names the spelling variant used)."""

from __future__ import annotations

from typing import Any

from essaylens.document import Document, Span
from essaylens.language.issues import Issue, resolve_overlaps
from essaylens.pipeline import Options, stage


def check(doc: Document, options: Options) -> tuple[list[Issue], dict[str, Any]]:
    """All issues (unfiltered) and the readability result for ``doc``."""
    from essaylens.language import lexicon as lx
    from essaylens.language import rules, spelling, style
    from essaylens.language.speller import corrector

    text = doc.text
    sentences = [(s.start, s.end) for s in doc.spans["sentences"]]
    paragraphs = [(s.start, s.end) for s in doc.spans["paragraphs"]]
    title = [(s.start, s.end) for s in doc.spans.get("title", ())]
    words = [m.group() for lo, hi in sentences for m in spelling.WORD.finditer(text, lo, hi)]
    chosen = lx.normalise_variant(options.variant)
    gb, us = lx.variant_counts(words)
    variant = chosen or lx.detect_variant(words)
    notes = chosen is not None or lx.clear_variant(gb, us)
    lex = lx.lexicon()
    parsed = doc.cache.get("spacy")
    if parsed is None:
        from essaylens.segment.nlp import parse

        parsed = doc.cache["spacy"] = parse(text)

    def correct(word: str) -> str | None:
        sug = corrector(variant).suggest(word)
        return sug[0].word if sug and sug[0].cost <= 1.0 and " " not in sug[0].word else None

    def an_count(word: str) -> int:
        return lx.bigrams().get(f"an {word}", 0)

    def common_pair(a: str, b: str) -> bool:
        joined = lex.counts.get(a + b, 0)
        return joined < 100_000 or lx.bigrams().get(f"{a} {b}", 0) > 0

    starts = {s for s, _e in sentences} | {s for s, _e in title}
    packs = lx.pack_names(tuple(options.pack_dirs))
    issues = spelling.check_spelling(text, title + sentences, starts, variant, packs,
                                     variant_notes=notes)
    issues += spelling.names_split_by_repair(doc.repairs, packs)
    toks = rules.tokens(parsed)
    issues += rules.match_rules(parsed, toks)
    issues += rules.lm_confusables(toks, lambda pair: lx.bigrams().get(pair, 0))
    issues += rules.repetitions(text, toks)
    issues += rules.split_words(text, toks, lex.known, correct, lex.is_rare, common_pair,
                                lambda w: w in lex.exact or w in lex.rare)
    issues += rules.articles(toks, an_count, lex.known)
    issues += style.long_sentences(text, sentences)
    issues = _respect_other_layers(doc, issues)
    result = style.readability(text, sentences, paragraphs)
    result["variant"] = variant
    result["variant_detected"] = chosen is None
    result["variant_evidence"] = {"en-GB": gb, "en-US": us}
    return resolve_overlaps(issues), result


def _respect_other_layers(doc: Document, issues: list[Issue]) -> list[Issue]:
    """Drop word issues on names the history area recognised (``entities`` not marked
    misspelt); soften issues inside quotations (old sources spell as they spell)."""
    from dataclasses import replace

    entities = doc.spans.get("entities")
    quotes = doc.spans.get("quotations")
    out = []
    for issue in issues:
        if entities is not None and issue.kind in ("spelling", "name") and any(
                not e.attrs.get("misspelt") for e in entities.overlapping(issue.start,
                                                                          issue.end)):
            continue
        if (quotes is not None and issue.kind != "style"
                and quotes.covering(issue.start, issue.end)):
            issue = replace(issue, confidence=min(issue.confidence, 0.5),
                            message=issue.message + " (inside a quotation)")
        out.append(issue)
    return out


@stage("language", requires=("paragraphs", "sentences", "tokens"), writes=("language_issues",),
       optional=("entities", "quotations"))
def run(doc: Document, options: Options) -> None:
    """Record the issues at or above ``options.min_confidence`` and the readability."""
    issues, result = check(doc, options)
    keep = [i for i in issues if i.confidence >= options.min_confidence]
    doc.new_spans("language_issues", [Span(i.start, i.end, label=i.kind, attrs=i.attrs(),
                                           id=f"l{n + 1}") for n, i in enumerate(keep)])
    doc.results["readability"] = result
