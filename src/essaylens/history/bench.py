"""History benchmark: contradiction precision/recall, date recall, time per essay.

Reads hand-labelled essays (``labels.yaml`` beside them: the dates each essay
contains with their ISO values, and the planted wrong facts) and runs the
``segment`` and ``history`` stages on each.  Every fact check marked
"contradicted" that is not a planted error counts against precision.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import yaml


def _pipeline() -> Any:
    import essaylens.history.stage  # noqa: F401
    import essaylens.segment.stage  # noqa: F401
    from essaylens.pipeline import Pipeline

    return Pipeline.from_names(["segment", "history"])


def _locate(text: str, needle: str, context: str) -> tuple[int, int] | None:
    """The span of ``needle`` inside the sentence-ish stretch that contains ``context``."""
    at = text.find(context)
    while at >= 0:
        lo, hi = max(0, at - 200), at + len(context) + 200
        window = text[lo:hi]
        # the needle occurrence closest to the context
        best = None
        i = window.find(needle)
        while i >= 0:
            dist = abs((lo + i) - at)
            if best is None or dist < best[0]:
                best = (dist, lo + i)
            i = window.find(needle, i + 1)
        if best is not None:
            return best[1], best[1] + len(needle)
        at = text.find(context, at + 1)
    return None


def evaluate(essay_dir: Path, repeats: int = 5) -> dict[str, Any]:
    from essaylens.analysis import build_document
    from essaylens.history import names
    from essaylens.history.packs import load_packs

    t0 = time.perf_counter()
    load_packs()
    pack_load_s = time.perf_counter() - t0
    labels = yaml.safe_load((essay_dir / "labels.yaml").read_text(encoding="utf-8"))
    pipe = _pipeline()
    seg = pipe.stages[0]
    hist = pipe.stages[1]
    tp = fp = fn = 0
    dates_gold = dates_found = 0
    per_essay: list[dict[str, Any]] = []
    hist_times: list[float] = []
    total_times: list[float] = []
    cpu_times: list[float] = []
    false_positives: list[str] = []
    missed: list[str] = []
    missed_dates: list[str] = []
    for name, lab in sorted(labels.items()):
        text = (essay_dir / "essays" / name).read_text(encoding="utf-8")
        doc = pipe.run(build_document(text))
        # timing: segment once, then history alone, repeated
        times = []
        for _ in range(repeats):
            names._MISS_CACHE.clear()  # time a cold essay, not a cached one
            d2 = build_document(text)
            a = time.perf_counter()
            seg.fn(d2, _options())
            b, cb = time.perf_counter(), time.process_time()
            hist.fn(d2, _options())
            c, cc = time.perf_counter(), time.process_time()
            times.append(c - b)
            cpu_times.append(cc - cb)
            total_times.append(c - a)
        hist_times.append(statistics.median(times))
        # contradictions
        gold = []
        for needle, context in lab.get("contradicted") or []:
            span = _locate(doc.text, str(needle), str(context))
            if span is None:
                raise ValueError(f"{name}: label {needle!r} / {context!r} not found in the essay")
            gold.append(span)
        predicted = [(c.start, c.end) for c in doc.spans["fact_checks"]
                     if c.attrs["status"] == "contradicted"]
        e_tp = sum(1 for p in predicted if any(p[0] < g[1] and g[0] < p[1] for g in gold))
        e_fp = len(predicted) - e_tp
        e_fn = sum(1 for g in gold if not any(p[0] < g[1] and g[0] < p[1] for p in predicted))
        tp, fp, fn = tp + e_tp, fp + e_fp, fn + e_fn
        false_positives += [f"{name}: {doc.text[s:e]!r}" for s, e in predicted
                            if not any(s < g[1] and g[0] < e for g in gold)]
        missed += [f"{name}: {doc.text[s:e]!r}" for s, e in gold
                   if not any(p[0] < e and s < p[1] for p in predicted)]
        # dates
        events = [(ev.attrs["date_text"], ev.attrs["date"]) for ev in doc.spans["events"]]
        used: set[int] = set()
        found = 0
        for g_text, g_iso in lab.get("dates") or []:
            g_text, g_iso = str(g_text), str(g_iso)
            hit = next((i for i, (t, iso) in enumerate(events) if i not in used and iso == g_iso
                        and (g_text in t or t in g_text)), None)
            if hit is None:
                missed_dates.append(f"{name}: {g_text!r} -> {g_iso}")
            else:
                used.add(hit)
                found += 1
        dates_gold += len(lab.get("dates") or [])
        dates_found += found
        n_gold = len(lab.get("dates") or [])
        per_essay.append({"essay": name, "contradicted_tp": e_tp, "contradicted_fp": e_fp,
                          "contradicted_fn": e_fn, "dates": f"{found}/{n_gold}",
                          "history_ms": round(1000 * statistics.median(times), 1)})
    return {
        "essays": len(labels),
        "contradiction_precision": tp / (tp + fp) if tp + fp else 1.0,
        "contradiction_recall": tp / (tp + fn) if tp + fn else 1.0,
        "contradicted_tp": tp, "contradicted_fp": fp, "contradicted_fn": fn,
        "date_recall": dates_found / dates_gold if dates_gold else 1.0,
        "dates_found": dates_found, "dates_gold": dates_gold,
        "history_stage_ms_median": round(1000 * statistics.median(hist_times), 1),
        "history_stage_ms_max": round(1000 * max(hist_times), 1),
        "history_stage_cpu_ms_median": round(1000 * statistics.median(cpu_times), 1),
        "segment_plus_history_ms_median": round(1000 * statistics.median(total_times), 1),
        "pack_load_s": round(pack_load_s, 3),
        "false_positives": false_positives, "missed_contradictions": missed,
        "missed_dates": missed_dates, "per_essay": per_essay,
    }


def stress(path: Path) -> dict[str, Any]:
    """Run the three packs over a file of correct facts only (traps for the contradiction
    rule: agents of terror, later renewals, other wars, subsets); every "contradicted"
    is a false positive."""
    from collections import Counter

    from essaylens.analysis import build_document
    from essaylens.pipeline import Options

    opts = Options(packs=("ussr-great-terror", "weimar-germany", "ww1-causes"))
    doc = _pipeline().run(build_document(path.read_text(encoding="utf-8")), opts)
    counts = Counter(c.attrs["status"] for c in doc.spans["fact_checks"])
    return {"checks": sum(counts.values()), **dict(counts),
            "false_contradictions": [doc.text[c.start:c.end] for c in doc.spans["fact_checks"]
                                     if c.attrs["status"] == "contradicted"]}


def time_text(text: str, repeats: int = 5) -> dict[str, float]:
    """Median history-stage time on one text (packs loaded, caches cleared each run)."""
    from essaylens.analysis import build_document
    from essaylens.history import names
    from essaylens.history.packs import load_packs

    load_packs()
    pipe = _pipeline()
    seg, hist = pipe.stages
    pipe.run(build_document(text))  # warm: first-call costs are start-up, not analysis
    times = []
    cpu = []
    for _ in range(repeats):
        names._MISS_CACHE.clear()
        doc = build_document(text)
        seg.fn(doc, _options())
        a, ca = time.perf_counter(), time.process_time()
        hist.fn(doc, _options())
        times.append(time.perf_counter() - a)
        cpu.append(time.process_time() - ca)
    return {"history_stage_ms_median": round(1000 * statistics.median(times), 1),
            "history_stage_ms_max": round(1000 * max(times), 1),
            "history_stage_cpu_ms_median": round(1000 * statistics.median(cpu), 1),
            "words": len(text.split())}


def _options() -> Any:
    from essaylens.pipeline import Options

    return Options()
