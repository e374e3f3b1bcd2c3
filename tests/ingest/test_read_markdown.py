"""``.md``: Markdown markup is removed by recorded edits; the words stay as written."""

from __future__ import annotations

import pytest

from essaylens.document.edits import apply_edits
from essaylens.ingest import read_bytes


def read(md: str):
    got = read_bytes(md.encode("utf-8"), ".md", "essay.md")
    return got, apply_edits(got.text, got.edits)[0]


BODY = ("Historians have argued for decades about who was to blame for the Cold War, and "
        "the debate is far from over.")


def test_the_source_is_the_file_as_written() -> None:
    md = f"# The Origins of the *Cold* War\n\n{BODY}\n"
    got, _ = read(md)
    assert got.text == md
    assert {e.kind for e in got.edits} == {"md_markup"}


def test_title_from_the_first_level_one_heading_without_markup() -> None:
    got, working = read(f"# The Origins of the *Cold* War #\n\n{BODY}\n")
    assert got.title == "The Origins of the Cold War"
    assert working.startswith("The Origins of the Cold War\n\n")


def test_setext_title() -> None:
    got, working = read(f"The Origins of the Cold War\n===========================\n\n{BODY}\n")
    assert got.title == "The Origins of the Cold War"
    assert working == f"The Origins of the Cold War\n\n{BODY}\n"


@pytest.mark.parametrize(("md", "plain"), [
    ("Historians such as **Fritz Fischer** blamed Germany.",
     "Historians such as Fritz Fischer blamed Germany."),
    ("Others, like _Christopher Clark_, blame *all* the powers.",
     "Others, like Christopher Clark, blame all the powers."),
    ('See [the Schlieffen Plan](https://example.org/plan "plan") for details.',
     "See the Schlieffen Plan for details."),
    ("> The lamps are going out all over Europe.", "The lamps are going out all over Europe."),
    ("- the alliance system", "the alliance system"),
    ("A map ![map](map.png)follows.", "A map follows."),
    ("Grey wrote a memo<!-- check date --> in 1914.", "Grey wrote a memo in 1914."),
    (r"The so-called \*blank cheque\* of 1914.", "The so-called *blank cheque* of 1914."),
])
def test_inline_and_block_markup_is_removed(md: str, plain: str) -> None:
    _, working = read(f"{md}\n\n{BODY}\n")
    assert working.split("\n\n")[0] == plain


@pytest.mark.parametrize("kept", [
    "The file_name_here and snake_case words stay.",
    "Two * three * four stays as it is.",
    "The 1914-18 war cost 2*10 million lives.",
])
def test_text_that_only_looks_like_markup_stays(kept: str) -> None:
    got, working = read(f"{kept}\n\n{BODY}\n")
    assert working.split("\n\n")[0] == kept
