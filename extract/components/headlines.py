"""A headline built on a bare participle reads as a passive (the ``newsgraph_headlines``
component, right after the parser).

Headlines drop the auxiliary: "Oud-president gearresteerd", "Vliegtuig door regering uit de
lucht gehaald", "Former president arrested". A parser trained on full sentences makes the name
before the participle its active subject, so the one arrested becomes the one arresting. When
the headline's root is a past participle (an English past form too: "arrested" is tagged either)
with no auxiliary, no object and no finite verb beside it, its subject is relabelled as a passive
subject: every route then reads it as the one acted on, and a "door"/"by" phrase as the doer.
A verb whose perfect needs no passive ("Premier afgetreden", "Plane crashed": it takes "zijn" or
is intransitive) is listed in ``activeparticiples.<lang>.txt`` and left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.components.paragraphs import LINE_BREAKS
from extract.grammar.syntax import LabelScheme
from extract.grammar.timing import headline_end

#: Labels of an auxiliary or copula on the participle: then it is no bare participle.
_AUXILIARIES = frozenset({"aux", "aux:pass", "auxpass", "cop"})

#: Fine-grained tags of a finite verb in the English (Penn) scheme; Dutch reads ``VerbForm``.
_FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})


class BareParticiples:
    """Relabel the subject of a headline's bare participle as its passive subject."""

    def __init__(
        self, name: str, scheme: LabelScheme, active: frozenset[str], agent_preps: frozenset[str]
    ) -> None:
        self.name = name
        self.scheme = scheme
        self.active = active
        self.agent_preps = agent_preps
        self.passive_label = min(s for s in scheme.passive_subject if s.startswith("nsubj"))

    def __call__(self, doc: Doc) -> Doc:
        end = headline_end(doc, doc.user_data.get(LINE_BREAKS) or [])
        if not end:
            return doc
        roots = [t for t in doc[:end] if t.dep_ == "ROOT"]
        if len(roots) != 1:
            return doc
        root = roots[0]
        if root.pos_ in ("NOUN", "PROPN"):
            self._raise_participle(root, end)
        elif self.bare_participle(root, end):
            for child in list(root.children):
                if child.dep_ in self.scheme.subject and not _colon_between(child, root):
                    child.dep_ = self.passive_label
                    self._hang_agent(child, root)
        return doc

    def _hang_agent(self, subject: Token, participle: Token) -> None:
        """A "door" phrase the parser hung on the passive subject before the participle ("Zuma
        door Zuid-Afrikaanse politie gearresteerd": "politie" an nmod of "Zuma") is the
        participle's agent: hung on it as an oblique, where every route looks for the doer. Only
        where the preposition hangs under its noun (UD); an English "by" phrase is found by
        :func:`extract.grammar.syntax.agents` on the subject already."""
        if self.scheme.preposition_heads_noun:
            return
        for noun in list(subject.children):
            if (
                noun.dep_ == "nmod"
                and noun.i < participle.i
                and any(c.dep_ == "case" and c.lower_ in self.agent_preps for c in noun.children)
            ):
                noun.head = participle
                noun.dep_ = "obl"

    def _raise_participle(self, noun: Token, end: int) -> None:
        """A headline whose parse hangs the bare participle on the noun before it ("Grootste
        televisienetwerk door regering uit de lucht gehaald": a reduced relative clause or a
        second clause): the participle becomes the root and the noun its passive subject."""
        participle = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "parataxis") and c.i > noun.i and c.pos_ == "VERB"
            ),
            None,
        )
        if (
            participle is None
            or _colon_between(noun, participle)
            or any(c.dep_ in self.scheme.subject for c in participle.children)
            or not self.bare_participle(participle, end)
        ):
            return
        participle.head = participle
        participle.dep_ = "ROOT"
        noun.head = participle
        noun.dep_ = self.passive_label
        self._hang_agent(noun, participle)

    def bare_participle(self, root: Token, end: int) -> bool:
        """Whether the headline's ``root`` is a past participle standing alone: no auxiliary,
        no object, no other finite verb in the headline, and not a verb of ``self.active``."""
        if root.pos_ != "VERB" or root.lemma_.lower() in self.active:
            return False
        if "Part" not in root.morph.get("VerbForm") and root.tag_ != "VBD":
            return False
        if root.morph.get("Tense") and "Past" not in root.morph.get("Tense"):
            return False  # a present participle ("Protesters marching")
        if any(
            c.dep_ in _AUXILIARIES or c.dep_ in self.scheme.object or c.dep_ == "expl"
            for c in root.children
        ):
            return False
        return not any(
            t is not root and ("Fin" in t.morph.get("VerbForm") or t.tag_ in _FINITE_TAGS)
            for t in root.doc[:end]
        )


def _colon_between(first: Token, second: Token) -> bool:
    """Whether a colon stands between the two words ("Duitsland: Navalny vergiftigd": the name
    before it says what follows, it is no argument of the participle)."""
    low, high = sorted((first.i, second.i))
    return any(t.text == ":" for t in first.doc[low:high])
