"""The one place that knows the order of the stages.

Per article (pure functions of one document, run in a process pool when there are many):
    1. clean      raw document -> article with labelled segments and metadata
    2. language   language and machine-translation signals
Per article, in batches (spaCy is fastest over a stream of documents):
    3. annotate   sentences, entity mentions and a parse
    4. extract    time expressions, quotes, claims, quantities, attribution cues
Corpus level, over what the store holds (incremental where it pays):
    5. copies     near-duplicates and partial reuse, against every earlier article
    6. link       canonical entities across articles, spellings and transliterations
    7. stories    articles into events, events into stories, ids stable as news arrives
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields, replace
from datetime import date
from itertools import chain, islice, repeat
from typing import Any, TypeVar

import numpy as np

from newsdesk.annotate import annotate
from newsdesk.clean import clean_document
from newsdesk.config import Settings
from newsdesk.extract.claims import find_claims
from newsdesk.extract.dating import DatedSibling, date_events, infer_publication_date
from newsdesk.extract.numbers import find_quantities
from newsdesk.extract.quotes import find_quotes, group_quotes
from newsdesk.extract.time import find_time_expressions
from newsdesk.gazetteer import Gazetteer, load_gazetteer
from newsdesk.group import embeddings
from newsdesk.group.copies import (
    CopyIndex,
    Fingerprint,
    fingerprint,
    in_original_order,
)
from newsdesk.group.coverage import ArticleFacts, coverage
from newsdesk.group.origins import OriginSettings, article_origins, find_attributions
from newsdesk.group.stories import StoryIndex, StoryInput, StorySettings, canonical_key
from newsdesk.language import identify
from newsdesk.link import LinkInput, explain, link_entities
from newsdesk.model import (
    Analysis,
    Annotation,
    Article,
    CopyLink,
    Coverage,
    DateInference,
    Entity,
    RawDocument,
    Rejection,
    Story,
    TimeExpression,
)

Outcome = tuple[RawDocument, Article | Rejection]
T = TypeVar("T")
__all__ = [
    "ArticleFacts",
    "LinkInput",
    "OriginSettings",
    "StoryIndex",
    "StoryInput",
    "article_origins",
    "explain",
    "group_quotes",
]  # re-exported for the Desk, which never imports a stage

# Below this many documents a process pool costs more than it saves.
MIN_DOCUMENTS_FOR_POOL = 32


def process_document(raw: RawDocument, settings: Settings) -> Article | Rejection:
    """Run every per-article stage on one raw document."""
    article = clean_document(raw, settings.clean)
    if isinstance(article, Rejection):
        return article
    signals = identify(article.text, settings.language)
    return replace(
        article,
        language=article.language or signals.language,
        machine_translated=signals.machine_translated,
        translation_evidence=signals.evidence,
    )


def process_documents(
    raws: Iterable[RawDocument], settings: Settings, *, workers: int = 1, chunk: int = 64
) -> Iterator[Outcome]:
    """Process documents in input order, on `workers` processes when there are enough of them."""
    iterator = iter(raws)
    first = list(islice(iterator, MIN_DOCUMENTS_FOR_POOL))
    if workers <= 1 or len(first) < MIN_DOCUMENTS_FOR_POOL:
        for raw in chain(first, iterator):
            yield raw, _safe_process(raw, settings)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        remaining = chain(first, iterator)
        while batch := list(islice(remaining, chunk * workers)):
            results = pool.map(_safe_process, batch, repeat(settings), chunksize=8)
            yield from zip(batch, results, strict=True)


def _safe_process(raw: RawDocument, settings: Settings) -> Article | Rejection:
    """One document's failure must not stop the batch: report it as a rejection."""
    try:
        return process_document(raw, settings)
    except Exception as exc:  # any stage bug becomes a named, per-input failure
        return Rejection(raw.source, f"could not be processed ({type(exc).__name__}: {exc})")


def analyse_articles(articles: Sequence[Article], settings: Settings) -> Iterator[Analysis]:
    """Steps 3 and 4 for a batch of articles, in order: annotate together, extract one by one."""
    options = settings.annotate
    annotations = annotate(
        ((article.id, article.text) for article in articles),
        components=options.components,
        n_process=options.n_process,
        batch_size=options.batch_size,
        model=options.model,
    )
    origins, gazetteer = _extract_context(settings)
    for article, annotation in zip(articles, annotations, strict=True):
        yield extract_all(article, annotation, settings, origins, gazetteer)


