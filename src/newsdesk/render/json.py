"""The JSON export: the contract other tools and our evaluations read (docs/output.md).

Fields may be added; none may be renamed or dropped without bumping EXPORT_VERSION.
Lists for stages not built yet (facts, positions, timeline) are present and empty.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsdesk.model import (
    Article,
    Attribution,
    Brief,
    Citation,
    Claim,
    CopyLink,
    Coverage,
    DateInference,
    Entity,
    Fact,
    Quantity,
    Quote,
    Story,
    TimeExpression,
    content_id,
)
from newsdesk.render.records import brief_record, fact_record

EXPORT_VERSION = 4


@dataclass(slots=True)
class Exported:
    """Everything an export shows, gathered by the pipeline from the store."""

    articles: Iterable[Article]
    entities: Sequence[Entity] = ()
    stories: Sequence[Story] = ()
    quotes: Sequence[Quote] = ()
    quote_groups: Sequence[int] = ()  # group index per quote (variants across outlets)
    claims: Sequence[Claim] = ()
    times: Mapping[str, Sequence[TimeExpression]] = field(default_factory=dict)  # by article
    quantities: Sequence[Quantity] = ()
    attributions: Sequence[Attribution] = ()
    copy_links: Sequence[CopyLink] = ()
    origins: Callable[[Article, list[Attribution]], list[str]] | None = None
    coverage: Mapping[str, Coverage] = field(default_factory=dict)  # by story or event id
    date_inferences: Mapping[str, DateInference] = field(default_factory=dict)  # by article
    facts: Sequence[Fact] = ()
    briefs: Mapping[str, Brief] = field(default_factory=dict)  # by story
    _by_article: dict[str, dict[str, list[Any]]] = field(default_factory=dict)
    _entity_index: EntityIndex | None = None

    @property
    def entity_index(self) -> EntityIndex:
        if self._entity_index is None:
            self._entity_index = EntityIndex(self.entities)
        return self._entity_index

    def per_article(self, kind: str, article_id: str) -> list[Any]:
        if not self._by_article:
            self._index()
        return self._by_article[kind].get(article_id, [])

    def _index(self) -> None:
        self._by_article["times"] = {k: list(v) for k, v in self.times.items()}
        for kind, items in (
            ("quantities", self.quantities),
            ("attributions", self.attributions),
            ("copies", self.copy_links),
        ):
            grouped: dict[str, list[Any]] = defaultdict(list)
            for item in items:
                grouped[item.article_id].append(item)
            self._by_article[kind] = grouped
        self._by_article["event"] = {
            a: [story.id, event.id]
            for story in self.stories
            for event in story.events
            for a in event.article_ids
        }


class EntityIndex:
    """Which entity a mention span of an article belongs to."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self._spans: dict[tuple[str, int, int], str] = {}
        self._starts: dict[tuple[str, int], str] = {}
        self._by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self._named: dict[tuple[str, str], str] = {}  # (article, a name written there) -> id
        for entity in entities:
            for m in entity.mentions:
                self._spans[(m.article_id, m.start, m.end)] = entity.id
                self._starts[(m.article_id, m.start)] = entity.id
                self._by_article[m.article_id].append((m.start, m.end, entity.id))
                self._named.setdefault((m.article_id, m.text.casefold()), entity.id)
            for article_id in {m.article_id for m in entity.mentions}:
                self._named.setdefault((article_id, entity.name.casefold()), entity.id)

    def entity_within(self, article_id: str, start: int, end: int) -> str | None:
        """The last entity mentioned inside [start, end) ("according to Bloomberg" -> Bloomberg)."""
        inside = [m for m in self._by_article.get(article_id, ()) if start <= m[0] and m[1] <= end]
        return max(inside)[2] if inside else None

    def entity_at(self, article_id: str, start: int | None, end: int | None) -> str | None:
        if start is None or end is None:
            return None
        exact = self._spans.get((article_id, start, end))
        return (
            exact
            or self._head_within(article_id, start, end)
            or self._starts.get((article_id, start))
        )

    def entity_named(self, article_id: str, name: str | None) -> str | None:
        """The entity an article names `name` (as written there, or its canonical name): a
        speaker resolved from a bare surname the NER missed ("Zelenskiy has said ...")."""
        return self._named.get((article_id, name.casefold())) if name else None

    def _head_within(self, article_id: str, start: int, end: int) -> str | None:
        """A whole phrase ("Russian Foreign Minister Sergei Lavrov") is the entity it ends with."""
        ending = [m for m in self._by_article.get(article_id, ()) if start <= m[0] and m[1] == end]
        return min(ending)[2] if ending else None


def article_record(article: Article, corpus: Exported | None = None) -> dict[str, Any]:
    """One article as exported. `removed` offsets point into the raw text as received."""
    record: dict[str, Any] = {
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "published_how": article.published_how,
        "language": article.language,
        "machine_translated": article.machine_translated,
        "translation_evidence": list(article.translation_evidence),
        "kind": article.kind.value,
        "text": article.text,
        "duplicate_of": article.duplicate_of,
        "removed": [
            {"text": s.text, "reason": s.label.value, "detail": s.reason, "start": s.start,
             "end": s.end}
            for s in article.removed
        ],
    }  # fmt: skip
    if corpus is not None:
        record.update(_article_findings(article, corpus))
    return record


