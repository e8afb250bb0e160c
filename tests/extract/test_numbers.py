"""Quantities from hand-built parses (no trained model)."""

from __future__ import annotations

from tests.extract.test_claims import Row, build

from newsdesk.extract.numbers import find_quantities
from newsdesk.parse import ParsedArticle


def test_killed_at_least_twelve_people_counts_the_killed() -> None:
    rows: list[Row] = [
        ("Strikes", "strike", "NOUN", "nsubj", 1),
        ("killed", "kill", "VERB", "ROOT", 1),
        ("at", "at", "ADP", "advmod", 3),
        ("least", "least", "ADJ", "advmod", 4),
        ("twelve", "twelve", "NUM", "nummod", 5),
        ("people", "people", "NOUN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("wounded", "wound", "VERB", "conj", 1),
        ("90", "90", "NUM", "dobj", 7),
        ("in", "in", "ADP", "prep", 7),
        ("2024", "2024", "NUM", "pobj", 9),
    ]
    text, annotation = build(rows)
    found = [
        (q.text, q.value, q.qualifier, q.counted)
        for q in find_quantities("a", ParsedArticle(text, annotation))
    ]
    assert found == [("twelve", 12.0, "at least", "killed"), ("90", 90.0, "exact", "wounded")]


def test_a_rate_keeps_what_and_per_what() -> None:
    rows: list[Row] = [
        ("5,000", "5,000", "NUM", "nummod", 1),
        ("soldiers", "soldier", "NOUN", "nsubj", 5),
        ("a", "a", "DET", "det", 3),
        ("week", "week", "NOUN", "npadvmod", 1),
        ("are", "be", "AUX", "aux", 5),
        ("dying", "die", "VERB", "ROOT", 5),
    ]
    text, annotation = build(rows)
    (quantity,) = find_quantities("a", ParsedArticle(text, annotation))
    assert (quantity.value, quantity.counted) == (5000.0, "soldiers dead per week")
    assert text[quantity.counted_start : quantity.counted_end] == "soldiers a week are dying"
