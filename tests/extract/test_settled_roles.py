"""A settled case of docs/annotation.md on ROLE: a position held for a person gives ROLE to that
person, not to the country or state of that person's own title (titles.py
``_of_another_person``; the queen of a story's country: test_title_roles.py). On a hand-built
parse, then end to end."""

from __future__ import annotations

import pytest

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.titles import _of_another_person
from tests.extract.extraction_helpers import hand_resolver, typed

# "Polish President Tesla 's spokesperson Kernow"
SPOKESPERSON = """
Polish 1 amod ADJ
President 2 compound PROPN
Tesla 4 poss PROPN
's 2 case PART
spokesperson 5 compound NOUN
Kernow 5 ROOT PROPN
"""


def test_a_word_of_another_persons_title_is_not_the_holders():
    names = [(0, 1, "COUNTRY", "POL"), (2, 3, "PERSON", "tesla"), (5, 6, "PERSON", "kernow")]
    resolver, doc = hand_resolver(SPOKESPERSON, "en", names)
    kernow = next(e for e in doc.ents if e.kb_id_ == "kernow")
    assert _of_another_person(doc[0], doc[4], kernow, resolver)


def test_a_word_of_the_holders_own_phrase_is_the_holders():
    names = [(0, 1, "COUNTRY", "POL"), (2, 3, "PERSON", "tesla"), (5, 6, "PERSON", "kernow")]
    resolver, doc = hand_resolver(SPOKESPERSON, "en", names)
    tesla = next(e for e in doc.ents if e.kb_id_ == "tesla")
    assert not _of_another_person(doc[0], doc[1], tesla, resolver)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Polish President Vasco Tesla's spokesperson, Ida Kernow, said the talks would go on.",
            ("Ida Kernow", "ROLE", "Poland"),
        ),
        (
            "Ida Kernow, then-Ohio Governor Vasco Tesla's deputy chief of staff, was convicted.",
            ("Ida Kernow", "ROLE", "Ohio"),
        ),
    ],
)
def test_end_to_end_the_holder_of_a_position_for_a_person_has_no_role_through_its_title(
    text, wrong
):
    found = typed(text, "en")
    assert wrong not in found, sorted(found)
    assert wrong[2] in {t for _, _, t in found}, sorted(found)  # the person's own ROLE stays


@pytest.mark.model
def test_end_to_end_dutch_the_spokesperson_of_a_president_has_role_to_the_president_only():
    found = typed(
        "Ida Kernow, woordvoerder van de Poolse president Vasco Tesla, zei dat de gesprekken "
        "doorgaan.",
        "nl",
    )
    assert ("Ida Kernow", "ROLE", "Vasco Tesla") in found, sorted(found)
    assert ("Ida Kernow", "ROLE", "Poland") not in found, sorted(found)
    assert ("Vasco Tesla", "ROLE", "Poland") in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Ida Kernow, who was Vasco Tesla's special envoy to the coalition until May, "
            "criticised the plan.",
            "en",
        ),
        ("Ida Kernow, die tot mei de gezant van Vasco Tesla was, bekritiseerde het plan.", "nl"),
        (
            "Vasco Tesla spoke on Monday. The probe began after his former lawyer Ida Kernow "
            "was convicted.",
            "en",
        ),
        (
            "Vasco Tesla sprak maandag. Het onderzoek begon nadat zijn voormalige advocaat Ida "
            "Kernow was veroordeeld.",
            "nl",
        ),
        ("Ida Kernow, a lawyer for Vasco Tesla, denied the claims.", "en"),
    ],
)
def test_end_to_end_a_position_held_for_a_person_by_a_relative_clause_or_pronoun(text, lang):
    found = typed(text, lang)
    assert ("Ida Kernow", "ROLE", "Vasco Tesla") in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang",
    [
        ("A jury convicted Ida Kernow, the California, US lawyer who represented Tesla.", "en"),
        ("De Amerikaanse advocaat Ida Kernow ontkende de beschuldigingen.", "nl"),
    ],
)
def test_end_to_end_a_lawyer_holds_no_office_of_the_country_before_the_word(text, lang):
    found = typed(text, lang)
    assert ("Ida Kernow", "ROLE", "United States") not in found, sorted(found)


@pytest.mark.model
def test_end_to_end_a_party_whose_nomination_is_contested_is_not_the_title_holders():
    found = typed(
        "Senator Ida Kernow challenged President Vasco Tesla for the Democratic Party's "
        "nomination.",
        "en",
    )
    assert ("Vasco Tesla", "ROLE", "Democratic Party") not in found, sorted(found)


@pytest.mark.model
def test_end_to_end_a_plural_title_listed_before_another_title_is_not_the_names():
    found = typed(
        "The court waits for arguments from Vasco Tesla's lawyers and District Attorney Ida "
        "Kernow's office.",
        "en",
    )
    assert ("Ida Kernow", "ROLE", "Vasco Tesla") not in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, lang, body",
    [
        (
            "Ida Kernow, voormalig rechter in het Ruritaanse Hooggerechtshof, is overleden.",
            "nl",
            "Ruritaanse Hooggerechtshof",
        ),
        (
            "Ida Kernow, a former judge in the Ruritanian Supreme Court, died.",
            "en",
            "Ruritanian Supreme Court",
        ),
    ],
)
def test_end_to_end_a_title_in_a_body_is_held_there(text, lang, body):
    found = typed(text, lang)
    assert ("Ida Kernow", "ROLE", body) in found, sorted(found)
