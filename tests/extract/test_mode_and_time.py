"""Issue 18, continued: time words that are no time, a reported clause's date, and the mode
and type of phrases the first round missed.

The sentences are written for these tests (none comes from the yardstick or the corpora). The
unit tests call the date resolver and the lexicons; the ``model`` tests run the real pipelines
and check the relation a reader would see.
"""

from __future__ import annotations

import pytest

from extract.api import extract
from extract.dates import find_time_mentions
from extract.documents import Document
from tests.extract.extraction_helpers import records_of, typed

# ----------------------------------------------------------------------------- dates (no model)


@pytest.mark.parametrize(
    "text, expected",
    [
        # English writes months with a capital: a lower-case "march" or "may" is a verb
        ("Farmers will march on the capital.", []),
        ("The two leaders may meet again.", []),
        ("Farmers will march on the capital in March.", ["March"]),
        ("They may sign the deal on May 4.", ["May 4"]),
    ],
)
def test_lower_case_month_names_are_not_months_in_english(text, expected):
    found = find_time_mentions(text, "en", "2025-12-03")
    assert [m.text for m in found] == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "The crash happened at 8:30 p.m. BST (1930 UTC) in 2019.", ["2019"]),
        ("nl", "De aanslag was om 2030 uur, in 2019.", ["2019"]),
        ("en", "The treaty of 1930 still holds.", ["1930"]),
    ],
)
def test_a_time_of_day_in_four_digits_is_no_year(lang, text, expected):
    assert [m.value for m in find_time_mentions(text, lang, "2025-12-03")] == expected


def test_dutch_months_are_found_in_lower_case():
    found = find_time_mentions("De mars van maart begon op 4 mei in Utrecht.", "nl", "2025-12-03")
    assert [(m.text, m.value) for m in found] == [("maart", "2025-03"), ("4 mei", "2025-05-04")]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Kenya left Somalia in 2011 and returned three years later.", ["2011", "2014"]),
        ("nl", "Kenia verliet Somalië in 2011 en keerde drie jaar later terug.", ["2011", "2014"]),
        (
            "en",
            "On Monday the ministers met in Cairo. The following day, Turkey rejected the plan.",
            ["2025-12-01", "2025-12-02"],
        ),
        (
            "nl",
            "Maandag kwamen de ministers bijeen in Caïro. De volgende dag wees Turkije het af.",
            ["2025-12-01", "2025-12-02"],
        ),
        ("en", "Kenya closed the border on 4 March and reopened it a week later.", None),
        ("nl", "Kenia sloot de grens op 4 maart en opende die twee weken later weer.", None),
        # nor in the paragraph before
        ("en", "On Monday, Kenya closed the border.\n\nTwo days later, it reopened.", None),
        # nothing told before: no date to count from
        ("en", "Two days later, Kenya reopened the border.", [None]),
        ("nl", "Twee dagen later opende Kenia de grens weer.", [None]),
    ],
)
def test_a_time_later_counts_from_the_time_told_before_it(lang, text, expected):
    found = [m.value for m in find_time_mentions(text, lang, "2025-12-03")]
    if expected is None and "\n" in text:
        expected = ["2025-12-01", None]
    elif expected is None:  # a week or two weeks after 4 March
        expected = ["2025-03-04", "2025-03-11" if lang == "en" else "2025-03-18"]
    assert found == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # the day told before, over a paragraph and over a year named between
        (
            "en",
            "On 4 March, Kenya closed its border by 2026.\n\nEarlier that day, Uganda signed.",
            ["2025-03-04", "2026", "2025-03-04"],
        ),
        (
            "nl",
            "Op 4 maart sloot Kenia de grens tot 2026.\n\nEerder die dag tekende Oeganda.",
            ["2025-03-04", "2026", "2025-03-04"],
        ),
        ("en", "On Monday Kenya met Uganda. Egypt joined the same day.", ["2025-12-01"] * 2),
        ("nl", "Maandag sprak Kenia Oeganda. Egypte sloot diezelfde dag aan.", ["2025-12-01"] * 2),
        # a year names no day: "that day" after it is no date
        ("en", "In 2019 Kenya met Uganda. That day, Egypt joined.", ["2019", None]),
        ("nl", "In 2019 sprak Kenia Oeganda. Die dag sloot Egypte aan.", ["2019", None]),
    ],
)
def test_that_day_is_the_day_told_before_it(lang, text, expected):
    assert [m.value for m in find_time_mentions(text, lang, "2025-12-03")] == expected


# ----------------------------------------------------------------------------- end to end (model)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, date",
    [
        (
            "en",
            "On Tuesday, Kenya said that Somalia had attacked Ethiopia.",
            ("Somalia", "ASSAULT", "Ethiopia"),
            "2025-12-02",
        ),
        (
            "nl",
            "Kenia zei dinsdag dat Somalië Ethiopië had aangevallen.",
            ("Somalia", "ASSAULT", "Ethiopia"),
            "2025-12-02",
        ),
        # a time of its own wins over the speech verb's
        (
            "en",
            "On Tuesday, Kenya said that Somalia attacked Ethiopia last year.",
            ("Somalia", "ASSAULT", "Ethiopia"),
            "2024",
        ),
    ],
)
def test_a_reported_clause_without_a_time_takes_its_speech_verbs(lang, text, expected, date):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert (found[expected]["date"], found[expected]["date_source"]) == (date, "text")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, date",
    [
        # a paragraph that opens with "They" goes on with the paragraph before: Monday's
        (
            "en",
            "Kenya and Uganda met in Nairobi on Monday.\n\nThey accused Somalia of backing the"
            " rebels.",
            "2025-12-01",
        ),
        (
            "nl",
            "Kenia en Oeganda spraken maandag in Nairobi.\n\nZij beschuldigden Somalië van steun"
            " aan de rebellen.",
            "2025-12-01",
        ),
        # "the November 27 agreement" was then; the story goes on on Monday
        (
            "en",
            "Kenya and Uganda met in Nairobi on Monday. They rejected the November 27 agreement."
            " They accused Somalia of backing the rebels.",
            "2025-12-01",
        ),
        (
            "nl",
            "Kenia en Oeganda spraken maandag in Nairobi. Zij verwierpen de overeenkomst van 27"
            " november. Zij beschuldigden Somalië van steun aan de rebellen.",
            "2025-12-01",
        ),
    ],
)
def test_a_clause_without_a_time_takes_the_time_its_story_told(lang, text, date):
    found = typed(text, lang)
    accused = found.get(("Kenya", "ACCUSE", "Somalia"))
    assert accused is not None, sorted(found)
    assert (accused["date"], accused["date_source"]) == (date, "text")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Kenya and Uganda met in Nairobi on Monday.\n\nEthiopia accused Somalia of backing"
            " the rebels.",
        ),
        (
            "nl",
            "Kenia en Oeganda spraken maandag in Nairobi.\n\nEthiopië beschuldigde Somalië van"
            " steun aan de rebellen.",
        ),
    ],
)
def test_a_paragraph_that_opens_with_a_name_keeps_the_document_date(lang, text):
    found = typed(text, lang)
    assert found[("Ethiopia", "ACCUSE", "Somalia")]["date_source"] == "document", sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "On Wednesday, the Supreme Court of Kenya ruled on a lawsuit filed by the Kenyan"
            " Senate on Sunday against William Ruto.",
            ("Kenyan Senate", "PARTICIPANT", "accusation"),
        ),
        (
            "nl",
            "Woensdag oordeelde het Hooggerechtshof van Kenia over de rechtszaak die zondag door"
            " de Keniaanse Senaat werd aangespannen tegen William Ruto.",
            ("Keniaanse Senaat", "PARTICIPANT", "trial"),
        ),
    ],
)
def test_taking_part_in_an_event_is_dated_by_the_clause_that_describes_the_event(
    lang, text, expected
):
    """The lawsuit was filed on Sunday (2025-11-30), though the ruling on it was Wednesday's."""
    found = typed(text, lang, participants=True)
    assert expected in found, sorted(found)
    assert (found[expected]["date"], found[expected]["date_source"]) == ("2025-11-30", "text")


