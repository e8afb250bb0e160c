"""Names garbled by machine translation: Czech "Zelenskyj" read as "zelený" (green) -> "Greenya".

Spelling cannot join such a name to anyone, so the rule asks for other evidence, all of it:
the article is machine translated; the name is a lone word matching no other name anywhere
in the corpus; and one full-named person is the nearest one named before it (within a few
sentences), never in a sentence with it (whoever shares a sentence with a name is not it).
Anything less leaves the name on its own. The index asks again when the name turns up
elsewhere: it is then no garble.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsdesk.link.local import LocalEntity
from newsdesk.link.names import similarity
from newsdesk.link.types import LinkSettings

_SAME_GARBLE = 0.75  # "Greeny" and "Greenya" in one article are one garble

Entry = tuple[int, LocalEntity]  # a node number and the article's local entity with its key


def garble_links(
    entries: list[Entry],
    alone: Callable[[int], bool],
    same_entity: Callable[[int, int], bool],
    settings: LinkSettings,
) -> Iterator[tuple[int, int, str]]:
    """(person node, garbled node, why) for one machine-translated article's names; `alone`
    says whether a node's entity lives in this article only."""
    orphans = [(i, local) for i, local in entries if _is_orphan(local) and alone(i)]
    for group in _orphan_groups(orphans, same_entity):
        yield from _attach(group, entries, settings)


def _is_orphan(local: LocalEntity) -> bool:
    """A lone person's name (the index checks that nobody else uses it)."""
    return " " not in local.name and local.is_person and not local.known_place


def _orphan_groups(
    orphans: list[Entry], same_entity: Callable[[int, int], bool]
) -> Iterator[list[Entry]]:
    left = list(orphans)
    while left:
        first = left.pop(0)
        group = [first] + [
            o
            for o in left
            if same_entity(o[0], first[0]) or similarity(o[1].key, first[1].key) >= _SAME_GARBLE
        ]
        left = [o for o in left if o not in group]
        yield group


def _attach(
    group: list[Entry], entries: list[Entry], settings: LinkSettings
) -> Iterator[tuple[int, int, str]]:
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
    why = (
        f"{names} -> {person.name!r}: machine-translated article; the name matches "
        f"no other name in the corpus; {person.name} is the nearest person named before it "
        f"({first - nearest} sentence(s) earlier) and never named beside it"
    )
    for i, _ in group:
        yield target, i, why
