"""Dates in essay prose, normalised to ISO 8601 at the precision the writer gave.

"the 1st of December 1934" -> ``1934-12-01`` (day); "in March 1936" -> ``1936-03``
(month); "by 1938" -> ``1938`` (year, qualifier ``by``); "1936-39" -> ``1936/1939``
(range); "the 1930's" -> ``1930/1939`` (decade); "the following year" -> the year
after the last date mentioned nearby (year, ``resolved``).  Rules, not a parser:
every pattern is listed here and tested, and a number that is not clearly a year
(``1,966``, ``1936 members``, ``No. 00447``) is left alone.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (12, 14)}  # winter 1936 runs into 1937: month 14 = Feb next year
_CENTURIES = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
               "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
               "twentieth": 20, "twenty-first": 21}
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_MONTH = (r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
for _i, _w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                         "eighth", "ninth"), 1):
    _ORDINALS[f"twenty-{_w}"] = 20 + _i
    _ORDINALS[f"twenty {_w}"] = 20 + _i
_ORDINALS["thirty-first"] = _ORDINALS["thirty first"] = 31
_ORDINAL_RX = "|".join(sorted((re.escape(k) for k in _ORDINALS), key=len, reverse=True))
_DAY = r"(?P<{n}>[0-3]?\d(?:st|nd|rd|th)?|" + _ORDINAL_RX.replace("{", "{{").replace(
    "}", "}}") + ")"
_YEAR = r"(?P<{n}>1[0-9]{{3}}|20[0-9]{{2}})"
# A year is not part of a bigger number, a decimal, a thousands group or a percentage.
_YEAR_END = r"(?![\d,.]\d)(?!\s*(?:%|per\s?cent|percent))"
_DASH = r"\s*(?:-|–|—|/|to|until|till)\s*"


def _y(n: str) -> str:
    return _YEAR.format(n=n)


def _m(n: str) -> str:
    return _MONTH.format(n=n)


def _d(n: str) -> str:
    return _DAY.format(n=n)


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d,])(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?!\d)")),
    # 8-9 November 1932, 8/9 November 1932, 19–24 August 1936
    ("day_range", re.compile(
        rf"(?<!\d){_d('d1')}\s*(?:-|–|/|and|to)\s*{_d('d2')}(?:\s+of)?\s+{_m('mo')},?\s+"
        rf"{_y('y')}{_YEAR_END}", re.I)),
    # the 1st of December 1934, 8th November 1932, 1 Dec. 1934
    ("day_month_year", re.compile(
        rf"(?:\bthe\s+)?(?<!\d){_d('d')}(?:\s+of)?\s+{_m('mo')},?\s+{_y('y')}{_YEAR_END}",
        re.I)),
    # December 1st, 1934; December 1 1934
    ("month_day_year", re.compile(
        rf"\b{_m('mo')}\s+{_d('d')},?\s+{_y('y')}{_YEAR_END}", re.I)),
    # March-April 1936
    ("month_range", re.compile(
        rf"\b{_m('mo')}\s*(?:-|–|to|and)\s*{_m('mo2')},?\s+(?:of\s+)?{_y('y')}{_YEAR_END}",
        re.I)),
    ("month_year", re.compile(rf"\b{_m('mo')},?\s+(?:of\s+)?{_y('y')}{_YEAR_END}", re.I)),
    ("season", re.compile(
        rf"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
        rf"{_y('y')}{_YEAR_END}", re.I)),
    # the 1930s, the 1930's, the early 1930s, the mid-1930s
    ("decade", re.compile(
        r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]*)?(?P<y>1[0-9]{2}0|20[0-9]0)"
        r"\s?(?:'|’)?s\b", re.I)),
    # the '30s (twentieth century assumed)
    ("short_decade", re.compile(
        r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]*)?[’'‘](?P<y>[0-9]0)s\b", re.I)),
    # the nineteenth century, the early 20th century
    ("century", re.compile(
        r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]*)?(?P<c>1[0-9]|20|[2-9]|"
        r"(?:eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
        r"eighteenth|nineteenth|twentieth|twenty-first))(?:st|nd|rd|th)?[\s-]+century\b", re.I)),
    # between 1936 and 1938, from 1936 to 1938
    ("between", re.compile(
        rf"\b(?P<kw>between|from)\s+{_y('y')}\s+(?:and|to|until|till|-|–)\s+"
        rf"(?P<y2>1[0-9]{{3}}|20[0-9]{{2}}|[0-9]{{2}}){_YEAR_END}", re.I)),
    # 1936-39, 1936–1938, 1936/7
    ("year_range", re.compile(
        rf"(?<![\d,.£$€]){_y('y')}\s*(?:-|–|—|/)\s*(?P<y2>1[0-9]{{3}}|20[0-9]{{2}}|[0-9]{{1,2}})"
        rf"(?![\d,.]\d)(?!\s*(?:%|per\s?cent|percent))")),
    ("year", re.compile(rf"(?<![\d,.£$€/-]){_y('y')}{_YEAR_END}(?!\s*-\s*\d)")),
]

# Day and month without a year: "on 30 July", "on the 5th of December".
_PARTIAL = [
    re.compile(rf"(?:\bthe\s+)?(?<![\d\w]){_d('d')}(?:\s+of)?\s+{_m('mo')}\b"
               rf"(?!,?\s+(?:of\s+)?\d)", re.I),
    re.compile(rf"\b{_m('mo')}\s+(?P<d>[0-3]?\d(?:st|nd|rd|th)|[0-3]?\d(?=,|\.|;|\s+and\b))"
               rf"(?!,?\s+\d)", re.I),
]

_MONTH_ONLY = re.compile(
    r"\b(?:in|by|during|until|early|late|mid-?)\s+(?:the\s+)?(?:spring\s+of\s+)?(?P<mo>January|"
    r"February|March|April|June|July|August|September|October|November|December)\b"
    r"(?!\s*,?\s*(?:of\s+)?\d)")

_RELATIVE_DAYS = re.compile(
    r"\b(?:(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)"
    r"\s+(?P<dir>later|after|earlier|before)|(?P<next>the\s+(?:next|following)\s+day)|"
    r"(?P<nextm>the\s+(?:next|following)\s+month))\b", re.I)

_RELATIVE = re.compile(
    r"\b(?:(?P<next>the\s+(?:following|next)\s+year|the\s+year\s+after|a\s+year\s+later)|"
    r"(?P<prev>the\s+(?:previous|preceding)\s+year|the\s+year\s+before)|"
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\s+(?P<dir>later|after|"
    r"earlier|before)|"
    r"(?P<same>that\s+(?:same\s+)?year|the\s+same\s+year))\b", re.I)

_QUALIFIERS = [
    ("by", re.compile(r"\b(?:by|no\s+later\s+than)\s+(?:the\s+)?$", re.I)),
    ("before", re.compile(r"\b(?:before|prior\s+to|until|till|up\s+to|pre-?)\s*(?:the\s+)?$",
                          re.I)),
    ("after", re.compile(r"\b(?:after|since|following|post-?)\s*(?:the\s+)?$", re.I)),
    ("c.", re.compile(r"\b(?:c\.|ca\.|circa|around|about|approximately|roughly)\s*(?:the\s+)?$",
                      re.I)),
]

# Four-digit numbers that are counts, not years ("1936 members").
_COUNT_AFTER = re.compile(
    r"\s+(?:people|persons|men|women|members|delegates|officers|soldiers|troops|deaths|dead|"
    r"victims|arrests|prisoners|workers|peasants|kulaks|tonnes|tons|km|miles|marks|roubles|"
    r"rubles|dollars|pounds|seats|votes|of\s+the)\b", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date in the text, with the interval it denotes."""

    start: int
    end: int
    text: str
    iso: str  # "1934-12-01", "1936-03", "1929", "1936/1939"
    precision: str  # day / month / year / range / decade
    first: date  # earliest day the mention can mean
    last: date  # latest day the mention can mean
    qualifier: str | None = None  # by / before / after / c.
    resolved: bool = False  # relative ("the following year") resolved from context
    extra: dict[str, str] = field(default_factory=dict)


