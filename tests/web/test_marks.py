"""Highlighted text as tokens: nesting, crossing spans, anchors given once, clipping."""

from __future__ import annotations

from newsdesk.web.marks import Mark, Marker, Token, citation_anchor


def html(tokens: list[Token]) -> str:
    """A compact rendering to compare against: [kind#id ...] for opens, ] for closes."""
    parts = []
    for t in tokens:
        if t.kind == "text":
            parts.append(t.text)
        elif t.kind == "open":
            assert t.mark is not None
            label = t.mark.kind + (f"#{t.anchor}" if t.anchor else "")
            label += f"~{t.continued}" if t.continued else ""
            parts.append(f"[{label}{'@' if t.tag == 'a' else ''} ")
        else:
            parts.append("]")
    return "".join(parts)


def test_text_without_marks_is_one_run() -> None:
    assert html(Marker("plain words", []).tokens()) == "plain words"


def test_nested_marks_nest_outermost_first() -> None:
    text = "Kestria demands withdrawal."
    marks = [Mark(0, 7, "ent"), Mark(0, 27, "cite", anchor="c-0-27")]
    assert html(Marker(text, marks).tokens()) == "[cite#c-0-27 [ent Kestria] demands withdrawal.]"


def test_crossing_marks_split_and_the_anchor_is_given_once() -> None:
    text = "abcdefghij"
    marks = [Mark(0, 6, "cite", anchor="c-0-6"), Mark(3, 10, "quote")]
    rendered = html(Marker(text, marks).tokens())
    assert rendered == "[cite#c-0-6 abc[quote def]][quote ghij]"
    assert rendered.count("c-0-6") == 1


def test_a_mark_split_across_ranges_continues_with_data_c() -> None:
    text = "first para\n\nsecond para"
    marker = Marker(text, [Mark(6, 18, "cite", anchor="c-6-18")])
    first, second = marker.tokens(0, 10), marker.tokens(12, 23)
    assert html(first) == "first [cite#c-6-18 para]"
    assert html(second) == "[cite~c-6-18 second] para"


def test_a_link_inside_a_link_becomes_a_span() -> None:
    marks = [Mark(0, 10, "ent", href="/entities/a"), Mark(0, 4, "ent", href="/entities/b")]
    tokens = Marker("Lower Varna", marks).tokens()
    tags = [t.tag for t in tokens if t.kind == "open"]
    assert tags == ["a", "span"]


def test_marks_are_clipped_to_the_range_and_empty_ones_dropped() -> None:
    marks = [Mark(2, 50, "hit"), Mark(5, 5, "cite", anchor="c-5-5")]
    assert html(Marker("0123456789", marks).tokens(4, 8)) == "[hit 4567]"


def test_closes_balance_opens_for_many_overlapping_marks() -> None:
    marks = [Mark(i, i + 7, "quote") for i in range(0, 40, 3)]
    tokens = Marker("x" * 50, marks).tokens()
    depth = 0
    for t in tokens:
        depth += {"open": 1, "close": -1, "text": 0}[t.kind]
        assert depth >= 0
    assert depth == 0
    assert "".join(t.text for t in tokens) == "x" * 50


def test_citation_anchor_is_the_fragment_the_story_page_links_to() -> None:
    assert citation_anchor(120, 188) == "c-120-188"
