"""Events the story returns to (extract.retold): the count over the whole document, on records
built by hand, and end to end in both languages."""

from __future__ import annotations

import pytest

from extract.retold import (
    cited,
    quoted,
    retold_participants,
    settled_events,
    without_passing_events,
)
from records import empty_records
from tests.extract.extraction_helpers import records_of

# The records below stand for a short document of three sentences ("d:0" to "d:2"): Ann Lee
# and Ghent are named in sentence 0; each test places its events' mentions.


def entity(eid: str, type_: str, mentions: int = 1) -> dict:
    found = {
        "id": eid,
        "label": eid,
        "type": type_,
        "aliases": [],
        "country": None,
        "mentions": mentions,
    }
    if type_ == "EVENT":
        found["event"] = {"type": "CO_OCCURS", "trigger": eid, "location": None, "date": None}
    return found


def mention(eid: str, sentence: int, start: int) -> dict:
    return {
        "entity": eid,
        "sentence": f"d:{sentence}",
        "start": start,
        "end": start + 4,
        "text": eid,
    }


def participant(source: str, target: str, n: int) -> dict:
    return {
        "id": f"d:r{n}",
        "source": source,
        "target": target,
        "type": "PARTICIPANT",
        "trigger": "talk",
        "negated": False,
        "sentence": "d:0",
        "confidence": 0.7,
        "role": "source",
    }


def records(events: dict[str, list[tuple[int, int]]], named: tuple[str, ...] = ()) -> dict:
    """One document's records: ``events`` maps an event id to its (sentence, start) mentions;
    ``named`` are the events a PARTICIPANT relation from Ann Lee names."""
    out = empty_records()
    out["documents"] = [
        {"id": "d", "title": "", "language": "en", "date": None, "source": "", "text": ""}
    ]
    out["entities"] = [entity("person:ann-lee", "PERSON"), entity("kb:ghent", "LOCATION")]
    out["entities"] += [entity(e, "EVENT", len(ms)) for e, ms in events.items()]
    out["mentions"] = [mention("person:ann-lee", 0, 9), mention("kb:ghent", 0, 28)]
    out["mentions"] += [mention(e, s, start) for e, ms in events.items() for s, start in ms]
    out["relations"] = [participant("person:ann-lee", e, n) for n, e in enumerate(named)]
    return out


def event_ids(found: dict) -> list[tuple[str, int]]:
    return [(e["id"], e["mentions"]) for e in found["entities"] if e["type"] == "EVENT"]


def test_retold_an_event_named_once_that_no_relation_names_is_dropped():
    found = without_passing_events(
        records(
            {"event:d:0": [(0, 20)], "event:d:1": [(1, 40)], "event:d:2": [(1, 50)]}, ("event:d:0",)
        )
    )
    assert event_ids(found) == [("event:d:0", 1)]
    assert {m["entity"] for m in found["mentions"]} == {"person:ann-lee", "kb:ghent", "event:d:0"}


def test_retold_an_event_named_twice_stays_and_the_events_are_numbered_again():
    # the talk of sentence 0 is a passing word; the strike, named twice, becomes event 0, and the
    # march Ann Lee takes part in event 1, with her relation
    found = without_passing_events(
        records(
            {"event:d:0": [(0, 20)], "event:d:1": [(1, 40), (2, 60)], "event:d:2": [(2, 70)]},
            ("event:d:2",),
        )
    )
    assert event_ids(found) == [("event:d:0", 2), ("event:d:1", 1)]
    assert [(r["source"], r["target"]) for r in found["relations"]] == [
        ("person:ann-lee", "event:d:1")
    ]
    assert sorted(m["sentence"] for m in found["mentions"] if m["entity"] == "event:d:0") == [
        "d:1",
        "d:2",
    ]


def test_retold_an_event_told_apart_from_another_of_its_kind_stays_though_named_once():
    # "the elections ... the Brexit referendum": the finder marks both distinct; a third event
    # named once without that mark is still a passing word
    given = records({"event:d:0": [(0, 20)], "event:d:1": [(1, 40)], "event:d:2": [(2, 60)]})
    for e in given["entities"]:
        if e["id"] in ("event:d:0", "event:d:1"):
            e["event"]["distinct"] = True
    assert event_ids(without_passing_events(given)) == [("event:d:0", 1), ("event:d:1", 1)]


def test_retold_an_event_with_a_participant_stays_whatever_its_count():
    found = without_passing_events(records({"event:d:0": [(0, 20)]}, ("event:d:0",)))
    assert event_ids(found) == [("event:d:0", 1)]
    assert [r["target"] for r in found["relations"]] == ["event:d:0"]


