"""The entities list and the entity page: aliases and why they were merged, mentions in their
sentences, quotes by and claims by the entity (under any of its spellings)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from newsdesk.desk import Desk
from newsdesk.errors import NotFoundError
from newsdesk.model import Claim, Entity, EntityMention, Quote
from newsdesk.web.marks import Mark, Marker, Token
from newsdesk.web.pages.common import ArticleInfo, info_of

LISTED = 300  # entities on the list page; a filter finds the rest
ARTICLES_SHOWN = 40  # articles whose mentions the entity page shows in context
CONTEXT = 70  # characters either side of a mention


@dataclass(frozen=True, slots=True)
class EntitiesPage:
    entities: tuple[Entity, ...]
    total: int
    types: tuple[str, ...]
    chosen_type: str | None
    name: str | None
    message: str | None  # a filter that found nothing, in words


@dataclass(frozen=True, slots=True)
class MentionsIn:
    article: ArticleInfo
    snippets: tuple[tuple[Token, ...], ...]


@dataclass(frozen=True, slots=True)
class EntityPage:
    entity: Entity
    explanation: str
    mentions: tuple[MentionsIn, ...]
    articles: int  # articles that mention it (more than are shown, at times)
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]


def entities_page(desk: Desk, entity_type: str | None, name: str | None) -> EntitiesPage:
    everything = desk.entities()
    types = tuple(sorted({e.type for e in everything}))
    found, message = everything, None
    try:
        if name:
            found = desk.entity(name)
        if entity_type:
            wanted = entity_type.upper()
            if wanted not in types:
                raise NotFoundError("entity type", entity_type, types)
            found = [e for e in found if e.type == wanted]
    except NotFoundError as exc:
        found, message = [], str(exc)
    ranked = sorted(found, key=lambda e: (-len(e.mentions), e.name))
    return EntitiesPage(tuple(ranked[:LISTED]), len(ranked), types, entity_type, name, message)


def entity_page(desk: Desk, entity_id: str) -> EntityPage:
    """The entity with this id (or unique id prefix); NotFoundError otherwise."""
    entity = _entity_by_id(desk.entities(), entity_id)
    by_article: dict[str, list[EntityMention]] = defaultdict(list)
    for mention in entity.mentions:
        by_article[mention.article_id].append(mention)
    shown = list(by_article)[:ARTICLES_SHOWN]
    articles = desk.articles_by_id(shown)
    mentions = tuple(
        MentionsIn(
            info_of(articles[i]), tuple(_snippet(articles[i].text, m) for m in by_article[i])
        )
        for i in shown
        if i in articles
    )
    return EntityPage(
        entity=entity,
        explanation=desk.explain(entity),
        mentions=mentions,
        articles=len(by_article),
        quotes=tuple(desk.quotes(speaker=entity.name)),
        claims=tuple(desk.claims(actor=entity.name)),
    )


def _entity_by_id(entities: list[Entity], entity_id: str) -> Entity:
    found = [e for e in entities if e.id == entity_id] or [
        e for e in entities if len(entity_id) >= 4 and e.id.startswith(entity_id)
    ]
    if len(found) != 1:
        raise NotFoundError("entity with id or unique prefix", entity_id)
    return found[0]


def _snippet(text: str, mention: EntityMention) -> tuple[Token, ...]:
    """The mention in its context, the mention highlighted."""
    lo = max(0, mention.start - CONTEXT)
    hi = min(len(text), mention.end + CONTEXT)
    marker = Marker(text, [Mark(mention.start, mention.end, "hit")])
    tokens = marker.tokens(lo, hi)
    before = (Token("text", "…"),) if lo > 0 else ()
    after = (Token("text", "…"),) if hi < len(text) else ()
    return (*before, *tokens, *after)
