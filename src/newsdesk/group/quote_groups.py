"""Variants of one quote across articles (outlets, translations): a group index per quote.

A corpus step, run over the stored quotes at update. Moved unchanged from
`extract/quotes.py`, which keeps the per-article extraction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from newsdesk.model import Quote

# --- variants across articles ----------------------------------------------------------

_GROUP_SIMILARITY = 85.0  # rapidfuzz 0..100: same words, a few changed by edit or translation
_GROUP_MIN_WORDS = 3
_PROBE_WORDS = 4  # a variant misses all of these only after rewording four rare words
_COMMON_POSTING = 40


def group_quotes(quotes: Sequence[Quote]) -> list[int]:
    """A group index per quote: variants of one quote (outlets, translations) share one.

    Two quotes are variants when their normalised texts match fuzzily (one may be a part
    of the other) and their speakers, when both are known, share a surname. Only pairs
    that share one of the rarer quote's rarest words are compared (an inverted index), so
    the work grows with the number of plausible pairs, not with the square of the quotes.
    """
    texts = [_normalised(q.text) for q in quotes]
    parent = list(range(len(quotes)))
    for i, j in _candidate_pairs(texts):
        if _root(parent, i) != _root(parent, j) and _variants(
            texts[i], texts[j], quotes[i], quotes[j]
        ):
            parent[_root(parent, j)] = _root(parent, i)
    roots: dict[int, int] = {}
    return [roots.setdefault(_root(parent, i), len(roots)) for i in range(len(quotes))]


def _candidate_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs (i < j) where one text holds one of the other's few rarest words.

    A variant keeps most words of the quote it varies: a part quoted by another outlet
    holds all of them, a re-edit or translation all but a few. Probing with a text's
    rarest words finds it while skipping the common words that pair everything.
    """
    words = [set(text.split()) for text in texts]
    index: dict[str, list[int]] = {}
    for position, distinct in enumerate(words):
        if len(distinct) >= 2:  # one word is never a variant (see `_variants`)
            for word in distinct:
                index.setdefault(word, []).append(position)
    common = _COMMON_POSTING  # a longer posting is a function word's
    pairs: set[tuple[int, int]] = set()
    for position, distinct in enumerate(words):
        if len(distinct) < 2:
            continue
        rarest = sorted(distinct, key=lambda w: (len(index[w]), w))
        keys = [w for w in rarest[:_PROBE_WORDS] if len(index[w]) <= common] or rarest[:1]
        for word in keys:
            pairs.update((min(position, o), max(position, o)) for o in index[word] if o != position)
    return sorted(pairs)


def _normalised(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _variants(a: str, b: str, first: Quote, second: Quote) -> bool:
    if not a or not b or not _same_speaker(first.speaker_name, second.speaker_name):
        return False
    shorter, longer = sorted((a, b), key=len)
    if f" {shorter} " in f" {longer} " and len(shorter.split()) >= 2:
        return True  # one outlet quotes a part of what another quotes in full
    if len(shorter.split()) < _GROUP_MIN_WORDS:
        return False
    similar = fuzz.token_sort_ratio(a, b) >= _GROUP_SIMILARITY
    return similar or fuzz.partial_ratio(shorter, longer) >= _GROUP_SIMILARITY + 5


def _same_speaker(first: str | None, second: str | None) -> bool:
    if not first or not second:
        return True
    last_a, last_b = first.split()[-1].casefold(), second.split()[-1].casefold()
    return fuzz.ratio(last_a, last_b) >= 80


def _root(parent: list[int], index: int) -> int:
    while parent[index] != index:
        parent[index] = parent[parent[index]]
        index = parent[index]
    return index
