"""Facts and briefs as JSON records (the export's shape: offsets as {"article", "start", "end"})."""

from __future__ import annotations

import dataclasses
from typing import Any

from newsdesk.model import Brief, Fact

# Field names the export spells otherwise (the JSON contract of ../shared/DESIGN.md).
_RENAMED = {"article_id": "article", "story_id": "story", "event_id": "event"}


def record(value: Any) -> Any:
    """A model object as plain JSON data, with the export's field names."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            _RENAMED.get(f.name, f.name): record(getattr(value, f.name))
            for f in dataclasses.fields(value)
        }
    if isinstance(value, tuple | list):
        return [record(item) for item in value]
    return value


def fact_record(fact: Fact) -> dict[str, Any]:
    """A fact as exported: the DESIGN fields plus kind, event_date, flags."""
    found: dict[str, Any] = record(fact)
    found["articles"] = found.pop("article_ids")
    found["event_date"] = (
        {"value": fact.event_date, "precision": fact.event_date_precision}
        if fact.event_date
        else None
    )
    found.pop("event_date_precision")
    found["origins"] = [o.name for o in fact.origins]
    found["origin_details"] = record(fact.origins)
    return found


def brief_record(brief: Brief) -> dict[str, Any]:
    """A brief as exported in `stories[].brief`: summary lines with their citations."""
    found: dict[str, Any] = record(brief)
    found.pop("story", None)
    return found
