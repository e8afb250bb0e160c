"""Split a dateline off the lead paragraph, so it can be labelled and removed on its own.

Wire copy puts the dateline inside the first paragraph ("KYIV, April 24 (Reuters) - The
talks ..."); the labeller works on whole blocks, so the dateline becomes its own block first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from newsdesk.clean.blocks import Block
from newsdesk.outlets import OutletRegistry, load_outlets
from newsdesk.timex import MONTH

# PLACE[, Region][, Month Day[, Year]] [(Agency)] dash: place names in capitals, as wires write,
# or in title case before a date, as national agencies write ("Kyiv, April 24 (Ukrinform) –"),
# or before a news agency's credit, as German and French wires write ("Moskau (dpa) -")
_MONTH = rf"(?i:{MONTH})\s+\d{{1,2}}\b"
# A place in title case, which only a date after it makes a dateline ("Kyiv, April 24"); not a
# word that opens a sentence about a date ("On April 24 - the day the talks began")
_OPENERS = r"(?:On|In|By|Since|Until|Till|From|Before|After|Through|Last|Next|This|Early|Late)"
TITLE_CASE_PLACE = rf"(?!{_OPENERS}\b)[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){{0,2}}"
# A news agency's credit and the dash after it, which make a title-case word before them a
# place ("Moskau (dpa) -"), wherever the dateline stands: opening the lead or on its own line
WIRE_CREDIT = r"\s*\((?P<wire>[^()]{2,40})\)\s*[-–—]"
LEADING_DATELINE = re.compile(
    rf"""^(?P<dateline>
        (?:[A-Z][A-Z.'\- ]{{1,40}}[A-Z.]                   # place: KYIV, NEW YORK, ST. PETERSBURG
          (?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?  # optional region or country
        |{TITLE_CASE_PLACE}(?=,?\s*{_MONTH})              # Kyiv: only before a date
        |{TITLE_CASE_PLACE}(?={WIRE_CREDIT}))              # or a wire's credit
        (?:,?\s*{_MONTH}(?:,\s*\d{{4}})?)?                # optional date
        \s*(?:\([^()]{{2,40}}\))?                         # optional (Agency)
        \s*[-–—]{{1,2}})\s+(?=[A-Z0-9"“‘'])
    """,
    re.VERBOSE,
)

# The lead must go on with a real sentence, or this is not a dateline.
MIN_REST_CHARS = 40


def split_leading_datelines(blocks: list[Block]) -> list[Block]:
    """Return the blocks with a leading dateline split off any block that starts with one."""
    result: list[Block] = []
    for block in blocks:
        match = LEADING_DATELINE.match(block.text)
        if match is None or not _is_dateline(match, block.text):
            result.append(block)
            continue
        cut = match.end()
        result.append(slice_block(block, 0, match.end("dateline")))
        result.append(slice_block(block, cut, len(block.text)))
    return result


def _is_dateline(match: re.Match[str], text: str) -> bool:
    if len(text) - match.end() < MIN_REST_CHARS:
        return False
    return match["wire"] is None or is_news_agency(match["wire"])


# The registry the cleaning of one document reads agencies from (`agencies_of`); the shipped
# one outside it. A context, not a parameter, because the shape rules take a line's text alone.
_REGISTRY: ContextVar[OutletRegistry | None] = ContextVar("registry", default=None)


@contextmanager
def agencies_of(registry: OutletRegistry) -> Iterator[None]:
    """Within the block, `is_news_agency` asks `registry` (the user's entries too)."""
    token = _REGISTRY.set(registry)
    try:
        yield
    finally:
        _REGISTRY.reset(token)


def is_news_agency(name: str) -> bool:
    """Whether a credit in brackets names a news agency the outlet registry knows ("dpa",
    "AFP"): after a word in title case nothing else says it is a place, and "Smith (R) -" or
    "Zelensky (centre) -" are not datelines."""
    outlet = (_REGISTRY.get() or load_outlets()).find(name.strip())
    return outlet is not None and outlet.kind == "agency"


def slice_block(block: Block, start: int, end: int) -> Block:
    """The part [start, end) of a block's text as a block of its own, offsets carried over."""
    links = tuple(
        (max(s, start) - start, min(e, end) - start)
        for s, e in block.links
        if s < end and e > start
    )
    if not block.pieces:
        offset = block.start
        exact = block.end - block.start == len(block.text)
        raw_start = offset + start if exact else block.start
        raw_end = offset + end if exact else block.end
        text = block.text[start:end]
        return Block(text, raw_start, raw_end, block.tag, block.in_main, links=links)
    pieces = tuple(
        _clip(piece, start, end) for piece in block.pieces if piece[0] < end and piece[1] > start
    )
    return Block(
        block.text[start:end],
        pieces[0][2] if pieces else block.start,
        pieces[-1][3] if pieces else block.end,
        block.tag,
        block.in_main,
        pieces,
        links,
    )


def _clip(piece: tuple[int, int, int, int], start: int, end: int) -> tuple[int, int, int, int]:
    t_start, t_end, r_start, r_end = piece
    new_start, new_end = max(t_start, start), min(t_end, end)
    if t_end - t_start == r_end - r_start:  # verbatim: clip the raw range exactly
        r_start, r_end = r_start + (new_start - t_start), r_end - (t_end - new_end)
    return new_start - start, new_end - start, r_start, r_end
