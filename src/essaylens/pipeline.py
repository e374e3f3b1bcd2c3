"""Stages over a document, registered by name, run in a checked order.

A stage is a plain callable ``(Document, Options) -> None`` that declares the
layers it needs and the layers it writes.  :class:`Pipeline` refuses an order in
which a stage would read a layer nobody wrote, and checks after each stage that
it wrote what it promised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from essaylens.document import Document

StageFn = Callable[[Document, "Options"], None]


@dataclass(frozen=True)
class Options:
    """Run-time choices every stage may read (variant, packs, thresholds...)."""

    repair: bool = True
    variant: str | None = None  # "en-GB" / "en-US"; None: detect
    packs: tuple[str, ...] = ()  # pack names forced with --pack
    pack_dirs: tuple[str, ...] = ()  # extra folders of user packs
    min_confidence: float = 0.0
    scheme: str | None = None
    scorer: str | None = None
    min_words: int = 0  # refuse shorter files (the CLI sets ingest.base.MIN_WORDS)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...]
    writes: tuple[str, ...]
    optional: tuple[str, ...] = ()  # layers used when present, never waited for


_REGISTRY: dict[str, Stage] = {}


def stage(name: str, *, requires: Sequence[str] = (), writes: Sequence[str],
          optional: Sequence[str] = ()) -> Callable[[StageFn], StageFn]:
    """Register ``fn`` as the stage ``name``."""

    def register(fn: StageFn) -> StageFn:
        if name in _REGISTRY and _REGISTRY[name].fn is not fn:
            raise ValueError(f"stage {name!r} registered twice")
        _REGISTRY[name] = Stage(name, fn, tuple(requires), tuple(writes), tuple(optional))
        return fn

    return register


def registered() -> dict[str, Stage]:
    return dict(_REGISTRY)


class PipelineError(RuntimeError):
    pass


class Pipeline:
    """An ordered list of stages, checked once when built."""

    def __init__(self, stages: Iterable[Stage], given: Iterable[str] = ()) -> None:
        self.stages = list(stages)
        available = set(given)
        for st in self.stages:
            missing = [r for r in st.requires if r not in available]
            if missing:
                raise PipelineError(f"stage {st.name!r} needs {missing} before it runs")
            available.update(st.writes)

    @classmethod
    def from_names(cls, names: Iterable[str], given: Iterable[str] = ()) -> Pipeline:
        try:
            return cls((_REGISTRY[n] for n in names), given)
        except KeyError as exc:
            raise PipelineError(f"no stage named {exc.args[0]!r}") from None

    def run(self, doc: Document, options: Options | None = None) -> Document:
        opts = options or Options()
        for st in self.stages:
            st.fn(doc, opts)
            missing = [w for w in st.writes if w not in doc.layer_names()]
            if missing:
                raise PipelineError(f"stage {st.name!r} did not write {missing}")
        return doc
