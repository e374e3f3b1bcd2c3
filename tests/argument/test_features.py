"""Per-paragraph derived values of the argument features."""

from __future__ import annotations

from paras import para_of

from essaylens.argument.features import lead_words, lower_words


def test_lower_words_are_computed_once_per_view() -> None:
    para = para_of("However Bikes ARE cheap .")
    words = lower_words(para)
    assert words == ["however", "bikes", "are", "cheap", "."]
    assert lower_words(para) is words


def test_lower_words_follow_a_longer_token_list() -> None:
    para = para_of("Bikes are cheap")
    lower_words(para)
    para.tokens.append(("Today", 16, 21))
    para.sent.append(0)
    assert lower_words(para)[-1] == "today"


def test_lead_words_run_from_the_sentence_start() -> None:
    para = para_of("Bikes win . However , I think that cars lose .")
    para.sent = [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]
    assert lead_words(para, 8) == ("however", ",", "i", "think", "that")
    assert lead_words(para, 3) == ()
