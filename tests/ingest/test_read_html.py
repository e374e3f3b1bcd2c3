"""``.html``: the essay, not the page around it."""

from __future__ import annotations

from builders import PARAGRAPHS, TITLE

from essaylens.ingest import read_bytes

BODY = "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS)
PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>My blog | {TITLE}</title>
<style>p {{ color: red }}</style><script>var tracking = "SCRIPTTEXT";</script></head>
<body>
<header><a href="/">Home</a> <a href="/about">About me</a></header>
<nav><ul><li>Archive</li><li>Contact</li></ul></nav>
<article>
  <header><h1>{TITLE}</h1><p class="byline">Posted by Sam on 3 May</p></header>
  {BODY}
</article>
<aside>Related posts: ASIDETEXT</aside>
<form><input name="q"><button>Search</button></form>
<footer>Copyright FOOTERTEXT</footer>
</body></html>"""


def read(html: str, encoding: str = "utf-8"):
    return read_bytes(html.encode(encoding), ".html", "essay.html")


def test_article_text_only() -> None:
    got = read(PAGE)
    assert got.text.split("\n\n") == [TITLE, *PARAGRAPHS]
    for furniture in ("Home", "Archive", "SCRIPTTEXT", "ASIDETEXT", "Search",
                      "FOOTERTEXT", "Posted by", "color"):
        assert furniture not in got.text


def test_title_from_h1() -> None:
    assert read(PAGE).title == TITLE


def test_title_from_title_tag_when_no_h1() -> None:
    got = read(f"<html><head><title>{TITLE}</title></head><body>{BODY}</body></html>")
    assert got.title == TITLE
    assert got.text.split("\n\n") == PARAGRAPHS


def test_main_is_used_when_there_is_no_article() -> None:
    got = read(f"<body><nav>Menu</nav><div>Sidebar junk</div><main>{BODY}</main></body>")
    assert got.text.split("\n\n") == PARAGRAPHS


def test_inline_markup_and_whitespace_are_joined() -> None:
    got = read("<body><p>The <b>Marshall</b>\n   <i>Plan</i> of 1947 offered aid to "
               "all of Europe, but Stalin refused it for the Soviet bloc.</p></body>")
    assert got.text.startswith("The Marshall Plan of 1947 offered aid")


def test_line_breaks_and_entities() -> None:
    got = read("<body><p>Stalin&rsquo;s aims were limited.<br>Truman&#8217;s were not, "
               "and the Cold War followed from their mutual distrust in 1946.</p></body>")
    assert got.text.startswith("Stalin’s aims were limited.\nTruman’s were not")


def test_declared_charset_is_honoured() -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"></head><body><p>Germany’s “war guilt” clause angered '
            "many people in the Weimar Republic for years afterwards.</p></body></html>")
    assert "Germany’s “war guilt”" in read(page, "cp1252").text


def test_double_line_breaks_separate_paragraphs() -> None:
    got = read("<body>" + "<br>\n<br>\n".join(PARAGRAPHS) + "</body>")
    assert got.text.split("\n\n") == PARAGRAPHS


def test_deeply_nested_page_is_read() -> None:
    got = read("<body>" + "<div>" * 5000 + PARAGRAPHS[0] + "</div>" * 5000 + "</body>")
    assert got.text == PARAGRAPHS[0]


def test_google_docs_comments_and_footnotes_are_dropped() -> None:
    page = (f"<html><body><p>{PARAGRAPHS[0]}<sup><a href='#cmnt1' id='cmnt_ref1'>[a]</a>"
            "</sup><sup><a href='#ftnt1' id='ftnt_ref1'>[1]</a></sup></p>"
            f"<p>{PARAGRAPHS[1]}</p><hr><div><p><a href='#ftnt_ref1' id='ftnt1'>[1]</a>"
            "<span> Gaddis, We Now Know, p. 12.</span></p></div>"
            "<div><p><a href='#cmnt_ref1' id='cmnt1'>[a]</a><span>Teacher: "
            "source?</span></p></div></body></html>")
    assert read(page).text.split("\n\n") == PARAGRAPHS[:2]


def test_word_web_page_comments_and_footnotes_are_dropped() -> None:
    page = (f"<html><body><div class=WordSection1><p class=MsoNormal>{PARAGRAPHS[0]}"
            "<a style='mso-footnote-id:ftn1' href='#_ftn1' name='_ftnref1'>[1]</a>"
            "<span class=MsoCommentReference>[SB1]</span></p>"
            f"<p class=MsoNormal>{PARAGRAPHS[1]}</p></div>"
            "<div style='mso-element:footnote-list'><p>[1] Gaddis, p. 12.</p></div>"
            "<div style='mso-element:comment-list'><p>[SB1] source?</p></div></body></html>")
    assert read(page).text.split("\n\n") == PARAGRAPHS[:2]


def test_a_footnote_inside_the_essay_wrapper_drops_only_the_note() -> None:
    page = (f"<body><div class='doc'><p>{PARAGRAPHS[0]}<sup><a id='ftnt_ref1'>[1]</a></sup>"
            f"</p><p>{PARAGRAPHS[1]}</p><p><a id='ftnt1'>[1]</a> Gaddis, p. 12.</p></div></body>")
    assert read(page).text.split("\n\n") == PARAGRAPHS[:2]