@pytest.mark.model
def test_a_lower_case_march_dates_nothing():
    found = typed("Protesters from Kenya will march against Uganda in Nairobi.", "en")
    rel = found[("Kenya", "PROTEST", "Uganda")]
    assert (rel["mode"], rel["date"], rel["date_source"]) == ("planned", "2025-12-03", "document")


@pytest.mark.model
def test_tegenover_marks_whom_a_dutch_act_is_aimed_at():
    found = typed("Japan heeft spijt betuigd tegenover Zuid-Korea voor de bezetting.", "nl")
    assert ("Japan", "CONCEDE", "South Korea") in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Russia withdrew its soldiers from the area around Kharkiv.",
            ("Russia", "RETREAT", "Kharkiv"),
        ),
        (
            "nl",
            "Wit-Rusland heeft tanks gelegerd bij de grens met Litouwen.",
            ("Belarus", "MOBILIZE", "Lithuania"),
        ),
        # a kind of place is where its place phrase says ("rond" marks a place)
        (
            "nl",
            "Rusland heeft zijn troepen teruggetrokken uit de regio rond Kiev.",
            ("Russia", "RETREAT", "Kyiv"),
        ),
        (
            "en",
            "Russia withdrew its soldiers from the area near Kharkiv.",
            ("Russia", "RETREAT", "Kharkiv"),
        ),
        # the place hung on the troops rather than on the verb
        (
            "nl",
            "Wit-Rusland heeft speciale eenheden bij de grens met Polen gelegerd.",
            ("Belarus", "MOBILIZE", "Poland"),
        ),
        (
            "en",
            "Russia deployed thousands of troops near the border with Finland.",
            ("Russia", "MOBILIZE", "Finland"),
        ),
    ],
)
def test_a_retreat_or_mobilization_is_aimed_at_the_place_it_names(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.model
def test_ending_up_somewhere_is_no_retreat():
    found = typed("Chile and Peru may end up before the International Court of Justice.", "en")
    assert not [k for k in found if k[1] == "RETREAT"], sorted(found)


# ----------------------------------------------------------------------------- judgements


def test_judging_adjectives_condemn_in_both_languages():
    from extract.lexicon import load_lexicon

    assert load_lexicon("nl").judgement("onaanvaardbaar") == "ACCUSE"
    assert load_lexicon("en").judgement("unacceptable") == "ACCUSE"
    assert load_lexicon("en").judgement("useful") is None


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # said of a proposal, plan, offer or demand: a refusal
        ("en", "Kenya said Uganda's plan was unacceptable.", ("Kenya", "REJECT", "Uganda")),
        (
            "en",
            "Kenya dismissed Uganda's offer of a ceasefire as unacceptable.",
            ("Kenya", "REJECT", "Uganda"),
        ),
        (
            "nl",
            "Kenia zei dat de door Oeganda voorgestelde wijzigingen in het vredesplan "
            "onaanvaardbaar waren.",
            ("Kenya", "REJECT", "Uganda"),
        ),
        # said of an act: a condemnation
        ("nl", "Kenia noemde de aanval van Oeganda onaanvaardbaar.", ("Kenya", "ACCUSE", "Uganda")),
        (
            "nl",
            "Kenia zei dat de aanval van Oeganda onaanvaardbaar was.",
            ("Kenya", "ACCUSE", "Uganda"),
        ),
    ],
)
def test_calling_something_unacceptable_is_an_act_towards_whoever_made_it(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a predicate noun condemns as the adjectives do
        (
            "en",
            "Kenya called Uganda's attack a violation of international law.",
            ("Kenya", "ACCUSE", "Uganda"),
        ),
        (
            "en",
            "Kenya characterized Uganda's blockade as an aggression.",
            ("Kenya", "ACCUSE", "Uganda"),
        ),
        # the Dutch parser takes the predicate noun for a second object
        (
            "nl",
            "Kenia noemde de aanval van Oeganda een schending van het internationaal recht.",
            ("Kenya", "ACCUSE", "Uganda"),
        ),
        (
            "nl",
            "Kenia noemde het voorstel van Oeganda een provocatie.",
            ("Kenya", "REJECT", "Uganda"),
        ),
    ],
)
def test_calling_something_a_violation_is_an_act_towards_whoever_made_it(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia attacked Ukraine. Kenya characterized the attack as a serious violation."),
        ("nl", "Rusland viel Oekraïne aan. Kenia noemde de aanval een ernstige schending."),
    ],
)
def test_a_judged_event_is_accused_and_the_judge_takes_no_part_in_it(lang, text):
    records = records_of(text, lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    kind = {e["id"]: e["type"] for e in records["entities"]}
    found = {(label[r["source"]], r["type"], kind[r["target"]]) for r in records["relations"]}
    assert ("Kenya", "ACCUSE", "EVENT") in found, sorted(found)
    assert ("Kenya", "PARTICIPANT", "EVENT") not in found, sorted(found)


def test_judging_nouns_condemn_in_both_languages():
    from extract.lexicon import load_lexicon

    assert load_lexicon("nl").judgement("schending") == "ACCUSE"
    assert load_lexicon("en").judgement("violation") == "ACCUSE"
    assert load_lexicon("en").judgement("meeting") is None


@pytest.mark.model
def test_the_sample_reports_putins_rejection_of_the_changes_on_tuesday():
    from extract.documents import read_path

    records = extract(read_path("data/corpus/sample/000_5b4120fcf4eb73ee.txt")).records
    label = {e["id"]: e["label"] for e in records["entities"]}
    rejections = {
        (label[r["target"]], r["date"], r["date_source"])
        for r in records["relations"]
        if r["type"] == "REJECT" and label[r["source"]] == "Vladimir Putin"
    }
    # "door Kiev en Europa voorgestelde wijzigingen": Kiev proposes, so it stands for Ukraine
    assert ("Ukraine", "2025-12-02", "text") in rejections, rejections


# ----------------------------------------------------------------------------- mode


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode",
    [
        # "be to" with an infinitive is a plan
        (
            "en",
            "Kenya and Uganda announced they were to form a joint task force.",
            ("Kenya", "AGREE", "Uganda"),
            "planned",
        ),
        # an intention to act is the one's whom its possessive pronoun stands for
        (
            "en",
            "Kenya Airways stated its intention to leave the Ugandan market.",
            ("Kenya Airways", "CONCEDE", "Uganda"),
            "planned",
        ),
        # "gaan" plans its open complement; forming (work)groups is cooperating in both languages
        (
            "nl",
            "Kenia en Oeganda maakten bekend dat zij zes werkgroepen gaan vormen.",
            ("Kenya", "AGREE", "Uganda"),
            "planned",
        ),
        (
            "nl",
            "Kenia en Oeganda vormden een werkgroep.",
            ("Kenya", "COOPERATE", "Uganda"),
            "asserted",
        ),
        # an event verb's own clause gives the mode of the event's relations too
        ("en", "Kenya is to meet Uganda in Nairobi.", ("Kenya", "AGREE", "Uganda"), "planned"),
        ("en", "Kenya met Uganda in Nairobi.", ("Kenya", "CONSULT", "Uganda"), "asserted"),
    ],
)
def test_the_mode_of_a_plan(lang, text, expected, mode):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == mode


