"""``.pdf``: text layer reflowed into paragraphs; page furniture and hyphenation
come back as recorded edits, never silently dropped."""

from __future__ import annotations

import pytest
from builders import encrypt_pdf, essay_paragraphs, make_flowing_pdf, make_image_pdf, make_pdf

from essaylens.document.edits import apply_edits
from essaylens.errors import CorruptFile, EncryptedFile, NoTextLayer
from essaylens.ingest import read_bytes

P1 = ["Historians have long debated the origins of the Cold War, and the",
      "orthodox school placed the blame firmly on Stalin and the Soviet Union."]
P2 = ["Later the revision-",
      "ists argued that American economic expansion mattered more, and that",
      "Truman's policy of containment was a self-",
      "fulfilling prophecy that provoked Soviet fears."]
P3 = ["Post-revisionists such as Gaddis later returned some blame to Stalin",
      "while accepting that both sides misread each other after 1945."]
P4 = ["In conclusion, mutual suspicion best explains the breakdown of the",
      "wartime alliance between the Yalta conference and the Truman Doctrine."]


def read(data: bytes):
    got = read_bytes(data, ".pdf", "essay.pdf")
    working, _ = apply_edits(got.text, got.edits)
    return got, working


def two_page_essay(**kwargs) -> bytes:
    return make_pdf([[P1, P2], [P3, P4]], header="J. Smith - History coursework", **kwargs)


def test_paragraphs_are_separated_by_blank_lines() -> None:
    _, working = read(two_page_essay())
    paragraphs = working.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0] == " ".join(P1)
    assert paragraphs[3] == " ".join(P4)


def test_running_header_and_page_numbers_are_recorded_edits() -> None:
    got, working = read(two_page_essay())
    assert "J. Smith" in got.text and "Page 1 of 2" in got.text  # the source keeps them
    assert "J. Smith" not in working
    assert "Page" not in working
    kinds = {e.kind for e in got.edits}
    assert "pdf_furniture" in kinds


def test_every_edit_maps_back_to_the_source_exactly() -> None:
    got = read_bytes(two_page_essay(), ".pdf", "essay.pdf")
    working, applied = apply_edits(got.text, got.edits)
    for a in applied:
        assert got.text[a.source_start:a.source_end] == a.original
        assert working[a.start:a.end] == a.replacement
    rebuilt, pos = [], 0  # undo every edit: the source comes back
    for a in applied:
        rebuilt += [working[pos:a.start], a.original]
        pos = a.end
    assert "".join(rebuilt) + working[pos:] == got.text


def test_bare_page_numbers_are_removed() -> None:
    _, working = read(make_pdf([[P1], [P3, P4]], footer="{n}"))
    assert working.split("\n\n") == [" ".join(P1), " ".join(P3), " ".join(P4)]


def test_single_page_keeps_its_first_line() -> None:
    _, working = read(make_pdf([[P1, P3]], footer=None))
    assert working.startswith(P1[0])


def test_known_word_split_by_a_hyphen_is_joined() -> None:
    got, working = read(two_page_essay())
    assert "the revisionists argued" in working.replace("\n", " ")
    assert any(e.kind == "pdf_hyphenation" and e.replacement == "" for e in got.edits)


def test_compound_word_keeps_its_hyphen() -> None:
    _, working = read(two_page_essay())
    assert "self-fulfilling" in working


def test_paragraph_running_over_a_page_stays_one_paragraph() -> None:
    first = P1 + ["and historians therefore continued to argue about it for a long time"]
    rest = ["afterwards, especially once the Soviet archives were opened in 1991."]
    _, working = read(make_pdf([[first], [rest]], header="Coursework"))
    assert working.split("\n\n") == [" ".join(first + rest)]


def test_first_line_indent_starts_a_paragraph() -> None:
    long_end = [P1[0], P1[1] + " Many agreed with them."]  # fills the line: only the indent tells
    _, working = read(make_pdf([[long_end, P3, P4]], paragraph_gap=0, indent=10, footer=None))
    assert working.split("\n\n") == [" ".join(long_end), " ".join(P3), " ".join(P4)]


