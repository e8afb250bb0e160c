"""Plain text and Markdown -> line blocks with exact raw offsets."""

from __future__ import annotations

import re

from newsdesk.clean.blocks import Block

# "## Heading" (ATX), with optional closing hashes.
MARKDOWN_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
# "- item", "* item", "+ item", "1. item": list items often carry menus and related links.
MARKDOWN_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])[ \t]+(\S.*)$")


def text_blocks(text: str, markdown: bool = False) -> list[Block]:
    """One block per non-empty line, stripped, with its exact place in `text`.

    With `markdown`, headings become "h1".."h6" and list items "li"; their visible text drops
    the markup and `pieces` maps it back. Every other line is a "line" block.
    """
    blocks = []
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped)
            block = Block(stripped, start, start + len(stripped), tag="line")
            blocks.append(_markdown_block(block) if markdown else block)
        position += len(line)
    return blocks


def _markdown_block(block: Block) -> Block:
    heading = MARKDOWN_HEADING.match(block.text)
    if heading and heading.group(2):
        return _inner_block(block, heading.start(2), heading.end(2), f"h{len(heading.group(1))}")
    item = MARKDOWN_LIST_ITEM.match(block.text)
    if item:
        return _inner_block(block, item.start(1), item.end(1), "li")
    return block


def _inner_block(block: Block, inner_start: int, inner_end: int, tag: str) -> Block:
    """The visible part of a marked-up line, mapped to its raw place by one piece."""
    visible = block.text[inner_start:inner_end]
    raw_start = block.start + inner_start
    piece = (0, len(visible), raw_start, raw_start + len(visible))
    return Block(visible, block.start, block.end, tag=tag, pieces=(piece,))