# ----------------------------------------------------------------------------- protest as purpose


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Activists of Greenpeace occupied an oil rig of Shell to protest against the drilling.",
            ("Greenpeace", "PROTEST", "Shell"),
        ),
        (
            "en",
            "Farmers from Kenya blocked roads to Uganda in protest.",
            ("Kenya", "PROTEST", "Uganda"),
        ),
        # a diplomatic act done in protest keeps its own type (PLOVER: PROTEST is physical)
        ("en", "Kenya expelled Uganda's ambassador in protest.", ("Kenya", "SANCTION", "Uganda")),
        # the protest's own phrase names whom it is against when the act names no one
        (
            "nl",
            "Greenpeace bezette het stadhuis van Rotterdam uit protest tegen Shell.",
            ("Greenpeace", "PROTEST", "Shell"),
        ),
        (
            "nl",
            "De FNV legde het werk neer uit protest tegen Tata Steel.",
            ("FNV", "PROTEST", "Tata Steel"),
        ),
        (
            "en",
            "Greenpeace blocked the main road in protest against Shell.",
            ("Greenpeace", "PROTEST", "Shell"),
        ),
    ],
)
def test_an_act_done_as_a_protest_is_a_protest(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert [k for k in found if k[0] == expected[0] and k[2] == expected[2]] == [expected]


# ------------------------------------------------------------------- planned dates, counts


@pytest.mark.parametrize(
    "lang, text, forward, expected",
    [
        # the document is of Wednesday 3 December 2025
        ("en", "on Friday", False, ["2025-11-28"]),
        ("en", "on Friday", True, ["2025-12-05"]),
        ("nl", "op woensdag", True, ["2025-12-03"]),
        ("nl", "in maart", False, ["2025-03"]),
        ("nl", "in maart", True, ["2026-03"]),
        ("en", "on 9 January", True, ["2026-01-09"]),
        # an explicit year or a relative word does not change with the mode
        ("en", "in March 2024", True, ["2024-03"]),
        ("nl", "vorige week", True, ["2025-11-26"]),
    ],
)
def test_a_planned_act_looks_forward_for_its_weekday_or_month(lang, text, forward, expected):
    from extract.dates import relative_days
    from extract.lexicon import load_lexicon

    days = relative_days(load_lexicon(lang).times)
    found = find_time_mentions(text, lang, "2025-12-03", days, forward=forward)
    assert [m.value for m in found] == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "The chain sold roughly 2000 stores in 2015.", ["2015"]),
        ("en", "More than 2000 people marched.", []),
        ("nl", "Er kwamen ruim 2000 mensen op af, net als in 2019.", ["2019"]),
        ("nl", "Zo'n 2000 boeren protesteerden.", []),
        # a year after a preposition stays a year
        ("en", "The war started in 2014.", ["2014"]),
    ],
)
def test_a_counted_number_is_no_year(lang, text, expected):
    assert [m.value for m in find_time_mentions(text, lang, "2025-12-03")] == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # the year said in words is the month's year (the article is of 3 December 2025)
        ("en", "He joined the company in March of last year.", ["2024-03"]),
        ("en", "The plant closes in March next year.", ["2026-03"]),
        ("en", "The strike began on 5 March last year.", ["2024-03-05"]),
        ("nl", "Hij trad in maart van vorig jaar in dienst.", ["2024-03"]),
        ("nl", "De fabriek sluit in maart volgend jaar.", ["2026-03"]),
        # a month with its own year keeps it; "last March" is the latest March
        ("en", "Sales fell in March 2019, as they did last year.", ["2019-03", "2024"]),
        ("en", "Talks stalled last March.", ["2025-03"]),
    ],
)
def test_a_month_takes_the_year_said_after_it(lang, text, expected):
    assert [m.value for m in find_time_mentions(text, lang, "2025-12-03")] == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "He joined the company in March of last year.", ["March of last year"]),
        ("nl", "Hij trad in maart van vorig jaar in dienst.", ["maart van vorig jaar"]),
        ("en", "Sales fell in March 2019, as they did last year.", ["March 2019", "last year"]),
    ],
)
def test_a_month_and_its_year_in_words_are_one_expression_without_a_document_date(
    lang, text, expected
):
    # clauses are matched to their time expressions before the document date is known; the
    # clause must get the whole "March of last year", not "March" (dated as the latest March)
    assert [m.text for m in find_time_mentions(text, lang, None)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Kenya met Uganda in March of last year."),
        ("nl", "Kenia ontmoette Oeganda in maart van vorig jaar."),
    ],
)
def test_a_relation_in_a_month_of_last_year_is_dated_in_last_year(lang, text):
    found = typed(text, lang)
    assert ("Kenya", "CONSULT", "Uganda") in found, sorted(found)
    assert found[("Kenya", "CONSULT", "Uganda")]["date"] == "2024-03"


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode, date",
    [
        (
            "en",
            "Kenya is to meet Uganda on Friday.",
            ("Kenya", "AGREE", "Uganda"),
            "planned",
            "2025-12-05",
        ),
        (
            "nl",
            "Naar verwachting ontmoet Kenia vrijdag Oeganda.",
            ("Kenya", "AGREE", "Uganda"),
            "planned",
            "2025-12-05",
        ),
        # what happened on a weekday stays in the past
        (
            "en",
            "Kenya met Uganda on Friday.",
            ("Kenya", "CONSULT", "Uganda"),
            "asserted",
            "2025-11-28",
        ),
    ],
)
def test_a_planned_meeting_is_dated_by_the_coming_weekday(lang, text, expected, mode, date):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert (found[expected]["mode"], found[expected]["date"]) == (mode, date)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode",
    [
        # the model lemmatises "hopes" as "hop"; the lemma table knows better
        ("en", "Kenya hopes to meet Uganda.", ("Kenya", "CONSULT", "Uganda"), "possible"),
        ("nl", "Kenia hoopt Oeganda te ontmoeten.", ("Kenya", "CONSULT", "Uganda"), "possible"),
    ],
)
def test_a_hoped_for_act_is_possible(lang, text, expected, mode):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == mode


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # abbreviated weekdays are words of their own: "zo" (so), "do", "ma"; "wed", "sun"
        ("nl", "Hij kwam zo snel mogelijk; zo'n besluit neemt ma niet.", []),
        ("en", "They wed under the sun.", []),
        # a month alone is named in full; "Jan" is a first name
        ("nl", "Jan Smit kwam in maart.", ["2025-03"]),
        ("en", "They met on Dec 4.", ["2025-12-04"]),
    ],
)
def test_abbreviations_that_are_words_name_no_day(lang, text, expected):
    assert [m.value for m in find_time_mentions(text, lang, "2025-12-03")] == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a weekday joined to a part of the day is that weekday
        ("nl", "Het gebeurde vrijdagmiddag in Koszalin.", [("vrijdagmiddag", "2025-11-28")]),
        ("nl", "Op dinsdagavond sprak hij.", [("dinsdagavond", "2025-12-02")]),
        ("en", "He was attacked last night.", [("last night", "2025-12-02")]),
    ],
)
def test_parts_of_the_day_keep_their_day(lang, text, expected):
    from extract.dates import relative_days
    from extract.lexicon import load_lexicon

    days = relative_days(load_lexicon(lang).times)
    found = find_time_mentions(text, lang, "2025-12-03", days)
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, mode",
    [
        # the event noun is what its verb plans, demands or refuses
        ("en", "A summit of Kenya and Uganda is planned for Friday.", "planned"),
        ("nl", "De top van Kenia en Oeganda staat gepland voor vrijdag.", "planned"),
        ("nl", "Kenia eist gesprekken met Oeganda.", "demanded"),
    ],
)
def test_an_events_verb_gives_its_participants_their_mode(lang, text, mode):
    result = extract(
        [Document(id="t", title="t", text=text, source="test", date="2025-12-03", language=lang)]
    )
    records = result.records
    label = {e["id"]: e["label"] for e in records["entities"]}
    taking_part = {
        (label[r["source"]], r["mode"]) for r in records["relations"] if r["type"] == "PARTICIPANT"
    }
    assert taking_part == {("Kenya", mode), ("Uganda", mode)}
    if "riday" in text or "vrijdag" in text:
        # a planned event's weekday is the coming one, not the one before the document date
        events = [e for e in records["entities"] if e["type"] == "EVENT"]
        assert [e["event"]["date"] for e in events] == ["2025-12-05"]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, event, mode",
    [
        # the summit and the call took place; what is denied or doubted is the act in them
        ("en", "Kenya did not speak with Uganda during the summit.", "summit", "asserted"),
        ("nl", "Kenia sprak tijdens de top niet met Oeganda.", "summit", "asserted"),
        (
            "en",
            "In a phone call, Kenya may have urged Uganda to close the border.",
            "phone call",
            "asserted",
        ),
        (
            "nl",
            "Tijdens een telefoongesprek zou Kenia Oeganda hebben aangespoord de grens te sluiten.",
            "phone call",
            "asserted",
        ),
        # a planned act's setting is planned too
        ("nl", "Kenia zal tijdens de top met Oeganda spreken.", "summit", "planned"),
    ],
)
def test_taking_part_in_the_setting_of_a_denied_or_doubted_act_is_asserted(lang, text, event, mode):
    found = typed(text, lang, participants=True)
    assert ("Kenya", "PARTICIPANT", event) in found, sorted(found)
    assert found[("Kenya", "PARTICIPANT", event)]["mode"] == mode


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, mode",
    [
        ("en", "Kenya was unable to reach an agreement with Uganda.", "negated"),
        ("en", "Kenya was able to reach an agreement with Uganda.", "asserted"),
        ("nl", "Kenia was niet in staat een akkoord met Oeganda te bereiken.", "negated"),
    ],
)
def test_an_agreement_one_was_unable_to_reach_is_negated(lang, text, mode):
    found = typed(text, lang)
    assert ("Kenya", "AGREE", "Uganda") in found, sorted(found)
    assert found[("Kenya", "AGREE", "Uganda")]["mode"] == mode