def _extract_context(settings: Settings) -> tuple[OriginSettings, Gazetteer]:
    """What the extractors read besides the article, built once per batch."""
    return OriginSettings.from_config(settings.origins), load_gazetteer(
        settings.link.gazetteer or None
    )


def extract_all(
    article: Article,
    annotation: Annotation,
    settings: Settings,
    origins: OriginSettings,
    gazetteer: Gazetteer,
) -> Analysis:
    """Every extractor on one annotated article; one that fails is reported, the rest still run."""
    problems: list[str] = []

    def attempt(name: str, run: Callable[[], Sequence[T]], wanted: bool = True) -> tuple[T, ...]:
        if not wanted:
            return ()
        try:
            return tuple(run())
        except Exception as exc:  # one extractor's bug must not lose the article's other results
            problems.append(f"{name}: {type(exc).__name__}: {exc}")
            return ()

    parsed = bool(annotation.tokens)
    wants = settings.extract
    text, article_id = article.text, article.id
    times = attempt("time", lambda: find_time_expressions(text, _date(article.published)))
    quotes = attempt(
        "quotes", lambda: find_quotes(article_id, text, annotation), wants.quotes and parsed
    )
    claims = attempt(
        "claims",
        lambda: find_claims(article_id, text, annotation, gazetteer),
        wants.claims and parsed,
    )
    try:  # dates what quotes and claims report; without it they stay undated
        quotes, claims = date_events(text, annotation, times, quotes, claims)
    except Exception as exc:
        problems.append(f"dating: {type(exc).__name__}: {exc}")
    return Analysis(
        article_id=article_id,
        annotation=annotation,
        times=times,
        quotes=quotes,
        claims=claims,
        quantities=attempt(
            "quantities", lambda: find_quantities(article_id, text, annotation), wants.quantities
        ),
        attributions=attempt(
            "origins", lambda: find_attributions(article_id, text, article.outlet, origins)
        ),
        problems=tuple(problems),
    )


