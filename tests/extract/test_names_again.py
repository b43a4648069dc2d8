"""One name, one span and one type over a document (issue 19): a name the document writes
in full is that name where the model cut it into pieces or short, and a surname of a person
named in full is no team's nickname. Finder tests on hand-tagged Docs; end-to-end tests on our
own sentences with the shipped models."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tests.extract.test_names_organisations import finders, found, names_of, tagged

__all__ = ["finders"]  # the fixture, shared with the organisation tests


# --- a name written again, which the model cut into pieces or short ----------------------------


@pytest.mark.parametrize(
    "lang, words, ents, name",
    [
        # "Kelby Fire and Rescue" found whole, then as a person "Kelby Fire" and an "Rescue"
        (
            "en",
            "Kelby/PROPN Fire/PROPN and/CCONJ Rescue/PROPN came/VERB ./PUNCT "
            "Kelby/PROPN Fire/PROPN and/CCONJ Rescue/PROPN left/VERB ./PUNCT",
            [(0, 4, "ORG"), (6, 8, "PERSON"), (9, 10, "ORG")],
            "Kelby Fire and Rescue",
        ),
        (
            "nl",
            "Kelby/PROPN Brand/PROPN en/CCONJ Redding/PROPN kwam/VERB ./PUNCT "
            "Kelby/PROPN Brand/PROPN en/CCONJ Redding/PROPN vertrok/VERB ./PUNCT",
            [(0, 4, "ORG"), (6, 8, "PER"), (9, 10, "ORG")],
            "Kelby Brand en Redding",
        ),
        # written again with a word in lower case: the model stops before it
        (
            "en",
            "the/DET League/PROPN of/ADP Fair/PROPN Voters/PROPN met/VERB ./PUNCT "
            "the/DET League/PROPN of/ADP Fair/PROPN voters/NOUN met/VERB ./PUNCT",
            [(1, 5, "ORG"), (8, 11, "ORG")],
            "League of Fair Voters",
        ),
        (
            "nl",
            "de/DET Liga/PROPN van/ADP Vrije/PROPN Kiezers/PROPN vergaderde/VERB ./PUNCT "
            "de/DET Liga/PROPN van/ADP Vrije/PROPN kiezers/NOUN vergaderde/VERB ./PUNCT",
            [(1, 5, "ORG"), (8, 11, "ORG")],
            "Liga van Vrije Kiezers",
        ),
    ],
)
def test_names_a_name_written_again_is_whole_where_the_model_cut_it(
    finders, lang, words, ents, name
):
    doc = tagged(words, lang, starts=(words.split().index("./PUNCT") + 1,))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    # the second is written as the text has it ("voters")
    assert [(text.lower(), label) for text, label in found(finders[lang], doc)] == [
        (name.lower(), "ORG")
    ] * 2


@pytest.mark.parametrize(
    "words, ents, kept",
    [
        # a longer name around the same words keeps its place: "Kelby Fire and Rescue Academy"
        (
            "Kelby/PROPN Fire/PROPN and/CCONJ Rescue/PROPN came/VERB ./PUNCT "
            "the/DET Kelby/PROPN Fire/PROPN and/CCONJ Rescue/PROPN Academy/PROPN opened/VERB "
            "./PUNCT",
            [(0, 4, "ORG"), (7, 12, "ORG")],
            ["Kelby Fire and Rescue", "Kelby Fire and Rescue Academy"],
        ),
        # the same first words go on otherwise: "Kelby Fire" is no "Kelby Fire and Rescue"
        (
            "Kelby/PROPN Fire/PROPN and/CCONJ Rescue/PROPN came/VERB ./PUNCT "
            "Kelby/PROPN Fire/PROPN sent/VERB Rescue/PROPN ./PUNCT",
            [(0, 4, "ORG"), (6, 8, "ORG"), (9, 10, "ORG")],
            ["Kelby Fire and Rescue", "Kelby Fire", "Rescue"],
        ),
        # two people the document names apart stay two, though one name holds the other's words
        (
            "Ada/PROPN Voss/PROPN Berg/PROPN spoke/VERB ./PUNCT "
            "Ada/PROPN Voss/PROPN and/CCONJ Berg/PROPN left/VERB ./PUNCT",
            [(0, 3, "PERSON"), (5, 7, "PERSON"), (8, 9, "PERSON")],
            ["Ada Voss Berg", "Ada Voss", "Berg"],
        ),
    ],
)
def test_names_words_that_go_on_otherwise_are_no_name_written_again(finders, words, ents, kept):
    doc = tagged(words, "en", starts=(words.split().index("./PUNCT") + 1,))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert [text for text, _ in found(finders["en"], doc)] == kept


@pytest.mark.parametrize(
    "lang, text, name, cut",
    [
        (
            "en",
            "The League of Fair Voters organised the debate in Lenholm. Most candidates said the "
            "League of Fair voters had done a better job than the new commission.",
            "League of Fair Voters",
            "League of Fair",
        ),
        (
            "nl",
            "De Liga van Vrije Kiezers organiseerde het debat in Lenholm. Volgens de kandidaten "
            "deed de Liga van Vrije kiezers het beter dan de nieuwe commissie.",
            "Liga van Vrije Kiezers",
            "Liga van Vrije",
        ),
    ],
)
def test_names_a_name_written_again_in_lower_case_end_to_end(lang, text, name, cut):
    # both models stop the name before its lower-case last word the second time
    labels = [label for label, _ in names_of(text, lang)]
    assert name in labels
    assert cut not in labels


# --- a surname of a person named in full is no team's nickname ----------------------------------


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "en",
            "nominee/NOUN Tor/PROPN Vallins/PROPN spoke/VERB ./PUNCT "
            "Voters/NOUN backed/VERB the/DET Vallins/PROPN //PUNCT Berg/PROPN ticket/NOUN ./PUNCT",
        ),
        (
            "nl",
            "kandidaat/NOUN Tor/PROPN Vallins/PROPN sprak/VERB ./PUNCT "
            "Kiezers/NOUN steunden/VERB de/DET Vallins/PROPN //PUNCT Berg/PROPN ticket/NOUN "
            "./PUNCT",
        ),
    ],
)
def test_names_a_plural_looking_surname_of_a_person_named_in_full_is_no_team(finders, lang, words):
    doc = tagged(words, lang, starts=(5,))
    label = "PERSON" if lang == "en" else "PER"
    doc.ents = [Span(doc, 1, 3, label=label), Span(doc, 8, 9, label=label)]
    # the full name stays a person (the linker joins the bare surname to it)
    assert ("Tor Vallins", "PERSON") in found(finders[lang], doc)


def test_names_a_person_named_after_an_article_leaves_the_team_its_nickname(finders):
    # "the Kaldon Harpoons", which the model took for a person: a team, as persons take no article
    doc = tagged(
        "Fans/NOUN cheered/VERB the/DET Kaldon/PROPN Harpoons/PROPN ./PUNCT "
        "Later/ADV the/DET Harpoons/PROPN won/VERB ./PUNCT",
        "en",
        starts=(6,),
    )
    doc.ents = [Span(doc, 3, 5, label="PERSON"), Span(doc, 8, 9, label="PERSON")]
    assert found(finders["en"], doc) == [("Kaldon Harpoons", "ORG"), ("Harpoons", "ORG")]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Party nominee Tor Vallins and his running mate Ada Berg lost the primary in March. "
            "Voters in Lenholm still backed the Vallins/Berg ticket.",
        ),
        (
            "nl",
            "Presidentskandidaat Tor Vallins verloor in maart de voorverkiezing. Toch kozen veel "
            "kiezers in Lenholm voor de Vallins.",
        ),
    ],
)
def test_names_a_ticket_by_surnames_end_to_end(lang, text):
    names = names_of(text, lang)
    assert ("Tor Vallins", "PERSON") in names
    assert not any(label in ("Tor Vallins", "Vallins") and kind == "ORG" for label, kind in names)


# --- one person the model cut in two before a first name it knows --------------------------


JOINED_BY_FLAT = """
zei 0 ROOT VERB
directeur 0 obj NOUN
Valdrik 1 appos PROPN
Sabrina 2 flat PROPN
Oster 2 flat PROPN
. 0 punct PUNCT
"""

APART_BY_COMMA = """
zei 0 ROOT VERB
Valdrik 0 nsubj PROPN
, 3 punct PUNCT
Sabrina 1 conj PROPN
Oster 3 flat PROPN
. 0 punct PUNCT
"""


@pytest.mark.parametrize(
    "rows, ents, expected",
    [
        (JOINED_BY_FLAT, [(2, 3), (3, 5)], [("Valdrik Sabrina Oster", "PERSON")]),
        (APART_BY_COMMA, [(1, 2), (3, 5)], [("Valdrik", "PERSON"), ("Sabrina Oster", "PERSON")]),
    ],
)
def test_names_two_persons_side_by_side_are_one_when_the_parser_joins_them(
    finders, rows, ents, expected
):
    from tests.extract.extraction_helpers import parse

    doc = parse(rows, "nl")
    doc.ents = [Span(doc, start, end, label="PER") for start, end in ents]
    assert found(finders["nl"], doc) == expected


@pytest.mark.model
def test_names_a_name_cut_before_a_known_first_name_is_whole_end_to_end():
    text = "Volgens directeur Valdrik Sabrina Oster van het instituut zijn vijf mensen overleden."
    assert ("Valdrik Sabrina Oster", "PERSON") in names_of(text, "nl")


# --- an organisation's name written again where the model tagged nothing ------------------------


@pytest.mark.parametrize(
    "lang, words, first",
    [
        # inside a compound before a noun: "a founding Civic Forward member"
        (
            "en",
            "Civic/PROPN Forward/PROPN won/VERB ./PUNCT "
            "Jo/PROPN Bell/PROPN ,/PUNCT a/DET founding/ADJ Civic/PROPN Forward/PROPN "
            "member/NOUN ,/PUNCT spoke/VERB ./PUNCT",
            (0, 2, "ORG"),
        ),
        (
            "nl",
            "Vrije/PROPN Kelby/PROPN won/VERB ./PUNCT "
            "Jo/PROPN Bell/PROPN sprak/VERB namens/ADP de/DET Vrije/PROPN Kelby/PROPN "
            "fractie/NOUN ./PUNCT",
            (0, 2, "ORG"),
        ),
        # after "of"/"van": "one of the founders of Civic Forward"
        (
            "en",
            "Civic/PROPN Forward/PROPN won/VERB ./PUNCT "
            "Jo/PROPN Bell/PROPN is/AUX one/NUM of/ADP the/DET founders/NOUN of/ADP "
            "Civic/PROPN Forward/PROPN ./PUNCT",
            (0, 2, "ORG"),
        ),
        (
            "nl",
            "Vrije/PROPN Kelby/PROPN won/VERB ./PUNCT "
            "Jo/PROPN Bell/PROPN is/AUX een/NUM van/ADP de/DET oprichters/NOUN van/ADP "
            "Vrije/PROPN Kelby/PROPN ./PUNCT",
            (0, 2, "ORG"),
        ),
        # opening a sentence
        (
            "en",
            "Jo/PROPN Bell/PROPN joined/VERB Civic/PROPN Forward/PROPN ./PUNCT "
            "Civic/PROPN Forward/PROPN won/VERB ./PUNCT",
            (3, 5, "ORG"),
        ),
        (
            "nl",
            "Jo/PROPN Bell/PROPN sloot/VERB zich/PRON aan/ADP bij/ADP Vrije/PROPN "
            "Kelby/PROPN ./PUNCT Vrije/PROPN Kelby/PROPN won/VERB ./PUNCT",
            (6, 8, "ORG"),
        ),
    ],
)
def test_names_an_organisation_written_again_untagged_is_that_organisation(
    finders, lang, words, first
):
    doc = tagged(words, lang, starts=(words.split().index("./PUNCT") + 1,))
    person = [i for i, w in enumerate(words.split()) if w.startswith("Jo/")]
    ents = [Span(doc, *first)]
    if person:
        ents.append(Span(doc, person[0], person[0] + 2, label="PER" if lang == "nl" else "PERSON"))
    doc.ents = sorted(ents, key=lambda s: s.start)
    orgs = [text for text, label in found(finders[lang], doc) if label == "ORG"]
    assert len(orgs) == 2 and len(set(orgs)) == 1, orgs


@pytest.mark.parametrize(
    "lang, words",
    [
        # part of a longer name: "the Great Civic Forward", "Vrije Kelby Partij"
        (
            "en",
            "Civic/PROPN Forward/PROPN won/VERB ./PUNCT "
            "the/DET Great/PROPN Civic/PROPN Forward/PROPN lost/VERB ./PUNCT",
        ),
        (
            "nl",
            "Vrije/PROPN Kelby/PROPN won/VERB ./PUNCT "
            "de/DET Vrije/PROPN Kelby/PROPN Partij/PROPN verloor/VERB ./PUNCT",
        ),
    ],
)
def test_names_an_organisation_inside_a_longer_name_is_not_written_again(finders, lang, words):
    doc = tagged(words, lang, starts=(4,))
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    first = " ".join(w.split("/")[0] for w in words.split()[:2])
    assert first in [text for text, label in found(finders[lang], doc) if label == "ORG"]
    assert sum(text == first for text, _ in found(finders[lang], doc)) == 1


@pytest.mark.parametrize(
    "lang, words",
    [
        # one word the document never writes in lower case: "the founders of Kelbyplatform"
        (
            "en",
            "Kelbyplatform/PROPN won/VERB ./PUNCT "
            "Jo/PROPN Bell/PROPN is/AUX one/NUM of/ADP the/DET founders/NOUN of/ADP "
            "Kelbyplatform/PROPN ./PUNCT",
        ),
        (
            "nl",
            "Kelbyplatform/PROPN won/VERB ./PUNCT "
            "Jo/PROPN Bell/PROPN is/AUX een/NUM van/ADP de/DET oprichters/NOUN van/ADP "
            "Kelbyplatform/PROPN ./PUNCT",
        ),
    ],
)
def test_names_a_one_word_organisation_written_again_is_that_organisation(finders, lang, words):
    doc = tagged(words, lang, starts=(3,))
    doc.ents = [
        Span(doc, 0, 1, label="ORG"),
        Span(doc, 3, 5, label="PER" if lang == "nl" else "PERSON"),
    ]
    found_orgs = [text for text, label in found(finders[lang], doc) if label == "ORG"]
    assert found_orgs == ["Kelbyplatform"] * 2
