"""Issues 17 and 18 (pairfresh_nl): titles in an apposition the parser did not hang on the name,
and a place with its container closed by a comma.

Found on fresh Dutch news: "Tony Evers, de gouverneur van Wisconsin," with the name split over
subject and object, "William Conley, een Amerikaanse federale districtsrechter, had bepaald" with
the title hung on the verb, "in Charlottesville, Virginia, bijwoonden" and "de Amerikaanse staat
Wisconsin". Checked on parses built by hand and end to end on sentences of our own in both
languages.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.grammar.patterns import titles_near
from extract.grammar.syntax import UD
from tests.extract.extraction_helpers import hand_resolver, parse, typed

IS_TITLE = lambda t: t.lower_ in ("gouverneur", "districtsrechter", "minister")  # noqa: E731

# "Gisteren ondertekende Tony Evers, de gouverneur van Wisconsin, een decreet", as the Dutch
# model parsed it: "Tony" the subject, "Evers" the object, the title in apposition to "Evers".
SPLIT_NAME = """
Gisteren 1 advmod ADV
ondertekende 1 ROOT VERB ondertekenen
Tony 1 nsubj PROPN
Evers 1 obj PROPN
, 6 punct PUNCT
de 6 det DET
gouverneur 3 appos NOUN
van 8 case ADP
Wisconsin 6 nmod PROPN
, 11 punct PUNCT
een 11 det DET
decreet 1 parataxis NOUN
"""

# "nadat William Conley, een Amerikaanse federale districtsrechter, vorige week had bepaald",
# as the Dutch model parsed it: the title an oblique of the verb.
TITLE_ON_VERB = """
nadat 11 mark SCONJ
William 11 nsubj PROPN
Conley 1 flat PROPN
, 6 punct PUNCT
een 6 det DET
Amerikaanse 6 amod ADJ
{title} 11 obl NOUN
, 9 punct PUNCT
vorige 9 amod ADJ
week 11 obl NOUN
had 11 aux VERB
bepaald 11 ROOT VERB bepalen
"""


def _named(doc: Doc, *names: tuple[int, int]) -> Doc:
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in names]
    return doc


def test_a_title_on_the_other_part_of_a_split_name():
    doc = _named(parse(SPLIT_NAME), (2, 4))
    assert [t.text for t in titles_near(doc.ents[0], UD, IS_TITLE)] == ["gouverneur"]


def test_a_title_between_commas_after_the_name_hung_on_the_verb():
    doc = _named(parse(TITLE_ON_VERB.format(title="districtsrechter")), (1, 3))
    assert [t.text for t in titles_near(doc.ents[0], UD, IS_TITLE)] == ["districtsrechter"]


def test_no_title_after_the_comma_when_the_noun_is_no_title():
    doc = _named(parse(TITLE_ON_VERB.format(title="man")), (1, 3))
    assert list(titles_near(doc.ents[0], UD, IS_TITLE)) == []


def test_the_title_of_the_next_name_in_a_list_stays_that_names():
    # "Rutte, minister Hoekstra en Kaag": "minister" is Hoekstra's
    doc = _named(
        parse("""
Rutte 0 ROOT PROPN
, 3 punct PUNCT
minister 0 conj NOUN
Hoekstra 2 appos PROPN
en 5 cc CCONJ
Kaag 0 conj PROPN
"""),
        (0, 1),
        (3, 4),
    )
    assert list(titles_near(doc.ents[0], UD, IS_TITLE)) == []


def test_a_verb_in_what_follows_the_comma_is_no_apposition():
    # "Conley, districtsrechter zei het": no closed apposition, so no title of Conley's
    doc = _named(
        parse("""
