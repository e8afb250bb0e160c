"""Trigger words: the verbs and nouns that carry an action, with their type."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsdesk.extract.claims.lexicon import (
    CLAIM_NOUNS,
    CONSULT,
    LIGHT_VERBS,
    NEEDS_OBJECT,
    NEEDS_PARTICLE,
    NOUNS,
    PHRASAL,
    VERBS,
)
from newsdesk.extract.claims.tree import Tree

# Participles used as adjectives ("Russian-occupied land") describe, they do not claim.
_NOT_CLAUSES = frozenset({"amod", "compound", "nmod", "npadvmod"})


@dataclass(frozen=True, slots=True)
class Trigger:
    index: int  # the token the trigger's syntax hangs on (verb, or the action noun)
    action: str
    start: int  # the trigger words as written
    end: int
    nominal: bool = False  # an action noun with its own actor ("a US demand that ...")
    verb: int | None = None  # for a light verb: the verb whose subject acts


# A trigger inside the complement of another is that claim's content, not a claim:
# "demand that Russia recognize ...", "refusing to accept ...", "a demand that ...".
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "acl", "conj"})


def find_triggers(tree: Tree) -> list[Trigger]:
    """The triggers of an article, leaving out those that are another's content."""
    found = list(_all_triggers(tree))
    heads = {t.index for t in found} | {t.verb for t in found if t.verb is not None}
    return [t for t in found if not _is_content(tree, t, heads)]


def _is_content(tree: Tree, trigger: Trigger, heads: set[int]) -> bool:
    current = trigger.verb if trigger.verb is not None else trigger.index
    while tree.tokens[current].dep in _CONTENT_DEPS:
        head = tree.head(current)
        if head is None:
            return False
        if head in heads and tree.tokens[current].dep != "conj":
            return True
        current = head
    return False


def _all_triggers(tree: Tree) -> Iterator[Trigger]:
    for index, token in enumerate(tree.tokens):
        if token.pos == "VERB" and token.dep not in _NOT_CLAUSES:
            trigger = _verb_trigger(tree, index)
        elif token.pos in ("NOUN", "PROPN"):
            trigger = _noun_trigger(tree, index)
        else:
            continue
        if trigger is not None:
            yield trigger


def _verb_trigger(tree: Tree, verb: int) -> Trigger | None:
    lemma = tree.tokens[verb].lemma.lower()
    return (
        _phrasal(tree, verb, lemma)
        or _light(tree, verb, lemma)
        or _phone_call(tree, verb, lemma)
        or _plain(tree, verb, lemma)
    )


def _phrasal(tree: Tree, verb: int, lemma: str) -> Trigger | None:
    for particle in tree.kids(verb, "prt", "prep", "dobj"):
        action = PHRASAL.get((lemma, tree.lower(particle)))
        if action is not None:
            end = max(tree.tokens[verb].end, tree.tokens[particle].end)
            return Trigger(verb, action, tree.tokens[verb].start, end, verb=verb)
    return None


def _light(tree: Tree, verb: int, lemma: str) -> Trigger | None:
    """ "carried out the biggest airstrike", "imposed sanctions": the noun says what."""
    if lemma not in LIGHT_VERBS:
        return None
    obj = tree.kid(verb, "dobj")
    action = NOUNS.get(tree.tokens[obj].lemma.lower()) if obj is not None else None
    if obj is None or action is None:
        return None
    return Trigger(obj, action, tree.tokens[verb].start, tree.tokens[obj].end, verb=verb)


def _phone_call(tree: Tree, verb: int, lemma: str) -> Trigger | None:
    """ "Tillerson called Lavrov to discuss ...": a call to a named person is a contact."""
    obj = tree.kid(verb, "dobj")
    if lemma != "call" or obj is None or tree.mention_at(obj, frozenset({"PERSON"})) is None:
        return None
    token = tree.tokens[verb]
    return Trigger(verb, CONSULT, token.start, token.end, verb=verb)


def _plain(tree: Tree, verb: int, lemma: str) -> Trigger | None:
    action = VERBS.get(lemma)
    if action is None or lemma in NEEDS_PARTICLE:
        return None
    if lemma in NEEDS_OBJECT and tree.kid(verb, "dobj") is None:
        return None
    token = tree.tokens[verb]
    return Trigger(verb, action, token.start, token.end, verb=verb)


def _noun_trigger(tree: Tree, noun: int) -> Trigger | None:
    """An action noun counts only with an actor modifier of its own ("a US demand")."""
    token = tree.tokens[noun]
    lemma = token.lemma.lower()
    if lemma not in NOUNS or not tree.kids(noun, "poss", "compound", "amod", "nmod"):
        return None
    if lemma not in CLAIM_NOUNS and token.dep in ("dobj", "pobj"):
        return None  # "rejected Russian attacks": the verb is the claim
    head = tree.head(noun)
    verb = head if head is not None and tree.tokens[head].pos in ("VERB", "AUX") else None
    return Trigger(noun, NOUNS[lemma], token.start, token.end, nominal=True, verb=verb)
