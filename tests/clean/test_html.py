"""HTML blocks with exact raw offsets, main-text marking and page metadata."""

from __future__ import annotations

import html as html_lib
import re
import time

import pytest

from newsdesk.clean.blocks import Block
from newsdesk.clean.html import align_main_text, html_blocks, page_metadata
from newsdesk.config import CleanSettings

WITH_EXTRACTOR = CleanSettings(
    use_trafilatura=True,
    min_text_chars=40,
    offtopic_max_similarity=0.1,
    offtopic_max_run_share=1.25,
)
MARKUP_ONLY = CleanSettings(
    use_trafilatura=False,
    min_text_chars=40,
    offtopic_max_similarity=0.1,
    offtopic_max_run_share=1.25,
)

STORY = " ".join(
    f"<p>Paragraph {n} of the made-up story tells the council vote on the new bridge plan, "
    f"with the mayor and residents speaking at length about costs number {n}.</p>"
    for n in range(1, 7)
)
PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Bridge vote | Example Gazette</title>
<script>var s = "<p>not text</p>";</script><style>p {{ color: red }}</style></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li><li>Sport</li></ul></nav>
<article><h1>Council backs bridge</h1>{STORY[:600]}<h2>What comes next</h2>{STORY[600:]}
</article><footer><p>Copyright 2024 Example Gazette. All rights reserved.</p></footer>
<div hidden>Secret text</div><div style="display: none">Also hidden</div></body></html>"""


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def texts(blocks: list[Block]) -> list[str]:
    return [block.text for block in blocks]


def test_pieces_map_back_to_raw_text() -> None:
    page = (
        "<p>Fish &amp; chips\n   cost <b>&pound;5</b>&nbsp;today.</p>"
        "<div>x&lt;y &#233;t&#xE9;</div>"
    )
    for block in html_blocks(page, MARKUP_ONLY):
        for t_start, t_end, r_start, r_end in block.pieces:
            clean_piece = block.text[t_start:t_end]
            raw_piece = collapse(html_lib.unescape(page[r_start:r_end]))
            assert clean_piece == raw_piece
        assert block.start == block.pieces[0][2] and block.end == block.pieces[-1][3]


def test_entities_decoded_and_whitespace_collapsed() -> None:
    page = "<p>Fish &amp; chips\n   cost <b>&pound;5</b>&nbsp;today.</p>"
    assert texts(html_blocks(page, MARKUP_ONLY)) == ["Fish & chips cost £5 today."]


def test_plain_text_is_one_exact_piece() -> None:
    page = "<div><p>Plain words only.</p></div>"
    (block,) = html_blocks(page, MARKUP_ONLY)
    assert block.pieces == ((0, 17, 8, 25),)
    assert page[block.start : block.end] == "Plain words only."


def test_blocks_in_order_with_tags_and_no_invisible_text() -> None:
    page = (
        "<html><head><title>T</title><script>x = '<p>no</p>'</script></head><body>"
        "<h2>Head</h2><div>lead<p>inner</p>tail</div><ul><li>one<li>two</ul>"
        "<figure><figcaption>A caption</figcaption></figure>"
        "<table><tr><td>cell</td></tr></table><p>line one<br>line two</p>"
        "<template><p>t</p></template><noscript>enable js</noscript></body></html>"
    )
    blocks = html_blocks(page, MARKUP_ONLY)
    assert [(b.tag, b.text) for b in blocks] == [
        ("h2", "Head"),
        ("div", "lead"),
        ("p", "inner"),
        ("div", "tail"),
        ("li", "one"),
        ("li", "two"),
        ("figcaption", "A caption"),
        ("td", "cell"),
        ("p", "line one"),
        ("p", "line two"),
    ]


def test_hidden_elements_are_not_text() -> None:
    assert "Secret text" not in texts(html_blocks(PAGE, MARKUP_ONLY))
    assert "Also hidden" not in texts(html_blocks(PAGE, MARKUP_ONLY))


@pytest.mark.parametrize(
    "page",
    [
        "<p>Unclosed paragraph<p>Another <b>bold <i>mixed</b> up</i> text",
        "<div><p>Truncated in a tag <a href='x",
        "<p>Unclosed comment <!-- never ends <p>hidden",
        "</div></p>Stray closing tags<span>",
        "<head><title>No body tag</title><p>Text after an unclosed head</p>",
        "<p title=it's>Odd attribute quote</p>",
    ],
)
def test_broken_html_keeps_offsets(page: str) -> None:
    blocks = html_blocks(page, WITH_EXTRACTOR)
    assert blocks
    for block in blocks:
        for t_start, t_end, r_start, r_end in block.pieces:
            raw = collapse(page[r_start:r_end])
            assert block.text[t_start:t_end] == raw


def test_unclosed_head_does_not_hide_the_page() -> None:
    page = "<html><head><title>t</title><p>Visible text</p></html>"
    assert texts(html_blocks(page, MARKUP_ONLY)) == ["Visible text"]


def test_main_text_excludes_navigation_and_footer() -> None:
    blocks = html_blocks(PAGE, WITH_EXTRACTOR)
    main = {b.text for b in blocks if b.in_main}
    outside = {b.text for b in blocks if not b.in_main}
    assert {"Home", "World", "Sport"} <= outside
    assert "Copyright 2024 Example Gazette. All rights reserved." in outside
    assert sum(t.startswith("Paragraph") for t in main) == 6


def test_subheading_between_main_paragraphs_is_main() -> None:
    blocks = html_blocks(PAGE, WITH_EXTRACTOR)
    (heading,) = [b for b in blocks if b.text == "What comes next"]
    assert heading.in_main


def test_without_extractor_every_block_is_main() -> None:
    assert all(block.in_main for block in html_blocks(PAGE, MARKUP_ONLY))


def test_alignment_short_blocks_only_where_they_come_next() -> None:
    blocks = [
        Block(text, 0, 0) for text in ("World", "The long opening line of the story", "World")
    ]
    main_lines = ["The long opening line of the story", "World"]
    assert align_main_text(blocks, main_lines) == [False, True, True]


def test_alignment_accepts_a_partly_kept_block() -> None:
    long_block = "one two three four five six seven eight nine ten Read more"
    flags = align_main_text([Block(long_block, 0, 0)], ["one two three four five six seven eight"])
    assert flags == [True]


def test_big_page_is_fast() -> None:
    page = "<html><body>" + STORY * 400 + "<div><a>link</a></div>" * 2000 + "</body></html>"
    started = time.perf_counter()
    blocks = html_blocks(page, MARKUP_ONLY)
    assert len(blocks) == 6 * 400 + 2000
    assert time.perf_counter() - started < 1.0


def test_metadata_from_open_graph_and_html() -> None:
    page = """<html lang="de"><head><title>Ignored | Site</title>
    <meta property="og:title" content="Bridge approved">
    <meta property="og:site_name" content="Example Gazette">
    <meta property="article:published_time" content="2024-03-05T10:00:00Z">
    <link rel="canonical" href="https://example.org/news/bridge"></head><body><p>x</p></body></html>"""
    meta = page_metadata(page)
    assert meta.title == "Bridge approved"
    assert meta.outlet == "Example Gazette"
    assert meta.published == "2024-03-05"
    assert meta.language == "de"
    assert meta.url == "https://example.org/news/bridge"


def test_metadata_from_json_ld() -> None:
    page = """<html><head><script type="application/ld+json">{"@context": "https://schema.org",
    "@type": "NewsArticle", "headline": "Council backs the new bridge",
    "datePublished": "2023-11-02T08:00:00+01:00",
    "publisher": {"@type": "Organization", "name": "Gazette Media"}}</script></head>
    <body><p>text</p></body></html>"""
    meta = page_metadata(page)
    assert meta.title == "Council backs the new bridge"
    assert meta.outlet == "Gazette Media"
    assert meta.published == "2023-11-02"


def test_metadata_title_element_loses_site_suffix_and_time_gives_date() -> None:
    page = """<html><head><title>Council backs the new bridge | Example Gazette</title>
    <meta name="application-name" content="Gazette App"></head><body>
    <time datetime="2022-07-14">14 July</time><p>text</p></body></html>"""
    meta = page_metadata(page)
    assert meta.title == "Council backs the new bridge"
    assert meta.outlet == "Gazette App"
    assert meta.published == "2022-07-14"


def test_metadata_of_a_page_without_any() -> None:
    meta = page_metadata("<p>just text</p>")
    assert (meta.title, meta.outlet, meta.published, meta.url) == (None, None, None, None)


def test_metadata_title_falls_back_to_h1() -> None:
    assert page_metadata("<body><h1>Only a heading here</h1><p>x</p></body>").title == (
        "Only a heading here"
    )


@pytest.mark.parametrize(
    "text",
    [
        "plain words only",
        "  lead and trail  ",
        "tab\tand\nnewline single",
        "runs   of\n\n  spaces",
        "mixed &amp; entity\n  and   runs",
        "soft\xadhyphen  and words",
    ],
)
def test_plain_text_runs_read_as_word_by_word(text: str) -> None:
    """The fast reader of plain text nodes gives the blocks the token reader gives."""
    from newsdesk.clean import html as module

    page = f"<div>{text}<b> bold</b>{text}</div><p>{text}</p>"
    fast = module._PageReader(page).read()
    slow_reader = module._PageReader(page)
    slow_reader._plain_text = lambda start, end: _token_by_token(slow_reader, start, end)  # type: ignore[method-assign]
    assert fast == slow_reader.read()


def _token_by_token(reader: object, start: int, end: int) -> None:
    from newsdesk.clean import html as module

    assert isinstance(reader, module._PageReader)
    for text, raw_start, raw_end, is_space in module._text_tokens(reader.html, start, end):
        builder = reader.current or reader._start_block()
        if is_space:
            builder.add_space(raw_start, raw_end)
        else:
            builder.add_text(text, raw_start, raw_end)


def test_main_text_and_metadata_share_one_parse() -> None:
    from newsdesk.clean import html as module

    blocks = html_blocks(PAGE, WITH_EXTRACTOR)
    assert any(block.in_main for block in blocks)
    parsed = module._parse(PAGE)
    meta = page_metadata(PAGE)
    assert module._parse(PAGE) is parsed  # not parsed again
    assert meta.title == "Bridge vote" and meta.language == "en"


@pytest.mark.parametrize(
    "card",
    [
        '<span class="c-tooltip">Marit Ensdal, Lisvanian mediator <a href="/p">MORE</a></span>',
        '<span role="tooltip">Marit Ensdal, Lisvanian mediator MORE</span>',
        '<span class="person-hovercard"><b>Marit Ensdal</b> Lisvanian mediator MORE</span>',
        '<span class="popover-content">Marit Ensdal, Lisvanian mediator MORE</span>',
    ],
)
def test_a_hover_card_inside_a_sentence_is_not_text(card: str) -> None:
    page = f'<p>The mediator <a class="has-tooltip" href="/p">Marit Ensdal</a>{card} spoke.</p>'
    assert texts(html_blocks(page, MARKUP_ONLY)) == ["The mediator Marit Ensdal spoke."]


def test_anchor_text_ranges_are_kept_with_the_block() -> None:
    page = '<p>Talks resume. <a href="/s">Sign up for our newsletter</a> for more.</p>'
    (block,) = html_blocks(page, MARKUP_ONLY)
    assert [block.text[start:end] for start, end in block.links] == ["Sign up for our newsletter"]
    assert block.own_text() == "Talks resume. for more."
