"""English constructions that the Dutch translation of the same text says otherwise, so that the
Dutch extraction found the pair and the English one did not (enpairs1): a surname right after a
weekday, a country's name compounded into an organisation's where Dutch writes a demonym, and
the noun "prorogation" where Dutch writes the verb. Sentences of our own."""

from __future__ import annotations

from tests.extract.extraction_helpers import typed


def test_a_surname_right_after_a_weekday_is_the_person_again():
    # the model leaves "Vandoulakis" out after "Tuesday"; without the rule no CONSULT
    found = typed(
        "Kostas Vandoulakis spoke in Athens. Later on Tuesday Vandoulakis met with the "
        "International Monetary Fund.",
        "en",
    )
    assert ("Kostas Vandoulakis", "CONSULT", "International Monetary Fund") in found, sorted(found)


def test_a_country_name_compounded_into_an_organisation_places_it():
    found = typed(
        "Director Ida Kern of the United States National Institute of Rare Diseases "
        "announced a study.",
        "en",
    )
    assert (
        "National Institute of Rare Diseases",
        "LOCATED_IN",
        "United States",
    ) in found, sorted(found)


def test_a_country_name_as_argument_before_an_organisation_places_nothing():
    # "Germany" is the subject, the organisation its object: no containment
    found = typed("On Monday Germany banned Mahan Air from its airports.", "en")
    assert not any(t == "LOCATED_IN" for _, t, _ in found), sorted(found)


def test_the_prorogation_of_a_parliament_by_its_monarch_is_coerce():
    found = typed(
        "The court ruled on the prorogation of the UK parliament by Queen Aurelia Stone.",
        "en",
    )
    assert any(s == "Aurelia Stone" and t == "COERCE" for s, t, _ in found), sorted(found)


def test_the_adjective_catalonian_places_a_town_in_catalonia():
    found = typed("A fire broke out in Vallmora, a Catalonian city near Barcelona.", "en")
    assert ("Vallmora", "LOCATED_IN", "Catalonia") in found, sorted(found)