def test_footnotes_are_recorded_edits_and_do_not_split_a_paragraph() -> None:
    first = P1 + ["and historians therefore continued to argue about it for a long time"]
    rest = ["afterwards, especially once the Soviet archives were opened in 1991."]
    notes = {1: ["1 J. L. Gaddis, We Now Know (Oxford, 1997), p. 12.",
                 "2 W. A. Williams, The Tragedy of American Diplomacy (1959)."]}
    got, working = read(make_pdf([[first], [rest, P3]], header="Coursework", footnotes=notes))
    assert working.split("\n\n") == [" ".join(first + rest), " ".join(P3)]
    assert "Gaddis, We Now Know" in got.text  # the source keeps the notes
    removed = [e for e in got.edits if e.kind == "pdf_footnote"]
    assert len(removed) == 1 and "Tragedy of American" in got.text[removed[0].start:removed[0].end]


def test_note_numbers_glued_to_words_are_removed_when_the_note_is_there() -> None:
    notes = {1: ["1 J. L. Gaddis, We Now Know (Oxford, 1997), p. 12."]}
    got, working = read(make_pdf([[P1, P3]], footnotes=notes, marks={"Union.": "1"},
                                 footer=None))
    assert "Soviet Union.1\n" in got.text
    assert "Soviet Union.\n" in working
    assert "Gaddis, We Now Know" not in working
    assert [e.kind for e in got.edits] == ["pdf_note_mark", "pdf_footnote"]


def test_digits_after_a_word_stay_without_a_matching_note() -> None:
    _, working = read(make_pdf([[P1, P3]], marks={"Union.": "1"}, footer=None))
    assert "Union.1" in working


def test_small_print_without_a_note_number_is_kept() -> None:
    notes = {1: ["Word count: 1,500 words, not including the bibliography."]}
    _, working = read(make_pdf([[P1, P3]], footnotes=notes))
    assert "Word count" in working


def test_title_line_is_its_own_paragraph() -> None:
    _, working = read(make_pdf([[P1, P3]], title="The Origins of the Cold War"))
    assert working.split("\n\n")[0] == "The Origins of the Cold War"


def test_encrypted_pdf_is_refused() -> None:
    with pytest.raises(EncryptedFile, match="password-protected"):
        read(encrypt_pdf(two_page_essay()))


def test_aes_without_cryptography_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    def needs_cryptography(self: PdfReader, password: str) -> None:
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_cryptography)
    with pytest.raises(EncryptedFile, match=r"install essaylens\[pdf-aes\]"):
        read(encrypt_pdf(two_page_essay(), password=""))


def test_owner_only_encryption_is_read() -> None:
    got, _ = read(encrypt_pdf(two_page_essay(), password=""))
    assert "orthodox school" in got.text


def test_image_only_pdf_asks_for_ocr() -> None:
    with pytest.raises(NoTextLayer, match="no text layer: run OCR first"):
        read(make_image_pdf())


