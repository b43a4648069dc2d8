"""Each relation pattern end to end, in English and Dutch, on sentences written for the tests.

These run the real pipelines (``model``): they check what a user sees in the
graph for one sentence, so they also catch a component that stops passing its
findings on.
"""

from __future__ import annotations

import pytest

from extract.api import extract
from extract.documents import Document

pytestmark = pytest.mark.model


def extracted(text: str, lang: str, date: str = "2025-12-03") -> dict:
    result = extract(
        [Document(id="t", title="t", text=text, source="test", date=date, language=lang)]
    )
    assert result.errors == []
    return result.records


def relations(text: str, lang: str) -> set[tuple[str, str, str, bool]]:
    records = extracted(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    return {
        (label[r["source"]], r["type"], label[r["target"]], r["negated"])
        for r in records["relations"]
        if r["type"] not in ("CO_OCCURS", "PARTICIPANT")
    }


CASES = [
    # subject - verb - object
    ("en", "Russia invaded Ukraine in 2022.", ("Russia", "ASSAULT", "Ukraine", False)),
    ("nl", "Rusland viel Oekraïne in 2022 binnen.", ("Russia", "ASSAULT", "Ukraine", False)),
    # passive with agent
    ("en", "Ukraine was attacked by Russia.", ("Russia", "ASSAULT", "Ukraine", False)),
    ("nl", "Oekraïne werd door Rusland aangevallen.", ("Russia", "ASSAULT", "Ukraine", False)),
    # the agent phrase hung by the parser on the passive subject after it
    (
        "nl",
        "Na de verkiezingen werden door Rusland soldaten naar de grens met Finland gestuurd.",
        ("Russia", "MOBILIZE", "Finland", False),
    ),
    (
        "nl",
        "Zelenski werd door Macron steun toegezegd tijdens een bezoek aan Parijs.",
        ("Emmanuel Macron", "AGREE", "Volodymyr Zelensky", False),
    ),
    # "naar Amerika" hung on the second participle, tagged as a noun after it: the clause's
    (
        "nl",
        "De Amerikaanse verslaggever Evan Gershkovich is door Rusland vrijgelaten en naar Amerika"
        " teruggebracht.",
        ("Russia", "RETREAT", "United States", False),
    ),
    # an active clause whose object the parser labelled nsubj:pass
    (
        "nl",
        "Greenpeace heeft Exxon in een brief gesommeerd.",
        ("Greenpeace", "REQUEST", "ExxonMobil", False),
    ),
    # a passive the parser labelled active ("zijn" as aux, the subject as nsubj, "door" as obl)
    (
        "nl",
        "Twee basissen in Niger zijn door Frankrijk ontruimd.",
        ("France", "RETREAT", "Niger", False),
    ),
    # oblique recipient
    (
        "en",
        "Emmanuel Macron met with Volodymyr Zelensky in Paris.",
        ("Emmanuel Macron", "CONSULT", "Volodymyr Zelensky", False),
    ),
    (
        "nl",
        "Emmanuel Macron overlegde met Volodymyr Zelenski in Parijs.",
        ("Emmanuel Macron", "CONSULT", "Volodymyr Zelensky", False),
    ),
    # speech verb: STATEMENT to the addressee (what was said is reported, see test_attribution.py)
    (
        "en",
        "Vladimir Putin told Emmanuel Macron that Europe wanted war.",
        ("Vladimir Putin", "STATEMENT", "Emmanuel Macron", False),
    ),
    (
        "nl",
        "Vladimir Poetin zei tegen Emmanuel Macron dat Europa oorlog wilde.",
        ("Vladimir Putin", "STATEMENT", "Emmanuel Macron", False),
    ),
    # coordination
    (
        "en",
        "Steve Witkoff and Jared Kushner met Vladimir Putin.",
        ("Jared Kushner", "CONSULT", "Vladimir Putin", False),
    ),
    (
        "nl",
        "Steve Witkoff en Jared Kushner ontmoetten Vladimir Poetin.",
        ("Jared Kushner", "CONSULT", "Vladimir Putin", False),
    ),
    # negation
    ("en", "Russia did not attack Ukraine.", ("Russia", "ASSAULT", "Ukraine", True)),
    ("nl", "Rusland viel Oekraïne niet aan.", ("Russia", "ASSAULT", "Ukraine", True)),
    # apposition and titles
    (
        "en",
        "Yuri Ushakov, an aide to Vladimir Putin, spoke to reporters.",
        ("Yuri Ushakov", "ROLE", "Vladimir Putin", False),
    ),
    (
        "nl",
        "Poetin-assistent Yuri Ushakov sprak met verslaggevers.",
        ("Yuri Ushakov", "ROLE", "Vladimir Putin", False),
    ),
    (
        "en",
        "The Ukrainian president Volodymyr Zelensky spoke in Dublin.",
        ("Volodymyr Zelensky", "ROLE", "Ukraine", False),
    ),
    (
        "nl",
        "De Oekraïense president Volodymyr Zelenski sprak in Dublin.",
        ("Volodymyr Zelensky", "ROLE", "Ukraine", False),
    ),
    (
        "nl",
        "Speciaal gezant van Trump Steve Witkoff reisde naar Moskou.",
        ("Steve Witkoff", "ROLE", "Donald Trump", False),
    ),
    # family
    (
        "en",
        "Jared Kushner, the son-in-law of Donald Trump, travelled to Moscow.",
        ("Jared Kushner", "FAMILY", "Donald Trump", False),
    ),
    (
        "nl",
        "Jared Kushner, de schoonzoon van Donald Trump, reisde naar Moskou.",
        ("Jared Kushner", "FAMILY", "Donald Trump", False),
    ),
    # nominal event: talks between X and Y
    (
        "en",
        "The talks between Vladimir Putin and Steve Witkoff lasted five hours.",
        ("Vladimir Putin", "CONSULT", "Steve Witkoff", False),
    ),
    (
        "nl",
        "De gesprekken tussen Vladimir Poetin en Steve Witkoff duurden vijf uur.",
        ("Vladimir Putin", "CONSULT", "Steve Witkoff", False),
    ),
    # a subject pronoun refers back to the person last named as a subject
    (
        "en",
        "Volodymyr Zelensky met Emmanuel Macron in Paris. He told Olaf Scholz that Russia attacked "
        "Ukraine.",
        ("Volodymyr Zelensky", "STATEMENT", "Olaf Scholz", False),
    ),
    (
        "nl",
        "Volodymyr Zelenski ontmoette Emmanuel Macron in Parijs. Hij zei tegen Ursula von der "
        "Leyen dat Rusland Oekraïne aanviel.",
        ("Volodymyr Zelensky", "STATEMENT", "Ursula von der Leyen", False),
    ),
    # a verb without its own subject borrows the one of the clause it hangs from
    ("en", "Russia responded by annexing Crimea.", ("Russia", "COERCE", "Crimea", False)),
    ("nl", "Rusland reageerde door de Krim te annexeren.", ("Russia", "COERCE", "Crimea", False)),
    # "the negotiator of Trump" is the one person in the article known to work for Trump
    (
        "en",
        "Steve Witkoff arrived in Moscow. Talks between Vladimir Putin and the negotiator of "
        "Donald Trump lasted five hours.",
        ("Vladimir Putin", "CONSULT", "Steve Witkoff", False),
    ),
    (
        "nl",
        "Steve Witkoff kwam aan in Moskou. De gesprekken tussen Vladimir Poetin en de "
        "onderhandelaar van Donald Trump duurden vijf uur.",
        ("Vladimir Putin", "CONSULT", "Steve Witkoff", False),
    ),
    # a verb-final clause read by word order: the parser joins "Rusland Oekraïne" into one name
    # and takes "binnenviel" for a noun, yet the first name is the subject and the second the object
    (
        "nl",
        "Sinds Rusland Oekraïne op 24 februari 2022 binnenviel, zijn er duizenden doden gevallen.",
        ("Russia", "ASSAULT", "Ukraine", False),
    ),
    (
        "nl",
        "Hij zei dat Rusland Oekraïne had aangevallen.",
        ("Russia", "ASSAULT", "Ukraine", False),
    ),
    (
        "nl",
        "Het is bekend dat Donald Trump Vladimir Poetin in Moskou zou ontmoeten.",
        ("Donald Trump", "CONSULT", "Vladimir Putin", False),
    ),
    # a particle the lemmatizer made up ("schrikken": uitschrikken) gives way to the real one
    (
        "nl",
        "De Verenigde Staten stuurden een vliegdekschip naar de Golf om Iran af te schrikken.",
        ("United States", "THREATEN", "Iran", False),
    ),
    # "het" hung as the article of a plural after "dat" is the speaker's pronoun
    (
        "nl",
        "Iran zei dat het troepen naar de grens met Irak had gestuurd.",
        ("Iran", "MOBILIZE", "Iraq", False),
    ),
    # a name hung in apposition on the phrase right before a verb-final participle is its object
    (
        "nl",
        "Israëlische troepen hebben dinsdag bij een luchtaanval Ismail Haniyeh gedood.",
        ("Israel", "ASSAULT", "Ismail Haniyeh", False),
    ),
    # a relative clause moved after the verb-final participle describes the participle's object
    (
        "nl",
        "In Irak zijn Amerikaanse troepen gelegerd die Islamitische Staat moeten uitschakelen.",
        ("United States", "ASSAULT", "Islamic State", False),
    ),
    # 'at' names the target of a shot (CAMEO's '- * AT # FIRE' as a prep row)
    ("en", "Hamas fired rockets at Israel.", ("Hamas", "ASSAULT", "Israel", False)),
    ("nl", "Hamas vuurde raketten af op Israël.", ("Hamas", "ASSAULT", "Israel", False)),
    # a passive aimed at a place: its agent acts, on its own or its subject's place phrase
    ("en", "Warships were deployed near Taiwan by China.", ("China", "MOBILIZE", "Taiwan", False)),
    (
        "nl",
        "Oorlogsschepen werden door China bij Taiwan ingezet.",
        ("China", "MOBILIZE", "Taiwan", False),
    ),
    (
        "en",
        "Guard posts near the border with Lebanon were dismantled by Israel.",
        ("Israel", "RETREAT", "Lebanon", False),
    ),
    (
        "nl",
        "Wachtposten bij de grens met Libanon werden door Israël ontmanteld.",
        ("Israel", "RETREAT", "Lebanon", False),
    ),
    # a nominal event with its owner and target
    (
        "nl",
        "De troepeninzet van Rusland tegen Oekraïne begon in februari.",
        ("Russia", "MOBILIZE", "Ukraine", False),
    ),
    # a relative clause whose finite verb does not agree with the noun it describes: the noun is
    # the object, and its relative pronoun gives the verb its phrase ("sancties instellen")
    (
        "nl",
        "Teheran reageerde op de sancties die de Europese Unie tegen Iran heeft ingesteld.",
        ("European Union", "SANCTION", "Iran", False),
    ),
    (
        "en",
        "Tehran responded to the sanctions which the European Union imposed on Iran.",
        ("European Union", "SANCTION", "Iran", False),
    ),
    # a deployment's place, hung by the parser on the agent's name, is its target
    (
        "nl",
        "De stationering van raketten door Noord-Korea nabij Zuid-Korea leidde tot protest.",
        ("North Korea", "MOBILIZE", "South Korea", False),
    ),
    # place
    (
        "nl",
        "Het leger vocht in de Oekraïense stad Pokrovsk.",
        ("Pokrovsk", "LOCATED_IN", "Ukraine", False),
    ),
]


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_relations_pattern_in_sentence(lang, text, expected):
    found = relations(text, lang)
    assert expected in found, f"{expected} not in {sorted(found)}"


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia invaded Ukraine on Tuesday."),
        ("nl", "Rusland viel Oekraïne dinsdag binnen."),
    ],
)
def test_relations_weekday_resolves_against_document_date(lang, text):
    records = extracted(text, lang, date="2025-12-03")
    dates = [r["date"] for r in records["relations"] if r["type"] == "ASSAULT"]
    assert dates == ["2025-12-02"]


