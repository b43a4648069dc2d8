"""Whose an event is, by the words on its noun (evfind4, issue 17 item 1): a possessive pronoun
names a participant ("his resignation", "zijn aftreden"), in a phrase before its clause's subject
that subject ("After his arrest, Smith appeared"); and a Dutch infinitive with its own article or
possessive is a noun ("zijn aftreden"), so an event noun of the lexicon."""

from __future__ import annotations

import pytest

from tests.extract.test_events import described, events_of, parsed

POSS = "Person=3|Poss=Yes|PronType=Prs"


def test_event_owners_a_possessed_infinitive_is_an_event_noun_with_its_owner_nl(nl_events):
    doc = parsed(
        f"""
Smit 1 nsubj PROPN
kondigde 1 ROOT VERB aankondigen
zijn 3 nmod:poss PRON zijn {POSS}
aftreden 1 obj VERB aftreden VerbForm=Inf
aan 1 compound:prt ADP
. 1 punct PUNCT
""",
        {0: ("PERSON", "smit")},
    )
    [(kind, _, parts, _)] = described(nl_events.find(doc))
    assert kind == "other" and parts == [("smit", "source")]


def test_event_owners_a_possessed_death_is_an_event_with_its_owner_nl(nl_events):
    # "De regering maakte zijn dood bekend": "his death" (events.nl.tsv dood, as death in English)
    doc = parsed(
        f"""
Smit 1 nsubj PROPN
maakte 1 ROOT VERB maken
zijn 3 nmod:poss PRON zijn {POSS}
dood 1 obj NOUN dood
bekend 1 compound:prt ADJ
. 1 punct PUNCT
""",
        {0: ("PERSON", "smit")},
    )
    [(kind, _, _, _)] = described(nl_events.find(doc))
    assert kind == "other"


@pytest.mark.parametrize("morph", [POSS, "Case=Acc|Person=3|PronType=Prs"], ids=["poss", "acc"])
def test_event_owners_a_possessive_is_read_by_its_label_not_its_morphology_nl(nl_events, morph):
    # "Jansen sprak. Na haar arrestatie verscheen Smit.": the Dutch model now and then leaves
    # Poss=Yes off "haar" (Case=Acc); its label says it is a possessive all the same
    doc = parsed(
        f"""
Jansen 1 nsubj PROPN
sprak 1 ROOT VERB spreken
. 1 punct PUNCT
Na 5 case ADP na
haar 5 nmod:poss PRON haar {morph}
arrestatie 6 obl NOUN arrestatie
verscheen 6 ROOT VERB verschijnen
Smit 6 nsubj PROPN
. 6 punct PUNCT
""",
        {0: ("PERSON", "jansen"), 7: ("PERSON", "smit")},
    )
    found = described(nl_events.find(doc))
    assert [parts for kind, _, parts, _ in found if kind == "arrest"] == [[("smit", "source")]]


def test_event_owners_an_infinitive_without_article_stays_a_verb_nl(nl_events):
    # "Smit wil aftreden": a clause, not the noun; no event of the noun's lexicon entry
    doc = parsed(
        """
Smit 2 nsubj PROPN
wil 2 aux AUX willen
aftreden 2 ROOT VERB aftreden VerbForm=Inf
. 2 punct PUNCT
""",
        {0: ("PERSON", "smit")},
    )
    assert described(nl_events.find(doc)) == []


def test_event_owners_a_fronted_possessive_is_the_subject_after_it(en_events):
    # "Jones spoke. After his arrest, Smith appeared.": his is Smith, not the Jones named before
    doc = parsed(
        f"""
Jones 1 nsubj PROPN
spoke 1 ROOT VERB speak
. 1 punct PUNCT
After 9 prep ADP after
his 5 poss PRON his {POSS}
arrest 3 pobj NOUN arrest
, 9 punct PUNCT
Smith 9 nsubj PROPN
appeared 9 ROOT VERB appear
. 9 punct PUNCT
""",
        {0: ("PERSON", "jones"), 7: ("PERSON", "smith")},
    )
    found = described(en_events.find(doc))
    arrests = [parts for kind, _, parts, _ in found if kind == "arrest"]
    assert arrests == [[("smith", "source")]], found


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Governor Mark Olsen announced his resignation on Tuesday."),
        ("nl", "Gouverneur Mark Olsen heeft dinsdag zijn aftreden aangekondigd."),
    ],
)
def test_event_owners_sentence_his_resignation_is_his(lang, text):
    found = events_of(text, lang)
    assert [parts for _, _, parts in found] == [[("Mark Olsen", "source")]], found


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Anna Visser spoke to reporters on Monday. After his arrest in March, "
            "Tomas Berg appeared before a judge.",
        ),
        (
            "nl",
            "Anna Visser sprak maandag met journalisten. Na zijn arrestatie in maart "
            "verscheen Tomas Berg voor de rechter.",
        ),
    ],
)
def test_event_owners_sentence_a_fronted_arrest_is_the_subjects(lang, text):
    found = events_of(text, lang)
    arrests = [parts for _, _, parts in found if ("Tomas Berg", "source") in parts]
    assert arrests and all(("Anna Visser", "source") not in p for p in arrests), found


def sold_after_arrest(noun: str, gender: str) -> str:
    """'Smit verkocht <de|het> <noun> na zijn arrestatie .', hand-parsed."""
    article = "het" if gender == "Neut" else "de"
    return f"""
Smit 1 nsubj PROPN
verkocht 1 ROOT VERB verkopen
{article} 3 det DET
{noun} 1 obj NOUN {noun} Gender={gender}|Number=Sing
na 6 case ADP
zijn 6 nmod:poss PRON zijn {POSS}
arrestatie 1 obl NOUN arrestatie
. 1 punct PUNCT
"""


def test_event_owners_zijn_after_a_common_noun_is_the_man_nl(nl_events):
    doc = parsed(sold_after_arrest("auto", "Com"), {0: ("PERSON", "smit")})
    arrests = [parts for kind, _, parts, _ in described(nl_events.find(doc)) if kind == "arrest"]
    assert arrests == [[("smit", "source")]]


def test_event_owners_zijn_after_a_neuter_noun_is_nobody_nl(nl_events):
    # "het bedrijf ... zijn arrestatie": "zijn" may be the company's as well; no owner is given
    doc = parsed(sold_after_arrest("bedrijf", "Neut"), {0: ("PERSON", "smit")})
    found = described(nl_events.find(doc))
    assert all(("smit", "source") not in parts for kind, _, parts, _ in found if kind == "arrest")
