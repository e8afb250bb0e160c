"""The incremental linker: articles arrive in batches, entities grow, merge and keep their ids.

    index = LinkIndex(settings.link)
    update = index.add(new_inputs)      # LinkUpdate: changed entities, removed ids
    rows = index.changes()              # the state rows this add changed (for the store)
    state = index.snapshot()            # the whole state; LinkIndex.restore(state, settings)

The index keeps one `NameNode` per transliteration key (summed evidence, no mentions), the
names each key is compared with (found once by blocks, when the key is new or changes type),
and the decisions taken: pairwise links, lone surnames attached to a full name, garbles
attached to a person. An add takes again only the decisions whose evidence it changed (a new
name; a name's type, longest form, state or gazetteer flag; a shared English article; the
article counts of a surname's full names), so its cost follows the batch and the names it
touches, not the size of the store.

After several batches the entities are those of linking everything at once but for one
rule, within a measured tolerance: the context rule weighs the company two names keep by idf,
and idf follows the corpus. Such a decision is taken again when either name or the corpus
has a tenth more articles than when it was taken (and a few of the oldest per add), not at
every add.

Mentions are not kept. Each update carries the mentions it added, with the name key they
belong to; an entity is the set of keys in `LinkUpdate.keys`, so a store that files mentions
under their key moves whole entities by rewriting key rows (see `EntityTable`).
"""

from __future__ import annotations

import heapq
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from newsdesk.gazetteer import load_gazetteer
from newsdesk.link.entities import MAX_WHY, Tally, build_entity, mention_order
from newsdesk.link.evidence import NameEvidence
from newsdesk.link.garble import Entry, garble_links
from newsdesk.link.local import Knowledge, local_entities
from newsdesk.link.merges import (
    decide,
    dominant,
    is_full_name,
    is_lone_surname,
    surname_reason,
)
from newsdesk.link.nodes import NameNode
from newsdesk.link.types import LinkInput, LinkSettings
from newsdesk.model import Entity, EntityMention, content_id
from newsdesk.outlets import OutletRegistry

# 2: person keys fold the Czech and Slovak "-ová" (a stored state of 1 is linked anew)
STATE_FORMAT = "newsdesk.link/2"
_TABLES = ("nodes", "links", "articles", "entities")
# A decision that weighed the company two names keep is taken again once either name or the
# corpus has this many times the articles it had: often enough to follow the evidence, rarely
# enough that a popular name costs the same in a big store as in a small one.
_REWEIGH = 1.1
_SWEEP = 32  # such decisions taken again per add whatever it touched (see _overdue)


@dataclass(frozen=True)
class LinkUpdate:
    """What one `add` changed.

    `changed` entities are complete but for their mentions, which are the ones this update
    added (from a fresh index: all of them); `keys` gives every name key each changed entity
    holds now, and `mentions` the key each new mention belongs to."""

    changed: tuple[Entity, ...]  # created or changed
    removed: tuple[str, ...]  # ids of entities merged away (the older id survives) or emptied
    keys: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (entity id, its name keys)
    mentions: tuple[tuple[str, EntityMention], ...] = ()  # (name key, mention), new ones


