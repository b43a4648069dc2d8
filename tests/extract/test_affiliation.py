"""Whom a named person works for (extract/grammar/affiliation.py): each construction on
hand-built parses in Dutch (UD) and English (ClearNLP), then end to end in both languages."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extract.grammar.affiliation import (
    descriptor_owners,
    descriptors,
    marked_by,
    name_before_title,
    name_modifier,
    noun_seats,
    of_phrase,
    origin_words,
    possessor,
    predicated_seats,
    seat_places,
    site_ends,
    title_across_place,
)
from extract.grammar.syntax import CLEAR, UD
from tests.extract.extraction_helpers import relations
from tests.extract.test_patterns import parse

EN_WORDS = ("of", "for", "at")
NL_WORDS = ("van", "voor", "bij")


def named(doc, start: int, end: int, label: str = "PERSON") -> Span:
    """Mark doc[start:end] as a name, as the name finder would."""
    span = Span(doc, start, end, label=label)
    doc.ents = [*doc.ents, span]
    return span


def texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_affiliation_of_phrase_on_the_name_en():
    doc = parse("""
Maria 1 compound PROPN
Lopez 4 nsubj PROPN
of 1 prep ADP
UNICEF 2 pobj PROPN
spoke 4 ROOT VERB speak
""")
    assert texts(of_phrase(named(doc, 0, 2), CLEAR, EN_WORDS)) == ["UNICEF"]


def test_affiliation_of_phrase_on_the_name_nl():
    # UD hangs "van UNICEF" on the name's first word, the name's root
    doc = parse("""
Maria 4 nsubj PROPN
Lopez 0 flat PROPN
van 3 case ADP
UNICEF 0 nmod PROPN
sprak 4 ROOT VERB spreken
""")
    assert texts(of_phrase(named(doc, 0, 2), UD, NL_WORDS)) == ["UNICEF"]


def test_affiliation_of_phrase_by_word_order_when_parsed_as_one_name():
    # "Patrice Talon van Benin" with "van" and "Benin" as flat parts of "Patrice"
    doc = parse("""
Patrice 4 nsubj PROPN
Talon 0 flat PROPN
van 0 flat ADP
Benin 0 flat PROPN
tekende 4 ROOT VERB tekenen
""")
    named(doc, 3, 4, "COUNTRY")
    assert texts(of_phrase(named(doc, 0, 2), UD, NL_WORDS)) == ["Benin"]


def test_affiliation_of_phrase_ignores_other_prepositions():
    doc = parse("""
Maria 1 compound PROPN
Lopez 4 nsubj PROPN
in 1 prep ADP
Geneva 2 pobj PROPN
spoke 4 ROOT VERB speak
""")
    assert of_phrase(named(doc, 0, 2), CLEAR, EN_WORDS) == []


def test_affiliation_possessor_of_the_name():
    doc = parse("""
the 1 det DET
BBC 4 poss PROPN
's 1 case PART
Jonathan 4 compound PROPN
Marcus 5 nsubj PROPN
said 5 ROOT VERB say
""")
    assert texts(possessor(named(doc, 3, 5), CLEAR)) == ["BBC"]


def test_affiliation_apposition_after_comma_and_its_for_phrase():
    doc = parse("""
Ahmed 1 compound PROPN
Karimi 10 nsubj PROPN
, 1 punct PUNCT
a 4 det DET
spokesman 1 appos NOUN
for 4 prep ADP
the 8 det DET
Red 8 compound PROPN
Cross 5 pobj PROPN
, 1 punct PUNCT
spoke 10 ROOT VERB speak
""")
    nouns = descriptors(named(doc, 0, 2), CLEAR)
    assert texts(nouns) == ["spokesman"]
    assert texts(descriptor_owners(nouns[0], CLEAR, EN_WORDS)) == ["Cross"]


def test_affiliation_noun_before_the_name_and_its_modifier_chain():
    # "Supreme Court justice Elena Kagan": Court -> justice -> Kagan
    doc = parse("""
Supreme 1 compound PROPN
Court 2 compound PROPN
justice 4 compound NOUN
Elena 4 compound PROPN
Kagan 5 nsubj PROPN
wrote 5 ROOT VERB write
""")
    nouns = descriptors(named(doc, 3, 5), CLEAR)
    assert texts(nouns) == ["justice"]
    assert set(texts(descriptor_owners(nouns[0], CLEAR, EN_WORDS))) == {"Court", "Supreme"}


def test_affiliation_a_country_word_on_a_noun_that_is_no_office_says_where_one_is_from():
    # "Syrian toddler Omar Haddad drowned": Syrian is where he is from, not whom he works for
    doc = parse("""