def _day(text: str) -> int:
    t = text.lower()
    if t in _ORDINALS:
        return _ORDINALS[t]
    return int(re.sub(r"(?:st|nd|rd|th)$", "", t))


def _full_year(y: int, y2_text: str) -> int | None:
    """Second year of a range: ``39`` after 1936 is 1939; ``7`` after 1936 is 1937."""
    if len(y2_text) == 4:
        y2 = int(y2_text)
    elif len(y2_text) == 2:
        y2 = y // 100 * 100 + int(y2_text)
    else:
        y2 = y // 10 * 10 + int(y2_text)
    return y2 if y < y2 <= y + 100 else None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _iso(first: date, last: date, precision: str) -> str:
    if precision == "day":
        return first.isoformat()
    if precision == "month":
        return f"{first.year:04d}-{first.month:02d}"
    if precision == "year":
        return f"{first.year:04d}"
    whole_months = first.day == 1 and last == _month_end(last.year, last.month)
    if whole_months and first.month == 1 and last.month == 12:
        return f"{first.year:04d}/{last.year:04d}"
    if whole_months:
        return f"{first.year:04d}-{first.month:02d}/{last.year:04d}-{last.month:02d}"
    return f"{first.isoformat()}/{last.isoformat()}"


def parse_iso(value: str) -> tuple[date, date]:
    """The interval an ISO date or interval (``1936``, ``1936-03``, ``1936/1939``) covers."""
    if "/" in value:
        a, b = value.split("/", 1)
        return parse_iso(a)[0], parse_iso(b)[1]
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), _month_end(parts[0], parts[1])
    d = date(parts[0], parts[1], parts[2])
    return d, d


