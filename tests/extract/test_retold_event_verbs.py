"""A verb that retells the act of an event named in an earlier sentence, by a word of the event
noun's stem ("a vote ... voted", "een stemming ... stemde"), makes its subject a participant of
that event when the text has opened one such event only; with two open, of neither. The subject
of a verb of a change of state with no object ("the shutdown ... the museum has shut") is the
thing changed, and takes no part."""

from __future__ import annotations

import pytest

from tests.extract.test_events import events_of


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The Senate held a vote on the budget on Tuesday. "
            "Senator Ann Walker voted against the plan.",
        ),
        (
            "nl",
            "De Tweede Kamer hield dinsdag een stemming over de begroting. "
            "Kamerlid Ann Walker stemde tegen het plan.",
        ),
    ],
)
def test_a_verb_of_the_event_nouns_stem_adds_its_subject(lang: str, text: str) -> None:
    ((_, _, parts),) = events_of(text, lang)
    assert ("Ann Walker", "source") in parts


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Parliament held a vote in Paris on Monday and a vote in Berlin on Tuesday. "
            "Senator Ann Walker voted against the plan.",
        ),
        (
            "nl",
            "De Tweede Kamer hield maandag een stemming in Parijs en dinsdag een stemming in "
            "Berlijn. Kamerlid Ann Walker stemde tegen het plan.",
        ),
    ],
)
def test_two_events_of_the_stem_open_add_no_one(lang: str, text: str) -> None:
    events = events_of(text, lang)
    assert len(events) == 2
    assert all(label != "Ann Walker" for _, _, parts in events for label, _ in parts)


def test_the_subject_of_a_change_with_no_object_takes_no_part() -> None:
    text = (
        "The government began a shutdown of public services on Monday. The shutdown has angered "
        "workers. The Riverside Museum and the Acme Corporation have shut."
    )
    ((_, _, parts),) = events_of(text, "en")
    assert not {label for label, _ in parts} & {"Riverside Museum", "Acme Corporation"}


def test_the_same_verb_with_an_object_is_an_act() -> None:
    text = (
        "The government began a shutdown of public services on Monday. The shutdown has angered "
        "workers. Governor Ann Walker shut the Riverside Museum."
    )
    ((_, _, parts),) = events_of(text, "en")
    assert ("Ann Walker", "source") in parts


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The Senate held a vote on the budget on Tuesday. "
            "On Friday, Senator Ann Walker voted against the plan.",
        ),
        (
            "nl",
            "De Tweede Kamer hield dinsdag een stemming over de begroting. "
            "Vrijdag stemde Kamerlid Ann Walker tegen het plan.",
        ),
    ],
)
def test_a_verb_at_another_time_tells_another_act(lang: str, text: str) -> None:
    assert all(label != "Ann Walker" for _, _, parts in events_of(text, lang) for label, _ in parts)


def test_a_verb_whose_sentence_names_another_event_tells_that_one() -> None:
    text = (
        "The Senate held a vote on the budget on Tuesday. "
        "At a protest outside, Senator Ann Walker voted against the plan."
    )
    events = events_of(text, "en")
    vote = [parts for label, _, parts in events if label.startswith("election")]
    assert vote and all(label != "Ann Walker" for label, _ in vote[0])


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The Senate held a vote on the budget on Tuesday. "
            "Senator Ann Walker voted against the plan before the summit, which opens in May.",
        ),
        (
            "nl",
            "De Tweede Kamer hield dinsdag een stemming over de begroting. "
            "Kamerlid Ann Walker stemde tegen het plan voor de top, die in mei begint.",
        ),
    ],
)
def test_a_verb_whose_sentence_names_another_event_after_it_tells_that_one(
    lang: str, text: str
) -> None:
    # the summit named after the verb guards as the protest named before it does (tidy7)
    events = events_of(text, lang)
    assert all(label != "Ann Walker" for _, _, parts in events for label, _ in parts)


def test_a_verb_sharing_only_a_short_start_with_the_noun_retells_nothing() -> None:
    # "came" and "complaint" share "com", less than half the noun: no word of its stem
    text = (
        "Mara Lind filed a complaint against the Acme Corporation on Monday. "
        "On Monday, Tom Berg came to the office."
    )
    events = events_of(text, "en")
    assert events
    assert all(label != "Tom Berg" for _, _, parts in events for label, _ in parts)


def test_a_speech_verb_of_the_event_nouns_stem_retells_nothing() -> None:
    # each saying is an act of its own: a later "claimed" is no part of the earlier claims
    text = (
        "Senator Ann Walker made claims about the budget on Tuesday. "
        "On Tuesday, Governor Tom Berg claimed the count was wrong."
    )
    events = events_of(text, "en")
    assert any(label == "Ann Walker" for _, _, parts in events for label, _ in parts)
    assert all(label != "Tom Berg" for _, _, parts in events for label, _ in parts)


def test_a_verb_acting_on_someone_the_event_does_not_name_tells_another_act() -> None:
    # "Walker's nomination of Berg ... Lind nominated Bell": another nomination
    text = (
        "Senator Ann Walker's nomination of Tom Berg angered the unions. "
        "Governor Mara Lind nominated Jo Bell."
    )
    events = events_of(text, "en")
    assert any(label == "Tom Berg" for _, _, parts in events for label, _ in parts)
    assert all(
        label not in ("Mara Lind", "Jo Bell") for _, _, parts in events for label, _ in parts
    )


def test_a_verb_acting_on_one_the_event_names_retells_it() -> None:
    text = (
        "Senator Ann Walker's nomination of Tom Berg angered the unions. "
        "Governor Mara Lind nominated Tom Berg too."
    )
    ((_, _, parts),) = events_of(text, "en")
    assert ("Mara Lind", "source") in parts
