"""Loading a language's pipeline builds what it needs once and the same as spaCy would
(``extract.pipeline.load_pipeline``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from extract.lexicon import supported_languages
from extract.pipeline import SAVED_TOKENIZER, load_pipeline

REPO = Path(__file__).resolve().parents[2]
TEXT = (
    "Mr. Smith co-founded Kaldor Systems in the U.S. on Jan. 3, e.g. at 5 p.m. (see "
    "https://example.org). Prof. Jansen sprak o.a. met d.w.z. de burgemeester van 's-Hertogenbosch "
    "om 10 min. over vier: 'Nee!'"
)


@pytest.mark.model
@pytest.mark.parametrize("lang", sorted(supported_languages()))
def test_pipeline_loading_reads_the_same_tokenizer_without_the_default_one(lang):
    model = supported_languages()[lang]
    default = spacy.load(model, exclude=["*"]).tokenizer
    saved = spacy.load(model, exclude=["*"], config=SAVED_TOKENIZER).tokenizer
    assert saved.to_bytes(exclude=["vocab"]) == default.to_bytes(exclude=["vocab"])
    assert [(t.text, t.whitespace_, t.norm_) for t in saved(TEXT)] == [
        (t.text, t.whitespace_, t.norm_) for t in default(TEXT)
    ]


@pytest.mark.model
def test_pipeline_loading_builds_the_tokenizer_from_the_model_only():
    tokenizer = load_pipeline("nl").config["nlp"]["tokenizer"]
    assert tokenizer == SAVED_TOKENIZER["nlp"]["tokenizer"]
    assert "hand" in [t.text for t in load_pipeline("nl").tokenizer("Zij wees het van de hand.")]


@pytest.mark.model
def test_pipeline_loading_reads_the_dutch_lemma_lookup_once():
    from extract.grammar import lemmas

    nlp = load_pipeline("nl")
    model_lookup = nlp.get_pipe("word_classes").lexicon.lookup
    assert lemmas._SHARED_LOOKUPS["nl"] is model_lookup
    assert lemmas.lookup_lemma("nl", "overlegde") == "overleggen"


@pytest.mark.model
def test_pipeline_loading_the_dutch_models_lookup_is_spacy_lookups_datas():
    # what lets lemma_table take it instead of the file: the same table (a spacy-lookups-data
    # other than the model was assembled with would differ, and this says so)
    import spacy_lookups_data
    import srsly

    nlp = load_pipeline("nl")
    path = f"{spacy_lookups_data.__path__[0]}/data/nl_lemma_lookup.json.gz"
    assert srsly.read_gzip_json(path) == nlp.get_pipe("word_classes").lexicon.lookup


def test_pipeline_loading_imports_no_reader_or_validator_it_does_not_use():
    # markdown_it (Markdown articles only) and jsonschema_rs (validating records, which
    # extraction does not do) are imported on first use, not with the pipeline
    code = (
        "import sys, extract.api; "
        "print(sorted({'markdown_it', 'jsonschema_rs'} & set(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert out.stdout.strip() == "[]"
