"""The linker on hand-built documents: which mentions become one entity (issue 19)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extract.components.linking import EntityLinker, _heads_or_ends, _key_of
from extract.kb import load_kb
from extract.lexicon import load_lexicon
from tests.extract.extraction_helpers import resolved_keys
from tests.extract.test_names_organisations import names_of


@pytest.fixture(scope="module")
def linker() -> EntityLinker:
    return EntityLinker("linker", load_kb())


def linked(
    linker: EntityLinker, text: str, names: list[tuple[str, str]], lang: str = "en"
) -> dict[str, str]:
    """Each name (text, type) found in order in ``text`` -> the id of its entity; words are
    split at spaces, and a hyphen between spaces is written without them ("al - Quaety" is
    "al-Quaety", three tokens, as the tokeniser splits it)."""
    words = text.split()
    spaces = [
        w != "-" and (k + 1 == len(words) or words[k + 1] != "-") for k, w in enumerate(words)
    ]
    doc = Doc(spacy.blank(lang).vocab, words=words, spaces=spaces)
    spans, at = [], 0
    for name, type_ in names:
        size = len(name.split())
        while words[at : at + size] != name.split():
            at += 1
        spans.append(Span(doc, at, at + size, label=type_))
        at += size
    doc.ents = spans
    return {
        ent.text.replace("-", " - "): _key_of(res)
        for ent, res in zip(doc.ents, linker.resolve(doc))
    }


def test_linking_a_first_surname_alone_is_the_person_of_two_surnames(linker):
    ids = linked(
        linker,
        "Ricardo Rosselló Nevares resigned . Rosselló apologised .",
        [("Ricardo Rosselló Nevares", "PERSON"), ("Rosselló", "PERSON")],
    )
    assert ids["Rosselló"] == ids["Ricardo Rosselló Nevares"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Marta Ibáñez Corral took office . Ibáñez said so ."),
        ("nl", "Marta Ibáñez Corral trad aan . Ibáñez zei dat ."),
    ],
)
@pytest.mark.parametrize("type_", ["ORG", "LOCATION"])
def test_linking_a_first_surname_the_model_typed_otherwise_is_the_person(linker, lang, text, type_):
    ids = linked(linker, text, [("Marta Ibáñez Corral", "PERSON"), ("Ibáñez", type_)], lang)
    assert ids["Ibáñez"] == ids["Marta Ibáñez Corral"]


def test_linking_a_first_surname_two_people_hold_joins_neither(linker):
    ids = linked(
        linker,
        "Marta Ibáñez Corral met Luis Ibáñez Soto . Ibáñez said so .",
        [("Marta Ibáñez Corral", "PERSON"), ("Luis Ibáñez Soto", "PERSON"), ("Ibáñez", "ORG")],
    )
    assert ids["Ibáñez"] not in (ids["Marta Ibáñez Corral"], ids["Luis Ibáñez Soto"])


def test_linking_a_name_with_a_second_surname_joins_the_name_without_it(linker):
    ids = linked(
        linker,
        "Pedro R. Pierluisi Urrutia was sworn in . Pedro Pierluisi spoke .",
        [("Pedro R. Pierluisi Urrutia", "PERSON"), ("Pedro Pierluisi", "PERSON")],
    )
    assert ids["Pedro R. Pierluisi Urrutia"] == ids["Pedro Pierluisi"]


def test_linking_another_first_name_keeps_two_surnames_apart(linker):
    ids = linked(
        linker,
        "Pedro Pierluisi Urrutia met Ana Pierluisi .",
        [("Pedro Pierluisi Urrutia", "PERSON"), ("Ana Pierluisi", "PERSON")],
    )
    assert ids["Pedro Pierluisi Urrutia"] != ids["Ana Pierluisi"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_linking_a_surname_alone_is_no_first_name_of_a_relative(linker, lang):
    # "Kaldor" ends Gloria's and Reginald's names: no first name of "Kaldor Whitney"
    text = (
        "Gloria Kaldor died . Reginald Kaldor was her father . Kaldor Whitney was her aunt . "
        "Kaldor painted ."
    )
    names = ["Gloria Kaldor", "Reginald Kaldor", "Kaldor Whitney", "Kaldor"]
    ids = linked(linker, text, [(name, "PERSON") for name in names], lang)
    assert ids["Kaldor"] != ids["Kaldor Whitney"]


def test_linking_a_first_name_alone_still_joins_the_one_name_it_opens(linker):
    ids = linked(
        linker,
        "Tevita Lomu Fonua spoke . Tevita left .",
        [("Tevita Lomu Fonua", "PERSON"), ("Tevita", "PERSON")],
    )
    assert ids["Tevita"] == ids["Tevita Lomu Fonua"]


@pytest.mark.model
def test_linking_a_surname_alone_is_no_first_name_end_to_end():
    text = (
        "The American heiress Gloria Kaldor died on Monday, her son said. Kaldor was born in "
        "1924. Her aunt, Gertrude Kaldor Whitney, won a custody fight over the child. Later, "
        "Kaldor became a designer."
    )
    assert entities_written(text, "en", "Kaldor") != entities_written(
        text, "en", "Kaldor Whitney"
    ) or not entities_written(text, "en", "Kaldor Whitney")


def test_linking_a_middle_first_name_alone_is_nobody_of_three_names(linker):
    ids = linked(
        linker,
        "Mary Elizabeth Smith spoke . Elizabeth replied .",
        [("Mary Elizabeth Smith", "PERSON"), ("Elizabeth", "PERSON")],
    )
    assert ids["Elizabeth"] != ids["Mary Elizabeth Smith"]


def test_linking_a_first_surname_another_person_ends_in_joins_nobody_of_two_surnames(linker):
    ids = linked(
        linker,
        "Carlos Ruiz Zafón met Ana Ruiz . Ruiz left .",
        [("Carlos Ruiz Zafón", "PERSON"), ("Ana Ruiz", "PERSON"), ("Ruiz", "PERSON")],
    )
    assert ids["Ruiz"] != ids["Carlos Ruiz Zafón"]


def test_linking_a_company_without_its_suffix_is_the_company(linker):
    ids = linked(
        linker,
        "BRW Corporation and Dovemark Ltd merged . BRW said so .",
        [("BRW Corporation", "ORG"), ("Dovemark Ltd", "ORG"), ("BRW", "ORG")],
    )
    assert ids["BRW"] == ids["BRW Corporation"] != ids["Dovemark Ltd"]


@pytest.mark.parametrize(
    "lang, text, long, short",
    [
        ("en", "Chevron Corp lost money . Chevron said so .", "Chevron Corp", "Chevron"),
        ("en", "Barclays PLC hired staff . Barclays grew .", "Barclays PLC", "Barclays"),
        ("nl", "Unilever NV maakte winst . Unilever groeide .", "Unilever NV", "Unilever"),
    ],
)
def test_linking_a_known_company_with_its_legal_suffix_is_the_known_company_without_it(
    linker, lang, text, long, short
):
    # the knowledge base lists both forms as two entries: one company, one node
    ids = linked(linker, text, [(long, "ORG"), (short, "ORG")], lang)
    assert ids[long] == ids[short] == "kb:" + short.lower()


def test_linking_a_known_company_word_is_no_legal_suffix(linker):
    ids = linked(
        linker,
        "The Washington Post Company sold the Washington Post .",
        [("Washington Post Company", "ORG"), ("Washington Post", "ORG")],
    )
    assert ids["Washington Post Company"] != ids["Washington Post"]  # owner and newspaper


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Crowds filled Washington , D.C. on Monday ."),
        ("nl", "Duizenden liepen door Washington , D.C. op maandag ."),
    ],
)
def test_linking_a_name_after_a_comma_that_the_knowledge_base_joins_is_one_place(
    linker, lang, text
):
    ids = linked(linker, text, [("Washington", "LOCATION"), ("D.C.", "ORG")], lang)
    assert ids["D.C."] == ids["Washington"] == "kb:washington"


def test_linking_a_city_and_its_state_after_a_comma_stay_two(linker):
    ids = linked(
        linker,
        "Crowds filled Portland , Oregon on Monday .",
        [("Portland", "LOCATION"), ("Oregon", "LOCATION")],
    )
    assert ids["Portland"] != ids["Oregon"]


@pytest.mark.parametrize(
    "lang, text, a, b",
    [
        (
            "en",
            "The Quarnix Industry Council met . The Quarnix Industries Council said no .",
            "Quarnix Industry Council",
            "Quarnix Industries Council",
        ),
        (
            "nl",
            "De Quarnixse Raad voor de Markt vergaderde . De Quarnixse Raad voor de Markten "
            "zweeg .",
            "Quarnixse Raad voor de Markt",
            "Quarnixse Raad voor de Markten",
        ),
    ],
)
def test_linking_a_name_with_one_word_in_the_plural_is_the_name(linker, lang, text, a, b):
    ids = linked(linker, text, [(a, "ORG"), (b, "ORG")], lang)
    assert ids[a] == ids[b]


def test_linking_a_plural_is_no_other_word_of_a_name(linker):
    ids = linked(
        linker,
        "The Quarnix Eastern Council met . The Quarnix Western Councils said no .",
        [("Quarnix Eastern Council", "ORG"), ("Quarnix Western Councils", "ORG")],
    )
    assert ids["Quarnix Eastern Council"] != ids["Quarnix Western Councils"]


def test_linking_an_acronym_joins_no_longer_name_without_a_company_suffix(linker):
    ids = linked(
        linker,
        "BRW News reported . BRW said so .",
        [("BRW News", "ORG"), ("BRW", "ORG")],
    )
    assert ids["BRW"] != ids["BRW News"]  # a broadcaster's news division is another body


def test_linking_a_hyphenated_surname_the_model_called_an_organisation_is_the_person(linker):
    ids = linked(
        linker,
        "Nabil Hasan al - Quaety died . Al - Quaety had been threatened .",
        [("Nabil Hasan al - Quaety", "PERSON"), ("Al - Quaety", "ORG")],
    )
    assert ids["Al - Quaety"] == ids["Nabil Hasan al - Quaety"]


def test_linking_the_head_of_a_longer_name_stands_for_it(linker):
    ids = linked(
        linker,
        "The Federal Islands Chamber of Deputies met . The Chamber voted .",
        [("Federal Islands Chamber of Deputies", "ORG"), ("Chamber", "ORG")],
    )
    assert ids["Chamber"] == ids["Federal Islands Chamber of Deputies"]


def test_linking_a_head_two_longer_names_share_stays_apart(linker):
    ids = linked(
        linker,
        "The Island Department of Roads and the Island Department of Ports met . The "
        "Department said no .",
        [
            ("Island Department of Roads", "ORG"),
            ("Island Department of Ports", "ORG"),
            ("Department", "ORG"),
        ],
    )
    assert ids["Department"] not in (
        ids["Island Department of Roads"],
        ids["Island Department of Ports"],
    )


@pytest.mark.parametrize(
    "lang, text, person, foundation, surname",
    [
        (
            "en",
            "Mira Stolk sang . The Mira Stolk Animal Fund grew . Stolk died in May .",
            "Mira Stolk",
            "Mira Stolk Animal Fund",
            "Stolk",
        ),
        (
            "nl",
            "Anna Verbeek zong . De Anna Verbeek Stichting groeide . Verbeek overleed in mei .",
            "Anna Verbeek",
            "Anna Verbeek Stichting",
            "Verbeek",
        ),
    ],
)
def test_linking_a_surname_joined_to_the_person_stays_off_a_body_named_after_her(
    linker, lang, text, person, foundation, surname
):
    ids = linked(linker, text, [(person, "PERSON"), (foundation, "ORG"), (surname, "ORG")], lang)
    assert ids[surname] == ids[person]
    assert ids[foundation] != ids[person]


@pytest.mark.parametrize(
    "lang, text, a, b",
    [
        (
            "en",
            "The U.S. Space Corps flew . The US Space Corps landed .",
            "U.S. Space Corps",
            "US Space Corps",
        ),
        ("nl", "De H.A.N. Groep groeide . De HAN Groep kromp .", "H.A.N. Groep", "HAN Groep"),
        ("en", "Velo Track said no . VeloTrack later agreed .", "Velo Track", "VeloTrack"),
        ("nl", "Velo Track zei nee . VeloTrack stemde later in .", "Velo Track", "VeloTrack"),
    ],
)
def test_linking_one_name_with_and_without_dots_is_one_node(linker, lang, text, a, b):
    ids = linked(linker, text, [(a, "ORG"), (b, "ORG")], lang)
    assert ids[a] == ids[b]


def test_linking_one_name_written_apart_and_together_of_two_types_stays_two(linker):
    ids = linked(
        linker,
        "Velo Track flew to Velotrack .",
        [("Velo Track", "ORG"), ("Velotrack", "LOCATION")],
    )
    assert ids["Velo Track"] != ids["Velotrack"]


@pytest.mark.parametrize(
    "lang, text, full, short",
    [
        (
            "en",
            "Elias Bram Otterly died . Elias Otterly was 68 .",
            "Elias Bram Otterly",
            "Elias Otterly",
        ),
        (
            "en",
            "Brenda T. Colquist spoke . Brenda Colquist left .",
            "Brenda T. Colquist",
            "Brenda Colquist",
        ),
        (
            "nl",
            "Jan Pieter de Wildeman sprak . Jan de Wildeman vertrok .",
            "Jan Pieter de Wildeman",
            "Jan de Wildeman",
        ),
    ],
)
def test_linking_a_name_without_its_middle_name_is_the_person(linker, lang, text, full, short):
    ids = linked(linker, text, [(full, "PERSON"), (short, "PERSON")], lang)
    assert ids[short] == ids[full]


def test_linking_a_short_name_two_fuller_names_fit_stays_apart(linker):
    ids = linked(
        linker,
        "Tom A. Velder and Tom B. Velder met . Tom Velder spoke .",
        [("Tom A. Velder", "PERSON"), ("Tom B. Velder", "PERSON"), ("Tom Velder", "PERSON")],
    )
    assert ids["Tom A. Velder"] != ids["Tom B. Velder"]
    assert ids["Tom Velder"] not in (ids["Tom A. Velder"], ids["Tom B. Velder"])


def test_linking_a_middle_name_never_joins_another_first_name(linker):
    ids = linked(
        linker,
        "Elias Bram Otterly spoke . Ruth Otterly left .",
        [("Elias Bram Otterly", "PERSON"), ("Ruth Otterly", "PERSON")],
    )
    assert ids["Ruth Otterly"] != ids["Elias Bram Otterly"]


@pytest.mark.parametrize(
    "lang, text, place, acronym",
    [
        (
            "en",
            "Fires burned in Upper Marsh Valley . UMV asked for help .",
            "Upper Marsh Valley",
            "UMV",
        ),
        (
            "nl",
            "Het Nationaal Park Hoge Veluwe sloot . NPHV vroeg om hulp .",
            "Nationaal Park Hoge Veluwe",
            "NPHV",
        ),
    ],
)
def test_linking_an_acronym_joins_the_place_it_spells(linker, lang, text, place, acronym):
    ids = linked(linker, text, [(place, "LOCATION"), (acronym, "ORG")], lang)
    assert ids[acronym] == ids[place]


def test_linking_two_letters_do_not_join_a_place(linker):
    ids = linked(
        linker,
        "Upper Valley flooded . UV light was strong .",
        [("Upper Valley", "LOCATION"), ("UV", "ORG")],
    )
    assert ids["UV"] != ids["Upper Valley"]


@pytest.mark.parametrize(
    "lang, text, a, b",
    [
        (
            "en",
            "The United States Coast Watch sailed . The U.S. Coast Watch said no .",
            "United States Coast Watch",
            "U.S. Coast Watch",
        ),
        (
            "nl",
            "De Amerikaanse Kustwacht Dienst voer uit . De Verenigde Staten Kustwacht Dienst "
            "zweeg .",
            "Amerikaanse Kustwacht Dienst",
            "Verenigde Staten Kustwacht Dienst",
        ),
    ],
)
def test_linking_a_body_with_its_country_written_two_ways_is_one(linker, lang, text, a, b):
    ids = linked(linker, text, [(a, "ORG"), (b, "ORG")], lang)
    assert ids[a] == ids[b]


def test_linking_a_known_party_with_its_country_in_front_is_the_known_party(linker):
    ids = linked(
        linker,
        "The United States Democratic Party met .",
        [("United States Democratic Party", "ORG")],
    )
    assert ids["United States Democratic Party"] == "kb:democratic_party_us"


def test_linking_a_body_without_its_country_joins_the_one_country_that_has_it(linker):
    ids = linked(
        linker,
        "The US Pine Party met . The Pine Party said no .",
        [("US Pine Party", "ORG"), ("Pine Party", "ORG")],
    )
    assert ids["Pine Party"] == ids["US Pine Party"]


def test_linking_a_body_two_countries_have_stays_apart(linker):
    ids = linked(
        linker,
        "The US Pine Party and the Canadian Pine Party met . The Pine Party said no .",
        [("US Pine Party", "ORG"), ("Canadian Pine Party", "ORG"), ("Pine Party", "ORG")],
    )
    assert ids["US Pine Party"] != ids["Canadian Pine Party"]
    assert ids["Pine Party"] not in (ids["US Pine Party"], ids["Canadian Pine Party"])


@pytest.mark.parametrize(
    "lang, text, a, b, same",
    [
        (
            "nl",
            "Het Amerikaanse leger viel aan . De Amerikaanse strijdkrachten zwegen .",
            "Amerikaanse leger",
            "Amerikaanse strijdkrachten",
            True,
        ),
        (
            "en",
            "The Canadian military moved . The Canadian armed forces said no .",
            "Canadian military",
            "Canadian armed forces",
            True,
        ),
        # another country's army is another army
        (
            "nl",
            "Het Amerikaanse leger viel aan . Het Iraakse leger zweeg .",
            "Amerikaanse leger",
            "Iraakse leger",
            False,
        ),
        # the navy is not the whole armed force
        (
            "nl",
            "Het Amerikaanse leger viel aan . De Amerikaanse marine zweeg .",
            "Amerikaanse leger",
            "Amerikaanse marine",
            False,
        ),
    ],
)
def test_linking_a_countrys_armed_forces_under_two_words_are_one(linker, lang, text, a, b, same):
    ids = linked(linker, text, [(a, "ORG"), (b, "ORG")], lang)
    assert (ids[a] == ids[b]) is same


@pytest.mark.parametrize(
    "lang, text, a, b",
    [
        (
            "nl",
            "Daarop legde het Hooggerechtshof ( Zaldorfer Gerichtshof ) de zaak voor .",
            "Hooggerechtshof",
            "Zaldorfer Gerichtshof",
        ),
        (
            "en",
            "Then the Supreme Tribunal ( Zaldorfer Gerichtshof ) referred the case .",
            "Supreme Tribunal",
            "Zaldorfer Gerichtshof",
        ),
    ],
)
def test_linking_an_organisation_named_again_in_brackets_is_one(linker, lang, text, a, b):
    ids = linked(linker, text, [(a, "ORG"), (b, "ORG")], lang)
    assert ids[a] == ids[b]


def test_linking_a_name_in_brackets_joins_the_known_organisation_it_names(linker):
    ids = linked(
        linker,
        "Het Zaldorfer Hof ( International Court of Justice ) oordeelde .",
        [("Zaldorfer Hof", "ORG"), ("International Court of Justice", "ORG")],
        "nl",
    )
    assert ids["Zaldorfer Hof"] == ids["International Court of Justice"] == "kb:icj"


def test_linking_a_place_in_brackets_after_an_organisation_stays_apart(linker):
    ids = linked(
        linker,
        "Het bedrijf Zaldorfer Werke ( Kaldonië ) groeide .",
        [("Zaldorfer Werke", "ORG"), ("Kaldonië", "LOCATION")],
        "nl",
    )
    assert ids["Zaldorfer Werke"] != ids["Kaldonië"]


@pytest.mark.parametrize(
    "lang,text,names",
    [
        (
            "en",
            "Apple Computer sold more laptops . Apple said so .",
            [("Apple Computer", "ORG"), ("Apple", "ORG")],
        ),
        ("en", "Apple Computer , Inc. sold more laptops .", [("Apple Computer , Inc.", "ORG")]),
        (
            "nl",
            "Apple Computer verkocht meer laptops . Apple zei dat .",
            [("Apple Computer", "ORG"), ("Apple", "ORG")],
        ),
    ],
)
def test_linking_a_company_with_a_company_word_is_the_known_company(linker, lang, text, names):
    ids = linked(linker, text, names, lang)
    assert set(ids.values()) == {"kb:apple"}


def test_linking_another_word_after_a_company_is_another_company(linker):
    ids = linked(
        linker,
        "Apple sold more laptops . Apple Corps sued .",
        [("Apple", "ORG"), ("Apple Corps", "ORG")],
    )
    assert ids["Apple"] == "kb:apple"
    assert ids["Apple Corps"] != "kb:apple"


@pytest.mark.parametrize(
    "lang,text,long,short",
    [
        ("en", "NPD said prices fell . NPD Group counted .", "NPD Group", "NPD"),
        (
            "en",
            "Brakwater Holdings bought it . Brakwater paid .",
            "Brakwater Holdings",
            "Brakwater",
        ),
        ("nl", "Brakwater Groep kocht het . Brakwater betaalde .", "Brakwater Groep", "Brakwater"),
    ],
)
def test_linking_a_company_with_and_without_its_company_word_is_one(
    linker, lang, text, long, short
):
    ids = linked(linker, text, [(n, "ORG") for n in sorted((long, short), key=text.index)], lang)
    assert ids[long] == ids[short]


def test_linking_the_house_is_the_house_of_representatives_the_kb_labels_otherwise(linker):
    ids = linked(
        linker,
        "The United States House of Representatives voted . Pelosi , Speaker of the House , "
        "spoke . The House Intelligence Committee met .",
        [
            ("United States House of Representatives", "ORG"),
            ("Pelosi", "PERSON"),
            ("House", "ORG"),
            ("House Intelligence Committee", "ORG"),
        ],
    )
    assert ids["House"] == ids["United States House of Representatives"]
    assert ids["House"] != ids["House Intelligence Committee"]


@pytest.mark.parametrize(
    "lang,text,long,short",
    [
        (
            "en",
            "He chaired the House Oversight and Reform Committee . The Oversight and Reform "
            "Committee met .",
            "House Oversight and Reform Committee",
            "Oversight and Reform Committee",
        ),
        (
            "nl",
            "De Nationale Zoek en Reddingsdienst zocht . De Zoek en Reddingsdienst vond niets .",
            "Nationale Zoek en Reddingsdienst",
            "Zoek en Reddingsdienst",
        ),
    ],
)
def test_linking_a_name_with_and_ends_the_longer_name_with_the_same_and(
    linker, lang, text, long, short
):
    ids = linked(linker, text, [(long, "ORG"), (short, "ORG")], lang)
    assert ids[long] == ids[short]


def test_linking_a_name_that_joins_two_names_stands_for_neither_part(linker):
    ids = linked(
        linker,
        "Kelly and Baroni Agency met . Baroni Agency said .",
        [("Kelly and Baroni Agency", "ORG"), ("Baroni Agency", "ORG")],
    )
    assert ids["Kelly and Baroni Agency"] != ids["Baroni Agency"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Dr Valeria Gazzola spoke . As Valeria said , rats help ."),
        ("nl", "Dr. Valeria Gazzola sprak . Zoals Valeria zei , helpen ratten ."),
    ],
)
def test_linking_a_name_word_of_a_person_beats_a_place_spelled_close(linker, lang, text):
    ids = linked(linker, text, [("Valeria Gazzola", "PERSON"), ("Valeria", "LOCATION")], lang)
    assert ids["Valeria"] == ids["Valeria Gazzola"]


def test_linking_a_place_spelled_close_stays_without_a_person_of_that_name(linker):
    ids = linked(linker, "They went to Valeria .", [("Valeria", "LOCATION")])
    assert ids["Valeria"] == "kb:valera_ven"


def surname_doc(lang: str, words: list[str], subject: int) -> Doc:
    """A document whose first two words are a person's name and whose other mentions of the
    surname are tagged as places, with the mention at ``subject`` the subject of its clause."""
    deps = ["dep"] * len(words)
    deps[subject] = "nsubj"
    doc = Doc(spacy.blank(lang).vocab, words=words, deps=deps)
    surname = words[1]
    doc.ents = [Span(doc, 0, 2, label="PERSON")] + [
        Span(doc, i, i + 1, label="LOCATION") for i, w in enumerate(words) if i > 1 and w == surname
    ]
    return doc


@pytest.mark.parametrize(
    "lang,text,subject,person,place",
    [
        (
            "en",
            "Darcy Richardson ran . Richardson is a historian . Wikinews reached out to Richardson"
            " . West stands in Richardson 's place . He lives in Richardson .",
            4,
            [4, 13, 18],
            [25],
        ),
        (
            "nl",
            "Darcy Richardson deed mee . Richardson is historicus . Wikinews schreef naar "
            "Richardson . Hij woont buiten Richardson .",
            5,
            [5, 12],
            [17],
        ),
    ],
)
def test_linking_a_surname_said_of_the_person_stays_the_person_after_to(
    linker, lang, text, subject, person, place
):
    doc = surname_doc(lang, text.split(), subject)
    ids = {ent.start: _key_of(res) for ent, res in zip(doc.ents, linker.resolve(doc))}
    assert [ids[i] for i in person] == [ids[0]] * len(person)
    assert [ids[i] for i in place] == ["kb:richardson_usa"] * len(place)


def test_linking_a_surname_never_said_of_the_person_stays_the_place_after_to(linker):
    doc = surname_doc("en", "Darcy Richardson ran . Wikinews flew to Richardson .".split(), 0)
    ids = [_key_of(res) for res in linker.resolve(doc)]
    assert ids[1] == "kb:richardson_usa"


@pytest.mark.parametrize(
    "lang,text,a,b",
    [
        (
            "en",
            "Frido Welker wrote it . Frido Walker is the expert .",
            "Frido Welker",
            "Frido Walker",
        ),
        (
            "nl",
            "Hamza bin Laden stierf . Hamza bin Ladin was een leider .",
            "Hamza bin Laden",
            "Hamza bin Ladin",
        ),
        (
            "en",
            "Bartholomew Quenby sent a letter . We thank Bart Quenby .",
            "Bartholomew Quenby",
            "Bart Quenby",
        ),
        (
            "nl",
            "Johannes Verkerk stuurde een brief . Wij danken Johan Verkerk .",
            "Johannes Verkerk",
            "Johan Verkerk",
        ),
    ],
)
def test_linking_one_person_with_a_mistyped_surname_or_short_first_name_is_one(
    linker, lang, text, a, b
):
    ids = linked(linker, text, [(a, "PERSON"), (b, "PERSON")], lang)
    assert ids[a] == ids[b]


@pytest.mark.parametrize(
    "text,a,b",
    [
        ("Anna Welker wrote it . Frido Walker is the expert .", "Anna Welker", "Frido Walker"),
        ("Arno Rutte spoke . Arno Rutten spoke .", "Arno Rutte", "Arno Rutten"),
        ("Jan Jansen spoke . Jan Janssen spoke .", "Jan Jansen", "Jan Janssen"),
    ],
)
def test_linking_another_first_name_or_an_added_letter_is_another_person(linker, text, a, b):
    ids = linked(linker, text, [(a, "PERSON"), (b, "PERSON")], "nl")
    assert ids[a] != ids[b]


@pytest.mark.parametrize(
    "lang,text,long,other,short",
    [
        (
            "en",
            "The European Court of Justice ruled . The European Court of Justice said so . "
            "The Supreme Court of Justice asked . By this judgment the Court of Justice answers .",
            "European Court of Justice",
            "Supreme Court of Justice",
            "Court of Justice",
        ),
        (
            "nl",
            "Het Europees Hof van Justitie oordeelde . Het Europees Hof van Justitie zei dat . "
            "Het Oostenrijkse Hoge Hof van Justitie vroeg . Volgens het Hof van Justitie mag het .",
            "Europees Hof van Justitie",
            "Oostenrijkse Hoge Hof van Justitie",
            "Hof van Justitie",
        ),
    ],
)
def test_linking_a_short_name_after_the_is_the_longer_name_named_most(
    linker, lang, text, long, other, short
):
    names = [(long, "ORG"), (long, "ORG"), (other, "ORG"), (short, "ORG")]
    ids = linked(linker, text, names, lang)
    assert ids[short] == ids[long] != ids[other]


def test_linking_a_short_name_two_longer_names_share_alike_stays_apart(linker):
    ids = linked(
        linker,
        "The European Court of Justice ruled . The Supreme Court of Justice asked . "
        "By this judgment the Court of Justice answers .",
        [
            ("European Court of Justice", "ORG"),
            ("Supreme Court of Justice", "ORG"),
            ("Court of Justice", "ORG"),
        ],
    )
    assert ids["Court of Justice"] not in (
        ids["European Court of Justice"],
        ids["Supreme Court of Justice"],
    )


@pytest.mark.parametrize(
    ("text", "long", "short", "same"),
    [
        ("storms hit the Zelvo Islands and Zelvo lost power", "Zelvo Islands", "Zelvo", True),
        ("rowers crossed the Varnic Ocean ; the Varnic was calm", "Varnic Ocean", "Varnic", True),
        ("visitors left Marrowby Palace and Marrowby closed", "Marrowby Palace", "Marrowby", True),
        # a town and its airport or bridge are two places
        ("planes reach Zelvo Airport from Zelvo daily", "Zelvo Airport", "Zelvo", False),
        ("crowds crossed Zelvo Bridge in Zelvo", "Zelvo Bridge", "Zelvo", False),
        # the head word must end the longer name right after the short one
        ("the Zelvo North Islands and Zelvo", "Zelvo North Islands", "Zelvo", False),
    ],
)
def test_linking_a_place_without_the_head_word_places_drop_is_the_place(
    linker, text, long, short, same
):
    ids = linked(linker, text, [(long, "LOCATION"), (short, "LOCATION")])
    assert (ids[short] == ids[long]) == same


@pytest.mark.model
def test_linking_a_place_with_and_without_islands_is_one_node_end_to_end():
    from tests.extract.extraction_helpers import records_of

    text = "The storm hit the Abaco Islands on Sunday. Thousands of homes on Abaco were destroyed."
    entities = records_of(text, "en")["entities"]
    places = [e for e in entities if "Abaco" in e["label"] and e["type"] != "EVENT"]
    assert [e["label"] for e in places] == ["Abaco Islands"]
    # the storm is placed there (disaster2), on the one node
    storms = [e for e in entities if e["type"] == "EVENT"]
    assert [e["label"] for e in storms] == ["disaster in Abaco Islands"]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "en",
            "The Parliament of the United Kingdom sat . The UK parliament voted and the British "
            "Parliament rose .",
            ["Parliament of the United Kingdom", "UK parliament", "British Parliament"],
        ),
        (
            "nl",
            "Het Parlement van het Verenigd Koninkrijk vergaderde . Het Britse parlement stemde .",
            ["Parlement van het Verenigd Koninkrijk", "Britse parlement"],
        ),
    ],
)
def test_linking_a_body_with_its_country_after_it_is_the_body_with_the_country_before(
    linker, lang, text, names
):
    ids = linked(linker, text, [(name, "ORG") for name in names], lang)
    assert len({ids[name] for name in names}) == 1


@pytest.mark.parametrize(
    ("lang", "text", "a", "b"),
    [
        (
            "en",
            "The Russian Board of Mines and the Board of Mines of Ukraine met .",
            "Russian Board of Mines",
            "Board of Mines of Ukraine",
        ),
        (
            "nl",
            "Het Russische Bureau voor Mijnen en het Bureau voor Mijnen van Oekraïne spraken .",
            "Russische Bureau voor Mijnen",
            "Bureau voor Mijnen van Oekraïne",
        ),
    ],
)
def test_linking_one_body_of_two_countries_stays_two(linker, lang, text, a, b):
    ids = linked(linker, text, [(a, "ORG"), (b, "ORG")], lang)
    assert ids[a] != ids[b]


def test_linking_a_known_name_ending_in_a_country_is_not_that_countrys_body(linker):
    ids = linked(
        linker,
        "The Bank of America lent money . The American Bank refused .",
        [("Bank of America", "ORG"), ("American Bank", "ORG")],
    )
    assert ids["Bank of America"] != ids["American Bank"]


@pytest.mark.parametrize(
    ("lang", "text", "long", "short"),
    [
        (
            "en",
            "The Iranian Rowing Federation spoke . The Iranian Federation said no .",
            "Iranian Rowing Federation",
            "Iranian Federation",
        ),
        (
            "nl",
            "De Iraanse Olympische Federatie sprak . De Iraanse Federatie zweeg .",
            "Iraanse Olympische Federatie",
            "Iraanse Federatie",
        ),
    ],
)
def test_linking_a_body_named_by_country_and_head_is_the_one_longer_body(
    linker, lang, text, long, short
):
    ids = linked(linker, text, [(long, "ORG"), (short, "ORG")], lang)
    assert ids[short] == ids[long]


def test_linking_a_body_named_by_country_and_head_two_longer_bodies_fit_stays_apart(linker):
    names = ["Iranian Rowing Federation", "Iranian Football Federation", "Iranian Federation"]
    ids = linked(
        linker,
        "The Iranian Rowing Federation and the Iranian Football Federation met . The Iranian "
        "Federation said no .",
        [(name, "ORG") for name in names],
    )
    assert len({ids[name] for name in names}) == 3


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "en",
            "The Parliament of the United Kingdom debated the bill on Monday. Later the UK "
            "parliament rejected it.",
            "arliament",
        ),
        (
            "nl",
            "Het Parlement van het Verenigd Koninkrijk besprak de wet maandag. Later verwierp het "
            "Britse parlement de wet.",
            "arl",  # the known body's label is English: "Parliament of the United Kingdom"
        ),
        (
            "en",
            "Bartholomew Quenby, a lawyer, sent a letter to the company. The company later "
            "thanked Bart Quenby for his help.",
            "Quenby",
        ),
        (
            "nl",
            "Johannes Verkerk, een advocaat, stuurde het bedrijf een brief. Het bedrijf bedankte "
            "later Johan Verkerk voor zijn hulp.",
            "Verkerk",
        ),
        (
            "en",
            "The Ostland Divisional Railway cancelled trains on Monday. A spokesman for the "
            "Ostland Division Railway said the line would reopen. The Ostland Divisional Railway "
            "apologised.",
            "Railway",
        ),
        (
            "nl",
            "De Noordelijke Spoorwegendienst Ostland schrapte maandag treinen. Een woordvoerder "
            "van de Noordelijke Spoorwegdienst Ostland zei dat de lijn weer opengaat.",
            "Ostland",
        ),
    ],
)
def test_linking_one_entity_named_two_ways_is_one_node_end_to_end(lang, text, word):
    from tests.extract.extraction_helpers import records_of

    found = [e for e in records_of(text, lang)["entities"] if word in e["label"]]
    assert len(found) == 1, [e["label"] for e in found]


@pytest.mark.parametrize(
    ("lang", "text", "long", "short", "same"),
    [
        (
            "en",
            "The Loman Vrey Institute for Marine Biology hired staff . The Loman Vrey Institute "
            "grew .",
            "Loman Vrey Institute for Marine Biology",
            "Loman Vrey Institute",
            True,
        ),
        (
            "nl",
            "Het Loman Vrey Instituut voor Mariene Biologie nam mensen aan . Het Loman Vrey "
            "Instituut groeide .",
            "Loman Vrey Instituut voor Mariene Biologie",
            "Loman Vrey Instituut",
            True,
        ),
        # a longer name that goes on without "for" is another body: its library, its museum
        (
            "en",
            "The Loman Vrey Institute Library opened . The Loman Vrey Institute grew .",
            "Loman Vrey Institute Library",
            "Loman Vrey Institute",
            False,
        ),
    ],
)
def test_linking_a_name_of_three_words_before_for_is_the_longer_name(
    linker, lang, text, long, short, same
):
    ids = linked(linker, text, [(long, "ORG"), (short, "ORG")], lang)
    assert (ids[short] == ids[long]) == same


def test_linking_a_name_of_three_words_two_longer_names_open_stays_apart(linker):
    names = [
        "Loman Vrey Institute for Marine Biology",
        "Loman Vrey Institute for Physics",
        "Loman Vrey Institute",
    ]
    ids = linked(
        linker,
        "The Loman Vrey Institute for Marine Biology and the Loman Vrey Institute for Physics "
        "met . The Loman Vrey Institute grew .",
        [(name, "ORG") for name in names],
    )
    assert len({ids[name] for name in names}) == 3


@pytest.mark.parametrize(
    ("lang", "text", "long", "short"),
    [
        (
            "en",
            "The University of Ostland , Varna hired staff . UO Varna grew .",
            "University of Ostland , Varna",
            "UO Varna",
        ),
        (
            "nl",
            "De Universiteit van Ostland Varna nam mensen aan . UO Varna groeide .",
            "Universiteit van Ostland Varna",
            "UO Varna",
        ),
    ],
)
def test_linking_an_acronym_and_a_word_is_the_name_the_acronym_opens(
    linker, lang, text, long, short
):
    ids = linked(linker, text, [(long, "ORG"), (short, "ORG")], lang)
    assert ids[short] == ids[long]


@pytest.mark.parametrize(
    ("lang", "text", "country", "body", "acronym"),
    [
        (
            "en",
            "The U.S. said the Space Guard will patrol . The USSG left on Monday .",
            "U.S.",
            "Space Guard",
            "USSG",
        ),
        (
            "nl",
            "De Verenigde Staten zeiden dat de Ruimte Wacht patrouilleert . De VSRW vertrok .",
            "Verenigde Staten",
            "Ruimte Wacht",
            "VSRW",
        ),
    ],
)
def test_linking_an_acronym_of_a_country_and_a_body_is_that_body(
    linker, lang, text, country, body, acronym
):
    ids = linked(linker, text, [(country, "COUNTRY"), (body, "ORG"), (acronym, "ORG")], lang)
    assert ids[acronym] == ids[body]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # no country named whose letters open the acronym
        ("The Space Guard will patrol . The USSG left .", [("Space Guard", "ORG")]),
        # two bodies of those initials: which one is not said
        (
            "The U.S. , the Space Guard and the Sea Guild met . The USSG left .",
            [("U.S.", "COUNTRY"), ("Space Guard", "ORG"), ("Sea Guild", "ORG")],
        ),
    ],
)
def test_linking_an_acronym_of_a_country_and_initials_stays_apart_unless_one_body(
    linker, text, names
):
    ids = linked(linker, text, [*names, ("USSG", "ORG")])
    assert ids["USSG"] not in {ids[name] for name, _ in names}


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "body", "acronym"),
    [
        (
            "en",
            "Boeing may bid for U.S. launch contracts again, the USAF announced on Monday. The "
            "deal protects the Air Force's interests, officials said.",
            "Air Force",
            "USAF",
        ),
        (
            "nl",
            "Boeing mag weer bieden op contracten in de Verenigde Staten, maakte de USAF maandag "
            "bekend. De deal beschermt de belangen van de Air Force, zeiden ambtenaren.",
            "Air Force",
            "USAF",
        ),
    ],
)
def test_linking_an_acronym_of_a_country_and_a_body_end_to_end(lang, text, body, acronym):
    assert entities_written(text, lang, acronym) == entities_written(text, lang, body)


def test_linking_an_acronym_and_another_word_is_another_body_of_the_system(linker):
    names = ["University of Ostland , Varna", "University of Ostland , Tesk", "UO Tesk", "UO Mirn"]
    ids = linked(
        linker,
        "The University of Ostland , Varna and the University of Ostland , Tesk met . UO Tesk "
        "and UO Mirn agreed .",
        [(name, "ORG") for name in names],
    )
    assert ids["UO Tesk"] == ids["University of Ostland , Tesk"]
    assert ids["UO Tesk"] != ids["University of Ostland , Varna"]
    assert ids["UO Mirn"] not in (
        ids["University of Ostland , Varna"],
        ids["University of Ostland , Tesk"],
    )


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("en", "Paul Quenby met Paula Quenby .", ["Paul Quenby", "Paula Quenby"]),
        (
            "nl",
            "Frederik Verkerk sprak Frederika Verkerk .",
            ["Frederik Verkerk", "Frederika Verkerk"],
        ),
    ],
)
def test_linking_a_first_name_of_another_gender_is_another_person(linker, lang, text, names):
    ids = linked(linker, text, [(name, "PERSON") for name in names], lang)
    assert ids[names[0]] != ids[names[1]]


def test_linking_a_short_first_name_two_longer_ones_open_stays_apart(linker):
    names = ["Dan Quenby", "Daniel Quenby", "Danielle Quenby"]
    ids = linked(
        linker,
        "Daniel Quenby and Danielle Quenby met . Dan Quenby spoke .",
        [(name, "PERSON") for name in names[1:]] + [(names[0], "PERSON")],
    )
    assert len({ids[name] for name in names}) == 3


@pytest.mark.parametrize(
    ("lang", "text", "names", "type_"),
    [
        (
            "en",
            "The Ostland Divisional Railway ran trains . The Ostland Division Railway said so . "
            "The Ostland Divisional Railway grew .",
            [
                "Ostland Divisional Railway",
                "Ostland Division Railway",
                "Ostland Divisional Railway",
            ],
            "ORG",
        ),
        (
            "en",
            "Tourists visited the Haghia Varenna . The Hagia Varenna was closed .",
            ["Haghia Varenna", "Hagia Varenna"],
            "LOCATION",
        ),
        (
            "en",
            "Faithless Qorvan wrote a book . Faithess Qorvan left .",
            ["Faithless Qorvan", "Faithess Qorvan"],
            "PERSON",
        ),
        (
            "nl",
            "De Noordelijke Spoorwegendienst Ostland reed . De Noordelijke Spoorwegdienst Ostland "
            "zei dat .",
            ["Noordelijke Spoorwegendienst Ostland", "Noordelijke Spoorwegdienst Ostland"],
            "ORG",
        ),
    ],
)
def test_linking_a_name_written_two_ways_is_one_entity(linker, lang, text, names, type_):
    ids = linked(linker, text, [(name, type_) for name in names], lang)
    assert len({ids[name] for name in names}) == 1
    assert ids[names[1]] == _key_of((None, type_, names[0], None))  # the form written most


@pytest.mark.parametrize(
    ("lang", "text", "names", "type_"),
    [
        (
            "en",
            "The Eastern District of Ostland ruled . The Western District of Ostland did not .",
            ["Eastern District of Ostland", "Western District of Ostland"],
            "ORG",
        ),
        (
            "en",
            "The Austrian Gliding Union met the Australian Gliding Union .",
            ["Austrian Gliding Union", "Australian Gliding Union"],
            "ORG",
        ),
        ("en", "Daniel Quenby met Daniela Quenby .", ["Daniel Quenby", "Daniela Quenby"], "PERSON"),
        ("nl", "Karel Jansen sprak Karel Janssen .", ["Karel Jansen", "Karel Janssen"], "PERSON"),
        (
            "nl",
            "De Oostelijke Raad van Ostland vergaderde . De Westelijke Raad van Ostland ook .",
            ["Oostelijke Raad van Ostland", "Westelijke Raad van Ostland"],
            "ORG",
        ),
    ],
)
def test_linking_two_names_alike_but_another_word_stay_apart(linker, lang, text, names, type_):
    ids = linked(linker, text, [(name, type_) for name in names], lang)
    assert ids[names[0]] != ids[names[1]]


def mention_ids(
    linker: EntityLinker, words: list[str], spans: list[tuple[int, int, str]], lang: str
):
    """The entity id of each (start, end, type) span of a document of ``words``, in order."""
    doc = Doc(spacy.blank(lang).vocab, words=words)
    doc.ents = [Span(doc, start, end, label=type_) for start, end, type_ in spans]
    return [_key_of(res) for res in linker.resolve(doc)]


@pytest.mark.parametrize(
    ("lang", "text", "place", "key"),
    [
        (
            "en",
            "Voters in Tasmania and Tasmania 's towns . Tasmania voted .",
            "Tasmania",
            "kb:tasmania_aus",
        ),
        (
            "nl",
            "Kiezers in Gelderland en Gelderland zelf . Gelderland stemde .",
            "Gelderland",
            "kb:gelderland_nld",
        ),
    ],
)
def test_linking_a_name_the_model_once_typed_otherwise_is_the_known_one(
    linker, lang, text, place, key
):
    words = text.split()
    at = [i for i, w in enumerate(words) if w == place]
    types = ["LOCATION", "ORG", "LOCATION"]
    ids = mention_ids(linker, words, [(i, i + 1, t) for i, t in zip(at, types)], lang)
    assert ids == [key] * 3


def test_linking_a_name_the_model_typed_otherwise_as_often_as_known_stays(linker):
    words = "Voters in Tasmania and Tasmania 's towns .".split()
    ids = mention_ids(linker, words, [(2, 3, "LOCATION"), (4, 5, "ORG")], "en")
    assert ids[0] == "kb:tasmania_aus" != ids[1]


def test_linking_a_known_place_that_is_a_persons_surname_stays_the_person(linker):
    words = "Darcy Tasmania ran . Tasmania spoke in Tasmania and Tasmania .".split()
    spans = [(0, 2, "PERSON"), (4, 5, "PERSON"), (7, 8, "LOCATION"), (9, 10, "LOCATION")]
    ids = mention_ids(linker, words, spans, "en")
    assert ids[1] == ids[0] and ids[2] == ids[3] == "kb:tasmania_aus"


@pytest.mark.parametrize(
    "lang, text, short, longer",
    [
        (
            "en",
            "Deputies of the Marlow County Sheriff's Office came . Marlow said it was calm .",
            "Marlow",
            "Marlow County Sheriff's Office",
        ),
        (
            "en",
            "The Navy Records Agency wrote that the Navy had found the wreck .",
            "Navy",
            "Navy Records Agency",
        ),
        (
            "en",
            "The Senate Budget Committee met while the Senate was away .",
            "Senate",
            "Senate Budget Committee",
        ),
        ("en", "Crowds filled Harbour Square near Harbour at noon .", "Harbour", "Harbour Square"),
        (
            "nl",
            "Het Zeeland Agentschap Wegen zweeg , en Zeeland reageerde niet .",
            "Zeeland",
            "Zeeland Agentschap Wegen",
        ),
    ],
)
def test_linking_a_name_is_not_the_body_or_square_named_after_it(linker, lang, text, short, longer):
    ids = linked(linker, text, [(longer, "ORG"), (short, "ORG")], lang)
    assert ids[short] != ids[longer]


@pytest.mark.parametrize(
    "lang, text, short, longer",
    [
        ("en", "Marlow Air flew . Marlow cancelled two flights .", "Marlow", "Marlow Air"),
        (
            "en",
            "The Office of Budget Review said so . The Office agreed .",
            "Office",
            "Office of Budget Review",
        ),
        ("nl", "Marlow Air vloog . Marlow schrapte twee vluchten .", "Marlow", "Marlow Air"),
    ],
)
def test_linking_a_name_still_joins_the_longer_name_that_is_it(linker, lang, text, short, longer):
    ids = linked(linker, text, [(longer, "ORG"), (short, "ORG")], lang)
    assert ids[short] == ids[longer]


@pytest.mark.parametrize(
    "lang, text, short, longer",
    [
        (
            "en",
            "Pilgrims filled the Marlow Abbey in Marlow . Marlow closed its roads .",
            "Marlow",
            "Marlow Abbey in Marlow",
        ),
        (
            "nl",
            "Pelgrims vulden de Marlow Abdij in Marlow . Marlow sloot de wegen .",
            "Marlow",
            "Marlow Abdij in Marlow",
        ),
    ],
)
def test_linking_the_place_a_name_says_it_stands_in_is_not_it(linker, lang, text, short, longer):
    ids = linked(linker, text, [(longer, "ORG"), (short, "ORG")], lang)
    assert ids[short] != ids[longer]


@pytest.mark.parametrize(
    "short, text, words, joins",
    [
        # a short name that opens a longer one with "in" further on still stands for it
        ("mayo", "mayo clinic in rochester", 1, True),
        # a name that ends the longer one after "in" is the place where that thing stands
        ("cahors", "cahors abbey in cahors", 1, False),
        # a mention of punctuation only folds to nothing and stands for nothing
        ("", "mayo clinic", 0, False),
        # a company is not its product, nor a party the government it forms (two words more
        # of another kind); one more word, words of a body's kind or a facility still are it
        ("zaldor soft", "zaldor soft cloud server", 2, False),
        ("zaldor soft", "zaldor soft linux", 2, False),
        ("zaldor soft", "zaldor soft inc", 2, True),
        ("labor", "labor state government", 1, False),
        ("zaldor", "zaldor air", 1, True),
        ("zaldor", "zaldor motor company", 1, True),
        ("zaldor", "zaldor international airport", 1, True),
        ("zaldor", "zaldor holding nv", 1, True),
        # a body's head before what it is about ("on", "inzake") is the body again; a head
        # followed by other words is not
        ("commission", "commission on election integrity", 1, True),
        ("commissie", "commissie inzake kiesrecht", 1, True),
        ("commission", "commission election integrity", 1, False),
    ],
)
def test_linking_a_short_name_stands_for_a_longer_one_only_where_it_is_its_name(
    short, text, words, joins
):
    assert _heads_or_ends(short, text, words) is joins


#: "Peter Hallworth died . His son Karl Hallworth spoke . Hallworth was 81 ." and its Dutch
#: twin, parsed by hand as each model parses it (ClearNLP: the name an appos of "son"; UD: an
#: appos of "zoon" with its surname flat), so the relative is read from the tree, not a model.
RELATIVE_PARSES = {
    "en": """
