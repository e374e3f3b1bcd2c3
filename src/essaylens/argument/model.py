"""The argument model, per paragraph:

1. a linear-chain CRF (python-crfsuite) segments and types components (BIO over
   MajorClaim / Claim / Premise);
2. a logistic-regression re-scorer retypes each span from the CRF's type marginals,
   paragraph and sentence position, discourse markers and words;
3. in body paragraphs, the one or two claims are chosen jointly with the links: type
   log-probabilities plus the best-link log-probability of every premise;
4. claim stance (for/against) from a logistic regression;
5. premise targets from a pairwise classifier, decoded as a maximum spanning
   arborescence (one target per premise, in its paragraph, no cycles, trees rooted in
   claims), then support/attack from a third logistic regression.  The final linker is
   boosted trees trained on the components the pipeline predicts (E24, E29), with a
   log-prior for premise targets in the arborescence (E60); the gold-trained logistic
   target model scores the joint decoding of step 3.

Measured in bench/README.md (argument section).
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from essaylens.argument.bounds import (
    drop_affirmative_framing,
    keep_negated_framing,
    refine,
    split_spans,
)
from essaylens.argument.features import (
    Para,
    content_words,
    lead_words,
    lower_words,
    marker_at,
    sentence_spans,
    token_features,
)
from essaylens.argument.linear import Features, LinearModel
from essaylens.argument.metrics import overlap_ratio
from essaylens.argument.trees import TreeEnsemble

#: A shipped classifier: logistic regression or (the final linker) boosted trees.
Classifier = LinearModel | TreeEnsemble


def load_classifier(data: dict[str, Any]) -> Classifier:
    return TreeEnsemble.from_json(data) if data.get("kind") == "trees" \
        else LinearModel.from_json(data)


def proba_many(model: Classifier, rows: Sequence[Features]) -> list[dict[str, float]]:
    """Probabilities of many rows; boosted trees score them in one vectorised pass."""
    if isinstance(model, TreeEnsemble):
        return model.proba_many(rows)
    return [model.proba(r) for r in rows]

MODEL_DIR = Path(__file__).resolve().parent / "model"
CRF_FILE = "crf.crfsuite"
SEG_FILE = "seg.crfsuite"
#: Body paragraphs with more components than this skip the joint claim search.
MAX_JOINT = 16
LINEAR_FILE = "linear.json.gz"
INFO_FILE = "train-info.json"

_CONTRAST = ("however", "but", "although", "though", "even though", "while", "whereas",
             "nevertheless", "nonetheless", "on the other hand", "in contrast",
             "in stark contrast", "contrary to", "alternatively", "admittedly", "yet",
             "despite", "in spite of", "some people", "others", "it is true that", "still")


@dataclass
class PredComponent:
    """A component inside one paragraph: token span (end excluded) and labels."""

    start: int
    end: int
    type: str
    confidence: float = 1.0
    stance: str | None = None  # "For" / "Against" for claims
    marginals: dict[str, float] = field(default_factory=dict)
    type_probs: dict[str, float] = field(default_factory=dict)


@dataclass
class PredParagraph:
    components: list[PredComponent] = field(default_factory=list)
    # (source index, target index, "supports" | "attacks", confidence)
    relations: list[tuple[int, int, str, float]] = field(default_factory=list)


def bio_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """Spans from BIO labels; a stray ``I-`` opens a span; the span's type is its first."""
    spans: list[tuple[int, int, str]] = []
    cur: list[Any] | None = None
    for i, lab in enumerate(labels):
        if lab == "O":
            if cur:
                spans.append((cur[0], i, cur[1]))
            cur = None
            continue
        tag, kind = lab.split("-", 1)
        if tag == "B" or cur is None or cur[1] != kind:
            if cur:
                spans.append((cur[0], i, cur[1]))
            cur = [i, kind]
    if cur:
        spans.append((cur[0], len(labels), cur[1]))
    return spans


def _sent_of(para: Para, tok: int) -> int:
    return para.sent[tok] if para.sent else 0


def _words(para: Para, a: int, b: int) -> list[str]:
    return lower_words(para)[a:b]


def _lead_markers(para: Para, comp: tuple[int, int]) -> list[str]:
    """``_markers_in`` the component's lead (asked for once per candidate partner)."""
    cache = para.memo.setdefault("lead_markers", {})
    if comp[0] not in cache:
        cache[comp[0]] = _markers_in(lead_words(para, comp[0]))
    return cache[comp[0]]