def test_retold_participants_come_from_the_first_sentence_that_names_the_event():
    # the strike is first named in sentence 0 with Ann Lee and Ghent, again in sentence 1
    found = retold_participants(records({"event:d:0": [(1, 40), (0, 20)]}))
    assert [
        (r["source"], r["target"], r["type"], r["role"], r["sentence"], r["trigger_start"])
        for r in found["relations"]
    ] == [
        ("person:ann-lee", "event:d:0", "PARTICIPANT", "source", "d:0", 20),
        ("kb:ghent", "event:d:0", "PARTICIPANT", "location", "d:0", 20),
    ]
    assert [r["id"] for r in found["relations"]] == ["d:r0", "d:r1"]


def test_retold_participants_not_from_later_sentences_nor_for_events_with_participants():
    # named first in sentence 1, where nobody is named: neither Ann Lee of sentence 0 nor Bo Ray,
    # named in sentence 2 that names it again, takes part
    base = records({"event:d:0": [(1, 40), (2, 60)]})
    base["entities"].append(entity("person:bo-ray", "PERSON"))
    base["mentions"].append(mention("person:bo-ray", 2, 50))
    assert retold_participants(base)["relations"] == []
    # the talk has its participant from the parse: nothing is added
    found = retold_participants(records({"event:d:0": [(0, 20), (1, 40)]}, ("event:d:0",)))
    assert len(found["relations"]) == 1


def test_retold_a_persons_statement_on_the_event_leaves_it_its_first_sentences_participants():
    # "A fire broke out in Ghent ... The fire ... Bo Ray said nobody was hurt": Bo Ray's
    # STATEMENT speaks of the fire; Ann Lee and Ghent of its first sentence still take part
    base = records({"event:d:0": [(0, 20), (1, 40)]})
    base["entities"].append(entity("person:bo-ray", "PERSON"))
    base["mentions"].append(mention("person:bo-ray", 2, 50))
    base["relations"] = [dict(participant("person:bo-ray", "event:d:0", 0), type="STATEMENT")]
    found = retold_participants(base)
    assert [(r["source"], r["type"]) for r in found["relations"]] == [
        ("person:bo-ray", "STATEMENT"),
        ("person:ann-lee", "PARTICIPANT"),
        ("kb:ghent", "PARTICIPANT"),
    ]


def test_retold_an_event_only_a_persons_statement_names_is_kept_with_it():
    # named once: the STATEMENT keeps it an event, so the relation never points at nothing
    base = records({"event:d:0": [(1, 40)]})
    base["relations"] = [dict(participant("person:ann-lee", "event:d:0", 0), type="STATEMENT")]
    assert event_ids(without_passing_events(base)) == [("event:d:0", 1)]


def test_retold_a_country_is_no_participant_by_being_named_beside_the_event():
    # "the Belgian minister": a demonym before a name says whose she is, not who took part
    base = records({"event:d:0": [(0, 20), (1, 40)]})
    base["entities"].append(entity("kb:BEL", "COUNTRY"))
    base["mentions"].append(mention("kb:BEL", 0, 2))
    assert {r["source"] for r in settled_events(base)["relations"]} == {
        "person:ann-lee",
        "kb:ghent",
    }


def test_retold_a_name_inside_a_quote_takes_no_part():
    # 'Ann Lee said: "in Ghent there will be more strikes."': the strikes are named again in
    # sentence 1; Ghent is named only inside her words, she is named outside them
    base = records({"event:d:0": [(0, 50), (1, 80)]})
    first = "x" * 20 + '"' + "x" * 49
    base["sentences"] = [
        {"id": "d:0", "doc": "d", "index": 0, "start": 0, "end": 70, "text": first},
        {"id": "d:1", "doc": "d", "index": 1, "start": 71, "end": 100, "text": "x" * 29},
    ]
    assert [r["source"] for r in retold_participants(base)["relations"]] == ["person:ann-lee"]
    # the quote closed before Ghent: both take part again
    base = records({"event:d:0": [(0, 50), (1, 80)]})
    base["sentences"] = [
        {"id": "d:0", "doc": "d", "index": 0, "start": 0, "end": 70, "text": "x" * 20 + '"x"'},
    ]
    assert len(retold_participants(base)["relations"]) == 2


