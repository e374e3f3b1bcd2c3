from hypothesis import given, settings
from hypothesis import strategies as st

from essaylens.document import Edit, OffsetMap, apply_edits, compose


def test_apply_edits_records_both_offsets():
    text, applied = apply_edits("the cold warand peace", [Edit("glued", 9, 15, "war and")])
    assert text == "the cold war and peace"
    (a,) = applied
    assert (a.original, a.replacement) == ("warand", "war and")
    assert (a.start, a.end, a.source_start, a.source_end) == (9, 16, 9, 15)


def test_offset_map_shifts_after_an_edit_and_snaps_inside_it():
    _, applied = apply_edits("abcXYZdef", [Edit("k", 3, 6, "Q")])
    m = OffsetMap(applied)
    assert m.to_source(4) == 6  # "d" in "abcQdef" is "d" in the source
    assert m.span_to_source(3, 4) == (3, 6)  # the replacement covers the whole original
    assert m.to_working(7) == 5


def test_overlapping_edits_are_refused():
    try:
        apply_edits("abcdef", [Edit("a", 0, 3, ""), Edit("b", 2, 4, "")])
    except ValueError:
        return
    raise AssertionError("overlap accepted")


@st.composite
def text_and_edits(draw):
    text = draw(st.text(alphabet="ab c\n’", min_size=0, max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    for s, e in zip(cuts[::2], cuts[1::2], strict=False):
        edits.append(Edit("k", s, e, draw(st.text(alphabet="xyz ", max_size=4))))
    return text, edits


@given(text_and_edits())
@settings(max_examples=300, deadline=None)
def test_repairs_map_back_to_the_source_exactly(case):
    source, edits = case
    working, applied = apply_edits(source, edits)
    # Undo every repair on the working text, right to left: the source comes back.
    restored = working
    for a in reversed(applied):
        assert restored[a.start:a.end] == a.replacement
        restored = restored[:a.start] + a.original + restored[a.end:]
    assert restored == source
    for a in applied:
        assert source[a.source_start:a.source_end] == a.original


@given(text_and_edits(), st.data())
@settings(max_examples=300, deadline=None)
def test_composed_passes_equal_running_them_in_turn(case, data):
    source, first = case
    middle, _ = apply_edits(source, first)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(middle)), max_size=6)))
    second = [Edit("m", s, e, data.draw(st.text(alphabet="pq", max_size=3)))
              for s, e in zip(cuts[::2], cuts[1::2], strict=False)]
    expected, _ = apply_edits(middle, second)
    composed = compose(source, first, second)
    assert apply_edits(source, composed)[0] == expected