@pytest.mark.model
@pytest.mark.parametrize(
    "text, mode",
    [
        # a subject that denies the act negates it; "not X but Y" only contrasts
        ("Neither Kenya nor Uganda signed the agreement.", "negated"),
        ("Kenya and Uganda signed the agreement.", "asserted"),
    ],
)
def test_a_negated_subject_negates_the_act(text, mode):
    found = typed(text, "en")
    assert ("Kenya", "AGREE", "Uganda") in found, sorted(found)
    assert found[("Kenya", "AGREE", "Uganda")]["mode"] == mode


@pytest.mark.model
def test_refused_talks_are_rejected_by_the_refuser_and_do_not_take_place():
    # the refuser does not take part: it rejects the talks (and so the other side); the other
    # side's taking part is negated
    result = extract(
        [
            Document(
                id="t",
                title="t",
                text="Kenya refused talks with Uganda.",
                source="test",
                date="2025-12-03",
                language="en",
            )
        ]
    )
    records = result.records
    label = {e["id"]: e["label"] for e in records["entities"]}
    found = {
        (label[r["source"]], r["type"], label[r["target"]], r["mode"]) for r in records["relations"]
    }
    assert ("Kenya", "REJECT", "Uganda", "asserted") in found
    assert ("Uganda", "PARTICIPANT", "talks", "negated") in found
    assert not [f for f in found if f[0] == "Kenya" and f[1] == "PARTICIPANT"]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "On Monday, Kenya said it would attack Uganda."),
        ("nl", "Op maandag zei de Keniaanse regering dat Kenia Oeganda zal aanvallen."),
    ],
)
def test_a_planned_act_dated_by_its_speech_verb_takes_the_day_it_was_said(lang, text):
    # the clause has no time of its own; Monday is when it was said (1 December), not the
    # Monday after the article (8 December), although the attack itself is planned
    found = typed(text, lang)
    rel = found.get(("Kenya", "ASSAULT", "Uganda"))
    assert rel is not None, sorted(found)
    assert (rel["mode"], rel["date"], rel["date_source"]) == ("planned", "2025-12-01", "text")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode",
    [
        # the Dutch parser hangs "wil" on the verb as an auxiliary, not as its governor
        ("nl", "Rusland wil Oekraïne aanvallen.", ("Russia", "ASSAULT", "Ukraine"), "planned"),
        ("nl", "Kenia wilde Oeganda ontmoeten.", ("Kenya", "AGREE", "Uganda"), "planned"),
        ("en", "Russia wants to attack Ukraine.", ("Russia", "ASSAULT", "Ukraine"), "planned"),
        ("nl", "Rusland viel Oekraïne aan.", ("Russia", "ASSAULT", "Ukraine"), "asserted"),
    ],
)
def test_a_wanted_act_is_planned(lang, text, expected, mode):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == mode


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, reporter",
    [
        (
            "nl",
            "Servië trok zijn tanks weg van de grens met Kosovo, zo bevestigde de Navo.",
            ("Serbia", "RETREAT", "Kosovo"),
            "kb:nato",
        ),
        (
            "nl",
            "Wit-Rusland heeft eenheden bij de grens met Polen gelegerd, zegt Litouwen.",
            ("Belarus", "MOBILIZE", "Poland"),
            "kb:LTU",
        ),
        (
            "en",
            "Russia withdrew its troops from the border with Finland, NATO confirmed.",
            ("Russia", "RETREAT", "Finland"),
            "kb:nato",
        ),
    ],
)
def test_whoever_reports_an_act_is_not_whom_it_is_aimed_at(lang, text, expected, reporter):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert found[expected]["reported_by"] == reporter
    assert [k for k in found if k[1] == expected[1]] == [expected], sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode",
    [
        (
            "en",
            "Kenya would also begin attacking Somalia.",
            ("Kenya", "ASSAULT", "Somalia"),
            "planned",
        ),
        ("en", "Kenya will start supporting Somalia.", ("Kenya", "AGREE", "Somalia"), "planned"),
        # a future speech verb does not plan what it reports
        (
            "en",
            "Kenya will say that Somalia attacked Ethiopia.",
            ("Somalia", "ASSAULT", "Ethiopia"),
            "asserted",
        ),
        (
            "nl",
            "Kenia zal zeggen dat Somalië Ethiopië aanviel.",
            ("Somalia", "ASSAULT", "Ethiopia"),
            "asserted",
        ),
    ],
)
def test_a_future_verb_plans_its_open_complement(lang, text, expected, mode):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == mode


