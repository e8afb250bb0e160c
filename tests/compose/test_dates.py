"""Date values in time order: weeks, months, years and ranges by the first day they cover."""

from __future__ import annotations

import pytest

from newsdesk.compose.dates import chronological_key, first_day


@pytest.mark.parametrize(
    ("value", "day"),
    [
        pytest.param("2026-03-12", "2026-03-12", id="day"),
        pytest.param("2026-W11", "2026-03-09", id="iso_week_from_its_monday"),
        pytest.param("2026-W1", "2025-12-29", id="week_one_may_start_in_december"),
        pytest.param("2026-03", "2026-03", id="month"),
        pytest.param("1921", "1921", id="year"),
        pytest.param("2026-03-10/2026-03-12", "2026-03-10", id="range_from_its_start"),
        pytest.param("2026-W11/2026-W12", "2026-03-09", id="range_of_weeks"),
        pytest.param("2026-W60", "2026-W60", id="a_week_no_year_has"),
        pytest.param(None, None, id="none"),
        pytest.param("", None, id="empty"),
    ],
)
def test_first_day(value: str | None, day: str | None) -> None:
    assert first_day(value) == day


def test_values_sort_in_time_order_the_longer_span_first_and_undated_last() -> None:
    values = [None, "2026-03-12", "2026-W11", "2026-03", "2026", "2026-03-09", "2025-12-31"]
    assert sorted(values, key=chronological_key) == [
        "2025-12-31",
        "2026",
        "2026-03",
        "2026-W11",
        "2026-03-09",
        "2026-03-12",
        None,
    ]
