"""Place phrases in a row (extract/grammar/syntax.py ``phrase_of``, ``phrase_nouns_after``) on
hand-built parses in English (ClearNLP) and Dutch (UD), then the LOCATED_IN relations they and
the other place rules of issue 17 give, end to end in both languages."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

import extract.pipeline  # noqa: F401 - registers the Doc extensions the resolver reads
from extract.components.relations.context import _Context
from extract.components.relations.places import PlaceRelations
from extract.grammar.argument_words import load_grammar
from extract.grammar.syntax import CLEAR, UD, phrase_nouns_after, phrase_of, predicate_nouns
from tests.extract.extraction_helpers import EN_PREPS, NL_PREPS, hand_resolver, parse, relations

# "troops at a base in Kandahar in Afghanistan": both phrases hang on "base"
EN_CHAIN = """
troops 1 nsubj NOUN
were 1 ROOT AUX be
at 1 prep ADP
a 4 det DET
base 2 pobj NOUN
in 4 prep ADP
Kandahar 5 pobj PROPN
in 4 prep ADP
Afghanistan 7 pobj PROPN
"""

# "op een basis in Kandahar in Afghanistan"
NL_CHAIN = """
op 2 case ADP
een 2 det DET
basis 2 ROOT NOUN
in 4 case ADP
Kandahar 2 nmod PROPN
in 6 case ADP
Afghanistan 2 nmod PROPN
"""

# "took place in Iraq, at the airport": a comma between the two phrases
EN_COMMA = """
strike 1 nsubj NOUN
took 1 ROOT VERB take
place 1 dobj NOUN
in 1 prep ADP
Iraq 3 pobj PROPN
, 1 punct PUNCT
at 1 prep ADP
the 8 det DET
airport 6 pobj NOUN
"""

# "in Kandahar and in Afghanistan": a second phrase further on is not the next one
EN_APART = """
troops 1 nsubj NOUN
stayed 1 ROOT VERB stay
in 1 prep ADP
Kandahar 2 pobj PROPN
for 1 prep ADP
weeks 4 pobj NOUN
in 1 prep ADP
Afghanistan 6 pobj PROPN
"""


# "clinics in Arua, Gulu and Lira in Uganda": the phrase after the list hangs on its head
EN_LISTED = """
clinics 0 ROOT NOUN
in 0 prep ADP
Arua 1 pobj PROPN
, 2 punct PUNCT
Gulu 2 conj PROPN
and 4 cc CCONJ
Lira 4 conj PROPN
in 2 prep ADP
Uganda 7 pobj PROPN
"""

# "the towns of Arua, Gulu and Lira in Uganda": the phrase hangs on the noun the list is "of"
EN_LISTED_OF = """
the 1 det DET
towns 1 ROOT NOUN
of 1 prep ADP
Arua 2 pobj PROPN
, 3 punct PUNCT
Gulu 3 conj PROPN
and 5 cc CCONJ
Lira 5 conj PROPN
in 1 prep ADP
Uganda 8 pobj PROPN
"""

# "clinics in Arua, Gulu and Lira in Uganda", the phrase hung on the last town
EN_LISTED_LAST = """
clinics 0 ROOT NOUN
in 0 prep ADP
Arua 1 pobj PROPN
, 2 punct PUNCT
Gulu 2 conj PROPN
and 4 cc CCONJ
Lira 4 conj PROPN
in 6 prep ADP
Uganda 7 pobj PROPN
"""

# "clinics in Arua, Gulu in Uganda": no coordinator, so no list (a place and its container)
EN_UNLISTED = """
clinics 0 ROOT NOUN
in 0 prep ADP
Arua 1 pobj PROPN
, 2 punct PUNCT
Gulu 2 conj PROPN
in 2 prep ADP
Uganda 5 pobj PROPN
"""

# "clinics in Arua and Makerere University in Uganda": an organisation in the list
EN_WITH_ORG = """
clinics 0 ROOT NOUN
in 0 prep ADP
Arua 1 pobj PROPN
and 2 cc CCONJ
Makerere 5 compound PROPN
University 2 conj PROPN
in 5 prep ADP
Uganda 6 pobj PROPN
"""

# "clinics in Arua in Uganda and Gulu": the phrase comes before the later town
EN_BEFORE = """
clinics 0 ROOT NOUN
in 0 prep ADP
Arua 1 pobj PROPN
in 2 prep ADP
Uganda 3 pobj PROPN
and 2 cc CCONJ
Gulu 2 conj PROPN
"""


def name(doc, i: int) -> Span:
    return Span(doc, i, i + 1, label="LOCATION")


@pytest.mark.parametrize(
    "rows, scheme, noun, head, prep",
    [(EN_CHAIN, CLEAR, 6, 4, 5), (NL_CHAIN, UD, 4, 2, 3), (EN_COMMA, CLEAR, 8, 1, 6)],
    ids=["en", "nl", "en-comma"],
)
def test_places_phrase_of_a_noun_is_its_head_and_preposition(rows, scheme, noun, head, prep):
    doc = parse(rows)
    assert phrase_of(doc[noun], scheme) == (doc[head], doc[prep])


@pytest.mark.parametrize("rows, scheme, noun", [(EN_CHAIN, CLEAR, 1), (NL_CHAIN, UD, 2)])
def test_places_no_phrase_of_a_word_outside_one(rows, scheme, noun):
    assert phrase_of(parse(rows)[noun], scheme) is None


@pytest.mark.parametrize(
    "rows, scheme, preps, first, expected",
    [
        (EN_CHAIN, CLEAR, EN_PREPS, 6, ["Afghanistan"]),
        (NL_CHAIN, UD, NL_PREPS, 4, ["Afghanistan"]),
        (EN_COMMA, CLEAR, EN_PREPS, 4, ["airport"]),
        (EN_APART, CLEAR, EN_PREPS, 3, []),
        (EN_CHAIN, CLEAR, EN_PREPS, 8, []),
    ],
    ids=["en", "nl", "en-comma", "en-apart", "en-last"],
)
def test_places_the_phrase_right_after_a_name(rows, scheme, preps, first, expected):
    doc = parse(rows)
    head = phrase_of(doc[first], scheme)[0]
    found = phrase_nouns_after(name(doc, first), head, scheme, preps.place)
    assert [t.text for t in found] == expected


def _shared(
    rows: str, towns: dict[int, str], country: int, others: tuple = ()
) -> set[tuple[str, str]]:
    """(source, target) of the LOCATED_IN relations the shared place phrase gives each town;
    ``others`` are more names (start, end, label, entity id)."""
    names = [(i, i + 1, "LOCATION", kb) for i, kb in towns.items()]
    names += [(country, country + 1, "COUNTRY", "UGA"), *others]
    resolver, doc = hand_resolver(rows, "en", sorted(names))
    places = PlaceRelations()
    places.scheme, places.grammar = CLEAR, load_grammar("en")
    places.preps = places.grammar.prepositions
    ctx = _Context(doc, resolver, {})
    return {
        (r.source, r.target)
        for ent in resolver.ents
        for r in places._shared_place_phrases(ent, ent.root, ctx)
    }


@pytest.mark.parametrize(
    "rows, towns, country, expected",
    [
        # the first town's own phrase is read by _in_phrases; the later towns share it
        (EN_LISTED, {2: "arua", 4: "gulu", 6: "lira"}, 8, {"gulu", "lira"}),
        (EN_LISTED_OF, {3: "arua", 5: "gulu", 7: "lira"}, 9, {"arua", "gulu", "lira"}),
        (EN_LISTED_LAST, {2: "arua", 4: "gulu", 6: "lira"}, 8, {"arua", "gulu"}),
    ],
    ids=["on-first", "on-noun", "on-last"],
)
def test_places_a_phrase_after_a_list_places_each_member(rows, towns, country, expected):
    assert _shared(rows, towns, country) == {(town, "UGA") for town in expected}


@pytest.mark.parametrize(
    "rows, towns, country",
    [(EN_BEFORE, {2: "arua", 6: "gulu"}, 4), (EN_UNLISTED, {2: "arua", 4: "gulu"}, 6)],
    ids=["before", "no-coordinator"],
)
def test_places_a_phrase_outside_a_list_places_no_member(rows, towns, country):
    assert _shared(rows, towns, country) == set()


def test_places_a_phrase_after_a_list_with_an_organisation_places_no_member():
    university = ((4, 6, "ORG", "makerere_university"),)
    assert _shared(EN_WITH_ORG, {2: "arua"}, 7, university) == set()


# "Crete is the largest island in Greece": ClearNLP hangs subject and noun on the copula
EN_COPULA = """
Crete 1 nsubj PROPN
is 1 ROOT AUX be
the 4 det DET
largest 4 amod ADJ
island 1 attr NOUN
in 4 prep ADP
Greece 5 pobj PROPN
"""

# "Kreta is het grootste eiland in Griekenland": UD hangs subject and copula on the noun
NL_COPULA = """
Kreta 4 nsubj PROPN
is 4 cop AUX zijn
het 4 det DET
grootste 4 amod ADJ
eiland 4 ROOT NOUN
in 6 case ADP
Griekenland 4 nmod PROPN
"""


@pytest.mark.parametrize(
    "rows, scheme, subject, expected",
    [
        (EN_COPULA, CLEAR, 0, ["island"]),
        (NL_COPULA, UD, 0, ["eiland"]),
        (EN_COPULA, CLEAR, 6, []),
        (EN_CHAIN, CLEAR, 0, []),
    ],
    ids=["en", "nl", "en-not-a-subject", "en-no-noun"],
)
def test_places_the_noun_a_copula_says_of_its_subject(rows, scheme, subject, expected):
    doc = parse(rows)
    assert [t.text for t in predicate_nouns(doc[subject], scheme)] == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # two place phrases in a row: the place lies in the country
        (
            "en",
            "Troops were stationed at a base in Kandahar in Afghanistan.",
            ("Kandahār", "LOCATED_IN", "Afghanistan"),
        ),
        (
            "nl",
            "Soldaten waren gelegerd op een basis in Kandahar in Afghanistan.",
            ("Kandahār", "LOCATED_IN", "Afghanistan"),
        ),
        # the country first, the place after a comma
        (
            "en",
            "The clash took place in Kenya, at Jomo Kenyatta International Airport.",
            ("Jomo Kenyatta International Airport", "LOCATED_IN", "Kenya"),
        ),
        # a list after a place names its parts
        (
            "en",
            "The firm has plants in Bavaria, in Munich and Nuremberg.",
            ("Nuremberg", "LOCATED_IN", "Bavaria"),
        ),
        (
            "nl",
            "Het bedrijf heeft twee fabrieken in Beieren, in München en Neurenberg.",
            ("Nuremberg", "LOCATED_IN", "Bavaria"),
        ),
        # a place phrase after a list of places places each of them
        (
            "en",
            "Aid reached the towns of Beni, Butembo and Mangina in the Democratic Republic of the"
            " Congo.",
            ("Butembo", "LOCATED_IN", "Congo - Kinshasa"),
        ),
        (
            "nl",
            "Hulp bereikte de steden Beni, Butembo en Mangina in de Democratische Republiek Congo.",
            ("Butembo", "LOCATED_IN", "Congo - Kinshasa"),
        ),
        # a copula's noun in a place
        ("en", "Crete is the largest island in Greece.", ("Crete", "LOCATED_IN", "Greece")),
        ("nl", "Kreta is het grootste eiland in Griekenland.", ("Crete", "LOCATED_IN", "Greece")),
        # a place phrase on the last word of an organisation's name places the organisation
        (
            "en",
            "The Ministry of Health and Social Care in London confirmed a case.",
            ("Ministry of Health and Social Care", "LOCATED_IN", "London"),
        ),
        # a clause that says where an organisation sits
        ("en", "The OECD is based in Paris.", ("OECD", "LOCATED_IN", "Paris")),
        ("nl", "De OESO is gevestigd in Parijs.", ("OESO", "LOCATED_IN", "Paris")),
        # an organisation's premises are where it is (sites.<lang>.tsv)
        (
            "en",
            "Greenpeace's office in Amsterdam was searched by the police.",
            ("Greenpeace", "LOCATED_IN", "Amsterdam"),
        ),
        (
            "en",
            "The senator visited the Brookings Institution's Washington headquarters.",
            ("Brookings Institution", "LOCATED_IN", "Washington"),
        ),
        (
            "nl",
            "Het kantoor van Greenpeace in Amsterdam werd door de politie doorzocht.",
            ("Greenpeace", "LOCATED_IN", "Amsterdam"),
        ),
        # an embassy named with the place it is in (names.py _missions): the place inside its name
        (
            "nl",
            "De Franse ambassade in Nairobi sloot dinsdag haar deuren.",
            ("Franse ambassade in Nairobi", "LOCATED_IN", "Nairobi"),
        ),
        (
            "en",
            "Protesters gathered outside the Italian Embassy in Lima on Tuesday.",
            ("Italian Embassy in Lima", "LOCATED_IN", "Lima"),
        ),
        # a party named with the country it is of (names.py _parties_of_countries)
        (
            "nl",
            "De Liberale Partij van het Verenigd Koninkrijk won dinsdag de verkiezingen.",
            ("Liberale Partij", "LOCATED_IN", "United Kingdom"),
        ),
        (
            "en",
            "The Green Party of the United States met in Denver on Monday.",
            ("Green Party", "LOCATED_IN", "United States"),
        ),
    ],
    ids=[
        "en-chain",
        "nl-chain",
        "en-country-first",
        "en-list",
        "nl-list",
        "en-listed",
        "nl-listed",
        "en-copula",
        "nl-copula",
        "en-inner-word",
        "en-seat",
        "nl-seat",
        "en-site",
        "en-site-compound",
        "nl-site",
        "nl-embassy",
        "en-embassy",
        "nl-party-of-a-country",
        "en-party-of-a-country",
    ],
)
@pytest.mark.model
def test_places_located_in_end_to_end(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The talks were held in Geneva at the Palais des Nations."),
        ("nl", "De gesprekken werden gehouden in Genève in het Palais des Nations."),
    ],
)
@pytest.mark.model
def test_places_two_places_alike_in_a_row_are_left_alone(lang, text):
    """Which of two places of one kind lies in the other the order does not say."""
    found = relations(text, lang)
    assert not any(t == "LOCATED_IN" for _, t, _ in found), sorted(found)


@pytest.mark.model
def test_places_a_countrys_embassy_is_not_in_the_place_it_stands_in():
    found = relations("Russia's embassy in London protested.", "en")
    assert ("Russia", "LOCATED_IN", "London") not in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The band played in Paris, in London and in Berlin."),
        ("nl", "De band speelde in Parijs, in Londen en in Berlijn."),
    ],
)
@pytest.mark.model
def test_places_a_series_of_place_phrases_lists_places_of_one_act(lang, text):
    """Each place with a phrase of its own is where the act was, not a part of the one before."""
    found = relations(text, lang)
    assert not any(t == "LOCATED_IN" for _, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text, near, inside",
    [
        (
            "en",
            "The plane crashed in Zarqa, near Amman, and later a bus overturned in Irbid, in"
            " Jordan.",
            ("Zarqa", "LOCATED_IN", "Amman"),
            ("Irbid", "LOCATED_IN", "Jordan"),
        ),
        (
            "nl",
            "Het vliegtuig stortte neer in Zarqa, bij Amman, en later kantelde een bus in Irbid, in"
            " Jordanië.",
            ("Zarqa", "LOCATED_IN", "Amman"),
            ("Irbid", "LOCATED_IN", "Jordan"),
        ),
    ],
    ids=["en", "nl"],
)
@pytest.mark.model
def test_places_near_a_place_is_not_inside_it(lang, text, near, inside):
    """ "Zarqa, near Amman" says where Zarqa is, not that Amman holds it (docs/annotation.md)."""
    found = relations(text, lang)
    assert near not in found, sorted(found)
    assert inside in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text, body, place",
    [
        (
            "en",
            "Scientists presented two studies at the annual meeting of the American Chemical "
            "Society in Denver on Monday.",
            "American Chemical Society",
            "Denver",
        ),
        (
            "en",
            "The summit of the African Union in Addis Ababa ended on Sunday.",
            "African Union",
            "Addis Ababa",
        ),
        (
            "nl",
            "Wetenschappers presenteerden maandag twee studies op de jaarlijkse bijeenkomst van "
            "de American Chemical Society in Denver.",
            "American Chemical Society",
            "Denver",
        ),
        (
            "nl",
            "De top van de Afrikaanse Unie in Addis Abeba eindigde zondag.",
            "African Union",
            "Addis Ababa",
        ),
    ],
)
@pytest.mark.model
def test_places_the_place_after_whose_event_a_body_is_is_the_events(lang, text, body, place):
    """ "the meeting of X in Denver": the meeting is in Denver; the text does not say where X
    sits. X still takes part in its meeting."""
    from tests.extract.extraction_helpers import typed

    found = set(typed(text, lang, participants=True))
    assert (body, "LOCATED_IN", place) not in found, sorted(found)
    assert any(s == body and t == "PARTICIPANT" for s, t, _ in found), sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The lawsuit was filed before the International Court of Justice in The Hague."),
        ("nl", "De zaak werd aangespannen bij het Internationaal Gerechtshof in Den Haag."),
    ],
)
@pytest.mark.model
def test_places_a_body_that_is_no_events_keeps_its_place_phrase(lang, text):
    found = relations(text, lang)
    assert ("International Court of Justice", "LOCATED_IN", "The Hague") in found, sorted(found)
