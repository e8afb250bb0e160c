"""Facts and briefs as JSON records: the export's field names, valid against the published
schema (docs/export.schema.json), plain JSON all the way down."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from brief_builders import article, conflict, evidence, fact, hostile_story
from newsdesk.model import Citation, Evidence, Span
from newsdesk.render.records import brief_record, fact_record, record

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "export.schema.json"


def validator(definition: str) -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    return jsonschema.Draft202012Validator(
        {"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
    )


def test_record_renames_ids_and_turns_tuples_into_lists() -> None:
    assert record(Span("a1", 3, 9)) == {"article": "a1", "start": 3, "end": 9}
    assert record((Citation("a1", 0, 2), None, "x")) == [
        {"article": "a1", "start": 0, "end": 2},
        None,
        "x",
    ]
    assert record(Evidence("a1", 0, 5, "Talks", "The Ledger"))["said_by"] is None


def test_a_brief_record_is_valid_and_shaped_as_the_export_says() -> None:
    brief, _, _ = hostile_story()
    found = brief_record(brief)
    validator("brief").validate(found)
    assert "story" not in found and found["title"] == brief.title
    (line,) = found["summary"]
    assert set(line) == {"text", "citations", "facts"}
    assert line["citations"] == [{"article": "evil", "start": 0, "end": len(line["text"])}]
    assert found["positions"][0]["changed_from"] == "accepts"
    assert found["coverage"][0]["origins"] == ['Evil | Outlet <b>"', "`Meridian`"]
    assert json.loads(json.dumps(found)) == found


def test_a_fact_record_is_valid_and_shaped_as_the_export_says() -> None:
    a1 = article("a1", "Talks opened in Aldmoor on Wednesday. The strike killed 12 people.")
    a2 = article("a2", "The strike killed 14 people, officials said.", "Meridian Wire")
    disputed = fact(
        "f1",
        [evidence(a1, "The strike"), evidence(a2, "The strike")],
        conflicts=[
            conflict("number", "killed", ("12", [evidence(a1, "12")]), ("14", [evidence(a2, "14")]))
        ],
        date="2026-03-10",
        precision="day",
        flags=["single anonymous origin"],
    )
    found = fact_record(disputed)
    validator("fact").validate(found)
    assert found["articles"] == ["a1", "a2"]
    assert found["event_date"] == {"value": "2026-03-10", "precision": "day"}
    assert found["origins"] == ["The Ledger", "Meridian Wire"]
    assert found["origin_details"][1] == {
        "name": "Meridian Wire",
        "kind": "reported_by",
        "articles": ["a2"],
    }
    assert found["evidence"][0]["article"] == "a1"
    assert found["conflicts"][0]["sides"][1]["value"] == "14"
    assert "article_ids" not in found and "event_date_precision" not in found


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("summary", [{"text": "x", "citations": []}], id="uncited_summary_line"),
        pytest.param("positions", [{"stance": "likes"}], id="unknown_stance"),
    ],
)
def test_the_schema_refuses_what_the_contract_forbids(field: str, value: Any) -> None:
    """A guard on the test: the schema these records meet can fail."""
    brief, _, _ = hostile_story()
    found = {**brief_record(brief), field: value}
    assert not validator("brief").is_valid(found)


def test_an_undated_fact_has_a_null_event_date() -> None:
    a1 = article("a1", "Talks opened in Aldmoor on Wednesday.")
    found = fact_record(fact("f1", [evidence(a1, "Talks")]))
    validator("fact").validate(found)
    assert found["event_date"] is None