Syrian 1 amod ADJ
toddler 3 compound NOUN
Omar 3 compound PROPN
Haddad 4 nsubj PROPN
drowned 4 ROOT VERB drown
""")
    noun = descriptors(named(doc, 2, 4), CLEAR)[0]
    owners = descriptor_owners(noun, CLEAR, EN_WORDS)
    assert texts(origin_words(noun, owners, office=False)) == ["Syrian"]
    # an office or a noun that acts for its owner ("Syrian officials") keeps the country
    assert origin_words(noun, owners, office=True) == []


def test_affiliation_a_possessor_says_whose_not_where_from():
    # "the government's lawyer, Richard Keen, argued": the government employs him; the adjective
    # of "a Syrian lawyer" would only say where he is from
    doc = parse("""
the 1 det DET
government 3 poss NOUN
's 1 case PART
lawyer 8 nsubj NOUN
, 3 punct PUNCT
Richard 6 compound PROPN
Keen 3 appos PROPN
, 3 punct PUNCT
argued 8 ROOT VERB argue
""")
    noun = descriptors(named(doc, 5, 7), CLEAR)[0]
    assert noun.text == "lawyer"
    owners = descriptor_owners(noun, CLEAR, EN_WORDS)
    assert texts(owners) == ["government"]
    assert origin_words(noun, owners, office=False) == []


def test_affiliation_a_possessor_says_whose_not_where_from_nl():
    # "Tunesiës advocaat Richard Keen betoogde": UD labels
    doc = parse("""
Tunesiës 1 nmod:poss PROPN
advocaat 4 nsubj NOUN
Richard 1 appos PROPN
Keen 2 flat PROPN
betoogde 4 ROOT VERB betogen
""")
    noun = descriptors(named(doc, 2, 4), UD)[0]
    owners = descriptor_owners(noun, UD, NL_WORDS)
    assert texts(owners) == ["Tunesiës"]
    assert origin_words(noun, owners, office=False) == []


def test_affiliation_a_country_word_on_a_noun_that_is_no_office_nl():
    # "de Syrische peuter Omar Haddad": as in English, UD labels
    doc = parse("""
de 2 det DET
Syrische 2 amod ADJ
peuter 5 nsubj NOUN
Omar 2 appos PROPN
Haddad 3 flat PROPN
verdronk 5 ROOT VERB verdrinken
""")
    noun = descriptors(named(doc, 3, 5), UD)[0]
    assert noun.text == "peuter"
    owners = descriptor_owners(noun, UD, NL_WORDS)
    assert texts(origin_words(noun, owners, office=False)) == ["Syrische"]


def test_affiliation_noun_and_phrase_before_a_comma_nl():
    # "De directeur van Shell, Mark de Boer, ...": the parser hung the name on Shell
    doc = parse("""
De 1 det DET
directeur 9 nsubj NOUN
van 3 case ADP
Shell 1 nmod PROPN
, 5 punct PUNCT
Mark 3 conj PROPN
de 5 flat PROPN
Boer 5 flat PROPN
, 1 punct PUNCT
zei 9 ROOT VERB zeggen
""")
    named(doc, 3, 4, "ORG")
    nouns = descriptors(named(doc, 5, 8), UD)
    assert texts(nouns) == ["directeur"]
    # the name itself comes back as a conjunct of Shell; the tagger never links a person to itself
    assert "Shell" in texts(descriptor_owners(nouns[0], UD, NL_WORDS))


def test_affiliation_a_plural_noun_before_the_comma_describes_no_one():
    doc = parse("""
the 1 det DET
workers 6 nsubj NOUN
of 1 prep ADP
Shell 2 pobj PROPN
, 3 punct PUNCT
Mark 3 appos PROPN
left 6 ROOT VERB leave
""")
    doc[1].set_morph("Number=Plur")
    named(doc, 3, 4, "ORG")
    assert descriptors(named(doc, 5, 6), CLEAR) == []


def test_affiliation_a_name_after_the_name_is_no_descriptor():
    # "Maria Lopez Geneva" - a proper noun that is itself a name describes nothing
    doc = parse("""
