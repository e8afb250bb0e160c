"""The brief as Markdown: hostile article text stays text once a Markdown renderer reads it,
every citation number points to a listed passage, every section the issue asks for is there."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from brief_builders import CALM, HOSTILE, hostile_story
from newsdesk.escape import without_control
from newsdesk.model import BriefLine, Citation
from newsdesk.render.markdown import brief_markdown, md

RENDERER = MarkdownIt("commonmark").enable("table")
SHOWN = " ".join(without_control(HOSTILE).split())  # the hostile text as a reader sees it


class Tags(HTMLParser):
    """The tags and attributes of rendered HTML, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(markup: str) -> Tags:
    tags = Tags()
    tags.feed(markup)
    return tags


@pytest.fixture
def rendered() -> str:
    brief, facts, articles = hostile_story()
    return brief_markdown(brief, facts, articles)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('<script>alert("x")</script>', id="script_tag"),
        pytest.param("[click](javascript:alert(1))", id="javascript_link"),
        pytest.param("![img](http://evil.example/x.png)", id="image"),
        pytest.param("`rm -rf /`", id="code_span"),
        pytest.param("*bold* and _it_ and ~~gone~~", id="emphasis"),
        pytest.param("&amp; &copy; &#60;b&#62;", id="entities"),
        pytest.param("<http://evil.example>", id="autolink"),
        pytest.param("# Heading", id="heading"),
        pytest.param("1. a list", id="ordered_list"),
        pytest.param("- a list", id="bullet_list"),
        pytest.param("> quoted", id="block_quote"),
        pytest.param("a \\* escaped \\\\ backslash", id="backslashes"),
        pytest.param("[ref]: http://evil.example", id="link_definition"),
        pytest.param("line one\nline two\n\n# after a blank line", id="newlines"),
        pytest.param("2) a list", id="ordered_list_parenthesis"),
        pytest.param("+ a list", id="plus_list"),
        pytest.param("--- a break", id="thematic_break"),
        pytest.param("a title #", id="heading_close"),
        pytest.param("see https://evil.example/x and www.evil.example", id="bare_links"),
        pytest.param("write to tips@evil.example", id="bare_email"),
        pytest.param("Bloomberg reported (AP). Talks - and more! {x}", id="plain_punctuation"),
    ],
)
def test_md_text_renders_as_itself(text: str) -> None:
    """Rendered by a CommonMark renderer, escaped text is one paragraph of the same words."""
    out = RENDERER.render(md(text))
    tags = parsed(out)
    assert [tag for tag, _ in tags.tags] == ["p"]
    assert html.unescape(re.sub(r"</?p>", "", out)).strip() == " ".join(text.split())


def test_md_breaks_what_gfm_would_link_by_itself_and_leaves_plain_punctuation() -> None:
    # GFM renderers link bare addresses (CommonMark, the renderer above, does not)
    assert md("https://evil.example www.evil.example a@evil.example") == (
        "https\\://evil.example www\\.evil.example a\\@evil.example"
    )
    assert md("Bloomberg reported (AP). Talks - and more!") == (
        "Bloomberg reported (AP). Talks - and more!"
    )


def test_md_removes_terminal_sequences() -> None:
    assert md("a \x1b]0;pwned\x07b \x1b[31mred\x1b[0m\x9b2J end") == "a b red end"