def _date(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


# Bump when an extractor's output changes, so stored analyses are redone.
EXTRACT_VERSION = 2


def analysis_version(settings: Settings) -> str:
    """What an analysis depends on: the model, the components run and the extractors' version."""
    options = settings.annotate
    return f"{options.model}:{options.components}|extract-{EXTRACT_VERSION}"


# --- corpus level ------------------------------------------------------------------------


def find_copies(
    index: CopyIndex, articles: Iterable[Article]
) -> tuple[list[CopyLink], list[tuple[str, bytes]]]:
    """Step 5: new articles into the copy index (earliest first); links and fingerprints."""
    settings = index.settings
    links: list[CopyLink] = []
    prints: list[tuple[str, bytes]] = []
    for article in in_original_order(articles):
        fp = fingerprint(article.text, settings)
        prints.append((article.id, fp.to_bytes(settings)))
        links.extend(index.add_fingerprint(article.id, fp))
    return links, prints


def link(inputs: Iterable[LinkInput], settings: Settings) -> list[Entity]:
    """Step 6: canonical entities over every analysed article (same input, same entities)."""
    return link_entities(inputs, settings.link)


def link_input(article: Article, annotation: Annotation) -> LinkInput:
    return LinkInput(
        article.id,
        article.text,
        annotation.mentions,
        annotation.sentences,
        article.machine_translated,
    )


def restore_copy_index(stored: Iterable[tuple[str, bytes]], settings: Settings) -> CopyIndex:
    """The copy index as it was, rebuilt from stored fingerprints (no text is re-read)."""
    index = CopyIndex(settings.copies)
    for article_id, data in stored:
        index.restore(article_id, Fingerprint.from_bytes(data, settings.copies))
    return index


# --- stories and events --------------------------------------------------------------------


def story_settings(settings: Settings) -> StorySettings:
    """The grouping's tuning with every same-named key of [stories] applied."""
    section = settings.stories
    own = {f.name for f in fields(StorySettings)}
    chosen = {f.name: getattr(section, f.name) for f in fields(section) if f.name in own}
    return replace(StorySettings(), **chosen)


def embedding_model(settings: Settings) -> str | None:
    """The sentence-embedding model stories use, or None when off or not installed."""
    if not settings.stories.embedding or not embeddings.available():
        return None
    return embeddings.MODEL_ID


def embed_leads(articles: Sequence[Article]) -> dict[str, bytes]:
    """Step 7a: title + lead of each article as a float32 vector (stored, reused by rebuilds)."""
    texts = [embeddings.lead(a.title, a.text) for a in articles]
    vectors = embeddings.embed(texts)
    return {a.id: vectors[i].astype(np.float32).tobytes() for i, a in enumerate(articles)}


def story_input(
    article: Article, annotation: Annotation | None, vector: bytes | None = None
) -> StoryInput:
    embedding = None if vector is None else tuple(np.frombuffer(vector, np.float32).tolist())
    return StoryInput(
        id=article.id,
        title=article.title,
        text=article.text,
        published=article.published,
        mentions=annotation.mentions if annotation is not None else (),
        embedding=embedding,
    )


def restore_story_index(state: Any, settings: Settings) -> StoryIndex | None:
    """The stored grouping, or None when there is none or it was made with other settings."""
    wanted = story_settings(settings)
    if not isinstance(state, dict):
        return None
    try:
        index = StoryIndex.restore(state)
    except (ValueError, KeyError, TypeError):
        return None
    return index if index.settings == wanted else None


def group_stories(
    index: StoryIndex | None, items: Iterable[StoryInput], settings: Settings
) -> StoryIndex:
    """Step 7: new articles into stories and events (earliest first); history never moves."""
    index = index or StoryIndex(story_settings(settings))
    for item in sorted(items, key=canonical_key):
        index.add(item)
    return index


def stories_with_copies(stories: Sequence[Story], duplicate_of: Mapping[str, str]) -> list[Story]:
    """Each duplicate joins its original's event: copies are listed, never grouped anew."""
    event_of = {a: (s.id, e.id) for s in stories for e in s.events for a in e.article_ids}
    joining: dict[str, list[str]] = {}
    for copy_id in duplicate_of:
        original = _original(copy_id, duplicate_of)
        if original in event_of:
            joining.setdefault(event_of[original][1], []).append(copy_id)
    return [_with_members(story, joining) for story in stories]


def _original(article_id: str, duplicate_of: Mapping[str, str]) -> str:
    seen = {article_id}
    while article_id in duplicate_of and duplicate_of[article_id] not in seen:
        article_id = duplicate_of[article_id]
        seen.add(article_id)
    return article_id


def _with_members(story: Story, joining: Mapping[str, list[str]]) -> Story:
    events = tuple(
        replace(e, article_ids=e.article_ids + tuple(joining.get(e.id, ()))) for e in story.events
    )
    return replace(
        story, article_ids=tuple(a for e in events for a in e.article_ids), events=events
    )


def story_coverage(
    stories: Sequence[Story], facts: Mapping[str, ArticleFacts]
) -> dict[str, Coverage]:
    """Coverage of every story and every event, by id."""
    found: dict[str, Coverage] = {}
    for story in stories:
        found[story.id] = coverage(story.id, story.article_ids, facts)
        for event in story.events:
            found[event.id] = coverage(event.id, event.article_ids, facts)
    return found


# --- undated articles ----------------------------------------------------------------------


def infer_dates(
    undated: Sequence[Article],
    siblings_of: Callable[[str], Sequence[tuple[Article, Sequence[TimeExpression]]]],
) -> list[DateInference]:
    """Step 8: a publication date for each undated article the text (or its event) allows."""
    found = []
    for article in undated:
        siblings = [
            DatedSibling(other.id, other.published[:10], other.text, tuple(times))
            for other, times in siblings_of(article.id)
            if other.published and other.id != article.id
        ]
        inference = infer_publication_date(article.id, article.text, siblings)
        if inference is not None:
            found.append(inference)
    return found


def reanalyse_with_date(article: Article, annotation: Annotation, settings: Settings) -> Analysis:
    """An article whose date was inferred: extract again (times resolve against the new date)."""
    return extract_all(article, annotation, settings, *_extract_context(settings))
