"""The story page: its brief (every line cited), timeline, coverage and positions matrices,
contested and single-source facts with the sides of each conflict, copies and origins.

With a brief (`briefs.brief_of`) the page shows what compose chose; without one it shows the
facts panels alone, under a clearly marked "brief not yet made", and builds the coverage
matrix and the timeline from the facts. Every citation is a `CiteLink` to
`/articles/{id}#c-{start}-{end}`, which the article page wraps around the cited passage.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsdesk.desk import Desk
from newsdesk.model import (
    Article,
    Brief,
    Citation,
    Conflict,
    CopyLink,
    Coverage,
    Evidence,
    Fact,
    OutletCoverage,
    Position,
    Story,
)
from newsdesk.web.briefs import brief_of, can_render
from newsdesk.web.charts import (
    BarChart,
    TimelineChart,
    TimelinePoint,
    activity_chart,
    timeline_chart,
)
from newsdesk.web.pages.common import (
    ArticleInfo,
    CiteLink,
    cite_link,
    info_of,
)

MATRIX_FACTS = 40  # columns of the coverage matrix: the most-sourced facts
CITES_SHOWN = 5  # citation links shown per line; the rest are counted
COPIES_SHOWN = 60  # copies listed; the rest are counted


@dataclass(frozen=True, slots=True)
class Cited:
    """A line of text with the links to the passages it rests on."""

    text: str
    cites: tuple[CiteLink, ...]
    more: int = 0  # citations not shown
    facts: tuple[int, ...] = ()  # the numbers of the facts it reports


@dataclass(frozen=True, slots=True)
class SideView:
    value: str
    origins: tuple[str, ...]
    cites: tuple[CiteLink, ...]


@dataclass(frozen=True, slots=True)
class ConflictView:
    kind: str
    about: str
    sides: tuple[SideView, ...]
    other_fact: int | None  # the number of the fact holding the other side


@dataclass(frozen=True, slots=True)
class FactView:
    number: int
    fact: Fact
    line: Cited
    conflicts: tuple[ConflictView, ...]

    @property
    def anchor(self) -> str:
        return f"f{self.number}"


@dataclass(frozen=True, slots=True)
class TimelineRow:
    number: int
    date: str
    precision: str
    line: Cited


@dataclass(frozen=True, slots=True)
class MatrixRow:
    outlet: str
    kind: str | None  # the outlet's type (wire, ...)
    articles: int
    cells: tuple[str, ...]  # per column: "has" | "missing" | ""
    carried: int


@dataclass(frozen=True, slots=True)
class CoverageMatrix:
    columns: tuple[FactView, ...]
    rows: tuple[MatrixRow, ...]
    total: int  # facts in the story (columns are the first MATRIX_FACTS)


@dataclass(frozen=True, slots=True)
class PositionCell:
    stance: str
    changed_from: str | None
    dates: tuple[str, ...]
    cites: tuple[CiteLink, ...]
    according_to: tuple[str, ...] = ()
    aimed_at: str = ""  # "of Vladimir Putin": whom the stance is aimed at, as the brief says


@dataclass(frozen=True, slots=True)
class PositionsMatrix:
    issues: tuple[str, ...]
    rows: tuple[tuple[str, tuple[PositionCell | None, ...]], ...]  # actor name, one per issue


@dataclass(frozen=True, slots=True)
class CopyView:
    copy: ArticleInfo
    source: ArticleInfo | None
    kind: str
    share: float


@dataclass(frozen=True, slots=True)
class OriginView:
    name: str
    kind: str  # "reported_by" | "said_by"
    facts: int
    articles: int


@dataclass(frozen=True, slots=True)
class StoryPage:
    story: Story
    coverage: Coverage | None
    brief: Brief | None
    brief_downloads: bool
    summary: tuple[Cited, ...]
    new: tuple[Cited, ...]
    flags: tuple[Cited, ...]
    quotes: tuple[tuple[str | None, Cited], ...]
    facts: tuple[FactView, ...]
    contested: tuple[FactView, ...]
    single_source: tuple[FactView, ...]
    corroborated: tuple[FactView, ...]
    timeline: tuple[TimelineRow, ...]
    timeline_chart: TimelineChart | None
    timeline_from_facts: bool
    activity: BarChart | None
    matrix: CoverageMatrix
    positions: PositionsMatrix | None
    copies: tuple[CopyView, ...]
    more_copies: int
    origins: tuple[OriginView, ...]
    articles: tuple[ArticleInfo, ...]


def story_page(desk: Desk, story_id: str, since: str | None = None) -> StoryPage:
    """Everything the story page shows (NotFoundError when there is no such story)."""
    story = desk.story(story_id)
    brief = brief_of(desk, story.id, since)
    facts = desk.facts(story.id)
    articles = desk.articles_by_id(story.article_ids)
    infos = {i: info_of(a) for i, a in articles.items()}
    views = _fact_views(facts, articles)
    by_id = {v.fact.id: v for v in views}
    timeline, from_facts = _timeline(brief, views, articles)
    copies = _copies(desk.copy_links(), infos)
    return StoryPage(
        story=story,
        coverage=_coverage(desk, story, brief),
        brief=brief,
        brief_downloads=brief is not None and can_render(desk),
        summary=_lines(brief.summary if brief else (), articles, by_id),
        new=_lines(brief.new if brief else (), articles, by_id),
        flags=_lines(brief.flags if brief else (), articles, by_id),
        quotes=tuple(
            (q.speaker, _cited(q.text, q.citations, articles))
            for q in (brief.quotes if brief else ())
        ),
        facts=tuple(views),
        contested=_with_status(views, by_id, brief.contested if brief else None, "contested"),
        single_source=_with_status(
            views, by_id, brief.single_source if brief else None, "single_source"
        ),
        corroborated=tuple(v for v in views if v.fact.status == "corroborated"),
        timeline=timeline,
        timeline_chart=timeline_chart(
            [
                TimelinePoint(r.date, r.line.text, r.line.cites[0].href if r.line.cites else None)
                for r in timeline
            ]
        ),
        timeline_from_facts=from_facts,
        activity=activity_chart([a.published for a in articles.values()], width=720, height=60),
        matrix=_matrix(views, articles, brief.coverage if brief else None),
        positions=_positions(brief.positions, articles) if brief and brief.positions else None,
        copies=copies[:COPIES_SHOWN],
        more_copies=max(0, len(copies) - COPIES_SHOWN),
        origins=_origins(facts),
        articles=tuple(sorted(infos.values(), key=_by_date)),
    )


def _coverage(desk: Desk, story: Story, brief: Brief | None) -> Coverage | None:
    """The story's coverage line; from the brief when there is one (reading every article's
    origins again for the whole store is the slow part of `Desk.coverage`)."""
    if brief is not None and brief.coverage:
        return _coverage_of_brief(story, brief.coverage, brief)
    return desk.coverage().get(story.id)


def _coverage_of_brief(story: Story, outlets: Sequence[OutletCoverage], brief: Brief) -> Coverage:
    origins = dict.fromkeys(o for c in outlets for o in c.origins)
    return Coverage(
        group_id=story.id,
        articles=brief.articles or len(story.article_ids),
        copies=sum(c.copies for c in outlets),
        outlets=tuple(c.outlet for c in outlets),
        origins=tuple(origins),
        first=brief.first,
        last=brief.last,
    )


def _by_date(info: ArticleInfo) -> tuple[str, str]:
    return (info.published or "9999", info.title)


def _cites(citations: Iterable[Citation], articles: dict[str, Article]) -> tuple[CiteLink, ...]:
    """Links to the first CITES_SHOWN distinct citations (a fact of a 200-article story has
    200; the page counts the rest)."""
    shown = list(dict.fromkeys(citations))[:CITES_SHOWN]
    return tuple(cite_link(c.article_id, c.start, c.end, articles) for c in shown)


def _cited(
    text: str,
    citations: Iterable[Citation],
    articles: dict[str, Article],
    facts: tuple[int, ...] = (),
) -> Cited:
    distinct = len(set(citations := tuple(citations)))
    return Cited(text, _cites(citations, articles), max(0, distinct - CITES_SHOWN), facts)


def _lines(
    lines: Iterable, articles: dict[str, Article], by_id: dict[str, FactView]
) -> tuple[Cited, ...]:
    return tuple(
        _cited(
            line.text,
            line.citations,
            articles,
            tuple(by_id[f].number for f in line.facts if f in by_id),
        )
        for line in lines
    )


def _evidence_citations(evidence: Iterable[Evidence]) -> list[Citation]:
    return [Citation(e.article_id, e.start, e.end) for e in evidence]


def _fact_views(facts: Sequence[Fact], articles: dict[str, Article]) -> list[FactView]:
    numbers = {f.id: n for n, f in enumerate(facts, start=1)}
    return [
        FactView(
            number=numbers[fact.id],
            fact=fact,
            line=_cited(fact.text, _evidence_citations(fact.evidence), articles),
            conflicts=tuple(_conflict(c, articles, numbers) for c in fact.conflicts),
        )
        for fact in facts
    ]


def _conflict(
    conflict: Conflict, articles: dict[str, Article], numbers: dict[str, int]
) -> ConflictView:
    sides = tuple(
        SideView(
            value=side.value,
            origins=side.origins,
            cites=_cites(_evidence_citations(side.evidence), articles),
        )
        for side in conflict.sides
    )
    other = numbers.get(conflict.other_fact) if conflict.other_fact else None
    return ConflictView(conflict.kind, conflict.about, sides, other)


def _with_status(
    views: Sequence[FactView],
    by_id: dict[str, FactView],
    chosen: Sequence[str] | None,
    status: str,
) -> tuple[FactView, ...]:
    """The brief's list of such facts when there is a brief, else the facts' own status."""
    if chosen is not None:
        return tuple(by_id[i] for i in chosen if i in by_id)
    return tuple(v for v in views if v.fact.status == status)


def _timeline(
    brief: Brief | None, views: Sequence[FactView], articles: dict[str, Article]
) -> tuple[tuple[TimelineRow, ...], bool]:
    """The brief's timeline; without a brief, the dated facts in date order."""
    if brief is not None:
        rows = tuple(
            TimelineRow(n, e.date, e.precision, _cited(e.text, e.citations, articles))
            for n, e in enumerate(brief.timeline, start=1)
        )
        return rows, False
    dated = sorted((v for v in views if v.fact.event_date), key=lambda v: v.fact.event_date or "")
    rows = tuple(
        TimelineRow(n, v.fact.event_date or "", v.fact.event_date_precision or "", v.line)
        for n, v in enumerate(dated, start=1)
    )
    return rows, True


