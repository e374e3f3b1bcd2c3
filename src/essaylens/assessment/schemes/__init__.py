"""Mark schemes as data: YAML files checked against ``scheme.schema.json``.

A scheme is chosen by name (a file shipped here) or by path (a teacher's own file).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from essaylens.errors import InputError

HERE = Path(__file__).resolve().parent
DEFAULT_SCHEME = "history-25"
CRITERIA = ("question", "organisation", "evidence", "analysis", "balance", "judgement",
            "communication")


class SchemeError(InputError):
    """A mark scheme file is missing or not valid."""


@dataclass(frozen=True)
class Criterion:
    name: str
    label: str
    weight: float


@dataclass(frozen=True)
class Level:
    level: int
    low: int
    high: int
    descriptor: str


@dataclass(frozen=True)
class Cap:
    criterion: str
    at_or_below: int
    max_level: int


@dataclass(frozen=True)
class Scheme:
    name: str
    title: str
    max_mark: int
    criteria: tuple[Criterion, ...]
    levels: tuple[Level, ...]
    caps: tuple[Cap, ...] = ()
    expected_words: int | None = None

    def level(self, number: int) -> Level:
        return next(lv for lv in self.levels if lv.level == number)

    def level_of_mark(self, mark: int) -> Level:
        for lv in self.levels:
            if lv.low <= mark <= lv.high:
                return lv
        return self.levels[0] if mark < self.levels[0].low else self.levels[-1]


def available() -> list[str]:
    """Names of the schemes shipped with essaylens."""
    return sorted(p.stem for p in HERE.glob("*.yaml"))


@cache
def json_schema() -> dict[str, Any]:
    return json.loads((HERE / "scheme.schema.json").read_text(encoding="utf-8"))


def _check(data: Any, where: str) -> None:
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - jsonschema is optional at run time
        jsonschema = None
    if jsonschema is not None:
        try:
            jsonschema.validate(data, json_schema())
        except jsonschema.ValidationError as exc:
            path = "/".join(str(p) for p in exc.absolute_path) or "top level"
            raise SchemeError(f"{where}: not a valid mark scheme ({path}: {exc.message})") from None
    elif not isinstance(data, dict) or not {"name", "title", "max_mark", "criteria",
                                            "levels"} <= set(data):
        raise SchemeError(f"{where}: not a valid mark scheme (needs name, title, max_mark, "
                          "criteria and levels)")
    levels = sorted(data["levels"], key=lambda lv: lv["level"])
    numbers = [lv["level"] for lv in levels]
    if numbers != list(range(1, len(levels) + 1)):
        raise SchemeError(f"{where}: levels must be numbered 1, 2, 3... without gaps")
    prev = None
    for lv in levels:
        low, high = lv["marks"]
        if low > high or (prev is not None and low != prev + 1):
            raise SchemeError(f"{where}: level {lv['level']} marks {low}-{high} must follow "
                              "on from the level below without gaps or overlaps")
        prev = high
    if prev != data["max_mark"]:
        raise SchemeError(f"{where}: the top level must end at max_mark {data['max_mark']}")
    for c in data.get("caps", []):
        if c["criterion"] not in CRITERIA:
            raise SchemeError(f"{where}: cap on unknown criterion {c['criterion']!r}")


def parse_scheme(data: Any, where: str = "scheme") -> Scheme:
    _check(data, where)
    return Scheme(
        name=data["name"], title=data["title"], max_mark=int(data["max_mark"]),
        criteria=tuple(Criterion(c["name"], c["label"], float(c.get("weight", 1.0)))
                       for c in data["criteria"]),
        levels=tuple(Level(lv["level"], lv["marks"][0], lv["marks"][1],
                           " ".join(lv["descriptor"].split()))
                     for lv in sorted(data["levels"], key=lambda lv: lv["level"])),
        caps=tuple(Cap(c["criterion"], c["at_or_below"], c["max_level"])
                   for c in data.get("caps", [])),
        expected_words=data.get("expected_words"),
    )


@cache
def load_scheme(name_or_path: str | None = None) -> Scheme:
    """The scheme called ``name_or_path`` (shipped) or stored at that path."""
    import yaml

    key = name_or_path or DEFAULT_SCHEME
    path = HERE / f"{key}.yaml"
    if not path.exists():
        path = Path(key)
        if not path.exists():
            raise SchemeError(f"no mark scheme {key!r}: use one of {', '.join(available())} "
                              "or the path of a YAML file")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SchemeError(f"{path}: cannot read the mark scheme ({type(exc).__name__})") from None
    return parse_scheme(data, str(path))