Peter 1 compound PROPN
Hallworth 2 nsubj PROPN
died 2 ROOT VERB die
. 2 punct PUNCT
His 5 poss PRON his
son 8 nsubj NOUN son
Karl 7 compound PROPN
Hallworth 5 appos PROPN
spoke 8 ROOT VERB speak
. 8 punct PUNCT
Hallworth 11 nsubj PROPN
was 11 ROOT AUX be
81 11 attr NUM
. 11 punct PUNCT
""",
    "nl": """
Peter 2 nsubj PROPN
Hallworth 0 flat PROPN
overleed 2 ROOT VERB overlijden
. 2 punct PUNCT
Zijn 5 nmod:poss PRON zijn
zoon 8 nsubj NOUN zoon
Karl 5 appos PROPN
Hallworth 6 flat PROPN
sprak 8 ROOT VERB spreken
. 8 punct PUNCT
Hallworth 11 nsubj PROPN
werd 11 ROOT VERB worden
81 11 obj NUM
. 11 punct PUNCT
""",
}


def linked_parse(
    linker: EntityLinker, rows: str, names: list[tuple[int, int]], lang: str
) -> list[str]:
    """The entity key of each PERSON name (start, end) of a hand-built parse (lines 'word head
    dep pos [lemma]', as :func:`tests.extract.extraction_helpers.parse` reads them)."""
    from tests.extract.extraction_helpers import parse

    doc = parse(rows, lang)
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in names]
    return [_key_of(res) for res in linker.resolve(doc)]