@pytest.mark.parametrize(
    "lang, text, relation, date",
    [
        # an adverbial clause shares its main clause's time
        (
            "en",
            "The conflict dates from 2014, when Russia responded by annexing Crimea.",
            "COERCE",
            "2014",
        ),
        (
            "nl",
            "Het conflict dateert uit 2014, toen Rusland reageerde door de Krim te annexeren.",
            "COERCE",
            "2014",
        ),
        # so does reported speech without a time of its own (issue 18): the attack Zelensky
        # reports on Tuesday is dated Tuesday, not the day the article appeared
        (
            "en",
            "On Tuesday Volodymyr Zelensky said that Russia attacked Ukraine.",
            "ASSAULT",
            "2025-12-02",
        ),
        (
            "nl",
            "Dinsdag zei Volodymyr Zelenski dat Rusland Oekraïne aanviel.",
            "ASSAULT",
            "2025-12-02",
        ),
    ],
)
def test_relations_clause_without_a_time_takes_its_main_clause_time(lang, text, relation, date):
    records = extracted(text, lang, date="2025-12-03")
    dates = [r["date"] for r in records["relations"] if r["type"] == relation]
    assert dates == [date]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "On Monday Volodymyr Zelensky met Emmanuel Macron in Paris, and on Tuesday he spoke at "
            "a press conference in Dublin.",
        ),
        # The Dutch parser hangs "dinsdag" under the first verb when both clauses share a sentence.
        (
            "nl",
            "Maandag ontmoette Volodymyr Zelenski Emmanuel Macron in Parijs. Dinsdag sprak hij op "
            "een persconferentie in Dublin.",
        ),
    ],
)
def test_relations_event_is_dated_by_its_own_clause(lang, text):
    records = extracted(text, lang, date="2025-12-03")
    dates = {
        e["label"].split(" in ")[0]: e["event"]["date"]
        for e in records["entities"]
        if e["type"] == "EVENT"
    }
    # the meeting (a clause of its own: "met", "ontmoette") is Monday's, the press conference
    # Tuesday's
    assert dates == {"meeting": "2025-12-01", "press conference": "2025-12-02"}