def test_damaged_pdf_is_refused() -> None:
    data = two_page_essay()
    with pytest.raises(CorruptFile, match="not a readable PDF"):
        read(data[: len(data) // 3])


def test_ligatures_and_soft_hyphens_become_recorded_edits() -> None:
    from essaylens.ingest.pdf import _assemble, _Line

    got = _assemble([[_Line("The \ufb01rst of the revi\u00ad"),
                      _Line("sionists was Williams, and the \ufb02aw was clear.")]])
    working, _ = apply_edits(got.text, got.edits)
    assert working == "The first of the revisionists was Williams, and the flaw was clear."
    assert {e.kind for e in got.edits} == {"pdf_ligature", "pdf_hyphenation"}


def _breaks(paragraphs: list[str]) -> set[int]:
    out, pos = set(), 0
    for para in paragraphs[:-1]:
        pos += len(para) + 1
        out.add(pos)
    return out


@pytest.mark.parametrize("align", ["J", "L"])
def test_paragraphs_without_spacing_split_only_where_they_end(align: str) -> None:
    paragraphs = essay_paragraphs(700)
    _, working = read(make_flowing_pdf(paragraphs, align))
    found = [" ".join(p.split()) for p in working.split("\n\n")]
    assert " ".join(found) == " ".join(paragraphs)  # nothing lost, page number gone
    true, got = _breaks(paragraphs), _breaks(found)
    assert got <= true  # never a break inside a paragraph
    assert len(got) >= len(true) / 2  # most breaks found (the rest fill the line: ambiguous)


# An essay written for this test (about 300 words, four paragraphs).
ESSAY_TITLE = "How far was Germany responsible for the outbreak of war in 1914?"
ESSAY = [
    "Historians have long disagreed about the causes of the First World War. Fritz Fischer "
    "argued in 1961 that Germany deliberately pursued a war of conquest, whilst later writers "
    "such as Christopher Clark stressed that every great power shared the blame. This essay "
    "argues that Germany bore the largest share of responsibility, although the alliance "
    "system turned a Balkan crisis into a general war.",
    "The most important German decision came in July 1914. After the assassination of "
    "Archduke Franz Ferdinand at Sarajevo, Kaiser Wilhelm II abandoned caution and offered "
    "Austria-Hungary unconditional support, the so-called blank cheque. Without that promise "
    "Vienna would probably not have sent Serbia an ultimatum designed to be rejected. "
    "Moreover, the Schlieffen Plan required an attack on France through Belgium, so a "
    "quarrel in the east became a war in the west.",
    "However, the other powers were not innocent. Russia mobilised its army on 30 July, "
    "which German generals saw as a threat they could not ignore. France encouraged Russia "
    "to stand firm, and Britain, bound by the Anglo-Russian Entente of 1907 and the naval "
    "talks with France, failed to make its position clear until it was too late. Naval "
    "rivalry and imperial competition had already poisoned relations between London and "
    "Berlin.",
    "In conclusion, Germany was the power most responsible for the war, because its leaders "
    "chose to risk a continental conflict rather than accept a diplomatic defeat. "
    "Nevertheless, the rigid alliances, the military timetables and the ambitions of Russia "
    "and Austria-Hungary meant that the responsibility was shared, even if it was not "
    "shared equally.",
]


def _multi_cell_pdf(gap: float) -> bytes:
    """The essay as a student's word processor might save it: fpdf2 wraps each paragraph."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", size=16)
    pdf.multi_cell(0, 10, ESSAY_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)
    pdf.set_font("Helvetica", size=12)
    for para in ESSAY:
        pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)
    return bytes(pdf.output())


def _segments(text: str) -> tuple[list[str], list[str]]:
    from essaylens.analysis import analyze_text, default_pipeline

    doc = analyze_text(text, pipeline=default_pipeline(("segment",)))
    return ([doc.span_text(s) for s in doc.spans["paragraphs"]],
            [doc.span_text(s) for s in doc.spans["sentences"]])


@pytest.mark.parametrize("gap", [4.0, 0.0])
def test_wrapped_lines_do_not_become_sentence_breaks(gap: float) -> None:
    # A line break inside a paragraph used to reach the segmenter, which ends a sentence
    # at every line break: 28 fragments ("Whilst ...") instead of the 13 sentences.
    _, working = read(_multi_cell_pdf(gap))
    txt = ESSAY_TITLE + "\n\n" + "\n\n".join(ESSAY) + "\n"
    assert _segments(working) == _segments(txt)


def test_each_paragraph_is_one_line() -> None:
    _, working = read(_multi_cell_pdf(4.0))
    assert working.split("\n\n") == [ESSAY_TITLE, *ESSAY]


def test_page_footer_inside_a_paragraph_leaves_one_space() -> None:
    first = P1 + ["and historians therefore continued to argue about it for a long time"]
    rest = ["afterwards, especially once the Soviet archives were opened in 1991."]
    _, working = read(make_pdf([[first], [rest, P3]], header="Coursework"))
    assert "a long time afterwards, especially" in working
    assert "\n" not in working.split("\n\n")[0]


def test_word_hyphenated_across_a_page_break_is_joined_around_the_furniture() -> None:
    first = P1 + ["and the revision-"]
    rest = ["ists argued that American expansion mattered more than Soviet aims."]
    got, working = read(make_pdf([[first], [rest, P3]], header="Coursework"))
    assert "and the revisionists argued" in working
    assert "Coursework" not in working and "Page 1" not in working
    assert any(e.kind == "pdf_hyphenation" for e in got.edits)