Maria 1 compound PROPN
Lopez 3 nsubj PROPN
UNICEF 1 compound PROPN
spoke 3 ROOT VERB speak
""")
    named(doc, 2, 3, "ORG")
    assert descriptors(named(doc, 0, 2), CLEAR) == []


def test_affiliation_predicate_noun_of_a_copula_en():
    # ClearNLP: the copula heads, the name is its subject, the noun its attr
    doc = parse("""
Ali 1 compound PROPN
Reza 2 nsubj PROPN
was 2 ROOT AUX be
the 4 det DET
commander 2 attr NOUN
of 4 prep ADP
UNICEF 5 pobj PROPN
""")
    nouns = descriptors(named(doc, 0, 2), CLEAR)
    assert texts(nouns) == ["commander"]
    assert texts(descriptor_owners(nouns[0], CLEAR, EN_WORDS)) == ["UNICEF"]


def test_affiliation_predicate_noun_of_a_copula_nl():
    # UD: the noun heads, with the copula and the name under it
    doc = parse("""
Ali 4 nsubj PROPN
Reza 0 flat PROPN
was 4 cop AUX zijn
de 4 det DET
commandant 4 ROOT NOUN
van 6 case ADP
UNICEF 4 nmod PROPN
""")
    nouns = descriptors(named(doc, 0, 2), UD)
    assert texts(nouns) == ["commandant"]
    assert texts(descriptor_owners(nouns[0], UD, NL_WORDS)) == ["UNICEF"]


def test_affiliation_no_predicate_noun_without_a_copula():
    doc = parse("""
Ali 1 compound PROPN
Reza 2 nsubj PROPN
visited 2 ROOT VERB visit
the 4 det DET
office 2 dobj NOUN
of 4 prep ADP
UNICEF 5 pobj PROPN
""")
    assert descriptors(named(doc, 0, 2), CLEAR) == []


def test_affiliation_through_a_common_noun_to_its_name():
    # "mayor of the Polish city of Gdansk"
    doc = parse("""
mayor 0 ROOT NOUN
of 0 prep ADP
the 4 det DET
Polish 4 amod ADJ
city 1 pobj NOUN
of 4 prep ADP
Gdansk 5 pobj PROPN
""")
    assert "Gdansk" in texts(descriptor_owners(doc[0], CLEAR, EN_WORDS))


def test_affiliation_through_a_common_noun_to_its_apposition_nl():
    # "burgemeester van de Poolse stad Gdansk"
    doc = parse("""
burgemeester 0 ROOT NOUN
van 4 case ADP
de 4 det DET
Poolse 4 amod ADJ
stad 0 nmod NOUN
Gdansk 4 appos PROPN
""")
    assert "Gdansk" in texts(descriptor_owners(doc[0], UD, NL_WORDS))


def test_affiliation_seat_of_an_organisation_en():
    # "the Kenya-based group Amani Trust": Kenya -> based -> group -> Trust
    doc = parse("""
the 4 det DET
Kenya 3 npadvmod PROPN
- 3 punct PUNCT
based 4 amod VERB base
group 6 compound NOUN
Amani 6 compound PROPN
Trust 7 nsubj PROPN
opened 7 ROOT VERB open
""")
    assert texts(seat_places(named(doc, 5, 7, "ORG"), CLEAR, ("base",))) == ["Kenya"]


def test_affiliation_seat_of_an_organisation_nl():
    # "het in Kenia gevestigde Amani Trust": the participle hangs on the name itself
    doc = parse("""
het 4 det DET
in 2 case ADP
Kenia 3 obl PROPN
gevestigde 4 acl VERB vestigen
Amani 6 nsubj PROPN
Trust 4 flat PROPN
opende 6 ROOT VERB openen
""")
    assert texts(seat_places(named(doc, 4, 6, "ORG"), UD, ("vestigen",))) == ["Kenia"]


def test_affiliation_seat_not_from_a_noun_further_away():
    # "UK-based retailer Tesco and Denmark-based retailer Salling": Tesco hangs on the second
    # retailer, whose participle is Salling's
    doc = parse("""
UK 2 npadvmod PROPN
- 2 punct PUNCT
based 3 amod VERB base
retailer 4 compound NOUN
Tesco 10 nmod PROPN
and 4 cc CCONJ
Denmark 8 npadvmod PROPN
- 8 punct PUNCT
based 9 amod VERB base
retailer 11 compound NOUN
Salling 11 compound PROPN
Group 12 nsubj PROPN
announced 12 ROOT VERB announce
""")
    assert texts(seat_places(named(doc, 10, 12, "ORG"), CLEAR, ("base",))) == ["Denmark"]
    assert texts(seat_places(named(doc, 4, 5, "ORG"), CLEAR, ("base",))) == ["UK"]


def test_affiliation_seat_of_a_description_en():
    # "the Luxembourg-based court ruled": a noun with no name of its own
    doc = parse("""
