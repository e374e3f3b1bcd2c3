"""The essay's events in date order, with chronology warnings.

Two kinds of warning: an event dated wholly outside the period the question
names ("1918-33"), and a sentence whose "after"/"before"/"following" contradicts
the dates on either side of it ("After the Rhineland (March 1936), Kirov was
murdered in 1934").  Each side of the relation is dated by its own explicit date
or, failing that, by a pack event triggered on that side; a warning needs both
sides dated and their intervals in the wrong order without overlap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from essaylens.history.dates import DateMention, find_dates
from essaylens.history.packs import Pack
from essaylens.history.phrases import Scan

_REL = re.compile(r"\b(?P<w>after|before|following|prior\s+to|preceding|in\s+the\s+wake\s+of)\b",
                  re.I)
_BOUNDARY = re.compile(r"[,;:()–—]|\band\b|\bbut\b|\bwhich\b|\bwho\b", re.I)


#: how far back a cause/extent question reaches when it names only its end point
CAUSE_LOOKBACK_YEARS = 15


def question_period(question: str | None, qtype: str | None = None,
                    pack_start: date | None = None) -> tuple[date, date, str] | None:
    """The period a question names: its earliest to latest date.  A question about
    causes or extent that names one date ("Why ... by 1933?", "How far ... in January
    1933?") covers what led up to it too, so its period runs back to the pack's period start
    or at least ``CAUSE_LOOKBACK_YEARS`` before its end; "by 1933" means up to 1933."""
    if not question:
        return None
    found = find_dates(question)
    if not found:
        return None
    causal = qtype in ("cause", "extent")
    single = len(found) == 1 and found[0].precision not in ("range", "decade")
    # a single date ("in 1914") names the event, not a period, unless causes lead up to it
    if single and not causal:
        return None
    first = min(d.first for d in found)
    last = max(d.last for d in found)
    if causal and single:  # an explicit range ("1919-33") is kept as the question gives it
        back = date(last.year - CAUSE_LOOKBACK_YEARS, 1, 1)
        first = min(first, back, pack_start or back)
    iso = f"{first.year}/{last.year}" if first.year != last.year else f"{first.year}"
    return first, last, iso


def _side_interval(lo: int, hi: int, dates: Sequence[DateMention], packs: Sequence[Pack],
                   scans: dict[str, Scan], prefer: str) -> tuple[date, date, str] | None:
    inside = [d for d in dates if lo <= d.start and d.end <= hi and d.qualifier is None]
    if inside:
        d = inside[0] if prefer == "first" else inside[-1]
        return d.first, d.last, d.text
    for pack in packs:
        for ev in pack.events:
            if ev.contradict and ev.trigger.find(scans[pack.id], lo, hi) is not None:
                return ev.first, ev.last, ev.label
    return None


def order_warnings(text: str, sentences: Sequence[tuple[str, int, int]],
                   dates: Sequence[DateMention], packs: Sequence[Pack],
                   scans: dict[str, Scan]) -> list[dict[str, Any]]:
    out = []
    for sid, s, e in sentences:
        chunk = text[s:e]
        for m in _REL.finditer(chunk):
            ws, we = s + m.start(), s + m.end()
            # the clause on each side of the relation word
            left_b = [b.end() for b in _BOUNDARY.finditer(chunk[:m.start()])]
            lo = s + (left_b[-1] if left_b else 0)
            right_b = _BOUNDARY.search(chunk, m.end())
            hi = s + (right_b.start() if right_b else len(chunk))
            sentence_initial = not chunk[:m.start()].strip(" ,")
            if sentence_initial and right_b is not None:
                # "After X, Y": X runs to the comma, Y is the rest of the clause
                x = (we, hi)
                nxt = _BOUNDARY.search(chunk, right_b.end())
                y = (hi + 1, s + (nxt.start() if nxt else len(chunk)))
            else:
                x = (we, hi)
                y = (lo, ws)
            xi = _side_interval(*x, dates, packs, scans, "first")
            yi = _side_interval(*y, dates, packs, scans, "last")
            if xi is None or yi is None:
                continue
            word = m.group("w").lower()
            # Y before X is wrong when Y starts after X ends; Y after X, when Y ends first
            before = word in ("before", "prior to", "preceding")
            wrong = yi[0] > xi[1] if before else yi[1] < xi[0]
            if wrong:
                out.append({
                    "kind": "order", "sentence_id": sid, "start": ws, "end": we,
                    "message": f"'{text[y[0]:y[1]].strip()}' ({yi[2]}) is said to come "
                               f"{word} '{text[x[0]:x[1]].strip()}' ({xi[2]}), but the dates "
                               f"are the other way round.",
                })
    return out


def build(events: Sequence[dict[str, Any]], period: tuple[date, date, str] | None,
          order: Sequence[dict[str, Any]],
          historiography: set[str] | None = None) -> dict[str, Any]:
    """The timeline result: events sorted by date, warnings attached.  An event is
    flagged when it lies well outside the question's period (by more than the period's
    length, at least five years: nearby background is normal); dates of historians'
    works (sentences in ``historiography``) are never flagged."""
    ordered = sorted(events, key=lambda ev: (ev["_first"], ev["_last"], ev["start"]))
    warnings: list[dict[str, Any]] = []
    rows = []
    margin = 0
    if period is not None:
        margin = max(5, period[1].year - period[0].year)
    for ev in ordered:
        row = {k: v for k, v in ev.items() if not k.startswith("_")}
        far = period is not None and (ev["_last"].year < period[0].year - margin
                                      or ev["_first"].year > period[1].year + margin)
        if period is not None and far and ev.get("qualifier") is None \
                and ev.get("sentence_id") not in (historiography or set()):
            msg = (f"{ev['date_text']} ({ev['date']}) lies well outside the period of the "
                   f"question ({period[2]}); check that it is relevant.")
            warnings.append({"kind": "outside_period", "event_id": ev["id"],
                             "start": ev["start"], "end": ev["end"], "message": msg})
            row["warning"] = msg
        rows.append(row)
    warnings.extend(order)
    return {"period": period[2] if period else None, "events": rows, "warnings": warnings}