def test_retold_nobody_takes_part_in_an_event_its_sentence_only_cites():
    # "According to a ruling in Ghent, Ann Lee may stay": the ruling, retold in sentence 1, is
    # the source the sentence cites; neither Ann Lee nor Ghent took part in it
    base = records({"event:d:0": [(0, 13), (1, 80)]})
    first = "According to a ruling in Ghent, Ann Lee may stay"
    base["sentences"] = [
        {"id": "d:0", "doc": "d", "index": 0, "start": 0, "end": len(first), "text": first},
        {"id": "d:1", "doc": "d", "index": 1, "start": 71, "end": 100, "text": "x" * 29},
    ]
    assert retold_participants(base)["relations"] == []
    # the ruling named without a citing word: both take part
    base["sentences"][0]["text"] = "In keeping with a ruling in Ghent, Ann Lee may stay"
    assert len(retold_participants(base)["relations"]) == 2


def test_retold_nobody_takes_part_in_an_event_its_sentence_denies():
    # "Ann Lee saw no strikes in Ghent": the strikes, retold in sentence 1, did not take place in
    # the sentence that first names them
    base = records({"event:d:0": [(0, 15), (1, 80)]})
    first = "Ann Lee saw no strikes in Ghent"
    base["sentences"] = [
        {"id": "d:0", "doc": "d", "index": 0, "start": 0, "end": len(first), "text": first},
        {"id": "d:1", "doc": "d", "index": 1, "start": 71, "end": 100, "text": "x" * 29},
    ]
    assert retold_participants(base)["relations"] == []
    # a word before the noun that denies nothing: both take part
    base["sentences"][0]["text"] = "Ann Lee saw the strikes in Ghent"
    assert len(retold_participants(base)["relations"]) == 2


def test_retold_a_place_someone_comes_from_is_no_place_of_the_event():
    # "Ann Lee, a new teacher from Ghent, saw the strikes": she comes from Ghent; the strikes,
    # retold in sentence 1, are not placed there (Ghent is named at offset 28)
    base = records({"event:d:0": [(0, 43), (1, 80)]})
    first = "Ann Lee, a new teacher from Ghent, saw the strikes"
    base["sentences"] = [
        {"id": "d:0", "doc": "d", "index": 0, "start": 0, "end": len(first), "text": first},
        {"id": "d:1", "doc": "d", "index": 1, "start": 71, "end": 100, "text": "x" * 29},
    ]
    found = retold_participants(base)["relations"]
    assert [(r["source"], r["role"]) for r in found] == [("person:ann-lee", "source")]
    # "in Ghent": the place of the strikes again
    base = records({"event:d:0": [(0, 43), (1, 80)]})
    first = "Ann Lee, a teacher, sees in Ghent the strikes"
    base["sentences"] = [
        {"id": "d:0", "doc": "d", "index": 0, "start": 0, "end": len(first), "text": first},
    ]
    assert len(retold_participants(base)["relations"]) == 2


@pytest.mark.parametrize(
    "text, start, expected",
    [
        ('Lee said: "more strikes."', 16, True),
        ('Lee said: "no." More strikes.', 20, False),
        ("Lee zei: \u201emeer stakingen.\u201d", 15, True),
        ("Lee said: \u201cno\u201d, more strikes.", 20, False),
        ("Lee said more strikes would follow.", 14, False),
    ],
)
def test_retold_quoted_reads_the_marks_before_the_word(text, start, expected):
    sentence = {"id": "d:0", "doc": "d", "index": 0, "start": 100, "end": 100 + len(text)}
    assert quoted({**sentence, "text": text}, 100 + start) is expected


@pytest.mark.parametrize(
    "text, name, others, expected",
    [
        ("According to the weekly Ghent Post, the storm hit", "Ghent Post", [], True),
        ("Volgens de Canadese databank Infobase kwam de storm", "Infobase", [], True),
        ("According to Lee, the storm hit Fabrikam", "Fabrikam", [], False),
        ("Volgens Lee trof de storm Fabrikam", "Fabrikam", ["Lee"], False),
        ("The storm hit Fabrikam", "Fabrikam", [], False),
        (
            "According to the many people who were standing in the street, Fabrikam",
            "Fabrikam",
            [],
            False,
        ),
    ],
)
def test_retold_cited_a_name_after_according_to_or_volgens(text, name, others, expected):
    words = frozenset({"according to", "volgens"})
    sentence = {"id": "d:0", "doc": "d", "index": 0, "start": 10, "end": 10 + len(text)}
    starts = [10 + text.index(o) for o in others] + [10 + text.index(name)]
    assert cited({**sentence, "text": text}, 10 + text.index(name), words, starts) is expected


