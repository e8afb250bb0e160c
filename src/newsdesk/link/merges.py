"""Which two names are one: the pairwise rule on two nodes' own evidence, and the lone surname.

Names are compared only within blocks (the same coarse type and the same first or last three
letters of the key; for people, of the surname, so a first-name spelling does not split
them), never with every other name. Each decision reads the two nodes and nothing else (plus
the idf-weighted company they keep, for spellings that are alike but not close), so it can be
taken again whenever either node learns something, in any order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from newsdesk.link.names import (
    common_prefix,
    given_names_compatible,
    prefix_similarity,
    similarity,
)
from newsdesk.link.nodes import PERSON, NameNode
from newsdesk.link.types import LinkSettings

MIN_FUZZY_KEY = 5  # shorter keys are acronyms and short words: "US" is not "UK"


def block_keys(key: str, group: str) -> list[str]:
    """The blocks a name is compared in: its coarse type with the first or last three letters
    of its key (for people: of the surname, so a first-name spelling does not split them)."""
    target = key.split()[-1] if group == PERSON else key
    if len(target) < MIN_FUZZY_KEY:
        return []
    return [f"{group}:^{target[:3]}", f"{group}:{target[-3:]}$"]


def decide(
    a: NameNode,
    b: NameNode,
    settings: LinkSettings,
    written_apart: bool,
    context: Callable[[], float],
) -> str | None:
    """Why two nodes are one entity, or None when the evidence is not enough. `written_apart`:
    an article in English names both (its author meant two things)."""
    if a.group != b.group or written_apart:
        return None
    if a.group == PERSON and not _people_compatible(a, b):
        return None
    if a.known_place and b.known_place:
        return None  # the exonym table already said whether they are one place
    close = similarity(a.key, b.key)
    if close >= settings.name_similarity:
        return f"{name_of(a)!r} ~ {name_of(b)!r}: spellings {close:.0%} alike, same type"
    if prefix_similarity(a.key, b.key) < settings.context_name_similarity:
        return None
    if common_prefix(a.key, b.key) < 4 or len(a.key.split()) != len(b.key.split()):
        return None  # "Russian" is not "Russian Americans": an added word is another name
    shared = context()
    if shared < settings.context_min:
        return None
    return (
        f"{name_of(a)!r} ~ {name_of(b)!r}: spellings alike (Jaro-Winkler "
        f"{prefix_similarity(a.key, b.key):.2f}) and the same company in their articles "
        f"(context {shared:.2f})"
    )


def _people_compatible(a: NameNode, b: NameNode) -> bool:
    words_a, words_b = a.words, b.words
    if len(words_a) != len(words_b) and min(len(words_a), len(words_b)) == 1:
        return False  # a lone surname joins only through the surname rule
    if a.state and b.state and a.state != b.state:
        return False
    return given_names_compatible(words_a, words_b)


def name_of(node: NameNode) -> str:
    return " ".join(node.words)


# --- lone surnames ----------------------------------------------------------------------


def is_lone_surname(node: NameNode) -> bool:
    return node.group == PERSON and " " not in node.key


def is_full_name(node: NameNode) -> bool:
    return node.group == PERSON and len(node.key.split()) >= 2


def dominant(weights: Counter[str], ratio: float) -> str | None:
    """The full name (by its entity's first key) with `ratio` times the articles of the next
    one: a lone "Trump" is Donald Trump's only when he dominates."""
    ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    if len(ranked) == 1 or ranked[0][1] >= ratio * ranked[1][1]:
        return ranked[0][0]
    return None


def surname_reason(lone: NameNode, full: NameNode) -> str:
    return (
        f"{name_of(lone)!r}: surname of {name_of(full)!r}, "
        "the dominant full name with it in the corpus"
    )