class LinkIndex:
    """Canonical entities kept up to date as articles arrive; see the module docstring."""

    def __init__(self, settings: LinkSettings, outlets: OutletRegistry | None = None) -> None:
        self.settings = settings
        self.knowledge = Knowledge(load_gazetteer(settings.gazetteer or None), outlets)
        self._names = NameEvidence(min(settings.context_name_similarity, settings.name_similarity))
        # per lone surname: its full names' articles per entity (by first key), and what
        # each full name added there
        self._weights_of: dict[str, tuple[Counter[str], dict[int, tuple[str, int]]]] = {}
        self._weighed: dict[tuple[int, int], tuple[int, int, int]] = {}  # see _reweigh
        self._weighed_with: dict[int, set[int]] = {}
        self._by_age: list[tuple[int, int, int]] = []  # (corpus size then, pair): a heap
        self._links: dict[int, dict[int, str]] = {}  # pairwise decisions, both ways
        self._surname: dict[int, tuple[int, str]] = {}  # lone surname -> (full name, why)
        self._garble: dict[int, tuple[int, str, int]] = {}  # garble -> (person, why, article)
        self._attached: dict[int, set[int]] = {}  # node -> surnames and garbles attached to it
        self._garble_scope: dict[int, set[int]] = {}  # node -> garbles its next article ends
        self._scoped: dict[int, set[int]] = {}  # garble -> those nodes
        self._entity: dict[int, str] = {}  # node -> entity id
        self._members: dict[str, set[int]] = {}  # entity id -> nodes
        self._born: dict[str, int] = {}  # entity id -> birth order (the older id survives)
        self._tallies: dict[str, Tally] = {}  # entity id -> its evidence, summed
        self._merges: dict[str, list[str]] = {}  # entity id -> why its names are one
        self._retired: set[str] = set()  # ids merged away: never given again
        self._births = 0
        # what changed since the state was last saved (see `changes`)
        self._dirty: set[int] = set()
        self._dirty_entities: set[str] = set()
        self._saved_articles = 0

    def __contains__(self, article_id: object) -> bool:
        """Whether an article is linked already (the pipeline sends only the others)."""
        return article_id in self._names.articles

    def __len__(self) -> int:
        return len(self._names.articles)

    def sizes(self) -> dict[str, int]:
        """How much the index holds: articles, distinct names (keys) and entities."""
        names = self._names
        return {
            "articles": len(names.articles),
            "names": len(names.nodes),
            "entities": len(self._members),
        }

    # --- adding articles -----------------------------------------------------------------

    def add(self, inputs: Iterable[LinkInput]) -> LinkUpdate:
        """Link new articles (one already added is skipped) and say what changed."""
        batch = _Batch()
        for item in self._new_articles(inputs):
            self._absorb(item, batch)
        self._names.new_add()
        if not batch.before:
            return LinkUpdate((), ())
        relinked = self._decide_pairs(batch)  # 1. pairs of names
        relinked |= self._attach_surnames(batch, relinked)  # 2. lone surnames
        relinked |= self._attach_garbles(batch, relinked)  # 3. garbles
        return self._regroup(batch, relinked)  # 4. entities

    def _new_articles(self, inputs: Iterable[LinkInput]) -> list[LinkInput]:
        batch: dict[str, LinkInput] = {}
        for item in inputs:
            if item.article_id not in self._names.articles:
                batch.setdefault(item.article_id, item)
        return [batch[article_id] for article_id in sorted(batch)]

    def _absorb(self, item: LinkInput, batch: _Batch) -> None:
        """One article's names into their nodes (and the tallies of their entities)."""
        names, number = self._names, self._names.next_article()
        entries: list[Entry] = []
        for local in local_entities(item, self.settings, self.knowledge):
            node, new = names.node(local.key)
            if node not in batch.before:
                batch.before[node] = None if new else names.nodes[node].signature
            names.nodes[node].absorb(local, number)
            if node in self._entity:
                self._tallies[self._entity[node]].add_local(names.nodes[node], local)
            batch.articles[node] += 1
            batch.mentions.setdefault(node, []).extend(local.mentions)
            entries.append((node, local))
        here = [node for node, _ in entries]
        batch.apart |= names.add_article(item.article_id, here, not item.machine_translated)
        if item.machine_translated and entries:
            batch.translated.append((number, entries))

    # --- 1. pairwise decisions -------------------------------------------------------------

    def _decide_pairs(self, batch: _Batch) -> set[int]:
        """Decide again every pair whose evidence the batch changed; returns the nodes whose
        links changed. Unchanged evidence is a new article for a name that keeps its type,
        longest name, state and gazetteer flag: only the company it keeps moved on."""
        pairs = set(batch.apart)
        changed = [
            n for n, before in batch.before.items() if before != self._names.nodes[n].signature
        ]
        for number in sorted(changed, key=lambda n: self._names.nodes[n].key):
            before = batch.before[number]
            if batch.retyped(number, self._names.nodes[number].group):
                if before is not None:
                    former = self._names.unfile(number, before[0])
                    pairs |= {_pair(number, other) for other in former}
                self._names.file(number)
        for number in changed:
            pairs |= {_pair(number, other) for other in self._names.similar.get(number, ())}
        for number in batch.before:
            due = (o for o in self._weighed_with.get(number, ()) if self._reweigh(number, o))
            pairs |= {_pair(number, other) for other in due}
        pairs |= self._overdue()
        relinked: set[int] = set()
        for a, b in sorted(pairs, key=self._pair_order):
            why = self._decide(a, b)
            old = self._links.get(a, {}).get(b)
            if why != old:
                self._dirty |= {a, b}
                if why is not None and old is not None:
                    batch.retexted |= {a, b}
            if why is not None:
                self._links.setdefault(a, {})[b] = why
                self._links.setdefault(b, {})[a] = why
            elif old is not None:
                self._unlink(a, b)
            if (why is None) != (old is None):
                relinked |= {a, b}
        return relinked

    def _overdue(self) -> set[tuple[int, int]]:
        """A few of the oldest decisions that weighed company, whatever the batch touched:
        weights follow the corpus, so a link no article touches is still weighed again now
        and then (a bounded number per add)."""
        due: set[tuple[int, int]] = set()
        while self._by_age and len(due) < _SWEEP:
            total, a, b = self._by_age[0]
            if total * _REWEIGH > self._names.named:
                break
            heapq.heappop(self._by_age)
            if self._weighed.get((a, b), (0, 0, -1))[2] == total:  # else decided since
                due.add((a, b))
        if len(self._by_age) > 2 * len(self._weighed) + 64:  # drop what was decided since
            self._by_age = [(t, a, b) for (a, b), (_, _, t) in self._weighed.items()]
            heapq.heapify(self._by_age)
        return due

    def _reweigh(self, a: int, b: int) -> bool:
        """Whether a decision that weighed the company two names keep is due again: either
        name or the corpus has a tenth more articles than then."""
        pair = _pair(a, b)
        nodes, then = self._names.nodes, self._weighed[pair]
        now = (len(nodes[pair[0]].articles), len(nodes[pair[1]].articles), self._names.named)
        return any(n >= _REWEIGH * before for n, before in zip(now, then, strict=True))

    def _decide(self, a: int, b: int) -> str | None:
        """The pairwise rule on two nodes still compared (a < b), noting whether it weighed
        the company they keep (such decisions are taken again as the corpus grows)."""
        first, second = sorted((a, b), key=lambda n: self._names.nodes[n].key)
        weighed = False

        def context() -> float:
            nonlocal weighed
            weighed = True
            return self._names.context_similarity(a, b)

        why = None
        if b in self._names.similar.get(a, ()):  # else no longer in one block: a type changed
            apart = self._names.is_apart(a, b)
            why = decide(
                self._names.nodes[first], self._names.nodes[second], self.settings, apart, context
            )
        if weighed or (a, b) in self._weighed:
            self._dirty.add(a)  # the lower number of the pair keeps it
        if weighed:
            nodes = self._names.nodes
            self._weighed[(a, b)] = (
                len(nodes[a].articles),
                len(nodes[b].articles),
                self._names.named,
            )
            heapq.heappush(self._by_age, (self._names.named, a, b))
            self._weighed_with.setdefault(a, set()).add(b)
            self._weighed_with.setdefault(b, set()).add(a)
        elif self._weighed.pop((a, b), None) is not None:
            for x, y in ((a, b), (b, a)):
                self._weighed_with[x].discard(y)
                if not self._weighed_with[x]:
                    del self._weighed_with[x]
        return why

    def _unlink(self, a: int, b: int) -> None:
        for x, y in ((a, b), (b, a)):
            del self._links[x][y]
            if not self._links[x]:
                del self._links[x]

    def _pair_order(self, pair: tuple[int, int]) -> tuple[str, str]:
        """Pairs are decided in the order of their keys, as linking everything at once does."""
        a, b = self._names.nodes[pair[0]].key, self._names.nodes[pair[1]].key
        return (a, b) if a < b else (b, a)

    # --- 2. lone surnames ------------------------------------------------------------------

    def _attach_surnames(self, batch: _Batch, relinked: set[int]) -> set[int]:
        """A lone "Trump" joins "Donald Trump" when he is the dominant full name with it.
        Each surname keeps its full names' articles per entity; an add counts again only
        the full names it touched or moved, and places their lone surname again."""
        region = self._reach(relinked, self._pairwise_step)
        recount: dict[str, set[int]] = {}
        for number in region | batch.before.keys():
            words = self._names.nodes[number].key.split()
            if len(words) >= 2:
                recount.setdefault(words[-1], set()).add(number)
            elif batch.retyped(number, self._names.nodes[number].group):
                recount.setdefault(words[0], set())  # a lone surname new or of another type
        roots: dict[int, str] = {}
        changed: set[int] = set()
        for surname in sorted(recount):
            lone = self._names.number.get(surname)
            if lone is None:
                continue
            new = None
            if not is_lone_surname(self._names.nodes[lone]):
                self._weights_of.pop(surname, None)
            else:
                if surname not in self._weights_of:
                    everyone = self._names.full_names.get(surname, ())
                    self._count_full_names(surname, everyone, roots, region)
                else:
                    self._count_full_names(surname, recount[surname], roots, region)
                new = self._surname_target(lone)
            changed |= self._place_surname(lone, new)
        return changed

    def _count_full_names(
        self, surname: str, names: Iterable[int], roots: dict[int, str], moved: set[int]
    ) -> None:
        """Count (again) these full names with this surname: their articles, under the first
        key of their entity before surnames and garbles (found again for names that moved)."""
        weights, counted = self._weights_of.setdefault(surname, (Counter(), {}))
        for name in names:
            root = None
            if name in counted:
                root, articles = counted.pop(name)
                weights[root] -= articles
                if not weights[root]:
                    del weights[root]
            if is_full_name(self._names.nodes[name]):
                if root is not None and name not in moved:
                    roots.setdefault(name, root)
                if name not in roots:
                    component = self._component(name, self._pairwise_step)
                    first = min(self._names.nodes[n].key for n in component)
                    roots.update(dict.fromkeys(component, first))
                counted[name] = (roots[name], len(self._names.nodes[name].articles))
                weights[roots[name]] += len(self._names.nodes[name].articles)

    def _surname_target(self, lone: int) -> tuple[int, str] | None:
        weights, _ = self._weights_of[self._names.nodes[lone].key]
        best = dominant(weights, self.settings.surname_dominance) if weights else None
        if best is None:
            return None
        target = self._names.number[best]
        return target, surname_reason(self._names.nodes[lone], self._names.nodes[target])

    def _place_surname(self, lone: int, new: tuple[int, str] | None) -> set[int]:
        """Attach a lone surname (or let it go); returns the nodes that moved."""
        old = self._surname.get(lone)
        if new == old:
            return set()
        self._dirty.add(lone)
        changed = {lone}
        if old is not None:
            self._detach(lone, old[0])
            del self._surname[lone]
            changed.add(old[0])
        if new is not None:
            self._surname[lone] = new
            self._attached.setdefault(new[0], set()).add(lone)
            changed.add(new[0])
        return changed

    def _detach(self, node: int, target: int) -> None:
        attached = self._attached[target]
        attached.discard(node)
        if not attached:
            del self._attached[target]

    # --- 3. garbles ------------------------------------------------------------------------

    def _attach_garbles(self, batch: _Batch, relinked: set[int]) -> set[int]:
        """Garbles in the new machine-translated articles join their person; a garble whose
        name turned up elsewhere since (a new article, or linked to a name seen elsewhere)
        is let go."""
        changed: set[int] = set()
        suspects = {n for n in self._reach(relinked, self._pregarble_step) if n in self._garble}
        for node in batch.before.keys() & self._garble_scope.keys():
            suspects |= self._garble_scope[node]
        for node in sorted(suspects):
            target, _, article = self._garble[node]
            self._unscope(node)
            if self._alone(node, article):
                self._scope(node)
                continue
            self._detach(node, target)
            del self._garble[node]
            self._names.nodes[node].garbled = False
            batch.regarbled.add(node)
            changed |= {node, target}
        for article, entries in batch.translated:
            changed |= self._new_garbles(article, entries, batch)
        self._dirty |= changed
        self._names.dirty |= batch.regarbled  # the garble flag is evidence the node keeps
        return changed

    def _new_garbles(self, article: int, entries: list[Entry], batch: _Batch) -> set[int]:
        roots: dict[int, int] = {}

        def same_entity(a: int, b: int) -> bool:
            for n in (a, b):
                if n not in roots:
                    component = self._component(n, self._pregarble_step)
                    roots.update(dict.fromkeys(component, min(component)))
            return roots[a] == roots[b]

        def alone(node: int) -> bool:
            return self._alone(node, article)

        changed: set[int] = set()
        for target, node, why in garble_links(entries, alone, same_entity, self.settings):
            if node not in self._garble:
                self._garble[node] = (target, why, article)
                self._attached.setdefault(target, set()).add(node)
                self._names.nodes[node].garbled = True
                batch.regarbled.add(node)
                self._scope(node)
                changed |= {node, target}
        return changed

    def _scope(self, garble: int) -> None:
        """Note the names whose next article lets this garble go (its entity before garbles)."""
        scope = self._component(garble, self._pregarble_step)
        self._scoped[garble] = scope
        for node in scope:
            self._garble_scope.setdefault(node, set()).add(garble)

    def _unscope(self, garble: int) -> None:
        for node in self._scoped.pop(garble, ()):
            self._garble_scope[node].discard(garble)
            if not self._garble_scope[node]:
                del self._garble_scope[node]

    def _alone(self, node: int, article: int) -> bool:
        """Whether the node's entity (before garbles) is named in this one article only."""
        for n in self._component(node, self._pregarble_step):
            articles = self._names.nodes[n].articles
            if len(articles) != 1 or articles[0] != article:
                return False
        return True

    # --- 4. entities -----------------------------------------------------------------------

    def _regroup(self, batch: _Batch, relinked: set[int]) -> LinkUpdate:
        """The entities the batch touched: those whose links changed are found again (ids
        kept, merged, split or new); the others only grew."""
        moved = self._components(relinked | (batch.before.keys() - self._entity.keys()))
        at = {n: i for i, component in enumerate(moved) for n in component}
        involved = {self._entity[n] for n in at if n in self._entity}
        grown = {self._entity[n] for n in batch.before if n not in at}
        heirs: dict[int, list[str]] = {}  # an entity's id stays with its oldest name
        for old in involved:
            heirs.setdefault(at[min(self._members[old])], []).append(old)
        kept: set[str] = set()
        for i, component in enumerate(moved):
            survivor = min(heirs.get(i, ()), key=self._born.__getitem__, default=None)
            tally = self._tally_of(component, survivor, batch)
            kept.add(self._settle(component, survivor, tally))
        for entity_id in grown:
            members = self._members[entity_id]
            if members & batch.retexted:
                self._merges[entity_id] = self._merge_reasons(members)
        removed = sorted(involved - kept)
        for entity_id in removed:
            del self._members[entity_id], self._born[entity_id]
            del self._tallies[entity_id], self._merges[entity_id]
            self._retired.add(entity_id)
        self._dirty_entities.update(removed)
        changed = [self._entity_of(e, batch) for e in sorted(kept | grown)]
        added = tuple(
            (self._names.nodes[n].key, m)
            for n in sorted(batch.mentions)
            for m in sorted(set(batch.mentions[n]), key=mention_order)
        )
        keys = [
            (e.id, tuple(sorted(self._names.nodes[n].key for n in self._members[e.id])))
            for e in changed
        ]
        return LinkUpdate(
            tuple(sorted(changed, key=lambda e: (e.type, e.name, e.id))),
            tuple(removed),
            tuple(sorted(keys)),
            added,
        )

    def _tally_of(self, component: set[int], survivor: str | None, batch: _Batch) -> Tally:
        """The component's tally: its entities' tallies added up when it holds them whole,
        counted again from its names when one was split or a garble came or went."""
        parts = {self._entity[n] for n in component if n in self._entity}
        whole = all(self._members[p] <= component for p in parts)
        if survivor is None or not whole or component & batch.regarbled:
            return Tally.of(self._names.nodes[n] for n in sorted(component))
        tally = self._tallies[survivor]
        for part in sorted(parts - {survivor}):
            tally.add(self._tallies[part])
        for n in sorted(component):
            if n not in self._entity:
                tally.add_node(self._names.nodes[n])
        return tally

    def _settle(self, component: set[int], survivor: str | None, tally: Tally) -> str:
        """Give a found-again component its id, tally and merge reasons."""
        nodes = sorted(component)
        members = [self._names.nodes[n] for n in nodes]
        merges = self._merge_reasons(component)
        if survivor is None:
            draft = build_entity("", tally, members, (), (), self.knowledge)
            survivor = self._new_id(draft, members)
        self._members[survivor] = set(nodes)
        self._tallies[survivor] = tally
        self._merges[survivor] = merges
        self._dirty.update(n for n in nodes if self._entity.get(n) != survivor)
        self._entity.update(dict.fromkeys(nodes, survivor))
        return survivor

    def _entity_of(self, entity_id: str, batch: _Batch) -> Entity:
        nodes = sorted(self._members[entity_id])
        new = [m for n in nodes for m in batch.mentions.get(n, ())]
        members = [self._names.nodes[n] for n in nodes]
        return build_entity(
            entity_id, self._tallies[entity_id], members, new, self._merges[entity_id],
            self.knowledge,
        )  # fmt: skip

    def _components(self, nodes: set[int]) -> list[set[int]]:
        """The components holding these nodes, in the order of their first key."""
        found: list[set[int]] = []
        seen: set[int] = set()
        for node in nodes:
            if node not in seen:
                component = self._component(node, self._step)
                seen |= component
                found.append(component)
        return sorted(found, key=lambda c: min(self._names.nodes[n].key for n in c))

    def _new_id(self, entity: Entity, members: list[NameNode]) -> str:
        """A content id from type and name; a second entity of one name and type takes its
        first mention too."""
        entity_id = content_id(f"{entity.type}\x1f{entity.name}".encode())
        if entity_id in self._born or entity_id in self._retired:
            article, start = min(m.first for m in members)
            entity_id = content_id(entity_id.encode() + f"{article}:{start}".encode())
        self._born[entity_id] = self._births
        self._births += 1
        self._dirty_entities.add(entity_id)
        return entity_id

    def _merge_reasons(self, component: set[int]) -> list[str]:
        """Why the component is one, as linking everything at once says it: the links that
        join two parts (pairs in key order, then surnames, then garbles), sorted."""
        if len(component) == 1:
            return []
        key = self._names.nodes
        parent = {n: n for n in component}

        def find(n: int) -> int:
            while parent[n] != n:
                parent[n] = parent[parent[n]]
                n = parent[n]
            return n

        reasons: set[str] = set()
        pairs = {_pair(a, b) for a in component for b in self._links.get(a, ())}
        surnames = sorted((n for n in component if n in self._surname), key=lambda n: key[n].key)
        garbles = sorted(
            (n for n in component if n in self._garble),
            key=lambda n: (self._garble[n][2], key[n].key),
        )
        joins = [(a, b, self._links[a][b]) for a, b in sorted(pairs, key=self._pair_order)]
        joins += [(n, *self._surname[n]) for n in surnames]
        joins += [(n, self._garble[n][0], self._garble[n][1]) for n in garbles]
        for a, b, why in joins:
            root_a, root_b = find(a), find(b)
            if root_a != root_b:
                parent[root_a] = root_b
                reasons.add(why)
        return sorted(reasons)[:MAX_WHY]

    # --- walking the links -----------------------------------------------------------------

    def _pairwise_step(self, node: int) -> Iterator[int]:
        yield from self._links.get(node, ())

    def _pregarble_step(self, node: int) -> Iterator[int]:
        yield from self._links.get(node, ())
        if node in self._surname:
            yield self._surname[node][0]
        yield from (n for n in self._attached.get(node, ()) if n in self._surname)

    def _step(self, node: int) -> Iterator[int]:
        yield from self._links.get(node, ())
        for attachment in (self._surname.get(node), self._garble.get(node)):
            if attachment is not None:
                yield attachment[0]
        yield from self._attached.get(node, ())

    def _component(self, start: int, step: Callable[[int], Iterator[int]]) -> set[int]:
        return self._reach({start}, step)

    @staticmethod
    def _reach(starts: set[int], step: Callable[[int], Iterator[int]]) -> set[int]:
        seen = set(starts)
        queue = deque(starts)
        while queue:
            for nxt in step(queue.popleft()):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return seen

    # --- state -----------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """The whole state as JSON-ready rows (no article text, no mentions); `restore` takes
        it back. Tables of rows: "nodes" (each name's evidence), "links" (each name's
        decisions and entity), "articles" and "entities"."""
        everything = range(len(self._names.nodes))
        state = self._rows(
            everything,
            everything,
            range(len(self._names.articles)),
            self._born.keys() | self._retired,
        )
        self._saved()
        return state

    def changes(self) -> dict[str, Any]:
        """The rows changed since the last `snapshot`, `changes` or `restore`: what a store
        writes after an `add` (its size follows the add, not the corpus).
        `merge_state(saved, changes)` is the new snapshot."""
        state = self._rows(
            sorted(self._names.dirty),
            sorted(self._dirty),
            range(self._saved_articles, len(self._names.articles)),
            self._dirty_entities,
        )
        self._saved()
        return state

    @staticmethod
    def merge_state(state: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
        """A saved state with later changes applied (row by row, as a store would)."""
        merged = {**state, **{k: v for k, v in changes.items() if k not in _TABLES}}
        for table in _TABLES:
            merged[table] = {**state[table], **changes[table]}
        return merged

    def _saved(self) -> None:
        self._dirty, self._dirty_entities, self._names.dirty = set(), set(), set()
        self._saved_articles = len(self._names.articles)

    def _rows(
        self,
        nodes: Iterable[int],
        links: Iterable[int],
        articles: Iterable[int],
        entities: Iterable[str],
    ) -> dict[str, Any]:
        ids = list(self._names.articles)
        return {
            "format": STATE_FORMAT,
            "settings": _settings_state(self.settings),
            "births": self._births,
            "nodes": {str(n): self._names.node_row(n) for n in nodes},
            "links": {str(n): self._links_row(n) for n in links},
            "articles": {str(a): self._names.article_row(a, ids[a]) for a in articles},
            "entities": {e: self._born.get(e) for e in sorted(entities)},  # None: retired
        }

    def _links_row(self, number: int) -> dict[str, Any]:
        row: dict[str, Any] = {}
        row["links"] = {str(n): why for n, why in sorted(self._links.get(number, {}).items())}
        row["surname"] = list(self._surname[number]) if number in self._surname else None
        row["garble"] = list(self._garble[number]) if number in self._garble else None
        row["entity"] = self._entity[number]
        row["weighed"] = sorted(  # a pair is kept by its lower number
            [b, *self._weighed[(number, b)]]
            for b in self._weighed_with.get(number, ())
            if number < b
        )
        return row

    @classmethod
    def restore(
        cls, state: dict[str, Any], settings: LinkSettings, outlets: OutletRegistry | None = None
    ) -> LinkIndex:
        """The index `snapshot` saved; made with other settings it is refused (link anew)."""
        if state.get("format") != STATE_FORMAT:
            raise ValueError(f"not a link state: {state.get('format')!r}")
        if state["settings"] != _settings_state(settings):
            raise ValueError("the link state was made with other settings")
        index = cls(settings, outlets)
        for number in range(len(state["nodes"])):
            index._names.restore_node(number, state["nodes"][str(number)])
        for number in range(len(state["links"])):
            index._restore_links(number, state["links"][str(number)])
        for number in range(len(state["articles"])):
            index._names.restore_article(number, state["articles"][str(number)])
        index._born = {e: born for e, born in state["entities"].items() if born is not None}
        index._retired = {e for e, born in state["entities"].items() if born is None}
        index._births = state["births"]
        for garble in sorted(index._garble):
            index._scope(garble)
        for entity_id, members in index._members.items():
            index._tallies[entity_id] = Tally.of(index._names.nodes[n] for n in sorted(members))
            index._merges[entity_id] = index._merge_reasons(members)
        index._saved()
        return index

    def _restore_links(self, number: int, row: dict[str, Any]) -> None:
        if row["links"]:
            self._links[number] = {int(n): why for n, why in row["links"].items()}
        for kind, table in (("surname", self._surname), ("garble", self._garble)):
            if row[kind] is not None:
                table[number] = tuple(row[kind])
                self._attached.setdefault(row[kind][0], set()).add(number)
        self._entity[number] = row["entity"]
        self._members.setdefault(row["entity"], set()).add(number)
        for other, *counts in row["weighed"]:
            self._weighed[(number, other)] = (counts[0], counts[1], counts[2])
            heapq.heappush(self._by_age, (counts[2], number, other))
            self._weighed_with.setdefault(number, set()).add(other)
            self._weighed_with.setdefault(other, set()).add(number)


@dataclass
class _Batch:
    """What one `add` learns as it reads its articles."""

    before: dict[int, tuple[str, str, str | None, bool] | None] = field(default_factory=dict)
    mentions: dict[int, list[EntityMention]] = field(default_factory=dict)
    translated: list[tuple[int, list[Entry]]] = field(default_factory=list)
    apart: set[tuple[int, int]] = field(default_factory=set)  # pairs newly known apart
    articles: Counter[int] = field(default_factory=Counter)  # node -> its new articles
    retexted: set[int] = field(default_factory=set)  # nodes whose link reasons were reworded
    regarbled: set[int] = field(default_factory=set)  # nodes that became or ceased a garble

    def retyped(self, node: int, group: str) -> bool:
        """Whether the batch made the node, or changed its type."""
        if node not in self.before:
            return False
        before = self.before[node]
        return before is None or before[0] != group


def _settings_state(settings: LinkSettings) -> dict[str, Any]:
    """The settings as a snapshot holds them (lists for tuples)."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(settings).items()}


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _with_id(entity: Entity, entity_id: str) -> Entity:
    return Entity(
        entity_id, entity.name, entity.type, entity.aliases, entity.mentions, entity.state,
        entity.why,
    )  # fmt: skip