# ------------------------------------------------- the time the sentence before told (model)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, headline, lead, date",
    [
        (
            "en",
            "Kenya accuses Somalia of border raid",
            "NAIROBI - On Friday, Kenya accused Somalia of a raid on its border.",
            "2025-11-28",
        ),
        (
            "nl",
            "Kenia beschuldigt Somalië van grensaanval",
            "NAIROBI - Kenia heeft vrijdag Somalië beschuldigd van een aanval op de grens.",
            "2025-11-28",
        ),
        # a first sentence with a full stop is no headline: the document's day (a lead that
        # retells its raid would date the raid, and the accusation of it, by its own Friday)
        (
            "en",
            "Kenya accuses Somalia of border raid.",
            "NAIROBI - On Friday, Kenya closed two crossings on its border.",
            "2025-12-03",
        ),
    ],
)
def test_a_headline_takes_the_time_of_its_lead(lang, headline, lead, date):
    records = records_of(f"{headline}\n\n{lead}", lang)
    label = {e["id"]: e["label"] for e in records["entities"]}
    end = len(headline)
    found = [
        (label[r["source"]], r["type"], label[r["target"]], r["date"])
        for r in records["relations"]
        if r["type"] == "ACCUSE" and r["trigger_start"] < end
    ]
    assert found == [("Kenya", "ACCUSE", "Somalia", date)], records["relations"]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "On 4 March, Kenya closed its border with Somalia.\n\nEarlier that day, Uganda "
            "signed a deal with Ethiopia.",
        ),
        (
            "nl",
            "Op 4 maart sloot Kenia de grens met Somalië.\n\nEerder die dag tekende Oeganda "
            "een akkoord met Ethiopië.",
        ),
        (
            "en",
            "On 4 March, Kenya closed its border with Somalia. Uganda signed a deal with Ethiopia "
            "the same day.",
        ),
        (
            "nl",
            "Op 4 maart sloot Kenia de grens met Somalië. Oeganda tekende dezelfde dag een akkoord "
            "met Ethiopië.",
        ),
    ],
)
def test_an_act_of_that_day_is_dated_by_the_day_told_before(lang, text):
    found = typed(text, lang)
    deal = found.get(("Uganda", "AGREE", "Ethiopia"))
    assert deal is not None, sorted(found)
    assert (deal["date"], deal["date_source"]) == ("2025-03-04", "text")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, date",
    [
        (
            "en",
            "On Monday, Kenya closed its border with Somalia. After the closure, Kenya accused "
            "Somalia of harbouring militants.",
            ("Kenya", "ACCUSE", "Somalia"),
            "2025-12-01",
        ),
        (
            "nl",
            "Kenia sloot maandag de grens met Somalië. Daarna beschuldigde Kenia Somalië van "
            "het steunen van milities.",
            ("Kenya", "ACCUSE", "Somalia"),
            "2025-12-01",
        ),
    ],
)
def test_a_clause_without_a_time_takes_the_time_the_sentence_before_told(
    lang, text, expected, date
):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert (found[expected]["date"], found[expected]["date_source"]) == (date, "text")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # another paragraph tells another story
        (
            "en",
            "On Monday, Kenya closed its border with Somalia.\n\nKenya accused Somalia of "
            "harbouring militants.",
            ("Kenya", "ACCUSE", "Somalia"),
        ),
        (
            "nl",
            "Kenia sloot maandag de grens met Somalië.\n\nKenia beschuldigde Somalië van het "
            "steunen van milities.",
            ("Kenya", "ACCUSE", "Somalia"),
        ),
        # the pluperfect steps back from the time told: the accusation came before Monday
        (
            "en",
            "On Monday, Kenya closed its border with Somalia. Kenya had accused Somalia of "
            "harbouring militants.",
            ("Kenya", "ACCUSE", "Somalia"),
        ),
        (
            "nl",
            "Kenia sloot maandag de grens met Somalië. Kenia had Somalië beschuldigd van het "
            "steunen van milities.",
            ("Kenya", "ACCUSE", "Somalia"),
        ),
        # what is still to come is not dated by the story told so far
        (
            "en",
            "On Monday, Kenya closed its border with Somalia. Kenya will support Ethiopia in "
            "the dispute.",
            ("Kenya", "AGREE", "Ethiopia"),
        ),
        (
            "nl",
            "Kenia sloot maandag de grens met Somalië. Kenia zal Ethiopië steunen in het conflict.",
            ("Kenya", "AGREE", "Ethiopia"),
        ),
    ],
)
def test_a_told_time_does_not_cross_a_paragraph_or_date_what_is_planned(lang, text, expected):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert (found[expected]["date"], found[expected]["date_source"]) == ("2025-12-03", "document")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, date, source",
    [
        # an unrelated sentence after it: other actors, another act
        (
            "en",
            "On Monday, Kenya closed its border with Somalia. Uganda accused Ethiopia of "
            "harbouring militants.",
            ("Uganda", "ACCUSE", "Ethiopia"),
            "2025-12-03",
            "document",
        ),
        (
            "nl",
            "Kenia sloot maandag de grens met Somalië. Oeganda beschuldigde Ethiopië van het "
            "steunen van milities.",
            ("Uganda", "ACCUSE", "Ethiopia"),
            "2025-12-03",
            "document",
        ),
        # the same act told again, with no name in common: the vote, the sentencing
        (
            "en",
            "The parliament voted on Monday on the troops. Following the vote, Uganda accused "
            "Ethiopia of harbouring militants.",
            ("Uganda", "ACCUSE", "Ethiopia"),
            "2025-12-01",
            "text",
        ),
        (
            "nl",
            "Een oud-minister werd maandag veroordeeld. Rechter Anna de Vries veroordeelde "
            "Jan Kamau tot twee jaar cel.",
            # a sentence to prison is COERCE (PLOVER), not a condemnation
            ("Anna de Vries", "COERCE", "Jan Kamau"),
            "2025-12-01",
            "text",
        ),
        # told again over a paragraph break: the story goes on, though the names change
        (
            "en",
            "On Monday, Kenya accused Somalia of harbouring militants.\n\nAt a meeting in"
            " Nairobi, Uganda accused Ethiopia of backing the rebels.",
            ("Uganda", "ACCUSE", "Ethiopia"),
            "2025-12-01",
            "text",
        ),
        (
            "nl",
            "Kenia beschuldigde Somalië maandag van steun aan milities.\n\nOp een bijeenkomst"
            " in Nairobi beschuldigde Oeganda Ethiopië van steun aan de rebellen.",
            ("Uganda", "ACCUSE", "Ethiopia"),
            "2025-12-01",
            "text",
        ),
    ],
)
def test_a_told_time_dates_only_a_sentence_that_goes_on_with_its_actors_or_its_act(
    lang, text, expected, date, source
):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert (found[expected]["date"], found[expected]["date_source"]) == (date, source)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "In 2011, Kenya attacked Somalia. Three years later, Kenya attacked Ethiopia."),
        ("nl", "In 2011 viel Kenia Somalië aan. Drie jaar later viel Kenia Ethiopië aan."),
    ],
)
def test_an_act_a_time_later_is_dated_from_the_time_before(lang, text):
    found = typed(text, lang)
    rel = found[("Kenya", "ASSAULT", "Ethiopia")]
    assert (rel["date"], rel["date_source"]) == ("2014", "text")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "In 2019, Kenya attacked Somalia. Five years earlier, in 2011, Kenya attacked "
            "Ethiopia.",
        ),
        (
            "nl",
            "In 2019 viel Kenia Somalië aan. Vijf jaar eerder, in 2011, viel Kenia Ethiopië aan.",
        ),
    ],
)
def test_an_explicit_date_wins_over_a_time_counted_in_the_same_clause(lang, text):
    rel = typed(text, lang)[("Kenya", "ASSAULT", "Ethiopia")]
    assert (rel["date"], rel["date_source"]) == ("2011", "text")


# ------------------------------------- the present tense with a weekday or month: ahead (model)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode, date",
    [
        # news tells what is to come in the present: "meets on Friday" is the coming Friday
        (
            "en",
            "Kenya meets Somalia on Friday in Nairobi.",
            ("Kenya", "AGREE", "Somalia"),
            "planned",
            "2025-12-05",
        ),
        (
            "en",
            "Kenya is meeting Somalia on Friday in Nairobi.",
            ("Kenya", "AGREE", "Somalia"),
            "planned",
            "2025-12-05",
        ),
        (
            "nl",
            "Kenia ontmoet Somalië vrijdag in Nairobi.",
            ("Kenya", "AGREE", "Somalia"),
            "planned",
            "2025-12-05",
        ),
        (
            "nl",
            "Volgens de krant wordt Kenia in juni door Somalië aangeklaagd.",
            ("Somalia", "ACCUSE", "Kenya"),
            "planned",
            "2026-06",
        ),
        # the time of a noun is not the clause's
        (
            "en",
            "The November 4 agreement between Kenya and Somalia is still valid.",
            ("Kenya", "AGREE", "Somalia"),
            "asserted",
            "2025-11-04",
        ),
        # the past, the perfect, and a time that says its own direction or year stay as they are
        (
            "en",
            "Kenya met Somalia on Friday in Nairobi.",
            ("Kenya", "CONSULT", "Somalia"),
            "asserted",
            "2025-11-28",
        ),
        (
            "nl",
            "Kenia ontmoette Somalië vrijdag in Nairobi.",
            ("Kenya", "CONSULT", "Somalia"),
            "asserted",
            "2025-11-28",
        ),
        (
            "nl",
            "Kenia heeft Somalië vrijdag in Nairobi ontmoet.",
            ("Kenya", "CONSULT", "Somalia"),
            "asserted",
            "2025-11-28",
        ),
        (
            "en",
            "Kenya meets Somalia in Nairobi in June 2024.",
            ("Kenya", "CONSULT", "Somalia"),
            "asserted",
            "2024-06",
        ),
        (
            "nl",
            "Kenia ontmoet Somalië vorige vrijdag in Nairobi.",
            ("Kenya", "CONSULT", "Somalia"),
            "asserted",
            "2025-11-28",
        ),
    ],
)
def test_the_present_tense_with_a_bare_weekday_or_month_is_planned(
    lang, text, expected, mode, date
):
    found = typed(text, lang)
    assert expected in found, sorted(found)
    assert (found[expected]["mode"], found[expected]["date"]) == (mode, date)


