"""The one library call behind every shell: file or text in, analysed document out."""

from __future__ import annotations

import hashlib
from pathlib import Path

from essaylens.document import Document, SourceInfo
from essaylens.pipeline import Options, Pipeline

#: Stages of a full analysis, in order.  Each module registers its stage on import.
DEFAULT_STAGES = ("segment", "argument", "history", "language", "assessment")
_STAGE_MODULES = (
    "essaylens.segment.stage",
    "essaylens.argument.stage",
    "essaylens.history.stage",
    "essaylens.language.stage",
    "essaylens.assessment.stage",
)


def default_pipeline(names: tuple[str, ...] = DEFAULT_STAGES) -> Pipeline:
    import importlib

    for module in _STAGE_MODULES:
        importlib.import_module(module)
    return Pipeline.from_names(names)


def build_document(text: str, *, path: str = "-", fmt: str = "txt",
                   title: str | None = None, reader_edits: tuple = (),
                   options: Options | None = None) -> Document:
    """Repair ``text`` (unless switched off) and wrap it in a :class:`Document`."""
    from essaylens.repair import repair

    opts = options or Options()
    edits = repair(text, reader_edits) if opts.repair else list(reader_edits)
    info = SourceInfo(path=path, format=fmt,
                      sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), title=title)
    return Document(text, edits, info)


def analyze_text(text: str, *, path: str = "-", fmt: str = "txt",
                 options: Options | None = None,
                 pipeline: Pipeline | None = None) -> Document:
    """Analyse essay text that is already in memory."""
    from essaylens.ingest import check_text

    check_text(text, path)
    doc = build_document(text, path=path, fmt=fmt, options=options)
    return (pipeline or default_pipeline()).run(doc, options)


def analyze_path(path: Path | str, options: Options | None = None,
                 pipeline: Pipeline | None = None) -> Document:
    """Read, repair and analyse one essay file (``-`` for standard input)."""
    from essaylens.ingest import read_path
    from essaylens.ingest.base import check_length

    extracted = read_path(path)
    if options is not None and options.min_words:
        check_length(extracted.text, str(path), options.min_words)
    doc = build_document(extracted.text, path=str(path), fmt=extracted.format,
                         title=extracted.title, reader_edits=extracted.edits,
                         options=options)
    return (pipeline or default_pipeline()).run(doc, options)
