"""Build fixture files of every format with the libraries themselves (no binary fixtures
in the repo).  The essay text here is written for these tests."""

from __future__ import annotations

import io
import zipfile
from typing import Any

TITLE = "Why Did the Cold War Begin?"
PARAGRAPHS = [
    "Historians have argued for decades about who was to blame for the Cold War. "
    "Orthodox writers blamed Stalin, while revisionists such as William Appleman "
    "Williams blamed American economic expansion.",
    "This essay argues that mutual suspicion, rather than the ambitions of one side, "
    "best explains the breakdown of the wartime alliance between 1945 and 1947.",
    "In conclusion, neither side wanted war, but each read the other's defensive moves "
    "as proof of aggressive intent, and so the division of Europe followed.",
]


_OPENERS = ["Firstly", "Secondly", "Moreover", "However", "Furthermore", "Similarly",
            "Nevertheless", "Indeed", "Admittedly", "Meanwhile", "Consequently", "Likewise",
            "Notably", "Equally", "Besides", "Still", "Even so", "Again", "Above all", "Then"]


def essay_paragraphs(words: int = 700) -> list[str]:
    """Distinct paragraphs (a real essay never repeats a line, and PDF furniture
    detection rightly treats lines repeated at the top of pages as headers)."""
    out: list[str] = []
    while sum(len(p.split()) for p in out) < words:
        para = PARAGRAPHS[len(out) % len(PARAGRAPHS)]
        out.append(f"{_OPENERS[len(out) % len(_OPENERS)]}, {para[0].lower()}{para[1:]}")
    return out


def make_docx(*, title: str | None = TITLE, paragraphs: list[str] | None = None,
              header: str | None = None, footer: str | None = None,
              comment: str | None = None, table: list[list[str]] | None = None,
              hyperlink: tuple[str, str] | None = None) -> bytes:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    if title is not None:
        document.add_heading(title, level=0)
    body = paragraphs if paragraphs is not None else PARAGRAPHS
    for i, text in enumerate(body):
        para = document.add_paragraph(text)
        if i == 0 and comment:
            document.add_comment(para.runs, text=comment, author="Teacher")
        if i == 0 and hyperlink:
            label, url = hyperlink
            r_id = document.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            link = OxmlElement("w:hyperlink")
            link.set(qn("r:id"), r_id)
            run = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = label
            run.append(t)
            link.append(run)
            para._p.append(link)
        if i == 0 and table:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    grid.cell(r, c).text = value
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_odt(*, title: str | None = TITLE, paragraphs: list[str] | None = None,
             heading_title: bool = False, comment: str | None = None,
             footnote: str | None = None) -> bytes:
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentText
    from odf.style import Style
    from odf.text import H, Note, NoteBody, NoteCitation, P, Span

    document = OpenDocumentText()
    title_style = Style(name="Title", family="paragraph")
    document.styles.addElement(title_style)
    auto = Style(name="P1", family="paragraph", parentstylename="Title")
    document.automaticstyles.addElement(auto)
    if title is not None:
        if heading_title:
            document.text.addElement(H(outlinelevel=1, text=title))
        else:
            document.text.addElement(P(stylename=auto, text=title))
    for i, text in enumerate(paragraphs if paragraphs is not None else PARAGRAPHS):
        para = P(text=text)
        if i == 0 and comment:
            note = Annotation()
            note.addElement(P(text=comment))
            para.addElement(note)
        if i == 0 and footnote:
            fn = Note(noteclass="footnote", id="ftn1")
            fn.addElement(NoteCitation(text="1"))
            body = NoteBody()
            body.addElement(P(text=footnote))
            fn.addElement(body)
            para.addElement(fn)
            para.addElement(Span(text=" More text."))
        document.text.addElement(para)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def make_pdf(pages: list[list[list[str]]], *, header: str | None = None,
             footer: str | None = "Page {n} of {total}", title: str | None = None,
             paragraph_gap: float = 4.0, indent: float = 0.0,
             footnotes: dict[int, list[str]] | None = None,
             marks: dict[str, str] | None = None) -> bytes:
    """``pages`` -> paragraphs -> lines, laid out exactly as given (no automatic wrapping).
    ``marks`` puts a superscript note number after a word: ``{"Union": "1"}``."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    total = len(pages)
    for n, paragraphs in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.set_font("Helvetica", size=9)
            pdf.cell(0, 8, header, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        if title and n == 1:
            pdf.set_font("Helvetica", "B", size=16)
            pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(paragraph_gap)
        pdf.set_font("Helvetica", size=12)
        for lines in paragraphs:
            for i, line in enumerate(lines):
                if i == 0 and indent:
                    pdf.set_x(pdf.l_margin + indent)
                _write_line(pdf, line, marks or {})
            pdf.ln(paragraph_gap)
        if footnotes and n in footnotes:
            pdf.set_y(-15 - 5 * len(footnotes[n]) - 4)
            pdf.set_font("Helvetica", size=9)
            for note in footnotes[n]:
                pdf.cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
        if footer:
            pdf.set_y(-15)
            pdf.set_font("Helvetica", size=9)
            pdf.cell(0, 10, footer.format(n=n, total=total), align="C")
    return bytes(pdf.output())


def _write_line(pdf: Any, line: str, marks: dict[str, str]) -> None:
    word = next((w for w in marks if f"{w} " in line or line.endswith(w)), None)
    if word is None:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        return
    head, _, tail = line.partition(word)
    pdf.write(6, head + word)
    pdf.char_vpos = "SUP"
    pdf.write(6, marks[word])
    pdf.char_vpos = "LINE"
    pdf.write(6, tail)
    pdf.ln(6)


def make_image_pdf() -> bytes:
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(Image.new("L", (200, 280), color=200), x=10, y=10, w=190)
    return bytes(pdf.output())


def encrypt_pdf(data: bytes, password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_rtf(paragraphs: list[str]) -> bytes:
    def esc(text: str) -> str:
        out = []
        for ch in text:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) < 128:
                out.append(ch)
            else:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        return "".join(out)

    body = "".join(f"{{\\pard {esc(p)}\\par}}\n" for p in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
            "{\\header {\\pard Running head\\par}}\n" + body + "}").encode("ascii")


def zip_bomb_docx(size: int = 3_000_000) -> bytes:
    """A zip named like a .docx whose one part unpacks ~1000 to 1."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * size)
    return out.getvalue()


def make_flowing_pdf(paragraphs: list[str], align: str = "J") -> bytes:
    """Paragraphs wrapped by fpdf2 itself, no spacing or indent between them (the
    hardest layout to split), with a page number in the footer."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=25)

    def footer() -> None:
        pdf.set_y(-15)
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 10, str(pdf.page_no()), align="R")

    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()
    pdf.set_font("Times", size=12)
    for para in paragraphs:
        pdf.multi_cell(0, 6, para, align=align, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
