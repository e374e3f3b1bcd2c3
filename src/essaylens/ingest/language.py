"""Is this English?  py3langid on a sample, trusted only when it is sure.

Measured with ``bench/language_check.py``: of 13,380 English essays (AAEC and
ASAP, many full of names and anonymised ``@PERSON1`` tokens) none is refused;
28 are too short to tell.  A non-English text is refused only when py3langid
gives another language a normalised probability of at least ``MIN_PROB``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

_SAMPLE_CHARS = 1500  # enough for a confident call; longer only costs time
_MIN_WORDS = 12
#: Least probability for another language before a text is refused.
MIN_PROB = 0.9

_NAMES = {"fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
          "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian",
          "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
          "tr": "Turkish", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
          "ar": "Arabic", "el": "Greek", "cs": "Czech", "uk": "Ukrainian", "la": "Latin",
          "hi": "Hindi", "ro": "Romanian", "hu": "Hungarian"}


def language_name(code: str) -> str:
    """``fr`` -> ``French (fr)``; unknown codes are shown as they are."""
    name = _NAMES.get(code)
    return f"{name} ({code})" if name else repr(code)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """Return an ISO 639-1 code, or ``None`` when the text is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if len(sample.split()) < _MIN_WORDS:
        return None
    lang, prob = _identifier().classify(sample)
    if lang == "en" or prob < MIN_PROB:
        return "en" if lang == "en" else None
    return str(lang)
