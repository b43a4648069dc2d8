"""The shipped Dutch pipeline: accuracy floors on held-out news, and the names of the sample
article.

Floors sit a little below the scores measured when the model was packaged (see models/README.md),
so a broken or swapped model fails here. CI never trains: these tests load the installed wheel.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

# measured on UD Alpino test when 0.6.0 was packaged (POS .9510, UAS .8216, LAS .7607, lemma .9362,
# sentences F .8682); the POS, UAS and LAS floors are issue 3's targets, which 0.4.0 (POS .9351,
# UAS .8093, LAS .7441) fails and 0.5.0 (LAS .7596) misses for LAS
FLOORS = {"pos_acc": 0.94, "dep_uas": 0.82, "dep_las": 0.76, "lemma_acc": 0.925, "sents_f": 0.85}


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_pipeline_alpino_test_accuracy_floor(alpino_scores: dict, metric: str) -> None:
    assert alpino_scores[metric] >= FLOORS[metric], (
        f"{metric} {alpino_scores[metric]:.4f} < {FLOORS[metric]}"
    )


def test_pipeline_components_and_labels(nlp) -> None:
    assert nlp.pipe_names[-1] == "newsgraph_name_typer"
    assert {"morphologizer", "parser", "trainable_lemmatizer"} <= set(nlp.pipe_names)
    assert {"nsubj", "obj", "obl", "nmod", "flat", "nmod:poss", "obl:agent"} <= set(
        nlp.get_pipe("parser").labels
    )
    assert nlp.meta["license"] == "CC BY-SA 4.0"
    assert any("LassySmall" in source["name"] for source in nlp.meta["sources"])


def test_pipeline_ships_each_name_table_with_its_licence(nlp) -> None:
    # first_names.txt comes from a GFDL 1.2 name dictionary, names.tsv from MIT actor lists
    tables = nlp.path / "newsgraph_name_typer"
    assert (tables / "first_names.txt").exists() and (tables / "names.tsv").exists()
    assert "GNU Free Documentation License" in (tables / "LICENSE.gfdl-1.2.txt").read_text(
        encoding="utf8"
    )
    assert "Copyright (c) 2014 Open Event Data" in (tables / "LICENSE.phoenix-mit.txt").read_text(
        encoding="utf8"
    )
    notice = (nlp.path / "LICENSES_SOURCES").read_text(encoding="utf8")
    assert "first_names.txt" in notice and "GNU Free Documentation License 1.2" in notice
    assert any(source["license"] == "GFDL 1.2" for source in nlp.meta["sources"])


def test_pipeline_entity_labels_are_per_org_loc_misc(sample_doc) -> None:
    assert {e.label_ for e in sample_doc.ents} <= {"PER", "ORG", "LOC", "MISC"}
    assert {"PER", "ORG", "LOC"} <= {e.label_ for e in sample_doc.ents}


def test_pipeline_organisations_in_the_sample_article(sample_doc) -> None:
    orgs = {e.text for e in sample_doc.ents if e.label_ == "ORG"}
    assert {"Kremlin", "Witte Huis"} <= orgs


def test_pipeline_paragraph_breaks_are_not_names(sample_doc) -> None:
    assert not [e.text for e in sample_doc.ents if "\n" in e.text or not e.text[:1].isupper()]


PEOPLE = [
    "Poetin",
    "Trump",
    "Witkoff",
    "Kushner",
    "Ushakov",
    "Zelenski",
    "Zelensky",
    "Rubio",
    "Macron",
]
PLACES = [
    "Oekraïne",
    "Moskou",
    "Rusland",
    "Kiev",
    "Europa",
    "Verenigde Staten",
    "VS",
    "Washington",
    "Krim",
    "Ierland",
    "Donetsk",
    "Loehansk",
    "Pokrovsk",
    "Vovchansk",
    "Kupyans",
    "Oost-Oekraïne",
]


@pytest.mark.parametrize("name", PEOPLE)
def test_pipeline_sample_article_every_person_mention_is_a_person(sample_doc, name: str) -> None:
    mentions = [t for t in sample_doc if t.text == name]
    assert mentions, f"{name} not in the sample article"
    for tok in mentions:
        assert tok.ent_type_ == "PER", (
            f"{name} at token {tok.i} typed {tok.ent_type_ or 'no entity'}"
        )


@pytest.mark.parametrize("name", PLACES)
def test_pipeline_sample_article_every_place_mention_is_a_location(sample_doc, name: str) -> None:
    words = name.split()
    starts = [t.i for t in sample_doc if sample_doc[t.i : t.i + len(words)].text == name]
    assert starts, f"{name} not in the sample article"
    for i in starts:
        ents = [e for e in sample_doc.ents if e.start <= i < e.end]
        assert ents and ents[0].text == name and ents[0].label_ == "LOC", (
            name,
            [(e.text, e.label_) for e in ents],
        )


@pytest.mark.parametrize(
    ("text", "lemmas"),
    [
        ("Hij neemt het boek mee.", {"neemt": "nemen"}),
        ("De ministers hebben de plannen besproken.", {"ministers": "minister", "plannen": "plan"}),
    ],
)
def test_pipeline_lemmas_have_no_underscores(nlp, text: str, lemmas: dict[str, str]) -> None:
    doc = nlp(text)
    assert not any("_" in t.lemma_ for t in doc)
    for tok in doc:
        if tok.text in lemmas:
            assert tok.lemma_ == lemmas[tok.text]


def test_pipeline_sentences_of_two_sentence_text(nlp) -> None:
    doc = nlp("Poetin sprak in Moskou met Witkoff. Daarna vloog de gezant naar Washington.")
    assert [s.text for s in doc.sents] == [
        "Poetin sprak in Moskou met Witkoff.",
        "Daarna vloog de gezant naar Washington.",
    ]
