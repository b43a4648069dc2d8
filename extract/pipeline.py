"""The one place that builds ``nlp`` for a language and registers newsgraph's spaCy parts.

Every factory, loader and extension attribute is registered here, at import,
so a config string leads to this file and worker processes (``n_process > 1``,
Dask) get the same registrations by importing it.

The pipeline of a language is its statistical model (named in
``data/lexicons/languages.tsv``) followed by these components:

``newsgraph_sentences`` (before the parser), then
``newsgraph_names`` -> ``newsgraph_bodies`` -> ``newsgraph_linker`` -> ``newsgraph_metonyms``
-> ``newsgraph_events`` -> ``newsgraph_relations`` -> ``newsgraph_dating`` -> ``newsgraph_records``
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterator
from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from extract.components.bodies import NationalBodies
from extract.components.dating import Dating
from extract.components.events import make_event_finder
from extract.components.linking import make_linker
from extract.components.metonyms import make_metonym_linker
from extract.components.names import make_name_finder
from extract.components.paragraphs import mark_sentences
from extract.components.relations import make_relation_tagger
from extract.dates import relative_days
from extract.errors import UnsupportedLanguageError
from extract.grammar.argument_words import load_grammar
from extract.grammar.lemmas import share_lookup
from extract.grammar.syntax import scheme_for
from extract.kb import KnowledgeBase, load_kb
from extract.lexicon import (
    DEFAULT_LEXICON_DIR,
    Lexicon,
    load_lexicon,
    read_table,
    read_word_list,
    supported_languages,
    text_field,
)
from extract.records import COMPONENT_EXTENSIONS, RecordsWriter

for _name in (*COMPONENT_EXTENSIONS, "records"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@registry.tokenizers("newsgraph.saved_tokenizer.v1")
def saved_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer with no rules of its own, for a model whose saved tokenizer (spaCy's
    ``spacy.Tokenizer.v1``, as every model in ``languages.tsv`` has) is read from disk.

    spaCy's own factory builds the language's default tokenizer first (its exceptions: some
    4,700 special cases for Dutch, each tokenized and its lexemes made; its affix patterns
    compiled), and ``from_disk`` then throws all of it away and builds the saved one: about a
    fifth of loading the Dutch model. The saved tokenizer is the same either way.
    """

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


#: What ``spacy.load`` is given so that the model's tokenizer is built once (from its file).
SAVED_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "newsgraph.saved_tokenizer.v1"}}}


@registry.misc("newsgraph.kb.v1")
def kb_loader() -> KnowledgeBase:
    """The shipped knowledge base (``data/kb``)."""
    return load_kb()


@registry.misc("newsgraph.lexicon.v1")
def lexicon_loader(lang: str) -> Lexicon:
    """The lexicons of one language (``data/lexicons/*.<lang>.*``)."""
    return load_lexicon(lang)


Language.component("newsgraph_sentences", assigns=["token.is_sent_start"], func=mark_sentences)


@Language.factory(
    "newsgraph_names",
    requires=["token.pos", "token.lemma", "doc.sents"],
    assigns=["doc.ents", "doc._.inner_mentions"],
    default_config={
        "kb": {"@misc": "newsgraph.kb.v1"},
        "lexicon": {"@misc": "newsgraph.lexicon.v1", "lang": "en"},
    },
)
def names_factory(nlp: Language, name: str, kb: KnowledgeBase, lexicon: Lexicon):
    return make_name_finder(nlp, name, kb=kb, lexicon=lexicon)


@Language.factory(
    "newsgraph_bodies",
    requires=["doc.ents", "token.dep", "token.pos"],
    assigns=["doc.ents"],
    default_config={
        "kb": {"@misc": "newsgraph.kb.v1"},
        "lexicon": {"@misc": "newsgraph.lexicon.v1", "lang": "en"},
    },
)
def bodies_factory(nlp: Language, name: str, kb: KnowledgeBase, lexicon: Lexicon):
    return NationalBodies(name, kb=kb, lexicon=lexicon)


@Language.factory(
    "newsgraph_linker",
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc.ents", "doc._.entities", "doc._.inner_mention_ids"],
    default_config={
        "kb": {"@misc": "newsgraph.kb.v1"},
        "lexicon": {"@misc": "newsgraph.lexicon.v1", "lang": "en"},
    },
)
def linker_factory(nlp: Language, name: str, kb: KnowledgeBase, lexicon: Lexicon):
    return make_linker(nlp, name, kb=kb, lexicon=lexicon)


@Language.factory(
    "newsgraph_metonyms",
    requires=["doc.ents", "doc._.entities", "token.dep", "token.lemma"],
    assigns=["doc.ents", "doc._.entities"],
    default_config={
        "lexicon": {"@misc": "newsgraph.lexicon.v1", "lang": "en"},
        "kb": {"@misc": "newsgraph.kb.v1"},
    },
)
def metonyms_factory(nlp: Language, name: str, lexicon: Lexicon, kb: KnowledgeBase):
    return make_metonym_linker(
        name,
        kb=kb,
        lexicon=lexicon,
        scheme=scheme_for(nlp),
        preps=load_grammar(lexicon.lang).prepositions,
    )