# ----------------------------------------------------------- demands by encouraging (model)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "France encouraged Germany to condemn Russia."),
        ("en", "France pressed Germany to condemn Russia."),
        ("nl", "Macron heeft Duitsland aangemoedigd Rusland te veroordelen."),
    ],
)
def test_an_act_one_is_encouraged_or_pressed_to_do_is_demanded(lang, text):
    # the condemnation has not happened: it is what the encourager asks for
    condemnations = [
        r for (s, t, o), r in typed(text, lang).items() if t == "ACCUSE" and o == "Russia"
    ]
    assert condemnations
    assert {r["mode"] for r in condemnations} == {"demanded"}


# ---------------------------------------------------------- a participle's time (model)


@pytest.mark.model
def test_a_participle_phrase_takes_the_time_of_its_clause():
    found = typed(
        "On Monday, Boris Johnson joined officials asking the United States to waive immunity "
        "for Anne Sacoolas.",
        "en",
    )
    request = found[("Boris Johnson", "REQUEST", "United States")]
    assert (request["date"], request["date_source"]) == ("2025-12-01", "text")


@pytest.mark.model
def test_a_relative_clause_with_its_own_verb_keeps_its_own_time():
    found = typed(
        "On Monday, Boris Johnson met officials who will ask the United States to waive immunity "
        "for Anne Sacoolas.",
        "en",
    )
    waiver = found[("United States", "CONCEDE", "Anne Sacoolas")]
    assert waiver["date"] != "2025-12-01"


# --------------------------------------- what a clause's mode does not reach (model)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected, mode",
    [
        # a phrasal verb is not its bare verb: calling off a search is no call for one
        (
            "en",
            "Kenya called off its search for the ship on Tuesday.",
            ("Kenya", "PARTICIPANT", "search"),
            "asserted",
        ),
        # a finite verb the parser hung on the urged infinitive is not urged
        (
            "en",
            "Kenya urged the embassy to reconsider and spoke with Uganda about the case.",
            ("Kenya", "CONSULT", "Uganda"),
            "asserted",
        ),
        # the calls are the asking; they do not demand it
        (
            "en",
            "Kenya joined the calls by Ugandan officials asking Ethiopia to leave Somalia.",
            ("Kenya", "REQUEST", "Ethiopia"),
            "asserted",
        ),
        # a negated copula or object denies what is said of the ban, not the ban
        (
            "en",
            "A spokesman said the ban on Kenya Airways is not part of a broader plan.",
            ("Kenya Airways", "PARTICIPANT", "sanctions"),
            "asserted",
        ),
        (
            "nl",
            "Het Duitse verbod op Kenya Airways maakt geen deel uit van een breder plan.",
            ("Germany", "SANCTION", "Kenya Airways"),
            "asserted",
        ),
        # the negation denies the naming of a cause, not the fire
        (
            "en",
            "Authorities have not named a cause for the fire in Kenya.",
            ("Kenya", "PARTICIPANT", "fire in Kenya"),
            "asserted",
        ),
        (
            "nl",
            "De autoriteiten hebben geen oorzaak van de brand in Kenia genoemd.",
            ("Kenya", "PARTICIPANT", "fire in Kenya"),
            "asserted",
        ),
        # ... while talks that did not take place are denied
        (
            "en",
            "The talks between Kenya and Uganda did not take place.",
            ("Kenya", "PARTICIPANT", "talks"),
            "negated",
        ),
        (
            "nl",
            "De gesprekken tussen Kenia en Oeganda vonden niet plaats.",
            ("Kenya", "PARTICIPANT", "talks"),
            "negated",
        ),
        # "als voorbeeld": as an example, no condition
        (
            "nl",
            "De Verenigde Staten wezen op de aanval op Kenia als voorbeeld.",
            ("United States", "PARTICIPANT", "attack"),
            "asserted",
        ),
    ],
)
def test_what_a_clause_does_not_plan_demand_deny_or_make_conditional(lang, text, expected, mode):
    found = typed(text, lang, participants=True)
    assert expected in found, sorted(found)
    assert found[expected]["mode"] == mode


@pytest.mark.model
@pytest.mark.parametrize(
    "text, type_, mode, date",
    [
        # the Monday of the tweet that reports it: a past report, no act ahead
        (
            '"Kenya Airways vervoert wapens en steunt daarmee de ambities van Oeganda", aldus een '
            "tweet van maandag van de Keniaanse minister.",
            "SUPPORT",
            "asserted",
            "2025-12-01",
        ),
        # the act's own Monday in the present tense is still ahead: planned support, which
        # PLOVER codes as AGREE
        ("Kenya Airways steunt Oeganda op maandag.", "AGREE", "planned", "2025-12-08"),
    ],
)
def test_a_time_of_the_reporting_phrase_puts_no_act_ahead(text, type_, mode, date):
    found = typed(text, "nl")
    rel = found.get(("Kenya Airways", type_, "Uganda"))
    assert rel is not None, sorted(found)
    assert (rel["mode"], rel["date"]) == (mode, date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It was the worst bombing in Kabul since an attack in Ghazni in August 2018."),
        ("nl", "Het was de ergste aanslag in Kabul sinds een aanval in Ghazni in augustus 2018."),
    ],
)
def test_a_time_in_a_since_phrase_dates_the_event_there_and_not_the_one_before(lang, text):
    records = records_of(text, lang)
    events = [e["event"] for e in records["entities"] if e["type"] == "EVENT"]
    dates = {event["trigger"]: event["date"] for event in events}
    later, earlier = ("bombing", "attack") if lang == "en" else ("aanslag", "aanval")
    assert dates == {later: "2025-12-03", earlier: "2018-08"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "en",
            "On Monday, Kenya accused Somalia of an attack. The border is long. Kenya also"
            " criticised Ethiopia.",
            "2025-12-01",
        ),
        (
            "nl",
            "Op maandag beschuldigde Kenia Somalië van een aanval. De grens is lang. Kenia"
            " bekritiseerde ook Ethiopië.",
            "2025-12-01",
        ),
        # a new paragraph after Monday's sentence tells another day's news
        (
            "en",
            "On Monday, Kenya accused Somalia of an attack.\nThe border is long. Kenya also"
            " criticised Ethiopia.",
            "2025-12-03",
        ),
    ],
)
def test_an_actor_going_on_keeps_the_time_told_sentences_before(lang, text, date):
    found = typed(text, lang)
    assert found[("Kenya", "ACCUSE", "Ethiopia")]["date"] == date, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "date", "source"),
    [
        # the progressive passive of the past tells what went on then: Monday's
        (
            "en",
            "On Monday, William Ruto flew to Addis Ababa. Ruto was being met by Abiy Ahmed at "
            "the airport.",
            "2025-12-01",
            "text",
        ),
        # the pluperfect, active or passive, steps back from the time told: before Monday
        (
            "en",
            "On Monday, William Ruto flew to Addis Ababa. Ruto had been met by Abiy Ahmed at "
            "the airport.",
            "2025-12-03",
            "document",
        ),
        (
            "en",
            "On Monday, William Ruto flew to Addis Ababa. Abiy Ahmed had met Ruto at the airport.",
            "2025-12-03",
            "document",
        ),
    ],
)
def test_a_meeting_in_the_pluperfect_is_not_dated_by_the_time_told_before(lang, text, date, source):
    found = typed(text, lang)
    met = [r for (a, _, b), r in found.items() if {a, b} == {"William Ruto", "Abiy Ahmed"}]
    assert met, sorted(found)
    assert all((r["date"], r["date_source"]) == (date, source) for r in met), met


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, William Ruto flew to Addis Ababa. Abiy Ahmed had met Ruto at the airport.",
        # an event noun of a clause in the pluperfect (review: dated Monday as a text date)
        "On Monday, William Ruto flew to Addis Ababa. Abiy Ahmed had held talks with Ruto.",
        "On Monday, William Ruto crossed into Somalia. Kenya had launched an attack on al-Shabaab.",
        # an event noun as the subject of a pluperfect clause (review)
        "On Monday, William Ruto flew to Addis Ababa. The meeting with Abiy Ahmed had taken "
        "place at the airport.",
    ],
)
def test_an_event_told_in_the_pluperfect_takes_neither_the_time_told_nor_the_story_s_day(text):
    # review: the event node and its participants still showed Monday, as the story's day
    records = records_of(text, "en", "2025-12-03")
    events = [e for e in records["entities"] if e["type"] == "EVENT"]
    assert events, records["entities"]
    for event in events:
        assert event["event"]["date"] != "2025-12-01", event
    parts = [r for r in records["relations"] if r["type"] == "PARTICIPANT"]
    assert parts and all(r["date"] != "2025-12-01" for r in parts), parts