Conley 3 nsubj PROPN
, 2 punct PUNCT
districtsrechter 3 nsubj NOUN
zei 3 ROOT VERB zeggen
het 3 obj PRON
"""),
        (0, 1),
    )
    assert list(titles_near(doc.ents[0], UD, IS_TITLE)) == []


def test_end_to_end_a_governor_and_a_judge_in_apposition_nl():
    found = typed(
        "Gisteren ondertekende Tony Evers, de gouverneur van Wisconsin, een decreet over de "
        "scholen. Dat volgde nadat Karen Mulder, een Amerikaanse federale districtsrechter, "
        "vorige week had bepaald dat de scholen open moesten blijven.",
        "nl",
    )
    assert ("Tony Evers", "ROLE", "Wisconsin") in found, sorted(found)
    assert ("Karen Mulder", "ROLE", "United States") in found, sorted(found)


def test_end_to_end_a_title_after_the_name_en():
    found = typed("Sumeet Singh, a vice president at PG&E, said the outage was needed.", "en")
    roles = {k for k in found if k[0] == "Sumeet Singh" and k[1] == "ROLE"}
    assert roles == {("Sumeet Singh", "ROLE", "PG&E")}, sorted(found)


def test_end_to_end_a_place_and_its_state_closed_by_a_comma():
    nl = typed("Het ongeluk gebeurde in Charlottesville, Virginia, op zaterdag.", "nl")
    assert ("Charlottesville", "LOCATED_IN", "Virginia") in nl, sorted(nl)
    en = typed("The crash happened in Dallas, Texas, on Saturday.", "en")
    assert ("Dallas", "LOCATED_IN", "Texas") in en, sorted(en)


def test_end_to_end_a_list_of_places_is_no_container():
    found = typed("Ze bezochten Parijs, Lyon, Marseille en Nice.", "nl")
    assert not [k for k in found if k[1] == "LOCATED_IN"], sorted(found)


def test_end_to_end_a_state_with_its_country_word():
    found = typed("Hij reisde naar de Amerikaanse staat Wisconsin.", "nl")
    assert ("Wisconsin", "LOCATED_IN", "United States") in found, sorted(found)
    found = typed("Zij woont op het Griekse eiland Kreta.", "nl")
    assert ("Crete", "LOCATED_IN", "Greece") in found, sorted(found)


def test_end_to_end_places_named_as_examples_of_a_kind_of_place():
    # "Amerikaanse gebieden zoals Puerto Rico en Guam": each lies in the country of the noun
    for text, lang in (
        ("Er waren protesten in Russische steden zoals Kazan en Samara.", "nl"),
        ("There were protests in Russian cities such as Kazan and Samara.", "en"),
    ):
        found = typed(text, lang)
        assert ("Kazan", "LOCATED_IN", "Russia") in found, sorted(found)
        assert ("Samara", "LOCATED_IN", "Russia") in found, sorted(found)
    found = typed(
        "Wie in andere Amerikaanse gebieden zoals Puerto Rico en Guam wordt geboren, krijgt een "
        "paspoort.",
        "nl",
    )
    assert ("Puerto Rico", "LOCATED_IN", "United States") in found, sorted(found)
    assert ("Guam", "LOCATED_IN", "United States") in found, sorted(found)


def test_end_to_end_examples_of_a_kind_of_place_without_a_country_word():
    found = typed("Ze reisden naar Europese landen zoals Frankrijk en Duitsland.", "nl")
    assert not [k for k in found if k[1] == "LOCATED_IN"], sorted(found)


# "Een van hen, Nur Khan Liton, vertelde ...", as the Dutch model parsed it: the number the
# subject, the name a parataxis of it.
ONE_OF_THEM = """
Een 8 nsubj NUM één
van 2 case ADP
hen 0 nmod PRON
, 4 punct PUNCT
Nur 0 parataxis PROPN
Khan 4 flat PROPN
Liton 4 flat PROPN
{after} 0 punct PUNCT
vertelde 8 ROOT VERB vertellen
"""


def test_one_of_them_stands_for_the_name_set_apart_after_it():
    resolver, doc = hand_resolver(
        ONE_OF_THEM.format(after=","), "nl", [(4, 7, "PERSON", "person:liton")]
    )
    assert resolver.actors(doc[0]) == ["person:liton"]


def test_one_of_them_without_a_closing_comma_stands_for_nobody():
    resolver, doc = hand_resolver(
        ONE_OF_THEM.format(after="."), "nl", [(4, 7, "PERSON", "person:liton")]
    )
    assert resolver.actors(doc[0]) == []


def test_end_to_end_one_of_them_tells_a_news_agency():
    nl = typed(
        "Een van de activisten, Nur Khan Liton, vertelde aan Agence France-Presse dat er brand "
        "was gesticht.",
        "nl",
    )
    assert ("Nur Khan Liton", "STATEMENT", "Agence France-Presse") in nl, sorted(nl)
    en = typed(
        "One of the activists, Nur Khan Liton, told Agence France-Presse that arson was used.",
        "en",
    )
    assert ("Nur Khan Liton", "STATEMENT", "Agence France-Presse") in en, sorted(en)
