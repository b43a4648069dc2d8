"""A person named without the last word of the full name (issue 19): "John Luk" and "Luk" in a
story on "John Luk Jok" are one person, also when the knowledge base knows the full name and
the word before the last is also a first name. Linker tests on hand-built spans, end-to-end tests
on our own sentences in both languages."""

from __future__ import annotations

import pytest

from tests.extract.test_linking import linked, linker
from tests.extract.test_names_glosses import nodes_of

__all__ = ["linker"]


# --- a person named without the last word of the full name ------------------------------------


def test_a_name_without_its_last_word_is_the_full_name_when_that_word_is_a_first_name(linker):
    ids = linked(
        linker,
        "Maria Anna Kovacs spoke on Monday . Maria Anna said so .",
        [("Maria Anna Kovacs", "PERSON"), ("Maria Anna", "PERSON")],
    )
    assert ids["Maria Anna"] == ids["Maria Anna Kovacs"]


def test_another_first_name_before_the_same_word_is_another_person(linker):
    ids = linked(
        linker,
        "Maria Anna Kovacs spoke on Monday . Peter Anna said so .",
        [("Maria Anna Kovacs", "PERSON"), ("Peter Anna", "PERSON")],
    )
    assert ids["Peter Anna"] != ids["Maria Anna Kovacs"]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The minister John Luk Jok died in Juba on Sunday. John Luk had drafted the"
            " constitution, and Luk was widely praised.",
        ),
        (
            "nl",
            "Minister John Luk Jok is zondag in Juba overleden. John Luk schreef mee aan de"
            " grondwet, en Luk werd alom geprezen.",
        ),
    ],
)
def test_a_known_person_named_without_the_last_word_is_one_node(lang, text):
    nodes = nodes_of(text, lang)
    holding = [label for label, forms in nodes.items() if forms & {"John Luk", "John Luk Jok"}]
    assert holding == ["John Luk Jok"]
    assert {"John Luk", "John Luk Jok"} <= nodes["John Luk Jok"]
