"""Coverage: copies counted apart, origins pooled once, unknown outlets kept apart."""

from __future__ import annotations

from newsdesk.group.coverage import ArticleCoverage, coverage


def test_copies_add_no_outlet_or_origin_and_origins_are_pooled() -> None:
    facts = {
        "a": ArticleCoverage("Daily Planet", "2026-03-12", None, ("Bloomberg", "Daily Planet")),
        "b": ArticleCoverage("The Ledger", "2026-03-11T08:00:00", None, ("Bloomberg",)),
        "c": ArticleCoverage("Copycat", "2026-03-13", "a", ("Bloomberg", "Copycat")),
    }
    found = coverage("story-1", ["a", "b", "c"], facts)
    assert (found.articles, found.copies) == (3, 1)
    assert set(found.outlets) == {"Daily Planet", "The Ledger"}
    assert found.origins[0] == "Bloomberg"  # cited by two articles: one origin, listed first
    assert set(found.origins) == {"Bloomberg", "Daily Planet"}
    assert (found.first, found.last) == ("2026-03-11", "2026-03-13")


def test_spellings_of_one_origin_fold_and_unknown_outlets_stay_apart() -> None:
    facts = {
        # group/sources.py names an unknown outlet's own reporting after its article
        "a" * 16: ArticleCoverage(
            None, None, None, ("own reporting (aaaaaaaaaaaa)", "The Meridian Wire")
        ),
        "b" * 16: ArticleCoverage(
            None, None, None, ("own reporting (bbbbbbbbbbbb)", "Meridian Wire")
        ),
    }
    found = coverage("event-1", list(facts), facts)
    assert len(found.origins) == 3  # one wire, two unknown outlets' own reporting
    assert sum(o.startswith("own reporting (") for o in found.origins) == 2
    assert (found.first, found.last, found.outlets) == (None, None, ())
