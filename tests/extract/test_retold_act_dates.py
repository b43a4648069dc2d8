"""An event noun told again paragraphs after the verb of its stem ("was sworn in ... the
swearing-in") happened when that verb's clause says (extract/grammar/earlier_acts.py,
extract/components/events.py)."""

from __future__ import annotations

from extraction_helpers import parse, records_of

from extract.grammar.earlier_acts import earlier_act

# "Lopez was sworn in . Critics opposed the swearing-in ." ("swearing - in" with no spaces)
SWORN = """
Lopez 2 nsubjpass PROPN lopez
was 2 auxpass AUX be
sworn 2 ROOT VERB swear
in 2 prt ADP in
. 2 punct PUNCT .
Critics 6 nsubj NOUN critic
opposed 6 ROOT VERB oppose
the 10 det DET the
swearing 10 compound NOUN swearing
- 8 punct PUNCT -
in 6 dobj NOUN in
. 6 punct PUNCT .
"""


def _lemmas(token):
    return [token.lemma_]


def test_a_hyphenated_compound_refers_back_to_the_verb_of_its_first_part():
    spaces = [True] * 12
    spaces[8] = spaces[9] = False  # "swearing-in"
    doc = parse(SWORN, "en", spaces)
    assert doc[8:11].text == "swearing-in"
    found = earlier_act(doc[10], _lemmas)
    assert found is not None and found.text == "sworn"


def test_a_compound_with_spaces_is_no_compound():
    doc = parse(SWORN, "en")  # "swearing - in": a dash between words, not one word
    assert earlier_act(doc[10], _lemmas) is None


def test_the_swearing_in_told_paragraphs_later_is_dated_by_the_oath():
    text = (
        "On Friday, Maria Lopez was sworn in as the governor of Puerto Rico.\n\n"
        "The constitution says the secretary of state succeeds the governor. Lopez had been "
        "secretary of state for a month. The House had confirmed her, but the Senate had not. "
        "Both houses must confirm a nominee. Lopez said she would serve until the end of the "
        "term.\n\n"
        "The Senate president spoke against the swearing-in of Lopez."
    )
    records = records_of(text, "en", "2019-08-04")  # a Sunday
    oaths = [e for e in records["entities"] if e["type"] == "EVENT" and "in" in e["aliases"]]
    assert [e["event"]["date"] for e in oaths] == ["2019-08-02"]