def test_an_event_noun_further_down_a_pluperfect_clause_keeps_the_story_s_day():
    # the petition came before; what its ruling is on is the story's (dev: a ruling on a
    # suspension fell to the article's date when its clause alone was read)
    text = (
        "On Wednesday, Joanna Cherry spoke in Edinburgh. The Court of Session had been "
        "petitioned by Cherry for a ruling on the suspension of Parliament."
    )
    records = records_of(text, "en", "2025-12-05")
    dates = {e["label"]: e["event"]["date"] for e in records["entities"] if e["type"] == "EVENT"}
    assert dates and set(dates.values()) == {"2025-12-03"}, dates


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "en",
            "On Monday, Kenya closed its border with Somalia. The border is long. Protests broke"
            " out in Mogadishu.",
            "2025-12-01",
        ),
        (
            "nl",
            "Op maandag sloot Kenia de grens met Somalië. De grens is lang. In Mogadishu braken"
            " protesten uit.",
            "2025-12-01",
        ),
        # another paragraph tells another story: not Tuesday's, but on the day the lead tells
        (
            "en",
            "On Monday, Kenya closed its border with Somalia. On Tuesday, Uganda met Kenya in "
            "Kampala.\nThe border is long. Protests broke out in Mogadishu.",
            "2025-12-01",
        ),
    ],
)
def test_an_event_takes_the_time_told_sentences_before_it(lang, text, date):
    records = records_of(text, lang)
    dates = [
        e["event"]["date"]
        for e in records["entities"]
        if e["type"] == "EVENT" and {"protests", "protesten"} & {a.lower() for a in e["aliases"]}
    ]
    assert dates == [date]


def test_time_an_act_in_an_after_clause_split_by_the_parser_is_the_main_clauses():
    """The parser hangs "gekozen" as a complement of "aangetreden": the election still belongs to
    the "nadat" clause and is Monday's, not the document's date."""
    found = typed(
        "Ursula von der Leyen heeft maandag het voorzitterschap van de Commissie aanvaard, nadat"
        " het nieuw aangetreden Europees Parlement haar in die functie had gekozen.",
        "nl",
        participants=True,
    )
    rel = found[("Ursula von der Leyen", "PARTICIPANT", "election")]
    assert (rel["date"], rel["date_source"]) == ("2025-12-01", "text")


# ------------------------------------------------- weekdays of a named week, and deadlines


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # the document is of Wednesday 3 December 2025: "afgelopen" names the Monday just past,
        # "vorige" that of the week before
        ("nl", "afgelopen maandag", ["2025-12-01"]),
        ("nl", "jongstleden dinsdag", ["2025-12-02"]),
        ("nl", "afgelopen woensdag", ["2025-11-26"]),
        ("nl", "vorige maandag", ["2025-11-24"]),
        # a weekday beside its week is one day, in either order
        ("nl", "vorige week dinsdag", ["2025-11-25"]),
        ("nl", "donderdagavond vorige week", ["2025-11-27"]),
        ("nl", "volgende week vrijdag", ["2025-12-12"]),
        ("en", "on Tuesday last week", ["2025-11-25"]),
        ("en", "on Friday next week", ["2025-12-12"]),
        # the week alone is still the week
        ("nl", "vorige week", ["2025-11-26"]),
    ],
)
def test_a_weekday_of_a_named_week_is_that_weeks_day(lang, text, expected):
    from extract.dates import relative_days
    from extract.lexicon import load_lexicon

    days = relative_days(load_lexicon(lang).times)
    assert [m.value for m in find_time_mentions(text, lang, "2025-12-03", days)] == expected


@pytest.mark.parametrize(
    "lang, rows, time, deadline",
    [
        # "to build the line by 2025"
        (
            "en",
            """
to 1 aux PART
build 1 ROOT VERB
the 3 det DET
line 1 dobj NOUN
by 1 prep ADP
2025 4 pobj NUM
""",
            (5, 6),
            True,
        ),
        # "de lijn uiterlijk in 2025 afmaken": the deadline word and then a preposition
        (
            "nl",
            """
de 1 det DET
lijn 5 obj NOUN
uiterlijk 4 advmod ADV
in 4 case ADP
2025 5 obl NUM
afmaken 5 ROOT VERB
""",
            (4, 5),
            True,
        ),
        # "met de lijn begonnen in 2025": a time, no deadline
        (
            "nl",
            """
met 2 case ADP
de 2 det DET
lijn 3 obl NOUN
begonnen 3 ROOT VERB
in 5 case ADP
2025 3 obl NUM
""",
            (5, 6),
            False,
        ),
    ],
)
def test_timing_a_time_after_a_deadline_word_is_a_deadline(lang, rows, time, deadline):
    from extract.grammar.timing import deadline_time, time_words
    from tests.extract.extraction_helpers import parse

    doc = parse(rows, lang)
    assert deadline_time(doc[time[0] : time[1]], time_words(lang, "deadline")) is deadline


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "On Monday, Kenya and Ethiopia agreed to finish the railway by 2030. Kenya accused "
            "Somalia of harbouring militants.",
        ),
        (
            "nl",
            "Kenia en Ethiopië spraken maandag af de spoorlijn uiterlijk in 2030 af te maken. "
            "Kenia beschuldigde Somalië van het steunen van milities.",
        ),
    ],
)
def test_a_deadline_is_no_time_told_for_the_sentence_after_it(lang, text):
    found = typed(text, lang)
    accused = ("Kenya", "ACCUSE", "Somalia")
    assert accused in found, sorted(found)
    assert (found[accused]["date"], found[accused]["date_source"]) == ("2025-12-01", "text")


#: "Kenya <verb> the vaccines by 20 November" (a parse built by hand), per language.
DEADLINE_ROWS = {
    "en": """
Kenya 1 nsubj PROPN
{verb} 1 ROOT VERB deliver
the 3 det DET
vaccines 1 dobj NOUN
by 1 prep ADP
20 4 pobj NUM
November 5 npadvmod PROPN
. 1 punct PUNCT
""",
    "nl": """
Kenia 1 nsubj PROPN
{verb} 1 ROOT VERB leveren
de 3 det DET
vaccins 1 obj NOUN
uiterlijk 6 advmod ADV
op 6 case ADP
20 1 obl NUM
november 6 flat NOUN
. 1 punct PUNCT
""",
}