# --- end to end ----------------------------------------------------------------------------------

STORM = {
    "en": "Mayor Grégory Doucet thanked the firefighters after the storm. "
    "The storm left thousands of people without power.",
    "nl": "Burgemeester Grégory Doucet bedankte de brandweer na de storm. "
    "De storm liet duizenden mensen zonder stroom.",
}


def participations(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    found = records_of(text, lang)
    label = {e["id"]: e["label"] for e in found["entities"]}
    return [
        (label[r["source"]], label[r["target"]], r.get("role"))
        for r in found["relations"]
        if r["type"] == "PARTICIPANT"
    ]


@pytest.mark.model
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_retold_a_storm_named_twice_is_an_event_with_the_mayor_of_its_first_sentence(lang):
    assert participations(STORM[lang], lang) == [("Grégory Doucet", "disaster", "source")]


@pytest.mark.model
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_retold_a_storm_named_once_is_no_event(lang):
    first = STORM[lang].split(". ")[0] + "."
    found = records_of(first, lang)
    assert [e for e in found["entities"] if e["type"] == "EVENT"] == []
    assert participations(first, lang) == []


QUOTED = {
    "en": 'Anna Berg said: "Not even Greenpeace will stop us, there will be more protests." '
    "The protests would be the largest in years.",
    "nl": 'Anna Berg zei: "Zelfs de politie van Gent houdt ons niet tegen, er komen meer '
    'protesten." De protesten zouden de grootste in jaren zijn.',
}


@pytest.mark.model
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_retold_whom_a_quote_names_takes_no_part_in_the_protests_it_speaks_of(lang):
    # the protests are retold; the speaker is named beside them, the organisation in her words
    assert participations(QUOTED[lang], lang) == [("Anna Berg", "protest", "source")]


CITED = {
    "en": "According to the weekly Harbour Post, the storm left thousands of people without "
    "power. The storm also closed the port.",
    "nl": "Volgens het weekblad Harbour Post liet de storm duizenden mensen zonder stroom. De "
    "storm sloot ook de haven.",
}


@pytest.mark.model
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_retold_the_source_a_story_cites_takes_no_part_in_the_storm(lang):
    # the storm is retold; the weekly is only cited for it (speechadjuncts.<lang>.tsv, kind source)
    assert not any(source == "Harbour Post" for source, _, _ in participations(CITED[lang], lang))


CITED_EVENT = {
    "en": "According to a ruling from 2015, only Congress can decide on the matter. The ruling "
    "was appealed.",
    "nl": "Volgens een uitspraak uit 2015 kan alleen het Congres daarover beslissen. Tegen de "
    "uitspraak is beroep ingesteld.",
}


@pytest.mark.model
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_retold_a_ruling_only_cited_as_a_source_has_no_participant_from_its_sentence(lang):
    # the ruling is retold; its first sentence cites it for what Congress may do
    records = records_of(CITED_EVENT[lang], lang)
    assert [e for e in records["entities"] if e["type"] == "EVENT"], records["entities"]
    found = participations(CITED_EVENT[lang], lang)
    assert not any(source == "Congress" or "Congres" in source for source, _, _ in found), found


DENIED = {
    "en": "Mayor Anna Berg said there were no protests in the city. The protests had been "
    "announced for weeks.",
    "nl": "Uit Gent worden deze week geen protesten gemeld. De protesten waren al weken "
    "aangekondigd.",
}


@pytest.mark.model
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_retold_the_sentence_that_says_there_were_no_protests_gives_them_no_participant(lang):
    # the protests are retold; the sentence that first names them says there were none
    records = records_of(DENIED[lang], lang)
    assert [e for e in records["entities"] if e["type"] == "EVENT"], records["entities"]
    assert participations(DENIED[lang], lang) == []


FROM_PLACE = {
    "en": "Tourists from Bruges watched the storm. The storm also closed the port.",
    "nl": "Een lerares uit Gent raakte gewond bij de storm. De storm sloot ook de haven.",
}


@pytest.mark.model
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_retold_the_town_people_come_from_is_no_place_of_the_storm(lang):
    # the storm is retold; Bruges and Ghent are where its witnesses come from
    records = records_of(FROM_PLACE[lang], lang)
    assert [e for e in records["entities"] if e["type"] == "EVENT"], records["entities"]
    assert not any(role == "location" for _, _, role in participations(FROM_PLACE[lang], lang))