def _markers_in(words: Sequence[str]) -> list[str]:
    out = []
    for i in range(len(words)):
        m = marker_at(words, i)
        if m:
            out.append(m)
    return out


_STOP = {"the", "a", "an", "of", "to", "and", "in", "is", "are", "be", "that", "it", "for",
         "on", "as", "with", "they", "their", "this", "can", "will", "more", "by", "or", ",",
         ".", "not", "have", "has", "which", "people", "we", "i", "our", "them", "he", "she"}


def _content(words: Sequence[str]) -> set[str]:
    return {w for w in words if w not in _STOP and any(ch.isalpha() for ch in w)}


def _span_content(para: Para, a: int, b: int) -> frozenset[str]:
    """``_content`` of a token span."""
    cache = para.memo.setdefault("span_content", {})
    if (a, b) not in cache:
        cache[(a, b)] = frozenset(_content(_words(para, a, b)))
    return cache[(a, b)]


def component_features(para: Para, comps: Sequence[tuple[int, int, str]], i: int,
                       marginals: dict[str, float] | None = None) -> dict[str, Any]:
    """Span features shared by the stance and type classifiers."""
    a, b, kind = comps[i]
    words = _words(para, a, b)
    lead = lead_words(para, a)
    sents = sentence_spans(para)
    si = _sent_of(para, a)
    f: dict[str, Any] = {
        "ppos": para.position,
        "spos": "first" if si == 0 else ("last" if si == len(sents) - 1 else "mid"),
        "crf": kind,
        "nth": min(i, 4),
        "nth_last": min(len(comps) - 1 - i, 4),
        "len": math.log1p(b - a),
        "ncomp": min(len(comps), 6),
        "ppos|spos": f"{para.position}|{si == 0}|{si == len(sents) - 1}",
    }
    for w in set(words):
        f[f"w:{w}"] = True
    for w in lead[:6]:
        f[f"lead:{w}"] = True
    lead_markers = _lead_markers(para, (a, b))
    for m in lead_markers:
        f[f"lm:{m}"] = True
    for m in _markers_in(words[:4]):
        f[f"im:{m}"] = True
    if lead:
        f["lead0"] = lead[0]
    f["neg"] = sum(w in ("not", "n't", "no", "never", "nothing") for w in words) > 0
    f["contrast_lead"] = any(m in _CONTRAST for m in lead_markers)
    para_lead = _words(para, 0, min(4, len(para.tokens)))
    for m in _markers_in(para_lead[:3]):
        f[f"pm:{m}"] = True
    for t, v in (marginals or {}).items():
        f[f"marg:{t}"] = v
        f[f"marg:{t}|{para.position}"] = v
    # structure: how many components share the sentence; first/last of the paragraph
    f["sent_comps"] = str(min(sum(_sent_of(para, c[0]) == si for c in comps), 3))
    f["first_comp"] = i == 0
    f["last_comp"] = i == len(comps) - 1
    # E22: overlap with the title / thesis sentences (major claims restate the prompt)
    ctx = getattr(para, "ctx", None) or {}
    if ctx:
        mine = content_words(words)
        for key, other in ctx.items():
            n = len(mine & other)
            jac = n / len(mine | other) if (mine or other) else 0.0
            f[f"ov:{key}"] = float(min(n, 6)) / 6
            f[f"jac:{key}"] = jac
            f[f"ov:{key}|{para.position}"] = jac
    return f


