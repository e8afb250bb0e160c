"""Charts as geometry: ISO date values, bars per day or week, a timeline on a date axis."""

from __future__ import annotations

from datetime import date

import pytest

from newsdesk.web.charts import TimelinePoint, activity_chart, date_span, timeline_chart


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2026-03-11", (date(2026, 3, 11), date(2026, 3, 11))),
        ("2026-03-11T08:00:00", (date(2026, 3, 11), date(2026, 3, 11))),
        ("2026-02", (date(2026, 2, 1), date(2026, 2, 28))),
        ("2026-12", (date(2026, 12, 1), date(2026, 12, 31))),
        ("2026", (date(2026, 1, 1), date(2026, 12, 31))),
        ("2026-W11", (date(2026, 3, 9), date(2026, 3, 15))),
        ("2026-03-10/2026-03-12", (date(2026, 3, 10), date(2026, 3, 12))),
    ],
)
def test_date_span_of_each_iso_shape(value: str, span: tuple[date, date]) -> None:
    assert date_span(value) == span


@pytest.mark.parametrize("value", [None, "", "yesterday", "2026-02-31", "2026-03-12/2026-03-01"])
def test_what_is_not_a_date_has_no_span(value: str | None) -> None:
    assert date_span(value) is None


def test_activity_counts_articles_per_day_with_gaps() -> None:
    chart = activity_chart(["2026-03-11", "2026-03-11", "2026-03-13", None, "soon"])
    assert chart is not None
    assert [b.label for b in chart.bars] == ["2026-03-11: 2 articles", "2026-03-13: 1 article"]
    tallest, shorter = chart.bars
    assert tallest.height == 2 * shorter.height
    assert tallest.y + tallest.height == pytest.approx(chart.baseline)
    assert chart.bars[1].x > chart.width / 2  # the 13th is the last of three days
    assert "3 articles per day" in chart.caption


def test_activity_over_long_spans_counts_by_week() -> None:
    chart = activity_chart(["2026-01-05", "2026-01-06", "2026-06-01"])
    assert chart is not None
    assert chart.bars[0].label == "week of 2026-01-05: 2 articles"
    assert "per week" in chart.caption


def test_activity_without_dates_is_no_chart() -> None:
    assert activity_chart([None, "undated"]) is None


def test_timeline_places_dots_and_ranges_in_date_order() -> None:
    points = [
        TimelinePoint("2026-03-01", "talks open", "/a#c-1-2"),
        TimelinePoint("2026-03-05/2026-03-10", "ceasefire", None),
        TimelinePoint("later", "not placed"),
    ]
    chart = timeline_chart(points, width=500)
    assert chart is not None
    first, ranged = chart.dots
    assert first.x < ranged.x < ranged.x2 <= 500
    assert first.href == "/a#c-1-2"
    assert chart.left_off == 1
    assert chart.ticks[0].label == "2026-03-01" and chart.ticks[-1].label == "2026-03-10"


def test_timeline_of_one_day_has_one_tick() -> None:
    chart = timeline_chart([TimelinePoint("2026-03-01", "a"), TimelinePoint("2026-03-01", "b")])
    assert chart is not None
    assert len(chart.ticks) == 1
    assert chart.dots[0].y != chart.dots[1].y  # same day, different rows
