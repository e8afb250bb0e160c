"""Across articles: one node per transliteration key, then blocked, explained merges.

Every name is compared only with names in the same block (same coarse type and same first or
last three letters of its key), never with every other name, so the work grows with the
block sizes, not with the square of the corpus. Each merge is a pairwise decision on the two
nodes' own evidence, which keeps the result independent of input order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from newsdesk.link.local import LocalEntity
from newsdesk.link.names import (
    common_prefix,
    given_names_compatible,
    prefix_similarity,
    similarity,
)
from newsdesk.link.types import LinkSettings

PERSON, PLACE, ORG, OTHER = "PERSON", "PLACE", "ORG", "OTHER"
_GROUPS = {"PERSON": PERSON, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "ORG": ORG}
_MIN_FUZZY_KEY = 5  # shorter keys are acronyms and short words: "US" is not "UK"


@dataclass
class Node:
    """Every local entity with one transliteration key."""

    key: str
    locals: list[LocalEntity] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)

    @cached_property  # read after all locals are added
    def group(self) -> str:
        label = min(self.labels.items(), key=lambda item: (-item[1], item[0]))[0]
        return _GROUPS.get(label, OTHER)

    @cached_property  # read after all locals are added
    def articles(self) -> set[str]:
        return {local.article_id for local in self.locals}

    @cached_property  # read after all locals are added
    def words(self) -> list[str]:
        return max((local.name for local in self.locals), key=lambda n: (len(n), n)).split()

    @cached_property  # read after all locals are added
    def state(self) -> str | None:
        states = Counter[str]()
        for local in self.locals:
            states.update(local.states)
        return min(states.items(), key=lambda i: (-i[1], i[0]))[0] if states else None

    @cached_property  # read after all locals are added
    def known_place(self) -> bool:
        return any(local.known_place for local in self.locals)


class Corpus:
    """Nodes, the union-find over them, and the context each article gives its names."""

    def __init__(self, locals_: Iterable[LocalEntity], translated: set[str]) -> None:
        by_key: dict[str, Node] = {}
        self.article_keys: dict[str, set[str]] = {}
        for local in locals_:
            node = by_key.setdefault(local.key, Node(local.key))
            node.locals.append(local)
            node.labels.update(local.labels)
            self.article_keys.setdefault(local.article_id, set()).add(local.key)
        self.nodes = [by_key[key] for key in sorted(by_key)]
        self.index = {node.key: i for i, node in enumerate(self.nodes)}
        self.parent = list(range(len(self.nodes)))
        self.merges: list[tuple[int, int, str]] = []
        self.translated = translated
        self._contexts: dict[str, set[str]] = {}
        df = Counter(key for keys in self.article_keys.values() for key in keys)
        total = len(self.article_keys)
        self.weight = {key: math.log(1 + total / n) for key, n in df.items()}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, why: str) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
            self.merges.append((i, j, why))

    def context(self, node: Node) -> set[str]:
        if node.key not in self._contexts:
            keys: set[str] = set()
            for article in node.articles:
                keys |= self.article_keys[article]
            self._contexts[node.key] = keys - {node.key}
        return self._contexts[node.key]

    def context_similarity(self, a: Node, b: Node) -> float:
        """idf-weighted cosine of the names the two nodes' articles mention besides them."""
        ctx_a, ctx_b = self.context(a) - {b.key}, self.context(b) - {a.key}
        shared = sum(self.weight[k] for k in ctx_a & ctx_b)
        norm = math.sqrt(sum(self.weight[k] for k in ctx_a) * sum(self.weight[k] for k in ctx_b))
        return shared / norm if norm else 0.0

    def written_apart(self, a: Node, b: Node) -> bool:
        """Both spellings in one article written in English: its author meant two things."""
        return bool((a.articles & b.articles) - self.translated)

    def components(self) -> list[list[int]]:
        groups: dict[int, list[int]] = {}
        for i in range(len(self.nodes)):
            groups.setdefault(self.find(i), []).append(i)
        return sorted(groups.values(), key=lambda members: members[0])


def link_corpus(corpus: Corpus, settings: LinkSettings) -> None:
    """Run the merges in order: similar spellings, lone surnames, then garbles."""
    for i, j in sorted(set(candidate_pairs(corpus.nodes, settings))):
        why = decide(corpus, corpus.nodes[i], corpus.nodes[j], settings)
        if why is not None:
            corpus.union(i, j, why)
    attach_surnames(corpus, settings)


