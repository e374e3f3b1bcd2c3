"""The class summary counts only facts a topic pack could actually judge."""

from essaylens.document import Document, Span
from essaylens.record import to_record
from essaylens.report.summary import summary_row


def test_facts_without_a_pack_or_unverifiable_are_not_counted_as_checked():
    doc = Document("In 1934 Kirov died. In 1936 trials began. In 1066 a king fell.")
    doc.new_spans("fact_checks", [
        Span(0, 19, attrs={"status": "supported"}),
        Span(20, 42, attrs={"status": "contradicted"}),
        Span(42, 62, attrs={"status": "unverifiable"}),
        Span(42, 62, attrs={"status": "no_pack"}),
    ])
    row = summary_row(to_record(doc), file="e.txt", report="e.html")
    assert row["facts_checked"] == 2
    assert row["fact_errors"] == 1
