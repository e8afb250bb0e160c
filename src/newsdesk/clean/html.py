"""HTML -> every visible text block with its raw offsets, marked in or out of the main text.

A page is read once with a small regular-expression tokenizer rather than a tree builder,
because a tree loses source positions and every block must map back to the exact place in
the raw HTML. Block elements (paragraphs, headings, list items, cells, divs with direct
text, ...) and `<br>` end a block; inline elements (links, emphasis) do not. trafilatura
then decides the page's main text once, and its lines are aligned back onto the blocks.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

import trafilatura
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json, extract_url
from trafilatura.utils import load_html

from newsdesk.clean.blocks import Block, PageMetadata
from newsdesk.config import CleanSettings

__all__ = ["html_blocks", "page_metadata"]

LOGGER = logging.getLogger(__name__)

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "button",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "optgroup",
        "option",
        "p",
        "pre",
        "section",
        "select",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "br",
    ]
)
VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# Their content is raw text up to the matching end tag, and never shown as page text.
RAW_TEXT_TAGS = frozenset(
    [
        "script",
        "style",
        "xmp",
        "iframe",
        "noembed",
        "noframes",
        "noscript",
        "textarea",
        "title",
        "plaintext",
    ]
)
# Parsed as markup, but nothing inside is page text. (Not <head>: pages often never close
# it, and what it holds that is not text, <title> and <script>, is skipped anyway.)
INVISIBLE_TAGS = frozenset(["template", "svg", "math", "object"])
# Opening one of these closes an open element of the same kind (HTML's implied end tags).
SELF_CLOSING_SIBLINGS = frozenset(["p", "li", "dt", "dd", "tr", "td", "th", "option"])
# A new block element closes an open paragraph, as browsers do.
CLOSES_PARAGRAPH = BLOCK_TAGS - {"br", "button", "td", "th", "tr", "option", "optgroup"}

# Possessive, so a tag never backtracks; quotes count only after "=", as in browsers.
_ATTRS = r"""(?:[^>"'=]++|=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+)|["'])*+"""
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<![^>]*>?"
    r"|<\?[^>]*>?"
    rf"|<(/?)([A-Za-z][^\s/>]*)({_ATTRS})>",
    re.S,
)
# Soft hyphens, zero-width spaces and byte-order marks are not shown: left out of the text,
# so "auto\xadnome" reads (and matches the extractor's text) as "autonome".
INVISIBLE_CHARACTERS = "\xad\u200b\ufeff"
_TEXT_TOKEN = re.compile(
    r"(?P<space>\s+)|(?P<invisible>[\xad\u200b\ufeff]+)"
    r"|(?P<entity>&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?)|[^\s&\xad\u200b\ufeff]+|&"
)
# Text needing the token-by-token reader: entities to decode, characters to drop.
_NEEDS_DECODING = re.compile(r"[&\xad\u200b\ufeff]")
# In plain text: words joined by single whitespace characters, or a whitespace run.
_PLAIN_RUN = re.compile(r"\S++(?:\s\S++)*+|\s++")
# A whitespace character other than the space itself (collapsed to a space).
_LONE_SPACE = re.compile(r"[^\S ]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# role="tooltip", or a class or id naming a tooltip, hover card or popover: text shown over
# the page on hover. Names are matched as whole words of the attribute ("c-tooltip",
# "person-hovercard"); the element that shows one ("has-tooltip", "tooltip-trigger",
# "js-popover") stays, since it is the text of the sentence.
_OVERLAY = re.compile(
    r"""\brole\s*=\s*["']?tooltip\b"""
    r"""|\b(?:class|id)\s*=\s*["'][^"']*?(?<![\w-])"""
    r"""(?:(?!(?:has|with|is|js|no|show|toggle|open|trigger)[-_])[\w]+[-_])?"""
    r"""(?:tool-?tip|hover-?card|popover|pop-?up-?card)(?:[-_](?:content|body|inner|card|text))?"""
    r"""(?![\w-])""",
    re.I,
)
_HIDDEN_ATTRIBUTE = re.compile(r"(?:^|\s)hidden(?=[\s=/]|$)", re.I)
_STYLE_ATTRIBUTE = re.compile(r"""style\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))""", re.I)

Piece = tuple[int, int, int, int]


@dataclass(slots=True)
class _BlockBuilder:
    """The block being read: its text so far and the map of that text to raw ranges."""

    tag: str
    parts: list[str] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)
    length: int = 0
    pending_space: tuple[int, int] | None = None
    links: list[tuple[int, int]] = field(default_factory=list)  # text ranges of anchor text

    def add_space(self, raw_start: int, raw_end: int) -> None:
        # Collapsed whitespace is written only before the next word, so blocks never end in one.
        if self.length and self.pending_space is None:
            self.pending_space = (raw_start, raw_end)

    def add_text(self, text: str, raw_start: int, raw_end: int, in_link: bool = False) -> None:
        if self.pending_space is not None:
            self._append(" ", *self.pending_space)
            self.pending_space = None
        start = self.length
        self._append(text, raw_start, raw_end)
        if in_link:
            self._add_link(start, self.length)

    def _add_link(self, start: int, end: int) -> None:
        """Record anchor text; runs of it split only by a space are one range."""
        if self.links and start - self.links[-1][1] <= 1:
            start = self.links.pop()[0]
        self.links.append((start, end))

    def _append(self, text: str, raw_start: int, raw_end: int) -> None:
        start, end = self.length, self.length + len(text)
        self.parts.append(text)
        self.length = end
        if self.pieces and _joins_exactly(self.pieces[-1], start, raw_start, len(text), raw_end):
            t_start, _, r_start, _ = self.pieces[-1]
            self.pieces[-1] = (t_start, end, r_start, raw_end)
        else:
            self.pieces.append((start, end, raw_start, raw_end))

    def build(self) -> Block | None:
        if not self.pieces:
            return None
        return Block(
            text="".join(self.parts),
            start=self.pieces[0][2],
            end=self.pieces[-1][3],
            tag=self.tag,
            pieces=tuple(self.pieces),
            links=tuple(self.links),
        )


def _joins_exactly(last: Piece, start: int, raw_start: int, length: int, raw_end: int) -> bool:
    """Merge pieces only where both map char for char and follow on in text and in raw."""
    t_start, t_end, r_start, r_end = last
    last_exact = t_end - t_start == r_end - r_start
    return last_exact and length == raw_end - raw_start and t_end == start and r_end == raw_start


@dataclass(slots=True)
class _OpenElement:
    tag: str
    hidden: bool


class _PageReader:
    """Walks the markup once, keeping a lenient stack of open elements (tag soup is normal)."""

    def __init__(self, html: str) -> None:
        self.html = html
        self.stack: list[_OpenElement] = []
        self.blocks: list[Block] = []
        self.current: _BlockBuilder | None = None

    def read(self) -> list[Block]:
        position = 0
        while (match := _MARKUP.search(self.html, position)) is not None:
            self._text(position, match.start())
            position = self._markup(match)
        self._text(position, len(self.html))
        self._end_block()
        return self.blocks

    def _markup(self, match: re.Match[str]) -> int:
        """Handle a tag (comments and doctypes are skipped); return where reading goes on."""
        name = match.group(2)
        if name is None:
            return match.end()
        tag = name.lower()
        if match.group(1):
            self._close(tag)
            return match.end()
        self._open(tag, match.group(3))
        if tag in RAW_TEXT_TAGS:
            return self._skip_raw_text(tag, match.end())
        return match.end()

    def _skip_raw_text(self, tag: str, position: int) -> int:
        end_tag = re.compile(rf"</{tag}\s*>", re.I).search(self.html, position)
        self._close(tag)
        return len(self.html) if end_tag is None else end_tag.end()

    def _open(self, tag: str, attributes: str) -> None:
        if tag in BLOCK_TAGS:
            self._end_block()
        self._close_implied(tag)
        if tag in VOID_TAGS:
            return
        hidden = bool(self.stack and self.stack[-1].hidden) or _hides(tag, attributes)
        self.stack.append(_OpenElement(tag, hidden))

    def _close_implied(self, tag: str) -> None:
        if tag in SELF_CLOSING_SIBLINGS:
            self._pop_to(tag, stop_at=frozenset({"ul", "ol", "table", "dl", "select", "div"}))
        if tag in CLOSES_PARAGRAPH:
            self._pop_to("p", stop_at=frozenset({"div", "td", "li", "blockquote", "section"}))

    def _pop_to(self, tag: str, stop_at: frozenset[str]) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            open_tag = self.stack[index].tag
            if open_tag == tag:
                del self.stack[index:]
                return
            if open_tag in stop_at:
                return

    def _close(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self._end_block()
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def _text(self, start: int, end: int) -> None:
        if start >= end or self._invisible():
            return
        if _NEEDS_DECODING.search(self.html, start, end) is None:
            self._plain_text(start, end)
            return
        for text, raw_start, raw_end, is_space in _text_tokens(self.html, start, end):
            builder = self.current or self._start_block()
            if is_space:
                builder.add_space(raw_start, raw_end)
            else:
                builder.add_text(text, raw_start, raw_end, self._in_link())

    def _plain_text(self, start: int, end: int) -> None:
        """A text node without entities or invisible characters, read in runs of words.

        Most text is plain; one run of words with single spaces maps char for char to the
        raw text, so it is added at once rather than word by word (the same blocks result).
        """
        builder = self.current or self._start_block()
        in_link = self._in_link()
        for match in _PLAIN_RUN.finditer(self.html, start, end):
            run = match.group(0)
            if run[0].isspace():
                builder.add_space(match.start(), match.end())
            else:
                builder.add_text(_LONE_SPACE.sub(" ", run), match.start(), match.end(), in_link)

    def _in_link(self) -> bool:
        return any(element.tag == "a" for element in self.stack)

    def _invisible(self) -> bool:
        if not self.stack:
            return False
        top = self.stack[-1]
        return top.hidden or top.tag in INVISIBLE_TAGS or top.tag in RAW_TEXT_TAGS

    def _start_block(self) -> _BlockBuilder:
        self.current = _BlockBuilder(tag=self._block_tag())
        return self.current

    def _block_tag(self) -> str:
        for element in reversed(self.stack):
            if element.tag in BLOCK_TAGS:
                return element.tag
        return "div"

    def _end_block(self) -> None:
        if self.current is not None and (block := self.current.build()) is not None:
            self.blocks.append(block)
        self.current = None


def _hides(tag: str, attributes: str) -> bool:
    """Whether markup hides the element (hidden attribute, inline display:none), or marks it
    as a tooltip or hover card: text that shows over the page on hover, not in its flow (a
    politician's card inside a sentence would repeat the name and add "MORE")."""
    if tag in INVISIBLE_TAGS or _OVERLAY.search(attributes):
        return True
    if "hidden" not in attributes and "none" not in attributes:
        return False
    if _HIDDEN_ATTRIBUTE.search(attributes):
        return True
    style = _STYLE_ATTRIBUTE.search(attributes)
    return bool(style and _HIDDEN_STYLE.search(style.group(0)))


def _text_tokens(html: str, start: int, end: int) -> Iterator[tuple[str, int, int, bool]]:
    """(decoded text, raw start, raw end, is whitespace) for each run of one text node."""
    for match in _TEXT_TOKEN.finditer(html, start, end):
        raw = match.group(0)
        if match.lastgroup == "invisible":
            continue
        if match.lastgroup == "space":
            yield " ", match.start(), match.end(), True
        elif match.lastgroup == "entity":
            decoded = html_lib.unescape(raw).strip(INVISIBLE_CHARACTERS)
            if decoded:
                yield decoded, match.start(), match.end(), decoded.isspace()
        else:
            yield raw, match.start(), match.end(), False


def html_blocks(html: str, settings: CleanSettings) -> list[Block]:
    """Every visible text block of the page in document order, marked in or out of main text."""
    blocks = _PageReader(html).read()
    if not settings.use_trafilatura:
        return blocks
    main_lines = _main_text_lines(html)
    if main_lines is None:
        return blocks
    flags = _keep_subheadings(blocks, align_main_text(blocks, main_lines))
    return [_with_main_flag(block, flag) for block, flag in zip(blocks, flags, strict=True)]


def _with_main_flag(block: Block, in_main: bool) -> Block:
    if block.in_main == in_main:
        return block
    return replace(block, in_main=in_main)


def _main_text_lines(html: str) -> list[str] | None:
    """trafilatura's main text, one line per paragraph, heading, list item or cell."""
    tree = _parse(html)
    try:
        # Given the parsed tree, trafilatura extracts from a copy: page_metadata reuses it.
        text = trafilatura.extract(
            html if tree is None else tree,
            output_format="txt",
            include_comments=False,
            include_tables=True,
        )
    except Exception as exc:  # a bug in the extractor must not lose the page
        LOGGER.warning("trafilatura failed on a page: %s", exc)
        return None
    return text.splitlines() if text else []


_NON_WORD = re.compile(r"[\W_]+")
# Blocks this short are main text only where they come next in the main text; anywhere
# else a short string ("World", "Reuters") matches by chance.
SHORT_BLOCK_WORDS = 4
# ... give or take this many characters the extractor dropped in between.
SHORT_BLOCK_SLACK = 12
# Right after a main-text block the reader is inside the main text, where the extractor's
# own additions (table rules, list marks) and small drops may lie in between.
SLACK_IN_MAIN = 200
# A block trafilatura kept only in part (a trailing link dropped, a line cut) still counts
# when this share of its word trigrams is in the main text.
PARTIAL_MATCH_SHARE = 0.6


def _normalise(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def align_main_text(blocks: list[Block], main_lines: list[str]) -> list[bool]:
    """For each block, whether the extractor's main text contains it (in order, fuzzily).

    Runs of short blocks (table cells, list items) are first looked for as one text, since
    each alone is too short to place with confidence.
    """
    main = " " + _normalise(" ".join(main_lines)) + " "
    trigrams = _trigrams(main.split())
    texts = [_normalise(block.text) for block in blocks]
    cursor = 0
    flags: list[bool] = []
    for run in _short_runs(texts):
        joined = " ".join(texts[i] for i in run if texts[i])
        if len(run) > 1 and joined.count(" ") + 1 >= SHORT_BLOCK_WORDS:
            found, cursor = _find_block(joined, main, cursor, trigrams, SHORT_BLOCK_SLACK)
            if found:
                flags.extend(bool(texts[i]) for i in run)
                continue
        for index in run:
            slack = SLACK_IN_MAIN if flags and flags[-1] else SHORT_BLOCK_SLACK
            found, cursor = _find_block(texts[index], main, cursor, trigrams, slack)
            flags.append(found)
    return flags


def _short_runs(texts: list[str]) -> Iterator[list[int]]:
    """Indexes grouped into runs of consecutive short texts; a long text is a run alone."""
    run: list[int] = []
    for index, text in enumerate(texts):
        if text.count(" ") + 1 < SHORT_BLOCK_WORDS:
            run.append(index)
            continue
        if run:
            yield run
            run = []
        yield [index]
    if run:
        yield run


def _find_block(
    text: str, main: str, cursor: int, trigrams: set[str], slack: int
) -> tuple[bool, int]:
    if not text:
        return False, cursor
    needle = f" {text} "
    words = text.count(" ") + 1
    if words < SHORT_BLOCK_WORDS:
        at = main.find(needle, cursor, cursor + len(needle) + slack)
        return (True, at + len(needle) - 1) if at >= 0 else (False, cursor)
    at = main.find(needle, cursor)
    if at < 0:
        at = main.find(needle)
    if at >= 0:
        return True, max(cursor, at + len(needle) - 1)
    return _partial_share(text.split(), trigrams) >= PARTIAL_MATCH_SHARE, cursor


def _trigrams(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}


def _partial_share(words: list[str], trigrams: set[str]) -> float:
    own = [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
    return sum(gram in trigrams for gram in own) / len(own) if own else 0.0


def _keep_subheadings(blocks: list[Block], flags: list[bool]) -> list[bool]:
    """Headings between two main-text blocks are sub-headings of the article (trafilatura
    sometimes drops them)."""
    result = list(flags)
    seen_main = False
    for index, block in enumerate(blocks):
        if flags[index]:
            seen_main = True
        elif seen_main and _is_heading(block.tag):
            result[index] = _main_follows(blocks, flags, index + 1)
    return result


def _main_follows(blocks: list[Block], flags: list[bool], start: int) -> bool:
    """Whether the next block that is not a heading (or is main) is main text."""
    for index in range(start, len(blocks)):
        if flags[index] or not _is_heading(blocks[index].tag):
            return flags[index]
    return False


def _is_heading(tag: str) -> bool:
    return len(tag) == 2 and tag[0] == "h" and tag[1] in "123456"


def page_metadata(html: str) -> PageMetadata:
    """What the page's markup says: title, outlet, ISO publication date, language, URL."""
    tree = _parse(html)
    if tree is None:
        return PageMetadata()
    found = examine_meta(tree)
    try:
        found = extract_meta_json(tree, found)
    except Exception as exc:  # trafilatura's JSON-LD reader trips on odd markup
        LOGGER.debug("JSON-LD metadata unreadable: %s", exc)
    url = found.url or extract_url(tree)
    return PageMetadata(
        title=_title(tree, found.title),
        outlet=found.sitename or _meta_content(tree, "application-name"),
        published=_published(tree, url),
        language=_language(tree),
        url=url,
    )


@lru_cache(maxsize=1)
def _parse(html: str) -> HtmlElement | None:
    """The page's lxml tree, parsed once for both the main text and the metadata.

    Parsed as trafilatura's `load_html` parses (its repairs and fallbacks), but with
    libxml2's huge_tree option: without it libxml2 stops at 256 levels of nesting and drops
    everything below, so a real article nested that deep lost its text and the page was
    rejected. With it libxml2 keeps 2,048 levels; ingest refuses pages nesting deeper than
    its bound (ingest/bounds.py) before they get here.

    Callers must not change it: trafilatura and htmldate both copy a tree they are given.
    """
    from lxml.html import HTMLParser
    from trafilatura import utils as trafilatura_utils

    default_parser = trafilatura_utils.HTML_PARSER
    trafilatura_utils.HTML_PARSER = HTMLParser(  # load_html reads it at each call
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    try:
        return load_html(html)
    except Exception as exc:  # lxml refuses some pages outright
        LOGGER.debug("page unparsable for metadata: %s", exc)
        return None
    finally:
        trafilatura_utils.HTML_PARSER = default_parser


_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:·»]\s+[^|\-–—:·»]{2,40}$")


def _title(tree: HtmlElement, from_meta: str | None) -> str | None:
    element_title = _first_text(tree, "//head/title|//title")
    title = from_meta or element_title
    if title is None:
        return _first_text(tree, "//h1")
    return _without_site_suffix(title) if title == element_title else title


def _without_site_suffix(title: str) -> str:
    stripped = _TITLE_SUFFIX.sub("", title)
    return stripped if len(stripped) >= 10 else title


def _first_text(tree: HtmlElement, xpath: str) -> str | None:
    for element in tree.xpath(xpath):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None


def _meta_content(tree: HtmlElement, name: str) -> str | None:
    for value in tree.xpath(f'//meta[@name="{name}"]/@content'):
        if value.strip():
            return str(value).strip()
    return None


def _published(tree: HtmlElement, url: str | None) -> str | None:
    """Publication date from markup only (meta, JSON-LD, <time>, the URL); never fetched."""
    try:
        from htmldate import find_date

        date = find_date(
            tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
        )
    except Exception as exc:  # htmldate raises on some malformed date strings
        LOGGER.debug("date search failed: %s", exc)
        return None
    return str(date) if date else None


def _language(tree: HtmlElement) -> str | None:
    root = tree.getroottree().getroot()
    language = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return language.strip() or None if language else None