@pytest.mark.parametrize(
    "lang, text, trigger",
    [
        ("en", "Volodymyr Zelensky spoke at a press conference in Dublin.", "conference"),
        ("nl", "Volodymyr Zelenski sprak op een persconferentie in Dublin.", "persconferentie"),
    ],
)
def test_relations_event_node_has_type_trigger_and_place(lang, text, trigger):
    records = extracted(text, lang)
    events = [e for e in records["entities"] if e["type"] == "EVENT"]
    assert len(events) == 1
    event = events[0]["event"]
    assert event["trigger"] == trigger
    assert event["location"] == "kb:dublin"
    label = {e["id"]: e["label"] for e in records["entities"]}
    participants = {
        (label[r["source"]], r["role"]) for r in records["relations"] if r["type"] == "PARTICIPANT"
    }
    assert ("Volodymyr Zelensky", "source") in participants


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Anna Verbeek, a spokesperson of Oxfam, criticised the plan. Verbeek said that Oxfam "
            "would help Ukraine.",
        ),
        (
            "nl",
            "Anna Verbeek, woordvoerder van Oxfam, bekritiseerde het plan. Verbeek zei dat Oxfam "
            "Oekraïne zou helpen.",
        ),
    ],
)
def test_relations_unknown_person_surname_links_to_full_name(lang, text):
    records = extracted(text, lang)
    people = [e for e in records["entities"] if e["type"] == "PERSON"]
    assert [(p["label"], sorted(p["aliases"]), p["mentions"]) for p in people] == [
        ("Anna Verbeek", ["Anna Verbeek", "Verbeek"], 2)
    ]


def test_relations_mentions_and_relations_point_into_the_text():
    text = "Russia invaded Ukraine in 2022. Vladimir Putin said that Europe wanted war."
    records = extracted(text, "en")
    for mention in records["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
    sentences = {s["id"]: s for s in records["sentences"]}
    for rel in records["relations"]:
        sentence = sentences[rel["sentence"]]
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        if "trigger_start" in rel:
            assert text[rel["trigger_start"] : rel["trigger_end"]] == rel["trigger"]
            assert sentence["start"] <= rel["trigger_start"] < sentence["end"]
