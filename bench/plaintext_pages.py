"""Real pages rendered to plain text, with the gold main text aligned to their lines.

The plain-text cleaning benchmark (`plaintext_eval.py`) needs what a scraper or a browser's
copy-paste gives: every visible block of the page in order, one per line (widgets, menus, ads,
teasers and footers included), and for each line whether it is story or page furniture.

- L3S-GN1: the annotated pages (humans marked headline, full text, supplemental, related,
  comments; unmarked text is not content). A line takes the label of most of its characters.
  The annotated copies replace non-ASCII characters with "?": every system reads the same text.
- CleanEval (dev + final): the gold is cleaned text; the page's words are aligned to it in order
  (difflib), and a line is story when most of its words are matched, furniture when few are.
- trafilatura-eval: the gold is a few snippets per page that must (or must not) be in the main
  text; only the lines a snippet covers are labelled, all others are not scored.

Titles: L3S-GN1's headline lines are human gold. For the other sets the gold title is derived:
the page's own metadata title (og:title, else <title> without a site suffix, read by
trafilatura), and only where one line of the page says the same; other pages are not scored.

Pages are split by site into a tune half and a test half (a hash of the host), so a site's
templates never sit on both sides. Rendered pages are cached outside the repository.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlparse

from lxml import etree
from lxml import html as lxml_html
from trafilatura.metadata import extract_metadata
from trafilatura.utils import decode_file

from extraction import cache_dir, cleaneval_pages, shared_dir, squash, unpack

# Bump when rendering or alignment changes: the cache is rebuilt.
CACHE_VERSION = 3

STORY, JUNK, TITLE, NEUTRAL, MIXED, UNKNOWN = "story", "junk", "title", "neutral", "mixed", "?"
SCORED = frozenset({STORY, JUNK})

# Block elements end a line (as a browser's innerText does); table cells are joined by a tab.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
CELL_TAGS = frozenset({"td", "th"})
# Never shown as text: scripts, styles, form controls, embedded documents, the head.
SKIPPED_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed",
        "svg", "math", "select", "option", "textarea", "input", "map", "area", "applet", "frame",
        "frameset",
    }
)  # fmt: skip
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
L3S_CLASS = re.compile(r"x-nc-sel(\d)")
# L3S-GN1 classes: 0 not content, 1 headline, 2 full text, 3 supplemental, 4 related, 5 comments.
L3S_LABELS = {0: JUNK, 1: TITLE, 2: STORY, 3: NEUTRAL, 4: JUNK, 5: JUNK}
# A line takes the label of this share of its characters (L3S) or words (CleanEval), else mixed.
MAJORITY = 0.75
# CleanEval: a word aligns only inside a run of this many words, or when it is a whole line.
MIN_MATCH_RUN = 3
# A title line must share this token F1 with the gold headline.
TITLE_MATCH_F1 = 0.8

LabelOf = Callable[[etree._Element], str | None]


@dataclass
class PlainPage:
    """One page as plain text: its lines, each line's gold label, and the gold titles."""

    set_name: str  # "l3s", "cleaneval", "trafilatura_eval"
    page_id: str
    host: str
    lines: list[str]
    gold: list[str]  # per line: story, junk, title, neutral, mixed or ? (unknown)
    titles: list[str]  # gold headline texts (empty: title not scored on this page)
    title_source: str  # "human", "metadata" or ""

    @property
    def half(self) -> str:
        return site_half(self.host)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def site_half(host: str) -> str:
    """'tune' or 'test' for a site, fixed by a hash of its host (www. dropped)."""
    digest = hashlib.sha256(host.lower().removeprefix("www.").encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "test"


# --- rendering --------------------------------------------------------------------------------


@dataclass
class RenderedLine:
    text: str
    shares: Counter[str]  # label -> characters of the line carrying it


class _LineWriter:
    """Collects text runs into lines, collapsing whitespace as a browser does."""

    def __init__(self) -> None:
        self.lines: list[RenderedLine] = []
        self.parts: list[str] = []
        self.shares: Counter[str] = Counter()

    def write(self, text: str | None, label: str) -> None:
        if not text:
            return
        text = re.sub(r"\s+", " ", text)
        if not self.parts or self.parts[-1].endswith((" ", "\t")):
            text = text.lstrip(" ")
        if text:
            self.parts.append(text)
            self.shares[label] += len(text.replace(" ", ""))

    def cell(self, label: str) -> None:
        if self.parts and not self.parts[-1].endswith("\t"):
            self.parts.append("\t")

    def end_line(self) -> None:
        text = "".join(self.parts).strip()
        if text:
            self.lines.append(RenderedLine(text, self.shares))
        self.parts, self.shares = [], Counter()


def render_lines(root: etree._Element, label_of: LabelOf | None = None) -> list[RenderedLine]:
    """The page's visible text, one line per block element, each with its labels' shares."""
    writer = _LineWriter()
    stack: list[tuple[bool, str]] = []  # (skipped, label) of each open element
    for event, element in etree.iterwalk(root, events=("start", "end")):
        parent_skipped, parent_label = stack[-1] if stack else (False, UNKNOWN)
        if not isinstance(element.tag, str):  # comments, processing instructions
            if event == "end" and not parent_skipped:
                writer.write(element.tail, parent_label)
            continue
        tag = element.tag.lower()
        if event == "start":
            skipped = parent_skipped or tag in SKIPPED_TAGS or _hidden(element)
            label = (label_of(element) if label_of else None) or parent_label
            stack.append((skipped, label))
            if not skipped:
                _open(writer, tag, element, label)
            continue
        skipped, _ = stack.pop()
        if not skipped and tag in BLOCK_TAGS:
            writer.end_line()
        grand_skipped, grand_label = stack[-1] if stack else (False, UNKNOWN)
        if not grand_skipped:
            writer.write(element.tail, grand_label)
    writer.end_line()
    return writer.lines


def _open(writer: _LineWriter, tag: str, element: etree._Element, label: str) -> None:
    if tag in BLOCK_TAGS or tag == "br":
        writer.end_line()
    if tag in CELL_TAGS:
        writer.cell(label)
    writer.write(element.text, label)


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    if style and HIDDEN_STYLE.search(style):
        return True
    return "x-nc-invisible" in (element.get("class") or "")


def parse_page(data: bytes | str) -> etree._Element | None:
    text = decode_file(data) if isinstance(data, bytes) else data
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses str with an encoding declaration
    try:
        return lxml_html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


_PARSER = lxml_html.HTMLParser(huge_tree=True, remove_comments=False)


def majority(shares: Counter[str]) -> str:
    total = sum(shares.values())
    if not total:
        return UNKNOWN
    label, count = shares.most_common(1)[0]
    return label if count >= MAJORITY * total else MIXED


# --- L3S-GN1 ----------------------------------------------------------------------------------


def l3s_plain_pages() -> list[PlainPage]:
    folder = shared_dir() / "data" / "extraction" / "l3s-gn1"
    base = unpack(folder / "l3s-gn1.tar.xz", "l3s-gn1/eval.txt") / "l3s-gn1"
    base = base / "L3S-GN1-20100130203947-00001"
    hosts = _l3s_hosts(base / "url-mapping.txt")
    pages = []
    for path in sorted((base / "annotated").glob("*.html")):
        root = parse_page(path.read_bytes())
        if root is None:
            continue
        rendered = render_lines(root, _l3s_label)
        gold = [_l3s_line_label(line.shares) for line in rendered]
        titles = [line.text for line, label in zip(rendered, gold, strict=True) if label == TITLE]
        host = hosts.get(path.stem, path.stem)
        lines = [line.text for line in rendered]
        pages.append(PlainPage("l3s", path.stem, host, lines, gold, titles, "human"))
    return pages


def _l3s_hosts(mapping: Path) -> dict[str, str]:
    hosts = {}
    for row in mapping.read_text("utf-8", errors="replace").splitlines():
        urn, _, url = row.partition("\t")
        hosts[urn.strip("<>").removeprefix("urn:uuid:")] = urlparse(url.strip()).hostname or ""
    return hosts


def _l3s_label(element: etree._Element) -> str | None:
    match = L3S_CLASS.search(element.get("class") or "")
    return L3S_LABELS[int(match.group(1))] if match else None


def _l3s_line_label(shares: Counter[str]) -> str:
    # Text outside every annotation span is "not content".
    return majority(Counter({(JUNK if k == UNKNOWN else k): v for k, v in shares.items()}))


# --- CleanEval --------------------------------------------------------------------------------

TOKEN = re.compile(r"\w+")


def cleaneval_plain_pages() -> list[PlainPage]:
    pages = []
    for item in cleaneval_pages():
        root = parse_page(item.page)
        if root is None:
            continue
        lines = [line.text for line in render_lines(root)]
        gold = align_gold_text(lines, item.gold)
        host = urlparse(item.url).hostname or item.name
        titles = derived_titles(item.page, lines)
        source = "metadata" if titles else ""
        pages.append(PlainPage("cleaneval", item.name, host, lines, gold, titles, source))
    return pages


def align_gold_text(lines: list[str], gold_text: str) -> list[str]:
    """Per line: story when most of its words align (in order) with the gold text, junk when
    few do, mixed in between."""
    tokens: list[str] = []
    owner: list[int] = []
    for index, line in enumerate(lines):
        words = TOKEN.findall(line.casefold())
        tokens.extend(words)
        owner.extend([index] * len(words))
    gold_tokens = TOKEN.findall(gold_text.casefold())
    matcher = difflib.SequenceMatcher(None, tokens, gold_tokens, autojunk=False)
    matched = [0] * len(lines)
    for start, _, size in matcher.get_matching_blocks():
        whole_line = size > 0 and _covers_line(owner, start, size)
        if size >= MIN_MATCH_RUN or whole_line:
            for position in range(start, start + size):
                matched[owner[position]] += 1
    totals = Counter(owner)
    return [_aligned_label(matched[i], totals[i]) for i in range(len(lines))]


def _covers_line(owner: list[int], start: int, size: int) -> bool:
    line = owner[start]
    before = start == 0 or owner[start - 1] != line
    after = start + size == len(owner) or owner[start + size] != line
    return before and after and owner[start + size - 1] == line


def _aligned_label(matched: int, total: int) -> str:
    if not total:
        return UNKNOWN  # no words: punctuation or symbols only
    share = matched / total
    if share >= MAJORITY:
        return STORY
    return JUNK if share <= 1 - MAJORITY else MIXED


# --- trafilatura-eval -------------------------------------------------------------------------


def trafilatura_eval_plain_pages() -> list[PlainPage]:
    folder = shared_dir() / "data" / "extraction" / "trafilatura-eval"
    root_dir = unpack(folder / "trafilatura-eval-corpus.tar.xz", "tests/evaldata.json") / "tests"
    evaldata = json.loads((folder / "evaldata.json").read_text("utf-8"))
    pages = []
    for key in sorted(evaldata):
        item = evaldata[key]
        path = next(
            (p for d in ("cache", "eval") if (p := root_dir / d / item["file"]).is_file()), None
        )
        if path is None:
            continue
        data = path.read_bytes()
        root = parse_page(data)
        if root is None:
            continue
        lines = [line.text for line in render_lines(root)]
        gold = snippet_labels(lines, item["with"], item["without"])
        titles = derived_titles(data, lines)
        host = _eval_host(key)
        source = "metadata" if titles else ""
        pages.append(PlainPage("trafilatura_eval", item["file"], host, lines, gold, titles, source))
    return pages


def _eval_host(key: str) -> str:
    """The site of an evaldata key: a URL, or "hard::host-slug.html"."""
    if key.startswith("http"):
        return urlparse(key).hostname or key
    name = key.removeprefix("hard::").removesuffix(".html")
    return name.rsplit("-", 1)[0] if "-" in name else name


def snippet_labels(lines: list[str], with_: list[str], without: list[str]) -> list[str]:
    """Lines covered by a must-have snippet are story, by a must-not-have snippet junk; the
    rest are unknown (not scored)."""
    text, starts = _joined(lines)
    labels = [UNKNOWN] * len(lines)
    for snippets, label in ((without, JUNK), (with_, STORY)):
        for snippet in snippets:
            for index in _covered_lines(text, starts, squash(snippet)):
                labels[index] = label if labels[index] in (UNKNOWN, label) else MIXED
    return labels


def _joined(lines: list[str]) -> tuple[str, list[int]]:
    starts, parts, position = [], [], 0
    for line in lines:
        squashed = squash(line)
        starts.append(position)
        parts.append(squashed)
        position += len(squashed) + 1
    return " ".join(parts), starts


def _covered_lines(text: str, starts: list[int], snippet: str) -> Iterator[int]:
    if not snippet:
        return
    at = text.find(snippet)
    if at < 0:
        return
    end = at + len(snippet)
    for index, start in enumerate(starts):
        line_end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
        if start < end and line_end > at:
            yield index


# --- derived titles ---------------------------------------------------------------------------


def derived_titles(page: bytes, lines: list[str]) -> list[str]:
    """The page's metadata title, where one of its first lines says the same (else none)."""
    try:
        meta = extract_metadata(decode_file(page))
    except Exception:  # metadata readers trip on odd pages: no derived title then
        return []
    title = meta.title if meta is not None else None
    if not title:
        return []
    best = max(lines, key=lambda line: token_f1(line, title), default="")
    return [best] if best and token_f1(best, title) >= TITLE_MATCH_F1 else []


def token_f1(a: str, b: str) -> float:
    left, right = Counter(TOKEN.findall(a.casefold())), Counter(TOKEN.findall(b.casefold()))
    common = sum((left & right).values())
    if not common:
        return 0.0
    precision, recall = common / sum(left.values()), common / sum(right.values())
    return 2 * precision * recall / (precision + recall)


# --- all sets, cached -------------------------------------------------------------------------

LOADERS = {
    "l3s": l3s_plain_pages,
    "cleaneval": cleaneval_plain_pages,
    "trafilatura_eval": trafilatura_eval_plain_pages,
}


def plain_pages(set_name: str) -> list[PlainPage]:
    """A set's pages as plain text with gold, rendered once and cached outside the repo."""
    path = cache_dir() / "plaintext" / f"{set_name}-v{CACHE_VERSION}.json"
    if path.is_file():
        return [PlainPage(**row) for row in json.loads(path.read_text("utf-8"))]
    pages = LOADERS[set_name]()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([asdict(page) for page in pages]), "utf-8")
    return pages
