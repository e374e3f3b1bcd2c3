"""The language check refuses other languages and never an English essay full of names."""

from __future__ import annotations

from pathlib import Path

import pytest
import samples

from essaylens.errors import NotEnglish
from essaylens.ingest import check_text
from essaylens.ingest.language import ENGLISH_SHARE, _identifier, detect_language, english_share


@pytest.mark.parametrize(("text", "code", "name"), [
    (samples.FRENCH, "fr", "French"), (samples.GERMAN, "de", "German"),
    (samples.SPANISH, "es", "Spanish"), (samples.ITALIAN, "it", "Italian")])
def test_other_languages_are_refused_by_name(text: str, code: str, name: str) -> None:
    assert detect_language(text) == code
    with pytest.raises(NotEnglish, match=rf"looks like {name} \({code}\), not English"):
        check_text(text, "essay.txt")


@pytest.mark.parametrize("text", [samples.ENGLISH_NAMES, samples.ENGLISH_GERMAN_TERMS,
                                  samples.ENGLISH_FRENCH_QUOTES])
def test_english_full_of_foreign_names_is_accepted(text: str) -> None:
    assert detect_language(text) == "en"
    check_text(text, "essay.txt")


def test_too_short_to_tell_is_not_refused() -> None:
    assert detect_language("Vive la France, vive la République!") is None


def test_reference_essay_is_english(reference_text: str) -> None:
    assert detect_language(reference_text) == "en"


def test_aaec_essays_are_english(shared_dir: Path) -> None:
    paths = sorted((shared_dir / "data/aaec/brat").glob("essay*.txt"))[:40]
    if not paths:
        pytest.skip("AAEC brat essays are not in ../shared/data")
    assert [p.name for p in paths
            if detect_language(p.read_text(encoding="utf-8")) != "en"] == []


_SPACY_LANGS = "fr de es it nl pt pl sv da nb fi ro hu cs tr ca hr sl sk lt id".split()


@pytest.mark.parametrize("code", _SPACY_LANGS)
def test_spacy_example_sentences_in_other_languages_are_refused(code: str) -> None:
    import importlib

    try:
        examples = importlib.import_module(f"spacy.lang.{code}.examples")
    except ImportError:
        pytest.skip(f"spaCy has no example sentences for {code}")
    text = " ".join(examples.sentences)
    assert english_share(text) < ENGLISH_SHARE
    assert detect_language(text) not in ("en", None)


def test_plain_english_never_loads_the_model() -> None:
    _identifier.cache_clear()
    assert detect_language(samples.ENGLISH_NAMES) == "en"
    assert _identifier.cache_info().currsize == 0
