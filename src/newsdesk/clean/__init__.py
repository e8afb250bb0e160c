"""Clean: one raw document -> one article, with every removed segment kept and labelled.

The steps, in order (as trafilatura's core does, one document through clear steps):
1. blocks     plain text -> lines (`text.text_blocks`); HTML -> block elements with raw
              offsets, marked in or out of the extractor's main text (`html.html_blocks`);
              a dateline leading a paragraph becomes a block of its own (`split`)
2. labels     one segment cleaner for both kinds labels every block (`segments.label_blocks`),
              including appended unrelated stories (`offtopic`)
3. metadata   title, outlet and publication date with how it was found (`metadata`)
4. body       kept segments joined into the clean text, with the map back to raw offsets
"""

from __future__ import annotations

from newsdesk.clean.blocks import Block, PageMetadata
from newsdesk.clean.html import html_blocks, page_metadata
from newsdesk.clean.metadata import decide_metadata
from newsdesk.clean.segments import label_blocks
from newsdesk.clean.split import split_leading_datelines
from newsdesk.clean.text import text_blocks
from newsdesk.config import CleanSettings
from newsdesk.model import Article, InputKind, OffsetPiece, RawDocument, Rejection, Segment

__all__ = ["assemble_body", "clean_document"]

PARAGRAPH_BREAK = "\n\n"


def clean_document(raw: RawDocument, settings: CleanSettings) -> Article | Rejection:
    """Turn one raw document into a clean article, or say why it cannot be one."""
    blocks, page = _blocks_and_page(raw, settings)
    blocks = split_leading_datelines(blocks)
    segments = label_blocks(blocks, raw.kind, settings)
    meta = decide_metadata(segments, page, raw.hints, raw.source)
    text, offsets = assemble_body(segments, blocks)
    if len(text.strip()) < settings.min_text_chars:
        return Rejection(raw.source, f"no article text found ({len(text.strip())} characters kept)")
    return Article(
        id=raw.id,
        source=raw.source,
        kind=raw.kind,
        title=meta.title,
        outlet=meta.outlet,
        published=meta.published,
        published_how=meta.published_how,
        language=raw.hints.language or page.language,
        text=text,
        segments=tuple(segments),
        offsets=tuple(offsets),
    )


def _blocks_and_page(raw: RawDocument, settings: CleanSettings) -> tuple[list[Block], PageMetadata]:
    if raw.kind is InputKind.HTML:
        return html_blocks(raw.text, settings), page_metadata(raw.text)
    return text_blocks(raw.text, markdown=raw.kind is InputKind.MARKDOWN), PageMetadata()


def assemble_body(segments: list[Segment], blocks: list[Block]) -> tuple[str, list[OffsetPiece]]:
    """Join the kept segments with paragraph breaks; map each piece back to raw offsets.

    Segments and blocks correspond one to one, in order. A block's own `pieces`
    give the fine map (HTML text nodes); without them the block maps as a whole.
    """
    parts: list[str] = []
    offsets: list[OffsetPiece] = []
    position = 0
    for segment, block in zip(segments, blocks, strict=True):
        if not segment.kept:
            continue
        if parts:
            parts.append(PARAGRAPH_BREAK)
            position += len(PARAGRAPH_BREAK)
        parts.append(segment.text)
        offsets.extend(_block_offsets(block, position))
        position += len(segment.text)
    return "".join(parts), offsets


def _block_offsets(block: Block, clean_start: int) -> list[OffsetPiece]:
    if not block.pieces:
        return [OffsetPiece(clean_start, clean_start + len(block.text), block.start, block.end)]
    return [
        OffsetPiece(clean_start + t_start, clean_start + t_end, r_start, r_end)
        for t_start, t_end, r_start, r_end in block.pieces
    ]
