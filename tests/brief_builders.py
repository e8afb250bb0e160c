"""Builders for the brief's tests: articles, facts, claims and quotes made by hand.

Every span is found in the article's own text (`span_of`), so a test never hard-codes an
offset and a builder never cites text the article does not hold.
"""

from __future__ import annotations

from collections.abc import Sequence

from builders import split_sentences
from newsdesk.compose import StoryMaterial
from newsdesk.model import (
    Article,
    Brief,
    BriefLine,
    BriefQuote,
    Citation,
    Claim,
    Conflict,
    ConflictSide,
    Evidence,
    Fact,
    FactOrigin,
    InputKind,
    OutletCoverage,
    Position,
    Quote,
    Segment,
    SegmentLabel,
    Sentence,
    Story,
    TimelineEntry,
)


def article(
    article_id: str,
    text: str,
    outlet: str | None = "The Ledger",
    published: str | None = "2026-03-11",
    title: str | None = None,
    *,
    duplicate_of: str | None = None,
    machine_translated: bool = False,
    removed: int = 0,
) -> Article:
    """An article with `removed` noise segments (advertisements) beside its body."""
    noise = tuple(
        Segment(0, 0, "Subscribe now", SegmentLabel.ADVERTISEMENT, "an appeal")
        for _ in range(removed)
    )
    return Article(
        id=article_id,
        source=f"https://example.org/{article_id}",
        kind=InputKind.TEXT,
        title=title,
        outlet=outlet,
        published=published,
        published_how="metadata" if published else None,
        language="en",
        text=text,
        segments=(Segment(0, len(text), text, SegmentLabel.STORY, "body"), *noise),
        offsets=(),
        machine_translated=machine_translated,
        duplicate_of=duplicate_of,
    )


def span_of(item: Article, phrase: str, after: int = 0) -> tuple[int, int]:
    start = item.text.index(phrase, after)
    return start, start + len(phrase)


def sentences(item: Article) -> tuple[Sentence, ...]:
    return tuple(Sentence(s, e) for s, e in split_sentences(item.text))


def evidence(
    item: Article, phrase: str, origin: str | None = None, *, clause: bool = False
) -> Evidence:
    """The report of a fact in `item`: the whole sentence holding `phrase` (as fuse cites), or
    with `clause` the phrase alone inside that sentence."""
    start, end = span_of(item, phrase)
    s, e = next((s, e) for s, e in split_sentences(item.text) if s <= start and end <= e)
    if not clause:
        start, end = s, e
    return Evidence(item.id, start, end, item.text[s:e], origin or item.outlet or item.id)


def fact(
    fact_id: str,
    reports: Sequence[Evidence],
    *,
    status: str | None = None,
    date: str | None = None,
    precision: str | None = None,
    conflicts: Sequence[Conflict] = (),
    flags: Sequence[str] = (),
    text: str | None = None,
) -> Fact:
    """A fact told by its first report's sentence (or `text`), one origin per distinct origin
    of its reports."""
    first = reports[0]
    origins = tuple(dict.fromkeys(e.origin for e in reports))
    status = status or ("contested" if conflicts else None)
    status = status or ("corroborated" if len(origins) >= 2 else "single_source")
    return Fact(
        id=fact_id,
        story_id="story",
        event_id=None,
        kind="event",
        text=text or first.sentence,
        actors=(),
        event_date=date,
        event_date_precision=precision,
        article_ids=tuple(dict.fromkeys(e.article_id for e in reports)),
        evidence=tuple(reports),
        origins=tuple(
            FactOrigin(o, "reported_by", tuple(e.article_id for e in reports if e.origin == o))
            for o in origins
        ),
        independent_sources=len(origins),
        status=status,
        conflicts=tuple(conflicts),
        flags=tuple(flags),
    )


def conflict(kind: str, about: str, *sides: tuple[str, Sequence[Evidence]]) -> Conflict:
    return Conflict(
        kind,
        about,
        tuple(
            ConflictSide(value, tuple(reports), tuple(dict.fromkeys(e.origin for e in reports)))
            for value, reports in sides
        ),
    )


def claim(
    item: Article,
    actor: str,
    action: str,
    issue: str,
    *,
    date: str | None = None,
    modality: str = "asserted",
) -> Claim:
    """A claim read from the sentence of `item` that holds `issue`."""
    issue_start, issue_end = span_of(item, issue)
    start, end = next((s, e) for s, e in split_sentences(item.text) if s <= issue_start < e)
    actor_start = item.text.find(actor, start)
    actor_end = actor_start + len(actor) if actor_start >= 0 else start
    return Claim(
        article_id=item.id,
        start=start,
        end=end,
        actor=actor,
        actor_start=max(actor_start, start),
        actor_end=actor_end,
        action=action,
        trigger=action.lower(),
        trigger_start=start,
        trigger_end=start,
        issue=issue,
        issue_start=issue_start,
        issue_end=issue_end,
        modality=modality,
        event_date=date,
    )