the 4 det DET
Luxembourg 3 npadvmod PROPN
- 3 punct PUNCT
based 4 amod VERB base
court 5 nsubj NOUN
ruled 5 ROOT VERB rule
""")
    assert texts(noun_seats(doc[4], {"base"})) == ["Luxembourg"]
    assert noun_seats(doc[4], {"found"}) == []


def test_affiliation_seat_of_a_description_nl():
    # "het in Luxemburg gevestigde hof oordeelde"
    doc = parse("""
het 4 det DET
in 2 case ADP
Luxemburg 3 obl PROPN
gevestigde 4 acl VERB vestigen
hof 5 nsubj NOUN
oordeelde 5 ROOT VERB oordelen
""")
    assert texts(noun_seats(doc[4], {"vestigen"})) == ["Luxemburg"]


def test_affiliation_seat_only_from_a_participle_before_the_noun():
    # "the court, based in Luxembourg since 1952": after the noun, the participle is a clause of
    # its own and its place phrase is no seat word's modifier
    doc = parse("""
the 1 det DET
court 2 nsubj NOUN
ruled 2 ROOT VERB rule
Luxembourg 4 npadvmod PROPN
based 1 acl VERB base
""")
    assert noun_seats(doc[1], {"base"}) == []


AFFILIATIONS = [
    ("en", "Maria Lopez of UNICEF said the camps were full.", ("Maria Lopez", "ROLE", "UNICEF")),
    (
        "nl",
        "Maria Lopez van UNICEF zei dat de kampen vol waren.",
        ("Maria Lopez", "ROLE", "UNICEF"),
    ),
    (
        "en",
        "Ahmed Karimi, a spokesman for UNICEF, said the camps were full.",
        ("Ahmed Karimi", "ROLE", "UNICEF"),
    ),
    (
        "en",
        "The BBC's Jonathan Marcus said the talks had failed.",
        ("Jonathan Marcus", "ROLE", "BBC"),
    ),
    (
        "en",
        "The governor of Ohio, Mike DeWine, extended the order.",
        ("Mike DeWine", "ROLE", "Ohio"),
    ),
    (
        "nl",
        "De president van Niger, Mahamadou Issoufou, zei dat het land groeit.",
        ("Mahamadou Issoufou", "ROLE", "Niger"),
    ),
    (
        "en",
        "Ali Reza was the deputy commander of UNICEF.",
        ("Ali Reza", "ROLE", "UNICEF"),
    ),
    ("nl", "Mark de Boer is de directeur van Shell.", ("Mark de Boer", "ROLE", "Shell")),
    (
        "nl",
        "Op de top ondertekenden de presidenten Muhammadu Buhari van Nigeria en Patrice Talon van "
        "Benin het verdrag.",
        ("Patrice Talon", "ROLE", "Benin"),
    ),
    (
        "en",
        "Pawel Nowak, mayor of the Polish city of Gdansk, was stabbed.",
        ("Pawel Nowak", "ROLE", "Gdańsk"),
    ),
    (
        "en",
        "Pawel Nowak, mayor of the Polish city of Gdansk, was stabbed.",
        ("Gdańsk", "LOCATED_IN", "Poland"),
    ),
    (
        "nl",
        "Pawel Nowak, burgemeester van de Poolse stad Gdansk, werd neergestoken.",
        ("Pawel Nowak", "ROLE", "Gdańsk"),
    ),
    # a party's adjective gives membership, not a node of its own (issue 19)
    (
        "en",
        "Republican senator Lindsey Graham criticised the plan on Monday.",
        ("Lindsey Graham", "ROLE", "Republican Party"),
    ),
    (
        "nl",
        "De Republikeinse senator Lindsey Graham bekritiseerde maandag het plan.",
        ("Lindsey Graham", "ROLE", "Republican Party"),
    ),
    # "from" (en) and "aan" (nl) after a role noun name where one works
    (
        "en",
        "Ruth Okafor, an economist from Leiden University, said growth had slowed.",
        ("Ruth Okafor", "ROLE", "Leiden University"),
    ),
    (
        "en",
        "Senator from Ohio Sherrod Brown voted against the bill.",
        ("Sherrod Brown", "ROLE", "Ohio"),
    ),
    (
        "nl",
        "Ruth Okafor, econoom aan de Universiteit Leiden, zei dat de groei vertraagde.",
        ("Ruth Okafor", "ROLE", "Universiteit Leiden"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected", AFFILIATIONS, ids=[f"{c[0]}:{c[1][:40]}" for c in AFFILIATIONS]
)
def test_affiliation_end_to_end(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, f"{expected} not in {sorted(found)}"


SEATS = [
    (
        "en",
        "The Kenya-based group Amani Trust opened a school.",
        ("Amani Trust", "LOCATED_IN", "Kenya"),
    ),
    (
        "nl",
        "Het in Kenia gevestigde Amani Trust opende een school.",
        ("Amani Trust", "LOCATED_IN", "Kenya"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("lang, text, expected", SEATS, ids=[c[0] for c in SEATS])
def test_affiliation_seat_end_to_end(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, f"{expected} not in {sorted(found)}"


DESCRIBED_SEATS = [
    (
        "en",
        "The European Court of Justice ruled on Thursday. The Luxembourg-based court fined "
        "Facebook.",
        ("European Court of Justice", "LOCATED_IN", "Luxembourg"),
    ),
    (
        "nl",
        "Het Europees Hof van Justitie deed donderdag uitspraak. Het in Luxemburg gevestigde hof "
        "beboette Facebook.",
        ("European Court of Justice", "LOCATED_IN", "Luxembourg"),  # the KB label
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected", DESCRIBED_SEATS, ids=[c[0] for c in DESCRIBED_SEATS]
)
def test_affiliation_seat_of_a_description_goes_to_the_organisation_it_stands_for(
    lang, text, expected
):
    found = relations(text, lang)
    assert expected in found, f"{expected} not in {sorted(found)}"


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Shell and Unilever reported losses on Thursday. The London-based company cut jobs.",
        ),
        (
            "nl",
            "Shell en Unilever meldden donderdag verliezen. Het in Londen gevestigde bedrijf "
            "schrapte banen.",
        ),
    ],
)
def test_affiliation_seat_of_an_unclear_description_goes_nowhere(lang, text):
    # two companies before "the company": which one sits in London is not clear
    found = relations(text, lang)
    assert not [r for r in found if r[1] == "LOCATED_IN" and r[2] == "London"], sorted(found)


@pytest.mark.model
def test_affiliation_a_person_after_a_phrase_is_no_employer():
    # "a critic of Putin": a person is not whom one works for
    found = relations("Anna Petrova, a critic of Vladimir Putin, left Moscow.", "en")
    assert not any(r[1] == "ROLE" for r in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Jan Kowalski from Poland said the border was closed.",
        "Anna Petrova, a refugee from Syria, said the camps were full.",
    ],
)
def test_affiliation_where_one_comes_from_is_no_employer(text):
    # "from" before a country or place says where one comes from, not whom one works for
    found = relations(text, "en")
    assert not any(r[1] == "ROLE" for r in found), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, country",
    [
        ("en", "The Syrian toddler Omar Haddad drowned off the coast of Greece.", "Syria"),
        ("en", "American sports journalist Tom Baker wrote about the match.", "United States"),
        ("nl", "De Syrische peuter Omar Haddad verdronk voor de kust van Griekenland.", "Syria"),
        (
            "nl",
            "De Amerikaanse sportjournalist Tom Baker schreef over de wedstrijd.",
            "United States",
        ),
    ],
)
def test_affiliation_a_country_word_of_origin_is_no_employer(lang, text, country):
    found = relations(text, lang)
    assert not any(r[1] == "ROLE" and r[2] == country for r in found), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Iranian official Ali Karimi denied the report.", ("Ali Karimi", "ROLE", "Iran")),
        (
            "nl",
            "De Iraanse diplomaat Ali Karimi ontkende het bericht.",
            ("Ali Karimi", "ROLE", "Iran"),
        ),
    ],
)
def test_affiliation_a_country_word_on_an_office_stays_an_employer(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, sorted(found)


def test_affiliation_marked_by_the_phrase_preposition():
    doc = parse("""
