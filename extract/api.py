"""Extraction of many documents: language per document, batching, failures kept apart.

This is the function the command line, the app and the store call. One bad
document never stops the others: its reason goes to ``ExtractionResult.errors``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from extract.components.paragraphs import make_doc, split_paragraphs
from extract.delegates import delegating_countries
from extract.documents import Document
from extract.epidemics import epidemic_countries
from extract.errors import NewsgraphError, UnsupportedLanguageError
from extract.grammar.syntax import forget_documents
from extract.language import detect_language
from extract.lexicon import supported_languages
from extract.pipeline import load_pipeline, paused_collector
from extract.records import DOCUMENT_KEY, join_pieces
from extract.retold import settled_events
from records import Records, empty_records, merge_records

SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "sample"

Progress = Callable[[int, int], None]
#: ``step(done, total, message)``: finer progress than ``Progress``; ``done`` is a float that
#: moves inside an article (one step per pipeline component) and ``message`` says what runs.
Step = Callable[[float, int, str], None]

#: What a pipeline component does, in words a progress bar can show.
STEP_WORDS = {
    "tok2vec": "reading words",
    "morphologizer": "word forms",
    "tagger": "word classes",
    "word_classes": "word classes",
    "parser": "parsing sentences",
    "lemmatizer": "lemmas",
    "trainable_lemmatizer": "lemmas",
    "ner": "names",
    "newsgraph_sentences": "sentences",
    "newsgraph_name_typer": "typing names",
    "newsgraph_names": "finding names",
    "newsgraph_bodies": "national bodies",
    "newsgraph_linker": "linking entities",
    "newsgraph_metonyms": "capitals for governments",
    "newsgraph_events": "finding events",
    "newsgraph_relations": "finding relations",
    "newsgraph_dating": "dating events and relations",
    "newsgraph_records": "writing records",
}


@dataclass
class ExtractionResult:
    """Merged records of the documents that worked, and (source, reason) of those that did not."""

    records: Records = field(default_factory=empty_records)
    errors: list[tuple[str, str]] = field(default_factory=list)


def document_language(document: Document, lang: str = "auto") -> str:
    """The language to process ``document`` in; UnsupportedLanguageError when we have no pipeline
    for it."""
    supported = supported_languages()
    chosen = document.language if lang == "auto" else lang
    if not chosen or chosen == "auto":
        chosen = detect_language(document.text)
        if chosen is None:
            raise UnsupportedLanguageError(
                f"{document.source}: cannot tell the language (too little text); "
                f"pass --lang {'|'.join(sorted(supported))}"
            )
    chosen = chosen.lower()[:2]
    if chosen not in supported:
        raise UnsupportedLanguageError(
            f"{document.source}: no pipeline for language '{chosen}'; "
            f"supported: {', '.join(sorted(supported))}"
        )
    return chosen


def extract(
    documents: Iterable[Document],
    *,
    lang: str = "auto",
    n_process: int = 1,
    batch_size: int = 16,
    progress: Progress | None = None,
    step: Step | None = None,
) -> ExtractionResult:
    """Extract entities and relations from ``documents`` and merge them into one set of records.

    ``progress(done, total)`` is called after each document. ``step(done, total, message)``
    is also told when a language's pipeline starts loading and after each pipeline component
    has run over a chunk of articles (``done`` then counts the chunk's share so far), so a
    first start, slow because the model loads, shows movement. ``n_process > 1`` parses in
    that many worker processes (spaCy's ``nlp.pipe``; ``step`` then hears only of loading).
    """
    docs = _unique_ids(list(documents))
    result = ExtractionResult()
    by_lang: dict[str, list[Document]] = {}
    for document in docs:
        try:
            by_lang.setdefault(document_language(document, lang), []).append(document)
        except NewsgraphError as err:
            result.errors.append((document.source, str(err)))
    total, done = len(docs), len(result.errors)
    if progress:
        progress(done, total)
    parts: list[Records] = []
    for code, group in by_lang.items():
        try:
            if step:
                _load_with_steps(code, done, total, step)
            nlp = load_pipeline(code)
        except NewsgraphError as err:
            result.errors += [(d.source, str(err)) for d in group]
            done += len(group)
            continue
        nlp.get_pipe("newsgraph_records").strip = n_process > 1
        for chunk in minibatch([replace(d, language=code) for d in group], size=batch_size * 8):
            on_component = None
            if step:
                on_component = _chunk_steps(step, done, len(chunk), total)
            for document, records, error in _run(nlp, chunk, batch_size, n_process, on_component):
                if error:
                    result.errors.append((document.source, error))
                else:
                    parts.append(records)
                done += 1
                if progress:
                    progress(done, total)
    result.records = merge_records(parts)
    return result


def language_name(code: str) -> str:
    """The English name of a language code, for messages ("Dutch"); the code if unknown."""
    try:
        from babel import Locale

        return Locale.parse(code).english_name or code
    except Exception:  # noqa: BLE001 - a name for a message, never worth failing over
        return code


def _load_with_steps(code: str, done: int, total: int, step: Step) -> None:
    """Load ``code``'s pipeline (cached afterwards), saying what is loading while it does."""
    if code in _LOADED:
        return
    from extract.kb import load_kb

    step(done, total, "Loading the knowledge base")
    load_kb()
    step(
        done,
        total,
        f"Loading the {language_name(code)} pipeline ({supported_languages().get(code, code)})",
    )
    load_pipeline(code)
    _LOADED.add(code)


#: Languages whose pipeline this process has loaded (``load_pipeline`` caches them).
_LOADED: set[str] = set()


def _chunk_steps(step: Step, done: int, size: int, total: int) -> Callable[[int, int, str], None]:
    """A per-component callback for one chunk that reports through ``step``."""
    where = f"article {done + 1}" if size == 1 else f"articles {done + 1}-{done + size}"

    def on_component(index: int, count: int, name: str) -> None:
        words = STEP_WORDS.get(name, name.replace("_", " "))
        step(
            done + size * index / count,
            total,
            f"Reading {where} of {total}: {words} ({index} of {count})",
        )

    return on_component


def _run(
    nlp: Language,
    documents: list[Document],
    batch_size: int,
    n_process: int,
    on_component: Callable[[int, int, str], None] | None = None,
) -> Iterator[tuple[Document, Records | None, str | None]]:
    """(document, records, None) per document, or (document, None, reason) for one that broke the
    pipeline.

    A text longer than ``nlp.max_length`` goes through in pieces cut at
    paragraphs, joined again into one document's records. In one process the
    chunk goes through the pipeline one component at a time (as ``nlp.pipe``
    does, batch by batch), so ``on_component(i, n, name)`` can report each step.
    A failure inside a batch stops the run; the batch is then redone one
    document at a time so only the culprit is lost.
    """
    pieces = [
        (n, offset, replace(d, text=text))
        for n, d in enumerate(documents)
        for offset, text in _pieces(nlp, d)
    ]
    try:
        found: dict[int, list[tuple[int, Records]]] = {}
        if n_process == 1:
            docs = _components(nlp, [piece for _, _, piece in pieces], batch_size, on_component)
            for doc, (n, offset, _piece) in zip(docs, pieces):
                found.setdefault(n, []).append((offset, doc._.records))
        else:
            prepared = ((_prepare(nlp, piece)[0], (n, offset)) for n, offset, piece in pieces)
            for doc, (n, offset) in nlp.pipe(
                prepared, as_tuples=True, batch_size=batch_size, n_process=n_process
            ):
                found.setdefault(n, []).append((offset, doc._.records))
        out = [(d, _joined(d, found[n]), None) for n, d in enumerate(documents)]
    except Exception:  # noqa: BLE001 - isolate the failing document below, then report it
        out = []
        for document in documents:
            try:
                parts = [
                    (offset, nlp(_prepare(nlp, replace(document, text=text))[0])._.records)
                    for offset, text in _pieces(nlp, document)
                ]
                out.append((document, _joined(document, parts), None))
            except Exception as err:  # noqa: BLE001 - one bad article must not stop the corpus
                out.append(
                    (
                        document,
                        None,
                        f"{document.source}: extraction failed ({type(err).__name__}: {err})",
                    )
                )
    yield from out


def _pieces(nlp: Language, document: Document) -> list[tuple[int, str]]:
    """The document's text in pieces spaCy accepts (below ``nlp.max_length``), as (offset, text)."""
    return split_paragraphs(document.text, nlp.max_length - 1)


def _joined(document: Document, parts: list[tuple[int, Records]]) -> Records:
    """The records of a document from those of its pieces (one piece: as they are), with the
    events settled over the whole text (:mod:`extract.retold`: the passing ones dropped, those
    the story returns to given participants; here, where both paths meet), and the countries
    that take part in them through their people or an epidemic's measures and counts."""
    joined = parts[0][1] if len(parts) == 1 else join_pieces(document, parts)
    return epidemic_countries(delegating_countries(settled_events(joined)))


def _components(
    nlp: Language,
    documents: list[Document],
    batch_size: int,
    on_component: Callable[[int, int, str], None] | None,
) -> list[Doc]:
    """Every document through every component, component by component (in batches), with
    the garbage collector paused (see :func:`extract.pipeline.paused_collector`)."""
    with paused_collector():
        docs = [_prepare(nlp, d)[0] for d in documents]
        pipeline = nlp.pipeline
        for index, (name, proc) in enumerate(pipeline, start=1):
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=batch_size))
            else:
                docs = [proc(doc) for doc in docs]
            if on_component:
                on_component(index, len(pipeline), name)
        # the records are on the documents: the walks' indexes are done with. Let go of them
        # before the collector resumes, whose first pass would otherwise walk all they hold
        forget_documents()
    return docs


def _prepare(nlp: Language, document: Document) -> tuple[Doc, Document]:
    """The tokenised document with its metadata attached, for ``nlp.pipe(..., as_tuples=True)``."""
    doc = make_doc(nlp, document.text)
    doc.user_data[DOCUMENT_KEY] = asdict(document)
    return doc, document


def _unique_ids(documents: list[Document]) -> list[Document]:
    """Give documents that share an id a numbered suffix, so sentence ids stay unique."""
    seen: dict[str, int] = {}
    out = []
    for document in documents:
        count = seen.get(document.id, 0)
        seen[document.id] = count + 1
        out.append(document if count == 0 else replace(document, id=f"{document.id}-{count + 1}"))
    return out
