"""The name finder (newsgraph_names) on hand-tagged Dutch docs, with the shipped knowledge base
and lexicon, so a new tagger cannot quietly change what these tests check."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extract.components.names import NameFinder
from extract.kb import load_kb
from extract.lexicon import load_lexicon


@pytest.fixture(scope="module")
def finder() -> NameFinder:
    return NameFinder("names", load_kb(), load_lexicon("nl"))


def tagged(words_and_tags: str) -> Doc:
    """A one-sentence Doc from 'word/POS' items."""
    words, pos = zip(*(item.rsplit("/", 1) for item in words_and_tags.split()))
    doc = Doc(spacy.blank("nl").vocab, words=list(words), pos=list(pos))
    for token in doc:
        token.is_sent_start = token.i == 0
    return doc


def found(finder: NameFinder, doc: Doc) -> list[tuple[str, str]]:
    spans, _ = finder.find(doc)
    return [(span.text, span.label_) for span in spans]


def test_a_known_name_opening_a_sentence_counts_whatever_its_tag(finder: NameFinder):
    # the tagger called "Zelensky" an adverb; the knowledge base knows the name
    doc = tagged("Zelensky/ADV had/AUX maandag/NOUN een/DET ontmoeting/NOUN ./PUNCT")
    assert found(finder, doc) == [("Zelensky", "PERSON")]


def test_an_article_opening_a_sentence_is_no_part_of_a_known_name(finder: NameFinder):
    # the knowledge base reads past a leading article ("het Europees Parlement" is an alias), and
    # some names it knows only with one ("het OM"): the name is found, the article stays out
    doc = tagged("Het/DET Lagerhuis/PROPN stemde/VERB dinsdag/NOUN tegen/ADP ./PUNCT")
    assert found(finder, doc) == [("Lagerhuis", "ORG")]
    doc = tagged("Het/DET Airbus/PROPN toestel/NOUN landde/VERB in/ADP Parijs/PROPN ./PUNCT")
    assert found(finder, doc) == [("Airbus", "ORG"), ("Parijs", "LOCATION")]
    doc = tagged("Het/DET OM/PROPN in/ADP Utrecht/PROPN vervolgt/VERB hem/PRON ./PUNCT")
    assert found(finder, doc) == [("OM", "ORG"), ("Utrecht", "LOCATION")]


def test_a_sentence_opener_that_is_no_known_name_stays_out(finder: NameFinder):
    doc = tagged("Ondertussen/ADV had/AUX Zelensky/PROPN een/DET ontmoeting/NOUN ./PUNCT")
    assert found(finder, doc) == [("Zelensky", "PERSON")]


# --- the paragraph of issue 19, end to end ------------------------------------------------------

ISSUE_19 = (
    "DEN HAAG (ANP) - VVD-Kamerlid Arno Rutte heeft dinsdag kritiek geuit op minister Eelco Heinen "
    "van Financiën. NSC-leider Nicolien van Vroonhoven zei dat haar partij het kabinet blijft "
    "steunen. Ford en Chrysler verloren vorig jaar marktaandeel aan Toyota, zei Mary Barra, "
    "topvrouw van General Motors. Minister David van Weel van Buitenlandse Zaken sprak met zijn "
    "Duitse ambtgenoot Johann Wadephul."
)
ISSUE_19_NODES = [
    ("Arno Rutte", "PERSON"),
    ("Eelco Heinen", "PERSON"),
    ("Financiën", "ORG"),
    ("VVD", "ORG"),
    ("NSC", "ORG"),
    ("Nicolien van Vroonhoven", "PERSON"),
    ("Ford", "ORG"),
    ("Chrysler", "ORG"),
    ("Toyota", "ORG"),
    ("Mary Barra", "PERSON"),
    ("General Motors", "ORG"),
    ("David van Weel", "PERSON"),
    ("Buitenlandse Zaken", "ORG"),
    ("Germany", "COUNTRY"),
    ("Johann Wadephul", "PERSON"),
]


@pytest.fixture(scope="module")
def issue_19_entities():
    from extract.components.paragraphs import make_doc
    from extract.pipeline import load_pipeline

    nlp = load_pipeline("nl")
    return nlp(make_doc(nlp, ISSUE_19))._.entities


@pytest.mark.model
@pytest.mark.parametrize("form,type_", ISSUE_19_NODES)
def test_the_issue_paragraph_gives_each_name_once_with_its_type(issue_19_entities, form, type_):
    holders = [i for i in issue_19_entities.values() if form == i.label or form in i.aliases]
    assert [(h.type) for h in holders] == [type_], [(h.id, h.type, h.aliases) for h in holders]


@pytest.mark.model
def test_the_issue_paragraph_keeps_identities_apart(issue_19_entities):
    ids = set(issue_19_entities)
    assert "kb:mark_rutte" not in ids  # Arno Rutte is not Mark Rutte
    assert "kb:nsc_nl" in ids and "kb:national_security_council" not in ids  # the Dutch party
    persons = sorted(i.label for i in issue_19_entities.values() if i.type == "PERSON")
    assert persons == sorted(f for f, t in ISSUE_19_NODES if t == "PERSON")


# --- spans and types of names the knowledge base does not know -----------------------------------


def test_a_portfolio_after_a_name_is_cut_off_as_an_organisation(finder: NameFinder):
    doc = tagged("minister/NOUN Eelco/PROPN Heinen/PROPN van/ADP Financiën/NOUN ./PUNCT")
    doc.ents = [Span(doc, 1, 5, label="PER")]
    assert found(finder, doc) == [("Eelco Heinen", "PERSON"), ("Financiën", "ORG")]


def test_a_surname_with_tussenvoegsel_stays_whole(finder: NameFinder):
    doc = tagged(
        "Volgens/ADP Nicolien/PROPN van/ADP Vroonhoven/PROPN is/AUX het/PRON onhaalbaar/ADJ ./PUNCT"
    )
    doc.ents = [Span(doc, 1, 4, label="PER")]
    assert found(finder, doc) == [("Nicolien van Vroonhoven", "PERSON")]


def test_an_unknown_misc_name_with_a_first_name_is_a_person(finder: NameFinder):
    doc = tagged("zei/VERB Mary/PROPN Barra/PROPN ./PUNCT")
    doc.ents = [Span(doc, 1, 3, label="MISC")]
    assert found(finder, doc) == [("Mary Barra", "PERSON")]


def test_a_misc_name_without_cues_stays_out(finder: NameFinder):
    doc = tagged("het/DET Zwanenmeer/PROPN werd/AUX opgevoerd/VERB ./PUNCT")
    doc.ents = [Span(doc, 1, 2, label="MISC")]
    assert found(finder, doc) == []


def test_an_unknown_acronym_before_a_role_is_an_organisation(finder: NameFinder):
    doc = tagged("XYZ-Kamerlid/NOUN Jan/PROPN Smit/PROPN sprak/VERB ./PUNCT")
    _, inner = finder.find(doc)
    assert [(m.text, m.label, m.kb_key) for m in inner] == [("XYZ", "ORG", "")]


def test_time_zones_and_currencies_are_no_names(finder: NameFinder):
    doc = tagged("om/ADP 18:00/NUM UTC/PROPN kost/VERB het/PRON US/PROPN $/SYM 5/NUM ./PUNCT")
    assert found(finder, doc) == []


def test_a_brand_spelled_with_an_inner_capital_is_an_organisation(finder: NameFinder):
    doc = tagged("levert/VERB aan/ADP SkyHopper/PROPN ./PUNCT")
    doc.ents = [Span(doc, 2, 3, label="MISC")]
    assert found(finder, doc) == [("SkyHopper", "ORG")]


@pytest.mark.parametrize("word", ["McTavish", "MacArthur", "DeWitt", "KwaMashu", "Ontario"])
def test_an_inner_capital_of_a_surname_or_a_place_is_no_brand(word: str):
    from extract.components.names import _camel_case

    assert not _camel_case(word)


def test_a_name_listed_with_an_organisation_is_one(finder: NameFinder):
    # "voor Fokker Aircraft en Bremer Kolb": Kolb is the second of two companies
    doc = tagged("voor/ADP Fokker/PROPN Aircraft/PROPN en/CCONJ Bremer/PROPN Kolb/PROPN ./PUNCT")
    heads = [0, 0, 1, 5, 5, 1, 0]  # Kolb conj of Fokker; Aircraft and Bremer flat
    deps = ["ROOT", "nmod", "flat", "cc", "flat", "conj", "punct"]
    for token, head, dep in zip(doc, heads, deps):
        token.head = doc[head]
        token.dep_ = dep
    doc.ents = [Span(doc, 1, 3, label="ORG"), Span(doc, 4, 6, label="MISC")]
    assert found(finder, doc) == [("Fokker Aircraft", "ORG"), ("Bremer Kolb", "ORG")]


def test_generic_words_after_a_place_end_its_name(finder: NameFinder):
    doc = tagged("naar/ADP Chiang/PROPN Mai/PROPN International/PROPN Airport/PROPN ./PUNCT")
    doc.ents = [Span(doc, 1, 3, label="LOC"), Span(doc, 3, 5, label="LOC")]
    assert found(finder, doc) == [("Chiang Mai International Airport", "LOCATION")]


def test_a_title_and_van_before_a_company_are_no_part_of_it(finder: NameFinder):
    doc = tagged(
        "zei/VERB Jan/PROPN Smit/PROPN ,/PUNCT Chief/PROPN Operating/PROPN Officer/PROPN "
        "van/ADP Sunbelt/PROPN Airways/PROPN ./PUNCT"
    )
    for token in doc:
        token.lemma_ = token.lower_  # titles are read by their lemmas
    doc.ents = [Span(doc, 1, 3, label="PER")]
    assert found(finder, doc) == [("Jan Smit", "PERSON"), ("Sunbelt Airways", "ORG")]


def test_a_surname_alone_after_the_full_name_is_that_person(finder: NameFinder):
    doc = tagged(
        "Karel/PROPN Wouterse/PROPN zei/VERB dat/SCONJ ./PUNCT Volgens/ADP Wouterse/PROPN "
        "klopt/VERB het/PRON ./PUNCT"
    )
    doc[5].is_sent_start = True
    doc.ents = [Span(doc, 0, 2, label="PER")]
    assert found(finder, doc) == [("Karel Wouterse", "PERSON"), ("Wouterse", "PERSON")]


def test_a_name_the_document_gives_is_found_before_a_hyphen(finder: NameFinder):
    doc = tagged(
        "Het/DET Brandt/PROPN Aviation-contract/NOUN en/CCONJ Brandt/PROPN Aviation/PROPN ./PUNCT"
    )
    doc.ents = [Span(doc, 4, 6, label="ORG")]
    _, inner = finder.find(doc)
    assert [(m.text, m.label) for m in inner] == [("Brandt Aviation", "ORG")]


# --- surnames that open with a capitalised particle; long forms of acronyms ---------------------


def test_a_particle_surname_opening_a_sentence_before_a_speech_verb_is_a_person(
    finder: NameFinder,
):
    doc = tagged("De/DET Vries/PROPN zei/VERB dat/SCONJ het/PRON klopt/VERB ./PUNCT")
    doc[2].lemma_ = "zeggen"
    assert found(finder, doc) == [("De Vries", "PERSON")]


def test_a_capitalised_particle_inside_a_sentence_opens_a_surname(finder: NameFinder):
    doc = tagged("Volgens/ADP De/DET Jonge/ADJ is/AUX dat/PRON onzin/NOUN ./PUNCT")
    assert found(finder, doc) == [("De Jonge", "PERSON")]


def test_a_particle_before_an_organisation_word_makes_no_person(finder: NameFinder):
    doc = tagged("De/DET Kiesraad/PROPN stelde/VERB de/DET uitslag/NOUN vast/ADP ./PUNCT")
    doc[2].lemma_ = "stellen"
    assert ("Kiesraad", "PERSON") not in found(finder, doc)
    assert ("De Kiesraad", "PERSON") not in found(finder, doc)


def test_a_surname_the_model_found_keeps_its_capitalised_particle(finder: NameFinder):
    doc = tagged("Later/ADV zei/VERB Van/ADP der/DET Wal/PROPN dat/SCONJ ./PUNCT")
    doc.ents = [Span(doc, 4, 5, label="PER")]
    assert found(finder, doc) == [("Van der Wal", "PERSON")]


def test_the_long_form_of_an_acronym_in_brackets_is_one_organisation(finder: NameFinder):
    doc = tagged(
        "De/DET SER/PROPN (/PUNCT Sociaal-Economische/ADJ Raad/PROPN )/PUNCT adviseert/VERB ./PUNCT"
    )
    assert ("Sociaal-Economische Raad", "ORG") in found(finder, doc)


def test_a_bracketed_phrase_that_does_not_spell_the_acronym_is_no_long_form(finder: NameFinder):
    doc = tagged("De/DET SER/PROPN (/PUNCT Den/PROPN Haag/PROPN )/PUNCT adviseert/VERB ./PUNCT")
    assert ("Den Haag", "ORG") not in found(finder, doc)


# --- titles are no names: "Member of Parliament (MP)", "Governor General", "Her Majesty" -------


def test_the_acronym_of_a_title_is_no_organisation(finder: NameFinder):
    doc = tagged(
        "De/DET Procureur-Generaal/NOUN (/PUNCT PG/PROPN )/PUNCT vroeg/VERB een/DET "
        "uitspraak/NOUN ./PUNCT"
    )
    assert found(finder, doc) == []


def test_the_acronym_of_a_name_in_brackets_is_still_an_organisation(finder: NameFinder):
    doc = tagged(
        "De/DET Nationale/ADJ Rekenkamer/PROPN (/PUNCT NRK/PROPN )/PUNCT schreef/VERB ./PUNCT"
    )
    assert ("NRK", "ORG") in found(finder, doc)


def test_a_title_after_a_title_is_no_person(finder: NameFinder):
    doc = tagged("de/DET minister/NOUN Commissaris/NOUN sprak/VERB ./PUNCT")
    assert found(finder, doc) == []


def test_a_name_after_two_titles_is_the_person(finder: NameFinder):
    doc = tagged("minister/NOUN Commissaris/NOUN Jan/PROPN Smit/PROPN sprak/VERB ./PUNCT")
    assert found(finder, doc) == [("Jan Smit", "PERSON")]


def test_majesty_is_a_form_of_address_and_no_name(finder: NameFinder):
    doc = tagged("Hare/PRON Majesteit/PROPN opende/VERB het/DET jaar/NOUN ./PUNCT")
    doc.ents = [Span(doc, 1, 2, label="PER")]
    assert found(finder, doc) == []


def _object_of(doc: Doc, obj: int, verb: int, lemma: str) -> Doc:
    doc[verb].lemma_ = lemma
    doc[obj].head = doc[verb]
    doc[obj].dep_ = "obj"
    return doc


def test_an_unknown_name_one_meets_is_a_person_not_a_place(finder: NameFinder):
    doc = _object_of(
        tagged("Shoukry/PROPN ontmoette/VERB Blinkel/PROPN ./PUNCT"), 2, 1, "ontmoeten"
    )
    doc.ents = [Span(doc, 2, 3, label="LOC")]
    assert ("Blinkel", "PERSON") in found(finder, doc)


def test_a_known_place_one_meets_in_stays_a_place(finder: NameFinder):
    doc = _object_of(tagged("Shoukry/PROPN ontmoette/VERB Caïro/PROPN ./PUNCT"), 2, 1, "ontmoeten")
    doc.ents = [Span(doc, 2, 3, label="LOC")]
    assert ("Caïro", "LOCATION") in found(finder, doc)


# --- names of no clear type (MISC) typed by the words after and before them ----------------------


@pytest.fixture(scope="module")
def finder_en() -> NameFinder:
    return NameFinder("names", load_kb(), load_lexicon("en"))


def tagged_en(words_and_tags: str) -> Doc:
    """An English one-sentence Doc from 'word/POS' items."""
    words, pos = zip(*(item.rsplit("/", 1) for item in words_and_tags.split()))
    doc = Doc(spacy.blank("en").vocab, words=list(words), pos=list(pos))
    for token in doc:
        token.is_sent_start = token.i == 0
    return doc


def test_a_misc_name_a_personal_pronoun_later_stands_for_is_a_person(finder: NameFinder):
    doc = tagged(
        "Kovalny/PROPN begon/VERB een/DET hongerstaking/NOUN ,/PUNCT omdat/SCONJ men/PRON hem/PRON "
        "zorg/NOUN weigerde/VERB ./PUNCT"
    )
    doc.ents = [Span(doc, 0, 1, label="MISC")]
    assert found(finder, doc) == [("Kovalny", "PERSON")]


def test_a_misc_name_a_personal_pronoun_later_stands_for_is_a_person_en(finder_en: NameFinder):
    doc = tagged_en(
        "Kovalny/PROPN began/VERB a/DET hunger/NOUN strike/NOUN after/SCONJ guards/NOUN beat/VERB "
        "him/PRON ./PUNCT"
    )
    doc.ents = [Span(doc, 0, 1, label="MISC")]
    assert found(finder_en, doc) == [("Kovalny", "PERSON")]


def test_a_pronoun_after_another_name_does_not_type_the_first(finder: NameFinder):
    doc = tagged(
        "Zwanenmeer/PROPN werd/AUX gedanst/VERB door/ADP Petrova/PROPN ,/PUNCT die/PRON zei/VERB "
        "dat/SCONJ hij/PRON keek/VERB ./PUNCT"
    )
    doc.ents = [Span(doc, 0, 1, label="MISC")]
    assert ("Zwanenmeer", "PERSON") not in found(finder, doc)


def test_a_possessive_that_may_be_an_organisations_types_nobody(finder: NameFinder):
    # Dutch writes "haar" for an organisation too: "Milieudefensie won haar zaak"
    doc = tagged("Milieudefensie/PROPN won/VERB haar/PRON zaak/NOUN ./PUNCT")
    doc[2].dep_ = "nmod:poss"
    doc.ents = [Span(doc, 0, 1, label="MISC")]
    assert found(finder, doc) == []


def test_a_misc_name_whose_members_act_is_an_organisation(finder: NameFinder):
    doc = tagged(
        "Leden/NOUN van/ADP Letzte/PROPN Generation/PROPN blokkeerden/VERB de/DET weg/NOUN ./PUNCT"
    )
    doc.ents = [Span(doc, 2, 4, label="MISC")]
    assert found(finder, doc) == [("Letzte Generation", "ORG")]


def test_a_misc_name_whose_members_act_is_an_organisation_en(finder_en: NameFinder):
    doc = tagged_en(
        "Members/NOUN of/ADP Dernière/PROPN Rénovation/PROPN blocked/VERB the/DET road/NOUN ./PUNCT"
    )
    doc.ents = [Span(doc, 2, 4, label="MISC")]
    assert found(finder_en, doc) == [("Dernière Rénovation", "ORG")]


def test_supporters_of_a_misc_name_make_it_an_organisation(finder: NameFinder):
    doc = tagged("aanhangers/NOUN van/ADP Kreni-Promeni/PROPN demonstreerden/VERB ./PUNCT")
    doc.ents = [Span(doc, 2, 3, label="MISC")]
    assert found(finder, doc) == [("Kreni-Promeni", "ORG")]


def test_a_capitalised_compound_on_bond_is_an_organisation(finder: NameFinder):
    doc = tagged("De/DET Consumentenbond/PROPN diende/VERB een/DET klacht/NOUN in/ADP ./PUNCT")
    assert found(finder, doc) == [("Consumentenbond", "ORG")]


# --- no junk nodes: words the model called names ------------------------------------------------


def test_a_word_without_a_capital_is_no_name(finder: NameFinder):
    doc = tagged("Een/DET wolf/NOUN beet/VERB twee/NUM schapen/NOUN per/ADP kubieke/ADJ meter/NOUN")
    doc.ents = [Span(doc, 1, 2, label="PER"), Span(doc, 5, 8, label="LOC")]
    assert found(finder, doc) == []


def test_a_word_without_a_capital_is_no_name_en(finder_en: NameFinder):
    doc = tagged_en("A/DET wolf/NOUN ate/VERB kerosene/NOUN per/ADP cubic/ADJ meter/NOUN ./PUNCT")
    doc.ents = [
        Span(doc, 1, 2, label="PERSON"),
        Span(doc, 3, 4, label="PERSON"),
        Span(doc, 4, 7, label="PERSON"),
    ]
    assert found(finder_en, doc) == []


def test_a_known_name_written_in_lower_case_stays_a_name(finder: NameFinder):
    # Dutch spelling writes "de taliban" in lower case
    doc = tagged("woordvoerder/NOUN van/ADP de/DET taliban/NOUN zei/VERB dat/SCONJ")
    doc.ents = [Span(doc, 3, 4, label="ORG")]
    assert found(finder, doc) == [("taliban", "ORG")]


def test_a_word_with_an_editors_bracket_inside_is_no_name_en(finder_en: NameFinder):
    # "[W]e must get Brexit done": an editor's capital inside a quotation
    doc = tagged_en('"/PUNCT [/PUNCT W]e/PROPN must/AUX get/VERB Brexit/PROPN done/VERB "/PUNCT')
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    assert ("W]e", "PERSON") not in found(finder_en, doc)


def test_a_word_with_an_editors_bracket_inside_is_no_name(finder: NameFinder):
    doc = tagged('"/PUNCT [/PUNCT W]ij/PROPN moeten/AUX doorgaan/VERB "/PUNCT')
    doc.ents = [Span(doc, 2, 3, label="PER")]
    assert found(finder, doc) == []


def test_a_compound_organisation_a_pronoun_follows_stays_an_organisation(finder: NameFinder):
    # "hij" stands for "de brandweer", a Dutch noun, not for a person
    doc = tagged(
        "De/DET Staatsbrandweer/PROPN zei/VERB dat/SCONJ hij/PRON de/DET kamers/NOUN "
        "controleert/VERB ./PUNCT"
    )
    doc.ents = [Span(doc, 1, 2, label="MISC")]
    assert found(finder, doc) == [("Staatsbrandweer", "ORG")]


# --- one spelling of an acronym from its long form, for the name finder and the linker -----------


def test_the_initials_of_words_and_of_their_hyphenated_parts_spell_an_acronym():
    from extract.components.names import spelled_acronyms

    assert spelled_acronyms(["Canada", "Emergency", "Response", "Benefit"]) == ["CERB"]
    assert spelled_acronyms(["Sociaal-Economische", "Raad"]) == ["SR", "SER"]
    assert "SER" in spelled_acronyms(["Sociaal-economische", "Raad"])


def test_the_linker_spells_an_organisations_acronym_with_and_without_its_head():
    from extract.components.linking import _initials

    doc = Doc(spacy.blank("en").vocab, words="Pacific Gas and Electric Company".split())
    assert _initials(doc[0:5]) == ["PGEC", "PGE"]
    doc = Doc(spacy.blank("nl").vocab, words="de Sociaal-economische Raad".split())
    assert "SER" in _initials(doc[1:3])


def test_the_last_word_of_a_title_is_no_name_en(finder_en: NameFinder):
    doc = tagged_en(
        "Jobs/PROPN ,/PUNCT the/DET Apple/PROPN Chief/PROPN Executive/PROPN Officer/PROPN ,/PUNCT "
        "spoke/VERB ./PUNCT"
    )
    for token in doc:
        token.lemma_ = token.text  # titles are read from lemmas
    assert ("Officer", "PERSON") not in found(finder_en, doc)


def test_the_last_word_of_a_title_is_no_name(finder: NameFinder):
    doc = tagged(
        "Leonard/PROPN ,/PUNCT Chief/PROPN Operating/PROPN Officer/PROPN van/ADP AirTran/PROPN "
        "Airways/PROPN ,/PUNCT sprak/VERB ./PUNCT"
    )
    for token in doc:
        token.lemma_ = token.text
    assert ("Officer", "PERSON") not in found(finder, doc)


@pytest.mark.parametrize(
    "words",
    [
        # English (the name finder reads every language's name words)
        "by/ADP Associated/PROPN Press/PROPN of/ADP bank/NOUN robberies/NOUN ./PUNCT",
        # Dutch
        "door/ADP Associated/PROPN Press/PROPN van/ADP bank/NOUN overvallen/NOUN ./PUNCT",
    ],
)
def test_a_known_name_keeps_its_span_before_a_lower_case_head_word(finder: NameFinder, words: str):
    # the model's organisation ran on into "of bank": an organisation's head word that makes a
    # longer name win over the known one inside it is written with a capital ("Swiss National
    # Bank"), not a common noun after the name
    doc = tagged(words)
    doc.ents = [Span(doc, 1, 5, label="ORG")]
    assert found(finder, doc) == [("Associated Press", "ORG")]


# --- demonyms that name people or money, not the country ----------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "Putin/PROPN declared/VERB Russians/PROPN would/AUX be/AUX paid/VERB ./PUNCT",
        "disease/NOUN came/VERB with/ADP Europeans/PROPN ./PUNCT",
        "China/PROPN invested/VERB nine/NUM billion/NUM US/PROPN dollars/NOUN ./PUNCT",
    ],
)
def test_a_demonym_for_people_or_money_names_no_country(finder_en: NameFinder, words: str):
    doc = tagged_en(words)
    assert [f for f in found(finder_en, doc) if f[1] == "COUNTRY" and f[0] != "China"] == []
    assert not any(f[0] == "Europeans" for f in found(finder_en, doc))


@pytest.mark.parametrize(
    "words",
    [
        "zij/PRON trouwde/VERB met/ADP een/DET Amerikaan/PROPN die/PRON studeerde/VERB ./PUNCT",
        "veel/DET Russen/NOUN willen/VERB niet/ADV vechten/VERB ./PUNCT",
        "zij/PRON meden/VERB Chinezen/NOUN en/CCONJ mensen/NOUN die/PRON ziek/ADJ waren/AUX",
        "China/PROPN gaf/VERB negen/NUM miljard/NOUN Amerikaanse/ADJ dollar/NOUN uit/ADP ./PUNCT",
    ],
)
def test_a_dutch_demonym_for_people_or_money_names_no_country(finder: NameFinder, words: str):
    assert [f for f in found(finder, tagged(words)) if f[0] != "China"] == []


@pytest.mark.parametrize(
    "words,lang,expected",
    [
        ("the/DET Americans/PROPN agreed/VERB ./PUNCT", "en", ("Americans", "COUNTRY")),
        ("Iranian/ADJ officials/NOUN agreed/VERB ./PUNCT", "en", ("Iranian", "COUNTRY")),
        ("de/DET Amerikanen/PROPN stemden/VERB in/ADP ./PUNCT", "nl", ("Amerikanen", "COUNTRY")),
        ("Amerikaanse/ADJ troepen/NOUN vertrokken/VERB ./PUNCT", "nl", ("Amerikaanse", "COUNTRY")),
    ],
)
def test_a_demonym_for_the_country_as_actor_stays(finder, finder_en, words, lang, expected):
    doc = tagged_en(words) if lang == "en" else tagged(words)
    assert found(finder_en if lang == "en" else finder, doc) == [expected]


def test_a_demonym_for_people_the_model_calls_an_organisation_is_no_name(finder_en: NameFinder):
    doc = tagged_en("Britons/PROPN voted/VERB in/ADP a/DET referendum/NOUN ./PUNCT")
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    assert found(finder_en, doc) == []


def test_a_dutch_demonym_for_people_the_model_calls_an_organisation_is_no_name(finder: NameFinder):
    doc = tagged("Britten/PROPN stemden/VERB in/ADP een/DET referendum/NOUN ./PUNCT")
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    assert found(finder, doc) == []


@pytest.mark.parametrize(
    "words,lang",
    [
        ("he/PRON met/VERB his/PRON Ugandan/PROPN and/CCONJ Tanzanian/PROPN peers/NOUN", "en"),
        ("hij/PRON sprak/VERB zijn/PRON Duitse/ADJ en/CCONJ Franse/ADJ collega's/NOUN", "nl"),
    ],
)
def test_a_demonym_coordinated_with_another_before_a_noun_keeps_its_country(
    finder, finder_en, words, lang
):
    doc = tagged_en(words) if lang == "en" else tagged(words)
    names = found(finder_en if lang == "en" else finder, doc)
    assert [type_ for _, type_ in names] == ["COUNTRY", "COUNTRY"]


# --- a one-word name that reports is a medium -----------------------------------------------------


def _subject_of(doc: Doc, subj: int, verb: int, lemma: str) -> Doc:
    doc[verb].lemma_ = lemma
    doc[subj].head = doc[verb]
    doc[subj].dep_ = "nsubj"
    return doc


def test_a_name_that_reports_is_a_medium_en(finder_en: NameFinder):
    doc = _subject_of(
        tagged_en("Kathimerini/PROPN reported/VERB that/SCONJ talks/NOUN failed/VERB ./PUNCT"),
        0,
        1,
        "report",
    )
    assert found(finder_en, doc) == [("Kathimerini", "ORG")]


def test_a_name_that_reports_is_a_medium_nl(finder: NameFinder):
    doc = _subject_of(
        tagged("volgens/ADP hem/PRON meldt/VERB Rudaw/PROPN dat/SCONJ het/DET faalde/VERB ./PUNCT"),
        3,
        2,
        "melden",
    )
    assert found(finder, doc) == [("Rudaw", "ORG")]


def test_a_person_the_model_found_that_reports_is_a_medium(finder_en: NameFinder):
    doc = _subject_of(
        tagged_en("Rudaw/PROPN reports/VERB the/DET director/NOUN has/VERB ties/NOUN ./PUNCT"),
        0,
        1,
        "report",
    )
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    assert found(finder_en, doc) == [("Rudaw", "ORG")]


def test_a_surname_of_a_person_of_the_document_that_reports_stays_a_person(
    finder_en: NameFinder,
):
    doc = _subject_of(
        tagged_en(
            "Sharif/PROPN Hotak/PROPN came/VERB and/CCONJ Hotak/PROPN reported/VERB deaths/NOUN "
            "./PUNCT"
        ),
        4,
        5,
        "report",
    )
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="PERSON")]
    assert found(finder_en, doc) == [("Sharif Hotak", "PERSON"), ("Hotak", "PERSON")]


# --- words a name is never written in ------------------------------------------------------------


def test_wikinews_interview_tag_is_no_organisation(finder_en: NameFinder):
    doc = tagged_en(
        "(/PUNCT (/PUNCT WN/PROPN )/PUNCT )/PUNCT Why/ADV did/AUX you/PRON go/VERB ?/PUNCT"
    )
    doc.ents = [Span(doc, 2, 3, label="ORG")]
    assert found(finder_en, doc) == []


def test_a_word_without_latin_letters_is_no_name_en(finder_en: NameFinder):
    doc = tagged_en("Zelensky/PROPN wrote/VERB नहीं/PROPN in/ADP Łódź/PROPN ./PUNCT")
    doc.ents = [
        Span(doc, 0, 1, label="PERSON"),
        Span(doc, 2, 3, label="ORG"),
        Span(doc, 4, 5, label="GPE"),
    ]
    assert [text for text, _ in found(finder_en, doc)] == ["Zelensky", "Łódź"]


def test_a_word_without_latin_letters_is_no_name_nl(finder: NameFinder):
    doc = tagged("Καλημέρα/PROPN ,/PUNCT zei/VERB Rutte/PROPN in/ADP Łódź/PROPN ./PUNCT")
    doc.ents = [
        Span(doc, 0, 1, label="PER"),
        Span(doc, 3, 4, label="PER"),
        Span(doc, 5, 6, label="LOC"),
    ]
    assert [text for text, _ in found(finder, doc)] == ["Rutte", "Łódź"]


# --- heads that make a name an organisation ----------------------------------------------------


def test_a_charity_is_an_organisation_not_a_place(finder_en: NameFinder):
    doc = tagged_en(
        "during/ADP the/DET Great/PROPN Orchestra/PROPN of/ADP Christmas/PROPN Charity/PROPN "
        "./PUNCT"
    )
    doc.ents = [Span(doc, 2, 7, label="GPE")]
    assert found(finder_en, doc) == [("Great Orchestra of Christmas Charity", "ORG")]


def test_a_german_court_in_a_dutch_story_is_an_organisation(finder: NameFinder):
    doc = tagged("het/DET Oberster/PROPN Gerichtshof/PROPN vroeg/VERB om/ADP uitleg/NOUN ./PUNCT")
    doc.ents = [Span(doc, 1, 3, label="PER")]
    assert found(finder, doc) == [("Oberster Gerichtshof", "ORG")]


# --- a region named like another country (the US state of Georgia) ------------------------------


def kb_ids(finder: NameFinder, doc: Doc) -> dict[str, str]:
    spans, _ = finder.find(doc)
    return {span.text: span.kb_id_ for span in spans}


@pytest.mark.parametrize(
    "words_and_tags",
    [
        "He/PRON lives/VERB in/ADP Atlanta/PROPN ,/PUNCT Georgia/PROPN ./PUNCT",
        "the/DET state/NOUN of/ADP Georgia/PROPN voted/VERB ./PUNCT",
        "Georgia/PROPN ,/PUNCT USA/PROPN ,/PUNCT voted/VERB ./PUNCT",
    ],
)
def test_names_georgia_is_the_us_state_where_the_words_around_say_so(
    finder_en: NameFinder, words_and_tags: str
):
    assert kb_ids(finder_en, tagged_en(words_and_tags))["Georgia"] == "georgia_usa"


@pytest.mark.parametrize(
    "words_and_tags",
    [
        "Russia/PROPN invaded/VERB Georgia/PROPN ./PUNCT",
        "He/PRON flew/VERB from/ADP Tbilisi/PROPN ,/PUNCT Georgia/PROPN ./PUNCT",
    ],
)
def test_names_georgia_is_the_country_elsewhere(finder_en: NameFinder, words_and_tags: str):
    assert kb_ids(finder_en, tagged_en(words_and_tags))["Georgia"] == "GEO"


def test_names_georgia_after_a_dutch_word_for_a_region_is_the_state(finder: NameFinder):
    doc = tagged("de/DET staat/NOUN Georgia/PROPN stemde/VERB ./PUNCT")
    assert kb_ids(finder, doc)["Georgia"] == "georgia_usa"
    doc = tagged("Georgia/PROPN stemde/VERB tegen/ADP Rusland/PROPN ./PUNCT")
    assert kb_ids(finder, doc)["Georgia"] == "GEO"


# --- airlines by the flight number after them -----------------------------------------------------


def test_names_an_airline_before_a_flight_number_is_one_organisation_over_its_country(
    finder: NameFinder,
):
    doc = tagged(
        "het/DET ongeluk/NOUN van/ADP Garuda/PROPN Indonesia/PROPN vlucht/NOUN 200/NUM ./PUNCT"
    )
    assert ("Garuda Indonesia", "ORG") in found(finder, doc)
    assert ("Indonesia", "COUNTRY") not in found(finder, doc)


def test_names_an_airline_starts_after_of(finder_en: NameFinder):
    doc = tagged_en(
        "Passengers/NOUN of/ADP Garuda/PROPN Indonesia/PROPN Flight/PROPN 200/NUM died/VERB ./PUNCT"
    )
    assert ("Garuda Indonesia", "ORG") in found(finder_en, doc)
    assert not any(text.startswith("Passengers") for text, _ in found(finder_en, doc))


def test_names_a_country_before_a_flight_word_without_a_number_stays_the_country(
    finder: NameFinder,
):
    doc = tagged("de/DET Indonesia/PROPN vlucht/NOUN was/AUX vol/ADJ ./PUNCT")
    assert found(finder, doc) == [("Indonesia", "COUNTRY")]


# --- a town inside an event's name ---------------------------------------------------------------


def test_names_a_town_opening_an_events_name_is_no_mention_of_its_own(finder_en: NameFinder):
    doc = tagged_en("a/DET disappointing/ADJ Paris/PROPN Air/PROPN Show/PROPN ended/VERB ./PUNCT")
    assert ("Paris", "LOCATION") not in found(finder_en, doc)
    doc = tagged_en("the/DET Air/PROPN Show/PROPN in/ADP Paris/PROPN ended/VERB ./PUNCT")
    assert ("Paris", "LOCATION") in found(finder_en, doc)


def test_names_a_country_opening_an_events_name_stays(finder_en: NameFinder):
    doc = tagged_en("the/DET China/PROPN Trade/PROPN Summit/PROPN opened/VERB ./PUNCT")
    assert ("China", "COUNTRY") in found(finder_en, doc)


# --- a known name across a hyphen; web addresses; a company's spelling (issue 19) --------------


def _spaced(lang: str, items: list[tuple[str, str, bool]]) -> Doc:
    """A one-sentence Doc from (word, POS, space after) items."""
    words, pos, spaces = zip(*items)
    doc = Doc(spacy.blank(lang).vocab, words=list(words), spaces=list(spaces), pos=list(pos))
    for token in doc:
        token.is_sent_start = token.i == 0
    return doc


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_names_a_known_name_written_with_a_hyphen_is_found_whole(lang, finder, finder_en):
    doc = _spaced(
        lang,
        [
            ("by", "ADP", True),
            ("Agence", "PROPN", True),
            ("France", "PROPN", False),
            ("-", "PUNCT", False),
            ("Presse", "PROPN", True),
            (".", "PUNCT", False),
        ],
    )
    doc.ents = [Span(doc, 2, 3, label="GPE" if lang == "en" else "LOC")]
    assert found(finder_en if lang == "en" else finder, doc) == [("Agence France-Presse", "ORG")]


def test_names_a_hyphen_between_spaces_joins_no_names(finder_en: NameFinder):
    doc = _spaced(
        "en",
        [
            ("France", "PROPN", True),
            ("-", "PUNCT", True),
            ("Presse", "PROPN", True),
            ("ended", "VERB", False),
        ],
    )
    assert ("France", "COUNTRY") in found(finder_en, doc)
    assert not any("-" in text for text, _ in found(finder_en, doc))


@pytest.mark.parametrize("address", ["UOL.com.br", "oe24.at", "News.com.au"])
def test_names_a_web_address_is_the_site_that_reported(finder: NameFinder, address: str):
    doc = tagged(f"zei/VERB tegen/ADP {address}/PROPN dat/SCONJ ./PUNCT")
    assert found(finder, doc) == [(address, "ORG")]


@pytest.mark.parametrize("word", ["info@nos.nl", "3.5", "e.g", "Amsterdam.De"])
def test_names_an_email_a_number_or_an_abbreviation_is_no_web_address(finder_en, word):
    doc = tagged_en(f"wrote/VERB to/ADP {word}/X today/NOUN ./PUNCT")
    assert found(finder_en, doc) == []


def test_names_a_person_spelled_as_a_brand_is_an_organisation(finder_en: NameFinder):
    doc = tagged_en("SpaceX/PROPN launched/VERB a/DET rocket/NOUN ./PUNCT")
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    assert found(finder_en, doc) == [("SpaceX", "ORG")]


@pytest.mark.parametrize(
    "word,brand",
    [("SpaceX", True), ("JetBlue", True), ("McCain", False), ("DeSantis", False), ("NASA", False)],
)
def test_names_a_brand_spelling(word: str, brand: bool):
    from extract.components.names import _brand_spelling

    assert _brand_spelling(word) is brand


def test_names_a_name_ending_in_tribe_is_an_organisation(finder_en: NameFinder):
    doc = tagged_en("the/DET Crow/PROPN Tribe/PROPN endorsed/VERB it/PRON ./PUNCT")
    doc.ents = [Span(doc, 1, 3, label="PERSON")]
    assert found(finder_en, doc) == [("Crow Tribe", "ORG")]


@pytest.mark.parametrize("title", ["Taoiseach", "Sultan", "Emir"])
def test_names_a_rulers_title_is_no_part_of_the_name(finder_en: NameFinder, title: str):
    doc = tagged_en(f"{title}/PROPN Leo/PROPN Varadkar/PROPN spoke/VERB ./PUNCT")
    for token in doc:
        token.lemma_ = token.lower_  # titles are read by their lemmas
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert found(finder_en, doc) == [("Leo Varadkar", "PERSON")]


@pytest.mark.parametrize(
    "words",
    [
        "door/ADP minister/NOUN van/ADP Energie/PROPN Yuval/PROPN Steinitz/PROPN ./PUNCT",
        "door/ADP de/DET ministers/NOUN van/ADP Energie/PROPN ./PUNCT",
    ],
)
def test_names_a_ministers_portfolio_is_part_of_the_title(finder: NameFinder, words: str):
    doc = tagged(words)
    for token in doc:
        token.lemma_ = "minister" if token.lower_ == "ministers" else token.lower_
    energie = next(t.i for t in doc if t.text == "Energie")
    doc.ents = [Span(doc, energie, energie + 1, label="ORG")]
    assert ("Energie", "ORG") not in found(finder, doc)


def test_names_the_ministry_and_a_country_after_a_title_stay_names(finder, finder_en):
    doc = tagged("het/DET ministerie/NOUN van/ADP Volksgezondheid/PROPN meldde/VERB ./PUNCT")
    for token in doc:
        token.lemma_ = token.lower_
    doc.ents = [Span(doc, 3, 4, label="ORG")]
    assert [text for text, _ in found(finder, doc)] == ["ministerie van Volksgezondheid"]
    doc = tagged_en("the/DET Prime/PROPN Minister/PROPN of/ADP Iraq/PROPN spoke/VERB ./PUNCT")
    for token in doc:
        token.lemma_ = token.lower_
    doc.ents = [Span(doc, 4, 5, label="GPE")]
    assert found(finder_en, doc) == [("Iraq", "COUNTRY")]


@pytest.mark.parametrize(
    "words",
    [
        "the/DET Secretary/PROPN of/ADP Transportation/PROPN wrote/VERB ./PUNCT",
        "the/DET Transportation/PROPN Secretary/PROPN wrote/VERB ./PUNCT",
    ],
)
def test_names_the_department_of_a_secretary_stays_a_name(finder_en: NameFinder, words: str):
    doc = tagged_en(words)
    for token in doc:
        token.lemma_ = token.lower_
    at = next(t.i for t in doc if t.text == "Transportation")
    doc.ents = [Span(doc, at, at + 1, label="ORG")]
    assert found(finder_en, doc) == [("Transportation", "ORG")]


# --- a country's or a place's body written in lower case ------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            "Volgens/ADP het/DET Iraakse/ADJ leger/NOUN vielen/VERB er/ADV doden/NOUN ./PUNCT",
            [("Iraakse leger", "ORG")],
        ),
        (
            "de/DET Franse/ADJ luchtmacht/NOUN en/CCONJ de/DET Turkse/ADJ marine/NOUN zeilden/VERB",
            [("Franse luchtmacht", "ORG"), ("Turkse marine", "ORG")],
        ),
        # an indefinite article: any army of the country, no one body
        ("Een/DET Duits/ADJ leger/NOUN trok/VERB op/ADP ./PUNCT", [("Duits", "COUNTRY")]),
        # troops are people, no body
        ("de/DET Belgische/ADJ troepen/NOUN vertrokken/VERB ./PUNCT", [("Belgische", "COUNTRY")]),
    ],
)
def test_a_country_adjective_before_its_army_names_the_army(
    finder: NameFinder, words: str, expected: list[tuple[str, str]]
):
    assert found(finder, tagged(words)) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the/DET U.S./PROPN military/NOUN struck/VERB ./PUNCT", [("U.S. military", "ORG")]),
        (
            "with/ADP Iraqi/ADJ security/NOUN forces/NOUN ./PUNCT",
            [("Iraqi security forces", "ORG")],
        ),
        # the body's word describes the noun after it: the country stays
        ("U.S./PROPN military/ADJ personnel/NOUN left/VERB ./PUNCT", [("U.S.", "COUNTRY")]),
    ],
)
def test_a_country_before_its_military_names_the_military_in_english(
    finder_en: NameFinder, words: str, expected: list[tuple[str, str]]
):
    assert found(finder_en, tagged_en(words)) == expected


@pytest.mark.parametrize(
    ("lang", "words", "expected"),
    [
        (
            "nl",
            "het/DET Iraakse/ADJ parlement/NOUN stemde/VERB ./PUNCT",
            [("Iraakse", "COUNTRY", "IRQ")],
        ),
        (
            "en",
            "the/DET U.S./PROPN military/NOUN struck/VERB ./PUNCT",
            [("U.S.", "COUNTRY", "USA")],
        ),
        # a body of a place names no country
        ("nl", "De/DET politie/NOUN van/ADP Rotterdam/PROPN zocht/VERB ./PUNCT", []),
    ],
)
def test_the_country_in_front_of_its_army_is_a_mention_of_the_country_too(
    finder: NameFinder, finder_en: NameFinder, lang: str, words: str, expected: list
):
    doc = tagged(words) if lang == "nl" else tagged_en(words)
    _, inner = (finder if lang == "nl" else finder_en).find(doc)
    assert [(m.text, m.label, m.kb_key) for m in inner] == expected


def test_a_place_after_its_police_names_the_police(finder: NameFinder):
    doc = tagged("De/DET politie/NOUN van/ADP Rotterdam/PROPN zocht/VERB verder/ADV ./PUNCT")
    assert found(finder, doc) == [("politie van Rotterdam", "ORG")]


def test_a_person_after_police_and_van_makes_no_body(finder: NameFinder):
    doc = tagged("de/DET politie/NOUN van/ADP Mark/PROPN Rutte/PROPN ./PUNCT")
    doc.ents = [Span(doc, 3, 5, label="PER")]
    assert found(finder, doc) == [("Mark Rutte", "PERSON")]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            "of/ADP the/DET Kandahar/PROPN provincial/ADJ council/NOUN said/VERB ./PUNCT",
            [("Kandahar provincial council", "ORG")],
        ),
        # a time before the police is no place
        ("On/ADP Friday/PROPN police/NOUN said/VERB ./PUNCT", []),
        # the article opening the sentence is no part of the name
        (
            "The/DET Kandahar/PROPN city/NOUN council/NOUN voted/VERB ./PUNCT",
            [("Kandahar city council", "ORG")],
        ),
        # the body's word describes the noun after it: the place stays the place
        (
            "the/DET Kandahar/PROPN police/NOUN station/NOUN burned/VERB",
            [("Kandahar", "LOCATION")],
        ),
    ],
)
def test_a_place_before_its_council_names_the_council_in_english(
    finder_en: NameFinder, words: str, expected: list[tuple[str, str]]
):
    assert found(finder_en, tagged_en(words)) == expected


def test_a_compound_cut_short_before_en_is_one_name_with_its_other_half(finder: NameFinder):
    doc = tagged("de/DET Voedsel-/NOUN en/CCONJ Landbouworganisatie/PROPN waarschuwde/VERB ./PUNCT")
    assert found(finder, doc) == [("Voedsel- en Landbouworganisatie", "ORG")]


def test_two_names_joined_by_en_stay_two(finder: NameFinder):
    doc = tagged("Noord-Cyprus/PROPN en/CCONJ Hawaï/PROPN kregen/VERB regen/NOUN ./PUNCT")
    assert found(finder, doc) == [("Noord-Cyprus", "LOCATION"), ("Hawaï", "LOCATION")]


def test_a_known_name_opening_a_holiday_is_no_mention(finder_en: NameFinder):
    doc = tagged_en(
        "over/ADP the/DET Labour/PROPN Day/PROPN weekend/NOUN ,/PUNCT Labour/PROPN won/VERB"
    )
    spans, _ = finder_en.find(doc)
    assert [(s.text, s.label_, s.start) for s in spans] == [("Labour", "ORG", 6)]


def test_a_known_name_after_an_arabic_article_in_one_token_is_found(finder: NameFinder):
    doc = tagged("een/DET aanslag/NOUN van/ADP al-Qaida/PROPN in/ADP Raqqa/PROPN ./PUNCT")
    assert found(finder, doc) == [("al-Qaida", "ORG"), ("Raqqa", "LOCATION")]


def test_huis_van_opens_an_organisation(finder: NameFinder):
    doc = tagged(
        "het/DET Libische/ADJ Huis/NOUN van/ADP Afgevaardigden/NOUN verwierp/VERB het/PRON ./PUNCT"
    )
    assert found(finder, doc) == [("Libische", "COUNTRY"), ("Huis van Afgevaardigden", "ORG")]


def test_an_unknown_name_of_two_words_that_reports_is_a_medium(finder: NameFinder):
    words = ["Kronos", "Nieuws", "meldde", "dat", "het", "regende", "."]
    doc = Doc(
        spacy.blank("nl").vocab,
        words=words,
        pos=["NOUN", "PROPN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"],
        heads=[2, 0, 2, 5, 5, 2, 2],
        deps=["nsubj", "flat", "ROOT", "mark", "nsubj", "ccomp", "punct"],
        lemmas=["kronos", "nieuws", "melden", "dat", "het", "regenen", "."],
    )
    assert found(finder, doc) == [("Kronos Nieuws", "ORG")]


def test_a_royal_air_force_named_with_its_country_is_one_organisation(finder: NameFinder):
    doc = tagged("de/DET Koninklijke/ADJ Saudische/ADJ Luchtmacht/NOUN bombardeerde/VERB ./PUNCT")
    assert found(finder, doc) == [("Koninklijke Saudische Luchtmacht", "ORG")]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            "according/VERB to/ADP the/DET Harwich/PROPN Observer/PROPN ./PUNCT",
            [("Harwich Observer", "ORG")],
        ),
        (
            "according/VERB to/ADP the/DET Tilburg/PROPN City/PROPN Library/PROPN ./PUNCT",
            [("Tilburg City Library", "ORG")],
        ),
    ],
)
def test_a_newspaper_or_library_head_ends_an_organisation(
    finder_en: NameFinder, words: str, expected: list[tuple[str, str]]
):
    assert found(finder_en, tagged_en(words)) == expected


def test_a_site_and_van_and_its_place_are_one_place(finder: NameFinder):
    doc = tagged(
        "bij/ADP de/DET Internationale/ADJ Luchthaven/NOUN van/ADP Bagdad/PROPN ,/PUNCT "
        "zei/VERB Jan/PROPN ./PUNCT"
    )
    doc.ents = [Span(doc, 2, 4, label="LOC")]
    assert found(finder, doc)[0] == ("Internationale Luchthaven van Bagdad", "LOCATION")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            "op/ADP het/DET olieveld/NOUN Khurais/PROPN brandde/VERB het/PRON ./PUNCT",
            [("Khurais", "LOCATION")],
        ),
        (
            "in/ADP de/DET velden/NOUN Zorvan/PROPN en/CCONJ Tilmar/PROPN ./PUNCT",
            [("Zorvan", "LOCATION"), ("Tilmar", "LOCATION")],
        ),
        # a first name after the place noun opens a person's name, no place
        ("uit/ADP de/DET stad/NOUN Jan/PROPN Pieters/PROPN ./PUNCT", [("Jan Pieters", "PERSON")]),
    ],
)
def test_an_unknown_name_after_a_kind_of_place_is_a_place(
    finder: NameFinder, words: str, expected: list[tuple[str, str]]
):
    doc = tagged(words)
    for token in doc:
        token.lemma_ = "veld" if token.text == "velden" else token.lower_
    assert found(finder, doc) == expected


# --- junk glued to the front of a name (issue 19): nouns, titles and other names ------------------


def test_names_a_compound_noun_before_a_name_is_no_part_of_it(finder: NameFinder):
    doc = tagged(
        "Boeing/PROPN en/CCONJ Fokker-eigenaar/NOUN Stork/PROPN tekenden/VERB een/DET "
        "contract/NOUN ./PUNCT"
    )
    doc.ents = [Span(doc, 2, 4, label="ORG")]
    names = found(finder, doc)
    assert ("Stork", "ORG") in names
    assert not any("eigenaar" in text for text, _ in names)


def test_names_a_role_compound_before_a_person_is_no_part_of_it(finder: NameFinder):
    doc = tagged(
        "Volgens/ADP KLM-topman/NOUN Pieter/PROPN Elbers/PROPN daalt/VERB het/PRON ./PUNCT"
    )
    doc.ents = [Span(doc, 1, 4, label="PER")]
    assert ("Pieter Elbers", "PERSON") in found(finder, doc)


def test_names_a_hyphenated_name_with_capitals_keeps_its_first_word(finder_en: NameFinder):
    doc = tagged_en("Rolls-Royce/PROPN Holdings/PROPN said/VERB so/ADV ./PUNCT")
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert found(finder_en, doc) == [("Rolls-Royce Holdings", "ORG")]


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # the text writes "proefrit" in lower case too: a noun, no part of the name
        ("De/DET proefrit/NOUN gaat/VERB niet/ADV door/ADP ./PUNCT", [("Volkswagen", "ORG")]),
        # nowhere else in lower case: the words may be one name
        ("De/DET rit/NOUN gaat/VERB niet/ADV door/ADP ./PUNCT", [("Proefrit Volkswagen", "ORG")]),
    ],
)
def test_names_a_sentence_opening_noun_the_text_writes_in_lower_case_is_no_part_of_a_name(
    finder: NameFinder, later: str, expected: list[tuple[str, str]]
):
    doc = tagged("Proefrit/PROPN Volkswagen/PROPN afgelast/VERB ./PUNCT " + later)
    doc[4].is_sent_start = True
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert found(finder, doc) == expected


def test_names_an_organisation_word_opening_a_sentence_stays_in_the_name(finder: NameFinder):
    doc = tagged(
        "Rechtbank/PROPN Amsterdam/PROPN oordeelde/VERB ./PUNCT De/DET rechtbank/NOUN "
        "zweeg/VERB ./PUNCT"
    )
    doc[4].is_sent_start = True
    span = doc[0:2]
    assert finder._without_opening_noun(span) == span


def test_names_an_acronym_before_a_persons_name_is_an_organisation(finder_en: NameFinder):
    doc = tagged_en(
        "She/PRON told/VERB WXQ/PROPN Hamza/PROPN Tarik/PROPN had/AUX left/VERB ./PUNCT"
    )
    doc.ents = [Span(doc, 2, 5, label="ORG")]
    assert found(finder_en, doc) == [("WXQ", "ORG"), ("Hamza Tarik", "PERSON")]


def test_names_a_known_organisation_before_a_persons_name_is_cut_off(finder_en: NameFinder):
    doc = tagged_en("She/PRON told/VERB CNN/PROPN Peter/PROPN Halvorsen/PROPN left/VERB ./PUNCT")
    doc.ents = [Span(doc, 2, 5, label="ORG")]
    assert found(finder_en, doc) == [("CNN", "ORG"), ("Peter Halvorsen", "PERSON")]


def test_names_congressman_opening_a_sentence_is_a_title(finder_en: NameFinder):
    doc = tagged_en("Congressman/PROPN Halvorsen/PROPN voted/VERB no/DET ./PUNCT")
    doc.ents = [Span(doc, 1, 2, label="PERSON")]
    assert found(finder_en, doc) == [("Halvorsen", "PERSON")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "name", "junk"),
    [
        (
            "nl",
            "Lockheed Martin en Airbus-eigenaar EADS winnen de order van de Duitse marine.",
            "EADS",
            "Airbus-eigenaar",
        ),
        (
            "en",
            "A former diplomat told NPR Hamza bin Laden had appeared in several videos.",
            "Hamza bin Laden",
            "NPR",
        ),
        (
            "en",
            "Congressman Amash, who left the Republican Party, ran for president. Amash lost.",
            "Amash",
            "Congressman",
        ),
    ],
)
def test_names_junk_before_a_name_makes_no_second_node(lang, text, name, junk):
    from tests.extract.extraction_helpers import records_of

    labels = [e["label"] for e in records_of(text, lang)["entities"]]
    assert any(label == name or label.endswith(" " + name) for label in labels), labels
    assert not any(junk in label and name in label for label in labels), labels


def test_an_organisation_after_van_that_the_story_names_alone_is_cut_off(finder: NameFinder):
    doc = tagged(
        "Directeur/NOUN Jeroen/PROPN Smit/PROPN van/ADP Quarnix/PROPN sprak/VERB ./PUNCT "
        "Het/DET bedrijf/NOUN Quarnix/PROPN groeit/VERB ./PUNCT"
    )
    doc.ents = [Span(doc, 1, 5, label="PER")]
    assert found(finder, doc)[:2] == [("Jeroen Smit", "PERSON"), ("Quarnix", "ORG")]


def test_a_surname_after_van_stays_whole_though_the_story_writes_it_alone(finder: NameFinder):
    # "Peter" is a first name: what follows "van" is his surname, whatever else the story says
    doc = tagged(
        "Directeur/NOUN Jan/PROPN Peter/PROPN van/ADP Dijk/PROPN sprak/VERB ./PUNCT "
        "Het/DET dorp/NOUN Dijk/PROPN groeit/VERB ./PUNCT"
    )
    doc.ents = [Span(doc, 1, 5, label="PER")]
    assert found(finder, doc)[0] == ("Jan Peter van Dijk", "PERSON")


def test_a_surname_after_van_stays_whole_when_the_story_writes_it_only_with_van(
    finder: NameFinder,
):
    doc = tagged(
        "Directeur/NOUN Jeroen/PROPN Smit/PROPN van/ADP Quarnix/PROPN sprak/VERB ./PUNCT "
        "Van/ADP Quarnix/PROPN zweeg/VERB ./PUNCT"
    )
    doc.ents = [Span(doc, 1, 5, label="PER")]
    assert found(finder, doc)[0] == ("Jeroen Smit van Quarnix", "PERSON")


def test_a_lower_case_van_that_opens_a_name_the_story_names_alone_is_cut_off(finder: NameFinder):
    doc = tagged(
        "Het/DET project/NOUN Quarnix/PROPN groeit/VERB ./PUNCT "
        "Het/DET bestuur/NOUN van/ADP Quarnix/PROPN stemde/VERB ./PUNCT"
    )
    doc.ents = [Span(doc, 7, 9, label="PER")]
    assert ("van Quarnix", "PERSON") not in found(finder, doc)
    assert "Quarnix" in [text for text, _ in found(finder, doc)]


@pytest.mark.parametrize(
    "words, start, end, label, expected",
    [
        # a country before its currency's name or sign is the currency, not the country
        ("Canada/PROPN dollars/NOUN stegen/VERB", 0, 1, "COUNTRY", True),
        ("Canada/PROPN $/SYM 5/NUM", 0, 1, "COUNTRY", True),
        # any one word before a currency sign is the currency's prefix ("US $")
        ("Sahel/PROPN $/SYM 5/NUM", 0, 1, "ORG", True),
        # a longer name of another type keeps its place before a currency word
        ("Bank/PROPN Canada/PROPN dollars/NOUN", 0, 2, "ORG", False),
        ("Canada/PROPN stijgt/VERB", 0, 1, "COUNTRY", False),
        # a name ending the document has nothing after it
        ("groeit/VERB Canada/PROPN", 1, 2, "COUNTRY", False),
        ("UTC/PROPN en/CCONJ 18:00/NUM", 0, 1, "ORG", True),
        ("Ελλάδα/PROPN stijgt/VERB", 0, 1, "COUNTRY", True),
        # a Latin letter in any word of the span makes it a name ("Νέα Mykonos")
        ("Νέα/PROPN Mykonos/PROPN stijgt/VERB", 0, 2, "LOCATION", False),
    ],
)
def test_what_is_no_name(words: str, start: int, end: int, label: str, expected: bool):
    from extract.components.names import _not_a_name

    doc = tagged(words)
    assert _not_a_name(Span(doc, start, end, label=label)) is expected


def test_a_dependent_territory_is_a_place_and_no_country(finder: NameFinder):
    # Puerto Rico and Hong Kong are no sovereign states (docs/annotation.md: LOCATION)
    doc = tagged("De/DET orkaan/NOUN trof/VERB Puerto/PROPN Rico/PROPN en/CCONJ Cuba/PROPN ./PUNCT")
    doc.ents = [Span(doc, 3, 5, label="LOC"), Span(doc, 6, 7, label="LOC")]
    assert found(finder, doc) == [("Puerto Rico", "LOCATION"), ("Cuba", "COUNTRY")]
