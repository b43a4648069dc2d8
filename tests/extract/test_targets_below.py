"""Issue 18 (evtarget1): targets named below the word that tells the act. The partner of an act
done with someone, in a "with" phrase the parser hung on a noun below the verb's object or phrase
(a thing or a place takes no partner of its own, so the phrase is the verb's); the owner of the
premises a protest told by an event noun is held at, or the firm it is held at; whom a deployment
answers, named in the hostile act its adjunct tells; whom a verb lets or allows, made the subject
of its infinitive by the parser. Sentences of our own, in both languages, read as the yardstick's
event typing reads them."""

from __future__ import annotations

import pytest

from bench.quality.match import pred_docs
from bench.quality.metrics import typing_prediction
from tests.extract.extraction_helpers import records_of


def typed_as(text: str, lang: str, source: str, target: str) -> str:
    """The type the yardstick's event typing reads between ``source`` and ``target``."""
    return typing_prediction(pred_docs(records_of(text, lang))["t"], source, target)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, source, target, expected",
    [
        ("en", "Chile shared intelligence on the sinking of the ferry with Peru.", "Chile",
         "Peru", "COOPERATE"),
        ("nl", "Chili deelde gegevens over de uitbraak op boerderijen met Peru.", "Chili", "Peru",
         "COOPERATE"),
        # a place may be shared: its "with" phrase is its own
        ("en", "Chile held war games near its border with Peru.", "Chile", "Peru", "NONE"),
        # promised, the act is the promise (speech._governed_acts)
        ("en", "Chile offered to share the costs of a tunnel through the Andes with Peru.",
         "Chile", "Peru", "AGREE"),
    ],
)  # fmt: skip
def test_a_partner_phrase_hung_below_the_object_is_the_verbs(lang, text, source, target, expected):
    assert typed_as(text, lang, source, target) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, source, target, expected",
    [
        ("en", "The protest of Greenpeace outside the embassy of Norway drew hundreds.",
         "Greenpeace", "Norway", "PROTEST"),
        ("nl", "Het protest van Greenpeace bij de ambassade van Noorwegen trok honderden mensen.",
         "Greenpeace", "Noorwegen", "PROTEST"),
        # at a firm its own place phrase names
        ("nl", "De staking van de FNV bij Philips duurde drie dagen.", "FNV", "Philips",
         "PROTEST"),
        ("en", "The walkout of the Teamsters at Walmart lasted three days.", "Teamsters",
         "Walmart", "PROTEST"),
        # a place named alone is no target
        ("en", "The protest of Greenpeace in Oslo drew hundreds.", "Greenpeace", "Oslo", "NONE"),
    ],
)  # fmt: skip
def test_a_protest_at_premises_is_aimed_at_their_owner(lang, text, source, target, expected):
    assert typed_as(text, lang, source, target) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, source, target, expected",
    [
        ("en", "Fearing an attack by Serbia, Croatia moved troops to its border.", "Croatia",
         "Serbia", "MOBILIZE"),
        ("en", "Croatia called up reservists ahead of an offensive against Serbia.", "Croatia",
         "Serbia", "MOBILIZE"),
        ("nl", "Kroatië stuurde troepen naar de grens na de aanval van Servië.", "Kroatië",
         "Servië", "MOBILIZE"),
    ],
)  # fmt: skip
def test_a_deployment_answers_the_threat_its_adjunct_names(lang, text, source, target, expected):
    assert typed_as(text, lang, source, target) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, source, target, expected",
    [
        # the parser makes Peru the infinitive's subject: it is whom "let" acts on, and the
        # promise is AGREE towards it (speech._governed_acts)
        ("en", "Chile pledged to let Peru use the port of Arica.", "Chile", "Peru", "AGREE"),
        # a clause with an opener keeps its subject ("demanded that Peru stop": REQUEST all the
        # same, through the complement)
        ("en", "Chile demanded that Peru stop the tests.", "Chile", "Peru", "REQUEST"),
    ],
)  # fmt: skip
def test_the_subject_of_an_infinitive_complement_is_the_verbs_object(
    lang, text, source, target, expected
):
    assert typed_as(text, lang, source, target) == expected