def entities_written(text: str, lang: str, written: str) -> set[str]:
    """The labels of the entities that the mentions written ``written`` in ``text`` stand for."""
    from tests.extract.extraction_helpers import records_of

    records = records_of(text, lang)
    labels = {e["id"]: e["label"] for e in records["entities"]}
    return {labels[m["entity"]] for m in records["mentions"] if m["text"] == written}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_linking_a_surname_alone_is_the_person_whose_relative_shares_it(lang):
    linker = EntityLinker("linker", load_kb(), load_lexicon(lang))
    peter, karl, bare = linked_parse(
        linker, RELATIVE_PARSES[lang], [(0, 2), (6, 8), (10, 11)], lang
    )
    assert bare == peter != karl


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_linking_a_surname_alone_of_two_people_met_links_to_neither(lang):
    # the same words with "His son" read as a plain subject: no pronoun ties Karl to anyone
    rows = (
        RELATIVE_PARSES[lang]
        .replace(" poss PRON", " det DET")
        .replace(" nmod:poss PRON", " det DET")
    )
    linker = EntityLinker("linker", load_kb(), load_lexicon(lang))
    peter, karl, bare = linked_parse(linker, rows, [(0, 2), (6, 8), (10, 11)], lang)
    assert bare not in (peter, karl)


