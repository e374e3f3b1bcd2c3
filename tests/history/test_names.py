"""Names, misspellings, works and quotations with their speakers."""

from __future__ import annotations

from essaylens.history.names import edit_distance, near_miss
from essaylens.history.packs import Name

TITLE = "Why did the Great Terror happen?\n\n"
LEAD = "Stalin purged the party and the NKVD arrested thousands. "


def test_edit_distance_counts_transpositions_once() -> None:
    assert edit_distance("khrushev", "khrushchev") == 2
    assert edit_distance("yezhvo", "yezhov") == 1


def test_near_miss_skips_derived_forms() -> None:
    names = [Name("Russia", "Russia", "place"), Name("Khrushchev", "Nikita Khrushchev", "person")]
    assert near_miss("Russian", names) is None
    assert near_miss("Khruschov", names) is not None


def test_unlisted_misspelling_is_linked_and_flagged(analyse) -> None:
    doc = analyse(TITLE + LEAD + "Tukachevski was shot with other generals.")
    hit = next(e.attrs for e in doc.spans["entities"] if e.attrs["name"] == "Tukachevski")
    assert hit["canonical"] == "Mikhail Tukhachevsky" and hit["misspelt"] is True


def test_historian_and_cited_work(analyse) -> None:
    doc = analyse(TITLE + LEAD + "Robert Conquest, The Great Terror (1968), blamed Stalin.")
    kinds = {(e.attrs["canonical"], e.attrs["type"]) for e in doc.spans["entities"]}
    assert ("Robert Conquest", "historian") in kinds
    assert ("The Great Terror", "work") in kinds
    work = next(e.attrs for e in doc.spans["entities"] if e.attrs["type"] == "work")
    assert (work["author"], work["year"]) == ("Robert Conquest", 1968)


def test_event_name_is_not_a_work_without_its_author(analyse) -> None:
    doc = analyse(TITLE + LEAD + "The Great Terror killed many people.")
    assert all(e.attrs["type"] != "work" for e in doc.spans["entities"])


def test_speaker_is_the_subject_not_a_prepositional_object(analyse) -> None:
    doc = analyse(TITLE + LEAD + "Molotov, who had worked with Stalin, said that "
                  "“the enemies of the people had to be destroyed”.")
    assert [q.attrs["speaker"] for q in doc.spans["quotations"]] == ["Vyacheslav Molotov"]


def test_pronoun_speaker_resolves_to_the_last_named_person(analyse) -> None:
    doc = analyse(TITLE + LEAD + "Turning to Khrushchev, he reported that Stalin was "
                  "‘a very distrustful man, sickly suspicious’.")
    assert [q.attrs["speaker"] for q in doc.spans["quotations"]] == ["Nikita Khrushchev"]


def test_scare_quotes_are_not_quotations(analyse) -> None:
    doc = analyse(TITLE + LEAD + "Managers were called so called ‘wreckers’ and ‘saboteurs’.")
    assert len(doc.spans["quotations"]) == 0


def test_names_no_pack_knows_come_from_context(analyse) -> None:
    doc = analyse("Why did the Civil War begin?\n\nCharles I quarrelled with the Long Parliament "
                  "over money. Archbishop Laud's reforms angered Puritans. The historian "
                  "Conrad Russell stresses religion, and Hill argues that class mattered.")
    found = {(e.attrs["canonical"], e.attrs["type"]) for e in doc.spans["entities"]}
    assert {("Charles I", "person"), ("Long Parliament", "organisation"), ("Laud", "person"),
            ("Conrad Russell", "historian"), ("Hill", "historian")} <= found


def test_an_english_word_at_a_sentence_start_is_not_a_misspelt_name(analyse) -> None:
    doc = analyse("Why did Weimar fail?\n\nHitler, Hindenburg, Brüning and the Reichstag "
                  "mattered. Burning the Reichstag helped the Nazis. Leaving office, Papen "
                  "plotted.")
    assert not [e for e in doc.spans["entities"] if e.attrs["misspelt"]]


def test_according_to_and_trailing_attribution(analyse) -> None:
    doc = analyse(TITLE + LEAD + "According to Khrushchev, “Stalin was a very distrustful "
                  "man”. “Life has become better, comrades,” said Stalin in 1935.")
    assert [q.attrs["speaker"] for q in doc.spans["quotations"]] == [
        "Nikita Khrushchev", "Joseph Stalin"]
