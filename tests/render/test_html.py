"""The brief as one HTML file: self-contained, readable without script, hostile article text
escaped, every citation a link to the passage it cites."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

import pytest

from brief_builders import CALM, HOSTILE, hostile_story
from newsdesk.escape import without_control
from newsdesk.model import Article, BriefLine, Citation
from newsdesk.render.html import brief_html

SHOWN = without_control(HOSTILE)  # the hostile text as the page shows it


class Page(HTMLParser):
    """Every tag with its attributes, the text, and the text of each element with an id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.by_id: dict[str, list[str]] = {}
        self._open: list[tuple[str, str | None]] = []  # (tag, id) of the open elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if tag == "li":  # list items are closed implicitly in this page: close the last
            self._close("li")
        if tag not in {"meta", "br"}:
            self._open.append((tag, found.get("id")))
        if found.get("id"):
            self.by_id[found["id"] or ""] = []

    def handle_endtag(self, tag: str) -> None:
        self._close(tag)

    def _close(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                return

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for _, element_id in self._open:
            if element_id:
                self.by_id[element_id].append(data)


def parse(markup: str) -> Page:
    page = Page()
    page.feed(markup)
    page.close()
    return page


@pytest.fixture
def story() -> tuple[str, dict[str, Article]]:
    brief, facts, articles = hostile_story()
    return brief_html(brief, facts, articles), articles


def test_the_page_is_self_contained_and_needs_no_script(
    story: tuple[str, dict[str, Article]],
) -> None:
    markup, _ = story
    page = parse(markup)
    names = {tag for tag, _ in page.tags}
    assert not names & {"script", "img", "link", "iframe", "object", "embed", "base", "form"}
    assert all("src" not in attrs for _, attrs in page.tags)
    hrefs = [attrs["href"] or "" for tag, attrs in page.tags if "href" in attrs]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert "@import" not in markup and "url(" not in markup
    assert markup.startswith("<!doctype html>") and "<meta charset=utf-8>" in markup


def test_hostile_article_text_is_shown_as_text(story: tuple[str, dict[str, Article]]) -> None:
    markup, _ = story
    page = parse(markup)
    assert {tag for tag, _ in page.tags} <= {
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "ul", "ol", "li",
        "sup", "a", "blockquote", "table", "tr", "th", "td", "span", "b",
    }  # fmt: skip
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    text = "".join(page.text)
    assert SHOWN in text  # whole, "<script>" and all, as characters
    assert "<script>document.title</script> `x` | y" in text
    assert "Kestria | <b>" in text and "the [river](javascript:x) | border" in text


def test_no_control_characters_reach_the_page(story: tuple[str, dict[str, Article]]) -> None:
    markup, _ = story
    assert markup == without_control(markup)


def test_every_citation_links_to_the_passage_it_cites(
    story: tuple[str, dict[str, Article]],
) -> None:
    markup, articles = story
    page = parse(markup)
    targets = [attrs["href"] or "" for tag, attrs in page.tags if tag == "a"]
    assert len(set(targets)) == 4
    for target in set(targets):
        _, article_id, start, end = target[1:].rsplit("-", 3)
        passage = articles[article_id].text[int(start) : int(end)]
        assert without_control(passage) in "".join(page.by_id[target[1:]])


def test_each_section_the_issue_asks_for(story: tuple[str, dict[str, Article]]) -> None:
    markup, _ = story
    page = parse(markup)
    headings = [page.text[i] for i, _ in enumerate(page.text)]
    for heading in (
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
    ):
        assert heading in headings
    assert "Nothing new." in headings
    assert "rejects (aimed at Orvenia <i>) (was: accepts)" in headings


def test_contested_shows_both_sides(story: tuple[str, dict[str, Article]]) -> None:
    markup, _ = story
    text = "".join(parse(markup).text)
    assert 'number (killed): <b>12</b> | x (Evil | Outlet <b>")[1]' in text
    assert "number (killed): 14 (The Ledger)[2]" in text


def test_no_new_section_without_since() -> None:
    brief, facts, articles = hostile_story()
    page = parse(brief_html(replace(brief, since=None), facts, articles))
    assert not any(t.startswith("New since") for t in page.text)


def test_a_citation_of_an_article_not_given_is_still_a_link_with_its_id() -> None:
    brief, facts, articles = hostile_story()
    page = parse(brief_html(brief, facts, {"calm": articles["calm"]}))
    assert any(t.startswith("evil") for t in page.text)  # the source named by its id
    assert CALM in "".join(page.text)


def test_a_flag_line_links_every_fact_it_stands_for() -> None:
    brief, facts, articles = hostile_story()
    many = tuple(Citation("calm", i, i + 3) for i in range(8))
    flags = (BriefLine("translation only (8 facts)", many, ()),)
    page = brief_html(replace(brief, flags=flags), facts, articles)
    flag_item = next(item for item in page.split("<li>") if item.startswith("translation only"))
    assert flag_item.count('<a href="#c-calm-') == 8
