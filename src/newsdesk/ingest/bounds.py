"""A cheap look at an HTML page before anything parses it: too many elements, too deep, too
many attributes is refused, in time and memory bounded by the page's size.

A million `<p>` (3 MB) costs the cleaning minutes and gigabytes, and an element with 30,000
attributes costs libxml2 seconds per element (its duplicate-attribute check is quadratic).
Real pages stay far below the limits: of 3,072 news and web pages (trafilatura-eval, L3S-GN1,
CleanEval) none has more than 10,200 elements, 15,200 attributes or nesting beyond a few
dozen levels.

The scan reads tags the way the HTML tokenizer does (comments and the raw text of `<script>`,
`<style>` and the like are skipped; quotes count only after "="), and follows nesting with
HTML's implied end tags (a new `<li>` closes the open one, a block closes an open `<p>`, an
end tag with nothing open to close is ignored), which is also how libxml2 nests, so the
depth it measures is about the depth the parser will meet.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate, islice

from newsdesk.config import IngestSettings

VOID_TAGS = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
     "param", "source", "track", "wbr"]
)  # fmt: skip
RAW_TEXT_TAGS = frozenset(
    ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea",
     "title", "plaintext"]
)  # fmt: skip
_BLOCKS = frozenset(
    ["address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
     "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
     "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section",
     "summary", "table", "ul", "li", "dd", "dt"]
)  # fmt: skip
# Opening the key closes these when they are the current element (HTML's implied end tags).
_CLOSED_BY = {
    "li": frozenset({"li", "p"}),
    "dt": frozenset({"dt", "dd", "p"}),
    "dd": frozenset({"dt", "dd", "p"}),
    "tr": frozenset({"tr", "td", "th"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "option": frozenset({"option"}),
    "optgroup": frozenset({"optgroup", "option"}),
    "tbody": frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}),
    "thead": frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}),
    "tfoot": frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}),
}
_CLOSES_PARAGRAPH = frozenset({"p"})

# Possessive, so a tag never backtracks; quotes count only after "=", as in browsers.
_ATTRS = r"""(?:[^>"'=]++|=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+)|["'])*+"""
_RAW_TEXT_NAMES = "|".join(sorted(RAW_TEXT_TAGS - {"plaintext"}))
# One pass in C over the page: raw-text elements whole (their content is never markup), then
# comments, doctypes and processing instructions, then tags.
_MARKUP = re.compile(
    rf"<((?i:{_RAW_TEXT_NAMES}))(?=[\s/>])({_ATTRS})>(?:[^<]++|<(?!/(?i:\1)[\s/>]))*+"
    r"|<!--(?:[^-]++|-(?!->))*+(?:-->)?|<![^>]*+>?|<\?[^>]*+>?"
    rf"|<(/?)([A-Za-z][^\s/>]*+)({_ATTRS})>",
    re.S,
)
_ATTRIBUTE = re.compile(r"""[^\s"'>/=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+""")


@dataclass(frozen=True, slots=True)
class HtmlBounds:
    max_elements: int
    max_depth: int
    max_attributes: int  # in the whole page
    max_element_attributes: int  # on one element


def bounds_from(settings: IngestSettings) -> HtmlBounds:
    """The bounds the ingest settings name."""
    return HtmlBounds(
        max_elements=settings.max_html_elements,
        max_depth=settings.max_html_depth,
        max_attributes=settings.max_html_attributes,
        max_element_attributes=settings.max_element_attributes,
    )


def html_problem(html: str, bounds: HtmlBounds) -> str | None:
    """Why the page is too big to parse safely, in words; None when it is within bounds.

    Three passes in C clear the common page: fewer "<" than elements allowed, no tag with
    many attributes (so the page cannot hold more than a few hundred thousand in all), and a
    rough depth well under the bound. Only a page failing one of them is scanned tag by tag.
    """
    suspect = (
        html.count("<") > bounds.max_elements
        or _BUSY_TAG.search(html) is not None
        or _rough_depth(html) > bounds.max_depth // 2
    )
    return _scan(html, bounds) if suspect else None


_FEW_ATTRIBUTES = 100  # more on one element than real pages have (their most: ~50)
_BUSY_TAG = re.compile(
    r"<[A-Za-z][^\s/>]*+(?:[\s/]++[^\s>/=]++(?:\s*+=\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\s>]*+))?+)"
    rf"{{{_FEW_ATTRIBUTES}}}"
)
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*+)")
# Elements that do not nest deeper: void ones, and those closed by a sibling of their kind.
_FLAT = VOID_TAGS | frozenset(_CLOSED_BY) | {"p"}


def _rough_depth(html: str) -> int:
    """Opening tags minus closing ones, at their most (flat elements left out).

    Scripts and comments are not skipped (their "<div" count too: a rough depth errs high,
    and the exact scan then decides); an end tag with nothing open lowers it, which is how a
    crafted page could slip under it, to meet libxml2's own limit of 2,048 levels instead.
    """
    steps = [
        0 if name.lower() in _FLAT else (-1 if closing else 1)
        for closing, name in _TAG_NAME.findall(html)
    ]
    return max(accumulate(steps), default=0)


def _scan(html: str, bounds: HtmlBounds) -> str | None:
    """One pass over the page's tags, stopping at the first bound it breaks.

    Written as one loop with local names: it runs over every tag of every page ingested.
    """
    stack: list[str] = []
    is_open: Counter[str] = Counter()
    elements = attributes = 0
    for match in _MARKUP.finditer(html):
        raw_tag, raw_attributes, closing, tag, attribute_text = match.groups()
        if raw_tag is not None:
            tag, attribute_text = raw_tag, raw_attributes  # script, style, ...: one element
        elif tag is None:
            continue  # a comment, doctype or processing instruction
        tag = tag.lower()
        if closing:
            if is_open[tag] > 0:  # an end tag with nothing of its name open is ignored
                while (popped := stack.pop()) != tag:
                    is_open[popped] -= 1
                is_open[tag] -= 1
            continue
        elements += 1
        if len(attribute_text) < 2 * bounds.max_element_attributes:
            # cannot break the bound on its own: an upper estimate for the page's total
            count = attribute_text.count("=") + attribute_text.count(" ") + 1
        else:
            count = _attribute_count(attribute_text, bounds.max_element_attributes)
        attributes += count
        if elements > bounds.max_elements or count > bounds.max_element_attributes:
            return _too_many(tag, elements, count, bounds)
        if attributes > bounds.max_attributes:
            return f"HTML has over {bounds.max_attributes:,} attributes: too many to parse"
        if tag in VOID_TAGS or raw_tag is not None:
            continue
        closed = _CLOSED_BY.get(tag, _CLOSES_PARAGRAPH if tag in _BLOCKS else None)
        while closed and stack and stack[-1] in closed:
            is_open[stack.pop()] -= 1
        stack.append(tag)
        is_open[tag] += 1
        if len(stack) > bounds.max_depth:
            return (
                f"HTML nests elements over {bounds.max_depth:,} deep "
                "(more than a parser keeps): too deep to parse"
            )
    return None


def _too_many(tag: str, elements: int, count: int, bounds: HtmlBounds) -> str:
    if elements > bounds.max_elements:
        return f"HTML has over {bounds.max_elements:,} elements: too many to parse"
    return (
        f"HTML element <{tag}> has over {bounds.max_element_attributes:,} attributes: "
        "too many to parse"
    )


def _attribute_count(attributes: str, most: int) -> int:
    """How many attributes, counted up to one past `most` (a storm need not be counted out)."""
    return sum(1 for _ in islice(_ATTRIBUTE.finditer(attributes), most + 1))
