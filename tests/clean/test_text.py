from __future__ import annotations

import pytest

from newsdesk.clean.text import text_blocks


def test_one_block_per_non_empty_line_with_exact_offsets() -> None:
    text = "  Headline here \n\n\tFirst paragraph.\r\nSecond one.\n   \n"
    blocks = text_blocks(text)
    assert [b.text for b in blocks] == ["Headline here", "First paragraph.", "Second one."]
    for block in blocks:
        assert text[block.start : block.end] == block.text
        assert block.tag == "line"


def test_empty_text_gives_no_blocks() -> None:
    assert text_blocks("\n \n\t\n") == []


@pytest.mark.parametrize(
    ("line", "tag", "visible"),
    [
        ("## Talks resume", "h2", "Talks resume"),
        ("# Main headline #", "h1", "Main headline"),
        ("- Another story", "li", "Another story"),
        ("1. First item", "li", "First item"),
        ("Plain paragraph.", "line", "Plain paragraph."),
    ],
)
def test_markdown_markup_becomes_tags_with_mapped_text(line: str, tag: str, visible: str) -> None:
    text = f"intro line\n{line}\n"
    block = text_blocks(text, markdown=True)[1]
    assert (block.tag, block.text) == (tag, visible)
    assert text[block.start : block.end] == line
    for t_start, t_end, r_start, r_end in block.pieces:
        assert text[r_start:r_end] == block.text[t_start:t_end]


def test_markdown_markup_is_plain_text_without_the_flag() -> None:
    assert text_blocks("## Not a heading here")[0].tag == "line"
