"""The stage's record: layer, attrs, schema, and the planted-error smoke benchmark."""

from __future__ import annotations

from essaylens.language.issues import KINDS

from .helpers import analyse


def test_layer_attrs_match_the_record() -> None:
    doc = analyse("The the purges were un met. Fear was the soul reason.")
    spans = list(doc.spans["language_issues"])
    assert spans
    for span in spans:
        a = span.attrs
        assert a["kind"] in KINDS and span.label == a["kind"]
        assert a["text"] == doc.text[span.start:span.end]
        assert isinstance(a["suggestions"], list) and 0 <= a["confidence"] <= 1


def test_record_validates_against_schema() -> None:
    import json
    from importlib import resources

    import jsonschema

    from essaylens.record import to_record

    doc = analyse("Their was an policy of terror. It lead to fear and fear.")
    schema = json.loads(resources.files("essaylens.schema").joinpath(
        "analysis-1.json").read_text(encoding="utf-8"))
    record = to_record(doc)
    jsonschema.validate(record, schema)
    assert record["language_issues"] and "readability" in record


def test_empty_text_has_no_issues() -> None:
    doc = analyse("Fear.")
    assert list(doc.spans["language_issues"]) == []


def test_planted_benchmark_smoke() -> None:
    """A quick run of the planted-error benchmark on one of its essays."""
    from pathlib import Path

    from essaylens.language.bench import bench_planted, parse_planted

    folder = Path(__file__).resolve().parents[2] / "bench" / "language"
    text, planted = parse_planted("It was [[article|a|an]] error, [[repetition|the the|the]] end.")
    assert text == "It was a error, the the end." and planted[1].wrong == "the the"
    result = bench_planted(folder, only=["01_terror.txt"], rare_limit=20)
    assert result["essays"] == 1 and result["precision"] >= 0.9 and result["recall"] >= 0.8


def test_bench_spelling_command(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from essaylens.cli.main import app

    data = tmp_path / "data" / "spelling"
    data.mkdir(parents=True)
    (data / "spell-testset1.txt").write_text("receive: recieve\nbeginning: begining\n")
    (data / "spell-testset2.txt").write_text("government: goverment\n")
    result = CliRunner().invoke(app, ["bench", "spelling", "--shared", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["set1"] == 1.0 and figures["set2"] == 1.0 and figures["words_per_s"] > 0


def test_issue_inside_quotation_is_softened() -> None:
    from essaylens.document import Span
    from essaylens.language.stage import check
    from essaylens.pipeline import Options

    doc = analyse("He wrote that “the the state must act” in 1936.")
    s = doc.text.index("the the")
    doc.new_spans("quotations", [Span(s, s + 24, label="quotation")])
    issues, _ = check(doc, Options())
    rep = [i for i in issues if i.kind == "repetition"]
    assert rep and rep[0].confidence <= 0.5 and "quotation" in rep[0].message


def test_recognised_entity_is_not_a_spelling_issue() -> None:
    from essaylens.document import Span
    from essaylens.language.stage import check
    from essaylens.pipeline import Options

    doc = analyse("The purge was run by Zhdanovv in Leningrad.")
    s = doc.text.index("Zhdanovv")
    doc.new_spans("entities", [Span(s, s + 8, label="person", attrs={"misspelt": False})])
    issues, _ = check(doc, Options())
    assert not [i for i in issues if i.kind in ("spelling", "name")]
