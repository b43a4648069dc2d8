"""Fixtures for tests of the shipped Dutch pipeline (installed from models/ by requirements.txt)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.training.converters import conllu_to_docs

REPO = Path(__file__).resolve().parents[2]
ALPINO_TEST = REPO / "training/assets/ud_dutch_alpino/nl_alpino-ud-test.conllu"
SAMPLE_ARTICLE = REPO / "data/corpus/sample/000_5b4120fcf4eb73ee.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The shipped pipeline, loaded once per test session; ``NEWSGRAPH_MODEL_NL`` (a folder
    assembled in training/) tests a candidate instead (``make model-check``)."""
    import nl_newsgraph_sm  # noqa: F401  registers our components for a candidate folder too

    return spacy.load(os.environ.get("NEWSGRAPH_MODEL_NL") or "nl_newsgraph_sm")


@pytest.fixture(scope="session")
def alpino_scores(nlp: Language) -> dict:
    """spaCy's scores of the pipeline on the held-out UD Alpino test set (news, 596 sentences)."""
    converted = conllu_to_docs(
        ALPINO_TEST.read_text(encoding="utf8"), n_sents=10, merge_subtokens=True
    )
    gold = list(DocBin(docs=list(converted)).get_docs(nlp.vocab))  # into the pipeline's vocab
    for doc in gold:
        for token in doc:
            if (
                token.lemma_ != "_"
            ):  # the training lemmas lost Alpino's separators: mee_nemen -> meenemen
                token.lemma_ = token.lemma_.replace("_", "")
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
    return nlp.evaluate(examples)


@pytest.fixture(scope="session")
def sample_doc(nlp: Language):
    """The project's sample article (Dutch news about the Ukraine peace talks), processed."""
    return nlp(SAMPLE_ARTICLE.read_text(encoding="utf8"))
