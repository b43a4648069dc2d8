"""doc_lang: a document's language, as ``doc.lang_`` gives it, whichever vocabulary came last."""

from __future__ import annotations

import spacy

from extract.grammar.syntax import doc_lang


def test_each_document_has_its_own_vocabularys_language_in_any_order():
    nl, en = spacy.blank("nl"), spacy.blank("en")
    dutch, english = nl("Rutte sprak met Macron."), en("Rutte met Macron.")
    for doc, lang in [(dutch, "nl"), (english, "en"), (english, "en"), (dutch, "nl")]:
        assert doc_lang(doc) == lang == doc.lang_


def test_a_vocabulary_without_a_language_has_none():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["Rutte"])
    assert doc_lang(doc) == doc.lang_ == ""
