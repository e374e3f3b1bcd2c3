"""Paragraph views built from made-up text, shared by the argument tests."""

from __future__ import annotations

from essaylens.argument.features import Para


def para_of(text: str, index: int = 0, n_paras: int = 3) -> Para:
    """A paragraph view of ``text``'s space-separated tokens; a "." token ends a sentence.
    ``index`` 0 is the introduction, ``n_paras - 1`` the conclusion, anything between a
    body paragraph."""
    toks, sent, pos, s = [], [], 0, 0
    for w in text.split():
        toks.append((w, pos, pos + len(w)))
        sent.append(s)
        pos += len(w) + 1
        s += w == "."
    return Para(index, n_paras, 0, pos, toks, sent)
