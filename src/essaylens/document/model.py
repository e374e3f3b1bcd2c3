"""The one document model every stage reads and writes.

A :class:`Document` owns one immutable source text and the recorded edits that
turn it into the working text.  Everything else is stand-off: spans (character
offsets into the working text) in named :class:`SpanLayer` s, relations between
span ids in :class:`RelationLayer` s, and JSON-ready results (the question, the
assessment) in named result slots.  Nothing is ever written into the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from essaylens.document.edits import AppliedEdit, Edit, OffsetMap, apply_edits

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Span:
    """A stand-off annotation: ``text[start:end]`` with a label and attributes."""

    start: int
    end: int
    label: str = ""
    attrs: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    id: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span range {self.start}..{self.end}")
        if not isinstance(self.attrs, MappingProxyType):
            object.__setattr__(self, "attrs", MappingProxyType(dict(self.attrs)))

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.label, self.id))

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True, slots=True)
class Relation:
    """A directed, labelled link between two span ids (e.g. premise supports claim)."""

    source: str
    target: str
    label: str
    attrs: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)

    def __post_init__(self) -> None:
        if not isinstance(self.attrs, MappingProxyType):
            object.__setattr__(self, "attrs", MappingProxyType(dict(self.attrs)))

    def __hash__(self) -> int:
        return hash((self.source, self.target, self.label))


class SpanLayer:
    """A named, sorted collection of spans over one document's working text."""

    def __init__(self, name: str, text_length: int, spans: Sequence[Span] = ()) -> None:
        self.name = name
        self._length = text_length
        self._spans: list[Span] = []
        self._starts: list[int] = []
        self._by_id: dict[str, Span] = {}
        for span in spans:
            self.add(span)

    def extend_sorted(self, spans: Sequence[Span]) -> None:
        """Append spans already in start order after the last one (the fast path
        for big layers such as tokens)."""
        last = self._starts[-1] if self._starts else 0
        for span in spans:
            if span.start < last or span.end > self._length:
                raise ValueError(f"span {span.start}..{span.end} out of order or beyond "
                                 f"the text in layer {self.name!r}")
            last = span.start
            self._spans.append(span)
            self._starts.append(span.start)
            if span.id:
                if span.id in self._by_id:
                    raise ValueError(f"duplicate id {span.id!r} in layer {self.name!r}")
                self._by_id[span.id] = span

    def add(self, span: Span) -> Span:
        if span.end > self._length:
            raise ValueError(f"span {span.start}..{span.end} beyond text in layer {self.name!r}")
        if span.id and span.id in self._by_id:
            raise ValueError(f"duplicate id {span.id!r} in layer {self.name!r}")
        i = bisect_right(self._starts, span.start)
        self._spans.insert(i, span)
        self._starts.insert(i, span.start)
        if span.id:
            self._by_id[span.id] = span
        return span

    def __iter__(self) -> Iterator[Span]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, index: int) -> Span:
        return self._spans[index]

    def get(self, span_id: str) -> Span | None:
        return self._by_id.get(span_id)

    def covered_by(self, start: int, end: int) -> list[Span]:
        """Spans lying wholly inside ``start..end``."""
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end)
        return [s for s in self._spans[lo:hi] if s.end <= end]

    def covering(self, start: int, end: int) -> list[Span]:
        """Spans that contain ``start..end``."""
        hi = bisect_right(self._starts, start)
        return [s for s in self._spans[:hi] if s.end >= end]

    def overlapping(self, start: int, end: int) -> list[Span]:
        hi = bisect_left(self._starts, end)
        return [s for s in self._spans[:hi] if s.end > start]


class RelationLayer:
    """A named collection of relations whose endpoints are span ids of one layer."""

    def __init__(self, name: str, over: SpanLayer) -> None:
        self.name = name
        self.over = over
        self._relations: list[Relation] = []

    def add(self, relation: Relation) -> Relation:
        for end in (relation.source, relation.target):
            if self.over.get(end) is None:
                raise ValueError(f"relation endpoint {end!r} not in layer {self.over.name!r}")
        self._relations.append(relation)
        return relation

    def __iter__(self) -> Iterator[Relation]:
        return iter(self._relations)

    def __len__(self) -> int:
        return len(self._relations)


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Where the text came from; serialised as the record's ``source``."""

    path: str
    format: str
    sha256: str
    title: str | None = None


class Document:
    """One essay: an immutable source, its edits, the working text and the layers."""

    def __init__(self, source: str, edits: Sequence[Edit] = (),
                 info: SourceInfo | None = None) -> None:
        self._source = source
        self._text, applied = apply_edits(source, edits)
        self._applied: tuple[AppliedEdit, ...] = tuple(applied)
        self._map = OffsetMap(applied)
        self.info = info or SourceInfo(path="-", format="txt", sha256="")
        self.spans: dict[str, SpanLayer] = {}
        self.relations: dict[str, RelationLayer] = {}
        self.results: dict[str, Any] = {}
        #: Derived views shared between stages (e.g. the spaCy parse); never serialised.
        self.cache: dict[str, Any] = {}

    @property
    def source(self) -> str:
        """The text exactly as read from the file."""
        return self._source

    @property
    def text(self) -> str:
        """The working text (source with repairs applied); all offsets refer to it."""
        return self._text

    @property
    def repairs(self) -> tuple[AppliedEdit, ...]:
        return self._applied

    @property
    def offsets(self) -> OffsetMap:
        return self._map

    def new_spans(self, name: str, spans: Sequence[Span] = ()) -> SpanLayer:
        """Create (or replace) a span layer over the working text."""
        layer = SpanLayer(name, len(self._text), spans)
        self.spans[name] = layer
        return layer

    def new_relations(self, name: str, over: str) -> RelationLayer:
        layer = RelationLayer(name, self.spans[over])
        self.relations[name] = layer
        return layer

    def layer_names(self) -> set[str]:
        """Every named layer and result this document holds."""
        return set(self.spans) | set(self.relations) | set(self.results)

    def span_text(self, span: Span) -> str:
        return self._text[span.start:span.end]

    def source_span(self, span: Span) -> tuple[int, int]:
        """Where ``span`` lies in the student's own (unrepaired) text."""
        return self._map.span_to_source(span.start, span.end)
