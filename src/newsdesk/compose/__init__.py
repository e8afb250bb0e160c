"""Compose: the story-level views an analyst reads (brief, timeline, positions, coverage)."""

from newsdesk.compose.brief import StoryMaterial, compose_brief
from newsdesk.compose.summary import SummarySettings

__all__ = ["StoryMaterial", "SummarySettings", "compose_brief"]