def pair_features(para: Para, comps: Sequence[tuple[int, int, str]], i: int, j: int,
                  claims_in_para: int) -> dict[str, Any]:
    """Features of "component ``i`` (a premise) has target ``j``"."""
    a, b, _ = comps[i]
    c, d, tkind = comps[j]
    dist = j - i
    si, sj = _sent_of(para, a), _sent_of(para, c)
    cs, ct = _span_content(para, a, b), _span_content(para, c, d)
    overlap = len(cs & ct) / (len(cs | ct) or 1)
    f: dict[str, Any] = {
        "dist": str(max(-6, min(6, dist))),
        "absdist": math.log1p(abs(dist)),
        "dir": "fwd" if dist > 0 else "back",
        "ttype": tkind,
        "ttype|dir": f"{tkind}|{dist > 0}",
        "ttype|dist": f"{tkind}|{max(-4, min(4, dist))}",
        "same_sent": si == sj,
        "sentdist": str(max(-3, min(3, sj - si))),
        "t_first": j == 0,
        "t_last": j == len(comps) - 1,
        "s_first": i == 0,
        "s_last": i == len(comps) - 1,
        "t_only_claim": tkind == "Claim" and claims_in_para == 1,
        "nclaims": str(min(claims_in_para, 3)),
        "ncomp": str(min(len(comps), 8)),
        "overlap": overlap,
        "ppos": para.position,
        "t_first_sent": sj == 0,
    }
    for m in _lead_markers(para, (a, b)):
        f[f"sm:{m}"] = True
        f[f"sm:{m}|{dist > 0}"] = True
    for m in _lead_markers(para, (c, d)):
        f[f"tm:{m}"] = True
    return f


def premise_target_pairs(types: Sequence[str]) -> list[tuple[int, int]]:
    """Every (premise, candidate target) pair of a paragraph: a premise may point at any
    other component but a major claim."""
    return [(i, j) for i, src in enumerate(types) if src == "Premise"
            for j, tgt in enumerate(types) if j != i and tgt != "MajorClaim"]


def link_features(para: Para, comps: Sequence[tuple[int, int, str]], i: int, j: int,
                  claims_in_para: int) -> dict[str, Any]:
    """Features of the final linker (E24), trained on predicted components: the pair
    features plus the source's opening word by direction, where the claims lie
    relative to the pair, shared content words and the target's sentence position."""
    f = pair_features(para, comps, i, j, claims_in_para)
    a, b, _ = comps[i]
    c, d, tkind = comps[j]
    dist = j - i
    lead = lead_words(para, a)
    first = lead[0] if lead else (para.tokens[a][0].lower() if b > a else "")
    f[f"s0|dir:{first}|{dist > 0}"] = True
    f[f"s0|adj:{first}|{abs(dist) == 1}"] = True
    claims = [k for k, x in enumerate(comps) if x[2] == "Claim"]
    if claims:
        f["t_nearest_claim"] = j == min(claims, key=lambda k: (abs(k - i), k))
    between = comps[min(i, j) + 1:max(i, j)]
    f["claim_between"] = any(x[2] == "Claim" for x in between)
    f["n_between"] = str(min(len(between), 3))
    f["shared"] = str(min(len(_span_content(para, a, b) & _span_content(para, c, d)), 3))
    sj = _sent_of(para, c)
    f["t_sent_last"] = sj == len(sentence_spans(para)) - 1
    f["t_sent_first|ttype"] = f"{sj == 0}|{tkind}"
    return f


def retarget(features: dict[str, Any], kind: str, dist: int, claims: int) -> dict[str, Any]:
    """Pair features with the target's type (and the paragraph's claim count) replaced."""
    f = dict(features)
    f["ttype"] = kind
    f["ttype|dir"] = f"{kind}|{dist > 0}"
    f["ttype|dist"] = f"{kind}|{max(-4, min(4, dist))}"
    f["t_only_claim"] = kind == "Claim" and claims == 1
    f["nclaims"] = str(min(claims, 3))
    return f


def rtype_features(para: Para, comps: Sequence[tuple[int, int, str]], i: int, j: int,
                   target_stance: str | None) -> dict[str, Any]:
    """Features of "the relation from ``i`` to ``j`` is an attack"."""
    a, b, _ = comps[i]
    words = _words(para, a, b)
    f: dict[str, Any] = {"ttype": comps[j][2], "tstance": target_stance or "none",
                         "ppos": para.position, "dir": "fwd" if j > i else "back"}
    for m in _lead_markers(para, (a, b)):
        f[f"lm:{m}"] = True
    for m in _markers_in(words[:5]):
        f[f"im:{m}"] = True
    for w in set(words):
        f[f"w:{w}"] = True
    f["neg"] = any(w in ("not", "n't", "no", "never") for w in words)
    return f