def test_linking_without_a_lexicon_reads_no_relatives():
    linker = EntityLinker("linker", load_kb())
    peter, karl, bare = linked_parse(
        linker, RELATIVE_PARSES["en"], [(0, 2), (6, 8), (10, 11)], "en"
    )
    assert bare not in (peter, karl)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Peter Hallworth died on Tuesday. His death was announced by his son Karl Hallworth. "
            "Hallworth was 81.",
        ),
        (
            "nl",
            "Pieter Vos overleed dinsdag. Het nieuws werd bekendgemaakt door zijn zoon Karel Vos. "
            "Vos werd 81 jaar.",
        ),
        (
            "nl",
            "Pieter Vos overleed dinsdag. Zijn ouders, Jan Vos en Marie Vos, waren boeren. "
            "Vos werd 81 jaar.",
        ),
    ],
)
def test_linking_a_relatives_surname_alone_is_the_main_person_end_to_end(lang, text):
    bare = text.rsplit(". ", 1)[1].split()[0]
    assert entities_written(text, lang, bare) == {text.split(" overleed")[0].split(" died")[0]}


@pytest.mark.parametrize(
    ("lang", "text", "bare"),
    [
        ("en", "Peter Hallworth met Karl Hallworth on Tuesday. Hallworth was 81.", "Hallworth"),
        ("nl", "Pieter Vos ontmoette dinsdag Karel Vos. Vos werd 81 jaar.", "Vos"),
    ],
)
def test_linking_a_surname_of_two_people_met_joins_neither_end_to_end(lang, text, bare):
    assert entities_written(text, lang, bare) == {bare}


