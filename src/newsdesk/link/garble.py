"""Names garbled by machine translation: Czech "Zelenskyj" read as "zelený" (green) -> "Greenya".

Spelling cannot join such a name to anyone, so the rule asks for other evidence, all of it:
the article is machine translated; the name is a lone word matching no other name anywhere
in the corpus; and one full-named person is the nearest one named before it (within a few
sentences), never in a sentence with it (whoever shares a sentence with a name is not it).
Anything less leaves the name on its own.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsdesk.link.corpus import Corpus
from newsdesk.link.local import LocalEntity
from newsdesk.link.names import similarity
from newsdesk.link.types import LinkSettings

_SAME_GARBLE = 0.75  # "Greeny" and "Greenya" in one article are one garble


def resolve_garbles(corpus: Corpus, settings: LinkSettings) -> None:
    homes: dict[int, set[str]] = {}
    for i, node in enumerate(corpus.nodes):
        homes.setdefault(corpus.find(i), set()).update(node.articles)
    by_article: dict[str, list[tuple[int, LocalEntity]]] = {}
    for i, node in enumerate(corpus.nodes):
        for local in node.locals:
            if local.article_id in corpus.translated:
                by_article.setdefault(local.article_id, []).append((i, local))
    for article in sorted(by_article):
        entries = by_article[article]
        orphans = [(i, loc) for i, loc in entries if _is_orphan(corpus, i, loc, homes)]
        for group in _orphan_groups(corpus, orphans):
            _attach(corpus, group, entries, settings)


def _is_orphan(corpus: Corpus, i: int, local: LocalEntity, homes: dict[int, set[str]]) -> bool:
    """A lone person's name whose entity so far lives in this article alone."""
    alone = homes[corpus.find(i)] == {local.article_id}
    return alone and " " not in local.name and local.is_person and not local.known_place


def _orphan_groups(
    corpus: Corpus, orphans: list[tuple[int, LocalEntity]]
) -> Iterator[list[tuple[int, LocalEntity]]]:
    left = list(orphans)
    while left:
        first = left.pop(0)
        group = [first] + [o for o in left if _same_garble(corpus, o, first)]
        left = [o for o in left if o not in group]
        yield group


def _attach(
    corpus: Corpus,
    group: list[tuple[int, LocalEntity]],
    entries: list[tuple[int, LocalEntity]],
    settings: LinkSettings,
) -> None:
    sentences = set().union(*(local.sentences for _, local in group))
    first = min(sentences)
    people = [
        (i, local)
        for i, local in entries
        if local.is_person and " " in local.name and not (local.sentences & sentences)
    ]
    before = [
        (max(s for s in loc.sentences if s < first), i, loc)
        for i, loc in people
        if any(s < first for s in loc.sentences)
    ]
    if not before:
        return
    nearest = max(s for s, _, _ in before)
    chosen = [(i, loc) for s, i, loc in before if s == nearest]
    if len(chosen) != 1 or first - nearest > settings.garble_max_sentences:
        return
    target, person = chosen[0]
    names = ", ".join(sorted(repr(local.name) for _, local in group))
    for i, local in group:
        local.garbled = True
        corpus.union(
            target,
            i,
            (
                f"{names} -> {person.name!r}: machine-translated article; the name matches "
                f"no other name in the corpus; {person.name} is the nearest person named before it "
                f"({first - nearest} sentence(s) earlier) and never named beside it"
            ),
        )


def _same_garble(corpus: Corpus, a: tuple[int, LocalEntity], b: tuple[int, LocalEntity]) -> bool:
    same_entity = corpus.find(a[0]) == corpus.find(b[0])
    return same_entity or similarity(a[1].key, b[1].key) >= _SAME_GARBLE