def best_targets(premises: Sequence[int], weights: Mapping[tuple[int, int], float]
                 ) -> dict[int, int] | None:
    """Every premise's best-weighted target (``weights`` maps (source, target) pairs),
    or None when those choices close a cycle.  Without a cycle they are already the
    maximum spanning arborescence (the first step of Chu-Liu/Edmonds), so most
    paragraphs skip the full search."""
    best: dict[int, int] = {}
    score: dict[int, float] = {}
    for (i, j), w in weights.items():
        if i not in score or w > score[i]:
            best[i], score[i] = j, w
    for i in premises:
        seen = {i}
        j = best[i]
        while j in best:
            if j in seen:
                return None
            seen.add(j)
            j = best[j]
    return best


def tag_para(tagger: Any, para: Para, seg: Any = None,
             keep_typed: bool = False) -> list[PredComponent]:
    """CRF spans of a paragraph, each with its mean label marginal (confidence) and the
    mean marginal of every component type over its tokens (for the type re-scorer).

    With ``seg`` (a CRF trained on untyped B-Arg/I-Arg/O labels, which segments better
    because no probability mass is split across types) the spans come from ``seg`` and
    the typed CRF only supplies type marginals over them; ``keep_typed`` adds the typed
    CRF's spans that overlap no segmenter span (the segmenter misses some major claims in
    introductions: E51)."""
    if not para.tokens:
        return []
    import pycrfsuite

    # converted once for both CRFs (the conversion costs as much as the tagging)
    feats = pycrfsuite.ItemSequence(token_features(para))
    labels = tagger.tag(feats)
    spans = bio_spans(labels)
    seg_labels = None
    kept: set[tuple[int, int, str]] = set()  # typed-CRF spans beside the segmenter's
    if seg is not None:
        seg_labels = seg.tag(feats)
        typed = spans
        spans = bio_spans(seg_labels)
        if keep_typed:
            kept = {t for t in typed if all(overlap_ratio(t[:2], x[:2]) == 0 for x in spans)}
            spans = sorted([*spans, *kept])
    out = []
    for s, e, kind in spans:
        marg = {}
        for t in ("MajorClaim", "Claim", "Premise"):
            marg[t] = round(sum(tagger.marginal(f"B-{t}", k) + tagger.marginal(f"I-{t}", k)
                                for k in range(s, e)) / (e - s), 4)
        if seg_labels is not None and (s, e, kind) not in kept:
            kind = max(marg, key=lambda t: marg[t])
            conf = sum(seg.marginal(seg_labels[k], k) for k in range(s, e)) / (e - s)
        else:
            conf = sum(tagger.marginal(labels[k], k) for k in range(s, e)) / (e - s)
        out.append(PredComponent(s, e, kind, round(conf, 3), marginals=marg))
    return out


