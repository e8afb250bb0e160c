"""The article page's body: removed segments in place, clean-text offsets kept, long
paragraphs cut for the browser, and the fallback when the text is not the segments' join."""

from __future__ import annotations

from newsdesk.model import Article, InputKind, Segment, SegmentLabel
from newsdesk.web.marks import Mark, Marker
from newsdesk.web.pages.article import _blocks, cut_points

SEGMENTS = (
    Segment(0, 20, "Ferry talks resume", SegmentLabel.TITLE, "headline: a short first line"),
    Segment(21, 60, "The ferry ran again on Monday.", SegmentLabel.STORY, "story text"),
    Segment(61, 80, "Subscribe now", SegmentLabel.APPEAL, "newsletter appeal"),
    Segment(81, 120, "Timetables return by Wednesday.", SegmentLabel.STORY, "story text"),
)


def article(text: str | None = None, segments: tuple[Segment, ...] = SEGMENTS) -> Article:
    kept = "\n\n".join(s.text for s in segments if s.kept)
    return Article(
        id="a" * 16,
        source="ferry.txt",
        kind=InputKind.TEXT,
        title="Ferry talks resume",
        outlet=None,
        published=None,
        published_how=None,
        language="en",
        text=kept if text is None else text,
        segments=segments,
        offsets=(),
    )


def plain(block) -> str:  # type: ignore[no-untyped-def]
    return "".join(t.text for t in block.tokens) if block.kept else block.text


def test_removed_segments_stand_where_they_were() -> None:
    blocks, in_place = _blocks(article(), Marker(article().text, []))
    assert in_place
    assert [(b.kept, b.label) for b in blocks] == [
        (False, "title"),
        (True, "story"),
        (False, "appeal"),
        (True, "story"),
    ]
    assert [plain(b) for b in blocks] == [s.text for s in SEGMENTS]
    assert blocks[2].reason == "newsletter appeal"


def test_marks_use_clean_text_offsets_across_removed_segments() -> None:
    item = article()
    start = item.text.index("Timetables")
    marks = [Mark(start, start + len("Timetables"), "cite", anchor=f"c-{start}-{start + 10}")]
    blocks, _ = _blocks(item, Marker(item.text, marks))
    opened = [t for t in blocks[3].tokens if t.kind == "open"]
    assert opened and opened[0].anchor == f"c-{start}-{start + 10}"
    assert not [t for t in blocks[1].tokens if t.kind == "open"]


def test_when_the_text_is_not_the_join_the_removed_ones_follow_it() -> None:
    odd = article(text="A text an older cleaner made.")
    blocks, in_place = _blocks(odd, Marker(odd.text, []))
    assert not in_place
    assert plain(blocks[0]) == "A text an older cleaner made."
    assert [b.label for b in blocks[1:]] == ["title", "appeal"]


def test_a_very_long_paragraph_is_cut_at_spaces_and_nothing_is_lost() -> None:
    words = "ferry " * 10_000
    long = (Segment(0, len(words), words, SegmentLabel.STORY, "story text"),)
    item = article(segments=long)
    marks = [Mark(5, 59_000, "cite", anchor="c-5-59000")]
    blocks, _ = _blocks(item, Marker(item.text, marks))
    assert len(blocks) > 2
    assert "".join(plain(b) for b in blocks) == words
    assert [b.continued for b in blocks] == [False] + [True] * (len(blocks) - 1)
    anchors = [t.anchor for b in blocks for t in b.tokens if t.kind == "open" and t.anchor]
    assert anchors == ["c-5-59000"]  # one id; the later pieces continue it


def test_cut_points_fall_after_a_space_or_at_the_limit() -> None:
    assert cut_points("aaaa bbbb cccc", 0, 14, 6) == [0, 5, 10, 14]
    assert cut_points("x" * 25, 0, 25, 10) == [0, 10, 20, 25]
    assert cut_points("short", 0, 5, 10) == [0, 5]