@pytest.mark.parametrize(
    ("lang", "text", "short"),
    [
        (
            "en",
            'Mika Tolsen won . The party chose Jeremy " Spike " Tolsen . Spike Tolsen spoke .',
            "Spike Tolsen",
        ),
        ("en", 'The party chose Jeremy " Spike " Tolsen . Jeremy Tolsen spoke .', "Jeremy Tolsen"),
        ("nl", 'De partij koos Jeremy " Spike " Tolsen . Spike Tolsen sprak .', "Spike Tolsen"),
    ],
)
def test_linking_a_name_with_a_nickname_in_quotes_is_the_person_of_the_nickname(
    linker, lang, text, short
):
    full = 'Jeremy " Spike " Tolsen'
    names = [(full, "PERSON"), (short, "PERSON")]
    if text.startswith("Mika"):
        names.insert(0, ("Mika Tolsen", "PERSON"))
    ids = linked(linker, text, names, lang)
    assert ids[short] == ids[full]
    assert ids.get("Mika Tolsen") != ids[full]


def test_linking_a_nickname_two_people_share_joins_neither(linker):
    text = 'Jeremy " Spike " Tolsen met Adam " Spike " Tolsen . Spike Tolsen spoke .'
    names = [('Jeremy " Spike " Tolsen', "PERSON"), ('Adam " Spike " Tolsen', "PERSON")]
    ids = linked(linker, text, [*names, ("Spike Tolsen", "PERSON")])
    assert ids["Spike Tolsen"] not in (ids[names[0][0]], ids[names[1][0]])


