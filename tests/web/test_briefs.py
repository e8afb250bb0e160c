"""The brief through the library API's compose calls, and what the page does without them."""

from __future__ import annotations

from typing import Any

from newsdesk.errors import NotFoundError
from newsdesk.model import Brief
from newsdesk.web.briefs import brief_of, can_compose, rendered_brief

BRIEF = Brief(story_id="story-1", title="Ferry talks", summary=())


class Composing:
    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str | None]] = []

    def brief(self, story: str, since: str | None = None) -> Any:
        self.asked.append((story, since))
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer

    def render_brief(self, brief: Brief, fmt: str = "md") -> str:
        return f"{fmt}:{brief.title}"


def test_the_brief_is_asked_for_with_its_since() -> None:
    desk = Composing(BRIEF)
    assert brief_of(desk, "story-1", "2026-03-12") is BRIEF
    assert desk.asked == [("story-1", "2026-03-12")]


def test_a_newsdesk_without_compose_has_no_brief() -> None:
    assert not can_compose(object())
    assert brief_of(object(), "story-1") is None


def test_a_brief_not_made_is_none() -> None:
    assert brief_of(Composing(NotFoundError("brief of story", "story-1")), "story-1") is None


def test_rendering_goes_through_the_library_in_known_formats_only() -> None:
    desk = Composing(BRIEF)
    assert rendered_brief(desk, BRIEF, "md") == "md:Ferry talks"
    assert rendered_brief(desk, BRIEF, "pdf") is None
    assert rendered_brief(object(), BRIEF, "md") is None
