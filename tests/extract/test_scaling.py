"""What the linear-time rewrites keep: the same sentence starts and the same event a mention refers
back to.

Speed itself is measured by ``bench/extract_bench.py`` (tests are never timed).
"""

from __future__ import annotations

import gc
import random

import pytest
import spacy

from extract.api import extract
from extract.components.events import EventMention, _EarlierEvents, _family
from extract.components.paragraphs import make_doc, mark_sentences
from extract.documents import Document
from extract.pipeline import paused_collector


def test_scaling_sentence_starts_from_line_breaks_and_final_punctuation():
    nlp = spacy.blank("en")
    text = (
        "Putin spoke. “We agree,” he said.\nHeadline without stop\nTrump met Zelensky. then "
        "nothing."
    )
    doc = mark_sentences(make_doc(nlp, text))
    assert [s.text for s in doc.sents] == [
        "Putin spoke.",
        "“We agree,” he said.",
        "Headline without stop",
        "Trump met Zelensky. then nothing.",
    ]


def test_scaling_sentence_starts_of_a_long_text_are_every_line():
    nlp = spacy.blank("en")
    doc = mark_sentences(make_doc(nlp, "\n".join(f"Line {n} has words" for n in range(3000))))
    assert sum(1 for _ in doc.sents) == 3000


def brute_force(events: list[EventMention], family: str, place: str | None) -> EventMention | None:
    """The rule as first written: ask every earlier event."""
    candidates = [
        (len(e.mentions), n, e)
        for n, e in enumerate(events)
        if _family(e.kind) == family and (place is None or e.location in (None, place))
    ]
    return max(candidates, key=lambda c: c[:2])[2] if candidates else None


def test_scaling_earlier_events_pick_what_asking_every_event_picks():
    rng = random.Random(5)
    kinds, places = (
        ["talks", "meeting", "invasion", "attack", "visit"],
        [None, "kb:RUS", "kb:UKR", "kb:moscow"],
    )
    for _ in range(50):
        events: list[EventMention] = []
        earlier = _EarlierEvents()
        for step in range(80):
            kind, place = rng.choice(kinds), rng.choice(places)
            expected = brute_force(events, _family(kind), place)
            assert earlier.best(_family(kind), place) is expected
            event = expected if expected is not None and rng.random() < 0.7 else None
            if event is None:
                event = EventMention(f"event:{len(events)}", kind, "CONSULT", kind, 0, 0, 0)
                events.append(event)
            event.mentions.append(step)
            if place and not event.location:
                event.location = place
            earlier.update(event)


def test_scaling_earlier_events_named_by_the_word_pick_what_asking_every_event_picks():
    """With a word, the events already named by it come first ("an airstrike ... the December 31
    attack ... the airstrike"), whichever is named most, then those named by a compound of it
    ("airstrike" for "strike"); without one, the rule above."""
    rng = random.Random(7)
    kinds, places, words = (
        ["attack", "talks", "meeting"],
        [None, "kb:IRQ", "kb:baghdad"],
        ["attack", "airstrike", "strike", None],
    )
    for _ in range(50):
        events: list[EventMention] = []
        named: dict[int, set[str]] = {}
        earlier = _EarlierEvents()
        for step in range(80):
            kind, place, word = rng.choice(kinds), rng.choice(places), rng.choice(words)
            family = _family(kind)
            fitting = [
                e
                for e in events
                if _family(e.kind) == family and (place is None or e.location in (None, place))
            ]
            same = [e for e in fitting if word in named[id(e)]]
            compound = [
                e
                for e in fitting
                if word is not None and any(w != word and w.endswith(word) for w in named[id(e)])
            ]
            expected = (
                brute_force(same, _family(kind), place)
                or brute_force(compound, _family(kind), place)
                or brute_force(events, _family(kind), place)
            )
            assert earlier.best(_family(kind), place, word) is expected
            event = expected if expected is not None and rng.random() < 0.7 else None
            if event is None:
                event = EventMention(f"event:{len(events)}", kind, "ASSAULT", kind, 0, 0, 0)
                events.append(event)
                named[id(event)] = set()
            event.mentions.append(step)
            if word is not None:
                named[id(event)].add(word)
            if place and not event.location:
                event.location = place
            earlier.update(event, word)


def test_scaling_the_collector_waits_while_the_components_run_and_is_back_after():
    seen = []
    document = Document(
        id="gc", title="", text="Macron met Scholz in Berlin on Monday.", source="gc.txt"
    )
    result = extract(
        [document],
        lang="en",
        step=lambda done, total, message: seen.append((message, gc.isenabled())),
    )
    assert not result.errors
    assert "Berlin" in {e["label"] for e in result.records["entities"]}
    running = [enabled for message, enabled in seen if message.startswith("Reading")]
    assert running and not any(running)
    assert gc.isenabled()


def test_scaling_the_paused_collector_comes_back_as_it_was_even_after_a_failure():
    with pytest.raises(ValueError), paused_collector():
        assert not gc.isenabled()
        raise ValueError("a broken article")
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_collector():
            pass
        assert not gc.isenabled()  # the caller's own pause is not lifted
    finally:
        gc.enable()
