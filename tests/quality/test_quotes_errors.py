"""The error classes bench/quotes_errors.py counts, on hand-built units: why a gold unit was
missed and where a matched one's words differ."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def errors() -> ModuleType:
    sys.path.insert(0, str(BENCH))  # quotes_errors imports quotes_eval beside it
    try:
        return importlib.import_module("quotes_errors")
    finally:
        sys.path.remove(str(BENCH))


def unit(errors: ModuleType, start: int, end: int) -> object:
    return errors.Unit(frozenset(range(start, end)))


def test_a_gold_unit_nothing_overlaps_is_nothing_found(errors: ModuleType) -> None:
    kind, best = errors.missed_kind(unit(errors, 0, 10), [unit(errors, 20, 30)], set())
    assert (kind, best) == ("nothing found", None)


def test_a_prediction_holding_the_gold_unit_and_much_more_is_too_long(errors: ModuleType) -> None:
    ours = unit(errors, 0, 30)
    assert errors.missed_kind(unit(errors, 0, 10), [ours], set()) == ("ours too long", ours)
    taken = {id(ours)}
    kind, _ = errors.missed_kind(unit(errors, 0, 10), [ours], taken)
    assert kind == "ours too long, matched elsewhere"


def test_a_prediction_inside_a_much_longer_gold_unit_is_too_short(errors: ModuleType) -> None:
    kind, _ = errors.missed_kind(unit(errors, 0, 30), [unit(errors, 5, 12)], set())
    assert kind == "ours too short"


def test_where_matched_words_differ(errors: ModuleType) -> None:
    text = "But he said the talks will go on, he said, until Friday."
    gold = errors.Unit(frozenset(range(0, 32)))  # "But he said the talks will go on"
    ours = errors.Unit(frozenset(range(12, 55)))  # "the talks ... until Friday"
    assert errors.places(text, gold, ours) == ("gold starts earlier", "ours ends later")
    inside = errors.Unit(frozenset(range(0, 32)) - frozenset(range(4, 7)))
    assert errors.places(text, gold, inside) == ("only inside",)


def test_runs_show_pieces_apart(errors: ModuleType) -> None:
    text = "one two three"
    assert errors.runs(text, frozenset({0, 1, 2, 8, 9, 10, 11, 12})) == "one | three"