def _matrix(
    views: Sequence[FactView],
    articles: dict[str, Article],
    outlets: Sequence[OutletCoverage] | None,
) -> CoverageMatrix:
    """Outlets x the most-sourced facts: which facts each outlet carries, and which
    corroborated facts it leaves out."""
    columns = tuple(views[:MATRIX_FACTS])
    coverage = list(outlets) if outlets else _outlet_coverage(views, articles)
    rows = []
    for entry in coverage:
        carried, missing = set(entry.facts), set(entry.missing)
        cells = tuple(
            "has" if v.fact.id in carried else "missing" if v.fact.id in missing else ""
            for v in columns
        )
        rows.append(MatrixRow(entry.outlet, entry.type, len(entry.articles), cells, len(carried)))
    rows.sort(key=lambda r: (-r.carried, r.outlet))
    return CoverageMatrix(columns, tuple(rows), len(views))


def _outlet_coverage(
    views: Sequence[FactView], articles: dict[str, Article]
) -> list[OutletCoverage]:
    """Each outlet's facts, read from the facts' articles (what the brief holds when made)."""
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in articles.values():
        by_outlet[article.outlet or "(unknown outlet)"].append(article)
    corroborated = [v.fact.id for v in views if v.fact.status == "corroborated"]
    found = []
    for outlet, own in by_outlet.items():
        ids = {a.id for a in own}
        facts = tuple(v.fact.id for v in views if ids & set(v.fact.article_ids))
        found.append(
            OutletCoverage(
                outlet=outlet,
                type=None,
                articles=tuple(sorted(ids)),
                facts=facts,
                missing=tuple(f for f in corroborated if f not in facts),
                copies=sum(1 for a in own if a.duplicate_of),
                origins=(),
                machine_translated=sum(1 for a in own if a.machine_translated),
                removed=sum(len(a.removed) for a in own),
            )
        )
    return found


