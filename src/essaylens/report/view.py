"""The view of a record that the templates draw: no analysis, only lookups,
joins by offset (which fact check covers which event) and chart rendering."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from essaylens.report.annotate import annotate
from essaylens.report.argmap import build_map
from essaylens.report.charts import (
    STATUS_NAMES,
    claimed_order,
    factors_chart,
    parse_date,
    timeline_chart,
)

ROLES = ("thesis", "judgement", "argument", "counterargument", "rebuttal", "evidence")


def excerpt(record: dict[str, Any], span: dict[str, Any], limit: int = 0, *,
            own_text: bool = True) -> str:
    """The text a span covers (its own ``text`` field when it has one and
    ``own_text``; a next step's ``text`` is advice, not the essay's words)."""
    text = span.get("text") if own_text else None
    if not isinstance(text, str):
        text = str(record.get("text", ""))[span.get("start", 0):span.get("end", 0)]
    text = " ".join(text.split())
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def check_for(record: dict[str, Any], span: dict[str, Any]) -> dict[str, Any] | None:
    """The first fact check whose span overlaps ``span``."""
    for fc in record.get("fact_checks", []):
        if fc.get("start", 0) < span.get("end", 0) and span.get("start", 0) < fc.get("end", 0):
            return dict(fc)
    return None


def timeline_events(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Events (the timeline's sorted list when present) with their fact-check status."""
    timeline = record.get("timeline")
    events = record.get("events", [])
    if isinstance(timeline, dict) and isinstance(timeline.get("events"), list):
        events = timeline["events"]  # already in date order
    else:  # text order in the layer: show in date order, undated last
        events = sorted(events, key=_date_key)
    out = []
    for e in events:
        event = dict(e)
        fc = check_for(record, event)
        event["check"] = (fc or {}).get("status") or "unchecked"
        event["check_name"] = STATUS_NAMES.get(event["check"], event["check"])
        event["check_message"] = (fc or {}).get("message", "")
        event["excerpt"] = " ".join(str(event.get("description") or "").split()) \
            or excerpt(record, event, 160)
        description = " ".join(str(event.get("description") or "").split())
        if len(description) > 60:
            description = description[:59].rstrip() + "…"
        event["name"] = event.get("label") or description or event.get("date_text") or ""
        out.append(event)
    return out


def _date_key(event: dict[str, Any]) -> tuple[int, str]:
    span = parse_date(str(event.get("date", "")))
    return (span[0].toordinal() if span else 10**9, str(event.get("date", "")))


def timeline_warnings(record: dict[str, Any]) -> list[str]:
    timeline = record.get("timeline")
    warnings = timeline.get("warnings", []) if isinstance(timeline, dict) else []
    return [w.get("message", str(w)) if isinstance(w, dict) else str(w) for w in warnings]


def _assessment(value: Any) -> dict[str, Any] | None:
    """The assessment with the shapes the template relies on (other layers are still
    settling: a range as a pair, steps and criteria as objects)."""
    if not isinstance(value, dict):
        return None
    out = dict(value)
    rng = out.get("mark_range")
    if isinstance(rng, dict):
        rng = [rng.get("low", rng.get("min")), rng.get("high", rng.get("max"))]
    out["mark_range"] = list(rng) if isinstance(rng, list | tuple) and len(rng) == 2 else None
    out["next_steps"] = [s if isinstance(s, dict) else {"text": str(s)}
                         for s in out.get("next_steps") or []]
    out["criteria"] = [c if isinstance(c, dict) else {"label": str(c)}
                       for c in out.get("criteria") or []]
    return out


