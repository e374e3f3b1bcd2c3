"""``.pdf``: text layer reflowed into paragraphs; page furniture and hyphenation
come back as recorded edits, never silently dropped."""

from __future__ import annotations

import pytest
from builders import encrypt_pdf, make_image_pdf, make_pdf

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
    assert paragraphs[0] == "\n".join(P1)
    assert paragraphs[3] == "\n".join(P4)


def test_running_header_and_page_numbers_are_recorded_edits() -> None:
    got, working = read(two_page_essay())
    assert "J. Smith" in got.text and "Page 1 of 2" in got.text  # the source keeps them
    assert "J. Smith" not in working
    assert "Page" not in working
    kinds = {e.kind for e in got.edits}
    assert "pdf_furniture" in kinds


def test_bare_page_numbers_are_removed() -> None:
    _, working = read(make_pdf([[P1], [P3, P4]], footer="{n}"))
    assert working.split("\n\n") == ["\n".join(P1), "\n".join(P3), "\n".join(P4)]


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
    assert working.split("\n\n") == ["\n".join(first + rest)]


def test_title_line_is_its_own_paragraph() -> None:
    _, working = read(make_pdf([[P1, P3]], title="The Origins of the Cold War"))
    assert working.split("\n\n")[0] == "The Origins of the Cold War"


def test_encrypted_pdf_is_refused() -> None:
    with pytest.raises(EncryptedFile, match="password-protected"):
        read(encrypt_pdf(two_page_essay()))


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
