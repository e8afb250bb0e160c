"""Clean: one raw document -> one article, with every removed segment kept and labelled.

The steps, in order (as trafilatura's core does, one document through clear steps):
1. blocks     plain text -> lines (`text.text_blocks`), marked in or out of the article
              (`lines.mark_main_lines`; a record's own text is all article); HTML -> block
              elements with raw offsets, marked in or out of the extractor's main text
              (`html.html_blocks`); a dateline leading a paragraph becomes a block of its own
              (`split`)
2. labels     one segment cleaner for both kinds labels every block (`segments.label_blocks`),
              including appended unrelated stories (`offtopic`); a record's own text loses
              only clear furniture
3. metadata   title, outlet and publication date with how it was found (`metadata`)
4. body       kept segments joined into the clean text, with the map back to raw offsets
"""

from __future__ import annotations

from newsdesk.clean.blocks import Block, PageMetadata
from newsdesk.clean.html import html_blocks, page_metadata
from newsdesk.clean.lines import mark_main_lines
from newsdesk.clean.metadata import decide_metadata
from newsdesk.clean.segments import label_blocks
from newsdesk.clean.split import agencies_of, split_leading_datelines
from newsdesk.clean.text import text_blocks
from newsdesk.config import CleanSettings
from newsdesk.model import Article, InputKind, OffsetPiece, RawDocument, Rejection, Segment
from newsdesk.outlets import OutletRegistry, load_outlets

__all__ = ["assemble_body", "clean_document", "is_record_text"]

PARAGRAPH_BREAK = "\n\n"


def clean_document(
    raw: RawDocument, settings: CleanSettings, outlets: OutletRegistry | None = None
) -> Article | Rejection:
    """Turn one raw document into a clean article, or say why it cannot be one. `outlets`
    (the shipped registry unless given) says which credits in a dateline are news agencies."""
    with agencies_of(outlets or load_outlets()):
        return _clean(raw, settings)


def _clean(raw: RawDocument, settings: CleanSettings) -> Article | Rejection:
    given = is_record_text(raw)
    blocks, page = _blocks_and_page(raw, settings, given)
    blocks = split_leading_datelines(blocks)
    segments = label_blocks(blocks, raw.kind, settings, as_given=given)
    meta = decide_metadata(segments, page, raw.hints, raw.source)
    text, offsets = assemble_body(segments, blocks)
    # A record's own text is taken as given, however short; a page needs an article in it.
    minimum = 1 if given else settings.min_text_chars
    if len(text.strip()) < minimum:
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


def is_record_text(raw: RawDocument) -> bool:
    """Whether the document is a record's own text (a JSON record's or a feed entry's text
    field, with its title or date beside it) rather than a page or a file of text.

    Records carry hints (title, date, outlet) that files and fetched pages never do; an
    explicit flag on RawDocument would say it without this inference.
    """
    hints = raw.hints
    return raw.kind is not InputKind.HTML and bool(hints.title or hints.published or hints.outlet)


def _blocks_and_page(
    raw: RawDocument, settings: CleanSettings, given: bool
) -> tuple[list[Block], PageMetadata]:
    """The document's blocks, marked in or out of its main text, and what its markup says.

    A plain-text page keeps its furniture as lines (`lines` finds the article among them); a
    record's own text is all main text.
    """
    if raw.kind is InputKind.HTML:
        return html_blocks(raw.text, settings), page_metadata(raw.text)
    blocks = text_blocks(raw.text, markdown=raw.kind is InputKind.MARKDOWN)
    return (blocks if given else mark_main_lines(blocks)), PageMetadata()


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
