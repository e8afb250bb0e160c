"""Grouping variants of one quote across articles."""

from __future__ import annotations

from newsdesk.group.quote_groups import group_quotes
from newsdesk.model import Quote


def quote(text: str, speaker: str | None) -> Quote:
    return Quote("a", 0, len(text), text, True, speaker)


def test_variants_of_one_quote_share_a_group() -> None:
    quotes = [
        quote("We are ready to reach an agreement, but some points need fine-tuning", "Lavrov"),
        quote("we are ready to reach an agreement but some points need fine tuning.", "Lavrov"),
        quote("Vladimir, STOP!", "Trump"),
        quote("I am not happy with the Russian strikes on KYIV. Vladimir, STOP!", "Trump"),
        quote("We are ready to reach an agreement, but some points need fine-tuning", "Rubio"),
    ]
    assert group_quotes(quotes) == [0, 0, 1, 1, 2]


def test_grouping_nothing() -> None:
    assert group_quotes([]) == []


def test_grouping_finds_a_part_among_many_unrelated_quotes() -> None:
    unrelated = [quote(f"number {i} is not like any other quote here {i}", None) for i in range(60)]
    full = quote("The convoluted delegate system runs the risk of disenfranchising voters", "Trump")
    part = quote("runs the risk of disenfranchising voters", "Donald Trump")
    groups = group_quotes([full, *unrelated, part])
    assert groups[0] == groups[-1]
    assert len(set(groups)) == 61
