"""What the articles say about each name, kept for the link index (no decisions here).

One `NameNode` per transliteration key; the articles as numbers, each with its names (a
compact array, never the text); the names alike enough to be compared (same type and block,
found once when a name is new or changes type); the alike names an English article names
both; and the company each name keeps, for the idf-weighted context rule.
"""

from __future__ import annotations

import math
from array import array
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from newsdesk.link.merges import block_keys
from newsdesk.link.nodes import NameNode

# A name's summed company weight is weighed again once the corpus has this many times the
# articles it had (names joining the company in between add their weight as they join).
_RECOUNT = 1.1


class NameEvidence:
    """Names, articles, blocks and company; `dirty` collects the node rows that changed."""

    def __init__(self, floor: float) -> None:
        self.floor = floor  # the Jaro-Winkler similarity at which two keys are compared
        self.nodes: list[NameNode] = []
        self.number: dict[str, int] = {}  # key -> node number
        self.similar: dict[int, set[int]] = {}  # nodes compared with each node
        self.full_names: dict[str, set[int]] = {}  # last word -> names of two words or more
        self.apart: dict[
            int, set[int]
        ] = {}  # lower node -> alike names an English article names both
        self.articles: dict[str, int] = {}  # article id -> number
        self.named = 0  # articles with at least one name (the idf's total)
        self.dirty: set[int] = set()
        self._blocks: dict[str, list[int]] = {}
        self._block_keys: dict[str, list[str]] = {}
        self._article_nodes = array("i")  # every article's nodes, one after another
        self._article_ends = array("q")
        self._contexts: dict[int, set[int]] = {}  # nodes named beside a node, once asked
        self._weights: dict[int, float] = {}  # idf weights, valid for one add
        self._norms: dict[int, tuple[float, int]] = {}  # node -> (see _norm, corpus size then)

    # --- names and articles --------------------------------------------------------------

    def node(self, key: str) -> tuple[int, bool]:
        """The node of a key, and whether it is new (filed once its type is known)."""
        found = self.number.get(key)
        if found is not None:
            return found, False
        found = len(self.nodes)
        self.nodes.append(NameNode(key))
        self.number[key] = found
        words = key.split()
        if len(words) >= 2:
            self.full_names.setdefault(words[-1], set()).add(found)
        return found, True

    def add_article(self, article_id: str, here: list[int], english: bool) -> set[tuple[int, int]]:
        """An article's names (their nodes have absorbed it); returns the pairs it newly
        shows apart (alike names both named in English: its author meant two things)."""
        self.articles[article_id] = len(self._article_ends)
        self.dirty.update(here)
        self._article_nodes.extend(here)
        self._article_ends.append(len(self._article_nodes))
        self.named += bool(here)
        for node in here:
            if node in self._contexts:
                self._join_company(node, here)
        return self._note_apart(here) if english else set()

    def _join_company(self, node: int, here: list[int]) -> None:
        """The names of a new article join a node's company; its summed weight grows by
        theirs (weighed as the counts stand: all of it is weighed again as the corpus grows)."""
        company = self._contexts[node]
        new = [n for n in here if n != node and n not in company]
        company.update(new)
        if node in self._norms and new:
            total, named = self._norms[node]
            nodes = self.nodes
            extra = sum(math.log(1 + self.named / len(nodes[n].articles)) for n in new)
            self._norms[node] = (total + extra, named)

    def next_article(self) -> int:
        return len(self._article_ends)

    def nodes_of(self, article: int) -> array[int]:
        start = self._article_ends[article - 1] if article else 0
        return self._article_nodes[start : self._article_ends[article]]

    def _note_apart(self, here: list[int]) -> set[tuple[int, int]]:
        if len(here) < 2:
            return set()
        found: set[tuple[int, int]] = set()
        keys = [self.nodes[n].key for n in here]
        scores = process.cdist(
            keys, keys, scorer=JaroWinkler.normalized_similarity, score_cutoff=self.floor
        )
        for a, b in zip(*scores.nonzero(), strict=True):
            low, high = sorted((here[a], here[b]))
            if a < b and high not in self.apart.get(low, ()):
                self.apart.setdefault(low, set()).add(high)
                self.dirty.add(low)
                found.add((low, high))
        return found

    def is_apart(self, a: int, b: int) -> bool:
        return max(a, b) in self.apart.get(min(a, b), ())

    # --- blocks --------------------------------------------------------------------------

    def file(self, number: int) -> None:
        """A node into its type's blocks, meeting the names alike enough to compare it with."""
        node = self.nodes[number]
        for block in block_keys(node.key, node.group):
            keys = self._block_keys.setdefault(block, [])
            members = self._blocks.setdefault(block, [])
            for _, _, at in process.extract(
                node.key, keys, scorer=JaroWinkler.normalized_similarity,
                score_cutoff=self.floor, limit=None,
            ):  # fmt: skip
                self.similar.setdefault(number, set()).add(members[at])
                self.similar.setdefault(members[at], set()).add(number)
                self.dirty.add(members[at])
            keys.append(node.key)
            members.append(number)
        self.dirty.add(number)

    def unfile(self, number: int, group: str) -> set[int]:
        """A node out of the blocks of the type it had; returns the names it was compared with."""
        key = self.nodes[number].key
        for block in block_keys(key, group):
            at = self._blocks[block].index(number)
            del self._blocks[block][at], self._block_keys[block][at]
        former = self.similar.pop(number, set())
        self.dirty |= former | {number}
        for other in former:
            self.similar[other].discard(number)
            if not self.similar[other]:
                del self.similar[other]
        return former

    # --- company -------------------------------------------------------------------------

    def new_add(self) -> None:
        self._weights.clear()  # the counts moved: weigh names afresh

    def context_similarity(self, a: int, b: int) -> float:
        """idf-weighted cosine of the names the two nodes' articles mention besides them
        (the shared part walks the smaller company: a popular name costs no more)."""
        ctx_a, ctx_b = self._context(a), self._context(b)
        small, large = (ctx_a, ctx_b) if len(ctx_a) <= len(ctx_b) else (ctx_b, ctx_a)
        weight = self._idf
        shared = sum(weight(k) for k in small if k in large and k != a and k != b)
        norm_a = self._norm(a) - (weight(b) if b in ctx_a else 0.0)
        norm_b = self._norm(b) - (weight(a) if a in ctx_b else 0.0)
        norm = math.sqrt(max(norm_a, 0.0) * max(norm_b, 0.0))
        return shared / norm if norm else 0.0

    def _context(self, node: int) -> set[int]:
        """The names named beside a node in any of its articles (kept up to date once asked)."""
        found = self._contexts.get(node)
        if found is None:
            found = set()
            for article in self.nodes[node].articles:
                found.update(self.nodes_of(article))
            found.discard(node)
            self._contexts[node] = found
        return found

    def _norm(self, node: int) -> float:
        """The summed weight of a node's company: kept as names join it, weighed again once
        the corpus has grown by a tenth (idf follows the corpus; within one add it is exact)."""
        company = self._context(node)
        found = self._norms.get(node)
        if found is not None and self.named < _RECOUNT * found[1]:
            return found[0]
        total = sum(self._idf(k) for k in company)
        self._norms[node] = (total, self.named)
        return total

    def _idf(self, node: int) -> float:
        """The weight of a name in the company others keep: rare names say more."""
        found = self._weights.get(node)
        if found is None:
            found = math.log(1 + self.named / len(self.nodes[node].articles))
            self._weights[node] = found
        return found

    # --- state ---------------------------------------------------------------------------

    def node_row(self, number: int) -> dict[str, Any]:
        row = self.nodes[number].to_state()
        row["similar"] = sorted(self.similar.get(number, ()))
        row["apart"] = sorted(self.apart.get(number, ()))
        return row

    def article_row(self, article: int, article_id: str) -> list[Any]:
        return [article_id, list(self.nodes_of(article))]

    def restore_node(self, number: int, row: dict[str, Any]) -> None:
        node = NameNode.from_state(row)
        self.nodes.append(node)
        self.number[node.key] = number
        for block in block_keys(node.key, node.group):
            self._block_keys.setdefault(block, []).append(node.key)
            self._blocks.setdefault(block, []).append(number)
        words = node.key.split()
        if len(words) >= 2:
            self.full_names.setdefault(words[-1], set()).add(number)
        if row["similar"]:
            self.similar[number] = set(row["similar"])
        if row["apart"]:
            self.apart[number] = set(row["apart"])

    def restore_article(self, number: int, row: list[Any]) -> None:
        article_id, nodes = row
        self.articles[article_id] = number
        self._article_nodes.extend(nodes)
        self._article_ends.append(len(self._article_nodes))
        self.named += bool(nodes)
        for node in nodes:
            self.nodes[node].articles.append(number)
