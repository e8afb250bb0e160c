"""HTML bounds: hostile pages refused quickly, with the bound named; real shapes pass."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsdesk.ingest.bounds import HtmlBounds, html_problem

BOUNDS = HtmlBounds(max_elements=5_000, max_depth=300, max_attributes=20_000,
                    max_element_attributes=200)  # fmt: skip
PARAGRAPH = "<p>The delegations met again in Istanbul on Friday, officials said.</p>\n"
Ingest = Callable[..., Any]


@pytest.mark.parametrize(
    ("name", "html", "problem"),
    [
        ("p", "<p>x</p>" * 6_000, "over 5,000 elements"),
        ("br", "<br>" * 6_000, "over 5,000 elements"),
        ("span", "<span>x</span>" * 6_000, "over 5,000 elements"),
        ("li", "<li>x" * 6_000, "over 5,000 elements"),
        ("td", "<td>x" * 6_000, "over 5,000 elements"),
        ("a", '<a href="/x">x</a>' * 6_000, "over 5,000 elements"),
        ("storm", "<div " + " ".join(f"a{i}=1" for i in range(300)) + ">x</div>", "over 200 at"),
        ("bare storm", "<div" + " a" * 300 + ">x</div>", "has over 200 attributes"),
        ("quoted <", "<div " + " ".join(f'a{i}="<b>"' for i in range(300)) + ">", "over 200"),
        ("spread storm", ("<i " + " a=1" * 150 + ">") * 200, "over 20,000 attributes"),
        ("div nest", "<div>" * 400 + PARAGRAPH, "over 300 deep"),
        ("font nest", "<font>" * 400 + PARAGRAPH, "over 300 deep"),
    ],
)
def test_hostile_page_is_refused_naming_the_bound(name: str, html: str, problem: str) -> None:
    assert problem in (html_problem(html, BOUNDS) or "")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body>" + PARAGRAPH * 50 + "</body></html>",
        "<div>" * 250 + PARAGRAPH + "</div>" * 250,  # deep but within the bound
        "<p>x" * 4_000,  # unclosed paragraphs close each other: depth 1
        "<ul>" + "<li>item" * 4_000 + "</ul>",
        "<table>" + "<tr><td>a<td>b" * 1_000 + "</table>",
        "<div>" * 250 + "</span>" * 500 + "</div>" * 250,  # stray end tags are ignored
        "<script>" + "if (a<b) { x = '<div>'; }" * 1_000 + "</script>" + PARAGRAPH,
        "<!-- " + "<div>" * 1_000 + " -->" + PARAGRAPH,
    ],
)
def test_pages_within_bounds_pass(html: str) -> None:
    assert html_problem(html, BOUNDS) is None


def test_closing_tags_end_what_they_close() -> None:
    html = ("<div><section><p>x</p></section></div>" * 1_000)[:-6]
    assert html_problem(html, BOUNDS) is None


def test_a_million_elements_are_refused_fast() -> None:
    html = "<p>x</p>" * 1_000_000
    started = time.perf_counter()
    problem = html_problem(html, HtmlBounds(50_000, 1_500, 200_000, 1_000))
    assert problem is not None and "over 50,000 elements" in problem
    assert time.perf_counter() - started < 2.0  # stops at the bound, not at the end


def test_ingest_refuses_an_html_file_past_the_bounds(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "storm.html"
    path.write_text("<html><body>" + "<span>x</span>" * 60_000 + "</body></html>", "utf-8")
    rejection = ingest([str(path)]).only_rejection()
    assert rejection.source == str(path)
    assert rejection.reason == "HTML has over 50,000 elements: too many to parse"


def test_ingest_bounds_html_from_json_records_too(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text('{"html": "' + "<br>" * 60_000 + '"}\n{"text": "Fine."}\n', "utf-8")
    results = ingest([str(path)])
    assert [r.reason for r in results.rejections] == [
        "HTML has over 50,000 elements: too many to parse"
    ]
    assert [d.text for d in results.documents] == ["Fine."]


def test_plain_text_is_never_measured_as_html(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("a < b and c < d " * 40_000, "utf-8")
    assert ingest([str(path)]).only_document().text.startswith("a < b")
