"""The argument stage in the pipeline: layers, roles, graph, exports, graceful degradation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from essaylens.analysis import analyze_text
from essaylens.argument import stage as argument_stage
from essaylens.argument.export import argument_graph, render_export
from essaylens.argument.model import MODEL_DIR, ArgumentModel

needs_model = pytest.mark.skipif(not ArgumentModel.available(MODEL_DIR),
                                 reason="argument model not built (essaylens train aaec)")

ESSAY = (
    "Should cities ban cars from their centres?\n\n"
    "Cities are crowded and noisy. In my opinion, cities should ban cars from their centres.\n\n"
    "First of all, banning cars makes streets safer. For example, fewer cars means fewer "
    "accidents involving children, because drivers cannot speed through narrow lanes.\n\n"
    "However, some people argue that shops will lose customers. Shops depend on drivers who "
    "park near their doors. Nevertheless, studies show that pedestrians spend more money.\n\n"
    "In conclusion, I believe a ban on cars would make our cities better places to live.\n"
)


def test_stage_degrades_without_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(argument_stage, "load_model", lambda: None)
    doc = analyze_text(ESSAY)
    assert len(doc.spans["components"]) == 0
    assert len(doc.relations["relations"]) == 0
    assert doc.results["argument"]["model"] is None


def test_model_absent_folder_is_not_available(tmp_path: Path) -> None:
    assert not ArgumentModel.available(tmp_path)


@needs_model
def test_components_have_record_fields_and_ids() -> None:
    doc = analyze_text(ESSAY)
    comps = list(doc.spans["components"])
    assert comps, "the model found no component in a plain argumentative essay"
    assert [c.id for c in comps] == [f"c{i + 1}" for i in range(len(comps))]
    for c in comps:
        assert c.attrs["type"] in ("MajorClaim", "Claim", "Premise")
        assert c.attrs["text"] == doc.text[c.start:c.end]
        assert 0.0 <= c.attrs["confidence"] <= 1.0
        assert c.attrs["stance"] in (("for", "against") if c.attrs["type"] == "Claim"
                                     else (None,))


@needs_model
def test_graph_is_a_forest_and_exports_render() -> None:
    doc = analyze_text(ESSAY)
    graph = argument_graph(doc)
    assert all(graph.out_degree(n) <= 1 for n in graph)
    aif = json.loads(render_export(doc, "aif"))
    kinds = {n["type"] for n in aif["nodes"]}
    assert "I" in kinds
    assert len(aif["edges"]) == 2 * len(list(doc.relations["relations"]))
    argdown = render_export(doc, "argdown")
    assert argdown.startswith("===")
    assert "[thesis" in argdown or "[judgement" in argdown


@needs_model
def test_conclusion_marker_gives_a_judgement() -> None:
    doc = analyze_text(ESSAY)
    last = list(doc.spans["paragraphs"])[-1]
    roles = {c.attrs["role"] for c in doc.spans["components"].covered_by(last.start, last.end)}
    assert "judgement" in roles


def test_argdown_escapes_brackets() -> None:
    from essaylens.argument.export import _argdown_text

    assert _argdown_text("a [b] <c>\nd") == "a (b) ‹c› d"


def test_argdown_title_keeps_its_own_characters_json_quoted():
    from essaylens.argument.export import render_export
    from essaylens.document import Document, SourceInfo

    doc = Document("x", info=SourceInfo(path="-", format="txt", sha256="",
                                        title='Was 1914 < 1939 "inevitable"?'))
    doc.new_spans("components")
    doc.new_relations("relations", over="components")
    text = render_export(doc, "argdown")
    assert 'title: "Was 1914 < 1939 \\"inevitable\\"?"' in text