def quote(
    item: Article,
    *words: str,
    speaker: str | None = "Marit Ensdal",
    direct: bool = True,
) -> Quote:
    """A quote of `item`; several `words` are the pieces of one quote split by its cue."""
    pieces = []
    after = 0
    for piece in words:
        start, end = span_of(item, piece, after)
        pieces.append((start, end))
        after = end
    return Quote(
        article_id=item.id,
        start=pieces[0][0],
        end=pieces[0][1],
        text=" … ".join(words),
        direct=direct,
        speaker_name=speaker,
        pieces=tuple(pieces) if len(pieces) > 1 else (),
    )


def material(
    articles: Sequence[Article],
    facts: Sequence[Fact] = (),
    **extra: object,
) -> StoryMaterial:
    """A story of these articles, every sentence a summary candidate."""
    story = Story("story", "Talks open in Aldmoor", tuple(a.id for a in articles))
    return StoryMaterial(
        story=story,
        articles={a.id: a for a in articles},
        sentences={a.id: sentences(a) for a in articles},
        facts=tuple(facts),
        **extra,  # type: ignore[arg-type]
    )


# --- a brief whose article text is hostile, for the renderers ----------------------------------

HOSTILE = (
    'Officials said <script>alert("x")</script> and [click](javascript:alert(1)) then `rm -rf` '
    "| a | b | \x1b]0;pwned\x07 and \x1b[31mred\x1b[0m ![img](http://evil.example/x.png) "
    "<img src=x onerror=alert(1)> &amp; *bold* _it_ # 1. end."
)
CALM = "The ceasefire between Kestria and Orvenia held through its first morning on Saturday."


def hostile_story() -> tuple[Brief, list[Fact], dict[str, Article]]:
    """A brief of two articles, one of them hostile, with a line in every section."""
    evil = article(
        "evil", f"{HOSTILE} {CALM}", 'Evil | Outlet <b>"', "2026-03-12", "<i>Title</i> [x](y)"
    )
    calm = article("calm", f"{CALM} {HOSTILE}", "The Ledger", "2026-03-13", "Calm")
    hostile_cite = Citation("evil", *span_of(evil, HOSTILE))
    calm_cite = Citation("calm", *span_of(calm, CALM))
    disputed = fact(
        "disputed",
        [evidence(evil, HOSTILE), evidence(calm, CALM)],
        conflicts=[
            conflict(
                "number",
                "killed",
                ("<b>12</b> | x", [evidence(evil, HOSTILE)]),
                ("14", [evidence(calm, CALM)]),
            )
        ],
    )
    lone = fact("lone", [evidence(calm, HOSTILE, "Glas | Orvena")])
    shared = fact("shared", [evidence(evil, CALM), evidence(calm, CALM)])
    brief = Brief(
        story_id="story",
        title="<script>document.title</script> `x` | y",
        summary=(BriefLine(HOSTILE, (hostile_cite,), ("disputed",)),),
        timeline=(
            TimelineEntry(
                "2026-03-12", "day", HOSTILE, (hostile_cite, calm_cite), ("evil", "calm")
            ),
        ),
        positions=(
            Position(
                actor="Kestria | <b>",
                actor_name="Kestria | <b>",
                issue="the [river](javascript:x) | border",
                stance="rejects",
                citations=(hostile_cite,),
                articles=("evil",),
                dates=("2026-03-11", "2026-03-12"),
                changed_from="accepts",
                aimed_at=("Orvenia <i>",),
            ),
        ),
        coverage=(
            OutletCoverage(
                'Evil | Outlet <b>"',
                "wire",
                ("evil",),
                ("disputed", "shared"),
                (),
                0,
                ('Evil | Outlet <b>"', "`Meridian`"),
                1,
                2,
            ),
            OutletCoverage(
                "The Ledger",
                None,
                ("calm",),
                ("disputed", "lone", "shared"),
                (),
                1,
                ("The Ledger",),
                0,
                0,
            ),
        ),
        quotes=(BriefQuote("<b>Ensdal</b> | `x`", HOSTILE, (hostile_cite,)),),
        contested=("disputed",),
        single_source=("lone",),
        flags=(BriefLine(f"translation only — {HOSTILE}", (hostile_cite,), ("disputed",)),),
        new=(),
        since="2026-03-12",
        articles=2,
        first="2026-03-12",
        last="2026-03-13",
    )
    return brief, [disputed, lone, shared], {"evil": evil, "calm": calm}
