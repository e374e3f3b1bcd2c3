"""Dated claims and figures checked against the packs' events and figures.

Precision of "contradicted" comes first.  A date is *supported* when any pack
event triggered in its sentence can fall within it (precision differences,
ranges and by/before/after/c. qualifiers are all tolerated).  It is
*contradicted* only when every one of these holds: the event allows
contradiction; no date in the sentence fits the event; this date is the one
nearest the event's trigger words, within a short window, in the same clause,
with no word of relative time ("after", "since", "later") between them; and no
other triggered event fits it.  Anything else is *unverifiable*.  Figures
follow the same rule with the pack's accepted range, and are contradicted only
when the sentence holds a single figure of that unit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from essaylens.history.dates import DateMention, compatible
from essaylens.history.figures import FigureMention
from essaylens.history.packs import Event, Figure, Pack
from essaylens.history.phrases import Scan

WINDOW = 90  # characters between a date and the trigger it may contradict
SUPPORT_WINDOW = 150  # ... and the trigger it may support
GROUP_WINDOW = 120  # every group of a contradicting trigger lies this close to the date
_RELATION = re.compile(
    r"\b(?:after|before|since|until|till|following|later|earlier|prior|previous|previously|"
    r"ago|preceding|subsequent\w*|then|when|while|whilst|by\s+which|until|led|lead|leading|"
    r"resulted|results|caused|causing|prompted|triggered|sparked|provoked|paved|followed|"
    r"meant|brought|not|never)\b|n't\b|[;:()]", re.I)
# A sentence that reports or denies a claim ("some wrongly claim", "not in 1935") states
# no date of its own to contradict.
_HEDGED = re.compile(r"\b(?:claim\w*|alleged\w*|supposed\w*|wrong\w*|myth\w*|"
                     r"mistaken\w*|false\w*|rumou?r\w*|legend|contrary)\b", re.I)
_NEGATED = re.compile(r"(?:\b(?:not|never)|n't)\s+(?:\w+\s+)?$", re.I)


@dataclass(frozen=True)
class Check:
    start: int
    end: int
    kind: str  # date / figure
    status: str  # supported / contradicted / unverifiable / no_pack
    claim: str
    pack_value: str | None
    source: str | None
    message: str
    ref: str | None  # pack event or figure id
    pack: str | None


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[0] < b[1] and b[0] < a[1]:
        return 0
    return min(abs(a[0] - b[1]), abs(b[0] - a[1]))


def _hits(trigger_hits: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    return [h for group in trigger_hits for h in group]


def _trim(chunk: str, limit: int = 160) -> str:
    chunk = " ".join(chunk.split())
    return chunk if len(chunk) <= limit else chunk[:limit - 1].rstrip() + "…"


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def _pack_of(packs: Sequence[Pack], pid: str) -> Pack:
    return next(p for p in packs if p.id == pid)


def check_dates(text: str, sentence: tuple[int, int], dates: Sequence[DateMention],
                packs: Sequence[Pack], scans: dict[str, Scan]) -> list[Check]:
    s0, s1 = sentence
    chunk = text[s0:s1]
    mine = [d for d in dates if s0 <= d.start < s1]
    if not mine:
        return []
    if not packs:
        return [Check(d.start, d.end, "date", "no_pack", _trim(chunk), None, None,
                      "No topic pack matches this essay; the date was not checked.", None, None)
                for d in mine]
    candidates: list[tuple[Event, list[tuple[int, int]]]] = []
    groups: dict[str, list[list[tuple[int, int]]]] = {}
    for pack in packs:
        for ev in pack.events:
            found = ev.trigger.find(scans[pack.id], s0, s1)
            if found is not None:
                candidates.append((ev, _hits(found)))
                groups[pack.id + "/" + ev.id] = found
    out = []
    for d in mine:
        fits = [(ev, h) for ev, h in candidates if _fits(d, ev)
                and min(_distance((d.start, d.end), x) for x in h) <= SUPPORT_WINDOW
                and not _dated_by_other(d, ev, mine)]
        if fits:
            ev, _ = min(fits, key=lambda c: min(_distance((d.start, d.end), x) for x in c[1]))
            pack = _pack_of(packs, ev.pack)
            out.append(Check(d.start, d.end, "date", "supported", ev.label, ev.date,
                             pack.source_text(ev.sources),
                             f"{d.text} fits {ev.label} ({ev.date}).", ev.id, ev.pack))
            continue
        verdict = None if _HEDGED.search(chunk) else _contradiction(text, d, mine, candidates,
                                                                      groups)
        if verdict is not None:
            ev = verdict
            pack = _pack_of(packs, ev.pack)
            out.append(Check(d.start, d.end, "date", "contradicted", ev.label, ev.date,
                             pack.source_text(ev.sources),
                             f"{ev.label}: {ev.date} in the pack, not {d.text}.", ev.id, ev.pack))
            continue
        # Label an unchecked date with its own words: naming the first pack event in
        # the sentence would claim a link the check just failed to make.
        nearby = sorted({ev.label for ev, _ in candidates})
        out.append(Check(d.start, d.end, "date", "unverifiable", _trim(chunk), None, None,
                         "No event in the pack can confirm or refute this date." if not
                         candidates else "The date could not be tied safely to a pack event "
                         f"(events named nearby: {'; '.join(nearby)}).",
                         None, None))
    return out


def _dated_by_other(d: DateMention, ev: Event, mine: Sequence[DateMention]) -> bool:
    """"elected in 1934, dead by 1938": an open date (by/before/after) fits the
    event only loosely; when another plain date in the sentence fits it, that one
    dates the event and the open one says nothing about it."""
    return d.qualifier in ("by", "before", "after") and any(
        o is not d and o.qualifier is None and _fits(o, ev) for o in mine)


def _fits(d: DateMention, ev: Event) -> bool:
    return any(compatible(d.first, d.last, d.qualifier, a, b) for a, b in ev.spans())


def _contradiction(text: str, d: DateMention, mine: Sequence[DateMention],
                   candidates: Sequence[tuple[Event, list[tuple[int, int]]]],
                   groups: dict[str, list[list[tuple[int, int]]]]) -> Event | None:
    best: tuple[int, Event, tuple[int, int]] | None = None
    for ev, hits in candidates:
        for h in hits:
            dist = _distance((d.start, d.end), h)
            if best is None or dist < best[0]:
                best = (dist, ev, h)
    if best is None:
        return None
    dist, ev, hit = best
    if not ev.contradict or dist > WINDOW:
        return None
    # the event is already dated correctly elsewhere in the sentence
    if any(_fits(o, ev) for o in mine):
        return None
    # every part of the trigger ("Kirov" and "murdered") lies close to the date
    span = (d.start, d.end)
    if any(min(_distance(span, h) for h in g) > GROUP_WINDOW
           for g in groups[ev.pack + "/" + ev.id]):
        return None
    # the date nearest the trigger is the one that dates it
    if any(_distance((o.start, o.end), hit) < dist for o in mine if o is not d):
        return None
    if _NEGATED.search(text[max(0, hit[0] - 20):hit[0]]):
        return None  # "was not remilitarised in 1935"
    lo, hi = sorted((d.end, hit[0]) if d.end <= hit[0] else (hit[1], d.start))
    between = text[lo:hi]
    # "the Second Five-Year Plan (1928-32)": a date that is the whole of a bracket
    # right after its trigger dates it; any other bracket or relation word breaks the tie
    apposition = hi == d.start and re.fullmatch(r"\s*\(\s*", between) is not None \
        and re.match(r"\s*\)", text[d.end:d.end + 3]) is not None
    if not apposition and _RELATION.search(between):
        return None
    if not apposition and _RELATION.search(text[max(0, d.start - 12):d.start]) \
            and d.qualifier is None:
        return None
    return ev


def _figure_fits(f: FigureMention, fig: Figure) -> bool:
    lo, hi = fig.accepted
    v = f.value
    if f.qualifier == "over":
        return hi >= v * 0.97
    if f.qualifier == "under":
        return lo <= v * 1.03
    tol = 0.1 if f.qualifier == "about" or f.kind == "fraction" else 0.03
    return lo * (1 - tol) <= v <= hi * (1 + tol) or (fig.unit == "percent" and
                                                      lo - 3 <= v <= hi + 3)


_CONTRAST = re.compile(r"\b(?:while|whilst|whereas|but|although|though|compared|than|unlike|"
                       r"however|and\s+the)\b|[;:()]", re.I)


_CHANGE = re.compile(r"\b(?:by|of|an?\s+(?:increase|rise|fall|drop|decline|growth))\s+"
                     r"(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+)?$", re.I)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_REGION = re.compile(rf"\b[Ii]n\s+(?:the\s+)?(?!(?:{_MONTHS}|Germany|German|Reichstag|Russia|"
                     rf"Soviet|USSR|Britain|Europe|total|all|particular)\b)[A-Z][a-z]+")


def _change_or_region(text: str, f: FigureMention, chunk: str) -> bool:
    """A change ("rose by 20 per cent") or a regional figure ("in Bavaria") is not the
    national level a pack records, so it is never contradicted."""
    return bool(_CHANGE.search(text[max(0, f.start - 30):f.start]) or _REGION.search(chunk))


def _figure_tied(text: str, f: FigureMention, hits: list[tuple[int, int]],
                 subject: list[tuple[int, int]]) -> bool:
    """The figure sits within the window of the trigger and in the same clause as the
    nearest hit of its subject (the first trigger group)."""
    if min(_distance((f.start, f.end), h) for h in hits) > WINDOW:
        return False
    h = min(subject, key=lambda x: _distance((f.start, f.end), x))
    if _distance((f.start, f.end), h) > WINDOW:
        return False
    return not _CONTRAST.search(text[min(f.end, h[1]):max(f.start, h[0])])


_MONTH_WORD = re.compile(rf"\b({_MONTHS})\b")


@dataclass(frozen=True)
class _Dated:
    first: dt.date
    last: dt.date
    qualifier: str | None
    text: str


_ANAPHOR = re.compile(r"\b(?:they|their|them|the\s+party)\b", re.I)
# another party or body in the previous sentence makes "they" ambiguous
_OTHER_BODY = re.compile(r"\b(?:KPD|SPD|DNVP|DVP|DDP|Communists?|Social\s+Democrats?|Centre|"
                         r"Nationalists?|Bolsheviks?|Mensheviks?|Liberals?|Conservatives?|"
                         r"Labour|Tories|allies|Allies)\b")


def _from_antecedent(text: str, fig: Figure, scan: Scan, sentence: tuple[int, int],
                     previous: tuple[int, int]) -> list[list[tuple[int, int]]] | None:
    """"The Nazis won 2.6 per cent of the vote in 1928. By July 1932 they won 37 per
    cent": a sentence whose subject is "they" borrows the trigger words it lacks (not
    its dates or numbers) from the sentence before, when that names no other party."""
    s0, s1 = sentence
    p0, p1 = previous
    if not _ANAPHOR.search(text, s0, s1) or _OTHER_BODY.search(text, p0, p1):
        return None
    found = []
    for group in fig.trigger.groups:
        hits = scan.within(group, s0, s1)
        if not hits:
            numeric = all(h and text[h[0]:h[1]][:1].isdigit()
                          for h in scan.within(group, p0, p1))
            hits = [] if numeric else scan.within(group, p0, p1)
        if not hits:
            return None
        found.append(hits)
    return found


def _own_date(text: str, f: FigureMention, dates: Sequence[DateMention]) -> _Dated | None:
    """The date a figure is stated for: the nearest one before it in the sentence
    ("In July 1932 the Nazis won 37 per cent"), else the nearest after it.  A bare
    month in between ("..., and in November 33 per cent") moves it to that month."""
    before = [d for d in dates if d.end <= f.start]
    if before:
        d = max(before, key=lambda d: d.end)
        months = _MONTH_WORD.findall(text[d.end:f.start])
        if months:
            m = _MONTHS.split("|").index(months[-1]) + 1
            last = (dt.date(d.first.year + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
            return _Dated(dt.date(d.first.year, m, 1), last, None, months[-1])
        return _Dated(d.first, d.last, d.qualifier, d.text)
    after = [d for d in dates if d.start >= f.end]
    if not after:
        return None
    d = min(after, key=lambda d: d.start)
    return _Dated(d.first, d.last, d.qualifier, d.text)


def _date_fits(fig: Figure, d: _Dated | None) -> bool:
    """A dated pack figure (an election) holds only for a sentence dated when it was
    true, at the precision the essay gives: "July 1932" is not "1932-11"."""
    if fig.date is None:
        return True
    return d is not None and compatible(d.first, d.last, d.qualifier, *fig.date)


def check_figures(text: str, sentence: tuple[int, int], figures: Sequence[FigureMention],
                  packs: Sequence[Pack], scans: dict[str, Scan],
                  dates: Sequence[DateMention] = (),
                  previous: tuple[int, int] | None = None) -> list[Check]:
    s0, s1 = sentence
    chunk = text[s0:s1]
    mine = [f for f in figures if s0 <= f.start < s1]
    sent_dates = [d for d in dates if s0 <= d.start < s1]
    if not mine:
        return []
    if not packs:
        return [Check(f.start, f.end, "figure", "no_pack", _trim(chunk), None, None,
                      "No topic pack matches this essay; the figure was not checked.", None, None)
                for f in mine]
    candidates: list[tuple[Figure, list[tuple[int, int]]]] = []
    subjects: dict[str, list[tuple[int, int]]] = {}
    resolved: set[str] = set()
    for pack in packs:
        for fig in pack.figures:
            found = fig.trigger.find(scans[pack.id], s0, s1)
            if found is None and previous is not None:
                found = _from_antecedent(text, fig, scans[pack.id], sentence, previous)
                if found is not None:
                    resolved.add(fig.id)
            if found is not None:
                candidates.append((fig, _hits(found)))
                subjects[fig.id] = found[0]
    out = []
    for f in mine:
        own = _own_date(text, f, sent_dates)
        unit_any = [(fig, h) for fig, h in candidates if fig.unit == f.unit]
        same_unit = [(fig, h) for fig, h in unit_any if _date_fits(fig, own)]
        fits = [(fig, h) for fig, h in same_unit if _figure_fits(f, fig)]
        if fits:
            fig = fits[0][0]
            pack = _pack_of(packs, fig.pack)
            out.append(Check(f.start, f.end, "figure", "supported", fig.claim, _fmt(fig.value),
                             pack.source_text(fig.sources),
                             f"{f.text} fits the pack's {_fmt(fig.value)} "
                             f"(accepted {_fmt(fig.accepted[0])}-{_fmt(fig.accepted[1])}).",
                             fig.id, fig.pack))
            continue
        alone = sum(1 for o in mine if o.unit == f.unit) == 1 and not _change_or_region(
            text, f, chunk) and not _HEDGED.search(chunk)
        if len(same_unit) < len(unit_any) and len(sent_dates) != 1:
            alone = False  # a dated figure is contradicted only when its date is certain
        elsewhere = [fig for fig, _ in unit_any if (fig, _) not in same_unit
                     and _figure_fits(f, fig)]
        near = [fig for fig, h in same_unit if fig.contradict and fig.id not in resolved
                and _figure_tied(text, f, h, subjects[fig.id])]
        if alone and near and len(near) == len(same_unit):
            pack = _pack_of(packs, near[0].pack)
            values = " or ".join(f"{_fmt(g.value)} ({g.claim})" for g in near)
            out.append(Check(f.start, f.end, "figure", "contradicted",
                             near[0].claim if len(near) == 1 else "; ".join(g.claim for g in near),
                             " or ".join(_fmt(g.value) for g in near),
                             "; ".join(dict.fromkeys(pack.source_text(g.sources) for g in near)),
                             f"The pack has {values}, not {f.text}.", near[0].id, near[0].pack))
            continue
        message = "No figure in the pack can confirm or refute this number."
        if elsewhere:
            message = (f"{f.text} is the pack's figure for {elsewhere[0].claim}, which does "
                       f"not match the date given here{f' ({own.text})' if own else ''}.")
        out.append(Check(f.start, f.end, "figure", "unverifiable", _trim(chunk), None, None,
                         message, None, None))
    return out
