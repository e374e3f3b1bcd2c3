"""Benchmarks of the language checks: Norvig's spelling sets and planted-error essays."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SPELLING_SETS = {"set1": "spell-testset1.txt", "set2": "spell-testset2.txt"}


def read_spelling_set(path: Path) -> list[tuple[str, str]]:
    """``(wrong, right)`` pairs from a ``right: wrong1 wrong2`` file."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        right, _, wrongs = line.partition(":")
        pairs += [(w, right.strip()) for w in wrongs.split()]
    return pairs


def bench_spelling(folder: Path, variant: str | None = None,
                   errors: dict[str, list[tuple[str, str, str]]] | None = None) -> dict[str, Any]:
    """First-suggestion accuracy per set (a fraction) and words per second."""
    from essaylens.language.lexicon import normalise_variant
    from essaylens.language.speller import corrector

    fix = corrector(normalise_variant(variant))
    fix.suggest("warmup")
    out: dict[str, Any] = {}
    total_n, total_t = 0, 0.0
    for name, filename in SPELLING_SETS.items():
        pairs = read_spelling_set(folder / filename)
        right = 0
        start = time.perf_counter()
        for wrong, target in pairs:
            got = fix.suggest(wrong)
            first = got[0].word if got else wrong
            if first == target:
                right += 1
            elif errors is not None:
                errors.setdefault(name, []).append((wrong, target, first))
        total_t += time.perf_counter() - start
        total_n += len(pairs)
        out[name] = round(right / len(pairs), 4)
    out["words_per_s"] = round(total_n / total_t, 1)
    out["n"] = total_n
    return out


# --- planted-error essays -------------------------------------------------------------

_MARK = re.compile(r"\[\[(\w+)\|([^|\]]*)\|([^|\]]*)\]\]")


@dataclass(frozen=True)
class Planted:
    kind: str
    start: int
    end: int
    wrong: str
    right: str


def parse_planted(marked: str) -> tuple[str, list[Planted]]:
    """Plain text and the planted slips from ``[[kind|wrong|right]]`` markup."""
    out: list[str] = []
    planted: list[Planted] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        length += m.start() - pos
        kind, wrong, right = m.groups()
        planted.append(Planted(kind, length, length + len(wrong), wrong, right))
        out.append(wrong)
        length += len(wrong)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), planted


def bench_planted(folder: Path, min_confidence: float = 0.0, only: list[str] | None = None,
                  rare_limit: int | None = None) -> dict[str, Any]:
    """Precision and recall per kind over essays with planted slips, plus false alarms
    on a list of correct rare words (each put into a neutral sentence)."""
    from essaylens.analysis import analyze_text, default_pipeline
    from essaylens.language.issues import KINDS
    from essaylens.pipeline import Options

    pipe = default_pipeline(("segment", "language"))
    opts = Options(min_confidence=min_confidence)
    tp: dict[str, int] = dict.fromkeys(KINDS, 0)
    fp: dict[str, int] = dict.fromkeys(KINDS, 0)
    fn: dict[str, int] = dict.fromkeys(KINDS, 0)
    misses: list[str] = []
    alarms: list[str] = []
    essays = [p for p in sorted(folder.glob("planted/*.txt")) if not only or p.name in only]
    for path in essays:
        text, planted = parse_planted(path.read_text(encoding="utf-8"))
        doc = analyze_text(text, options=opts, pipeline=pipe)
        found = [(doc.source_span(s), s.attrs) for s in doc.spans["language_issues"]]
        hit: set[int] = set()
        for (s, e), attrs in found:
            kind = attrs["kind"]
            match = [k for k, p in enumerate(planted)
                     if p.kind == kind and p.start < e and s < p.end]
            if match:
                tp[kind] += 1
                hit.update(match)
            else:
                fp[kind] += 1
                alarms.append(f"{path.name}: {kind} {attrs['text'][:40]!r}")
        for k, p in enumerate(planted):
            if k not in hit:
                fn[p.kind] += 1
                misses.append(f"{path.name}: {p.kind} {p.wrong!r}")
    rare = [w.strip() for w in (folder / "rare_words.txt").read_text(
        encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")][:rare_limit]
    rare_alarms = []
    for word in rare:  # one short text each: the word's own variant is the essay's
        doc = analyze_text(f"Historians have written about {word} in some detail.",
                           options=opts, pipeline=pipe)
        rare_alarms += [s.attrs["text"] for s in doc.spans["language_issues"]]
    per_kind = {}
    for kind in KINDS:
        n_found, n_planted = tp[kind] + fp[kind], tp[kind] + fn[kind]
        per_kind[kind] = {"planted": n_planted, "found": n_found,
                          "precision": round(tp[kind] / n_found, 3) if n_found else None,
                          "recall": round(tp[kind] / n_planted, 3) if n_planted else None}
    all_tp, all_fp = sum(tp.values()), sum(fp.values()) + len(rare_alarms)
    all_fn = sum(fn.values())
    return {
        "essays": len(essays),
        "precision": round(all_tp / (all_tp + all_fp), 3) if all_tp + all_fp else None,
        "recall": round(all_tp / (all_tp + all_fn), 3) if all_tp + all_fn else None,
        "per_kind": per_kind,
        "rare_words": len(rare), "rare_word_alarms": rare_alarms,
        "misses": misses, "false_alarms": alarms,
    }


def bench_speed(texts: list[str], repeat: int = 3) -> dict[str, Any]:
    """Milliseconds the language stage adds per 700 words, after start-up, on one core."""
    import statistics

    from essaylens.analysis import build_document, default_pipeline
    from essaylens.language.stage import run as language
    from essaylens.pipeline import Options, registered

    default_pipeline()  # registers the stages
    segment = registered()["segment"].fn
    docs = []
    for text in texts:
        doc = build_document(text)
        segment(doc, Options())
        docs.append(doc)
    language(docs[0], Options())  # start-up: lexicon, corrector, matcher
    per700 = []
    for _ in range(repeat):
        for doc in docs:
            words = len(doc.text.split())
            cpu = time.process_time()
            language(doc, Options())
            per700.append((time.process_time() - cpu) * 1000 * 700 / max(words, 1))
    return {"essays": len(docs), "ms_per_700_words_median": round(statistics.median(per700), 1),
            "ms_per_700_words_p90": round(sorted(per700)[int(0.9 * len(per700))], 1)}


def startup_seconds() -> float:
    """Seconds to load the lexicon, the corrector and the rules (once per process)."""
    start = time.perf_counter()
    from essaylens.language.lexicon import bigrams, lexicon
    from essaylens.language.speller import corrector

    lexicon()
    corrector(None).suggest("recieve")
    bigrams()
    return round(time.perf_counter() - start, 2)
