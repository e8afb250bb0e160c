"""The stories page: every story with its articles, outlets, independent origins, dates and a
small chart of articles per day."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.desk import Desk
from newsdesk.model import Coverage, Event, Story
from newsdesk.web.charts import BarChart, activity_chart


@dataclass(frozen=True, slots=True)
class EventRow:
    event: Event
    coverage: Coverage | None


@dataclass(frozen=True, slots=True)
class StoryRow:
    story: Story
    coverage: Coverage | None
    chart: BarChart | None
    events: tuple[EventRow, ...]

    @property
    def href(self) -> str:
        return story_href(self.story.id)


@dataclass(frozen=True, slots=True)
class StoriesPage:
    rows: tuple[StoryRow, ...]
    articles: int  # in the store
    unplaced: int  # articles in no story (not analysed yet, or rejected by grouping)
    problems: int


def story_href(story_id: str) -> str:
    return f"/stories/{story_id}"


def stories_page(desk: Desk) -> StoriesPage:
    stories = desk.stories()
    coverage = desk.coverage() if stories else {}
    published = {a.id: a.published for a in desk.articles()}
    rows = tuple(
        StoryRow(
            story=story,
            coverage=coverage.get(story.id),
            chart=activity_chart([published.get(i) for i in story.article_ids]),
            events=tuple(EventRow(e, coverage.get(e.id)) for e in story.events),
        )
        for story in sorted(stories, key=lambda s: (-len(s.article_ids), s.title))
    )
    placed = {i for s in stories for i in s.article_ids}
    return StoriesPage(
        rows=rows,
        articles=len(published),
        unplaced=len(published.keys() - placed),
        problems=len(desk.problems()),
    )
