"""Plain text: which lines are the page's main text (the role trafilatura plays for HTML).

A page saved or scraped as text keeps every visible block as a line: menus, widgets, teasers,
footers, comments. The article is the stretch where running text is dense; the rest is furniture.
No line is judged by its words alone; what counts is its shape (length, sentence punctuation,
running lowercase text, menu separators, list marks, table cells), repetition across the page,
its position relative to the dense stretch, and whether it agrees with the article (shares its
words):

1. shape     each line is running text, a short sentence, a short line, a table row, or
             menu-like (separators, or repeated elsewhere on the page)
2. walls     a related-stories heading, a comments heading after the article has begun, and
             comment signatures ("Posted by: ... 4:52 PM", when the page has several) are walls
             no run crosses
3. run       the best-scoring contiguous run of lines: running text scores by its words, less
             when it does not end as a sentence (teaser headlines do not), when it stands alone
             between short lines, when it is the summary of a headline-and-summary pair about
             something else than the pair before (a teaser list), and when it shares few words
             with the lines around it; short and menu-like lines cost. An earlier run scoring
             nearly as well wins: comments, cookie notices and footers follow the article
4. blocks    the run splits where several short lines stand together; from its strongest block
             outwards, blocks stay while they share the article's words (a teaser list joined
             to the article by a few menu lines goes); lines between kept blocks stay
5. edges     what goes on with the article beyond the run: paragraphs a few lines away that
             share its words (a lead split off by a photo credit, a second half past an inline
             box), a standfirst above it, and a list or table right after it (tour dates,
             results) or, numbered or bulleted, right before it

The segment labeller then labels every line; lines outside the main text are boilerplate
unless their shape says more (a headline, a byline, an appeal).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from enum import Enum

from newsdesk.clean.blocks import Block
from newsdesk.clean.offtopic import content_terms
from newsdesk.clean.segments import LIST_MARK, RELATED_HEADING, line_key, shape_verdict
from newsdesk.model import SegmentLabel as Label


class LineKind(Enum):
    RUNNING = "running text"
    SENTENCE = "short sentence"
    SHORT = "short line"
    ROW = "table row"
    MENU = "menu-like line"


TEXT_KINDS = (LineKind.RUNNING, LineKind.SENTENCE)


@dataclass(frozen=True, slots=True)
class LineShape:
    """What a line looks like on its own and against the rest of the page."""

    words: int
    sentence: bool  # ends like a sentence
    running: float  # share of its words (after the first) that start lowercase: running prose
    separators: int  # menu separators, bullets, tabs between cells
    repeated: bool  # the same text stands elsewhere on the page
    listed: bool  # an item of a list or a row of a table: numbered, bulleted, figures in cells
    row: bool = False  # one of several lines in a row with the same number of cells


SENTENCE_END = re.compile(r"[.!?…。！？:;][\"'”’“»«›)\]」』）]*$")
SEPARATOR = re.compile(r"\s[|•·»›/]\s|\t|^[•·»›*–-]\s")
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# Scripts written without spaces: about two characters make a word.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")

# Running text: this many words, mostly lowercase after the first, or ending as a sentence.
RUNNING_WORDS = 10
RUNNING_SHARE = 0.5
MIN_RUNNING_SHARE = 0.3
# A line this long is running text whatever its case (headline-case languages, all caps).
LONG_WORDS = 25
# A short sentence: at least this many words and a sentence end.
SENTENCE_WORDS = 5
# Menu-like: a line repeated on the page shorter than this, or this many separators.
MAX_REPEATED_WORDS = 20
MIN_SEPARATORS = 2
MAX_SEPARATED_WORDS = 40


# Lines with the same number of cells (tab-separated) this many in a row are a table.
MIN_TABLE_ROWS = 3


def line_shapes(texts: list[str]) -> list[LineShape]:
    counts = Counter(line_key(text) for text in texts)
    rows = table_rows(texts)
    return [_shape(text, counts[line_key(text)] > 1, i in rows) for i, text in enumerate(texts)]


def table_rows(texts: list[str]) -> set[int]:
    """Lines of a table: runs of lines with the same number of cells (tabs between them)."""
    rows: set[int] = set()
    start = 0
    for i in range(1, len(texts) + 1):
        cells = texts[start].count("\t")
        if i < len(texts) and texts[i].count("\t") == cells:
            continue
        if cells and i - start >= MIN_TABLE_ROWS:
            rows.update(range(start, i))
        start = i
    return rows


def _shape(text: str, repeated: bool, row: bool) -> LineShape:
    words = len(text.split())
    unspaced = len(UNSPACED.findall(text))
    if unspaced > words:
        words = max(words, unspaced // 2)
    tokens = WORD.findall(text)
    lower = sum(1 for token in tokens[1:] if token[0].islower())
    running = lower / (len(tokens) - 1) if len(tokens) > 1 else 0.0
    if unspaced > len(tokens):  # no case to read: a long unspaced line is prose
        running = 1.0
    return LineShape(
        words=words,
        sentence=bool(SENTENCE_END.search(text)),
        running=running,
        separators=len(SEPARATOR.findall(text)),
        repeated=repeated,
        listed=row or bool(LIST_MARK.search(text)),
        row=row,
    )


def line_kind(shape: LineShape) -> LineKind:
    if shape.row:
        return LineKind.ROW
    if shape.repeated and shape.words < MAX_REPEATED_WORDS:
        return LineKind.MENU
    if shape.separators >= MIN_SEPARATORS and shape.words < MAX_SEPARATED_WORDS:
        return LineKind.MENU
    if shape.words >= LONG_WORDS:
        return LineKind.RUNNING
    running = shape.sentence or shape.running >= RUNNING_SHARE
    if shape.words >= RUNNING_WORDS and shape.running >= MIN_RUNNING_SHARE and running:
        return LineKind.RUNNING
    if shape.words >= SENTENCE_WORDS and shape.sentence:
        return LineKind.SENTENCE
    return LineKind.SHORT


# --- walls ------------------------------------------------------------------------------------

COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:(?:user|reader|readers)['’]?s?['’]?\s+)?(?:comments?|responses?|replies"
    r"|reactions?|discussion|have\s+your\s+say|your\s+(?:views|comments|say)"
    r"|leave\s+a\s+(?:comment|reply)|add\s+(?:a\s+|your\s+)?comment|post\s+a\s+comment"
    r"|write\s+a\s+comment|join\s+the\s+(?:discussion|conversation)"
    r"|kommentare?|commentaires?|comentarios?|commenti|reacties|diskussion)"
    r"(?:\s*\(\d+\)|\s+\d+)?(?:\s+(?:on|to)\s+this\s+\w+)?\s*[:.»|]?(?:\s+\S+){0,3}$",
    re.IGNORECASE,
)
# A comment's signature: who, and when to the minute ("Posted by: Ann | Jan 10, 2008 4:49 PM",
# "Ann - USA (12/17/2007 09:03)", "by RichD - Jan 12th 2000 13:08:28").
CLOCK = re.compile(
    r"\b\d{1,2}:\d{2}(?!\d)|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b", re.IGNORECASE
)
SIGNED = re.compile(
    r"\b(?:posted|written|submitted|added|commented|by)\b|\b(?:says|said|wrote|writes)\b|[|(]",
    re.IGNORECASE,
)
MAX_SIGNATURE_WORDS = 16
# Signatures mark comments only when the page has this many.
MIN_SIGNATURES = 3
MAX_HEADING_WORDS = 6
# A comments heading ends the article only after this much running text: a "Comments" link
# in the page header ends nothing.
MIN_WORDS_BEFORE_COMMENTS = 40


def is_related_heading(text: str) -> bool:
    return len(text.split()) <= MAX_HEADING_WORDS and bool(RELATED_HEADING.match(text))


def _is_signature(text: str) -> bool:
    if len(text.split()) > MAX_SIGNATURE_WORDS or text[:1].isdigit():
        return False
    return bool(CLOCK.search(text) and SIGNED.search(text))


def comment_walls(texts: list[str], shapes: list[LineShape], kinds: list[LineKind]) -> set[int]:
    """Lines that open readers' comments: comments headings after the article has begun, and
    signatures when the page has several."""
    signatures = [i for i, text in enumerate(texts) if _is_signature(text)]
    walls = set(signatures) if len(signatures) >= MIN_SIGNATURES else set()
    words = 0
    for i, text in enumerate(texts):
        if kinds[i] is LineKind.RUNNING:
            words += shapes[i].words
        short = shapes[i].words <= MAX_HEADING_WORDS
        if words >= MIN_WORDS_BEFORE_COMMENTS and short and COMMENTS_HEADING.match(text):
            walls.add(i)
    return walls


# --- the run ----------------------------------------------------------------------------------

# What a line adds to a run: running text its words (capped), short and menu lines cost.
MAX_LINE_SCORE = 40
SCORES = {LineKind.SENTENCE: 1.0, LineKind.SHORT: -3.0, LineKind.ROW: 0.0, LineKind.MENU: -6.0}
# Running text not ending as a sentence (a teaser headline) counts for this share ...
UNFINISHED_SHARE = 0.5
# ... and with no running text or sentence next to it (a teaser under its headline) for this.
ALONE_SHARE = 0.4
WALL = -math.inf


# A teaser list: at least this many headline-and-summary pairs in a row.
MIN_TEASER_PAIRS = 3
# A teaser's summary counts for this share of its words.
TEASER_SHARE = 0.2
MAX_TEASER_HEADLINE_WORDS = 20


# Paragraphs of one article share words with the lines around them; a list of other stories
# does not. Running text counts in full when it shares this many content words with the
# lines within COHESION_WINDOW of it, proportionally less when fewer.
COHESION_TERMS = 3
COHESION_WINDOW = 3


def line_scores(
    shapes: list[LineShape], kinds: list[LineKind], walls: set[int], terms: list[set[str]]
) -> list[float]:
    teasers = teaser_lines(shapes, kinds, terms)
    scores = []
    for i, (shape, kind) in enumerate(zip(shapes, kinds, strict=True)):
        if i in walls:
            scores.append(WALL)
        elif kind is LineKind.RUNNING:
            score = float(min(shape.words, MAX_LINE_SCORE))
            score *= 1.0 if shape.sentence else UNFINISHED_SHARE
            score *= 1.0 if _has_text_neighbour(kinds, i) else ALONE_SHARE
            score *= TEASER_SHARE if i in teasers else 1.0
            score *= _cohesion(terms, i)
            scores.append(score)
        else:
            scores.append(SCORES[kind])
    return scores


def _cohesion(terms: list[set[str]], index: int) -> float:
    around: set[str] = set()
    for j in range(max(0, index - COHESION_WINDOW), min(len(terms), index + COHESION_WINDOW + 1)):
        if j != index:
            around |= terms[j]
    shared = len(terms[index] & around)
    return min(1.0, (shared + 1) / (COHESION_TERMS + 1))


def teaser_lines(shapes: list[LineShape], kinds: list[LineKind], terms: list[set[str]]) -> set[int]:
    """Headline-and-summary pairs back to back, three or more, each about something else than
    the one before: a list of other stories.

    An article puts several paragraphs under each sub-heading, and they share its words; a
    teaser list gives every headline one summary line and moves on to the next story.
    """
    teasers: set[int] = set()
    i = 0
    while i < len(shapes) - 1:
        pairs = 0
        j = i
        while (
            j + 1 < len(shapes)
            and _headline_like(shapes[j], kinds[j])
            and (kinds[j + 1] is LineKind.RUNNING)
        ):
            if pairs and len((terms[j] | terms[j + 1]) & (terms[j - 2] | terms[j - 1])) >= 2:
                break
            pairs, j = pairs + 1, j + 2
        if pairs >= MIN_TEASER_PAIRS:
            teasers.update(range(i, j))
            i = j
        else:
            i += 1
    return teasers


def _headline_like(shape: LineShape, kind: LineKind) -> bool:
    if shape.listed or shape.sentence or kind is LineKind.MENU:
        return False
    return 2 <= shape.words <= MAX_TEASER_HEADLINE_WORDS


def _has_text_neighbour(kinds: list[LineKind], index: int) -> bool:
    return any(0 <= j < len(kinds) and kinds[j] in TEXT_KINDS for j in (index - 1, index + 1))


# An earlier run scoring this share of the best one is the article: pages put comments,
# cookie notices and footers after it, and what comes before it is mostly short (menus).
EARLIER_RUN_SHARE = 0.6


def article_run(scores: list[float]) -> tuple[int, int]:
    """The best run, or an earlier run scoring nearly as well."""
    start, end = best_run(scores)
    best = sum(scores[start:end])
    while start > 0:
        before_start, before_end = best_run(scores[:start])
        if before_end <= before_start:
            break
        if sum(scores[before_start:before_end]) < EARLIER_RUN_SHARE * best:
            break
        start, end = before_start, before_end
    return start, end


def best_run(scores: list[float]) -> tuple[int, int]:
    """[start, end) of the contiguous run with the highest total score (Kadane's)."""
    best, best_range = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_range = total, (start, i + 1)
    return best_range


# --- blocks and agreement ---------------------------------------------------------------------

# This many short or menu lines together split a run into blocks.
GAP_LINES = 5
# A block of the run belongs to the article when this share of its content words are the
# article's (the blocks kept so far), and at least this many are.
AGREEMENT = 0.1
MIN_SHARED_TERMS = 2


@dataclass(slots=True)
class Page:
    """A page's lines with what is known about them, and the article's words so far."""

    texts: list[str]
    shapes: list[LineShape]
    kinds: list[LineKind]
    scores: list[float]
    comment_walls: set[int]
    terms: list[set[str]]
    flags: list[bool]
    article_terms: set[str]

    def agrees(self, first: int, last: int, share: float = AGREEMENT) -> bool:
        terms: set[str] = set().union(*self.terms[first:last])
        shared = len(terms & self.article_terms)
        return shared >= MIN_SHARED_TERMS and shared >= share * len(terms)

    def keep(self, first: int, last: int) -> None:
        for i in range(first, last):
            if self.kinds[i] is not LineKind.MENU:
                self.flags[i] = True
                self.article_terms |= self.terms[i]


def main_text_flags(texts: list[str]) -> list[bool]:
    """For each line of a plain-text page, whether it is part of the article."""
    shapes = line_shapes(texts)
    kinds = [line_kind(shape) for shape in shapes]
    walls = comment_walls(texts, shapes, kinds)
    related = {i for i, text in enumerate(texts) if is_related_heading(text)}
    terms = [content_terms(text) for text in texts]
    scores = line_scores(shapes, kinds, walls | related, terms)
    start, end = article_run(scores)
    if end <= start:
        return [False] * len(texts)
    page = Page(texts, shapes, kinds, scores, walls, terms, [False] * len(texts), set())
    first, last = _agreeing_blocks(page, start, end)
    first = _join_paragraphs(page, first, step=-1)
    last = _join_paragraphs(page, last, step=1)
    _join_lead(page, first)
    if not _ends_list(page, last - 1):  # past an appeal closing the article, lists are teasers
        _join_list(page, last, step=1)
    _join_list(page, first - 1, step=-1)
    return page.flags


def _blocks(page: Page, start: int, end: int) -> list[tuple[int, int]]:
    """[first, last) of the run's blocks: text split where GAP_LINES non-text lines stand."""
    blocks: list[tuple[int, int]] = []
    first, gap = None, 0
    for i in range(start, end + 1):
        text = i < end and page.kinds[i] in TEXT_KINDS
        if text:
            if first is None:
                first = i
            elif gap >= GAP_LINES:
                blocks.append((first, i - gap))
                first = i
            gap = 0
        else:
            gap += 1
    if first is not None:
        blocks.append((first, end - gap + 1 if gap else end))
    return blocks


def _agreeing_blocks(page: Page, start: int, end: int) -> tuple[int, int]:
    """Keep the strongest block and the blocks around it while they share its words."""
    blocks = _blocks(page, start, end)
    core = max(range(len(blocks)), key=lambda b: sum(page.scores[slice(*blocks[b])]))
    page.keep(*blocks[core])
    low = high = core
    while low > 0 and page.agrees(*blocks[low - 1]):
        low -= 1
        page.keep(*blocks[low])
    while high + 1 < len(blocks) and page.agrees(*blocks[high + 1]):
        high += 1
        page.keep(*blocks[high])
    for gap_start, gap_end in zip(
        (b[1] for b in blocks[low:high]), (b[0] for b in blocks[low + 1 : high + 1]), strict=True
    ):
        _keep_gap(page, gap_start, gap_end)
    return blocks[low][0], blocks[high][1]


def _keep_gap(page: Page, start: int, end: int) -> None:
    """Lines between two kept blocks stay (sub-headings, a list, a caption), menus aside: what
    is furniture among them (an ad label, a share row) the segment labeller says by shape."""
    for i in range(start, end):
        if page.kinds[i] is not LineKind.MENU:
            page.flags[i] = True


# A paragraph this many lines away from the article continues it when it has this many
# words and this share of them are the article's.
MAX_GAP = 8
MIN_JOINED_WORDS = 12
JOIN_AGREEMENT = 0.25


def _join_paragraphs(page: Page, edge: int, step: int) -> int:
    """Paragraphs beyond the article's edge, past a few lines of furniture (a photo credit,
    an inline box), that share its words; a comment wall is never crossed."""
    while True:
        block = _next_block(page, edge if step > 0 else edge - 1, step)
        if block is None:
            return edge
        first, last = block
        words = sum(page.shapes[i].words for i in range(first, last))
        if words < MIN_JOINED_WORDS or not page.agrees(first, last, JOIN_AGREEMENT):
            return edge
        page.keep(first, last)
        edge = last if step > 0 else first


def _next_block(page: Page, position: int, step: int) -> tuple[int, int] | None:
    """[first, last) of the next run of text lines within MAX_GAP lines."""
    stop = len(page.texts) if step > 0 else -1
    i, gap = position, 0
    while i != stop and page.kinds[i] is not LineKind.RUNNING:
        if i in page.comment_walls or gap >= MAX_GAP:
            return None
        i, gap = i + step, gap + 1
    if i == stop or i in page.comment_walls:
        return None
    j = i
    while j + step != stop and page.kinds[j + step] in TEXT_KINDS and page.scores[j + step] != WALL:
        j += step
    return (i, j + 1) if step > 0 else (j, i + 1)


# A standfirst above the article: this many lines up, sharing its words.
LEAD_WINDOW = 6
# A list or table after the article belongs to it when it has this many items ...
MIN_LIST_ITEMS = 2
# ... and a heading inside it is followed by an item within this many lines.
LIST_LOOKAHEAD = 2
# Lines that end a list: the page's own furniture, as the segment labeller reads it alone.
FURNITURE = frozenset(
    {Label.NAVIGATION, Label.RELATED, Label.APPEAL, Label.ADVERTISEMENT, Label.BOILERPLATE}
)
DIGIT = re.compile(r"\d")


def _join_lead(page: Page, first: int) -> None:
    """A standfirst just above the article (past byline and date lines) sharing its words."""
    for i in range(first - 1, max(-1, first - 1 - LEAD_WINDOW), -1):
        if page.scores[i] == WALL:
            return
        if page.kinds[i] is not LineKind.MENU and page.agrees(i, i + 1):
            page.flags[i] = True


def _join_list(page: Page, edge: int, step: int) -> None:
    """A list or table right after (or just before) the article: results, dates, addresses,
    steps. Its items, and the short headings between them, are the article's.

    An item is a numbered or bulleted line, a table row, a line with figures (a date, a time, a
    score), or a line naming what the article names; a heading is followed by an item. The
    list ends at the page's furniture (a share button, a related-stories heading) or at text
    that is not the article's.
    """
    stop = len(page.texts) if step > 0 else -1
    # Above the article a header's dates and times are no list: only marked items count.
    marked_only = step < 0
    reached, items, i = edge, 0, edge
    while i != stop and not _ends_list(page, i):
        if _list_item(page, i, marked_only):
            items, reached = items + 1, i
        elif not any(
            _list_item(page, j, marked_only)
            for j in range(i + step, i + step * (1 + LIST_LOOKAHEAD), step)
            if 0 <= j < len(page.texts)
        ):
            break
        i += step
    if items >= MIN_LIST_ITEMS:
        for j in range(min(edge, reached), max(edge, reached) + 1):
            page.flags[j] = True


def _list_item(page: Page, index: int, marked_only: bool = False) -> bool:
    shape = page.shapes[index]
    if marked_only:
        return shape.listed
    if page.kinds[index] is LineKind.RUNNING:
        return page.agrees(index, index + 1)
    return shape.listed or bool(DIGIT.search(page.texts[index])) or page.agrees(index, index + 1)


def _ends_list(page: Page, index: int) -> bool:
    if page.kinds[index] is LineKind.MENU or page.scores[index] == WALL:
        return True
    verdict = shape_verdict(Block(page.texts[index], 0, len(page.texts[index]), "line"))
    return verdict is not None and verdict.label in FURNITURE


def mark_main_lines(blocks: list[Block]) -> list[Block]:
    """The lines of a plain-text page, each marked in or out of the article."""
    flags = main_text_flags([block.text for block in blocks])
    return [
        block if block.in_main == flag else replace(block, in_main=flag)
        for block, flag in zip(blocks, flags, strict=True)
    ]
