"""Numbered citations (one number per cited span, in order of first use, with its passage) and
which outlets carry each corroborated fact."""

from __future__ import annotations

from brief_builders import article, evidence, fact
from newsdesk.model import Brief, Citation, OutletCoverage, TimelineEntry
from newsdesk.render.citations import Sources, carried_by, overview, when

TEXT = "Talks opened in Aldmoor on Wednesday. The strike killed at least 12 people."


def sources() -> Sources:
    return Sources({"a1": article("a1", TEXT, "The Ledger", "2026-03-11", "Talks open")})


def test_numbers_follow_first_use_and_a_span_keeps_its_number() -> None:
    found = sources()
    second, first = Citation("a1", 38, 75), Citation("a1", 0, 37)
    assert [found.number(c) for c in (second, first, second, first)] == [1, 2, 1, 2]
    assert found.numbered() == [(1, second), (2, first)]


def test_passage_anchor_and_label() -> None:
    found = sources()
    citation = Citation("a1", 0, 37)
    assert found.passage(citation) == "Talks opened in Aldmoor on Wednesday."
    assert found.anchor(citation) == "c-a1-0-37"
    assert found.label(citation) == "The Ledger, “Talks open”, 2026-03-11"


def test_an_article_not_given_is_named_by_its_id_with_no_passage() -> None:
    found = sources()
    missing = Citation("gone", 3, 9)
    assert (found.label(missing), found.passage(missing)) == ("gone", "")


def test_an_article_without_metadata_says_so() -> None:
    found = Sources({"a2": article("a2", TEXT, None, None, None)})
    assert found.label(Citation("a2", 0, 5)) == "unknown outlet, “(no title)”, undated"


def test_markdown_list_escapes_label_and_passage_with_the_given_function() -> None:
    found = sources()
    found.number(Citation("a1", 0, 37))
    (line,) = found.markdown_list(str.upper)
    assert line == (
        "1. THE LEDGER, “TALKS OPEN”, 2026-03-11, article a1 characters 0-37: "
        "“TALKS OPENED IN ALDMOOR ON WEDNESDAY.”"
    )


def test_carried_by_lists_outlets_of_facts_with_two_origins_most_carried_first() -> None:
    a1 = article("a1", TEXT, "The Ledger")
    a2 = article("a2", TEXT, "Meridian Wire")
    one = fact("one", [evidence(a1, "Talks opened"), evidence(a2, "Talks opened")])
    both = fact("both", [evidence(a1, "The strike"), evidence(a2, "The strike")])
    lone = fact("lone", [evidence(a1, "The strike")])
    rows = (
        OutletCoverage("The Ledger", None, ("a1",), ("one", "both", "lone"), (), 0, (), 0, 0),
        OutletCoverage("Meridian Wire", "wire", ("a2",), ("both",), ("one",), 0, (), 0, 0),
        OutletCoverage("Glas Orvena", None, ("a3",), ("both", "unknown"), ("one",), 0, (), 0, 0),
    )
    brief = Brief("s", "t", (), coverage=rows)
    facts = {f.id: f for f in (one, both, lone)}
    assert carried_by(brief, facts) == [
        ("both", ["The Ledger", "Meridian Wire", "Glas Orvena"]),
        ("one", ["The Ledger"]),
    ]


def test_the_overview_counts_every_outlet_of_the_story_not_only_the_cited_ones() -> None:
    rows = (
        OutletCoverage("The Ledger", None, ("a1",), (), (), 0, (), 0, 0),
        OutletCoverage("Meridian Wire", "wire", ("a2", "a3"), (), (), 0, (), 0, 0),
        OutletCoverage("unknown outlet (a4)", None, ("a4",), (), (), 0, (), 0, 0),
    )
    brief = Brief("s", "t", (), coverage=rows, articles=4, first="2026-03-11", last="2026-03-12")
    cited = {"a1": article("a1", TEXT, "The Ledger")}
    assert overview(brief, cited) == (
        "4 articles from 2 outlets (1 article of unknown outlet), 2026-03-11 to 2026-03-12."
    )
    one = Brief("s", "t", (), articles=1, first="2026-03-11", last="2026-03-11")
    assert overview(one, cited) == "1 article from 1 outlet, 2026-03-11."
    assert overview(Brief("s", "t", ()), {}) == "0 articles from 0 outlets, undated."


def test_a_date_an_undated_report_gives_by_its_own_day_says_so() -> None:
    relative = TimelineEntry("yesterday", "relative", "They met yesterday.", (), ("a1",))
    dated = TimelineEntry("2026-03-11", "day", "They met.", (), ("a1",))
    assert when(relative) == "yesterday (undated report)"
    assert when(dated) == "2026-03-11"
