"""Highlighted text as a flat list of tokens the templates print: article text stays data.

A page highlights spans of an article's clean text (citations, entity mentions, quotes,
claims, search hits). Spans may nest or cross, but HTML elements can only nest, so the text is
cut at every span edge and each run is wrapped in the spans that cover it, outermost first; a
span that crosses another is closed and reopened, and only its first fragment carries its
element id (the target of `/articles/{id}#c-{start}-{end}`), the later ones carry the id in
`data-c` so the page script can highlight them all.

Nothing here builds markup: a `Token` is an open, a close or a run of text, and the template
prints the tag names (from a fixed set) and escapes every text and attribute value.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

# Nesting order of kinds that start and end at the same place: a citation is outermost, so the
# whole cited passage lights up when it is the target; an entity link is innermost.
KIND_ORDER = {"cite": 0, "quote": 1, "claim": 2, "speaker": 3, "hit": 4, "ent": 5}


@dataclass(frozen=True, slots=True)
class Mark:
    """A span [start, end) of a text to highlight."""

    start: int
    end: int
    kind: str  # the CSS class: cite, quote, claim, speaker, hit, ent
    anchor: str | None = None  # the element id of its first fragment ("c-120-188")
    href: str | None = None  # a link (never inside another link: then a plain span)
    title: str | None = None  # a tooltip

    @property
    def order(self) -> tuple[int, int, int, str]:
        return (self.start, -self.end, KIND_ORDER.get(self.kind, 9), self.anchor or "")


@dataclass(frozen=True, slots=True)
class Token:
    """One step of highlighted text: open a mark, close one, or a run of text."""

    kind: str  # "open" | "close" | "text"
    text: str = ""
    mark: Mark | None = None
    tag: str = "span"  # "a" for a link, else "span"
    anchor: str | None = None  # the id, on the first fragment only
    continued: str | None = None  # the anchor of an earlier fragment (data-c)


@dataclass(slots=True)
class Marker:
    """Turns ranges of one text into tokens; remembers which anchors were already given, so a
    mark split across paragraphs or crossing spans gets its id once."""

    text: str
    marks: Sequence[Mark]
    _sorted: list[Mark] = field(init=False)
    _starts: list[int] = field(init=False)
    _given: set[Mark] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        unique = {m for m in self.marks if m.end > m.start}
        self._sorted = sorted(unique, key=lambda m: m.order)
        self._starts = [m.start for m in self._sorted]

    def tokens(self, lo: int = 0, hi: int | None = None) -> list[Token]:
        """The tokens of text[lo:hi] with every mark that overlaps it, clipped to it."""
        hi = len(self.text) if hi is None else hi
        marks = self._overlapping(lo, hi)
        if not marks:
            return [Token("text", self.text[lo:hi])] if hi > lo else []
        return list(self._walk(lo, hi, marks))

    def _overlapping(self, lo: int, hi: int) -> list[Mark]:
        # marks are sorted by start: those starting before `hi` are a prefix; keep the ones
        # that end after `lo` (a linear scan of the prefix, fine for an article's marks)
        stop = bisect_left(self._starts, hi)
        return [m for m in self._sorted[:stop] if m.end > lo]

    def _walk(self, lo: int, hi: int, marks: list[Mark]) -> Iterable[Token]:
        edges = sorted({lo, hi} | {max(lo, min(hi, p)) for m in marks for p in (m.start, m.end)})
        stack: list[Token] = []
        for left, right in pairwise(edges):
            wanted = [m for m in marks if m.start <= left and m.end >= right]
            keep = _common_prefix([t.mark for t in stack], wanted)
            while len(stack) > keep:
                yield Token("close", tag=stack.pop().tag)
            for mark in wanted[keep:]:
                opened = self._open(mark, inside_link=any(t.tag == "a" for t in stack))
                stack.append(opened)
                yield opened
            yield Token("text", self.text[left:right])
        while stack:
            yield Token("close", tag=stack.pop().tag)

    def _open(self, mark: Mark, *, inside_link: bool) -> Token:
        tag = "a" if mark.href and not inside_link else "span"
        if mark.anchor is None:
            return Token("open", mark=mark, tag=tag)
        if mark in self._given:
            return Token("open", mark=mark, tag=tag, continued=mark.anchor)
        self._given.add(mark)
        return Token("open", mark=mark, tag=tag, anchor=mark.anchor)


def _common_prefix(opened: list[Mark | None], wanted: list[Mark]) -> int:
    count = 0
    for have, want in zip(opened, wanted, strict=False):
        if have != want:
            break
        count += 1
    return count


def citation_anchor(start: int, end: int) -> str:
    """The element id of a cited span: what `/articles/{id}#c-{start}-{end}` scrolls to."""
    return f"c-{start}-{end}"