class ArgumentModel:
    """Loaded model: CRF tagger plus linear stance / target / relation-type classifiers."""

    def __init__(self, crf_path: Path, linear: Mapping[str, Classifier],
                 meta: dict[str, Any]) -> None:
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(crf_path))
        self.seg = None
        seg_path = crf_path.parent / SEG_FILE
        if seg_path.is_file():
            self.seg = pycrfsuite.Tagger()
            self.seg.open(str(seg_path))
        self.linear = dict(linear)
        self.meta = meta

    @classmethod
    def load(cls, directory: Path | str = MODEL_DIR) -> ArgumentModel:
        directory = Path(directory)
        with gzip.open(directory / LINEAR_FILE, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        linear = {k: load_classifier(v) for k, v in data["models"].items()}
        meta = dict(data.get("meta", {}))
        if (directory / INFO_FILE).is_file():
            meta.update(json.loads((directory / INFO_FILE).read_text(encoding="utf-8")))
        return cls(directory / CRF_FILE, linear, meta)

    @staticmethod
    def available(directory: Path | str = MODEL_DIR) -> bool:
        d = Path(directory)
        return (d / CRF_FILE).is_file() and (d / LINEAR_FILE).is_file()

    # -- components -------------------------------------------------------------
    def tag(self, para: Para) -> list[PredComponent]:
        use_seg = self.seg is not None and self.meta.get("segmenter", True)
        return tag_para(self.tagger, para, self.seg if use_seg else None,
                        keep_typed=bool(self.meta.get("keep_typed", False)))

    def retype(self, para: Para, comps: list[PredComponent]) -> None:
        model = self.linear.get("ctype")
        if model is None:
            return
        spans = [(c.start, c.end, c.type) for c in comps]
        for i, c in enumerate(comps):
            c.type_probs = model.proba(component_features(para, spans, i, c.marginals))
            kind = max(c.type_probs, key=lambda t: c.type_probs[t])
            p = c.type_probs[kind]
            c.type = kind
            c.confidence = round(min(c.confidence, p) if kind != spans[i][2] else c.confidence, 3)

    def add_stance(self, para: Para, comps: list[PredComponent]) -> None:
        model = self.linear.get("stance")
        spans = [(c.start, c.end, c.type) for c in comps]
        for i, c in enumerate(comps):
            if c.type != "Claim":
                continue
            if model is None:
                c.stance = "For"
                continue
            c.stance, _ = model.predict(component_features(para, spans, i))

    # -- relations --------------------------------------------------------------
    def link(self, para: Para, comps: list[PredComponent]) -> list[tuple[int, int, str, float]]:
        """Each premise gets one target (claim or premise) in its paragraph, no cycles."""
        import networkx as nx

        # The E24 linker (trained on predicted components) where the model has one; the
        # gold-trained target model keeps scoring the joint claim decoding.
        model, features = self.linear.get("link"), link_features
        if model is None:
            model, features = self.linear.get("target"), pair_features
        spans = [(c.start, c.end, c.type) for c in comps]
        n_claims = sum(c.type == "Claim" for c in comps)
        premises = [i for i, c in enumerate(comps) if c.type == "Premise"]
        if not premises or model is None:
            return []
        pairs = premise_target_pairs([c.type for c in comps])
        scored = proba_many(model, [features(para, spans, i, j, n_claims) for i, j in pairs])
        probs = {pair: p["1"] for pair, p in zip(pairs, scored, strict=True)}
        root = -1
        # (source, target) -> weight; a premise hangs from the root only when nothing
        # else is possible.
        weights = {(i, root): -60.0 for i in premises}
        # The linker learns from predicted components, where most premises point at the
        # claim, and under-scores premise targets (E60: gold sends a fifth of the links
        # to a premise, the linker alone one in twenty): a log-prior restores them.
        bonus = float(self.meta.get("premise_target_bonus", 0.0))
        for (i, j), p in probs.items():
            prior = bonus if comps[j].type == "Premise" else 0.0
            weights[(i, j)] = math.log(max(p, 1e-9)) + prior
        targets = best_targets(premises, weights)
        if targets is None:  # the best targets close a cycle: search the whole graph
            graph = nx.DiGraph()
            graph.add_node(root)
            for i, c in enumerate(comps):
                graph.add_node(i)
                if c.type != "Premise":
                    graph.add_edge(root, i, weight=0.0)
            for (i, j), w in weights.items():
                graph.add_edge(j, i, weight=w)
            tree = nx.maximum_spanning_arborescence(graph, attr="weight", preserve_attrs=True)
            targets = {i: j for j, i in tree.edges() if comps[i].type == "Premise"}
        rtype = self.linear.get("rtype")
        out = []
        for i, j in targets.items():
            if j == root:
                continue
            label = "supports"
            if rtype is not None:
                label, _ = rtype.predict(rtype_features(para, spans, i, j, comps[j].stance))
            out.append((i, j, label, round(probs[(i, j)], 3)))
        out.sort()
        return out

    def ensure_claim(self, para: Para, comps: list[PredComponent]) -> None:
        """A body paragraph argues a claim: with premises but no claim, the premise the
        others most likely point at becomes the claim (AAEC trees are rooted in claims)."""
        if para.position != "body" or not comps or any(c.type != "Premise" for c in comps):
            return
        model = self.linear.get("target")
        spans = [(c.start, c.end, c.type) for c in comps]
        best, best_score = 0, -1.0
        for j in range(len(comps)):
            score = 0.0
            if model is not None:
                score = sum(model.proba(pair_features(para, spans, i, j, 0))["1"]
                            for i in range(len(comps)) if i != j)
            if score > best_score + 1e-9:
                best, best_score = j, score
        comps[best].type = "Claim"

    def joint_types(self, para: Para, comps: list[PredComponent]) -> None:
        """Claim or premise, decided jointly for a body paragraph: choose the one or two
        claims that maximise type log-probabilities plus, for every other component, the
        log-probability of its best link (premises need a plausible target)."""
        model = self.linear.get("target")
        idx = [i for i, c in enumerate(comps) if c.type != "MajorClaim"]
        if para.position != "body" or not idx or model is None:
            return
        if len(idx) > MAX_JOINT:  # pathological paragraph: keep the decoding cheap
            self.ensure_claim(para, comps)
            return
        weight = float(self.meta.get("joint_weight", 2.0))
        spans = [(c.start, c.end, c.type) for c in comps]
        base = {(i, j): pair_features(para, spans, i, j, 1) for i in idx for j in idx if i != j}
        cache: dict[tuple[int, int, str, int], float] = {}

        def link(i: int, j: int, kind: str, k: int) -> float:
            key = (i, j, kind, k)
            if key not in cache:
                f = retarget(base[(i, j)], kind, j - i, k)
                cache[key] = math.log(max(model.proba(f)["1"], 1e-9))
            return cache[key]

        def logp(c: PredComponent, kind: str) -> float:
            probs = c.type_probs or {c.type: 1.0}
            claim, prem = probs.get("Claim", 0.0), probs.get("Premise", 0.0)
            p = (claim if kind == "Claim" else prem) / ((claim + prem) or 1.0)
            return math.log(max(p, 1e-6))

        best: tuple[float, tuple[int, ...]] | None = None
        for k in range(1, int(self.meta.get("max_claims", 2)) + 1):
            for chosen in combinations(idx, k):
                score = sum(logp(comps[i], "Claim") for i in chosen)
                for i in idx:
                    if i in chosen:
                        continue
                    score += logp(comps[i], "Premise")
                    targets = [link(i, j, "Claim" if j in chosen else "Premise", k)
                               for j in idx if j != i]
                    score += weight * max(targets) if targets else 0.0
                if best is None or score > best[0] + 1e-12:
                    best = (score, chosen)
        if best is None:
            return
        for i in idx:
            comps[i].type = "Claim" if i in best[1] else "Premise"

    def one_major(self, para: Para, comps: list[PredComponent]) -> None:
        """An introduction or conclusion states the major claim once: the component most
        likely to be it becomes it; other would-be major claims fall back to claim/premise.
        Body paragraphs hold no major claim."""
        if not comps or not all(c.type_probs for c in comps):
            return
        def fallback(c: PredComponent) -> str:
            return "Claim" if c.type_probs.get("Claim", 0) >= c.type_probs.get("Premise", 0) \
                else "Premise"
        if para.position == "body":
            for c in comps:
                if c.type == "MajorClaim":
                    c.type = fallback(c)
            return
        best = max(range(len(comps)), key=lambda i: comps[i].type_probs.get("MajorClaim", 0))
        for i, c in enumerate(comps):
            if i == best:
                c.type = "MajorClaim"
            elif c.type == "MajorClaim":
                c.type = fallback(c)

    def predict_para(self, para: Para) -> PredParagraph:
        comps = self.components(para, self.tag(para))
        return PredParagraph(comps, self.link(para, comps))

    def components(self, para: Para, comps: list[PredComponent]) -> list[PredComponent]:
        """CRF spans made final: split, boundaries refined, retyped, claims chosen jointly
        and stance added (everything but the links)."""
        where = self.meta.get("bounds", "early")
        if "split" in self.linear:
            for _ in range(int(self.meta.get("split_rounds", 1))):
                comps = split_spans(para, comps, self.linear["split"],
                                    float(self.meta.get("split_threshold", 0.5)))
        if where == "early" and "bstart" in self.linear:
            refine(para, comps, self.linear)
        self.retype(para, comps)
        if where == "late" and "bstart" in self.linear:
            refine(para, comps, self.linear)
        if self.meta.get("one_major", False):
            self.one_major(para, comps)
        if self.meta.get("joint", True):
            self.joint_types(para, comps)
        elif self.meta.get("ensure_claim", True):
            self.ensure_claim(para, comps)
        self.add_stance(para, comps)
        if self.meta.get("negated_framing", False):
            keep_negated_framing(para, comps)
        if self.meta.get("affirmative_framing", False):
            drop_affirmative_framing(para, comps, bool(self.meta.get("reporting_frames", False)))
        return comps

    def predict(self, paras: Sequence[Para]) -> list[PredParagraph]:
        return [self.predict_para(p) for p in paras]


__all__ = ["ArgumentModel", "PredComponent", "PredParagraph", "best_targets", "bio_spans",
           "link_features", "premise_target_pairs", "tag_para"]
