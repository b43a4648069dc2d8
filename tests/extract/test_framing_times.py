"""A clause on the noun of a fronted adverbial ("In a statement released on Tuesday, ...")
dates the main clause when that names no time of its own (extract/grammar/timing.py,
``_framed_clause``)."""

from __future__ import annotations

from extraction_helpers import parse, typed

from extract.grammar.timing import clause_time_spans

# "In a statement released on Tuesday , the ministry condemned Russia", as the English model
# parses it
FRONTED = """
In 9 prep ADP
a 2 det DET
statement 0 pobj NOUN
released 2 acl VERB
on 3 prep ADP
Tuesday 4 pobj PROPN
, 9 punct PUNCT
the 8 det DET
ministry 9 nsubj NOUN
condemned 9 ROOT VERB
Russia 9 dobj PROPN
"""


def _times_by_verb(doc, lang: str) -> dict[str, str]:
    spans = clause_time_spans(doc, lang, {})
    return {doc[verb].text: doc.text[start:end] for verb, (start, end) in spans.items()}


def test_a_participle_on_a_fronted_adverbials_noun_dates_the_main_clause():
    doc = parse(FRONTED, "en")
    assert _times_by_verb(doc, "en") == {"released": "Tuesday", "condemned": "Tuesday"}


def test_the_main_clauses_own_time_wins():
    # "In a statement released on Tuesday , the ministry condemned Russia on Monday"
    doc = parse(FRONTED + "on 9 prep ADP\nMonday 11 pobj PROPN\n", "en")
    assert _times_by_verb(doc, "en") == {"released": "Tuesday", "condemned": "Monday"}


def test_a_relative_clause_on_a_fronted_adverbials_noun_dates_the_main_clause_nl():
    # "In een verklaring die dinsdag werd gepubliceerd , veroordeelde het ministerie Rusland"
    doc = parse(
        """
In 2 case ADP
een 2 det DET
verklaring 8 obl NOUN
die 6 nsubj:pass PRON
dinsdag 6 obl PROPN
werd 6 aux:pass AUX
gepubliceerd 2 acl:relcl VERB
, 2 punct PUNCT
veroordeelde 8 ROOT VERB
het 10 det DET
ministerie 8 nsubj NOUN
Rusland 8 obj PROPN
""",
        "nl",
    )
    assert _times_by_verb(doc, "nl") == {"gepubliceerd": "dinsdag", "veroordeelde": "dinsdag"}


def test_a_phrase_after_the_subject_frames_nothing():
    # "The ministry , in a statement released on Tuesday , condemned Russia": the phrase comes
    # after the subject, so the rule leaves it to the others
    doc = parse(
        """
The 1 det DET
ministry 10 nsubj NOUN
, 10 punct PUNCT
in 10 prep ADP
a 5 det DET
statement 3 pobj NOUN
released 5 acl VERB
on 6 prep ADP
Tuesday 7 pobj PROPN
, 10 punct PUNCT
condemned 10 ROOT VERB
Russia 10 dobj PROPN
""",
        "en",
    )
    assert _times_by_verb(doc, "en") == {"released": "Tuesday"}


def test_a_condemnation_in_a_statement_released_on_a_weekday_is_that_days_en():
    relations = typed(
        "In a statement released on Tuesday, France condemned the Russian attack on Ukraine.",
        "en",
        "2019-09-19",  # a Thursday
    )
    condemned = [r for (_, kind, _), r in relations.items() if r["trigger"] == "condemned"]
    assert condemned and {r["date"] for r in condemned} == {"2019-09-17"}


def test_a_condemnation_in_a_statement_published_on_a_weekday_is_that_days_nl():
    relations = typed(
        "In een verklaring die dinsdag werd gepubliceerd, veroordeelde Frankrijk de aanval "
        "van Rusland op Oekraïne.",
        "nl",
        "2019-09-19",
    )
    condemned = [r for (_, kind, _), r in relations.items() if r["trigger"] == "veroordeelde"]
    assert condemned and {r["date"] for r in condemned} == {"2019-09-17"}


# "In a letter to The Herald , published on Monday , Vesey criticised Shell", with the participle
# hung on the name inside the phrase, as the English model parses it (dates7)
NESTED = """
In 12 prep ADP
a 2 det DET
letter 0 pobj NOUN
to 2 prep ADP
The 5 det DET
Herald 3 pobj PROPN
, 5 punct PUNCT
published 5 acl VERB
on 7 prep ADP
Monday 8 pobj PROPN
, 12 punct PUNCT
Vesey 12 nsubj PROPN
criticised 12 ROOT VERB
Shell 12 dobj PROPN
"""

# "In een brief aan de krant The Herald , die maandag werd gepubliceerd , bekritiseerde Vesey
# Shell", with the relative clause on the apposition, as the Dutch model parses it
NESTED_NL = """
In 2 case ADP
een 2 det DET
brief 14 obl NOUN
aan 5 case ADP
de 5 det DET
krant 2 nmod NOUN
The 5 appos PROPN
Herald 6 flat PROPN
, 12 punct PUNCT
die 12 nsubj:pass PRON
maandag 12 advmod PROPN
werd 12 aux:pass AUX
gepubliceerd 6 acl:relcl VERB
, 2 punct PUNCT
bekritiseerde 14 ROOT VERB
Vesey 14 nsubj PROPN
Shell 14 obj PROPN
"""


def test_a_clause_on_a_name_inside_the_fronted_phrase_dates_the_main_clause():
    doc = parse(NESTED, "en")
    assert _times_by_verb(doc, "en") == {"published": "Monday", "criticised": "Monday"}


def test_a_relative_clause_on_a_name_inside_the_fronted_phrase_dates_the_main_clause_nl():
    doc = parse(NESTED_NL, "nl")
    assert _times_by_verb(doc, "nl") == {"gepubliceerd": "maandag", "bekritiseerde": "maandag"}


def test_an_accusation_in_a_letter_to_a_paper_published_on_a_weekday_is_that_days_en():
    relations = typed(
        "In a letter to The Guardian, published on Tuesday, Greenpeace director Anna Berg "
        "accused Shell of misleading the public.",
        "en",
        "2019-09-19",  # a Thursday
    )
    accused = [r for (_, kind, _), r in relations.items() if r["trigger"] == "accused"]
    assert accused and {r["date"] for r in accused} == {"2019-09-17"}


def test_an_accusation_in_a_letter_to_a_paper_published_on_a_weekday_is_that_days_nl():
    relations = typed(
        "In een brief aan de krant The Guardian, die dinsdag werd gepubliceerd, beschuldigde "
        "Greenpeace-directeur Anna Berg Shell van misleiding.",
        "nl",
        "2019-09-19",
    )
    accused = [r for (_, kind, _), r in relations.items() if r["trigger"] == "beschuldigde"]
    assert accused and {r["date"] for r in accused} == {"2019-09-17"}
