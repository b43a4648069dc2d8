"""One event told by two event nouns of one family in one clause ("drone strikes in a pre-dawn
raid", "beschietingen bij een aanval"): one EVENT node whose participants are all sides of it,
while an event of another family, another place or a "second" one stays apart."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

import extract.pipeline  # noqa: F401  (registers the Doc extensions the finder reads)
from extract.api import extract
from extract.documents import Document
from tests.extract.extraction_helpers import parse


def parsed(rows: str, names: dict[int, tuple[str, str]]) -> Doc:
    doc = parse(rows)
    doc.ents = [
        Span(doc, i, i + 1, label=label, kb_id=eid) for i, (label, eid) in sorted(names.items())
    ]
    doc._.inner_mentions, doc._.inner_mention_ids = [], []
    return doc


def triggers(doc: Doc, events: list) -> list[list[str]]:
    return [[doc[i].text for i in sorted(e.mentions)] for e in events]


def test_an_event_noun_in_the_place_phrase_of_another_of_its_family_is_its_event(en_events):
    # "Rebels suffered shellings in a night raid": shellings and raid are one attack
    doc = parsed(
        """
Rebels 1 nsubj NOUN rebel
suffered 1 ROOT VERB suffer
shellings 1 dobj NOUN shelling
in 2 prep ADP
a 6 det DET
night 6 compound NOUN
raid 3 pobj NOUN
. 1 punct PUNCT
""",
        {},
    )
    assert triggers(doc, en_events.find(doc, passing=True)) == [["shellings", "raid"]]


def test_a_second_raid_in_the_clause_of_shellings_stays_another_event(en_events):
    doc = parsed(
        """
Norland 1 nsubj PROPN
suffered 1 ROOT VERB suffer
shellings 1 dobj NOUN shelling
in 1 prep ADP
a 6 det DET
second 6 amod ADJ second NumType=Ord
raid 3 pobj NOUN
. 1 punct PUNCT
""",
        {0: ("COUNTRY", "norland")},
    )
    assert triggers(doc, en_events.find(doc, passing=True)) == [["shellings"], ["raid"]]


def test_an_event_of_another_family_in_the_clause_stays_apart(nl_events):
    # "Norland leed beschietingen tijdens de oorlog": the war is no attack of the shelling's
    doc = parsed(
        """
Norland 1 nsubj PROPN
leed 1 ROOT VERB lijden
beschietingen 1 obj NOUN beschieting
tijdens 5 case ADP
de 5 det DET
oorlog 2 nmod NOUN
. 1 punct PUNCT
""",
        {0: ("COUNTRY", "norland")},
    )
    assert triggers(doc, nl_events.find(doc, passing=True)) == [["beschietingen"], ["oorlog"]]


def test_dutch_shelling_at_an_attack_is_one_event(nl_events):
    # "Norland leed beschietingen bij een aanval"
    doc = parsed(
        """
Norland 1 nsubj PROPN
leed 1 ROOT VERB lijden
beschietingen 1 obj NOUN beschieting
bij 5 case ADP
een 5 det DET
aanval 2 nmod NOUN
. 1 punct PUNCT
""",
        {0: ("COUNTRY", "norland")},
    )
    assert triggers(doc, nl_events.find(doc, passing=True)) == [["beschietingen", "aanval"]]


def test_an_event_noun_on_the_clause_of_another_joins_it(en_events):
    # "Norland was hit by shellings in a raid": the phrase hangs on the verb, not on the noun
    doc = parsed(
        """
Norland 2 nsubjpass PROPN
was 2 auxpass AUX be
hit 2 ROOT VERB hit
by 2 agent ADP
shellings 3 pobj NOUN shelling
in 2 prep ADP
a 7 det DET
raid 5 pobj NOUN
. 2 punct PUNCT
""",
        {0: ("COUNTRY", "norland")},
    )
    assert triggers(doc, en_events.find(doc, passing=True)) == [["shellings", "raid"]]


# --- end to end, both languages ---------------------------------------------------------------


def assaults(text: str, lang: str) -> set[tuple[str, str]]:
    result = extract(
        [Document(id="t", title="t", text=text, source="test", date="2025-12-03", language=lang)]
    )
    assert result.errors == []
    records = result.records
    label = {e["id"]: e["label"] for e in records["entities"]}
    return {
        (label[r["source"]], label[r["target"]])
        for r in records["relations"]
        if r["type"] == "ASSAULT"
    }


def event_count(text: str, lang: str) -> int:
    result = extract(
        [Document(id="t", title="t", text=text, source="test", date="2025-12-03", language=lang)]
    )
    return sum(1 for e in result.records["entities"] if e["type"] == "EVENT")


def test_end_to_end_strikes_in_a_raid_make_one_attack_with_both_sides():
    text = (
        "On Monday, depots run by Vattenfall were hit by drone strikes in a night raid. "
        "The Houthi movement claimed responsibility for the attacks."
    )
    assert any(
        "Houthi" in source and target == "Vattenfall" for source, target in assaults(text, "en")
    )


def event_words(text: str, lang: str) -> list[set[str]]:
    """The words that tell each EVENT entity of ``text``."""
    result = extract(
        [Document(id="t", title="t", text=text, source="test", date="2025-12-03", language=lang)]
    )
    records = result.records
    return [
        {m["text"] for m in records["mentions"] if m["entity"] == e["id"]}
        for e in records["entities"]
        if e["type"] == "EVENT"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        (
            "en",
            "On Monday, Russia carried out drone strikes on Kyiv in a night raid. Ukraine "
            "condemned the raid.",
            {"strikes", "raid"},
        ),
        (
            "nl",
            "Maandag voerde Rusland droneaanvallen uit op Kiev bij een nachtelijke aanval. "
            "Oekraïne veroordeelde de aanval van Rusland op Kiev.",
            {"droneaanvallen", "aanval"},
        ),
    ],
)
def test_end_to_end_both_words_tell_one_event(lang, text, words):
    assert [w for w in event_words(text, lang) if w & words] == [words]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Monday, Norway was hit by drone strikes during the war with Sweden."),
        (
            "nl",
            "Maandag werd Noorwegen getroffen door droneaanvallen tijdens de oorlog met Zweden.",
        ),
    ],
)
def test_end_to_end_an_attack_during_a_war_stays_two_events(lang, text):
    assert event_count(text, lang) == 2