@Language.factory(
    "newsgraph_events",
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc._.events", "doc._.main_event"],
    default_config={
        "lexicon": {"@misc": "newsgraph.lexicon.v1", "lang": "en"},
        "kb": {"@misc": "newsgraph.kb.v1"},
    },
)
def events_factory(nlp: Language, name: str, lexicon: Lexicon, kb: KnowledgeBase):
    return make_event_finder(
        nlp,
        name,
        lexicon=lexicon,
        kb=kb,
        scheme=scheme_for(nlp),
        grammar=load_grammar(lexicon.lang),
    )


@Language.factory(
    "newsgraph_relations",
    requires=["doc.ents", "token.dep", "token.lemma", "doc._.events"],
    assigns=["doc._.relations"],
    default_config={
        "lang": "en",
        "lexicon": {"@misc": "newsgraph.lexicon.v1", "lang": "en"},
        "kb": {"@misc": "newsgraph.kb.v1"},
    },
)
def relations_factory(nlp: Language, name: str, lang: str, lexicon: Lexicon, kb: KnowledgeBase):
    return make_relation_tagger(
        nlp,
        name,
        lang=lang,
        lexicon=lexicon,
        kb=kb,
        scheme=scheme_for(nlp),
        grammar=load_grammar(lang),
    )


@Language.factory(
    "newsgraph_dating",
    requires=["doc._.events", "doc._.relations"],
    assigns=["doc._.event_dates", "doc._.relation_dates", "doc._.story_events"],
    default_config={"lexicon": {"@misc": "newsgraph.lexicon.v1", "lang": "en"}},
)
def dating_factory(nlp: Language, name: str, lexicon: Lexicon):
    return Dating(name, lang=lexicon.lang, relative_days=relative_days(lexicon.times))


@Language.factory(
    "newsgraph_records",
    requires=[
        "doc._.entities",
        "doc._.events",
        "doc._.relations",
        "doc._.event_dates",
        "doc._.relation_dates",
        "doc._.story_events",
    ],
    assigns=["doc._.records"],
    default_config={"lang": "en", "kb": {"@misc": "newsgraph.kb.v1"}},
)
def records_factory(nlp: Language, name: str, lang: str, kb: KnowledgeBase):
    return RecordsWriter(name, lang=lang, kb=kb)


COMPONENTS = (
    "newsgraph_sentences",
    "newsgraph_names",
    "newsgraph_bodies",
    "newsgraph_linker",
    "newsgraph_metonyms",
    "newsgraph_events",
    "newsgraph_relations",
    "newsgraph_dating",
    "newsgraph_records",
)


def _register_model_components() -> None:
    """Register the factories a pipeline assembled in training/ needs (newsgraph_word_classes,
    newsgraph_name_typer).

    The shipped Dutch package registers them when imported; spaCy does not import it for a
    pipeline loaded from a folder.
    """
    with contextlib.suppress(ImportError):
        import nl_newsgraph_sm  # noqa: F401


@cache
def load_pipeline(lang: str) -> Language:
    """The full extraction pipeline for ``lang`` (cached: load once per process).

    ``NEWSGRAPH_MODEL_<LANG>`` (e.g. ``NEWSGRAPH_MODEL_NL=training/training/final``) loads
    another model for a language, to try a retrained one (``make model-check``). Raises
    UnsupportedLanguageError naming the supported languages when there is no model or lexicon
    for ``lang``, or the model is not installed.
    """
    models = supported_languages()
    if lang not in models:
        raise UnsupportedLanguageError(
            f"no pipeline for language '{lang}'; supported: {', '.join(sorted(models))}"
        )
    model = os.environ.get(f"NEWSGRAPH_MODEL_{lang.upper()}") or models[lang]
    if model != models[lang]:
        _register_model_components()
    try:
        nlp = spacy.load(model, config=SAVED_TOKENIZER)
    except OSError:
        raise UnsupportedLanguageError(
            f"the spaCy pipeline '{model}' for language '{lang}' is not installed; run `make setup`"
        ) from None
    _share_model_lookup(nlp, lang)
    split_sentence_final_words(nlp, lang)
    keep_hyphened_words_whole(nlp, lang)
    lexicon = {"@misc": "newsgraph.lexicon.v1", "lang": lang}
    first_syntax = next((name for name in ("senter", "parser") if nlp.has_pipe(name)), None)
    if first_syntax:
        nlp.add_pipe("newsgraph_sentences", before=first_syntax)
    nlp.add_pipe("newsgraph_names", config={"lexicon": lexicon})
    nlp.add_pipe("newsgraph_bodies", config={"lexicon": lexicon})
    nlp.add_pipe("newsgraph_linker", config={"lexicon": lexicon})
    nlp.add_pipe("newsgraph_metonyms", config={"lexicon": lexicon})
    nlp.add_pipe("newsgraph_events", config={"lexicon": lexicon})
    nlp.add_pipe("newsgraph_relations", config={"lang": lang, "lexicon": lexicon})
    nlp.add_pipe("newsgraph_dating", config={"lexicon": lexicon})
    nlp.add_pipe("newsgraph_records", config={"lang": lang})
    _settle_garbage_collector()
    return nlp


