import pytest

from essaylens.document import Document, Span
from essaylens.pipeline import Pipeline, PipelineError, Stage


def _writer(name):
    def fn(doc, options):
        doc.new_spans(name, [Span(0, 1)])
    return fn


def test_pipeline_refuses_a_stage_before_what_it_needs():
    a = Stage("a", _writer("x"), requires=("y",), writes=("x",))
    with pytest.raises(PipelineError, match="needs"):
        Pipeline([a])


def test_pipeline_checks_each_stage_wrote_its_layers():
    liar = Stage("liar", lambda doc, opts: None, requires=(), writes=("x",))
    with pytest.raises(PipelineError, match="did not write"):
        Pipeline([liar]).run(Document("text"))


def test_default_pipeline_runs_every_registered_stage_on_a_tiny_essay():
    from essaylens.analysis import DEFAULT_STAGES, analyze_text

    doc = analyze_text("Why did it happen?\n\nIt happened because of fear. Fear was the "
                       "main reason, although greed mattered too. In conclusion, fear "
                       "mattered most of all for the people then.\n")
    from essaylens.pipeline import registered

    for name in DEFAULT_STAGES:
        for layer in registered()[name].writes:
            assert layer in doc.layer_names()
