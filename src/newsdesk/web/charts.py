"""Charts as geometry: bars and dots with coordinates, drawn as SVG by the templates.

Server-side and script-free, so a chart needs no JavaScript library and the Content-Security-
Policy stays strict. This module only computes where things go (in SVG user units, the
`viewBox` scales them to the page); `templates/_charts.html` prints the elements, escaping
every label.

Dates are the ISO values the model uses: "2026-03-11", "2026-03", "2026", "2026-W11", or a
range "START/END"; a value that is none of these is left off the chart (and said so).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
LONGEST_DAILY_SPAN = 62  # days; longer spans are counted by week so bars stay visible


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str  # the tooltip: "2026-03-12: 4 articles"


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class BarChart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    caption: str  # what the chart shows, for screen readers and the <title>
    baseline: float  # the y of the axis line


@dataclass(frozen=True, slots=True)
class Dot:
    x: float
    x2: float  # the end of a range; == x for a single date
    y: float
    number: int  # its number in the list under the chart
    label: str
    href: str | None


@dataclass(frozen=True, slots=True)
class TimelineChart:
    width: int
    height: int
    dots: tuple[Dot, ...]
    ticks: tuple[Tick, ...]
    caption: str
    baseline: float
    left_off: int  # entries whose date could not be placed


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """An entry to place: its ISO date value, a label and where its number links to."""

    value: str | None
    label: str
    href: str | None = None


def date_span(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date value covers; None when it is not a date."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = date_span(first), date_span(last)
        return (start[0], end[1]) if start and end and start[0] <= end[1] else None
    try:
        return _span_of(value.strip())
    except ValueError:  # a well-shaped but impossible date ("2026-02-31")
        return None


def _span_of(value: str) -> tuple[date, date] | None:
    if match := _DAY.match(value):
        day = date(*map(int, match.groups()))
        return day, day
    if match := _MONTH.match(value):
        year, month = map(int, match.groups())
        first = date(year, month, 1)
        following = date(year + month // 12, month % 12 + 1, 1)
        return first, following - timedelta(days=1)
    if match := _YEAR.match(value):
        year = int(match.group(1))
        return date(year, 1, 1), date(year, 12, 31)
    if match := _WEEK.match(value):
        monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        return monday, monday + timedelta(days=6)
    return None


def activity_chart(
    dates: Sequence[str | None], *, width: int = 160, height: int = 36, noun: str = "article"
) -> BarChart | None:
    """Bars of how many items (articles) fall on each day (each week over long spans)."""
    days = [span[0] for span in map(date_span, dates) if span]
    if not days:
        return None
    first, last = min(days), max(days)
    weekly = (last - first).days + 1 > LONGEST_DAILY_SPAN
    counts = Counter(_bucket(d, weekly) for d in days)
    buckets = _buckets(_bucket(first, weekly), _bucket(last, weekly), weekly)
    top = max(counts.values())
    axis = height - 10.0
    step = width / len(buckets)
    bars = tuple(
        Bar(
            x=round(i * step + step * 0.1, 2),
            y=round(axis - counts[b] / top * (axis - 2), 2),
            width=round(step * 0.8, 2),
            height=round(counts[b] / top * (axis - 2), 2),
            label=f"{_bucket_name(b, weekly)}: {_count(counts[b], noun)}",
        )
        for i, b in enumerate(buckets)
        if counts[b]
    )
    ticks = (Tick(0, first.isoformat()), Tick(width, last.isoformat()))
    unit = "week" if weekly else "day"
    caption = f"{_count(len(days), noun)} per {unit}, {first.isoformat()} to {last.isoformat()}"
    return BarChart(width, height, bars, ticks, caption, axis)


def _bucket(day: date, weekly: bool) -> date:
    return day - timedelta(days=day.weekday()) if weekly else day


def _buckets(first: date, last: date, weekly: bool) -> list[date]:
    step = timedelta(days=7 if weekly else 1)
    found, current = [], first
    while current <= last:
        found.append(current)
        current += step
    return found


def _bucket_name(bucket: date, weekly: bool) -> str:
    return f"week of {bucket.isoformat()}" if weekly else bucket.isoformat()


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def timeline_chart(
    points: Sequence[TimelinePoint], *, width: int = 720, row_height: int = 14
) -> TimelineChart | None:
    """Numbered dots (a bar for a range) on a date axis, one row per entry up to a few rows,
    so entries on the same day do not hide each other."""
    placed = [(p, span) for p in points if (span := date_span(p.value))]
    if not placed:
        return None
    first = min(span[0] for _, span in placed)
    last = max(span[1] for _, span in placed)
    days = max((last - first).days, 1)
    margin, rows = 12.0, min(len(placed), 6)
    usable = width - 2 * margin
    dots = tuple(
        Dot(
            x=round(margin + (span[0] - first).days / days * usable, 2),
            x2=round(margin + (span[1] - first).days / days * usable, 2),
            y=8.0 + (number - 1) % rows * row_height,
            number=number,
            label=f"{number}. {point.value}: {point.label}",
            href=point.href,
        )
        for number, (point, span) in enumerate(placed, start=1)
    )
    baseline = 8.0 + rows * row_height
    ticks = _date_ticks(first, last, margin, usable)
    caption = f"{len(placed)} dated entries, {first.isoformat()} to {last.isoformat()}"
    return TimelineChart(
        width, int(baseline + 18), dots, ticks, caption, baseline, len(points) - len(placed)
    )


def _date_ticks(first: date, last: date, margin: float, usable: float) -> tuple[Tick, ...]:
    """Up to five evenly spaced dates under the axis, ends included."""
    days = (last - first).days
    if days == 0:
        return (Tick(margin, first.isoformat()),)
    count = min(days, 4)
    return tuple(
        Tick(
            round(margin + i / count * usable, 2),
            (first + timedelta(days=round(i / count * days))).isoformat(),
        )
        for i in range(count + 1)
    )