def _qualifier(text: str, start: int) -> str | None:
    before = text[max(0, start - 24):start]
    for name, pattern in _QUALIFIERS:
        if pattern.search(before):
            return name
    return None


def _mention(kind: str, m: re.Match[str], text: str) -> DateMention | None:
    g = m.groupdict()
    start, end = m.span()
    try:
        if kind in ("iso", "day_month_year", "month_day_year"):
            mo = int(g["mo"]) if kind == "iso" else MONTHS[g["mo"].lower().rstrip(".")]
            d = date(int(g["y"]), mo, _day(g["d"]))
            first = last = d
            precision = "day"
        elif kind == "day_range":
            mo = MONTHS[g["mo"].lower().rstrip(".")]
            first = date(int(g["y"]), mo, _day(g["d1"]))
            last = date(int(g["y"]), mo, _day(g["d2"]))
            if last <= first:
                return None
            precision = "range"
        elif kind == "month_range":
            y = int(g["y"])
            m1, m2 = MONTHS[g["mo"].lower().rstrip(".")], MONTHS[g["mo2"].lower().rstrip(".")]
            if m2 <= m1:
                return None
            first, last, precision = date(y, m1, 1), _month_end(y, m2), "range"
        elif kind == "month_year":
            y, mo = int(g["y"]), MONTHS[g["mo"].lower().rstrip(".")]
            if g["mo"].lower().rstrip(".") == "may" and not g["mo"][0].isupper():
                return None  # "may 1936 have" is the verb
            first, last, precision = date(y, mo, 1), _month_end(y, mo), "month"
        elif kind == "season":
            y = int(g["y"])
            a, b = SEASONS[g["season"].lower()]
            first = date(y, a, 1)
            last = _month_end(y + 1, b - 12) if b > 12 else _month_end(y, b)
            precision = "range"
        elif kind == "decade":
            y = int(g["y"])
            part = (g.get("part") or "").lower()
            lo, hi = {"early": (0, 3), "mid": (3, 7), "late": (6, 9)}.get(part, (0, 9))
            first, last, precision = date(y + lo, 1, 1), date(y + hi, 12, 31), "decade"
        elif kind == "short_decade":
            y = 1900 + int(g["y"])
            part = (g.get("part") or "").lower()
            lo, hi = {"early": (0, 3), "mid": (3, 7), "late": (6, 9)}.get(part, (0, 9))
            first, last, precision = date(y + lo, 1, 1), date(y + hi, 12, 31), "decade"
        elif kind == "century":
            c_text = g["c"].lower()
            c = int(c_text) if c_text.isdigit() else _CENTURIES[c_text]
            base = (c - 1) * 100
            part = (g.get("part") or "").lower()
            lo, hi = {"early": (1, 33), "mid": (34, 66), "late": (67, 100)}.get(part, (1, 100))
            first, last, precision = date(base + lo, 1, 1), date(base + hi, 12, 31), "range"
        elif kind in ("between", "year_range"):
            y = int(g["y"])
            y2 = _full_year(y, g["y2"])
            if y2 is None:
                return None
            first, last, precision = date(y, 1, 1), date(y2, 12, 31), "range"
        else:  # year
            y = int(g["y"])
            if _COUNT_AFTER.match(text, end):
                return None
            before = text[max(0, start - 12):start].lower()
            if re.search(r"(?:\bno\.?|number|order|page|\bpp?\.|£|\$|€)\s*$", before):
                return None
            first, last, precision = date(y, 1, 1), date(y, 12, 31), "year"
    except (ValueError, KeyError):
        return None
    qualifier = None if kind == "between" else _qualifier(text, start)
    if kind == "between" and g.get("kw", "").lower() == "from":
        qualifier = None
    iso = _iso(first, last, precision)
    if precision == "decade":
        iso = f"{first.year:04d}/{last.year:04d}"
    return DateMention(start, end, text[start:end], iso, precision, first, last, qualifier)


