"""``.html``/``.htm``: the main text only (BeautifulSoup, stdlib ``html.parser``).

The essay is the ``<article>`` (the one with most text), else ``<main>``, else
the ``<body>``.  Navigation, site headers and footers, asides, scripts, styles
and forms are dropped; a ``<header>`` inside the chosen article keeps only its
headings (the essay's title, not its byline).  Block elements become
paragraphs separated by blank lines; ``<br>`` is a line break.  The title is the
first ``<h1>``, else ``<title>``.
"""

from __future__ import annotations

import re
from typing import Any

from essaylens.ingest.base import Extracted
from essaylens.ingest.text import decode

_DROP = ("nav", "header", "footer", "aside", "script", "style", "form", "noscript",
         "template", "svg", "iframe", "button", "select", "textarea", "object", "canvas",
         "dialog", "menu", "head")
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
          "dd", "blockquote", "pre", "section", "article", "main", "table", "tr", "td",
          "th", "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "address",
          "hr", "details", "summary", "body", "html", "center", "fieldset"}
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
#: Google Docs: ``<a id="cmnt1">`` / ``<a id="ftnt1">`` start a note body,
#: ``<a id="cmnt_ref1">`` / ``<a id="ftnt_ref1">`` mark it in the text.
_NOTE_BODY = re.compile(r"^(?:cmnt|ftnt)\d+$")
_NOTE_REF = re.compile(r"^(?:cmnt|ftnt)_ref\d+$")
#: Word's "Save as Web Page": note lists, and reference marks by class or link.
_MSO_NOTES = re.compile(r"mso-element:\s*(?:comment-list|footnote-list|endnote-list)")
_MSO_REF = re.compile(r"^Mso(?:Comment|Footnote|Endnote)Reference$")
_MSO_HREF = re.compile(r"^#_(?:msocom_|ftn|edn)\d+$")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_BLANKS = re.compile(r"\n{2,}")
_BREAK = "\x00"  # paragraph boundary marker while walking (decode() refuses NUL input)


def read_html(data: bytes, name: str) -> Extracted:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_decode_html(data, name), "html.parser")
    h1 = soup.find("h1")
    title_tag = soup.find("title")
    root = _main(soup)
    if root.name != "article":
        for header in root.find_all("header"):
            header.decompose()
    else:  # the article's own header: keep its headings only
        for header in root.find_all("header"):
            headings = [h.extract() for h in header.find_all(_HEADINGS)]
            for h in headings:
                header.insert_before(h)
            header.decompose()
    for tag in root.find_all(_DROP):
        tag.decompose()
    _drop_notes(root)
    out: list[str] = []
    _walk(root, out, pre=False)
    paragraphs = [_tidy(p) for p in "".join(out).split(_BREAK)]
    text = "\n\n".join(p for p in paragraphs if p)
    title = _clean(h1.get_text(" ")) if h1 is not None else None
    if not title and title_tag is not None:
        title = _clean(title_tag.get_text(" "))
    return Extracted(text, "html", title or None)


def _drop_notes(root: Any) -> None:
    """Comments and footnotes as Google Docs and Word export them to HTML: the note
    bodies (at the end of the page) and their markers in the text (``[a]``, ``[1]``)."""
    for a in root.find_all("a", id=_NOTE_BODY):
        # The note's paragraph, and its own <div> when that holds nothing else, never
        # a wrapper around the whole essay.
        holder = a.find_parent("p") or a.parent
        box = holder.parent if holder is not None else None
        if (box is not None and box is not root and box.name == "div"
                and box.get_text(strip=True) == holder.get_text(strip=True)):
            holder = box
        if holder is not None and holder is not root:
            holder.decompose()
    for a in root.find_all("a", id=_NOTE_REF):
        sup = a.find_parent("sup")
        (sup if sup is not None else a).decompose()
    for div in root.find_all("div", style=_MSO_NOTES):
        div.decompose()
    for tag in root.find_all(["a", "span"], class_=_MSO_REF):
        tag.decompose()
    for a in root.find_all("a", href=_MSO_HREF):
        a.decompose()


def _decode_html(data: bytes, name: str) -> str:
    """A declared ``<meta charset>`` wins; otherwise detect as for plain text."""
    match = _CHARSET.search(data[:4096])
    if match:
        try:
            text = data.decode(match.group(1).decode("ascii"), errors="replace")
            if "\x00" not in text[:4096]:
                return text
        except LookupError:
            pass
    return decode(data, name)


def _main(soup: Any) -> Any:
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda a: len(a.get_text(" ", strip=True)))
    for found in (soup.find("main"), soup.find(attrs={"role": "main"}), soup.body):
        if found is not None:
            return found
    return soup


def _walk(root: Any, out: list[str], pre: bool) -> None:
    """Append the text under ``root`` to ``out``, a break around each block element.

    Iterative, so a page nested thousands of levels deep cannot exhaust the stack."""
    from bs4 import Comment, NavigableString, Tag

    stack: list[tuple[Any, bool] | str] = [(c, pre) for c in reversed(list(root.children))]
    while stack:
        item = stack.pop()
        if isinstance(item, str):  # a pending block break
            out.append(item)
            continue
        node, in_pre = item
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:  # not a doctype, CDATA, or declaration
                out.append(str(node) if in_pre else _SPACES.sub(" ", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name == "br":
            out.append("\n")
            continue
        block = node.name in _BLOCK
        if block:
            out.append(_BREAK)
            stack.append(_BREAK)
        child_pre = in_pre or node.name == "pre"
        stack.extend((c, child_pre) for c in reversed(list(node.children)))


def _tidy(block: str) -> str:
    """Strip each line; ``<br><br>`` (a blank line) still separates paragraphs."""
    lines = [line.strip() for line in block.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
