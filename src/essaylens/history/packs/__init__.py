"""Topic packs: YAML files describing a history topic, validated by ``pack-1.json``.

A pack lists a topic's period, factors with aliases, people/organisations/places
with aliases and common misspellings, historians and their works, dated events and
key figures, each with the sources it was checked against.  Packs ship in this
folder; users add their own with ``Options.pack_dirs``.  A pack is selected when
enough of its keywords occur in the essay, or when named in ``Options.packs``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from essaylens.errors import InputError
from essaylens.history.dates import parse_iso
from essaylens.history.phrases import PhraseIndex, Scan, Tokens, tokenize

SCHEMA_FILE = "pack-1.json"


class PackError(InputError):
    """A topic pack cannot be read or does not follow pack-1.json."""


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 8x faster


class _Loader(_BaseLoader):
    """Safe YAML without implicit timestamps: ``1934-12-01`` stays a string."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in _BaseLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Factor:
    id: str
    name: str
    aliases: tuple[str, ...]
    ids: tuple[int, ...]  # phrase ids of the aliases in ``index``
    index: PhraseIndex = field(compare=False, repr=False)
    pack: str | None = None


@dataclass(frozen=True)
class Trigger:
    """Groups of phrase ids; every group must match somewhere in the range."""

    groups: tuple[tuple[int, ...], ...]

    def find(self, scan: Scan, lo: int, hi: int) -> list[list[tuple[int, int]]] | None:
        found = []
        for group in self.groups:
            hits = scan.within(group, lo, hi)
            if not hits:
                return None
            found.append(hits)
        return found


@dataclass(frozen=True)
class Event:
    id: str
    label: str
    date: str
    first: dt.date
    last: dt.date
    trigger: Trigger
    contradict: bool
    sources: tuple[str, ...]
    pack: str
    #: the intervals the event occupied (one, or several for a recurring event)
    intervals: tuple[tuple[dt.date, dt.date], ...] = ()

    def spans(self) -> tuple[tuple[dt.date, dt.date], ...]:
        return self.intervals or ((self.first, self.last),)


@dataclass(frozen=True)
class Figure:
    id: str
    claim: str
    value: float
    unit: str
    accepted: tuple[float, float]
    trigger: Trigger
    contradict: bool
    sources: tuple[str, ...]
    pack: str
    #: when the figure was true (``None``: undated, e.g. a total over the period)
    date: tuple[dt.date, dt.date] | None = None


@dataclass(frozen=True)
class Name:
    """One known name form pointing at a canonical entity."""

    form: str
    canonical: str
    type: str  # person / organisation / place / historian / work
    misspelt: bool = False
    pack: str = ""


@dataclass
class Pack:
    id: str
    title: str
    period: tuple[dt.date, dt.date]
    period_iso: str
    keywords: tuple[str, ...]
    min_score: int
    sources: dict[str, str]
    factors: list[Factor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)
    works: list[tuple[str, str, int | None]] = field(default_factory=list)  # title, author, year
    index: PhraseIndex = field(default_factory=lambda: PhraseIndex(fuzzy=True), repr=False)
    path: str = ""

    def scan(self, text: str, tokens: Tokens | None = None) -> Scan:
        """Hits of all the pack's phrases in ``text``."""
        return self.index.scan(text, tokens)

    def source_text(self, ids: Sequence[str]) -> str:
        return "; ".join(self.sources.get(i, i) for i in ids)


def _ids(index: PhraseIndex, phrases: list[Any], infix_min: int = 7) -> tuple[int, ...]:
    out = []
    for p in phrases:
        pid = index.add(str(p), infix_min)
        if pid is not None:
            out.append(pid)
    return tuple(dict.fromkeys(out))


def _trigger(index: PhraseIndex, groups: list[list[Any]]) -> Trigger:
    compiled = []
    for group in groups:
        ids = _ids(index, group)
        if not ids:
            raise PackError(f"empty trigger group {group!r}")
        compiled.append(ids)
    return Trigger(tuple(compiled))


