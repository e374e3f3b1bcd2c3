import pytest

from essaylens.analysis import analyze_text


def sentences(body: str) -> list[str]:
    doc = analyze_text("Why did it happen?\n\n" + body + "\n")
    return [doc.span_text(s) for s in doc.spans["sentences"]]


@pytest.mark.parametrize("body", [
    "As J. Arch Getty argued in 1985, the centre lacked control.",
    "Order No. 00447 set quotas for each region of the country.",
    "By c. 1936 the party was afraid of its own leader.",
    "Dr. Smith disagrees with that view on the numbers involved.",
    "Historians e.g. Conquest blame Stalin for all of it alone.",
])
def test_abbreviations_and_initials_do_not_end_sentences(body):
    assert sentences(body) == [body]


def test_quotation_ending_with_full_stop_closes_the_sentence():
    assert sentences("Stalin called it “a state of siege.” Then the trials began.") == [
        "Stalin called it “a state of siege.”", "Then the trials began."]


def test_title_is_its_own_layer_not_a_sentence():
    doc = analyze_text("What happened during the Terror?\n\nMany died. Many fled abroad.\n")
    (title,) = doc.spans["title"]
    assert doc.span_text(title) == "What happened during the Terror?"
    assert [doc.span_text(s) for s in doc.spans["sentences"]] == ["Many died.",
                                                                  "Many fled abroad."]
    assert doc.info.title == "What happened during the Terror?"


def test_each_line_is_a_paragraph_and_hard_wrapped_blocks_are_one():
    lines = analyze_text("Title here\nFirst para. It goes on.\nSecond para here now.\n")
    assert len(lines.spans["paragraphs"]) == 2
    wrapped = analyze_text("Title\n\nA first paragraph that\nwraps over lines.\n\n"
                           "A second one that\nalso wraps here.\n")
    assert [wrapped.span_text(p) for p in wrapped.spans["paragraphs"]] == [
        "A first paragraph that\nwraps over lines.", "A second one that\nalso wraps here."]


def test_reference_essay_segments(reference_text):
    doc = analyze_text(reference_text)
    assert doc.info.title and doc.info.title.startswith("What happened")
    assert len(doc.spans["paragraphs"]) >= 20
    assert len(doc.spans["sentences"]) >= 40
    starts = [doc.text[s.start] for s in doc.spans["sentences"]]
    assert not any(c.islower() for c in starts)
    # An ellipsis inside a short quotation does not split it.
    assert not any(doc.span_text(s).endswith("….") for s in doc.spans["sentences"])
    for s in doc.spans["sentences"]:
        assert "\n" not in doc.span_text(s)


def test_a_question_set_with_a_command_word_is_the_title_even_ending_in_a_full_stop():
    doc = analyze_text("Assess the reasons for the Nazi rise to power.\n\n"
                       "The Depression mattered most. Propaganda helped.\n")
    (title,) = doc.spans["title"]
    assert doc.span_text(title).startswith("Assess the reasons")


def test_a_short_opening_sentence_of_prose_is_not_taken_for_a_title():
    doc = analyze_text("The Depression mattered most.\n\nPropaganda helped the Nazis too.\n")
    assert len(doc.spans["title"]) == 0


def test_a_heading_above_the_question_leaves_the_question_as_the_title():
    doc = analyze_text("German Aggression and the Great War\n\n"
                       "How far was German aggression responsible for the war in 1914?\n\n"
                       "German aggression mattered most. The alliances mattered too.\n")
    (title,) = doc.spans["title"]
    assert doc.span_text(title).startswith("How far was German aggression")
    assert [doc.span_text(p) for p in doc.spans["paragraphs"]] == [
        "German aggression mattered most. The alliances mattered too."]
    assert doc.span_text(doc.spans["sentences"][0]) == "German aggression mattered most."


def test_a_title_a_blank_line_then_one_long_line_per_paragraph_keeps_the_paragraphs():
    para = "This paragraph is a long line of prose that goes on well past any wrap width " * 2
    doc = analyze_text("Should students compete or cooperate?\n\n" + "\n".join(
        f"{para.strip()} Number {i}." for i in range(4)) + "\n")
    assert len(doc.spans["paragraphs"]) == 4
