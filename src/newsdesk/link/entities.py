"""From linked name nodes to `model.Entity`: canonical name, type, state and explanations."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from newsdesk.link.local import Knowledge, LocalEntity
from newsdesk.link.names import has_feminine_ending
from newsdesk.link.nodes import NameNode
from newsdesk.model import Entity, EntityMention

MAX_WHY = 40  # an entity seen in thousands of articles keeps its distinct reasons, counted


@dataclass(slots=True)
class Tally:
    """An entity's evidence summed over its names, kept up to date as they grow (an entity
    seen in thousands of articles is not summed again at each one)."""

    labels: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)  # of names not garbled: articles
    name_mentions: Counter[str] = field(default_factory=Counter)  # ... and mentions
    surfaces: set[str] = field(default_factory=set)
    states: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    person: bool = False  # some article reads one of its names as a person
    folded: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key -> its names, if 2+
    # the canonical name so far, and the names whose counts grew since (only they can pass
    # it: counts never fall); None when it must be found among all names again
    best: str | None = None
    grew: set[str] = field(default_factory=set)
    first_reasons: list[str] = field(default_factory=list)  # the MAX_WHY first, sorted
    sorted_surfaces: tuple[str, ...] | None = None  # None when a surface came since

    @classmethod
    def of(cls, nodes: Iterable[NameNode]) -> Tally:
        tally = cls()
        for node in nodes:
            tally.add_node(node)
        return tally

    def add_node(self, node: NameNode) -> None:
        self.labels.update(node.labels)
        if not node.garbled:
            self.names.update(node.names)
            self.name_mentions.update(node.name_mentions)
            self.grew.update(node.names)
        self._note_surfaces(node.surfaces)
        self.states.update(node.states)
        self._note_reasons(node.reasons)
        self.reasons.update(node.reasons)
        self._note_person(node.person_local)
        if len(node.names) > 1:
            self.folded[node.key] = tuple(sorted(node.names))

    def add(self, other: Tally) -> None:
        for mine, theirs in (
            (self.labels, other.labels),
            (self.names, other.names),
            (self.name_mentions, other.name_mentions),
            (self.states, other.states),
            (self.reasons, other.reasons),
        ):
            mine.update(theirs)
        self._note_surfaces(other.surfaces)
        self.person = self.person or other.person
        self.folded.update(other.folded)
        self.best = None  # summed counts can put any name first
        self.first_reasons = sorted({*self.first_reasons, *other.first_reasons})[:MAX_WHY]

    def add_local(self, node: NameNode, local: LocalEntity) -> None:
        """One more article's evidence for one of its names (`node` has absorbed it)."""
        self.labels.update(local.labels)
        if not node.garbled:
            self.names[local.name] += 1
            self.name_mentions[local.name] += len(local.mentions)
            self.grew.add(local.name)
        self._note_surfaces(local.surfaces)
        self.states.update(local.states)
        self._note_reasons(local.why)
        self.reasons.update(set(local.why))
        self._note_person(local.is_person)
        if len(node.names) > 1:
            self.folded[node.key] = tuple(sorted(node.names))

    def _note_surfaces(self, surfaces: Iterable[str]) -> None:
        before = len(self.surfaces)
        self.surfaces.update(surfaces)
        if len(self.surfaces) != before:
            self.sorted_surfaces = None

    def _note_reasons(self, lines: Iterable[str]) -> None:
        """Keep the first reasons in order as new ones come (they are never taken away)."""
        shown = self.first_reasons
        for line in set(lines) - self.reasons.keys():
            if len(shown) < MAX_WHY:
                bisect.insort(shown, line)
            elif line < shown[-1]:
                bisect.insort(shown, line)
                shown.pop()

    def _note_person(self, person: bool) -> None:
        if person and not self.person:
            self.person = True
            self.best = None  # full names now come first