def _positions(positions: Sequence[Position], articles: dict[str, Article]) -> PositionsMatrix:
    """Actors x issues, each cell the actor's stance on the issue with its citations."""
    # issues several actors take a stand on first (that is where the matrix says something),
    # then actors with the most positions
    takers: dict[str, set[str]] = defaultdict(set)
    for p in positions:
        takers[p.issue].add(p.actor_name)
    issues = tuple(sorted(takers, key=lambda issue: -len(takers[issue])))
    held = Counter(p.actor_name for p in positions)
    actors = tuple(sorted(held, key=lambda actor: -held[actor]))
    cells: dict[tuple[str, str], PositionCell] = {}
    for p in positions:
        cells[(p.actor_name, p.issue)] = PositionCell(
            stance=p.stance,
            changed_from=p.changed_from,
            dates=p.dates,
            cites=_cites(p.citations, articles),
            according_to=p.according_to,
            aimed_at=p.aimed_phrase,
        )
    rows = tuple((a, tuple(cells.get((a, i)) for i in issues)) for a in actors)
    return PositionsMatrix(issues, rows)


def _copies(links: Sequence[CopyLink], infos: dict[str, ArticleInfo]) -> tuple[CopyView, ...]:
    """The story's copies: articles that repeat another, wholly or in part."""
    found = [
        CopyView(infos[link.article_id], infos.get(link.source_id), link.kind, link.share)
        for link in links
        if link.article_id in infos
    ]
    return tuple(sorted(found, key=lambda c: (-c.share, c.copy.title)))


def _origins(facts: Sequence[Fact]) -> tuple[OriginView, ...]:
    """Every independent origin behind the story's facts, with how much rests on it."""
    counts: dict[tuple[str, str], tuple[int, set[str]]] = {}
    for fact in facts:
        for origin in fact.origins:
            number, seen = counts.get((origin.name, origin.kind), (0, set()))
            counts[(origin.name, origin.kind)] = (number + 1, seen | set(origin.articles))
    views = [OriginView(name, kind, n, len(seen)) for (name, kind), (n, seen) in counts.items()]
    return tuple(sorted(views, key=lambda o: (-o.facts, o.name)))
