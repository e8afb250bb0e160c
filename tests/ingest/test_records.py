"""JSON records: characters no text can hold are replaced and reported; empty files are said."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsdesk.config import IngestSettings
from newsdesk.ingest import iter_documents
from newsdesk.ingest.records import iter_json_records, iter_jsonl_records, usable_text
from newsdesk.model import Problem, RawDocument, Rejection

Ingest = Callable[..., Any]
FIELDS = ["text", "html", "title", "outlet", "url", "language", "published"]


def _record(field: str, value: str) -> dict[str, str]:
    record = {"text": "Talks resumed in Istanbul on Friday.", "title": "Talks"}
    if field == "url":
        value = "https://news.example/" + value
    record[field] = value
    return record


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("bad", ["\ud800", "\udfff", "a\udc00b", "\x00"])
def test_unusable_characters_in_any_field_are_replaced_and_reported(
    tmp_path: Path, ingest_settings: IngestSettings, field: str, bad: str
) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(_record(field, bad)) + "\n", "utf-8")  # ASCII: \ud800 escaped
    problems: list[Problem] = []
    items = list(iter_documents([str(path)], ingest_settings, on_problem=problems.append))
    [document] = items
    assert isinstance(document, RawDocument)
    assert document.data.decode("utf-8") == document.text  # encodable at last
    values = [document.text, document.source, *vars_of(document)]
    assert not any(ch in value for value in values for ch in ("\ud800", "\udfff", "\x00"))
    [problem] = problems
    assert problem.stage == "ingest"
    assert "replaced by U+FFFD" in problem.message
    assert f" in {'body' if field in ('text', 'html') else field}" in problem.message


def vars_of(document: RawDocument) -> list[str]:
    hints = document.hints
    values = [hints.title, hints.outlet, hints.published, hints.url, hints.language]
    return [value for value in values if value]


def test_replacement_keeps_offsets() -> None:
    assert usable_text("a\ud800b\x00c") == ("a\ufffdb\ufffdc", 2)
    assert usable_text("plain") == ("plain", 0)
    assert usable_text(None) == (None, 0)


def test_a_valid_surrogate_pair_is_one_character() -> None:
    [document] = iter_jsonl_records('{"text": "smile \\ud83d\\ude00"}', "f.jsonl")
    assert isinstance(document, RawDocument)
    assert document.text == "smile \U0001f600"


def test_empty_list_is_reported_not_silent() -> None:
    [rejection] = iter_json_records("[]", "empty.json")
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "JSON file holds no records (an empty list)"


def test_empty_json_list_file_is_a_failure(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "empty.json").write_text("[]\n", "utf-8")
    rejection = ingest([str(tmp_path / "empty.json")]).only_rejection()
    assert rejection.failed
    assert "no records" in rejection.reason


def test_huge_integer_is_a_bad_line_not_a_crash() -> None:
    items = list(iter_jsonl_records('{"text": "x", "n": ' + "9" * 5000 + "}", "big.jsonl"))
    assert [getattr(item, "reason", "")[:30] for item in items] == [
        "line 1: not valid JSON (Exceed"
    ]