@cache
def schema() -> dict[str, Any]:
    """The published JSON Schema of topic packs."""
    text = resources.files("essaylens.history.packs").joinpath(SCHEMA_FILE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def validate(data: Any, where: str) -> None:
    """Check ``data`` against pack-1.json (with jsonschema when it is installed)."""
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - jsonschema is a test dependency
        if not isinstance(data, dict) or data.get("schema") != "essaylens.pack/1":
            raise PackError(f"{where}: not an essaylens.pack/1 topic pack") from None
        return
    validator = jsonschema.Draft202012Validator(schema())
    error = next(iter(sorted(validator.iter_errors(data), key=lambda e: e.path)), None)
    if error is not None:
        at = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise PackError(f"{where}: pack does not follow pack-1.json at {at}: {error.message}")


def build(data: dict[str, Any], path: str = "") -> Pack:
    """A :class:`Pack` from validated YAML data."""
    pid = data["id"]
    first, last = parse_iso(str(data["period"]))
    pack = Pack(id=pid, title=data["title"], period=(first, last), period_iso=str(data["period"]),
                keywords=tuple(data["match"]["keywords"]),
                min_score=int(data["match"].get("min_score", 3)),
                sources={s["id"]: s["citation"] for s in data["sources"]}, path=path)
    for f in data.get("factors", []):
        aliases = tuple(str(a) for a in f["aliases"])
        pack.factors.append(Factor(f["id"], f["name"], aliases, _ids(pack.index, list(aliases), 9),
                                   pack.index, pid))
    for e in data.get("events", []):
        a, b = parse_iso(str(e["date"]))
        also = tuple(parse_iso(str(x)) for x in e.get("also", []))
        pack.events.append(Event(e["id"], e["label"], str(e["date"]), a, b,
                                 _trigger(pack.index, e["require"]),
                                 bool(e.get("contradict", True)),
                                 tuple(e["sources"]), pid, also))
    for g in data.get("figures", []):
        lo, hi = (float(x) for x in g["accepted"])
        pack.figures.append(Figure(g["id"], g["claim"], float(g["value"]), g["unit"], (lo, hi),
                                   _trigger(pack.index, g["require"]),
                                   bool(g.get("contradict", True)),
                                   tuple(g["sources"]), pid,
                                   parse_iso(str(g["date"])) if "date" in g else None))
    for ent in data.get("entities", []):
        canonical = ent["name"]
        for form in [canonical, *ent.get("aliases", [])]:
            pack.names.append(Name(str(form), canonical, ent["type"], False, pid))
        for form in ent.get("misspellings", []):
            pack.names.append(Name(str(form), canonical, ent["type"], True, pid))
    for h in data.get("historians", []):
        canonical = h["name"]
        for form in [canonical, *h.get("aliases", [])]:
            pack.names.append(Name(str(form), canonical, "historian", False, pid))
        for form in h.get("misspellings", []):
            pack.names.append(Name(str(form), canonical, "historian", True, pid))
        for w in h.get("works", []):
            pack.works.append((str(w["title"]), canonical, w.get("year")))
    return pack


def load_file(path: Path) -> Pack:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise PackError(f"{path}: cannot read topic pack ({exc.__class__.__name__}{where})"
                        ) from None
    validate(data, str(path))
    try:
        return build(data, str(path))
    except (KeyError, TypeError, ValueError) as exc:  # only reachable without jsonschema
        raise PackError(f"{path}: malformed topic pack ({exc.__class__.__name__}: {exc})"
                        ) from None


def _pack_files(dirs: Sequence[str]) -> list[Path]:
    files = []
    builtin = resources.files("essaylens.history.packs")
    for entry in sorted(builtin.iterdir(), key=lambda p: p.name):
        if entry.name.endswith((".yaml", ".yml")):
            files.append(Path(str(entry)))
    for d in dirs:
        folder = Path(d)
        if not folder.is_dir():
            raise PackError(f"{folder}: pack folder does not exist")
        files.extend(sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]))
    return files


@cache
def _load_all(dirs: tuple[str, ...]) -> tuple[Pack, ...]:
    packs: dict[str, Pack] = {}
    for path in _pack_files(dirs):
        pack = load_file(path)
        packs[pack.id] = pack  # a user's pack replaces a built-in one of the same id
    return tuple(packs.values())


def load_packs(dirs: Sequence[str] = ()) -> list[Pack]:
    """Every built-in pack plus those in ``dirs`` (cached per folder list)."""
    return list(_load_all(tuple(dirs)))


