"""The article page: the clean text with every removed segment in place (greyed, with its
label and reason), entities, quotes and claims highlighted, every cited passage wrapped in an
element with the id its citations link to, its copies and its machine-translation evidence.

The clean text is the kept segments joined by a paragraph break (clean/__init__.py), so walking
the segments in page order gives each kept one its clean-text range and each removed one its
place between them. Should a store's text not be that join (an older cleaner), the page shows
the clean text whole and lists the removed segments after it, and says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from newsdesk.desk import Desk
from newsdesk.errors import NotFoundError
from newsdesk.model import Article, Brief, Citation, Claim, Entity, Fact, Quote, Segment, Story
from newsdesk.web.briefs import brief_of
from newsdesk.web.marks import Mark, Marker, Token, citation_anchor
from newsdesk.web.pages.common import ArticleInfo, info_of

PARAGRAPH_BREAK = "\n\n"
# A paragraph longer than this is shown as several blocks (cut at a space): a browser lays out
# a block of a million characters badly (Chromium puts text past ~90,000 lines off the page).
LONGEST_BLOCK = 20_000


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph of the page: kept (clean text, highlighted) or removed (greyed)."""

    kept: bool
    label: str
    reason: str
    tokens: tuple[Token, ...]  # kept blocks
    text: str  # removed blocks: the segment's visible text
    continued: bool = False  # the rest of a paragraph cut because it is very long


@dataclass(frozen=True, slots=True)
class CopyRow:
    other: ArticleInfo | None
    other_id: str
    kind: str  # "duplicate" | "reuse"
    share: float
    copies_it: bool  # True: this article copies `other`; False: `other` copies this one


@dataclass(frozen=True, slots=True)
class EntityRow:
    entity: Entity
    count: int  # mentions in this article

    @property
    def href(self) -> str:
        return entity_href(self.entity.id)


@dataclass(frozen=True, slots=True)
class ArticlePage:
    article: Article
    info: ArticleInfo
    blocks: tuple[Block, ...]
    in_place: bool  # removed segments shown where they were (False: listed after the text)
    entities: tuple[EntityRow, ...]
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    copies: tuple[CopyRow, ...]
    stories: tuple[Story, ...]
    citations: int  # passages cited by briefs and facts
    problems: tuple[str, ...]


def entity_href(entity_id: str) -> str:
    return f"/entities/{entity_id}"


def article_page(desk: Desk, article_id: str) -> ArticlePage:
    """Everything the article page shows (NotFoundError when there is no such article)."""
    article = desk.article(article_id)
    stories = tuple(s for s in desk.stories() if article.id in s.article_ids)
    entities = _entities_in(desk.entities_of(article.id), article.id)  # its mentions only
    quotes = tuple(desk.quotes(article.id))
    claims = tuple(desk.claims(article.id))
    cited = _cited_spans(desk, article.id, stories)
    anchored = set(cited)  # spans that have an element id already (one id, one element)
    marks = [
        *_citation_marks(cited),
        *_entity_marks(entities, article.id),
        *_quote_marks(quotes, anchored),
        *_claim_marks(claims, anchored),
    ]
    blocks, in_place = _blocks(article, Marker(article.text, marks))
    return ArticlePage(
        article=article,
        info=info_of(article),
        blocks=blocks,
        in_place=in_place,
        entities=tuple(EntityRow(e, n) for e, n in entities),
        quotes=quotes,
        claims=claims,
        copies=_copies(desk, article.id),
        stories=stories,
        citations=len(cited),
        problems=tuple(
            f"{p.stage}: {p.message}" for p in desk.problems() if p.subject == article.id
        ),
    )


def _cited_spans(desk: Desk, article_id: str, stories: Sequence[Story]) -> set[tuple[int, int]]:
    """Every span of this article that a brief or a fact of its stories cites: the targets of
    the story page's citation links."""
    spans: set[tuple[int, int]] = set()
    for story in stories:
        brief = brief_of(desk, story.id)
        if brief is not None:
            spans |= _brief_spans(brief, article_id)
        spans |= _fact_spans(desk.facts(story.id), article_id)
    return spans


def _brief_spans(brief: Brief, article_id: str) -> set[tuple[int, int]]:
    groups: list[tuple[Citation, ...]] = [
        *(line.citations for line in (*brief.summary, *brief.flags, *brief.new)),
        *(entry.citations for entry in brief.timeline),
        *(quote.citations for quote in brief.quotes),
        *(position.citations for position in brief.positions),
    ]
    citations = [c for group in groups for c in group]
    return {(c.start, c.end) for c in citations if c.article_id == article_id}


def _fact_spans(facts: Iterable[Fact], article_id: str) -> set[tuple[int, int]]:
    evidence = [e for f in facts for e in f.evidence]
    evidence += [e for f in facts for c in f.conflicts for s in c.sides for e in s.evidence]
    return {(e.start, e.end) for e in evidence if e.article_id == article_id}


