"""The annotated essay keeps every character of the text, whatever the spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from essaylens.report.annotate import annotate


@st.composite
def records(draw: st.DrawFn) -> dict:  # type: ignore[type-arg]
    text = draw(st.text(alphabet="ab <>&\n.", min_size=1, max_size=80))
    n = len(text)

    def spans(k: int) -> list[dict]:  # type: ignore[type-arg]
        out = []
        for i in range(draw(st.integers(0, k))):
            a = draw(st.integers(0, n))
            b = draw(st.integers(a, n))
            out.append({"id": f"x{i}", "start": a, "end": b})
        return out

    cut = draw(st.integers(0, n))
    paragraphs = [{"id": "p1", "start": 0, "end": cut}, {"id": "p2", "start": cut, "end": n}]
    repairs = [dict(s, original="o", replacement="r", kind="k") for s in spans(3)]
    return {"text": text, "paragraphs": paragraphs, "components": spans(4),
            "language_issues": spans(4), "repairs": repairs}


@settings(max_examples=150, deadline=None)
@given(records())
def test_pieces_join_back_to_each_paragraph(record: dict) -> None:  # type: ignore[type-arg]
    view = annotate(record)
    for para, p in zip(record["paragraphs"], view, strict=True):
        joined = "".join(piece.text for g in p.groups for run in g.runs for piece in run.pieces)
        assert joined == record["text"][para["start"]:para["end"]]


@settings(max_examples=100, deadline=None)
@given(records())
def test_each_visible_repair_is_marked_at_most_once(record: dict) -> None:  # type: ignore[type-arg]
    view = annotate(record)
    marks = [id(r) for p in view for g in p.groups for run in g.runs for piece in run.pieces
             for r in piece.repairs]
    assert len(marks) == len(set(marks))


def _style_record() -> dict:  # type: ignore[type-arg]
    text = "A very long sentence with teh error inside it."
    err = text.index("teh")
    return {"text": text, "paragraphs": [{"id": "p1", "start": 0, "end": len(text)}],
            "language_issues": [
                {"start": 0, "end": len(text), "kind": "style", "message": "Long sentence"},
                {"start": err, "end": err + 3, "kind": "spelling", "message": "Spelling"}]}


def test_specific_issue_inside_a_style_note_keeps_its_own_run() -> None:
    runs = [run for g in annotate(_style_record())[0].groups for run in g.runs]
    flagged = [run for run in runs if run.issue]
    assert len(flagged) == 1 and flagged[0].issue["kind"] == "spelling"  # type: ignore[index]
    assert "".join(p.text for p in flagged[0].pieces) == "teh"
    assert all(run.style and run.style["kind"] == "style" for run in runs)
