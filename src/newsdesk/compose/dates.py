"""Where a date value sits in time, for ordering what compose shows (timeline, positions).

Values are ISO as TimeExpression gives them: "2025-04-24", "2025-04", "2025", "2025-W17",
"START/END". Compared as strings they mislead: "2025-W17" would come after December.
"""

from __future__ import annotations

import re
from datetime import date

_ISO_WEEK = re.compile(r"(\d{4})-W(\d{1,2})")
_SPAN_RANK = {4: 0, 7: 1}  # "2025" before "2025-04" before "2025-04-24" when they start alike


def first_day(value: str | None) -> str | None:
    """The first day a value covers (ISO "YYYY-MM-DD", or as much of it as the value has)."""
    if not value:
        return None
    first = value.split("/", 1)[0].strip()
    week = _ISO_WEEK.fullmatch(first)
    if week:
        try:
            return date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()
        except ValueError:  # a week the year does not have: leave it where its text sorts
            return first
    return first[:10]


def chronological_key(value: str | None) -> tuple[str, int]:
    """Sort key: the first day covered, then the longer span first; undated values last."""
    day = first_day(value)
    if day is None:
        return ("9999", 0)
    first = (value or "").split("/", 1)[0].strip()
    return (day, 1 if _ISO_WEEK.fullmatch(first) else _SPAN_RANK.get(len(first), 2))