def test_linking_a_first_surname_typed_as_an_organisation_end_to_end():
    # the English model calls the bare "Quiñones" an organisation (the Dutch one reads it as a
    # person in such sentences: Dutch is tested on the linker)
    text = (
        "Lenholm's mayor will be replaced by Marta Quiñones Corral, the city treasurer. In a "
        "statement, Quiñones said she would serve the city."
    )
    assert entities_written(text, "en", "Quiñones") == {"Marta Quiñones Corral"}


def test_linking_a_nickname_in_quotes_end_to_end():
    from tests.extract.extraction_helpers import records_of

    text = (
        'The party nominated podcast host Jeremy "Spike" Tolsen on Sunday. Spike Tolsen thanked '
        "the delegates."
    )
    people = [e["label"] for e in records_of(text, "en")["entities"] if "Tolsen" in e["label"]]
    assert len(people) == 1, people


def _linked_words(
    linker: EntityLinker, words: list[str], spaces: list[bool], names: list[tuple[int, int, str]]
) -> list[str]:
    """The entity key of each name (start, end, type) of a document built word by word, so
    that a whitespace token (a thin or second space) can stand where the text has one."""
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=t) for s, e, t in names]
    return [_key_of(res) for res in linker.resolve(doc)]


@pytest.mark.parametrize("space", ["\u2009", " ", "\u00a0"])
def test_linking_a_name_in_brackets_is_one_beside_a_whitespace_token(linker, space):
    # "the Supreme Tribunal (Zaldorfer Gerichtshof<thin space>) ruled": the space is a token
    words = ["the", "Supreme", "Tribunal", "(", "Zaldorfer", "Gerichtshof", space, ")", "ruled"]
    spaces = [True, True, True, False, True, False, False, True, False]
    keys = _linked_words(linker, words, spaces, [(1, 3, "ORG"), (4, 6, "ORG")])
    assert keys[0] == keys[1]


