"""TF-IDF vectors of units: cosines one pair, many pairs and a block at a time agree."""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk.fuse.termvectors import TermVectors
from newsdesk.fuse.units import Unit


def unit(words: str, weights: tuple[float, ...] = ()) -> Unit:
    terms = tuple(words.split())
    return Unit("a", 0, 0, 1, words, "event", frozenset(), terms, weights=weights)


UNITS = [
    unit("strike kill twelve brodnitsa"),
    unit("shell kill twelve brodnitsa tuesday"),
    unit("talk open aldmoor wednesday"),
    unit("strike kill strike"),
    unit(""),
]


def test_rows_are_unit_length_and_a_row_meets_itself_at_one() -> None:
    vectors = TermVectors.of(UNITS)
    for row in range(4):
        assert vectors.dot(row, row) == pytest.approx(1.0)
    assert vectors.dot(4, 4) == 0.0  # a unit without terms meets nothing


def test_pairs_and_blocks_give_the_cosines_one_pair_gives() -> None:
    vectors = TermVectors.of(UNITS)
    rows = np.arange(len(UNITS))
    left, right = np.repeat(rows, len(rows)), np.tile(rows, len(rows))
    one_by_one = np.array([vectors.dot(int(a), int(b)) for a, b in zip(left, right, strict=True)])
    assert vectors.pair_dots(left, right) == pytest.approx(one_by_one)
    assert vectors.block(rows, rows).ravel() == pytest.approx(one_by_one)


def test_shared_words_make_reports_close_and_other_words_far() -> None:
    vectors = TermVectors.of(UNITS)
    assert vectors.dot(0, 1) > 0.4
    assert vectors.dot(0, 2) == 0.0


def test_a_word_every_report_uses_counts_less_than_a_rare_one() -> None:
    common = [unit("talk aldmoor"), unit("talk brodnitsa"), unit("talk kestria")]
    vectors = TermVectors.of(common)
    assert vectors.dot(0, 1) < 0.5


def test_a_background_word_counts_less() -> None:
    main = TermVectors.of([unit("strike kill"), unit("strike river")])
    behind = TermVectors.of([unit("strike kill", (0.5, 1.0)), unit("strike river", (0.5, 1.0))])
    assert behind.dot(0, 1) < main.dot(0, 1)
