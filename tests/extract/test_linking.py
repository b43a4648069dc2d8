"""The linker on hand-built documents: which mentions become one entity (issue 19)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extract.components.linking import EntityLinker, _key_of
from extract.kb import load_kb


@pytest.fixture(scope="module")
def linker() -> EntityLinker:
    return EntityLinker("linker", load_kb())


def linked(linker: EntityLinker, text: str, names: list[tuple[str, str]]) -> dict[str, str]:
    """Each name (text, type) found in order in ``text`` -> the id of its entity; words are
    split at spaces, and a hyphen between spaces is written without them ("al - Quaety" is
    "al-Quaety", three tokens, as the tokeniser splits it)."""
    words = text.split()
    spaces = [
        w != "-" and (k + 1 == len(words) or words[k + 1] != "-") for k, w in enumerate(words)
    ]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    spans, at = [], 0
    for name, type_ in names:
        size = len(name.split())
        while words[at : at + size] != name.split():
            at += 1
        spans.append(Span(doc, at, at + size, label=type_))
        at += size
    doc.ents = spans
    return {
        ent.text.replace("-", " - "): _key_of(res)
        for ent, res in zip(doc.ents, linker.resolve(doc))
    }


def test_linking_a_first_surname_alone_is_the_person_of_two_surnames(linker):
    ids = linked(
        linker,
        "Ricardo Rosselló Nevares resigned . Rosselló apologised .",
        [("Ricardo Rosselló Nevares", "PERSON"), ("Rosselló", "PERSON")],
    )
    assert ids["Rosselló"] == ids["Ricardo Rosselló Nevares"]


def test_linking_a_name_with_a_second_surname_joins_the_name_without_it(linker):
    ids = linked(
        linker,
        "Pedro R. Pierluisi Urrutia was sworn in . Pedro Pierluisi spoke .",
        [("Pedro R. Pierluisi Urrutia", "PERSON"), ("Pedro Pierluisi", "PERSON")],
    )
    assert ids["Pedro R. Pierluisi Urrutia"] == ids["Pedro Pierluisi"]


def test_linking_another_first_name_keeps_two_surnames_apart(linker):
    ids = linked(
        linker,
        "Pedro Pierluisi Urrutia met Ana Pierluisi .",
        [("Pedro Pierluisi Urrutia", "PERSON"), ("Ana Pierluisi", "PERSON")],
    )
    assert ids["Pedro Pierluisi Urrutia"] != ids["Ana Pierluisi"]


def test_linking_a_middle_first_name_alone_is_nobody_of_three_names(linker):
    ids = linked(
        linker,
        "Mary Elizabeth Smith spoke . Elizabeth replied .",
        [("Mary Elizabeth Smith", "PERSON"), ("Elizabeth", "PERSON")],
    )
    assert ids["Elizabeth"] != ids["Mary Elizabeth Smith"]


def test_linking_a_first_surname_another_person_ends_in_joins_nobody_of_two_surnames(linker):
    ids = linked(
        linker,
        "Carlos Ruiz Zafón met Ana Ruiz . Ruiz left .",
        [("Carlos Ruiz Zafón", "PERSON"), ("Ana Ruiz", "PERSON"), ("Ruiz", "PERSON")],
    )
    assert ids["Ruiz"] != ids["Carlos Ruiz Zafón"]


def test_linking_a_company_without_its_suffix_is_the_company(linker):
    ids = linked(
        linker,
        "BRW Corporation and Dovemark Ltd merged . BRW said so .",
        [("BRW Corporation", "ORG"), ("Dovemark Ltd", "ORG"), ("BRW", "ORG")],
    )
    assert ids["BRW"] == ids["BRW Corporation"] != ids["Dovemark Ltd"]


def test_linking_an_acronym_joins_no_longer_name_without_a_company_suffix(linker):
    ids = linked(
        linker,
        "BRW News reported . BRW said so .",
        [("BRW News", "ORG"), ("BRW", "ORG")],
    )
    assert ids["BRW"] != ids["BRW News"]  # a broadcaster's news division is another body


def test_linking_a_hyphenated_surname_the_model_called_an_organisation_is_the_person(linker):
    ids = linked(
        linker,
        "Nabil Hasan al - Quaety died . Al - Quaety had been threatened .",
        [("Nabil Hasan al - Quaety", "PERSON"), ("Al - Quaety", "ORG")],
    )
    assert ids["Al - Quaety"] == ids["Nabil Hasan al - Quaety"]


def test_linking_the_head_of_a_longer_name_stands_for_it(linker):
    ids = linked(
        linker,
        "The Federal Islands Chamber of Deputies met . The Chamber voted .",
        [("Federal Islands Chamber of Deputies", "ORG"), ("Chamber", "ORG")],
    )
    assert ids["Chamber"] == ids["Federal Islands Chamber of Deputies"]


def test_linking_a_head_two_longer_names_share_stays_apart(linker):
    ids = linked(
        linker,
        "The Island Department of Roads and the Island Department of Ports met . The "
        "Department said no .",
        [
            ("Island Department of Roads", "ORG"),
            ("Island Department of Ports", "ORG"),
            ("Department", "ORG"),
        ],
    )
    assert ids["Department"] not in (
        ids["Island Department of Roads"],
        ids["Island Department of Ports"],
    )
