"""``essaylens bench aaec``: the Eger et al. (2017) figures of a model on an AAEC split."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from essaylens.argument.data import Essay
from essaylens.argument.metrics import Unit, evaluate
from essaylens.argument.model import ArgumentModel, PredParagraph
from essaylens.argument.roles import apply_marker_rules
from essaylens.argument.train import GoldPara, prepare


def gold_unit(gp: GoldPara) -> Unit:
    return Unit(list(gp.comps), list(gp.relations), dict(gp.stances))


def pred_unit(pp: PredParagraph) -> Unit:
    return Unit([(c.start, c.end, c.type) for c in pp.components],
                [(s, t, ty) for s, t, ty, _ in pp.relations],
                {i: c.stance for i, c in enumerate(pp.components) if c.stance})


def essay_unit(units: Sequence[Unit], sizes: Sequence[int]) -> Unit:
    """Paragraph units joined into one essay unit (token and component offsets shifted)."""
    out = Unit()
    tok = 0
    for u, n in zip(units, sizes, strict=True):
        base = len(out.components)
        out.components += [(s + tok, e + tok, k) for s, e, k in u.components]
        out.relations += [(s + base, t + base, k) for s, t, k in u.relations]
        out.stances.update({i + base: v for i, v in u.stances.items()})
        tok += n
    return out


def run_bench(model: ArgumentModel, essays: Sequence[Essay]) -> dict[str, Any]:
    para_pairs: list[tuple[Unit, Unit]] = []
    essay_pairs: list[tuple[Unit, Unit]] = []
    if essays:  # warm up: imports and first-call caches are not per-essay work
        model.predict([gp.para for gp in prepare(essays[0])])
    seconds = cpu = 0.0
    for essay in essays:
        t0, c0 = time.perf_counter(), time.process_time()
        gold = prepare(essay)  # parse + paragraph views: the same work inference does
        preds = model.predict([gp.para for gp in gold])
        if model.meta.get("marker_rules", True):  # what the stage does, measured too
            apply_marker_rules([gp.para for gp in gold], preds)
        seconds += time.perf_counter() - t0
        cpu += time.process_time() - c0
        g_units = [gold_unit(gp) for gp in gold]
        p_units = [pred_unit(pp) for pp in preds]
        para_pairs += list(zip(g_units, p_units, strict=True))
        sizes = [len(gp.para.tokens) for gp in gold]
        essay_pairs.append((essay_unit(g_units, sizes), essay_unit(p_units, sizes)))
    return {
        "paragraph": evaluate(para_pairs),
        "essay": evaluate(essay_pairs),
        "essays": len(essays),
        # one process, one thread: CPU-seconds are one core's time, robust on a busy machine
        "essays_per_s": round(len(essays) / seconds, 1) if seconds else None,
        "essays_per_cpu_s": round(len(essays) / cpu, 1) if cpu else None,
    }