def _suggestions(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _guard(errors: dict[str, str], name: str, fn: Callable[..., Any], *args: Any) -> Any:
    """Draw one figure; if a layer's data breaks it, the rest of the report still renders
    and the section says why its figure is missing."""
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - one broken figure must not lose the report
        errors[name] = f"{type(exc).__name__}: {exc}"
        return None


@dataclass(frozen=True)
class Empty:
    """What an empty section says: ``ran`` when the stage behind it ran and found
    nothing (a plain statement), else why the section is not available."""

    text: str
    ran: bool


def _empty(ran: bool, found_none: str, did_not_run: str) -> Empty:
    return Empty(found_none, True) if ran else Empty(f"Not available: {did_not_run}", False)


def empty_sections(record: dict[str, Any]) -> dict[str, Empty]:
    """Tell "the check ran and found nothing" from "the check did not run", from the
    results each stage always writes (``readability``, ``timeline``, ``argument``)."""
    language = "readability" in record
    history = "timeline" in record or "packs" in record
    argument = record.get("argument")
    no_model = isinstance(argument, dict) and argument.get("model") is None
    why_arg = ("the argument model is not installed (run: essaylens train aaec)." if no_model
               else "the argument stage did not run.")
    arg_ran = isinstance(argument, dict) and not no_model
    hist_off = "the history check did not run."
    return {
        "language": _empty(language, "No language issues found.",
                           "the language check did not run."),
        "question": _empty(history, "No question was found in the essay.", hist_off),
        "judgement": _empty(history, "No overall judgement was found.", hist_off),
        "factors": _empty(history, "No factors were identified.", hist_off),
        "events": _empty(history, "No dated events were found.", hist_off),
        "fact_checks": _empty(history, "No facts were checked: the essay names no event "
                              "or figure the history packs cover.", hist_off),
        "components": _empty(arg_ran, "No parts of the argument (claims, premises) were "
                             "identified, so the essay is shown without them.", why_arg),
        "argmap": _empty(arg_ran, "No parts of the argument were identified, so there "
                         "is no map.", why_arg),
        "repairs": Empty("The text needed no repairs.", True),
    }


def build_view(record: dict[str, Any]) -> dict[str, Any]:
    """Everything the essay template needs, keyed by section."""
    source = record.get("source") or {}
    assessment = _assessment(record.get("assessment"))
    errors: dict[str, str] = {}
    events = _guard(errors, "timeline", timeline_events, record) or []
    factors = [f for f in record.get("factors") or [] if isinstance(f, dict)]
    components = [c for c in record.get("components", []) if isinstance(c, dict)]
    return {
        "errors": errors,
        "title": source.get("title") or source.get("path") or "essay",
        "source": source,
        "words": len(str(record.get("text", "")).split()),
        "question": record.get("question") or None,
        "judgement": record.get("judgement") or None,
        "assessment": assessment,
        "next_steps": [dict(s, excerpt=excerpt(record, s, 120, own_text=False)
                            if "start" in s else "")
                       for s in (assessment or {}).get("next_steps") or []],
        "paragraphs": _guard(errors, "essay", annotate, record) or [],
        "roles": [r for r in ROLES if any(c.get("role") == r for c in components)] or ROLES,
        "components": components,
        "argmap": _guard(errors, "argument map", build_map, record),
        "factors": factors,
        "factors_chart": _guard(errors, "factors chart", factors_chart, factors),
        "factors_ordered": _guard(errors, "factors",
                                  lambda: sorted(factors, key=claimed_order)) or factors,
        "events": events,
        "timeline_chart": _guard(errors, "timeline chart", timeline_chart, events),
        "timeline_warnings": timeline_warnings(record),
        "fact_checks": [dict(fc, excerpt=excerpt(record, fc, 200),
                             status_name=STATUS_NAMES.get(fc.get("status", ""),
                                                          fc.get("status", "")))
                        for fc in record.get("fact_checks", [])],
        "language_issues": [dict(li, excerpt=excerpt(record, li, 80),
                                 suggestions=_suggestions(li.get("suggestions")))
                            for li in record.get("language_issues", [])],
        "repairs": record.get("repairs", []),
        "empty": empty_sections(record),
    }