def _share_model_lookup(nlp: Language, lang: str) -> None:
    """Hand the lemma lookup that the model's word-class component (``newsgraph_word_classes``,
    the Dutch model's) loaded with it to :func:`extract.grammar.lemmas.lemma_table`, which
    would read the same spacy-lookups-data table from its file again."""
    for name in nlp.pipe_names:
        if nlp.get_pipe_meta(name).factory == "newsgraph_word_classes":
            lookup = getattr(getattr(nlp.get_pipe(name), "lexicon", None), "lookup", None)
            if isinstance(lookup, dict):
                share_lookup(lang, lookup)


def split_sentence_final_words(nlp: Language, lang: str) -> None:
    """Make the tokenizer split the period off the words of ``sentencefinal.<lang>.txt`` that its
    exceptions keep as abbreviations ("van de hand." -> "hand", "."), in lower case, capitalised and
    upper case where an exception has them: left whole, the token ends no sentence and its lemma
    is the abbreviation's. A word the list writes in capitals is an acronym, split in capitals
    only ("de VS." ends a sentence; "vs.", versus, stays whole). The forms are the rows as
    written, not their folded keys, so an acronym with a diacritic ("ÖVP", "COÖP") stays one.
    Nothing changes for a language without the list.
    """
    path = DEFAULT_LEXICON_DIR / f"sentencefinal.{lang}.txt"
    if not path.is_file():
        return
    read_word_list(path)  # checks the rows: one word each
    rows = {line.strip() for line in path.read_text(encoding="utf-8").splitlines()}
    rules = nlp.tokenizer.rules or {}
    for word in sorted(row for row in rows if row and not row.startswith("#")):
        acronym = word.isupper()
        for form in (word,) if acronym else (word, word.capitalize(), word.upper()):
            if form + "." in rules:
                nlp.tokenizer.add_special_case(form + ".", [{ORTH: form}, {ORTH: "."}])


def keep_hyphened_words_whole(nlp: Language, lang: str) -> None:
    """Make the tokenizer keep the words of ``wholewords.<lang>.tsv`` whole ("co-founded",
    "co-founder"), in lower case and capitalised, with the lemma the file gives: split at the
    hyphen, the parser makes the prefix the subject ("Smith co - founded": "co") and loses the
    verb's subject and object, or a conjunct ("a leader and co - founder of X"). The lemma is set
    by the attribute ruler, which the lemmatizer does not overwrite. Nothing changes for a
    language without the file or a model without an attribute ruler.
    """
    path = DEFAULT_LEXICON_DIR / f"wholewords.{lang}.tsv"
    if not path.is_file() or not nlp.has_pipe("attribute_ruler"):
        return
    ruler = nlp.get_pipe("attribute_ruler")
    columns = {"form": text_field, "lemma": text_field}
    for _, row in read_table(path, columns):
        form, lemma = str(row["form"]).lower(), str(row["lemma"]).lower()
        for written in (form, form.capitalize()):
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])
        ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})


@contextlib.contextmanager
def paused_collector() -> Iterator[None]:
    """No cyclic garbage collection inside the block; the collector's state restored after.

    A chunk of articles through the pipeline keeps most of what it makes (parses, memos,
    mentions, relations) until its records are written, and each collection pass rescanned all
    of it: about a twentieth of a run's CPU. The chunk makes few garbage cycles (some
    thousands of objects per hundred articles), which wait for the next pass after the block.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _settle_garbage_collector() -> None:
    """Move everything alive now (the models, the knowledge base, the lexicons: hundreds of
    thousands of objects kept for the life of the process) out of the cyclic garbage
    collector's sight (``gc.freeze``).

    Extraction makes many short-lived objects, so the collector's full passes come about once
    per hundred articles, and each one walked all of these long-lived objects too: about a
    tenth of the extraction's own time. Objects frozen are still freed by reference counting;
    only cycles among them would stay (``gc.unfreeze`` gives them back).

    The cycles loading leaves are collected first. In a process's first load they are all in
    the two young generations (a fresh Dutch load leaves some 120 objects, and a full pass after
    finds none), and a full pass would walk the whole heap once more for nothing, about a
    twentieth of the load's CPU time; a later load (another language, after articles were
    extracted, whose cycles may have grown old) makes the full pass, over what is not frozen.
    """
    gc.collect(2 if gc.get_freeze_count() else 1)
    gc.freeze()