def test_linking_an_acronym_in_brackets_is_one_after_a_double_space(linker):
    # "Kaldon Vale  (KV) grew ... KV": the second space is a token; two letters join a place
    # only in brackets after it
    words = ["Kaldon", "Vale", " ", "(", "KV", ")", "grew", ".", "KV", "grew"]
    spaces = [True, True, False, False, False, True, False, True, True, False]
    keys = _linked_words(linker, words, spaces, [(0, 2, "LOCATION"), (4, 5, "ORG"), (8, 9, "ORG")])
    assert keys[0] == keys[1] == keys[2]


def test_linking_a_name_after_a_whitespace_token_outside_brackets_stays_apart(linker):
    words = ["the", "Supreme", "Tribunal", " ", "Zaldorfer", "Gerichtshof", "ruled"]
    spaces = [True, True, True, False, True, True, False]
    keys = _linked_words(linker, words, spaces, [(1, 3, "ORG"), (4, 6, "ORG")])
    assert keys[0] != keys[1]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Al Kaldor married her . Kaldor was cruel ."),
        ("nl", "Al Kaldor trouwde met haar . Kaldor was wreed ."),
    ],
)
@pytest.mark.parametrize("type_", ["PERSON", "ORG"])
def test_linking_a_surname_joins_a_name_opened_by_a_particle_that_is_a_first_name(
    linker, lang, text, type_
):
    # "Al" is a particle ("al-Assad") and a first name: "Al Kaldor" is a first name and surname
    ids = linked(linker, text, [("Al Kaldor", "PERSON"), ("Kaldor", type_)], lang)
    assert ids["Kaldor"] == ids["Al Kaldor"]


def test_linking_a_name_opened_by_a_particle_alone_is_a_surname(linker):
    # "Van" is no first name: "Van Kaldor" is a surname, no fuller name of "Kaldor"
    ids = linked(
        linker,
        "Van Kaldor spoke . Kaldor left .",
        [("Van Kaldor", "PERSON"), ("Kaldor", "PERSON")],
    )
    assert ids["Kaldor"] != ids["Van Kaldor"]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Her first husband, the trumpeter Al Kaldor, left her in 1950. "
            "She said Kaldor had been cruel to her.",
        ),
        (
            "nl",
            "Haar eerste man, trompettist Al Kaldor, verliet haar in 1950. "
            "Ze zei dat Kaldor wreed tegen haar was geweest.",
        ),
    ],
)
def test_linking_a_surname_after_a_first_name_al_is_one_person_end_to_end(lang, text):
    from tests.extract.extraction_helpers import records_of

    records = records_of(text, lang)
    people = [e for e in records["entities"] if e["type"] != "EVENT"]
    assert [(e["label"], e["type"]) for e in people] == [("Al Kaldor", "PERSON")]
    assert {m["text"] for m in records["mentions"]} >= {"Al Kaldor", "Kaldor"}


@pytest.mark.parametrize(
    "lang, text, titled",
    [
        ("en", "Naomi Kaldor led it . Dr Kaldor said so .", "Dr Kaldor"),
        ("en", "Naomi Kaldor led it . Prof. Kaldor said so .", "Prof. Kaldor"),
        ("nl", "Naomi Kaldor leidde het . Dr. Kaldor zei dat .", "Dr. Kaldor"),
    ],
)
@pytest.mark.parametrize("type_", ["ORG", "PERSON"])
def test_linking_a_surname_after_a_form_of_address_is_the_person(linker, lang, text, titled, type_):
    ids = linked(linker, text, [("Naomi Kaldor", "PERSON"), (titled, type_)], lang)
    assert ids[titled] == ids["Naomi Kaldor"]


@pytest.mark.parametrize(
    "lang, text, titled",
    [
        ("en", "Peter Kaldor led it . Mrs Kaldor said so .", "Mrs Kaldor"),
        ("nl", "Peter Kaldor leidde het . Mevr. Kaldor zei dat .", "Mevr. Kaldor"),
        ("en", "Naomi Kaldor led it . Mr Kaldor said so .", "Mr Kaldor"),
    ],
)
def test_linking_a_form_of_address_of_another_gender_is_another_person(linker, lang, text, titled):
    ids = linked(linker, text, [(text.split(" ")[0] + " Kaldor", "PERSON"), (titled, "ORG")], lang)
    assert ids[titled] != ids[text.split(" ")[0] + " Kaldor"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Peter Kaldor led it . Mrs Kaldor said so ."),
        ("nl", "Peter Kaldor leidde het . Mevr. Kaldor zei dat ."),
    ],
)
def test_linking_a_surname_the_name_finder_cut_from_a_female_title_is_no_man(linker, lang, text):
    # the name finder leaves "Mrs" out of the name: the word before it still says who is meant
    ids = linked(linker, text, [("Peter Kaldor", "PERSON"), ("Kaldor", "PERSON")], lang)
    assert ids["Kaldor"] != ids["Peter Kaldor"]


@pytest.mark.model
def test_linking_a_surname_after_a_form_of_address_is_one_person_end_to_end():
    from tests.extract.extraction_helpers import records_of

    # the model calls "Dr Martisius" an organisation here
    records = records_of(
        "The study was led by Naomi Martisius. According to Dr Martisius, the bone tools were "
        "very old.",
        "en",
    )
    names = [e for e in records["entities"] if e["type"] != "EVENT"]
    assert [(e["label"], e["type"]) for e in names] == [("Naomi Martisius", "PERSON")]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Teodor Kaldor spoke on Monday. Mrs Kaldor left on Tuesday."),
        ("nl", "Teodor Kaldor sprak maandag. Mevr. Kaldor vertrok dinsdag."),
    ],
)
def test_linking_a_woman_called_by_surname_is_not_the_man_end_to_end(lang, text):
    from tests.extract.extraction_helpers import records_of

    people = [e for e in records_of(text, lang)["entities"] if e["type"] == "PERSON"]
    assert len(people) == 2


@pytest.mark.parametrize(
    "lang, text, chamber",
    [
        (
            "nl",
            "Het Kaldonisch Huis van Afgevaardigden stemde . Ze sprak in de Kamer .",
            "Kaldonisch Huis van Afgevaardigden",
        ),
        (
            "en",
            "The Kaldon House of Delegates voted . She spoke in the Chamber .",
            "Kaldon House of Delegates",
        ),
    ],
)
def test_linking_a_chamber_word_alone_is_the_one_chamber_named(linker, lang, text, chamber):
    word = "Kamer" if lang == "nl" else "Chamber"
    ids = linked(linker, text, [(chamber, "ORG"), (word, "ORG")], lang)
    assert ids[word] == ids[chamber]


def test_linking_a_chamber_word_alone_with_two_chambers_named_stays_apart(linker):
    ids = linked(
        linker,
        "Het Kaldonisch Huis van Afgevaardigden en de Kaldonische Senaat stemden . Ze sprak in de "
        "Kamer .",
        [
            ("Kaldonisch Huis van Afgevaardigden", "ORG"),
            ("Kaldonische Senaat", "ORG"),
            ("Kamer", "ORG"),
        ],
        "nl",
    )
    assert ids["Kamer"] not in (
        ids["Kaldonisch Huis van Afgevaardigden"],
        ids["Kaldonische Senaat"],
    )


@pytest.mark.parametrize(
    "lang, text, names, chamber, word",
    [
        # "the White House" also ends in "House", and a second chamber is named
        (
            "en",
            "The Kaldon House of Delegates and the Kaldon Senate met . The White House "
            "objected . The House voted .",
            ["Kaldon House of Delegates", "Kaldon Senate", "White House", "House"],
            "Kaldon House of Delegates",
            "House",
        ),
        (
            "nl",
            "Het Kaldonisch Huis van Afgevaardigden en de Kaldonische Senaat vergaderden . Het "
            "Witte Huis protesteerde . Het Huis stemde .",
            ["Kaldonisch Huis van Afgevaardigden", "Kaldonische Senaat", "Witte Huis", "Huis"],
            "Kaldonisch Huis van Afgevaardigden",
            "Huis",
        ),
    ],
)
def test_linking_a_word_heading_a_chambers_name_alone_is_that_chamber(
    linker, lang, text, names, chamber, word
):
    ids = linked(linker, text, [(name, "ORG") for name in names], lang)
    assert ids[word] == ids[chamber]
    assert ids[word] != ids[names[2]]  # not the White House
    assert ids[word] != ids[names[1]]  # not the other chamber


