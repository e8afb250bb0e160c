"""Blocks: the unit the clean stage labels (a line of text, or a block element of a page)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Block:
    """A run of visible text with its place in the raw text.

    For plain text a block is one non-empty line; for HTML one block-level element
    (paragraph, heading, list item, caption, ...) rendered to text.
    """

    text: str  # visible text (HTML: entities decoded, whitespace collapsed)
    start: int  # offsets into RawDocument.text
    end: int
    tag: str = "p"  # "p", "h1".."h6", "li", "figcaption", "td", "line" (plain text), ...
    in_main: bool = True  # HTML: inside the extractor's main text
    pieces: tuple[tuple[int, int, int, int], ...] = ()  # (text_start, text_end, raw_start, raw_end)
    links: tuple[tuple[int, int], ...] = ()  # HTML: [start, end) of anchor text within `text`

    def own_text(self) -> str:
        """The block's text without its anchor text: what the page says in its own words."""
        if not self.links:
            return self.text
        parts, position = [], 0
        for start, end in self.links:
            parts.append(self.text[position:start])
            position = end
        parts.append(self.text[position:])
        return " ".join(" ".join(parts).split())


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What the page says about itself in markup (HTML meta tags, JSON-LD, <title>)."""

    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date
    language: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    """The article's metadata as decided by the clean stage, with how the date was found."""

    title: str | None
    outlet: str | None
    published: str | None  # ISO date
    published_how: str | None  # "metadata" | "byline" | "dateline" | "text" | None
