"""The brief of a story, through the library API's compose calls, in one place.

`Desk.brief(story, since=None) -> model.Brief` and `Desk.render_brief(brief, fmt) -> str` are
the calls the story page and the brief downloads need. Every page asks here, so a store or a
newsdesk without them (an older store, a brief not composed yet) shows the facts panels and a
clearly marked "brief not yet made" instead of failing.
"""

from __future__ import annotations

from typing import Any

from newsdesk.errors import NotFoundError
from newsdesk.model import Brief

BRIEF_FORMATS = {"md": "text/markdown", "json": "application/json", "html": "text/html"}


def can_compose(desk: Any) -> bool:
    """Whether this newsdesk's library API has the brief calls."""
    return callable(getattr(desk, "brief", None))


def can_render(desk: Any) -> bool:
    return callable(getattr(desk, "render_brief", None))


def brief_of(desk: Any, story_id: str, since: str | None = None) -> Brief | None:
    """The brief of a story, or None when none is made (yet)."""
    if not can_compose(desk):
        return None
    try:
        brief = desk.brief(story_id, since=since)
    except NotFoundError:  # the story exists (the caller checked): its brief does not
        return None
    return brief if isinstance(brief, Brief) else None


def rendered_brief(desk: Any, brief: Brief, fmt: str) -> str | None:
    """The brief as Markdown, JSON or a standalone HTML page, by the library's renderer."""
    if fmt not in BRIEF_FORMATS or not can_render(desk):
        return None
    text = desk.render_brief(brief, fmt)
    return text if isinstance(text, str) else None
