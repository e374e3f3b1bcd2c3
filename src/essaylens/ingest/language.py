"""Is this English?  py3langid on a sample, trusted only when it is sure."""

from __future__ import annotations

from functools import cache
from typing import Any

_SAMPLE_CHARS = 1500  # enough for a confident call; longer only costs time
_MIN_WORDS = 12


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
    if lang == "en" or prob < 0.9:
        return "en" if lang == "en" else None
    return str(lang)