def test_hostile_article_text_is_never_markup(rendered: str) -> None:
    tags = parsed(RENDERER.render(rendered))
    found = {tag for tag, _ in tags.tags}
    assert found <= {"h1", "h2", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td"}
    text = "".join(tags.text)
    assert '<script>alert("x")</script>' in text
    assert "[click](javascript:alert(1))" in text


def test_no_control_characters_reach_the_markdown(rendered: str) -> None:
    assert rendered == without_control(rendered)


def rows_of(rendered: str, heading: str) -> list[list[str]]:
    """The cells of the table under `heading`, as a Markdown renderer reads them."""
    section = rendered.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    out = RENDERER.render(section)
    rows = re.findall(r"<tr>(.*?)</tr>", out, flags=re.S)
    return [
        [html.unescape(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
        for row in rows
    ]


def test_pipes_in_article_text_stay_inside_their_table_cell(rendered: str) -> None:
    head, *rows = rows_of(rendered, "Positions")
    assert head == ["Actor", "Issue", "Stance", "Dates", "Sources"]
    assert rows == [
        [
            "Kestria | <b>",
            "the [river](javascript:x) | border",
            "rejects (aimed at Orvenia <i>) (was: accepts)",
            "2026-03-11, 2026-03-12",
            "[1]",
        ]
    ]
    head, *rows = rows_of(rendered, "Coverage")
    assert len(head) == 9
    assert [row[:2] for row in rows] == [['Evil | Outlet <b>"', "wire"], ["The Ledger", "?"]]
    assert all(len(row) == 9 for row in rows)
    assert rows[0][6] == 'Evil | Outlet <b>", `Meridian`'


def test_every_citation_number_points_to_its_passage(rendered: str) -> None:
    sources = rendered.split("## Sources\n", 1)[1]
    listed = dict(re.findall(r"^(\d+)\. (.*)$", sources, flags=re.M))
    used = set(re.findall(r"\[(\d+)\]", rendered.split("## Sources\n", 1)[0]))
    assert used == set(listed) == {"1", "2", "3", "4"}
    markup = {n: RENDERER.renderInline(text) for n, text in listed.items()}
    assert all("<" not in m for m in markup.values())  # no tag: text only
    shown = {n: html.unescape(m) for n, m in markup.items()}
    assert shown["1"].startswith('Evil | Outlet <b>", “<i>Title</i> [x](y)”, 2026-03-12, ')
    assert shown["1"].endswith(f"article evil characters 0-{len(HOSTILE)}: “{SHOWN}”")
    assert shown["2"].endswith(f"article calm characters 0-{len(CALM)}: “{CALM}”")


def test_the_sections_the_issue_asks_for(rendered: str) -> None:
    headings = re.findall(r"^## (.*)$", rendered, flags=re.M)
    assert headings == [
        "What happened",
        "New since 2026-03-12",
        "Timeline",
        "Positions",
        "Contested",
        "Single-source",
        "Who carries what",
        "Quotes",
        "Coverage",
        "Flags",
        "Sources",
    ]
    assert "- Nothing new." in rendered


def test_contested_shows_both_sides_with_their_origins(rendered: str) -> None:
    line = rendered.split("## Contested\n\n", 1)[1].split("\n", 1)[0]
    text = html.unescape(RENDERER.renderInline(line))
    assert 'number (killed): <b>12</b> | x (Evil | Outlet <b>") [1] vs 14 (The Ledger) [2]' in text


def test_who_carries_what_lists_the_outlets_of_each_corroborated_fact(rendered: str) -> None:
    section = rendered.split("## Who carries what\n\n", 1)[1].split("\n\n", 1)[0]
    lines = [html.unescape(RENDERER.renderInline(x)) for x in section.splitlines()]
    assert len(lines) == 2  # "lone" has one origin
    assert lines[0] == f'- {SHOWN} — Evil | Outlet <b>", The Ledger [1][2]'


def test_a_brief_without_since_has_no_new_section() -> None:
    brief, facts, articles = hostile_story()
    out = brief_markdown(replace(brief, since=None), facts, articles)
    assert "New since" not in out
    assert out.startswith("# \\<script\\>document.title\\</script\\> \\`x\\` \\| y\n")


def test_a_flag_line_shows_every_fact_it_stands_for_other_lines_the_first_six() -> None:
    brief, facts, articles = hostile_story()
    many = tuple(Citation("calm", i, i + 3) for i in range(8))
    flags = (BriefLine("translation only (8 facts)", many, ()),)
    summary = (BriefLine(brief.summary[0].text, many, ()),)
    out = brief_markdown(replace(brief, flags=flags, summary=summary), facts, articles)
    flag_line = next(line for line in out.splitlines() if line.startswith("- translation only"))
    summary_line = next(line for line in out.splitlines() if "[1]" in line)
    assert flag_line.count("[") == 8
    assert summary_line.count("][") == 5


def test_each_disagreement_of_a_fact_is_shown_apart() -> None:
    brief, facts, articles = hostile_story()
    (disputed,) = [f for f in facts if f.conflicts]
    second = replace(disputed.conflicts[0], about="injured")
    facts = [replace(f, conflicts=(*f.conflicts, second)) if f.conflicts else f for f in facts]
    line = brief_markdown(brief, facts, articles).split("## Contested\n\n", 1)[1].split("\n")[0]
    assert "; number (injured): " in line and line.count("number (killed): ") == 1
