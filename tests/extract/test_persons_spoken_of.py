"""A speaker speaks of the named person the clause it reports is about: "X said Y was
arrested" is STATEMENT X -> Y (docs/annotation.md: the speaker's STATEMENT goes to "the subject
they speak about"; extract/components/relations/speech.py ``_persons_spoken_of``). Not when the
clause tells an act between named ends (that act is the relation, reported by the speaker), and
not to a country the clause is about. End to end in both languages."""

from __future__ import annotations

import pytest

from tests.extract.extraction_helpers import typed


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "subject"),
    [
        (
            "en",
            "Governor Lena Marsh said Tomas Brandt had been arrested.",
            "Lena Marsh",
            "Tomas Brandt",
        ),
        (
            "nl",
            "Gouverneur Lena Marsh zei dat Pieter Janssen was gearresteerd.",
            "Lena Marsh",
            "Pieter Janssen",
        ),
        (
            "en",
            "Governor Lena Marsh underlined that Tomas Brandt had been arrested.",
            "Lena Marsh",
            "Tomas Brandt",
        ),
        (
            "nl",
            "Gouverneur Lena Marsh onderstreepte dat Pieter Janssen was gearresteerd.",
            "Lena Marsh",
            "Pieter Janssen",
        ),
    ],
)
def test_the_speaker_speaks_of_the_person_the_clause_is_about(lang, text, speaker, subject):
    found = typed(text, lang)
    assert (speaker, "STATEMENT", subject) in found


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "subject"),
    [
        ("en", "Lena Marsh said Tomas Brandt attacked Karl Weber.", "Lena Marsh", "Tomas Brandt"),
        (
            "nl",
            "Lena Marsh zei dat Pieter Janssen de journalist Karl Weber had aangevallen.",
            "Lena Marsh",
            "Pieter Janssen",
        ),
    ],
)
def test_an_act_told_in_the_clause_is_the_relation_not_a_statement(lang, text, speaker, subject):
    found = typed(text, lang)
    assert (speaker, "STATEMENT", subject) not in found
    assert (subject, "ASSAULT", "Karl Weber") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lena Marsh said Germany was disappointed."),
        ("nl", "Lena Marsh zei dat Duitsland teleurgesteld was."),
    ],
)
def test_no_statement_to_a_country_the_clause_is_about(lang, text):
    found = typed(text, lang)
    assert not [k for k in found if k[0] == "Lena Marsh" and k[1] == "STATEMENT"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "subject"),
    [
        (
            "en",
            'Carl Fisher died on Monday. Peter Johnson said: "He was a gentle soul."',
            "Peter Johnson",
            "Carl Fisher",
        ),
        (
            "nl",
            'Karel Visser overleed. Piet Jansen verklaarde: "Hij was een zachtaardige ziel."',
            "Piet Jansen",
            "Karel Visser",
        ),
        (
            # the Dutch parser hangs the quote's "Hij" on its auxiliary "heeft", not on the verb
            "nl",
            'Karel Visser overleed. Piet Jansen zei: "Hij heeft een onuitwisbaar stempel gedrukt."',
            "Piet Jansen",
            "Karel Visser",
        ),
    ],
)
def test_a_quote_speaks_of_the_person_its_pronoun_stands_for(lang, text, speaker, subject):
    # the quote's "he" is never its speaker, so it stands for the one person named before;
    # the Dutch parser hangs the quote's predicate on the speech verb as its object
    found = typed(text, lang)
    assert (speaker, "STATEMENT", subject) in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'Carl Fisher fled on Monday. Peter Johnson said: "He attacked Karl Weber."'),
        (
            "nl",
            'Karel Visser vluchtte. Piet Jansen zei: "Hij heeft Karl Weber aangevallen."',
        ),
    ],
)
def test_a_quote_that_tells_an_act_gives_no_statement(lang, text):
    # the act is the relation, reported by the quote's speaker
    found = typed(text, lang)
    assert not [k for k in found if k[1] == "STATEMENT"], sorted(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lena Marsh said Tomas Brandt was a hero."),
        ("nl", "Lena Marsh zei dat Pieter Janssen een held was."),
    ],
)
def test_a_copular_clause_speaks_of_its_subject(lang, text):
    # UD hangs the Dutch copula under its predicate noun, which heads the reported clause
    found = typed(text, lang)
    subject = "Tomas Brandt" if lang == "en" else "Pieter Janssen"
    assert ("Lena Marsh", "STATEMENT", subject) in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "President Carl Fisher spoke on Monday, while Minister Peter Johnson wrote he was "
            "deeply saddened.",
        ),
        (
            "nl",
            "President Karel Visser sprak maandag, terwijl minister Piet Jansen schreef dat hij "
            "diep bedroefd was.",
        ),
    ],
)
def test_a_pronoun_of_a_reported_clause_outside_quotes_is_no_person_spoken_of(lang, text):
    # "X wrote he was saddened" is mostly X's own state, not another's
    found = typed(text, lang)
    assert not [k for k in found if k[1] == "STATEMENT"], sorted(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            'Carl Fisher lost the vote on Monday. Anna Berg said he was "humbled" by the result.',
        ),
        (
            "nl",
            'Karel Visser verloor maandag de stemming. Anna Berg zei dat hij "vernederd" was door '
            "de uitslag.",
        ),
    ],
)
def test_a_quoted_word_makes_no_quote_of_the_clause_around_it(lang, text):
    # the pronoun lies outside the quoted word: a reported clause's pronoun, not a quote's
    found = typed(text, lang)
    assert not [k for k in found if k[1] == "STATEMENT"], sorted(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", '"Tom Reyes was a gentle soul," Anna Bell wrote.'),
        ("nl", 'Anna Bell schreef: "Tom Reyes was een zachtaardige ziel."'),
        # the parse reads "daaraanvoegen" first: the lemma the speech list knows, "toevoegen"
        ("nl", 'Kamerlid Anna Bell voegde daaraan toe: "Tom Reyes was een zachtaardige ziel."'),
    ],
)
def test_a_written_or_added_quote_speaks_of_its_subject(lang, text):
    # "wrote", "voegde toe" only report, as "said" does (speech.<lang>.tsv mode say)
    assert ("Anna Bell", "STATEMENT", "Tom Reyes") in typed(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", '"Tom Reyes was never at the meeting," Anna Bell denied.'),
        ("en", '"Tom Reyes was at the meeting," Anna Bell claimed.'),
        ("nl", 'Anna Bell ontkende: "Tom Reyes was geen held."'),
        ("nl", '"Tom Reyes was een leugenaar," beweerde Anna Bell.'),
    ],
)
def test_a_quote_a_denial_or_claim_attributes_gives_no_statement(lang, text):
    # a denial or a claim is an act of its own (docs/annotation.md, "Reported speech"), as
    # outside quotes (REPORTING_MODES): the quote's subject is no subject merely spoken of
    assert ("Anna Bell", "STATEMENT", "Tom Reyes") not in typed(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "type_", "subject"),
    [
        (
            "en",
            "The German government said Tomas Brandt had been arrested.",
            "Germany",
            "STATEMENT",
            "Tomas Brandt",
        ),
        (
            "nl",
            "De Duitse regering zei dat Pieter Janssen was gearresteerd.",
            "Germany",
            "STATEMENT",
            "Pieter Janssen",
        ),
        (
            "en",
            "Iranian officials said Tomas Brandt had broken the law.",
            "Iran",
            "ACCUSE",
            "Tomas Brandt",
        ),
        (
            "nl",
            "Iraanse functionarissen verklaarden dat Pieter Janssen de wet had overtreden.",
            "Iran",
            "ACCUSE",
            "Pieter Janssen",
        ),
        (
            "en",
            "The Iranian leadership said Tomas Brandt had broken the law.",
            "Iran",
            "ACCUSE",
            "Tomas Brandt",
        ),
        (
            "nl",
            "De Oekraïense legerleiding meldde dat Pieter Janssen de wet had overtreden.",
            "Ukraine",
            "ACCUSE",
            "Pieter Janssen",
        ),
    ],
)
def test_a_described_government_speaks_for_its_country(lang, text, speaker, type_, subject):
    # "the German government", "Iranian officials": a body or its officials described by the
    # country's adjective speak for the country, as its name would
    found = typed(text, lang)
    assert (speaker, type_, subject) in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A German doctor said Tomas Brandt had been arrested."),
        ("en", "Russian protesters said Tomas Brandt had broken the law."),
        ("nl", "Een Russische demonstrant verklaarde dat Pieter Janssen de wet had overtreden."),
    ],
)
def test_a_described_person_or_crowd_speaks_for_no_country(lang, text):
    # a doctor or protesters of a country are no voice of its state
    found = typed(text, lang)
    assert not [k for k in found if k[0] in ("Germany", "Russia")], sorted(found)
