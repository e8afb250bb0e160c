"""Canonical entities across articles, spellings, transliterations and translation garbles.

    entities = link_entities([LinkInput(article_id, text, mentions), ...], settings.link)

    index = LinkIndex(settings.link)        # the same, as articles arrive
    update = index.add(new_inputs)          # LinkUpdate: changed entities, removed ids

Within an article, short forms join full names ("Putin" -> "Vladimir Putin") and role
descriptions join the one person they fit ("the Russian leader"). Across articles, names
merge by transliteration key (Zelenskyy / Zelenskiy / Zelenskyj), by the team's exonym table
(Kiev -> Kyiv), by blocked fuzzy comparison backed by context, by dominant full name for a
lone surname, and, in machine-translated articles only, by the garble rule. Each entity says
why it was merged (`Entity.why`, `explain`).
"""

from __future__ import annotations

from collections.abc import Iterable

from newsdesk.config import default_settings
from newsdesk.link.entities import canonical_name, explain
from newsdesk.link.index import LinkIndex, LinkUpdate
from newsdesk.link.names import translit_key
from newsdesk.link.table import EntityTable
from newsdesk.link.types import LinkInput, LinkSettings
from newsdesk.model import Entity

__all__ = [
    "EntityTable",
    "LinkIndex",
    "LinkInput",
    "LinkSettings",
    "LinkUpdate",
    "canonical_name",
    "explain",
    "link_entities",
    "translit_key",
]


def link_entities(
    articles: Iterable[LinkInput], settings: LinkSettings | None = None
) -> list[Entity]:
    """The canonical entities of a corpus; the same input in any order gives the same output."""
    update = LinkIndex(settings or default_settings().link).add(articles)
    return list(update.changed)