Okafor 0 ROOT PROPN
, 0 punct PUNCT
economist 0 appos NOUN
from 2 prep ADP
Leiden 5 compound PROPN
University 3 pobj PROPN
""")
    assert marked_by(doc[5], CLEAR, ("from",))
    assert not marked_by(doc[5], CLEAR, ("of",))
    doc = parse("""
Okafor 0 ROOT PROPN
, 0 punct PUNCT
econoom 0 appos NOUN
aan 5 case ADP
de 5 det DET
Universiteit 2 nmod PROPN
""")
    assert marked_by(doc[5], UD, ("aan",))
    assert not marked_by(doc[2], UD, ("aan",))


@pytest.mark.model
def test_affiliation_a_named_part_of_a_place_is_not_its_container():
    # "the Haarlem area of North Holland": the area is Haarlem's, inside North Holland
    found = relations("Storms hit the Haarlem area of North Holland on Monday.", "en")
    assert not any(r[1] == "LOCATED_IN" and r[0] == "North Holland" for r in found), sorted(found)


def test_affiliation_a_name_before_the_title_hung_on_the_person_holds_it_en():
    # "Kern County Sheriff Donny Youngblood said", parsed flat: every word a compound of the last
    doc = parse("""
Kern 4 compound PROPN
County 4 compound PROPN
Sheriff 4 compound PROPN
Donny 4 compound PROPN
Youngblood 5 nsubj PROPN
said 5 ROOT VERB
""")
    named(doc, 0, 2, "LOCATION")
    person = named(doc, 3, 5)
    assert name_before_title(person, 2).text == "County"


def test_affiliation_a_name_of_the_clause_before_the_title_holds_nothing_en():
    # "In Moscow President Vladimir Putin said": Moscow hangs on "In", not on the person
    doc = parse("""
