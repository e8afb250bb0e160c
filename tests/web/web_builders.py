"""A Desk whose story has a hand-built brief and facts citing real passages of stored articles,
so every panel of the story page (timeline, matrices, contested sides) is exercised whatever
the analysis stages make of the sample corpus today; and a Desk without the brief calls."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from newsdesk.desk import Desk
from newsdesk.model import (
    Article,
    Brief,
    BriefLine,
    BriefQuote,
    Citation,
    Conflict,
    ConflictSide,
    Evidence,
    Fact,
    FactOrigin,
    OutletCoverage,
    Position,
    TimelineEntry,
)

BASE_URL = "http://127.0.0.1:8765"  # a loopback address, as the guard wants without a token


class NoBriefDesk(Desk):
    """A newsdesk from before compose: no `brief`, no `render_brief`."""

    brief = None  # type: ignore[assignment]
    render_brief = None  # type: ignore[assignment]


def sentences(article: Article, count: int) -> list[tuple[int, int]]:
    """The spans of the first `count` sentences of an article's clean text."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.\n][^.\n]*\.", article.text)]
    return [(s + (len(article.text[s:e]) - len(article.text[s:e].lstrip())), e) for s, e in spans][
        :count
    ]


def evidence(article: Article, span: tuple[int, int]) -> Evidence:
    start, end = span
    text = article.text[start:end]
    return Evidence(article.id, start, end, text, article.outlet or "unknown")


def composed(desk: Desk, story_id: str) -> tuple[Brief, list[Fact]]:
    """A brief and three facts (corroborated, contested, single-source) of the story."""
    story = desk.story(story_id)
    first, second = (desk.article(i) for i in story.article_ids[:2])
    a1, a2 = sentences(first, 3), sentences(second, 3)
    e1, e2 = evidence(first, a1[0]), evidence(second, a2[0])
    side_a, side_b = evidence(first, a1[1]), evidence(second, a2[1])
    single = evidence(first, a1[2])
    facts = [
        Fact("fact-corroborated", story.id, None, "event", e1.sentence, (), "2026-03-11", "day",
             (first.id, second.id), (e1, e2),
             (FactOrigin(e1.origin, "reported_by", (first.id,)),
              FactOrigin(e2.origin + " (2)", "reported_by", (second.id,))),
             2, "corroborated"),
        Fact("fact-contested", story.id, None, "event", side_a.sentence, (), "2026-03-12", "day",
             (first.id, second.id), (side_a, side_b),
             (FactOrigin(side_a.origin, "reported_by", (first.id,)),), 1, "contested",
             conflicts=(Conflict("number", "killed", (
                 ConflictSide("at least 12", (side_a,), (side_a.origin,)),
                 ConflictSide("14", (side_b,), ("Other Wire",)),
             )),)),
        Fact("fact-single", story.id, None, "statement", single.sentence, (), None, None,
             (first.id,), (single,), (FactOrigin(single.origin, "reported_by", (first.id,)),),
             1, "single_source", flags=("single anonymous origin",)),
    ]  # fmt: skip
    cite = Citation(first.id, *a1[0])
    brief = Brief(
        story_id=story.id,
        title=story.title,
        summary=(
            BriefLine(e1.sentence, (cite, Citation(second.id, *a2[0])), ("fact-corroborated",)),
            BriefLine(side_b.sentence, (Citation(second.id, *a2[1]),)),
        ),
        timeline=(
            TimelineEntry(
                "2026-03-11", "day", e1.sentence, (cite,), (first.id,), "fact-corroborated"
            ),
            TimelineEntry(
                "2026-03-12/2026-03-14",
                "range",
                side_b.sentence,
                (Citation(second.id, *a2[1]),),
                (second.id,),
            ),
        ),
        positions=(
            Position(
                "kestria",
                "Kestria",
                "withdrawal",
                "demands",
                (cite,),
                (first.id,),
                ("2026-03-11",),
                aimed_at=("Orvenia",),
            ),
            Position(
                "orvenia",
                "Orvenia",
                "withdrawal",
                "rejects",
                (Citation(second.id, *a2[1]),),
                (second.id,),
                ("2026-03-12",),
                changed_from="proposes",
            ),
            Position(
                "orvenia", "Orvenia", "prisoner exchange", "accepts", (cite,), (first.id,), ()
            ),
        ),
        coverage=(
            OutletCoverage(
                first.outlet or "?",
                "wire",
                (first.id,),
                ("fact-corroborated", "fact-contested", "fact-single"),
                (),
                0,
                (e1.origin,),
                0,
                3,
            ),
            OutletCoverage(
                "Late Outlet",
                None,
                (second.id,),
                ("fact-contested",),
                ("fact-corroborated",),
                1,
                ("Other Wire",),
                0,
                1,
            ),
        ),
        quotes=(BriefQuote("Teodor Vasylenko", side_a.sentence, (Citation(first.id, *a1[1]),)),),
        contested=("fact-contested",),
        single_source=("fact-single",),
        flags=(BriefLine("translation only: " + single.sentence, (Citation(first.id, *a1[2]),)),),
        articles=len(story.article_ids),
        first="2026-03-11",
        last="2026-03-14",
    )
    return brief, facts


class ComposedDesk(Desk):
    """A Desk whose first story has the hand-built brief and facts of `composed`."""

    story_id = ""

    def brief(self, story: str, since: str | None = None) -> Brief:
        found = self.story(story)
        if found.id != self.story_id:
            return super().brief(story, since)
        return composed(self, found.id)[0]

    def facts(self, story: str | None = None, *, status: str | None = None) -> list[Fact]:
        if story is None or self.story(story).id != self.story_id:
            return super().facts(story, status=status)
        return [f for f in composed(self, self.story_id)[1] if status in (None, f.status)]

    def render_brief(self, brief: Brief, fmt: str = "md") -> str:
        rendered = {
            "md": f"# {brief.title}\n",
            "json": json.dumps({"story": brief.story_id, "title": brief.title}),
            "html": f"<!doctype html><title>{html.escape(brief.title)}</title>",
        }
        return rendered[fmt]


def composed_desk(location: Any, story_id: str) -> ComposedDesk:
    desk = ComposedDesk(location, create=False)
    desk.story_id = story_id
    return desk