_DIGITS = re.compile(r"\d+")


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches around digits: every absolute date has a digit, so only these
    are searched (several times faster on long essays)."""
    out: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        lo, hi = max(0, m.start() - 60), min(len(text), m.end() + 30)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def find_dates(text: str) -> list[DateMention]:
    """Every absolute date in ``text``, longest pattern first, no overlaps."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    windows = _windows(text)
    for kind, pattern in _PATTERNS:
        spans = [(0, len(text))] if kind == "century" else windows  # "nineteenth": no digit
        for m in (m for lo, hi in spans for m in pattern.finditer(text, lo, hi)):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            mention = _mention(kind, m, text)
            if mention is None:
                continue
            # drop a leading "the " from the span of decades/day-month-years
            taken.append((s, e))
            out.append(mention)
    out.sort(key=lambda d: d.start)
    return out


def find_relative(text: str, absolute: list[DateMention],
                  boundaries: list[tuple[int, int]] | None = None,
                  max_gap: int = 400) -> list[DateMention]:
    """Relative years ("the following year") resolved from the nearest earlier
    single-year (or finer) date within ``max_gap`` characters and the same block
    (paragraph) of ``boundaries``; unresolvable ones are skipped (not guessed)."""
    out: list[DateMention] = []
    for m in _RELATIVE.finditer(text):
        s, e = m.span()
        if any(a.start <= s < a.end for a in absolute):
            continue
        block = next(((bs, be) for bs, be in boundaries or [] if bs <= s < be), (0, len(text)))
        prior = [a for a in absolute if a.end <= s and a.start >= block[0]
                 and s - a.end <= max_gap]
        if not prior:
            continue
        base = prior[-1]
        if base.precision in ("range", "decade") or base.qualifier:
            continue  # "the following year" after "1936-39" is not safe to resolve
        g = m.groupdict()
        if g["next"]:
            delta = 1
        elif g["prev"]:
            delta = -1
        elif g["same"]:
            delta = 0
        else:
            n = g["n"].lower()
            k = int(n) if n.isdigit() else _NUMBER_WORDS[n]
            delta = k if g["dir"].lower() in ("later", "after") else -k
        y = base.first.year + delta
        out.append(DateMention(s, e, text[s:e], f"{y:04d}", "year", date(y, 1, 1),
                               date(y, 12, 31), None, True, {"relative_to": base.iso}))
    out.extend(_relative_days(text, absolute, boundaries, max_gap))
    return out