In 5 prep ADP
Moscow 0 pobj PROPN
President 4 compound PROPN
Vladimir 4 compound PROPN
Putin 5 nsubj PROPN
said 5 ROOT VERB
""")
    named(doc, 1, 2, "LOCATION")
    person = named(doc, 3, 5)
    assert name_before_title(person, 2) is None


def test_affiliation_a_name_before_a_title_of_several_words_nl():
    # "WHO directeur-generaal Tedros zei" with WHO as a modifier of the name (UD)
    doc = parse("""
WHO 2 nmod PROPN
directeur-generaal 2 amod NOUN
Tedros 3 nsubj PROPN
zei 3 ROOT VERB
""")
    named(doc, 0, 1, "ORG")
    person = named(doc, 2, 3)
    assert name_before_title(person, 1).text == "WHO"
    assert name_before_title(person, 0) is None  # no word before the title


def _is_title(lang: str):
    from extract.grammar.titles import title_phrase
    from extract.lexicon import load_lexicon

    lexicon = load_lexicon(lang)
    return lambda token: title_phrase(token, lexicon) is not None


def test_affiliation_a_title_of_a_place_right_before_the_name_en():
    # "Mayor of Springfield Ann Lee spoke", parsed with the person under the place
    doc = parse("""
Mayor 5 nsubj PROPN mayor
of 0 prep ADP
Springfield 1 pobj PROPN
Ann 4 compound PROPN
Lee 2 appos PROPN
spoke 5 ROOT VERB speak
""")
    named(doc, 2, 3, "LOCATION")
    person = named(doc, 3, 5)
    title, place = title_across_place(person, doc.ents[0], _is_title("en"), EN_WORDS)
    assert (title.text, place.text) == ("Mayor", "Springfield")


def test_affiliation_a_place_without_a_title_before_it_is_no_holder_en():
    # "the talks of Russia Vladimir Putin held": "talks" is no title
    doc = parse("""
the 1 det DET
talks 6 nsubj NOUN talk
of 1 prep ADP
Russia 2 pobj PROPN
Vladimir 5 compound PROPN
Putin 6 nsubj PROPN
held 6 ROOT VERB hold
""")
    named(doc, 3, 4, "COUNTRY")
    person = named(doc, 4, 6)
    assert title_across_place(person, doc.ents[0], _is_title("en"), EN_WORDS) is None


def test_affiliation_a_title_for_a_place_with_an_article_nl():
    # "de senator voor Vermont Bernie Sanders heeft gesproken"
    doc = parse("""
de 1 det DET
senator 7 nsubj NOUN senator
voor 3 case ADP
Vermont 1 nmod PROPN
Bernie 3 flat PROPN
Sanders 4 flat PROPN
heeft 7 aux AUX hebben
gesproken 7 ROOT VERB spreken
""")
    named(doc, 3, 4, "LOCATION")
    person = named(doc, 4, 6)
    title, place = title_across_place(person, doc.ents[0], _is_title("nl"), NL_WORDS)
    assert (title.text, place.text) == ("senator", "Vermont")


def test_affiliation_a_name_right_before_the_persons_name_modifies_it():
    doc = parse("""
