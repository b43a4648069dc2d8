"""Issue 18 (nlprec2): an act on another act is not an act on that act's arguments.

- A headline's bare genitive ("stemt in met schorsing Brits parlement") is the phrase noun's, not
  the verb's object: agreeing to a suspension does nothing to parliament.
- A phrase the parser hung on the verb right after an act noun object belongs to that noun
  ("veroordeelde de aanval van Rusland op Oekraïne" accuses no Ukraine).
- Condemning an arrest accuses the one who arrests, never the one arrested.
- Suspending or proroguing a parliament is COERCE (PLOVER 'restrict'), not SANCTION.

Checked on parses built by hand and end to end on sentences of our own, in both languages.
"""

from __future__ import annotations

import pytest

from extract.components.relations.verbs import _bare_genitive, _of_the_object
from extract.grammar.patterns import Candidate
from extract.grammar.syntax import UD
from tests.extract.extraction_helpers import parse, typed

HEADLINE = """
Koningin 2 nsubj NOUN koningin
Bea 0 appos PROPN Bea
stemt 2 ROOT VERB instemmen
in 2 compound:prt ADP in
met 5 case ADP met
schorsing 2 obl NOUN schorsing
Pools 7 amod ADJ Pools
parlement 2 obj NOUN parlement
"""

SENTENCE = """
Koningin 2 nsubj NOUN koningin
Bea 0 appos PROPN Bea
stemt 2 ROOT VERB instemmen
in 2 compound:prt ADP in
met 6 case ADP met
de 6 det DET de
schorsing 2 obl NOUN schorsing
het 9 det DET het
Poolse 9 amod ADJ Pools
parlement 2 obj NOUN parlement
"""


def test_a_headlines_bare_genitive_is_no_object() -> None:
    doc = parse(HEADLINE)
    cand = Candidate("subject_verb_object", doc[0], doc[7], doc[2])
    assert _bare_genitive(cand, UD)


def test_an_object_with_its_article_stays_the_object() -> None:
    doc = parse(SENTENCE)
    cand = Candidate("subject_verb_object", doc[0], doc[9], doc[2])
    assert not _bare_genitive(cand, UD)


CONDEMNED = """
Merkel 1 nsubj PROPN Merkel
veroordeelde 1 ROOT VERB veroordelen
de 3 det DET de
aanval 1 obj NOUN aanval
van 5 case ADP van
Rusland 3 nmod PROPN Rusland
op 7 case ADP op
Oekraïne 1 obl PROPN Oekraïne
"""


def test_a_phrase_after_an_act_object_is_the_acts() -> None:
    doc = parse(CONDEMNED)
    cand = Candidate("subject_verb_oblique", doc[0], doc[7], doc[1])
    assert _of_the_object(cand, None, UD, lambda t: t.lemma_ == "aanval")
    # the noun that types the verb's phrase keeps its target ("legde sancties op aan Rusland")
    assert not _of_the_object(cand, doc[3], UD, lambda t: t.lemma_ == "aanval")
    # an object that names no act leaves the phrase to the verb
    assert not _of_the_object(cand, None, UD, lambda t: False)


def test_agreeing_to_a_suspension_in_a_headline_does_nothing_to_parliament() -> None:
    found = typed("Koningin Elizabeth stemt in met schorsing Brits parlement", "nl")
    assert not [k for k in found if k[2] == "Parliament of the United Kingdom"], sorted(found)


def test_condemning_an_attack_accuses_no_one_it_was_aimed_at() -> None:
    found = typed("Merkel veroordeelde de aanval van Rusland op Oekraïne.", "nl")
    assert ("Angela Merkel", "ACCUSE", "Russia") in found, sorted(found)
    assert ("Angela Merkel", "ACCUSE", "Ukraine") not in found, sorted(found)


def test_condemning_an_arrest_accuses_not_the_arrested() -> None:
    for text, lang in (
        ("Germany condemned the arrest of Alexei Navalny.", "en"),
        ("Duitsland veroordeelde de arrestatie van Aleksej Navalny.", "nl"),
    ):
        found = typed(text, lang)
        assert ("Germany", "ACCUSE", "Alexei Navalny") not in found, (lang, sorted(found))


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Sweden condemned the poisoning of Ivan Petrov."),
        ("en", "Sweden condemned the killing of Ivan Petrov."),
        ("nl", "Zweden veroordeelde de vergiftiging van Ivan Petrov."),
        ("nl", "Zweden veroordeelde de moord op Ivan Petrov."),
    ],
)
def test_condemning_an_attack_on_a_person_accuses_not_the_victim(lang, text) -> None:
    found = typed(text, lang)
    assert ("Sweden", "ACCUSE", "Ivan Petrov") not in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Sweden condemned the poisoning of Ivan Petrov by Belarus."),
        ("nl", "Zweden veroordeelde de vergiftiging van Ivan Petrov door Wit-Rusland."),
    ],
)
def test_condemning_an_attack_accuses_its_named_maker_not_the_victim(lang, text) -> None:
    found = typed(text, lang)
    assert ("Sweden", "ACCUSE", "Belarus") in found, sorted(found)
    assert ("Sweden", "ACCUSE", "Ivan Petrov") not in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Sweden condemned the bombing of Syria.",
        "Sweden condemned the shelling of Ukraine on Monday.",
    ],
)
def test_condemning_the_bombing_of_a_state_accuses_not_the_state(text) -> None:
    """After a noun of force, the "of" phrase names whom it befell, a state as well as a person:
    it is the attack's target, neither accused nor a side making it."""
    found = typed(text, "en", participants=True)
    accused = [k for k in found if k[0] == "Sweden" and k[1] == "ACCUSE" and k[2] != "attack"]
    assert accused == [], sorted(found)
    victim = "Syria" if "Syria" in text else "Ukraine"
    roles = [r.get("role") for k, r in found.items() if k[:2] == (victim, "PARTICIPANT")]
    assert roles == ["target"], sorted(found)


