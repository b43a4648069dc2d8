"""Organisation names read on fresh Dutch text (issue 19, data/unlabeled/nl): a court by its
compound head, a league by its head, a dateline's place, a hyphenated name after an
organisation noun, and a relative who shares a person's surname. Finder tests on hand-tagged
Docs; end-to-end tests on our own sentences with the shipped models."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extract.components.names import NameFinder
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import records_of


@pytest.fixture(scope="module")
def finders() -> dict[str, NameFinder]:
    kb = load_kb()
    return {lang: NameFinder("names", kb, load_lexicon(lang)) for lang in ("nl", "en")}


def tagged(words_and_tags: str, lang: str, starts: tuple[int, ...] = ()) -> Doc:
    """A Doc from 'word/POS' items; sentences start at 0 and at ``starts``."""
    words, pos = zip(*(item.rsplit("/", 1) for item in words_and_tags.split()))
    doc = Doc(spacy.blank(lang).vocab, words=list(words), pos=list(pos))
    for token in doc:
        token.is_sent_start = token.i == 0 or token.i in starts
        token.lemma_ = token.lower_
    return doc


def found(finder: NameFinder, doc: Doc) -> list[tuple[str, str]]:
    spans, _ = finder.find(doc)
    return [(span.text, span.label_) for span in spans]


def names_of(text: str, lang: str) -> set[tuple[str, str]]:
    """(label, type) of each name entity extracted from ``text``."""
    return {
        (e["label"], e["type"])
        for e in records_of(text, lang)["entities"]
        if e["type"] in ("PERSON", "ORG", "COUNTRY", "LOCATION")
    }


# --- a court named by a compound on "gerechtshof"; a league by its head --------------------------


@pytest.mark.parametrize(
    "words",
    [
        "De/DET rechter/NOUN verwees/VERB naar/ADP het/DET Hooggerechtshof/PROPN ./PUNCT",
        "Het/DET Hooggerechtshof/PROPN van/ADP Kaldonië/PROPN oordeelde/VERB ./PUNCT",
    ],
)
def test_names_a_compound_on_gerechtshof_after_an_article_is_an_organisation(finders, words):
    assert ("Hooggerechtshof", "ORG") in found(finders["nl"], tagged(words, "nl"))


def test_names_a_league_for_a_cause_is_an_organisation(finders):
    doc = tagged(
        "volgens/ADP de/DET Liga/PROPN voor/ADP de/DET Mensenrechten/PROPN ,/PUNCT "
        "zei/VERB hij/PRON ./PUNCT",
        "nl",
    )
    assert found(finders["nl"], doc) == [("Liga voor de Mensenrechten", "ORG")]


def test_names_a_court_and_a_league_end_to_end():
    text = (
        "Het Hooggerechtshof van Kenia vernietigde de uitslag. De Keniaanse Liga voor de "
        "Vrouwenrechten noemde de uitspraak historisch."
    )
    names = names_of(text, "nl")
    # the court of a named country is one name with it, as "Supreme Court of the United Kingdom"
    assert ("Hooggerechtshof van Kenia", "ORG") in names
    assert ("Liga voor de Vrouwenrechten", "ORG") in names


# --- the place of a dateline -------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, words, start",
    [
        ("nl", "VELDHOVEN/PROPN (/PUNCT ANP/PROPN )/PUNCT -/PUNCT De/DET raad/NOUN viel/VERB", 5),
        ("nl", "VELDHOVEN/PROPN -/PUNCT De/DET raad/NOUN besliste/VERB ./PUNCT", 2),
        ("en", "GLENVALE/PROPN (/PUNCT AP/PROPN )/PUNCT -/PUNCT The/DET council/NOUN met/VERB", 5),
    ],
)
def test_names_the_capitals_of_a_dateline_are_a_place(finders, lang, words, start):
    doc = tagged(words, lang, starts=(start,))
    doc.ents = [Span(doc, 0, 1, label="ORG")]  # the model took the capitals for an acronym
    assert found(finders[lang], doc)[0] == (doc[0].text, "LOCATION")


def test_names_capitals_opening_a_sentence_of_the_story_are_no_dateline(finders):
    doc = tagged("VELDHOVEN/PROPN -/PUNCT dat/PRON is/AUX de/DET naam/NOUN ./PUNCT", "nl")
    doc.ents = [Span(doc, 0, 1, label="ORG")]  # the dash does not end the sentence here
    assert found(finders["nl"], doc)[0] == ("VELDHOVEN", "ORG")


def test_names_a_dateline_place_end_to_end():
    names = names_of("ZORVIKA (ANP) - De gemeenteraad van Zorvika is dinsdag gevallen.", "nl")
    assert ("ZORVIKA", "ORG") not in names
    assert any(label.upper() == "ZORVIKA" and type_ == "LOCATION" for label, type_ in names)


# --- a hyphenated name after a noun that introduces an organisation ---------------------------


@pytest.mark.parametrize(
    "lang, words, name",
    [
        ("nl", "bij/ADP de/DET organisatie/NOUN Ringo-7/PROPN ./PUNCT", "Ringo-7"),
        ("nl", "door/ADP de/DET hulporganisatie/NOUN Zee-Oog/PROPN ./PUNCT", "Zee-Oog"),
        ("en", "by/ADP the/DET company/NOUN Ringo-7/PROPN ./PUNCT", "Ringo-7"),
    ],
)
def test_names_a_hyphenated_name_after_an_organisation_noun_is_one(finders, lang, words, name):
    assert found(finders[lang], tagged(words, lang)) == [(name, "ORG")]


def test_names_a_compound_on_a_common_noun_after_an_organisation_noun_is_none(finders):
    doc = tagged("bij/ADP de/DET organisatie/NOUN Ringo-leden/PROPN ./PUNCT", "nl")
    assert ("Ringo-leden", "ORG") not in found(finders["nl"], doc)


def test_names_a_hyphenated_organisation_end_to_end():
    names = names_of("Zij debuteerde in 2016 bij de worstelorganisatie Ringo-7 in Osaka.", "nl")
    assert ("Ringo-7", "ORG") in names


# --- a relative who shares a person's surname --------------------------------------------------


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "nl",
            "Abdullah/PROPN Kurdi/PROPN zweeg/VERB ./PUNCT Zijn/PRON zus/NOUN ,/PUNCT "
            "Tima/PROPN Kurdi/PROPN ,/PUNCT sprak/VERB ./PUNCT",
        ),
        (
            "en",
            "Abdullah/PROPN Kurdi/PROPN was/AUX silent/ADJ ./PUNCT His/PRON sister/NOUN ,/PUNCT "
            "Tima/PROPN Kurdi/PROPN ,/PUNCT spoke/VERB ./PUNCT",
        ),
    ],
)
@pytest.mark.parametrize("model_label", ["MISC", "PER"])
def test_names_a_place_word_before_a_persons_surname_opens_a_relative(
    finders, lang, words, model_label
):
    # "Tima" is a town the knowledge base knows; with "Kurdi" after it, as "Abdullah Kurdi" is
    # named, it is a person, neither the town nor a company named after it
    doc = tagged(words, lang, starts=(4,) if lang == "nl" else (5,))
    at = 7 if lang == "nl" else 8
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, at, at + 2, label=model_label)]
    assert ("Tima Kurdi", "PERSON") in found(finders[lang], doc)


def test_names_a_place_word_before_an_unknown_word_is_still_a_company(finders):
    doc = tagged("Hij/PRON werkt/VERB bij/ADP Tima/PROPN Vantrol/PROPN ./PUNCT", "nl")
    doc.ents = [Span(doc, 3, 4, label="LOC")]
    assert found(finders["nl"], doc) == [("Tima Vantrol", "ORG")]


def test_names_a_relative_sharing_a_surname_end_to_end():
    text = (
        "Abdullah Kurdi woont nu in Irak. Ook zijn zus, Tima Kurdi, was bij de plechtigheid "
        "aanwezig."
    )
    names = names_of(text, "nl")
    assert ("Tima Kurdi", "PERSON") in names
    assert ("Tima Kurdi", "ORG") not in names


# --- organisations by their head (issue 19, second eight texts) -------------------------------


@pytest.mark.parametrize(
    "words, name",
    [
        # a compound on "stichting", "universiteit", "academie" after an article
        (
            "Het/DET geld/NOUN komt/VERB van/ADP de/DET Holvikstichting/PROPN ./PUNCT",
            "Holvikstichting",
        ),
        (
            "Zij/PRON doceert/VERB aan/ADP de/DET Tirana-universiteit/PROPN ./PUNCT",
            "Tirana-universiteit",
        ),
        # "academie" heads a name that opens with capitalised adjectives
        (
            "De/DET Koninklijke/ADJ Kaldonische/ADJ Academie/NOUN van/ADP Kunsten/NOUN "
            "koos/VERB ./PUNCT",
            "Koninklijke Kaldonische Academie van Kunsten",
        ),
        # "Society" and "Board" end English names that Dutch copy leaves untranslated
        (
            "Volgens/ADP de/DET Kaldonian/PROPN Angling/PROPN Society/PROPN is/AUX "
            "dat/PRON onjuist/ADJ ./PUNCT",
            "Kaldonian Angling Society",
        ),
        (
            "De/DET zaak/NOUN gaat/VERB naar/ADP de/DET Harbour/PROPN Safety/PROPN "
            "Board/PROPN ./PUNCT",
            "Harbour Safety Board",
        ),
        # a journal introduced by "vakblad"; a town's executive in lower case
        (
            "Dat/PRON schrijven/VERB zij/PRON in/ADP het/DET vakblad/NOUN Kaldon/PROPN "
            "Medicine/PROPN ./PUNCT",
            "Kaldon Medicine",
        ),
        (
            "Het/DET stadsbestuur/NOUN van/ADP Trondheim/PROPN zegde/VERB alles/PRON af/ADP "
            "./PUNCT",
            "stadsbestuur van Trondheim",
        ),
    ],
)
def test_names_an_organisation_by_its_head_word(finders, words, name):
    assert (name, "ORG") in found(finders["nl"], tagged(words, "nl"))


def test_names_a_name_opening_with_institut_is_an_organisation(finders):
    # the model calls the French institute a person; its first word makes it an organisation
    doc = tagged(
        "Het/DET Institut/PROPN National/PROPN de/ADP Santé/PROPN Publique/PROPN "
        "meldde/VERB dat/SCONJ ./PUNCT",
        "nl",
    )
    doc.ents = [Span(doc, 1, 6, label="PER")]
    assert found(finders["nl"], doc) == [("Institut National de Santé Publique", "ORG")]


def test_names_an_english_coalition_is_an_organisation(finders):
    doc = tagged("the/DET Kaldonian/PROPN Farmers/PROPN Coalition/PROPN said/VERB ./PUNCT", "en")
    assert found(finders["en"], doc) == [("Kaldonian Farmers Coalition", "ORG")]


@pytest.mark.parametrize(
    "lang, words, org",
    [
        (
            "nl",
            "Politicoloog/NOUN Lo/PROPN Wen/PROPN van/ADP de/DET Kaldonische/ADJ "
            "Universiteit/NOUN van/ADP Tirana/PROPN zei/VERB dat/SCONJ ./PUNCT",
            "Kaldonische Universiteit van Tirana",
        ),
        (
            "en",
            "scientist/NOUN Lo/PROPN Wen/PROPN of/ADP the/DET Kaldonian/PROPN "
            "University/PROPN of/ADP Tirana/PROPN said/VERB so/ADV ./PUNCT",
            "Kaldonian University of Tirana",
        ),
    ],
)
def test_names_a_name_before_of_the_organisation_is_no_part_of_it(finders, lang, words, org):
    names = found(finders[lang], tagged(words, lang))
    assert (org, "ORG") in names
    assert not any(text.startswith("Lo") or text.startswith("Wen") for text, _ in names)


@pytest.mark.parametrize(
    "opening",
    [
        "Wen/PROPN",  # a person's name
        "B-klasse/NOUN",  # a part of the organisation, a compound on a common noun
    ],
)
def test_names_a_models_organisation_opening_with_a_name_is_cut_to_the_organisation(
    finders, opening
):
    doc = tagged(
        f"Hij/PRON sprak/VERB met/ADP {opening} van/ADP de/DET Technische/ADJ "
        "Universiteit/NOUN ./PUNCT",
        "nl",
    )
    doc.ents = [Span(doc, 3, 8, label="ORG")]
    assert found(finders["nl"], doc) == [("Technische Universiteit", "ORG")]


@pytest.mark.parametrize(
    "words, name",
    [
        # the organisation word is the name's own head: nothing is cut
        ("Het/DET Hof/PROPN van/ADP Justitie/PROPN oordeelde/VERB ./PUNCT", "Hof van Justitie"),
        # no article after the of-word: one name
        (
            "volgens/ADP de/DET House/PROPN of/ADP Commons/PROPN Library/PROPN ./PUNCT",
            "House of Commons Library",
        ),
    ],
)
def test_names_an_organisation_with_an_of_word_inside_stays_whole(finders, words, name):
    doc = tagged(words, "nl")
    at = [t.i for t in doc if t.text == name.split()[0]][0]
    doc.ents = [Span(doc, at, at + len(name.split()), label="ORG")]
    assert found(finders["nl"], doc) == [(name, "ORG")]


def test_names_a_known_place_found_with_its_article_yields_to_the_organisation_around_it(finders):
    # the knowledge base finds "het Beijing"; the model's institute around "Beijing" wins
    doc = tagged(
        "Wei/PROPN van/ADP het/DET Beijing/PROPN Film/PROPN Research/PROPN Institute/PROPN "
        "zei/VERB dat/SCONJ ./PUNCT",
        "nl",
    )
    doc.ents = [Span(doc, 3, 7, label="ORG")]
    assert ("Beijing Film Research Institute", "ORG") in found(finders["nl"], doc)


def test_names_a_compound_on_a_known_organisation_gives_the_organisation(finders):
    doc = tagged("Volgens/ADP de/DET VN-organisatie/PROPN is/AUX het/PRON zo/ADV ./PUNCT", "nl")
    spans, inner = finders["nl"].find(doc)
    assert [(s.text, s.label_) for s in spans] == []
    assert [(m.text, m.label, m.kb_key) for m in inner] == [("VN", "ORG", "united_nations")]


def test_names_organisations_by_their_heads_end_to_end():
    text = (
        "De Koninklijke Noorse Academie van Kunsten maakte dinsdag de winnaar bekend. Het "
        "prijzengeld komt van de Holvikstichting. Onderzoekster Lo Wen van de Technische "
        "Universiteit van Trondheim won de prijs. Volgens de VN-organisatie is haar werk van "
        "groot belang."
    )
    names = names_of(text, "nl")
    assert {
        ("Koninklijke Noorse Academie van Kunsten", "ORG"),
        ("Holvikstichting", "ORG"),
        ("Technische Universiteit van Trondheim", "ORG"),
        ("United Nations", "ORG"),
    } <= names
    assert not any(label.startswith(("Wen", "VN-")) for label, _ in names)


def test_names_a_person_of_a_university_end_to_end_in_english():
    text = (
        "Researcher Lo Wen of the Chinese University of Hong Kong won the prize. Minh Tran of "
        "the Institut National de Santé Publique said the work mattered."
    )
    names = names_of(text, "en")
    assert ("Chinese University of Hong Kong", "ORG") in names
    assert ("Institut National de Santé Publique", "ORG") in names
    assert ("Lo Wen", "PERSON") in names


# --- an organisation's short name, the last word of its full name ------------------------------


def test_names_the_last_word_of_an_organisation_is_its_short_name(finders):
    doc = tagged(
        "De/DET bond/NOUN Wonder/PROPN Ring/PROPN Zefira/PROPN groeit/VERB ./PUNCT "
        "Zefira/PROPN wint/VERB ./PUNCT "
        "Fans/NOUN van/ADP Zefira/PROPN juichen/VERB ./PUNCT",
        "nl",
        starts=(7, 10),
    )
    doc.ents = [
        Span(doc, 2, 5, label="ORG"),
        Span(doc, 7, 8, label="PER"),
        Span(doc, 10, 13, label="PER"),
    ]
    assert found(finders["nl"], doc) == [
        ("Wonder Ring Zefira", "ORG"),
        ("Zefira", "ORG"),
        ("Zefira", "ORG"),
    ]


def test_names_a_persons_surname_that_ends_an_organisation_stays_a_person(finders):
    doc = tagged(
        "De/DET bond/NOUN Wonder/PROPN Ring/PROPN Zefira/PROPN groeit/VERB ./PUNCT "
        "Anna/PROPN Zefira/PROPN wint/VERB ./PUNCT Zefira/PROPN juicht/VERB ./PUNCT",
        "nl",
        starts=(7, 11),
    )
    doc.ents = [
        Span(doc, 2, 5, label="ORG"),
        Span(doc, 7, 9, label="PER"),
        Span(doc, 11, 12, label="PER"),
    ]
    assert ("Zefira", "PERSON") in found(finders["nl"], doc)


def test_names_the_place_ending_an_organisation_named_of_it_is_no_short_name(finders):
    doc = tagged(
        "De/DET Hoge/PROPN Raad/PROPN van/ADP Porta/PROPN Zefira/PROPN beslist/VERB ./PUNCT "
        "Zefira/PROPN lacht/VERB ./PUNCT",
        "nl",
        starts=(8,),
    )
    doc.ents = [Span(doc, 1, 6, label="ORG"), Span(doc, 8, 9, label="PER")]
    assert ("Zefira", "PERSON") in found(finders["nl"], doc)


def test_names_an_organisations_short_name_end_to_end():
    text = (
        "Dat maakte de worstelorganisatie Wonder Ring Zefira (Zefira) dinsdag bekend. Zij stond "
        'onder contract bij Zefira. In de verklaring stond: "Fans van Zefira, het spijt ons zeer."'
    )
    names = names_of(text, "nl")
    assert ("Wonder Ring Zefira", "ORG") in names
    assert not any(type_ == "PERSON" and "Zefira" in label for label, type_ in names)


# --- nlorg4: English heads in Dutch text, a journal's noun, a town's executive ----------------


def test_names_societies_journals_and_town_executives_end_to_end():
    text = (
        "Onderzoekers uit Trondheim schrijven dinsdag in het vakblad Kaldon Medicine dat "
        "handen wassen helpt. Volgens de Nordic Hygiene Society wast de helft van de mensen "
        "zijn handen te kort. Het stadsbestuur van Trondheim wil nu een campagne beginnen."
    )
    names = names_of(text, "nl")
    assert {
        ("Kaldon Medicine", "ORG"),
        ("Nordic Hygiene Society", "ORG"),
        ("stadsbestuur van Trondheim", "ORG"),
    } <= names


# --- a team by its plural nickname after an article --------------------------------------------


def test_names_a_plural_nickname_after_an_article_makes_every_mention_a_team(finders):
    doc = tagged(
        "Eerst/ADV kozen/VERB de/DET Kaldon/PROPN Hornets/PROPN hem/PRON ./PUNCT "
        "Later/ADV ruilden/VERB de/DET Hornets/PROPN hem/PRON ./PUNCT",
        "nl",
        starts=(7,),
    )
    doc.ents = [Span(doc, 3, 5, label="PER"), Span(doc, 10, 11, label="PER")]
    assert found(finders["nl"], doc) == [("Kaldon Hornets", "ORG"), ("Hornets", "ORG")]


def test_names_a_place_before_a_teams_nickname_is_part_of_its_name(finders):
    doc = tagged(
        "Hij/PRON ging/VERB naar/ADP de/DET Tromsø/PROPN Otters/PROPN ./PUNCT "
        "Bij/ADP de/DET Otters/PROPN speelde/VERB hij/PRON ./PUNCT",
        "nl",
        starts=(7,),
    )
    doc.ents = [Span(doc, 4, 5, label="LOC"), Span(doc, 9, 10, label="PER")]
    assert found(finders["nl"], doc) == [("Tromsø Otters", "ORG"), ("Otters", "ORG")]


@pytest.mark.parametrize(
    "lang, words, ents, person",
    [
        # no article before the plural surname
        (
            "nl",
            "Rechter/NOUN Holm/PROPN sprak/VERB met/ADP Arne/PROPN Vinters/PROPN ./PUNCT "
            "Vinters/PROPN zweeg/VERB ./PUNCT",
            [(4, 6, "PER"), (7, 8, "PER")],
            "Arne Vinters",
        ),
        # "the Korvalis family": a plural name before a noun describes it, no team
        (
            "en",
            "Jonas/PROPN Korvalis/PROPN left/VERB ./PUNCT "
            "the/DET Korvalis/PROPN family/NOUN left/VERB too/ADV ./PUNCT",
            [(0, 2, "PERSON"), (5, 6, "ORG")],
            "Jonas Korvalis",
        ),
    ],
)
def test_names_a_plural_surname_that_is_no_nickname_leaves_the_person(
    finders, lang, words, ents, person
):
    doc = tagged(words, lang, starts=(words.split().index("./PUNCT") + 1,))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert (person, "PERSON") in found(finders[lang], doc)


def test_names_a_plural_name_that_owns_something_is_a_group(finders):
    # the model missed the band before the company it owns
    doc = tagged("The/DET Zelvons/PROPN '/PART Kaldor/PROPN Corps/PROPN sued/VERB ./PUNCT", "en")
    doc.ents = [Span(doc, 3, 5, label="ORG")]
    assert found(finders["en"], doc) == [("Zelvons", "ORG"), ("Kaldor Corps", "ORG")]


@pytest.mark.parametrize(
    "words",
    [
        # a demonym: the country's people
        "The/DET Americans/PROPN '/PART plan/NOUN failed/VERB ./PUNCT",
        # no plural
        "The/DET Ross/PROPN '/PART house/NOUN burned/VERB ./PUNCT",
        # no article: a surname may take a bare apostrophe
        "Kim/PROPN Zelvons/PROPN '/PART house/NOUN burned/VERB ./PUNCT",
    ],
)
def test_names_a_possessive_that_makes_no_group(finders, words):
    doc = tagged(words, "en")
    assert not any(label == "ORG" for _, label in found(finders["en"], doc))


def test_names_a_team_by_its_nickname_end_to_end():
    # the model calls the first team a person (Savannah is a first name) and cuts the city
    # off the second; "de Herons", "de Falcons" say they are teams
    text = (
        "De basketballer Tom Ekdahl werd in 2010 gekozen door de Savannah Herons. Nog voor het "
        "seizoen ruilden de Herons hem met de San Diego Falcons. Bij de Falcons speelde hij "
        "tien jaar."
    )
    names = names_of(text, "nl")
    assert {("Tom Ekdahl", "PERSON"), ("Savannah Herons", "ORG"), ("San Diego Falcons", "ORG")} <= (
        names
    )
    assert not any(label in ("Falcons", "San Diego", "Herons") for label, _ in names)


# --- a town's court in lower case -----------------------------------------------------------


@pytest.mark.parametrize(
    "words, court",
    [
        (
            "De/DET rechtbank/NOUN in/ADP Kaldby/PROPN veroordeelde/VERB hem/PRON ./PUNCT",
            "rechtbank in Kaldby",
        ),
        (
            "Hij/PRON moet/AUX voor/ADP de/DET rechtbank/NOUN te/ADP Kaldby/PROPN "
            "verschijnen/VERB ./PUNCT",
            "rechtbank te Kaldby",
        ),
        (
            "De/DET rechtbank/NOUN van/ADP Kaldby/PROPN sprak/VERB hem/PRON vrij/ADJ ./PUNCT",
            "rechtbank van Kaldby",
        ),
    ],
)
def test_names_a_towns_court_in_lower_case_is_an_organisation(finders, words, court):
    assert (court, "ORG") in found(finders["nl"], tagged(words, "nl"))


def test_names_a_town_the_model_calls_a_place_is_one_though_it_is_a_first_name(finders):
    doc = tagged(
        "De/DET rechtbank/NOUN in/ADP Bradford/PROPN veroordeelde/VERB hem/PRON ./PUNCT", "nl"
    )
    doc.ents = [Span(doc, 3, 4, label="LOC")]
    assert found(finders["nl"], doc) == [("rechtbank in Bradford", "ORG")]


@pytest.mark.parametrize(
    "words",
    [
        # a country is no town
        "De/DET rechtbank/NOUN in/ADP Frankrijk/PROPN oordeelde/VERB anders/ADV ./PUNCT",
        # the police "in" a town: where one goes, no body's name
        "Hij/PRON meldde/VERB zich/PRON bij/ADP de/DET politie/NOUN in/ADP Kaldby/PROPN ./PUNCT",
    ],
)
def test_names_a_body_in_a_country_or_police_in_a_town_is_no_name(finders, words):
    assert not any(label == "ORG" for _, label in found(finders["nl"], tagged(words, "nl")))


def test_names_a_towns_court_end_to_end():
    text = (
        "De rechtbank in Bradford heeft dinsdag twee mannen veroordeeld. Een van hen had zich "
        "eerder gemeld bij de politie in Leeds."
    )
    names = names_of(text, "nl")
    assert ("rechtbank in Bradford", "ORG") in names
    assert ("Leeds", "LOCATION") in names
    assert not any(label.startswith("politie") for label, _ in names)