Republican 2 compound PROPN
Kevin 2 compound PROPN
McCarthy 3 nsubj PROPN
received 3 ROOT VERB receive
192 3 dobj NUM
""")
    named(doc, 0, 1, "ORG")
    assert texts(name_modifier(named(doc, 1, 3))) == ["Republican"]


def test_affiliation_name_modifier_the_parser_made_head_nl():
    # "De Democraat Joe Smit stemde": the member noun heads the phrase, the name its apposition
    doc = parse("""
De 1 det DET
Democraat 4 nsubj PROPN
Joe 1 appos PROPN
Smit 1 flat PROPN
stemde 4 ROOT VERB stemmen
""")
    named(doc, 1, 2, "ORG")
    assert texts(name_modifier(named(doc, 2, 4))) == ["Democraat"]


def test_affiliation_a_name_without_article_before_the_name_is_no_modifier_nl():
    # "heette Smit Joe Jansen": another name of the same person, not a member noun
    doc = parse("""
heette 0 ROOT VERB heten
Smit 0 obj PROPN
Joe 1 flat PROPN
Jansen 1 flat PROPN
""")
    named(doc, 1, 2, "ORG")
    assert name_modifier(named(doc, 2, 4)) == []


@pytest.mark.model
def test_affiliation_a_party_member_noun_before_the_name_is_its_party_nl():
    found = relations("De Republikein Kevin McCarthy kreeg 192 stemmen.", "nl")
    assert ("Kevin McCarthy", "ROLE", "Republican Party") in found, sorted(found)


@pytest.mark.model
def test_affiliation_a_demonym_before_the_name_is_no_role_nl():
    found = relations("De Russische Vladimir Poetin ontmoette vrijdag Donald Trump.", "nl")
    assert not [r for r in found if r[1] == "ROLE" and r[0] == "Vladimir Putin"], sorted(found)


def test_affiliation_a_name_before_a_title_is_no_name_modifier():
    # "Labour MP Yvette Cooper": the title's owner, read by descriptor_owners, not this
    doc = parse("""
Labour 1 compound PROPN
MP 3 compound NOUN
Yvette 3 compound PROPN
Cooper 4 nsubj PROPN
spoke 4 ROOT VERB speak
""")
    named(doc, 0, 1, "ORG")
    assert name_modifier(named(doc, 2, 4)) == []


@pytest.mark.model
def test_affiliation_a_party_name_before_the_name_is_its_members_party():
    found = relations("Republican Kevin McCarthy received 192 votes.", "en")
    assert ("Kevin McCarthy", "ROLE", "Republican Party") in found, sorted(found)


@pytest.mark.model
def test_affiliation_a_demonym_before_the_name_is_no_role():
    """Where one is from, not whom one works for."""
    found = relations("Russian Vladimir Putin met Donald Trump on Friday.", "en")
    assert not [r for r in found if r[1] == "ROLE" and r[0] == "Vladimir Putin"], sorted(found)


def test_affiliation_seat_said_of_the_subject_en():
    # "UNESCO is based in Paris": the organisation is the subject of the seat participle
    doc = parse("""
UNESCO 2 nsubjpass PROPN
is 2 auxpass AUX be
based 2 ROOT VERB base
in 2 prep ADP
Paris 3 pobj PROPN
""")
    org = named(doc, 0, 1, "ORG")
    assert texts(predicated_seats(org, CLEAR, ("base",), ("in",))) == ["Paris"]
    assert predicated_seats(org, CLEAR, ("found",), ("in",)) == []


def test_affiliation_seat_said_of_the_subject_nl():
    # "Unesco is gevestigd in Parijs"
    doc = parse("""
Unesco 2 nsubj:pass PROPN
is 2 aux:pass AUX zijn
gevestigd 2 ROOT VERB vestigen
in 4 case ADP
Parijs 2 obl PROPN
""")
    org = named(doc, 0, 1, "ORG")
    assert texts(predicated_seats(org, UD, ("vestigen",), ("in",))) == ["Parijs"]


def test_affiliation_no_seat_of_the_object():
    # "they based the team in Paris": the team is no subject of the seat participle
    doc = parse("""