def _article_findings(article: Article, corpus: Exported) -> dict[str, Any]:
    attributions = corpus.per_article("attributions", article.id)
    origins = corpus.origins(article, attributions) if corpus.origins else []
    story_id, event_id = corpus.per_article("event", article.id) or [None, None]
    inferred = corpus.date_inferences.get(article.id)
    return {
        "story": story_id,
        "event": event_id,
        # a guess too weak to become the date is shown with its confidence, never applied
        "date_inference": None
        if inferred is None or (article.published and article.published_how != "inferred")
        else {"date": inferred.published, "applied": article.published_how == "inferred",
              "how": inferred.how, "confidence": inferred.confidence,
              "evidence": list(inferred.evidence)},
        "copies": [
            {"of": c.source_id, "kind": c.kind, "share": round(c.share, 3)}
            for c in corpus.per_article("copies", article.id)
        ],
        "origins": origins,
        "attributions": [
            {"cue": a.cue, "start": a.cue_start, "end": a.cue_end, "origin": a.origin,
             "origin_entity": corpus.entity_index.entity_within(article.id, a.cue_start, a.cue_end),
             "via": a.via, "sentence": {"start": a.start, "end": a.end}}
            for a in attributions
        ],
        "dates": [
            {"text": t.text, "start": t.start, "end": t.end, "value": t.value,
             "precision": t.precision, "confidence": t.confidence, "how": t.how}
            for t in corpus.per_article("times", article.id)
        ],
        "quantities": [
            {"text": q.text, "start": q.start, "end": q.end, "value": q.value,
             "qualifier": q.qualifier, "counted": q.counted,
             "counted_span": {"start": q.counted_start, "end": q.counted_end}}
            for q in corpus.per_article("quantities", article.id)
        ],
    }  # fmt: skip


def entity_record(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "state": entity.state,
        "aliases": list(entity.aliases),
        "why": list(entity.why),
        "mentions": [
            {"article": m.article_id, "start": m.start, "end": m.end, "text": m.text}
            for m in entity.mentions
        ],
    }


def story_record(
    story: Story,
    coverage: Mapping[str, Coverage] | None = None,
    brief: Brief | None = None,
) -> dict[str, Any]:
    known = coverage or {}
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.article_ids),
        **_coverage_fields(known.get(story.id)),
        "events": [
            {"id": e.id, "title": e.title, "articles": list(e.article_ids),
             **_coverage_fields(known.get(e.id))}
            for e in story.events
        ],
        "brief": brief_record(brief) if brief is not None else None,
    }  # fmt: skip


def position_records(briefs: Mapping[str, Brief]) -> list[dict[str, Any]]:
    """Every story's positions: actor, stance, issue, articles, evidence, dates, story."""
    return [
        {
            "story": story_id,
            "actor": p.actor,
            "stance": p.stance,
            "issue": p.issue,
            "articles": list(p.articles),
            "evidence": [_citation(c) for c in p.citations],
            "dates": list(p.dates),
            "changed_from": p.changed_from,
            "according_to": list(p.according_to),
            "aimed_at": list(p.aimed_at),
        }
        for story_id, brief in briefs.items()
        for p in brief.positions
    ]


def timeline_records(briefs: Mapping[str, Brief]) -> list[dict[str, Any]]:
    """Every story's timeline: date, precision, text, articles, evidence, story, fact."""
    return [
        {
            "story": story_id,
            "date": e.date,
            "precision": e.precision,
            "text": e.text,
            "articles": list(e.articles),
            "evidence": [_citation(c) for c in e.citations],
            "fact": e.fact,
        }
        for story_id, brief in briefs.items()
        for e in brief.timeline
    ]


def _citation(citation: Citation) -> dict[str, Any]:
    return {"article": citation.article_id, "start": citation.start, "end": citation.end}


def _coverage_fields(coverage: Coverage | None) -> dict[str, Any]:
    if coverage is None:
        return {}
    return {
        "copies": coverage.copies,
        "outlets": list(coverage.outlets),
        "origins": list(coverage.origins),
        "independent_origins": len(coverage.origins),
        "first_published": coverage.first,
        "last_published": coverage.last,
    }


def quote_id(quote: Quote) -> str:
    return content_id(f"{quote.article_id}:{quote.start}:{quote.end}".encode())