# --- candidates -------------------------------------------------------------------------


def block_keys(node: Node) -> Iterator[str]:
    """Blocks a node is compared in: its coarse type with the first or last three letters of
    its key (for people: of the surname, so a first-name spelling does not split them)."""
    target = node.key.split()[-1] if node.group == PERSON else node.key
    if len(target) >= _MIN_FUZZY_KEY:
        yield f"{node.group}:^{target[:3]}"
        yield f"{node.group}:{target[-3:]}$"


def candidate_pairs(nodes: list[Node], settings: LinkSettings) -> Iterator[tuple[int, int]]:
    blocks: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        for block in block_keys(node):
            blocks.setdefault(block, []).append(i)
    floor = min(settings.context_name_similarity, settings.name_similarity)
    for members in blocks.values():
        if len(members) > 1:
            yield from _similar_in_block(nodes, members, floor)


def _similar_in_block(
    nodes: list[Node], members: list[int], floor: float
) -> Iterator[tuple[int, int]]:
    keys = [nodes[i].key for i in members]
    if len(members) < 40:
        pairs = (
            (a, b)
            for a, b in combinations(range(len(keys)), 2)
            if prefix_similarity(keys[a], keys[b]) >= floor
        )
    else:
        scores = process.cdist(
            keys, keys, scorer=JaroWinkler.normalized_similarity, score_cutoff=floor
        )
        pairs = ((a, b) for a, b in zip(*scores.nonzero(), strict=True) if a < b)
    for a, b in pairs:
        yield (members[int(a)], members[int(b)])


# --- decisions --------------------------------------------------------------------------


def decide(corpus: Corpus, a: Node, b: Node, settings: LinkSettings) -> str | None:
    """Why two nodes are one entity, or None when the evidence is not enough."""
    if a.group != b.group or corpus.written_apart(a, b):
        return None
    if a.group == PERSON and not _people_compatible(a, b):
        return None
    if a.known_place and b.known_place:
        return None  # the exonym table already said whether they are one place
    close = similarity(a.key, b.key)
    if close >= settings.name_similarity:
        return f"{_name(a)!r} ~ {_name(b)!r}: spellings {close:.0%} alike, same type"
    if prefix_similarity(a.key, b.key) < settings.context_name_similarity:
        return None
    if common_prefix(a.key, b.key) < 4 or len(a.key.split()) != len(b.key.split()):
        return None  # "Russian" is not "Russian Americans": an added word is another name
    shared = corpus.context_similarity(a, b)
    if shared < settings.context_min:
        return None
    return (
        f"{_name(a)!r} ~ {_name(b)!r}: spellings alike (Jaro-Winkler "
        f"{prefix_similarity(a.key, b.key):.2f}) and the same company in their articles "
        f"(context {shared:.2f})"
    )


def _people_compatible(a: Node, b: Node) -> bool:
    words_a, words_b = a.words, b.words
    if len(words_a) != len(words_b) and min(len(words_a), len(words_b)) == 1:
        return False  # a lone surname joins only through attach_surnames
    if a.state and b.state and a.state != b.state:
        return False
    return given_names_compatible(words_a, words_b)


def _name(node: Node) -> str:
    return " ".join(node.words)


# --- lone surnames ----------------------------------------------------------------------


def attach_surnames(corpus: Corpus, settings: LinkSettings) -> None:
    """A lone "Trump" joins "Donald Trump" when he is the dominant full name with it."""
    full: dict[str, list[int]] = {}
    for i, node in enumerate(corpus.nodes):
        if node.group == PERSON and len(node.key.split()) >= 2:
            full.setdefault(node.key.split()[-1], []).append(i)
    for i, node in enumerate(corpus.nodes):
        if node.group != PERSON or " " in node.key or node.key not in full:
            continue
        best = _dominant(corpus, full[node.key], settings.surname_dominance)
        if best is not None:
            corpus.union(
                best,
                i,
                f"{_name(node)!r}: surname of {_name(corpus.nodes[best])!r}, "
                "the dominant full name with it in the corpus",
            )


def _dominant(corpus: Corpus, candidates: list[int], ratio: float) -> int | None:
    roots: Counter[int] = Counter()
    for i in candidates:
        roots[corpus.find(i)] += len(corpus.nodes[i].articles)
    ranked = sorted(roots.items(), key=lambda item: (-item[1], item[0]))
    if len(ranked) == 1 or ranked[0][1] >= ratio * ranked[1][1]:
        return ranked[0][0]
    return None
