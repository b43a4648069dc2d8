"""The prepositional arguments of an event noun, with those the parser hung on its actor.

In "de uitwisseling van informatie door Marokko met Frankrijk" the Dutch model hangs "met
Frankrijk" on "Marokko", and in "de afwijzing door Mali van de bemiddeling van Ecowas" it hangs
"van de bemiddeling" on "Mali". A proper name takes no partner, recipient or owner of its own, so
such a phrase after the name that is the event's agent or owner belongs to the event.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from extract.grammar.syntax import LabelScheme, prepositional_args


def event_noun_args(
    noun: Token,
    scheme: LabelScheme,
    agent: Iterable[str],
    owner: Iterable[str],
    aimed: Iterable[str],
) -> list[tuple[str, Token]]:
    """(preposition, argument) pairs of the event ``noun``: its own phrases, then the phrases
    hung on a proper name that is its ``agent`` ("door") or ``owner`` ("van") phrase: those
    ``aimed`` at someone (recipient and target prepositions: "met", "tegen", "op") after either,
    and an ``owner`` phrase after an agent (the one the act is done to: "door Mali van het
    plan"). Place phrases stay with the name ("door de politie in Hongkong")."""
    agent, owner, aimed = frozenset(agent), frozenset(owner), frozenset(aimed)
    own = list(prepositional_args(noun, scheme))
    moved: list[tuple[str, Token]] = []
    for prep, arg in own:
        if not _is_name(arg):
            continue
        if prep in agent:
            wanted = aimed | owner
        elif prep in owner:
            wanted = aimed
        else:
            continue
        moved += [
            (p, a)
            for p, a in prepositional_args(arg, scheme)
            if p in wanted and a.i > arg.i and (p, a) not in own
        ]
    return own + moved


def _is_name(token: Token) -> bool:
    """A proper name: a PROPN or a token of a named entity."""
    return token.pos_ == "PROPN" or bool(token.ent_type_)