def select(text: str, names: Sequence[str] = (), dirs: Sequence[str] = (),
           tokens: Tokens | None = None) -> list[Pack]:
    """Packs named in ``names`` (an unknown name is an error), else those whose
    keywords match ``text`` well enough, best first."""
    packs = load_packs(dirs)
    if names:
        by_id = {p.id: p for p in packs}
        unknown = [n for n in names if n not in by_id]
        if unknown:
            known = ", ".join(sorted(by_id))
            raise PackError(f"no topic pack named {unknown[0]!r}; known: {known}")
        return [by_id[n] for n in names]
    toks = tokens if tokens is not None else tokenize(text)
    index, owners, weights = _keyword_index(tuple(packs))
    hits = index.scan(text, toks).hits
    title_end = _title_end(text)
    found: dict[str, float] = {}
    for pid, spans in hits.items():
        # the title names the topic ("Why did WW1 start?"): its keywords count double
        weight = weights[pid] * (2 if any(a < title_end for a, _ in spans) else 1)
        for owner in owners[pid]:
            found[owner] = found.get(owner, 0) + weight
    scored = [(found.get(p.id, 0.0), p) for p in packs]
    chosen = [(s, p) for s, p in scored if s >= p.min_score]
    chosen.sort(key=lambda sp: -sp[0])
    return [p for _, p in chosen]


def _title_end(text: str) -> int:
    """End of a short first line that reads as a title or question (else 0)."""
    head = text.lstrip()
    offset = len(text) - len(head)
    line = head.split("\n", 1)[0]
    return offset + len(line) if "\n" in head and len(line) <= 200 else 0


#: a distinctive name (a person or body only one pack knows) is half a keyword
NAME_WEIGHT = 0.5

_KEYWORDS: dict[tuple[int, ...], tuple[PhraseIndex, dict[int, list[str]], dict[int, float]]] = {}


def _distinctive_names(packs: tuple[Pack, ...]) -> dict[str, str]:
    """Name forms (lower-cased) that only one pack knows, long enough not to be an
    ordinary word ("Grey", "the Tsar" are not), mapped to that pack's id."""
    seen: dict[str, set[str]] = {}
    for pack in packs:
        for name in pack.names:
            form = name.form.strip()
            if name.misspelt or name.type not in ("person", "organisation", "place"):
                continue
            if form.lower().startswith("the ") or (" " not in form and len(form) < 6):
                continue
            seen.setdefault(form.lower(), set()).add(pack.id)
    return {form: next(iter(ids)) for form, ids in seen.items() if len(ids) == 1}


def _keyword_index(packs: tuple[Pack, ...]
                   ) -> tuple[PhraseIndex, dict[int, list[str]], dict[int, float]]:
    """One index of every pack's keywords and distinctive names (one pass over the
    essay for all packs), with each phrase's owners and weight."""
    key = tuple(id(p) for p in packs)
    if key not in _KEYWORDS:
        index = PhraseIndex()
        owners: dict[int, list[str]] = {}
        weights: dict[int, float] = {}
        for pack in packs:
            for word in pack.keywords:
                pid = index.add(word)
                if pid is not None and pack.id not in owners.setdefault(pid, []):
                    owners[pid].append(pack.id)
                    weights[pid] = 1.0
        for form, owner in _distinctive_names(packs).items():
            pid = index.add(form + "$")
            if pid is not None and pid not in owners:
                owners[pid] = [owner]
                weights[pid] = NAME_WEIGHT
        _KEYWORDS[key] = (index, owners, weights)
    return _KEYWORDS[key]


def known_names(dirs: Sequence[str] = ()) -> dict[str, Name]:
    """Every name form the packs know (lower-cased form -> :class:`Name`), misspellings
    included, so the language layer can accept proper names and report near misses."""
    return dict(_known(tuple(dirs)))


@cache
def _known(dirs: tuple[str, ...]) -> dict[str, Name]:
    out: dict[str, Name] = {}
    for pack in load_packs(dirs):
        for name in pack.names:
            key = name.form.lower()
            if key not in out or out[key].misspelt and not name.misspelt:
                out[key] = name
        for title, _author, _ in pack.works:
            out.setdefault(title.lower(), Name(title, title, "work", False, pack.id))
    return out


@cache
def _singles(dirs: tuple[str, ...]) -> tuple[Name, ...]:
    return tuple(n for n in _known(dirs).values() if " " not in n.form and not n.misspelt)


def suggest_name(word: str, dirs: Sequence[str] = ()) -> Name | None:
    """The known name ``word`` most plausibly misspells (``Khrushev`` -> Khrushchev), for
    the language layer's near-miss reports; None when it is known or not close to one."""
    from essaylens.history.names import near_miss

    hit = _known(tuple(dirs)).get(word.lower())
    if hit is not None:
        return hit if hit.misspelt else None
    return near_miss(word, _singles(tuple(dirs)))