def test_linking_a_word_heading_two_chambers_names_alone_stays_apart(linker):
    ids = linked(
        linker,
        "The Kaldon House of Commons and the Kaldon House of Lords met . The House rose .",
        [("Kaldon House of Commons", "ORG"), ("Kaldon House of Lords", "ORG"), ("House", "ORG")],
    )
    assert ids["House"] not in (ids["Kaldon House of Commons"], ids["Kaldon House of Lords"])


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The House of Representatives passed the bill on Friday. White House aides called "
            "the vote a mistake, and the House will vote again next week.",
        ),
        (
            "nl",
            "Het Huis van Afgevaardigden nam vrijdag de wet aan. Medewerkers van het Witte Huis "
            "noemden de stemming een vergissing, en het Huis stemt volgende week opnieuw.",
        ),
    ],
)
def test_linking_the_house_beside_the_white_house_is_the_chamber_end_to_end(lang, text):
    from tests.extract.extraction_helpers import records_of

    records = records_of(text, lang)
    by_id = {e["id"]: e for e in records["entities"]}
    labels: dict[str, set[str]] = {}
    for m in records["mentions"]:
        labels.setdefault(m["text"], set()).add(by_id[m["entity"]]["label"])
    chamber, word = (
        ("House of Representatives", "House")
        if lang == "en"
        else ("Huis van Afgevaardigden", "Huis")
    )
    assert labels[word] == labels[chamber]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, chamber, word",
    [
        (
            "nl",
            'Het Huis van Afgevaardigden koos donderdag een nieuwe voorzitter. "We zullen in deze '
            'Kamer samenwerken", zei zij.',
            "Huis van Afgevaardigden",
            "Kamer",
        ),
        (
            "en",
            'The Kaldon House of Delegates elected a new speaker on Thursday. "We will work '
            'together in this Chamber," she said.',
            "Kaldon House of Delegates",
            "Chamber",
        ),
    ],
)
def test_linking_a_chamber_word_is_the_chamber_end_to_end(lang, text, chamber, word):
    from tests.extract.extraction_helpers import records_of

    records = records_of(text, lang)
    by_id = {e["id"]: e for e in records["entities"]}
    forms = {m["text"]: by_id[m["entity"]]["label"] for m in records["mentions"]}
    assert forms[word] == forms[chamber]


@pytest.mark.parametrize(
    "lang, text, names",
    [
        (
            "en",
            "Zaldor Soft sells Zaldor Soft Cloud Server . Zaldor Soft said so .",
            ["Zaldor Soft", "Zaldor Soft Cloud Server", "Zaldor Soft"],
        ),
        (
            "nl",
            "Zaldor Soft verkoopt Zaldor Soft Cloud Server . Zaldor Soft zei dat .",
            ["Zaldor Soft", "Zaldor Soft Cloud Server", "Zaldor Soft"],
        ),
    ],
)
def test_linking_a_company_is_not_the_product_named_after_it(linker, lang, text, names):
    ids = linked(linker, text, [(n, "ORG") for n in names], lang)
    assert ids["Zaldor Soft"] != ids["Zaldor Soft Cloud Server"]


def test_linking_a_place_the_model_once_called_a_person_is_the_place(linker):
    keys = resolved_keys(
        linker,
        "Residents of Victoria voted . Victoria grew . Melbourne 0.5 % , Victoria 1.6 % .",
        [("Victoria", "LOCATION"), ("Victoria", "LOCATION"), ("Victoria", "PERSON")],
    )
    assert keys == ["kb:victoria_aus"] * 3


def test_linking_a_surname_that_is_also_a_place_stays_the_person(linker):
    keys = resolved_keys(
        linker,
        "Amos Toronto met voters in Toronto . Toronto is big . Toronto said so .",
        [
            ("Amos Toronto", "PERSON"),
            ("Toronto", "LOCATION"),
            ("Toronto", "LOCATION"),
            ("Toronto", "PERSON"),
        ],
    )
    assert keys[3] == keys[0] != keys[1]


@pytest.mark.parametrize(
    "lang, text, longer, short",
    [
        (
            "nl",
            "Het Hooggerechtshof van Kenia sprak recht . Het Hof oordeelde anders .",
            "Hooggerechtshof",
            "Hof",
        ),
        ("nl", "De Havenraad vergaderde . De Raad besloot niets .", "Havenraad", "Raad"),
    ],
)
def test_linking_a_body_s_head_alone_stands_for_the_one_compound_on_it(
    linker, lang, text, longer, short
):
    ids = linked(linker, text, [(longer, "ORG"), (short, "LOCATION")], lang)
    assert ids[short] == ids[longer]


def test_linking_a_head_alone_is_no_name_that_only_ends_in_its_letters(linker):
    ids = linked(
        linker,
        "De Zandbank vergaderde . De Bank besloot niets .",
        [("Zandbank", "LOCATION"), ("Bank", "ORG")],
        "nl",
    )
    assert ids["Bank"] != ids["Zandbank"]  # a compound on a body's head joins only an ORG
    ids = linked(
        linker,
        "Kees Eubank sprak . De Bank zweeg .",
        [("Eubank", "ORG"), ("Bank", "ORG")],
        "nl",
    )
    assert ids["Bank"] != ids["Eubank"]  # three letters before the head at least


def test_linking_a_surname_with_particles_typed_otherwise_is_the_person(linker):
    ids = linked(
        linker,
        "Voters chose Rocky De La Fuente . Collins trailed De La Fuente for the nomination .",
        [("Rocky De La Fuente", "PERSON"), ("Collins", "PERSON"), ("De La Fuente", "ORG")],
    )
    assert ids["De La Fuente"] == ids["Rocky De La Fuente"]


def test_linking_a_surname_with_particles_of_two_people_stays_apart(linker):
    ids = linked(
        linker,
        "Ana De La Cruz met Luis De La Cruz . De La Cruz won .",
        [("Ana De La Cruz", "PERSON"), ("Luis De La Cruz", "PERSON"), ("De La Cruz", "ORG")],
    )
    assert ids["De La Cruz"] not in (ids["Ana De La Cruz"], ids["Luis De La Cruz"])


def test_linking_a_body_with_a_particle_and_another_surname_stays_a_body(linker):
    ids = linked(
        linker,
        "Rocky De La Fuente met staff of De La Rue .",
        [("Rocky De La Fuente", "PERSON"), ("De La Rue", "ORG")],
    )
    assert ids["De La Rue"] != ids["Rocky De La Fuente"]
    assert ids["De La Rue"].startswith("org:")


def test_linking_a_namesake_owning_a_unit_is_the_institution(linker):
    ids = linked(
        linker,
        "Amara Osei Hospital reopened . Amara Osei 's Intensive Care Unit closed .",
        [
            ("Amara Osei Hospital", "LOCATION"),
            ("Amara Osei", "PERSON"),
            ("Intensive Care Unit", "ORG"),
        ],
    )
    assert ids["Amara Osei"] == ids["Amara Osei Hospital"]


def test_linking_a_namesake_owning_no_unit_stays_the_person(linker):
    ids = linked(
        linker,
        "Amara Osei Hospital reopened . Amara Osei 's grandson Kofi Osei spoke .",
        [("Amara Osei Hospital", "LOCATION"), ("Amara Osei", "PERSON"), ("Kofi Osei", "PERSON")],
    )
    assert ids["Amara Osei"] != ids["Amara Osei Hospital"]


def test_linking_a_persons_initials_alone_are_the_person(linker):
    ids = linked(
        linker,
        "Wikinews asked Michael Siegel about it . MS said the data held .",
        [("Wikinews", "ORG"), ("Michael Siegel", "PERSON"), ("MS", "PERSON")],
    )
    assert ids["MS"] == ids["Michael Siegel"]


def test_linking_initials_of_two_people_stay_apart(linker):
    ids = linked(
        linker,
        "Michael Siegel met Mary Stone . MS said the data held .",
        [("Michael Siegel", "PERSON"), ("Mary Stone", "PERSON"), ("MS", "PERSON")],
    )
    assert ids["MS"] not in (ids["Michael Siegel"], ids["Mary Stone"])


def test_linking_initials_an_organisation_also_has_stay_apart(linker):
    ids = linked(
        linker,
        "Michael Siegel left Mercy Shelter . MS said the data held .",
        [("Michael Siegel", "PERSON"), ("Mercy Shelter", "ORG"), ("MS", "PERSON")],
    )
    assert ids["MS"] != ids["Michael Siegel"]


def test_linking_a_surname_after_a_place_preposition_is_the_prison_named_after_him(linker):
    ids = linked(
        linker,
        "Lind was held at Thomas J. Meyers Correctional Facility . He was moved to Meyers .",
        [
            ("Lind", "PERSON"),
            ("Thomas J. Meyers Correctional Facility", "LOCATION"),
            ("Meyers", "PERSON"),
        ],
    )
    assert ids["Meyers"] == ids["Thomas J. Meyers Correctional Facility"]


def test_linking_a_surname_as_subject_stays_apart_from_the_prison_named_after_him(linker):
    ids = linked(
        linker,
        "Lind was held at Thomas J. Meyers Correctional Facility . Meyers said no .",
        [
            ("Lind", "PERSON"),
            ("Thomas J. Meyers Correctional Facility", "LOCATION"),
            ("Meyers", "PERSON"),
        ],
    )
    assert ids["Meyers"] != ids["Thomas J. Meyers Correctional Facility"]


def test_linking_a_surname_of_a_person_named_in_full_stays_the_person(linker):
    ids = linked(
        linker,
        "Anna Meyers visited Thomas J. Meyers Correctional Facility . Lind wrote to Meyers .",
        [
            ("Anna Meyers", "PERSON"),
            ("Thomas J. Meyers Correctional Facility", "LOCATION"),
            ("Lind", "PERSON"),
            ("Meyers", "PERSON"),
        ],
    )
    assert ids["Meyers"] == ids["Anna Meyers"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Lind is held at Thomas J. Meyers Correctional Facility.",
            "en",
            "Thomas J. Meyers Correctional Facility",
        ),
        ("Lind was moved to Harlan State Prison on Monday.", "en", "Harlan State Prison"),
    ],
)
def test_linking_a_prison_named_after_a_person_is_a_place(text, lang, name):
    assert (name, "LOCATION") in names_of(text, lang)
