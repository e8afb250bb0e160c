"""Link updates applied in memory, the way a store applies them.

A store files each mention under its name key and each key under its entity, so an update
touches entity rows, key rows and the new mentions only: a merge or a split moves keys, never
mentions. `EntityTable` is that, in memory: the reference for a store, and the way tests and
benchmarks read the entities after several updates.
"""

from __future__ import annotations

from dataclasses import replace

from newsdesk.link.entities import mention_order
from newsdesk.link.index import LinkUpdate
from newsdesk.model import Entity, EntityMention


class EntityTable:
    """Entities, their keys and their mentions after every update applied so far."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}  # id -> entity, without its mentions
        self.entity_of_key: dict[str, str] = {}
        self.mentions_of_key: dict[str, list[EntityMention]] = {}

    def apply(self, update: LinkUpdate) -> None:
        for entity_id in update.removed:
            del self.entities[entity_id]
        for entity in update.changed:
            self.entities[entity.id] = replace(entity, mentions=())
        for entity_id, keys in update.keys:
            self.entity_of_key.update(dict.fromkeys(keys, entity_id))
        for key, mention in update.mentions:
            self.mentions_of_key.setdefault(key, []).append(mention)

    def all(self) -> list[Entity]:
        """Every entity with all its mentions, in `link_entities` order."""
        mentions: dict[str, list[EntityMention]] = {}
        for key, found in self.mentions_of_key.items():
            mentions.setdefault(self.entity_of_key[key], []).extend(found)
        return sorted(
            (
                replace(e, mentions=tuple(sorted(mentions.get(e.id, ()), key=mention_order)))
                for e in self.entities.values()
            ),
            key=lambda e: (e.type, e.name, e.id),
        )