@pytest.mark.parametrize(
    "text, maker",
    [
        ("Sweden condemned the bombing of Syria by Belarus.", "Belarus"),
        ("Sweden condemned Belarus's bombing of Syria.", "Belarus"),
    ],
)
def test_condemning_a_bombing_accuses_its_named_maker(text, maker) -> None:
    found = typed(text, "en")
    assert ("Sweden", "ACCUSE", maker) in found, sorted(found)
    assert ("Sweden", "ACCUSE", "Syria") not in found, sorted(found)
    assert (maker, "ASSAULT", "Syria") in found, sorted(found)


def test_condemning_a_state_s_attack_still_accuses_the_state() -> None:
    found = typed("Zweden veroordeelde de aanval van Wit-Rusland.", "nl")
    assert ("Sweden", "ACCUSE", "Belarus") in found, sorted(found)


BEHEST_EN = "at the request of British Prime Minister Boris Johnson"
BEHEST_NL = "op verzoek van de Britse premier Boris Johnson"


def test_suspending_parliament_is_coercion() -> None:
    for text, lang in (
        (f"LONDON - The British Queen Elizabeth II suspended parliament {BEHEST_EN}.", "en"),
        ("Queen Elizabeth II prorogued the British Parliament on Tuesday.", "en"),
        (
            f"LONDEN - De Britse koningin Elizabeth II heeft het parlement geschorst {BEHEST_NL}.",
            "nl",
        ),
    ):
        found = typed(text, lang)
        ends = [k for k in found if k[2] == "Parliament of the United Kingdom"]
        assert ends == [("Elizabeth Ii", "COERCE", "Parliament of the United Kingdom")], (
            lang,
            sorted(found),
        )


@pytest.mark.parametrize(
    "text, owner, event",
    [
        (
            "Russia demanded the withdrawal of the United States by May.",
            "United States",
            "withdrawal",
        ),
        ("The visit of Macron by train to Kyiv was announced.", "Emmanuel Macron", "visit"),
    ],
)
def test_a_by_phrase_naming_no_actor_leaves_the_owner_the_maker(text, owner, event) -> None:
    """A "by" phrase names a maker only when it names someone who acts: "by May", "by train" do
    not, and the "of" phrase still names who makes the act."""
    found = typed(text, "en", participants=True)
    assert found.get((owner, "PARTICIPANT", event), {}).get("role") == "source", sorted(found)
    assert ("Russia", "RETREAT", "United States") not in found, sorted(found)


@pytest.mark.parametrize(
    "lang, text, maker",
    [
        ("en", "Sweden condemned Putin's attack.", "Vladimir Putin"),
        ("nl", "Zweden veroordeelde de aanval van Poetin.", "Vladimir Putin"),
        ("en", "Sweden condemned the offensive of the Taliban.", "Taliban"),
        ("en", "Sweden condemned the counteroffensive of Ukraine.", "Ukraine"),
        ("en", "Sweden condemned the military intervention of France.", "France"),
    ],
)
def test_condemning_an_attack_accuses_its_owner_who_made_it(lang, text, maker) -> None:
    """Only a noun of force whose owner is its victim (victimnouns.<lang>.txt: poisoning,
    bombing, moord) reads its owner as whom it befell; an attack's or offensive's owner made it."""
    found = typed(text, lang, participants=True)
    assert ("Sweden", "ACCUSE", maker) in found, sorted(found)
    roles = [r.get("role") for k, r in found.items() if k[:2] == (maker, "PARTICIPANT")]
    assert roles == ["source"], sorted(found)


def test_praising_an_attack_on_a_state_supports_its_maker() -> None:
    found = typed("Iran praised the attack of Hamas on Israel.", "en", participants=True)
    assert ("Iran", "SUPPORT", "Hamas") in found, sorted(found)
    assert ("Hamas", "ASSAULT", "Israel") in found, sorted(found)
    roles = [r.get("role") for k, r in found.items() if k[:2] == ("Hamas", "PARTICIPANT")]
    assert roles == ["source"], sorted(found)
