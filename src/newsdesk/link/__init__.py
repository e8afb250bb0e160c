"""Canonical entities across articles, spellings, transliterations and translation garbles.

    entities = link_entities([LinkInput(article_id, text, mentions), ...], LinkSettings())

Within an article, short forms join full names ("Putin" -> "Vladimir Putin") and role
descriptions join the one person they fit ("the Russian leader"). Across articles, names
merge by transliteration key (Zelenskyy / Zelenskiy / Zelenskyj), by the team's exonym table
(Kiev -> Kyiv), by blocked fuzzy comparison backed by context, by dominant full name for a
lone surname, and, in machine-translated articles only, by the garble rule. Each entity says
why it was merged (`Entity.why`, `explain`).
"""

from __future__ import annotations

from collections.abc import Iterable

from newsdesk.gazetteer import load_gazetteer
from newsdesk.link.corpus import Corpus, link_corpus
from newsdesk.link.entities import build_entities, canonical_name, explain
from newsdesk.link.garble import resolve_garbles
from newsdesk.link.local import Knowledge, local_entities
from newsdesk.link.names import translit_key
from newsdesk.link.types import NAME_LABELS, LinkInput, LinkSettings
from newsdesk.model import Entity

__all__ = [
    "NAME_LABELS",
    "LinkInput",
    "LinkSettings",
    "canonical_name",
    "explain",
    "link_entities",
    "translit_key",
]


def link_entities(
    articles: Iterable[LinkInput], settings: LinkSettings | None = None
) -> list[Entity]:
    """The canonical entities of a corpus; the same input in any order gives the same output."""
    settings = settings or LinkSettings()
    knowledge = Knowledge(load_gazetteer(settings.gazetteer or None))
    items = sorted(articles, key=lambda item: item.article_id)
    translated = {item.article_id for item in items if item.machine_translated}
    corpus = Corpus(
        (local for item in items for local in local_entities(item, settings, knowledge)),
        translated,
    )
    link_corpus(corpus, settings)
    resolve_garbles(corpus, settings)
    return build_entities(corpus, knowledge)