@pytest.mark.parametrize(
    "lang, verb, tense, told",
    [
        # "Kenya delivered the vaccines by 20 November": done by then, so done then
        ("en", "delivered", "Tense=Past|VerbForm=Fin", ["20 November"]),
        # "Kenya delivers the vaccines by 20 November": still to be done
        ("en", "delivers", "Tense=Pres|VerbForm=Fin", []),
        ("nl", "leverde", "Tense=Past|VerbForm=Fin", ["20 november"]),
        ("nl", "levert", "Tense=Pres|VerbForm=Fin", []),
    ],
)
def test_timing_a_deadline_met_is_told_on_and_one_still_to_meet_is_not(lang, verb, tense, told):
    """The times told for the sentences after them leave out a deadline of an act still to be
    done, by the same rule that keeps it from dating that act, and only that one."""
    from extract.grammar.timing import told_times
    from tests.extract.extraction_helpers import parse

    doc = parse(DEADLINE_ROWS[lang].format(verb=verb), lang)
    doc[1].set_morph(tense)
    assert [doc.text[a:b] for a, b in told_times(doc, lang, {})] == told


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Kenya delivered the vaccines to Somalia by 20 November. Kenya accused Somalia of "
            "harbouring militants. Protests broke out in Mogadishu.",
        ),
        (
            "nl",
            "Kenia leverde de vaccins uiterlijk op 20 november aan Somalië. Kenia beschuldigde "
            "Somalië van het steunen van milities. In Mogadishu braken protesten uit.",
        ),
    ],
)
def test_a_deadline_met_is_told_alike_to_the_acts_and_events_after_it(lang, text):
    """An act done by a deadline was done then: the reaction told next, and the protests after
    it, take that day alike (the relation walked past it to the document date)."""
    records = records_of(text, lang)
    found = typed(text, lang)
    accused = ("Kenya", "ACCUSE", "Somalia")
    assert accused in found, sorted(found)
    assert (found[accused]["date"], found[accused]["date_source"]) == ("2025-11-20", "text")
    dates = [e["event"]["date"] for e in records["entities"] if e["type"] == "EVENT"]
    assert dates == ["2025-11-20"]


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "nl",
            "Kenia beschuldigde Somalië afgelopen maandag van het steunen van milities.",
            "2025-12-01",
        ),
        (
            "nl",
            "Kenia beschuldigde Somalië vorige week dinsdag van het steunen van milities.",
            "2025-11-25",
        ),
        ("en", "Kenya accused Somalia on Tuesday last week of harbouring militants.", "2025-11-25"),
    ],
)
def test_an_act_of_a_weekday_of_a_named_week_is_dated_that_day(lang, text, expected):
    found = typed(text, lang)
    accused = ("Kenya", "ACCUSE", "Somalia")
    assert accused in found, sorted(found)
    assert found[accused]["date"] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "On Monday, Kenya closed its border with Somalia. The new railway is to be finished "
            "by 2030. Kenya accused Somalia of harbouring militants.",
        ),
        (
            "nl",
            "Kenia sloot maandag de grens met Somalië. De nieuwe spoorlijn moet uiterlijk in 2030 "
            "klaar zijn. Kenia beschuldigde Somalië van het steunen van milities.",
        ),
    ],
)
def test_a_sentence_that_tells_only_a_deadline_ends_the_walk_back_for_a_told_time(lang, text):
    found = typed(text, lang)
    accused = ("Kenya", "ACCUSE", "Somalia")
    assert accused in found, sorted(found)
    assert (found[accused]["date"], found[accused]["date_source"]) == ("2025-12-03", "document")


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, act",
    [
        # PLOVER codes an announced future retreat as a concession ...
        (
            "en",
            "Portugal announced it would withdraw its troops from Mali.",
            ("Portugal", "CONCEDE", "Mali"),
        ),
        (
            "nl",
            "Portugal kondigde aan dat het zijn troepen uit Mali zal terugtrekken.",
            ("Portugal", "CONCEDE", "Mali"),
        ),
        # ... and a planned meeting or promised support as an agreement
        ("en", "Portugal will meet Morocco in Rabat next week.", ("Portugal", "AGREE", "Morocco")),
        ("nl", "Portugal zal Marokko volgende week steunen.", ("Portugal", "AGREE", "Morocco")),
    ],
)
def test_a_planned_act_is_coded_as_plover_codes_it(lang, text, act):
    found = typed(text, lang)
    assert act in found, sorted(found)
    assert found[act]["mode"] == "planned"
    source, _, target = act
    planned_as = {"CONCEDE": "RETREAT", "AGREE": ("CONSULT", "SUPPORT")}[act[1]]
    for old in (planned_as,) if isinstance(planned_as, str) else planned_as:
        assert (source, old, target) not in found, sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text, act",
    [
        # the act itself, once done, keeps its own type
        ("en", "Portugal withdrew its troops from Mali.", ("Portugal", "RETREAT", "Mali")),
        ("nl", "Portugal trok zijn troepen terug uit Mali.", ("Portugal", "RETREAT", "Mali")),
        ("en", "Portugal met Morocco in Rabat.", ("Portugal", "CONSULT", "Morocco")),
    ],
)
def test_an_act_done_keeps_its_own_type(lang, text, act):
    found = typed(text, lang)
    assert act in found, sorted(found)
    assert found[act]["mode"] == "asserted"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, act, date",
    [
        # "sinds maandag" limits a state that holds now: the Monday before the story, no plan
        (
            "Griekenland voert sinds dinsdag gezamenlijke patrouilles uit met Bulgarije.",
            ("Greece", "COOPERATE", "Bulgaria"),
            "2025-12-02",
        ),
        (
            "Gezamenlijke grenscontroles met Hongarije worden sinds maandag door Oostenrijk "
            "uitgevoerd.",
            ("Austria", "COOPERATE", "Hungary"),
            "2025-12-01",
        ),
    ],
)
def test_a_weekday_after_since_puts_no_act_ahead(text, act, date):
    found = typed(text, "nl")
    assert act in found, sorted(found)
    assert (found[act]["mode"], found[act]["date"]) == ("asserted", date)


@pytest.mark.parametrize(
    "type_, mode, coded",
    [
        ("RETREAT", "planned", "CONCEDE"),
        ("AID", "planned", "AGREE"),
        ("COOPERATE", "planned", "AGREE"),
        ("CONSULT", "planned", "AGREE"),
        ("SUPPORT", "planned", "AGREE"),
        ("SANCTION", "planned", "SANCTION"),  # a planned hostile act keeps its type
        ("RETREAT", "asserted", "RETREAT"),
        ("CONSULT", "possible", "CONSULT"),
    ],
)
def test_which_planned_acts_plover_recodes(type_, mode, coded):
    from extract.components.relations.relation import Relation, coded_as_planned

    act = Relation("a", "b", type_, "verb", 0, 1, 0, 0.8, mode=mode)
    assert coded_as_planned(act).type == coded
    assert coded_as_planned(act).mode == mode


@pytest.mark.model
@pytest.mark.parametrize(
    "text, act, mode, date",
    [
        # "is uitgeleverd" is the perfect of the passive: done on the Tuesday before the story
        (
            "Een verdachte van de moord is dinsdag door Turkije uitgeleverd aan België.",
            ("Türkiye", "COOPERATE", "Belgium"),
            "asserted",
            "2025-12-02",
        ),
        # "wordt uitgeleverd" with a weekday is still to come: a plan, coded as AGREE
        (
            "Een verdachte wordt dinsdag door Turkije uitgeleverd aan België.",
            ("Türkiye", "AGREE", "Belgium"),
            "planned",
            "2025-12-09",
        ),
    ],
)
def test_a_dutch_perfect_passive_with_a_weekday_is_no_plan(text, act, mode, date):
    found = typed(text, "nl")
    assert act in found, sorted(found)
    assert (found[act]["mode"], found[act]["date"]) == (mode, date)


@pytest.mark.model
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The debate between Kenyan President William Ruto and Yoweri Museveni is on"
            " January 15 in Nairobi.",
        ),
        (
            "nl",
            "Het debat tussen de Keniaanse president William Ruto en Yoweri Museveni is op"
            " 15 januari in Nairobi.",
        ),
    ],
)
def test_a_title_holds_whatever_the_date_of_the_event_its_clause_tells(lang, text):
    """A title is no act: the debate of 15 January (after the article's date) is to come, but
    Ruto is Kenya's president now, neither planned nor dated by the debate."""
    found = typed(text, lang, participants=True)
    role = found[("William Ruto", "ROLE", "Kenya")]
    assert (role["mode"], role["date_source"]) == ("asserted", "document")
    assert found[("William Ruto", "PARTICIPANT", "debate" if lang == "en" else "debat")][
        "mode"
    ] == ("planned")