def _relative_days(text: str, absolute: list[DateMention],
                   boundaries: list[tuple[int, int]] | None, max_gap: int) -> list[DateMention]:
    """"two days later", "a week later", "the next day", "the following month",
    counted from the last day- (or month-) precise date of the same paragraph."""
    from datetime import timedelta

    out: list[DateMention] = []
    for m in _RELATIVE_DAYS.finditer(text):
        s, e = m.span()
        block = next(((bs, be) for bs, be in boundaries or [] if bs <= s < be), (0, len(text)))
        # chained: "two days later ... the next day" counts from the last resolved one
        prior = sorted([a for a in [*absolute, *out] if a.end <= s and a.start >= block[0]
                        and s - a.end <= max_gap and not a.qualifier], key=lambda a: a.start)
        if not prior:
            continue
        base = prior[-1]
        g = m.groupdict()
        if g["nextm"]:
            if base.precision not in ("month", "day"):
                continue
            y, mo = (base.first.year + 1, 1) if base.first.month == 12 else (
                base.first.year, base.first.month + 1)
            out.append(DateMention(s, e, text[s:e], f"{y:04d}-{mo:02d}", "month",
                                   date(y, mo, 1), _month_end(y, mo), None, True,
                                   {"relative_to": base.iso}))
            continue
        if base.precision != "day":
            continue
        if g["next"]:
            days = 1
        else:
            n = g["n"].lower()
            k = int(n) if n.isdigit() else _NUMBER_WORDS[n]
            days = k * (7 if g["unit"].lower().startswith("week") else 1)
            if g["dir"].lower() in ("earlier", "before"):
                days = -days
        d = base.first + timedelta(days=days)
        out.append(DateMention(s, e, text[s:e], d.isoformat(), "day", d, d, None, True,
                               {"relative_to": base.iso}))
    return out


def find_partial(text: str, absolute: list[DateMention],
                 sentences: list[tuple[int, int]] | None = None,
                 boundaries: list[tuple[int, int]] | None = None,
                 max_gap: int = 400) -> list[DateMention]:
    """Day-and-month dates with no year, given the year of the nearest dated
    mention in the same sentence, else the last one before it in the paragraph."""
    out: list[DateMention] = []
    taken = [(a.start, a.end) for a in absolute]
    for rx in _PARTIAL:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            mo_text = m.group("mo")
            if mo_text.lower().rstrip(".") == "may" and not mo_text[0].isupper():
                continue
            sent = next(((a, b) for a, b in sentences or [] if a <= s < b), (s, e))
            block = next(((a, b) for a, b in boundaries or [] if a <= s < b), (0, len(text)))
            single = [a for a in absolute if a.first.year == a.last.year]
            same = [a for a in single if sent[0] <= a.start < sent[1]]
            prior = [a for a in single if block[0] <= a.start and a.end <= s
                     and s - a.end <= max_gap]
            base = min(same, key=lambda a: abs(a.start - s)) if same else (
                prior[-1] if prior else None)
            if base is None:
                continue
            try:
                d = date(base.first.year, MONTHS[mo_text.lower().rstrip(".")], _day(m.group("d")))
            except (ValueError, KeyError):
                continue
            taken.append((s, e))
            out.append(DateMention(s, e, text[s:e], d.isoformat(), "day", d, d,
                                   _qualifier(text, s), True, {"relative_to": base.iso}))
    for m in _MONTH_ONLY.finditer(text):
        s, e = m.span("mo")
        if any(s < b and a < e for a, b in taken):
            continue
        within = next(((a, b) for a, b in sentences or [] if a <= s < b), None)
        if within is None:
            continue
        same = [a for a in absolute if within[0] <= a.start < within[1]
                and a.first.year == a.last.year and a.precision == "year"]
        if len(same) != 1:
            continue  # only a bare year in the same sentence is a safe source
        y, mo = same[0].first.year, MONTHS[m.group("mo").lower()]
        taken.append((s, e))
        qual = "by" if m.group(0).lower().startswith("by") else (
            "before" if m.group(0).lower().startswith("until") else None)
        out.append(DateMention(s, e, text[s:e], f"{y:04d}-{mo:02d}", "month", date(y, mo, 1),
                               _month_end(y, mo), qual, True,
                               {"relative_to": same[0].iso}))
    return out


def compatible(first: date, last: date, qualifier: str | None,
               ref_first: date, ref_last: date, slack_years: int = 0) -> bool:
    """Can a date the essay gives (``first..last`` with ``qualifier``) be true of an
    event that happened within ``ref_first..ref_last``?  Precision differences are
    never a contradiction: 1936 is compatible with 1936-03-07."""
    if slack_years or qualifier == "c.":
        pad = max(slack_years, 2 if qualifier == "c." else 0)
        first = date(first.year - pad, 1, 1)
        last = date(min(last.year + pad, 9999), 12, 31)
    if qualifier == "by":
        return ref_first <= last
    if qualifier == "before":
        return ref_first <= last
    if qualifier == "after":
        return ref_last >= first
    return first <= ref_last and ref_first <= last