def quote_record(quote: Quote, group: int | None, entities: EntityIndex) -> dict[str, Any]:
    a = quote.article_id
    return {
        "id": quote_id(quote),
        "article": a,
        "speaker": entities.entity_at(a, quote.name_start, quote.name_end)
        or entities.entity_named(a, quote.speaker_name),
        "speaker_name": quote.speaker_name,
        "speaker_span": _span(a, quote.speaker_start, quote.speaker_end),
        "cue": _text_span(quote.cue, quote.cue_start, quote.cue_end),
        "text": quote.text,
        "direct": bool(quote.direct),
        "group": group,
        "confidence": quote.confidence,
        "evidence": [
            {"article": a, "start": start, "end": end}
            for start, end in (quote.pieces or ((quote.start, quote.end),))
        ],
        "sentence": {"article": a, "start": quote.sentence_start, "end": quote.sentence_end},
        "event_date": _event_date(quote),
    }  # fmt: skip


def claim_record(claim: Claim, entities: EntityIndex) -> dict[str, Any]:
    a = claim.article_id
    return {
        "id": content_id(f"{a}:{claim.start}:{claim.trigger_start}:{claim.action}".encode()),
        "article": a,
        "actor": claim.actor,
        "actor_entity": entities.entity_at(a, claim.actor_start, claim.actor_end)
        or entities.entity_named(a, claim.actor),
        "actor_state": claim.actor_state,
        "actor_span": _offsets(claim.actor_start, claim.actor_end),
        "action": claim.action,
        "trigger": _text_span(claim.trigger, claim.trigger_start, claim.trigger_end),
        "issue": claim.issue,
        "issue_span": _offsets(claim.issue_start, claim.issue_end),
        "target": claim.target,
        "target_span": _offsets(claim.target_start, claim.target_end),
        "modality": claim.modality,
        "attribution": claim.attribution,
        "confidence": claim.confidence,
        "span": {"article": a, "start": claim.start, "end": claim.end},
        "event_date": _event_date(claim),
    }


def _event_date(item: Quote | Claim) -> dict[str, Any] | None:
    if item.event_date is None:
        return None
    return {"value": item.event_date, "start": item.event_date_start,
            "end": item.event_date_end, "how": item.event_date_how}  # fmt: skip


def _offsets(start: int | None, end: int | None) -> dict[str, int] | None:
    return None if start is None or end is None else {"start": start, "end": end}


def _text_span(text: str | None, start: int | None, end: int | None) -> dict[str, Any] | None:
    offsets = _offsets(start, end)
    return None if text is None or offsets is None else {"text": text, **offsets}


def _span(article_id: str, start: int | None, end: int | None) -> dict[str, Any] | None:
    offsets = _offsets(start, end)
    return None if offsets is None else {"article": article_id, **offsets}


def export_document(corpus: Exported | Iterable[Article], newsdesk_version: str) -> dict[str, Any]:
    corpus = corpus if isinstance(corpus, Exported) else Exported(corpus)
    entities = corpus.entity_index
    groups: list[int | None] = [*corpus.quote_groups] or [None] * len(corpus.quotes)
    document: dict[str, Any] = {
        "newsdesk_version": newsdesk_version,
        "export_version": EXPORT_VERSION,
        "articles": [article_record(a, corpus) for a in corpus.articles],
        "stories": [
            story_record(s, corpus.coverage, corpus.briefs.get(s.id)) for s in corpus.stories
        ],
        "entities": [entity_record(e) for e in corpus.entities],
        "quotes": [
            quote_record(q, g, entities) for q, g in zip(corpus.quotes, groups, strict=True)
        ],
        "claims": [claim_record(c, entities) for c in corpus.claims],
        "facts": [fact_record(f) for f in corpus.facts],
        "positions": position_records(corpus.briefs),
        "timeline": timeline_records(corpus.briefs),
    }
    return document


def export_lines(corpus: Exported | Iterable[Article], newsdesk_version: str) -> Iterator[str]:
    """JSON lines: a header line, then one line per item, each with its "type"."""
    corpus = corpus if isinstance(corpus, Exported) else Exported(corpus)
    yield json.dumps(
        {"type": "header", "newsdesk_version": newsdesk_version, "export_version": EXPORT_VERSION}
    )
    entities = corpus.entity_index
    groups: list[int | None] = [*corpus.quote_groups] or [None] * len(corpus.quotes)
    records: Iterable[tuple[str, dict[str, Any]]] = (
        *(("article", article_record(a, corpus)) for a in corpus.articles),
        *(
            ("story", story_record(s, corpus.coverage, corpus.briefs.get(s.id)))
            for s in corpus.stories
        ),
        *(("entity", entity_record(e)) for e in corpus.entities),
        *(
            ("quote", quote_record(q, g, entities))
            for q, g in zip(corpus.quotes, groups, strict=True)
        ),
        *(("claim", claim_record(c, entities)) for c in corpus.claims),
        *(("fact", fact_record(f)) for f in corpus.facts),
        *(("position", p) for p in position_records(corpus.briefs)),
        *(("timeline", t) for t in timeline_records(corpus.briefs)),
    )
    for kind, record in records:
        if "type" in record:  # an entity's own type must not hide the line's type
            record["entity_type"] = record.pop("type")
        yield json.dumps({"type": kind, **record}, ensure_ascii=False)
