import pytest

from essaylens.document import Document, Edit, Relation, Span


def test_span_layers_answer_covered_covering_and_overlapping():
    doc = Document("one two three four")
    layer = doc.new_spans("words", [Span(0, 3), Span(4, 7), Span(8, 13), Span(14, 18)])
    assert [doc.span_text(s) for s in layer.covered_by(4, 13)] == ["two", "three"]
    assert [doc.span_text(s) for s in layer.covering(9, 10)] == ["three"]
    assert [doc.span_text(s) for s in layer.overlapping(6, 9)] == ["two", "three"]


def test_span_beyond_the_text_is_refused():
    doc = Document("short")
    with pytest.raises(ValueError):
        doc.new_spans("bad", [Span(0, 10)])


def test_relations_must_point_at_existing_spans():
    doc = Document("a b")
    doc.new_spans("components", [Span(0, 1, id="c1"), Span(2, 3, id="c2")])
    rels = doc.new_relations("relations", over="components")
    rels.add(Relation("c1", "c2", "support"))
    with pytest.raises(ValueError):
        rels.add(Relation("c1", "c9", "support"))


def test_spans_on_the_working_text_map_back_to_the_source():
    doc = Document("[bookmark: x]The warand peace", [Edit("m", 0, 13, ""),
                                                      Edit("g", 17, 23, "war and")])
    assert doc.text == "The war and peace"
    span = Span(4, 11)  # "war and"
    assert doc.source_span(span) == (17, 23)
    assert doc.source[17:23] == "warand"


def test_spans_are_frozen():
    span = Span(0, 1, attrs={"a": 1})
    with pytest.raises(AttributeError):
        span.start = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        span.attrs["a"] = 2  # type: ignore[index]