def build_entity(
    entity_id: str,
    tally: Tally,
    nodes: Sequence[NameNode],
    mentions: Sequence[EntityMention],
    merges: Sequence[str],
    knowledge: Knowledge,
) -> Entity:
    """The entity of linked nodes from their tally; `merges` says why they are one."""
    kind = min(tally.labels.items(), key=lambda item: (-item[1], item[0]))[0]
    name = canonical_name(tally, nodes, knowledge)
    return Entity(
        id=entity_id,
        name=name,
        type=kind,
        aliases=_aliases(tally, name),
        mentions=tuple(sorted(set(mentions), key=mention_order)),
        state=_state(tally, name, kind, knowledge),
        why=tuple(_reasons(tally) + list(merges)[:MAX_WHY]),
    )


def canonical_name(tally: Tally, nodes: Sequence[NameNode], knowledge: Knowledge) -> str:
    """The best-attested well-formed variant: listed place names first, then full names,
    then the most articles and mentions; plain ASCII wins a tie (no garble ever wins)."""
    articles, mentions = tally.names, tally.name_mentions
    if not articles:  # every name garbled: one article each, as the names stand
        articles = Counter({name: 1 for node in nodes for name in node.names})
        return max(articles, key=_scorer(articles, Counter(), tally.person, knowledge))
    score = _scorer(articles, mentions, tally.person, knowledge)
    if tally.best is None or tally.best not in articles:
        tally.best = max(articles, key=score)
    elif tally.grew:
        tally.best = max([tally.best, *tally.grew], key=score)
    tally.grew = set()
    return tally.best


def _scorer(
    articles: Counter[str], mentions: Counter[str], person: bool, knowledge: Knowledge
) -> Callable[[str], tuple[bool, bool, int, bool, int, bool, bool, str]]:

    def score(name: str) -> tuple[bool, bool, int, bool, int, bool, bool, str]:
        return (
            knowledge.is_known(name),
            person and " " in name,
            articles[name],
            not (person and has_feminine_ending(name)),  # "Kallas", not a translation's "Kallasová"
            mentions[name],
            name.isascii(),
            not name.isupper(),
            name,
        )

    return score


def _aliases(tally: Tally, name: str) -> tuple[str, ...]:
    if tally.sorted_surfaces is None:
        tally.sorted_surfaces = tuple(sorted(tally.surfaces))
    return tuple(s for s in tally.sorted_surfaces if s != name)


def _state(tally: Tally, name: str, kind: str, knowledge: Knowledge) -> str | None:
    if kind == "PERSON":
        states = tally.states
        return min(states.items(), key=lambda i: (-i[1], i[0]))[0] if states else None
    return knowledge.state_of(name)


def _reasons(tally: Tally) -> list[str]:
    """Each distinct in-article reason once, with the number of articles it came from; when
    the entity has several spellings, first the ones its keys fold together."""
    keyed = [
        f"{', '.join(repr(n) for n in names)}: one spelling once case, diacritics and "
        f"transliteration are folded (key {key!r})"
        for key, names in sorted(tally.folded.items())
    ]
    keyed = keyed if len(tally.surfaces) > 1 else []
    shown = tally.first_reasons[: max(MAX_WHY - len(keyed), 0)]
    lines = [
        f"{line} ({tally.reasons[line]} article{'s' if tally.reasons[line] > 1 else ''})"
        for line in shown
    ]
    return (keyed + lines)[:MAX_WHY]


def mention_order(mention: EntityMention) -> tuple[str, int, int]:
    return (mention.article_id, mention.start, mention.end)


def explain(entity: Entity) -> str:
    """What `newsdesk entity NAME` shows: the variants, their articles, and why they merged."""
    articles: dict[str, set[str]] = {}
    for mention in entity.mentions:
        articles.setdefault(mention.text, set()).add(mention.article_id)
    state = f", acts for {entity.state}" if entity.state else ""
    lines = [f"{entity.name} ({entity.type}{state}) id {entity.id}", "variants:"]
    for text in sorted(articles, key=lambda t: (-len(articles[t]), t)):
        ids = sorted(articles[text])
        shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
        lines.append(f"  {text!r} in {len(ids)} article(s): {shown}")
    lines.append("why:" if entity.why else "why: a single spelling, nothing merged")
    lines += [f"  {line}" for line in entity.why]
    return "\n".join(lines)
