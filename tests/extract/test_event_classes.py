"""A definite general noun names an event told before by another word of its class ("this legal
action" after "a lawsuit", "the incident" after a stabbing): one EVENT node, with that event's
date, not a new one (``eventclasses.<lang>.tsv``, extract/grammar/event_classes.py)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

import extract.pipeline  # noqa: F401  (registers the Doc extensions the finder reads)
from extract.api import extract
from extract.components.events import EventFinder
from extract.documents import Document
from extract.grammar.event_classes import load_event_classes
from tests.extract.extraction_helpers import parse


def parsed(rows: str, names: dict[int, tuple[str, str]]) -> Doc:
    """A hand-built parse whose ``names`` map a token to (label, entity id)."""
    doc = parse(rows)
    doc.ents = [
        Span(doc, i, i + 1, label=label, kb_id=eid) for i, (label, eid) in sorted(names.items())
    ]
    doc._.inner_mentions, doc._.inner_mention_ids = [], []
    return doc


def mentioned(doc: Doc, finder: EventFinder) -> list[tuple[str, list[str]]]:
    """(kind, the words of its mentions) of each event the finder keeps, passing ones too."""
    return [(e.kind, [doc[i].text for i in e.mentions]) for e in finder.find(doc, passing=True)]


OHIO, MAINE = ("GPE", "ohio"), ("GPE", "maine")

EN_LEGAL_ACTION = """
Ohio 1 nsubj PROPN
filed 1 ROOT VERB file
a 3 det DET
lawsuit 1 dobj NOUN lawsuit
. 1 punct PUNCT
Maine 6 nsubj PROPN
backed 6 ROOT VERB back
{det} 9 det DET
legal 9 amod ADJ
action 6 dobj NOUN action
. 6 punct PUNCT
"""


def test_this_legal_action_after_a_lawsuit_is_that_lawsuit(en_events):
    doc = parsed(EN_LEGAL_ACTION.format(det="this"), {0: OHIO, 5: MAINE})
    assert mentioned(doc, en_events) == [("accusation", ["lawsuit", "action"])]


def test_a_legal_action_after_a_lawsuit_is_another_one(en_events):
    doc = parsed(EN_LEGAL_ACTION.format(det="a"), {0: OHIO, 5: MAINE})
    assert mentioned(doc, en_events) == [
        ("accusation", ["lawsuit"]),
        ("accusation", ["action"]),
    ]


EN_CASE = """
Ohio 1 nsubj PROPN
won 1 ROOT VERB win
the 3 det DET
case 1 dobj NOUN case
. 1 punct PUNCT
"""


def test_the_case_names_no_event_when_no_suit_was_told(en_events):
    doc = parsed(EN_CASE, {0: OHIO})
    assert mentioned(doc, en_events) == []


def test_the_case_after_a_lawsuit_is_that_lawsuit(en_events):
    rows = EN_LEGAL_ACTION.format(det="a").strip().splitlines()[:5]
    case = [
        f"{word} {int(head) + 5} {dep} {rest}"
        for word, head, dep, rest in (line.split(" ", 3) for line in EN_CASE.strip().splitlines())
    ]
    doc = parsed("\n".join(rows + case), {0: OHIO, 5: OHIO})
    assert mentioned(doc, en_events) == [("accusation", ["lawsuit", "case"])]


EN_INCIDENT = """
Smith 1 nsubj PROPN
opened 1 ROOT VERB open
the 3 det DET
ceremony 1 dobj NOUN ceremony
. 1 punct PUNCT
A 6 det DET
man 7 nsubj NOUN man
stabbed 7 ROOT VERB stab
Jones 7 dobj PROPN
. 7 punct PUNCT
Officers 11 nsubj NOUN officer
reached 11 ROOT VERB reach
the 13 det DET
incident 11 dobj NOUN incident
. 11 punct PUNCT
"""


def test_the_incident_is_the_stabbing_told_before_not_another_happening(en_events):
    """ "the incident" is of kind other, like the ceremony, but names the stabbing again."""
    doc = parsed(EN_INCIDENT, {0: ("PERSON", "smith"), 8: ("PERSON", "jones")})
    assert mentioned(doc, en_events) == [
        ("other", ["ceremony"]),
        ("attack", ["stabbed", "incident"]),
    ]


EN_SAME_WORD = """
Smith 1 nsubj PROPN
saw 1 ROOT VERB see
an 3 det DET
accident 1 dobj NOUN accident
. 1 punct PUNCT
Jones 6 nsubj PROPN
saw 6 ROOT VERB see
a 8 det DET
fire 6 dobj NOUN fire
. 6 punct PUNCT
Crews 11 nsubj NOUN crew
fought 11 ROOT VERB fight
the 13 det DET
fire 11 dobj NOUN fire
. 11 punct PUNCT
Police 16 nsubj NOUN police
examined 16 ROOT VERB examine
the 18 det DET
accident 16 dobj NOUN accident
. 16 punct PUNCT
"""


def test_the_accident_is_the_accident_told_before_not_the_fire_told_more_often(en_events):
    doc = parsed(EN_SAME_WORD, {0: ("PERSON", "smith"), 5: ("PERSON", "jones")})
    assert mentioned(doc, en_events) == [
        ("crash", ["accident", "accident"]),
        ("fire", ["fire", "fire"]),
    ]


NL_DIT_INCIDENT = """
Een 1 det DET
man 2 nsubj NOUN man
pleegde 2 ROOT VERB plegen
een 4 det DET
aanslag 2 obj NOUN aanslag
. 2 punct PUNCT
Agenten 7 nsubj NOUN agent
onderzochten 7 ROOT VERB onderzoeken
{det} 9 det DET
incident 7 obj NOUN incident
. 7 punct PUNCT
"""


@pytest.mark.parametrize("det", ["dit", "het"])
def test_dit_incident_after_an_aanslag_is_that_aanslag(nl_events, det):
    doc = parsed(NL_DIT_INCIDENT.format(det=det), {})
    assert mentioned(doc, nl_events) == [("attack", ["aanslag", "incident"])]


NL_ZAAK = """
Ohio 1 nsubj PROPN
spande 1 ROOT VERB aanspannen
een 3 det DET
rechtszaak 1 obj NOUN rechtszaak
aan 1 compound:prt ADP
. 1 punct PUNCT
Maine 7 nsubj PROPN
won 7 ROOT VERB winnen
{det} 9 det DET
zaak 7 obj NOUN zaak
. 7 punct PUNCT
"""


@pytest.mark.parametrize("det, joined", [("deze", True), ("de", True), ("een", False)])
def test_de_zaak_after_a_rechtszaak_is_that_rechtszaak(nl_events, det, joined):
    doc = parsed(NL_ZAAK.format(det=det), {0: OHIO, 6: MAINE})
    words = ["rechtszaak", "zaak"] if joined else ["rechtszaak"]
    assert [w for _, w in mentioned(doc, nl_events)] == [words]


def test_a_dutch_class_word_stands_for_the_closed_compounds_it_heads_when_long_enough():
    classes = load_event_classes("nl", compounds=True)
    assert classes.of(["bomaanslag"]).name == "mishap"
    assert classes.of(["vliegtuigongeluk"]).name == "mishap"
    assert classes.of(["oorzaak"]) is None  # "zaak" is too short to head a compound
    assert load_event_classes("en").of(["bombing"]).name == "mishap"
    assert load_event_classes("en").of(["airbombing"]) is None  # open compounds only


def test_a_compound_asked_again_keeps_its_class_and_a_non_compound_stays_none(monkeypatch):
    """The compound heads are remembered per form: asked again, and after the memory is full and
    starts over, every form still gets the class its own head gives."""
    from types import MappingProxyType

    from extract.grammar import event_classes
    from extract.grammar.event_classes import EventClass, EventClasses

    classes = EventClasses(
        MappingProxyType(
            {"aanslag": EventClass("mishap", False), "rechtszaak": EventClass("legal", False)}
        ),
        compounds=True,
    )
    monkeypatch.setattr(event_classes, "_HEADS_KEPT", 2)
    asked = ["bomaanslag", "oorzaak", "bomaanslag", "kortgedingrechtszaak", "oorzaak"] * 2
    answers = [found.name if (found := classes.of([form])) else None for form in asked]
    assert answers == ["mishap", None, "mishap", "legal", None] * 2
    # a form that is a classed word itself is the word's class, never a remembered head's
    assert classes.of(["aanslag"]).name == "mishap"


def test_a_language_without_event_classes_has_none(tmp_path):
    assert load_event_classes("en", data_dir=tmp_path).of(["lawsuit"]) is None


def events_of(text: str, lang: str) -> list[tuple[str, str | None, int]]:
    """(label, date, number of mentions) of each EVENT entity of ``text``, dated 2025-12-03 (a
    Wednesday)."""
    result = extract(
        [Document(id="t", title="t", text=text, source="test", date="2025-12-03", language=lang)]
    )
    assert result.errors == []
    return [
        (e["label"], e["event"]["date"], e["mentions"])
        for e in result.records["entities"]
        if e["type"] == "EVENT"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "On Monday, Ohio and Iowa filed a lawsuit against Acme Corporation. Governor Mike "
            "DeWine said the states would win the case. Maine joined this legal action as well.",
        ),
        (
            "nl",
            "Maandag spanden Ohio en Iowa een rechtszaak aan tegen het bedrijf Acme. Gouverneur "
            "Mike DeWine zei dat de staten de zaak zouden winnen. Ook Maine sloot zich aan bij "
            "deze juridische procedure.",
        ),
    ],
)
def test_end_to_end_the_case_and_this_legal_action_are_the_lawsuit_of_monday(lang, text):
    [(_, date, mentions)] = events_of(text, lang)
    assert (date, mentions) == ("2025-12-01", 3)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "On Sunday, a man stabbed two people in Leeds. A spokesperson for the police said "
            "officers responded to the incident within minutes.",
        ),
        (
            "nl",
            "Zondag stak een man in Leeds twee mensen neer bij een steekpartij. Een woordvoerder "
            "van de politie zei dat agenten binnen enkele minuten bij het incident waren.",
        ),
    ],
)
def test_end_to_end_the_incident_is_the_stabbing_of_sunday(lang, text):
    [(_, date, mentions)] = events_of(text, lang)
    assert (date, mentions) == ("2025-11-30", 2)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Paul Jansen, the mayor of Zwolle, was stabbed on Sunday. Minister Bram de Vries "
            "called the incident a cowardly act.",
        ),
        (
            "nl",
            "De burgemeester van Zwolle, Paul Jansen, is zondag neergestoken. Minister Bram de "
            "Vries noemde het incident een laffe daad.",
        ),
    ],
)
def test_end_to_end_the_incident_after_a_stabbing_verb_is_that_stabbing(lang, text):
    """The verb told the stabbing ("stabbed", "neergestoken": an event verb in both languages),
    the incident names it again and takes its day."""
    [(_, date, mentions)] = events_of(text, lang)
    assert (date, mentions) == ("2025-11-30", 2)