they 1 nsubj PRON
based 1 ROOT VERB base
the 3 det DET
Team 1 dobj PROPN
in 1 prep ADP
Paris 4 pobj PROPN
""")
    assert predicated_seats(named(doc, 3, 4, "ORG"), CLEAR, ("base",), ("in",)) == []


def test_affiliation_site_of_an_organisation_en():
    # "the Brookings Institution's Washington headquarters in the capital": whose, then where
    doc = parse("""
the 2 det DET
Brookings 2 compound PROPN
Institution 5 poss PROPN
's 2 case PART
Washington 5 compound PROPN
headquarters 5 ROOT NOUN headquarters
in 5 prep ADP
Ohio 6 pobj PROPN
""")
    owners, places = site_ends(doc[5], CLEAR, ("of",), ("in",))
    assert (texts(owners), texts(places)) == (["Institution"], ["Washington", "Ohio"])


def test_affiliation_site_of_an_organisation_nl():
    # "het kantoor van Greenpeace in Amsterdam"
    doc = parse("""
het 1 det DET
kantoor 1 ROOT NOUN kantoor
van 3 case ADP
Greenpeace 1 nmod PROPN
in 5 case ADP
Amsterdam 1 nmod PROPN
""")
    owners, places = site_ends(doc[1], UD, ("van",), ("in",))
    assert (texts(owners), texts(places)) == (["Greenpeace"], ["Amsterdam"])


@pytest.mark.parametrize("number, expected", [("NNS", ["astronauts"]), ("NN", [])])
def test_a_plural_noun_before_a_list_of_names_describes_each(number, expected):
    # "NASA astronauts Bob Behnken and Doug Hurley": Hurley is an astronaut too; "NASA astronaut
    # Bob Behnken and Doug Hurley" says so of Behnken alone
    doc = parse("""
NASA 1 compound PROPN
astronauts 3 compound NOUN astronaut
Bob 3 compound PROPN
Behnken 3 ROOT PROPN
and 3 cc CCONJ
Doug 6 compound PROPN
Hurley 3 conj PROPN
""")
    doc[1].tag_ = number
    named(doc, 2, 4)
    assert texts(descriptors(named(doc, 5, 7), CLEAR)) == expected


def test_a_plural_noun_with_coordinated_modifiers_is_not_shared_by_a_list():
    # "Greek and French ministers Nikos Dendias and Jean Le Drian": the modifiers pair off with
    # the names (one Greek, one French), so the second name takes neither from the first
    doc = parse("""
Greek 3 amod ADJ
and 2 cc CCONJ
French 0 conj ADJ
ministers 5 compound NOUN minister
Nikos 5 compound PROPN
Dendias 5 ROOT PROPN
and 5 cc CCONJ
Jean 8 compound PROPN
Drian 5 conj PROPN
""")
    doc[3].tag_ = "NNS"
    named(doc, 4, 6)
    assert descriptors(named(doc, 7, 9), CLEAR) == []


# "Avinoam Idan, deskundige aan de Universiteit van Haifa": an adjective used as a noun, set off
NL_ADJECTIVE_AS_NOUN = """
Anna 6 nsubj PROPN
Smit 0 flat PROPN
, 3 punct PUNCT
deskundige 0 appos ADJ deskundig
aan 5 case ADP
Harvard 3 obl PROPN
zei 6 ROOT VERB zeggen
"""

# an adjective said of the name without a comma is no apposition of it
NL_ADJECTIVE_NO_COMMA = NL_ADJECTIVE_AS_NOUN.replace(", 3 punct PUNCT", "nu 3 advmod ADV")
assert NL_ADJECTIVE_NO_COMMA != NL_ADJECTIVE_AS_NOUN


@pytest.mark.parametrize(
    "rows, expected", [(NL_ADJECTIVE_AS_NOUN, ["deskundige"]), (NL_ADJECTIVE_NO_COMMA, [])]
)
def test_affiliation_an_adjective_as_a_noun_in_apposition_nl(rows, expected):
    doc = parse(rows)
    nouns = descriptors(named(doc, 0, 2), UD)
    assert texts(nouns) == expected
    if expected:
        assert texts(descriptor_owners(nouns[0], UD, ("aan", *NL_WORDS))) == ["Harvard"]


@pytest.mark.model
def test_affiliation_an_adjective_as_a_noun_in_apposition_end_to_end():
    text = (
        "Jan de Vries, deskundige in geostrategie aan de Universiteit van Haifa, zei dat het"
        " plan faalt."
    )
    assert ("Jan de Vries", "ROLE", "Universiteit van Haifa") in relations(text, "nl")