def _citation_marks(spans: Iterable[tuple[int, int]]) -> list[Mark]:
    return [Mark(s, e, "cite", anchor=citation_anchor(s, e)) for s, e in spans]


def _entities_in(entities: Sequence[Entity], article_id: str) -> list[tuple[Entity, int]]:
    found = []
    for entity in entities:
        count = sum(1 for m in entity.mentions if m.article_id == article_id)
        if count:
            found.append((entity, count))
    return sorted(found, key=lambda pair: (-pair[1], pair[0].name))


def _entity_marks(entities: Sequence[tuple[Entity, int]], article_id: str) -> list[Mark]:
    return [
        Mark(m.start, m.end, "ent", href=entity_href(e.id), title=f"{e.name} ({e.type})")
        for e, _ in entities
        for m in e.mentions
        if m.article_id == article_id
    ]


def _anchor(start: int, end: int, anchored: set[tuple[int, int]]) -> str | None:
    """The id `#c-{start}-{end}` for a quote or claim span (the entity page links to them),
    unless an element has it already."""
    if (start, end) in anchored:
        return None
    anchored.add((start, end))
    return citation_anchor(start, end)


def _quote_marks(quotes: Sequence[Quote], anchored: set[tuple[int, int]]) -> list[Mark]:
    marks = []
    for quote in quotes:
        said = f"quote: {quote.speaker_name or 'speaker unknown'}"
        pieces = quote.pieces or ((quote.start, quote.end),)
        marks += [
            Mark(s, e, "quote", anchor=_anchor(s, e, anchored), title=said) for s, e in pieces
        ]
        if quote.speaker_start is not None and quote.speaker_end is not None:
            marks.append(Mark(quote.speaker_start, quote.speaker_end, "speaker", title=said))
    return marks


def _claim_marks(claims: Sequence[Claim], anchored: set[tuple[int, int]]) -> list[Mark]:
    return [
        Mark(
            c.trigger_start,
            c.trigger_end,
            "claim",
            anchor=_anchor(c.trigger_start, c.trigger_end, anchored),
            title=f"{c.action}: {c.actor} — {c.issue} ({c.modality})",
        )
        for c in claims
    ]


def _blocks(article: Article, marker: Marker) -> tuple[tuple[Block, ...], bool]:
    kept = [s for s in article.segments if s.kept]
    if PARAGRAPH_BREAK.join(s.text for s in kept) != article.text:
        return _blocks_apart(article, marker), False
    blocks, position = [], 0
    for segment in article.segments:
        if not segment.kept:
            blocks.append(_removed(segment))
            continue
        end = position + len(segment.text)
        blocks += _kept(segment.label, segment.reason, marker, position, end)
        position = end + len(PARAGRAPH_BREAK)
    return tuple(blocks), True


def _blocks_apart(article: Article, marker: Marker) -> tuple[Block, ...]:
    body = _kept("story", "the clean text", marker, 0, len(article.text))
    return (*body, *map(_removed, article.removed))


def _kept(label: str, reason: str, marker: Marker, start: int, end: int) -> list[Block]:
    cuts = cut_points(marker.text, start, end, LONGEST_BLOCK)
    return [
        Block(True, label, reason, tuple(marker.tokens(lo, hi)), "", continued=i > 0)
        for i, (lo, hi) in enumerate(pairwise(cuts))
    ]


def cut_points(text: str, start: int, end: int, longest: int) -> list[int]:
    """Where to cut text[start:end] into pieces of at most about `longest` characters: after
    the last space before the limit (at the limit when a piece has no space)."""
    cuts = [start]
    while end - cuts[-1] > longest:
        limit = cuts[-1] + longest
        space = text.rfind(" ", cuts[-1] + longest // 2, limit)
        cuts.append(space + 1 if space != -1 else limit)
    cuts.append(end)
    return cuts


def _removed(segment: Segment) -> Block:
    return Block(False, str(segment.label), segment.reason, (), segment.text)


def _copies(desk: Desk, article_id: str) -> tuple[CopyRow, ...]:
    links = [c for c in desk.copy_links() if article_id in (c.article_id, c.source_id)]
    others = desk.articles_by_id(
        [c.source_id if c.article_id == article_id else c.article_id for c in links]
    )
    rows = []
    for link in links:
        copies_it = link.article_id == article_id
        other_id = link.source_id if copies_it else link.article_id
        other = others.get(other_id)
        rows.append(
            CopyRow(info_of(other) if other else None, other_id, link.kind, link.share, copies_it)
        )
    return tuple(rows)


def raw_text(desk: Desk, article_id: str) -> tuple[Article, str]:
    """The article and its source text exactly as received (decoded)."""
    article = desk.article(article_id)
    raw = desk.raw_document(article.id)
    if raw is None:
        raise NotFoundError("raw document of article", article.id)
    return article, raw.text
