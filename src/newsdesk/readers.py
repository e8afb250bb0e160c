"""Readers of the store that the Desk shows quickly: coverage and the sources behind it.

Light on purpose: listing stories, quotes or claims must not load the NLP pipeline, so this
module imports only the small corpus-level modules it needs (coverage, sources, the outlet
registry, the gazetteer's name folding).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from newsdesk.config import Settings
from newsdesk.gazetteer import fold, load_gazetteer
from newsdesk.group.coverage import ArticleCoverage, coverage
from newsdesk.group.sources import (
    Folding,
    Source,
    independent_origins,
    origin_key,
    sentence_sources,
)
from newsdesk.model import Article, Attribution, Claim, Coverage, Entity, Quote, Story
from newsdesk.outlets import load_outlets
from newsdesk.store import Store


def story_coverage(store: Store, settings: Settings) -> dict[str, Coverage]:
    """Articles, copies, outlets, independent origins and time span of every story and event:
    stored by the update; computed here only for the stories not fused yet."""
    stored = store.coverage()
    stories = store.stories()
    missing = [s for s in stories if s.id not in stored]
    if missing:
        wanted = {a for s in missing for a in s.article_ids}
        stored.update(coverages(missing, article_coverage(store, settings, wanted)))
    return stored


def coverages(
    stories: Sequence[Story], facts: Mapping[str, ArticleCoverage]
) -> dict[str, Coverage]:
    found: dict[str, Coverage] = {}
    for story in stories:
        found[story.id] = coverage(story.id, story.article_ids, facts)
        for event in story.events:
            found[event.id] = coverage(event.id, event.article_ids, facts)
    return found


def article_coverage(
    store: Store, settings: Settings, only: Collection[str] | None = None
) -> dict[str, ArticleCoverage]:
    """Each article's outlet, date, copy link and independent origins (`only`: of these
    articles; reading an article's origins loads its annotation, the slow part)."""
    sources = SourceReader.of(store, settings)
    return {
        a.id: ArticleCoverage(
            a.outlet,
            a.published,
            a.duplicate_of,
            tuple(independent_origins([s for *_, s in sources.of_article(a)])),
        )
        for a in store.iter_articles()
        if only is None or a.id in only
    }


@dataclass(slots=True)
class SourceReader:
    """The origin of every sentence of an article, folded by the registry and the entities."""

    store: Store
    folding: Folding
    outlets: dict[str, str | None]  # article id -> outlet
    cues: dict[str, list[Attribution]]
    originals: dict[str, str | None] = field(default_factory=dict)  # id -> its words, read once

    @classmethod
    def of(cls, store: Store, settings: Settings) -> SourceReader:
        gazetteer = load_gazetteer(settings.link.gazetteer or None)
        names = {n.casefold(): e.name for e in store.entities() for n in (e.name, *e.aliases)}
        outlets = {a.id: a.outlet for a in store.iter_articles()}
        folding = Folding(
            load_outlets(settings.outlets.registry or None),
            lambda name: gazetteer.state_named(name) or names.get(name.casefold()),
            {origin_key(o): o for o in outlets.values() if o},
        )
        cues: dict[str, list[Attribution]] = {}
        for attribution in store.items("attributions"):
            cues.setdefault(attribution.article_id, []).append(attribution)
        return cls(store, folding, outlets, cues)

    def of_article(self, article: Article) -> list[tuple[int, int, Source]]:
        """Each sentence with its origin; a duplicate's own reporting is its original's, but
        for the sentences it adds ("The Herald understands ..." in the Herald's edited copy
        of a wire report), which are its own outlet's."""
        annotation = self.store.annotation(article.id)
        if annotation is None:
            return []
        spans = [(s.start, s.end) for s in annotation.sentences]
        cues = self.cues.get(article.id, [])
        own = sentence_sources(spans, cues, article.outlet, article.id, self.folding)
        original_id = article.duplicate_of
        if not original_id:
            return own
        outlet = self.outlets.get(original_id) or article.outlet
        copied = sentence_sources(spans, cues, outlet, original_id, self.folding)
        shared = self._words_of(original_id)
        if shared is None:
            return copied
        return [
            (start, end, copy if _words(article.text[start:end]) in shared else mine)
            for (start, end, mine), (_, _, copy) in zip(own, copied, strict=True)
        ]

    def _words_of(self, article_id: str) -> str | None:
        """An original's words, read once however many copies and readings ask."""
        if article_id not in self.originals:
            self.originals[article_id] = _read_words(self.store, article_id)
        return self.originals[article_id]


def _read_words(store: Store, article_id: str) -> str | None:
    found = store.articles_by_id([article_id]).get(article_id)
    return _words(found.text) if found is not None else None


def _words(text: str) -> str:
    """Text compared as words: an edited copy may rewrap lines or respace a sentence."""
    return " ".join(text.split())


def quote_speakers(store: Store, quotes: Sequence[Quote]) -> list[Entity | None]:
    """The canonical entity each quote's speaker is, where the name it was read from is a
    linked mention and the speaker's name one of its spellings ("Teodor Wasylenko" is
    Teodor Vasylenko); None where it is not (nor where the resolver read the mention as
    what it stands for: "the Kremlin said" is Russia's word, not the building's)."""
    by_mention = {(m.article_id, m.start): e for e in store.entities() for m in e.mentions}
    found: list[Entity | None] = []
    for quote in quotes:
        entity = None
        if quote.name_start is not None:
            entity = by_mention.get((quote.article_id, quote.name_start))
        found.append(entity if entity and _spells(entity, quote.speaker_name) else None)
    return found


def claim_actors(store: Store, claims: Sequence[Claim]) -> list[Entity | None]:
    """The canonical entity each claim's actor is: the linked mention its phrase ends with
    ("Ukraine's President Wolodymyr Selenskyj" is Volodymyr Zelenskiy) or opens with, where
    the actor's name is one of the entity's spellings; None elsewhere (an actor read as the
    state a person acts for is that state, not the person)."""
    ending: dict[tuple[str, int], Entity] = {}
    opening: dict[tuple[str, int], Entity] = {}
    spelled: dict[tuple[str, str], set[str]] = {}  # (article, folded spelling) -> entity ids
    entities = store.entities()
    for entity in entities:
        for m in entity.mentions:
            ending[(m.article_id, m.end)] = entity
            opening[(m.article_id, m.start)] = entity
            for spelling in (entity.name, *entity.aliases, m.text):
                spelled.setdefault((m.article_id, fold(spelling)), set()).add(entity.id)
    by_id = {e.id: e for e in entities}
    found: list[Entity | None] = []
    for claim in claims:
        actor = ending.get((claim.article_id, claim.actor_end)) or opening.get(
            (claim.article_id, claim.actor_start)
        )
        if actor is None:
            # a pronoun read as the person ("'We accept the exchange,' said Wasylenko"): the
            # one entity of the article the name spells, if only one does
            ids = spelled.get((claim.article_id, fold(claim.actor)), set())
            actor = by_id[next(iter(ids))] if len(ids) == 1 else None
        found.append(actor if actor and _spells(actor, claim.actor) else None)
    return found


def _spells(entity: Entity, name: str | None) -> bool:
    """Whether `name` is one of the entity's spellings (its name, an alias, a mention)."""
    if not name:
        return False
    spellings = (entity.name, *entity.aliases, *(m.text for m in entity.mentions))
    return fold(name) in {fold(s) for s in spellings}
