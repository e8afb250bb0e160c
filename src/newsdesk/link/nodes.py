"""What the link index keeps per name: one `NameNode` per transliteration key.

A node sums the evidence of every article that names it (labels, resolved names, surfaces,
the states a person acts for, in-article reasons) as counts, never as mentions: its size grows
with the distinct spellings and reasons, not with the number of articles. The articles
themselves are kept as numbers in a compact array (the context rule needs them).
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsdesk.link.local import LocalEntity

PERSON, PLACE, ORG, OTHER = "PERSON", "PLACE", "ORG", "OTHER"
_GROUPS = {"PERSON": PERSON, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "ORG": ORG}


@dataclass(slots=True)
class NameNode:
    """Every article's local entity with one transliteration key, summed."""

    key: str
    labels: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)  # resolved name -> articles
    name_mentions: Counter[str] = field(default_factory=Counter)  # resolved name -> mentions
    surfaces: set[str] = field(default_factory=set)
    states: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)  # in-article evidence -> articles
    articles: array[int] = field(default_factory=lambda: array("i"))
    longest: str = ""  # the longest resolved name: its words decide people's compatibility
    person_local: bool = False  # some article reads it as a person
    known_place: bool = False  # named in the gazetteer
    garbled: bool = False  # its one article's name is a translation garble: never canonical
    first: tuple[str, int] = ("\U0010ffff", 0)  # its earliest mention (article id, start)
    label: str = ""  # the majority label, kept with the counts (read for every comparison)
    group: str = OTHER  # the coarse type names are compared within: a person is no place
    state: str | None = None  # the state it acts for most often

    def absorb(self, local: LocalEntity, article: int) -> None:
        """One more article's evidence for this name."""
        self.labels.update(local.labels)
        if self.label:  # counts only grow: the majority is the old one or a grown one
            self.label = _majority(self.labels, [self.label, *local.labels])
        else:
            self.label = _majority(self.labels)
        self.names[local.name] += 1
        self.name_mentions[local.name] += len(local.mentions)
        self.surfaces.update(local.surfaces)
        self.states.update(local.states)
        if local.states:
            grown = [*local.states, *([self.state] if self.state else [])]
            self.state = _majority(self.states, grown)
        self.reasons.update(set(local.why))
        self.articles.append(article)
        if (len(local.name), local.name) > (len(self.longest), self.longest):
            self.longest = local.name
        self.person_local = self.person_local or local.is_person
        self.known_place = self.known_place or local.known_place
        if local.mentions:
            start = min(m.start for m in local.mentions)
            self.first = min(self.first, (local.article_id, start))
        self.group = _GROUPS.get(self.label, OTHER)

    def _settle(self) -> None:
        self.label = _majority(self.labels)
        self.group = _GROUPS.get(self.label, OTHER)
        self.state = _majority(self.states) if self.states else None

    @property
    def words(self) -> list[str]:
        return self.longest.split()

    @property
    def signature(self) -> tuple[str, str, str | None, bool]:
        """What the pairwise rule reads of a node besides its articles."""
        return (self.group, self.longest, self.state, self.known_place)

    def to_state(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "labels": dict(self.labels),
            "names": dict(self.names),
            "name_mentions": dict(self.name_mentions),
            "surfaces": sorted(self.surfaces),
            "states": dict(self.states),
            "reasons": dict(self.reasons),
            "longest": self.longest,
            "flags": [self.person_local, self.known_place, self.garbled],
            "first": list(self.first),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> NameNode:
        person_local, known_place, garbled = state["flags"]
        node = cls(
            key=state["key"],
            labels=Counter(state["labels"]),
            names=Counter(state["names"]),
            name_mentions=Counter(state["name_mentions"]),
            surfaces=set(state["surfaces"]),
            states=Counter(state["states"]),
            reasons=Counter(state["reasons"]),
            longest=state["longest"],
            person_local=person_local,
            known_place=known_place,
            garbled=garbled,
            first=(state["first"][0], state["first"][1]),
        )
        node._settle()
        return node


def _majority(counts: Counter[str], among: Iterable[str] | None = None) -> str:
    """The most frequent value, the alphabetically first on a tie (order-independent);
    `among` narrows the look to the values that can be it."""
    keys = counts if among is None else among
    return min(keys, key=lambda key: (-counts[key], key))
