"""Charts as inline SVG drawn by pygal (layout, axes, scales are pygal's).

The renderers compute nothing: these functions only turn record fields into a
chart.  Pygal's SVG carries a ``<script>`` with its tooltip config and XML
comments; both are stripped so the report runs under a no-script CSP with no
console errors, and the values are printed on the chart so it reads without JS.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from markupsafe import Markup

#: Colours for fact-check statuses; chosen for contrast on white and in greyscale print.
STATUS_COLOURS = {
    "supported": "#1b7837",
    "contradicted": "#b2182b",
    "unverifiable": "#a6610a",
    "no_pack": "#6b6b6b",
    "unchecked": "#3f51b5",
}
STATUS_NAMES = {
    "supported": "supported",
    "contradicted": "contradicted",
    "unverifiable": "unverifiable",
    "no_pack": "no topic pack",
    "unchecked": "not checked",
}
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"


def _style(colours: tuple[str, ...]) -> Any:
    from pygal.style import Style

    return Style(background="transparent", plot_background="#ffffff",
                 foreground="#1a1a1a", foreground_strong="#111111",
                 foreground_subtle="#8a8a8a", font_family=_FONT,
                 label_font_size=12, major_label_font_size=12, legend_font_size=13,
                 title_font_size=15, value_font_size=11, colors=colours)


def factors_chart(factors: list[dict[str, Any]]) -> Markup | None:
    """Space (sentences, paragraphs) and evidence per factor, in the essay's claimed order."""
    import pygal

    if not factors:
        return None
    rows = sorted(factors, key=claimed_order)
    labels = [_factor_label(f) for f in rows]
    chart = pygal.HorizontalBar(
        style=_style(("#4c72b0", "#55a868", "#c44e52")), js=[],
        width=760, height=max(220, 70 + 46 * len(rows)), print_values=True,
        legend_at_bottom=True, legend_at_bottom_columns=3, truncate_label=40,
        show_y_guides=False, margin=12, spacing=8,
        disable_xml_declaration=True, explicit_size=False,
    )
    # pygal draws the first label at the bottom: reverse so the claimed main factor is on top
    labels.reverse()
    rows.reverse()
    chart.x_labels = labels
    chart.add("sentences", [_count(f.get("sentences")) for f in rows])
    chart.add("paragraphs", [_count(f.get("paragraphs")) for f in rows])
    chart.add("pieces of evidence", [int(f.get("evidence_count") or 0) for f in rows])
    return _render(chart, "chart-factors", "Bar chart: sentences, paragraphs and pieces of "
                   "evidence per factor, main factor first; the same figures are in the table "
                   "below")


def _render(chart: Any, chart_id: str, label: str) -> Markup:
    """Pygal's SVG without its script and comments, with a stable id and an
    accessible name (``label`` is our own fixed text, escaped anyway)."""
    from markupsafe import escape

    svg = chart.render(is_unicode=True)
    svg = _SCRIPT.sub("", svg)
    svg = _COMMENT.sub("", svg)
    old = re.search(r'id="(chart-[0-9a-f-]+)"', svg)
    if old:
        svg = svg.replace(old.group(1), chart_id)
    # pygal escapes '>' inside attribute values, so the first '>' closes the <svg> tag
    svg = svg.replace(">", f' role="img" aria-label="{escape(label)}">', 1)
    return Markup(svg)  # noqa: S704 - produced by pygal/lxml, escaped there


def _count(value: Any) -> int:
    if isinstance(value, list | tuple | set):
        return len(value)
    return int(value or 0)


def claimed_order(factor: dict[str, Any]) -> tuple[float, str]:
    """Strongest claimed weight first (``weighting.rank``: higher means the essay calls
    the factor more important); factors the essay never weighs come last."""
    rank = (factor.get("weighting") or {}).get("rank")
    return (-rank if isinstance(rank, int | float) else 1e9, str(factor.get("name", "")))


def _factor_label(factor: dict[str, Any]) -> str:
    weighting = factor.get("weighting") or {}
    name = str(factor.get("name", "?"))
    label = weighting.get("label")
    return f"{name} ({label})" if label else f"{name} (not weighed)"


def parse_date(value: str, precision: str | None = None) -> tuple[date, date] | None:
    """The first and last day an ISO date at its precision can mean (``1936-03``: all March);
    a range ``A/B`` (``1936/1939``, a decade ``1930/1939``) runs from A's first day to B's last."""
    if "/" in str(value or ""):
        first_s, _, last_s = str(value).partition("/")
        first, last = _parse_one(first_s), _parse_one(last_s)
        if first is None or last is None or last[1] < first[0]:
            return None
        return first[0], last[1]
    return _parse_one(str(value or ""))


def _parse_one(value: str) -> tuple[date, date] | None:
    m = re.fullmatch(r"(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value or "").strip())
    if not m:
        return None
    try:
        year = int(m.group(1))
        if m.group(3):
            d = date(year, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            month = int(m.group(2))
            first = date(year, month, 1)
            last = date(year + (month == 12), month % 12 + 1, 1)
            return first, date.fromordinal(last.toordinal() - 1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def timeline_chart(events: list[dict[str, Any]]) -> Markup | None:
    """Events on a date axis: a dot for a day, a bar over the month or year it may mean,
    coloured by fact-check status (one series per status, so the legend explains it)."""
    import pygal

    placed = [(e, parse_date(e.get("date", ""), e.get("precision"))) for e in events]
    rows = [(e, span) for e, span in placed if span is not None]
    if not rows:
        return None
    rows.sort(key=lambda r: (r[1][0], r[1][1]))
    n = len(rows)
    series: dict[str, list[Any]] = {}
    y_labels = []
    for i, (event, (first, last)) in enumerate(rows):
        y = n - i  # earliest on top
        status = event.get("check") or "unchecked"
        label = f"{event.get('date')} {event.get('name') or event.get('label') or ''}".strip()
        y_labels.append({"label": _short(label, 38), "value": y})
        points = series.setdefault(status, [])
        points += [{"value": (first, y), "label": label},
                   {"value": (last, y), "label": label}, None]
    order = [s for s in STATUS_COLOURS if s in series] + sorted(set(series) - set(STATUS_COLOURS))
    colours = tuple(STATUS_COLOURS.get(s, "#333333") for s in order)
    chart = pygal.DateLine(
        style=_style(colours), js=[], width=760, height=max(200, 90 + 30 * n),
        allow_interruptions=True, stroke_style={"width": 7, "linecap": "round"},
        dots_size=5, show_y_guides=True, show_x_guides=True, x_label_rotation=0,
        legend_at_bottom=True, legend_at_bottom_columns=len(order), range=(0.5, n + 0.5),
        truncate_label=40, x_value_formatter=lambda d: d.strftime("%Y"),
        disable_xml_declaration=True, explicit_size=False, margin=12,
    )
    chart.y_labels = y_labels
    for status in order:
        chart.add(STATUS_NAMES.get(status, status), series[status])
    return _render(chart, "chart-timeline", "Timeline of the dated events, coloured by fact "
                   "check; the same events are listed in the table below")


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
