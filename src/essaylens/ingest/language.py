"""Is this English?  py3langid on a sample, trusted only when it is sure.

Measured with ``bench/language_check.py``: of 13,380 English essays (AAEC and
ASAP, many full of names and anonymised ``@PERSON1`` tokens) none is refused;
28 are too short to tell.  A text is refused only when py3langid gives English
a normalised probability of at most 0.1.
Text whose words are at least 15% English-only function words ("the", "which",
"were") is English without asking the model, which spares each process the
model's 0.8 s load; the same bench shows how many essays take that path.
"""

from __future__ import annotations

from functools import cache
from typing import Any

_SAMPLE_CHARS = 1500  # enough for a confident call; longer only costs time
_MIN_WORDS = 12
#: A text is refused when the model gives English at most ``1 - MIN_PROB``.
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


#: English function words that are not also common words of another European
#: language (so not "a", "in", "an", "die", "was", "so", "on", "is" (Dutch), "to",
#: "by", "my" (Polish), "do" (Portuguese), "i" (Italian), "for", "over", "under").
_ENGLISH_ONLY = frozenset("""
the and of that with be this are from have had not but they which were their been has
would could should there what when who than into its these those them he she his we
our you your being does did because however about after before between during against
while where why how only other some such very most many much any each every both
through again further then
""".split())
#: Share of English-only function words above which no model is needed.
ENGLISH_SHARE = 0.15


def english_share(sample: str) -> float:
    """Share of words in ``sample`` that are English-only function words."""
    words = sample.lower().split()
    return sum(w.strip(".,;:!?\"'()“”‘’") in _ENGLISH_ONLY for w in words) / max(1, len(words))


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """Return an ISO 639-1 code, or ``None`` when the text is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if len(sample.split()) < _MIN_WORDS:
        return None
    if english_share(sample) >= ENGLISH_SHARE:  # plainly English: skip loading the model
        return "en"
    return model_language(sample)


def model_language(sample: str) -> str | None:
    """py3langid's call: ``en``, another language's code when the model gives English
    at most ``1 - MIN_PROB`` (it may be unsure *which* other language, as between
    Norwegian and Danish or Croatian and Serbian), else ``None``."""
    ranked = _identifier().rank(sample)
    lang = str(ranked[0][0])
    if lang == "en":
        return "en"
    p_english = next((float(p) for code, p in ranked if code == "en"), 0.0)
    return lang if p_english <= 1 - MIN_PROB else None
