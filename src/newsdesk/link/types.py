"""What the link stage takes: one `LinkInput` per article, and its settings."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.config import LinkSettings
from newsdesk.model import Mention, Sentence

__all__ = ["LinkInput", "LinkSettings"]


@dataclass(frozen=True, slots=True)
class LinkInput:
    """One article as the link stage sees it: clean text and its NER mentions."""

    article_id: str
    text: str
    mentions: tuple[Mention, ...]
    sentences: tuple[Sentence, ...] = ()  # when absent, sentences are split on punctuation
    machine_translated: bool = False  # allows the garble rule (see corpus.resolve_garbles)
