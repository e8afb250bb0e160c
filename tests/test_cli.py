"""The command line, end to end through click's runner (no network)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli

STORY = """Council Reopens the Old Bridge After Repairs

The city council voted on Tuesday to reopen the old bridge over the Varna river after two years
of repairs, ending a long detour for thousands of commuters.

"We kept our promise," the mayor, Ilse Brandt, told reporters after the vote.

Advertisement

Sign up for our newsletter to get the latest local news every morning.
"""

PAGE = """<!doctype html><html lang="en"><head>
<title>Harbour strike ends | The Coast Gazette</title>
<meta property="og:site_name" content="The Coast Gazette">
<meta property="article:published_time" content="2025-03-14T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour strike ends after nine days</h1>
<p>Dock workers at the port of Estel returned to work on Friday after their union accepted a
pay offer that ends a nine-day strike which had left dozens of ships waiting offshore.</p>
<p>The agreement raises wages by six percent over two years, the union said in a statement.</p>
</article><footer>Copyright The Coast Gazette</footer></body></html>
"""


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    story = tmp_path / "story.txt"
    story.write_text(STORY, "utf-8")
    page = tmp_path / "page.html"
    page.write_text(PAGE, "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return {"story": story, "page": page, "empty": empty}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_every_command_has_help() -> None:
    commands = ["add", "articles", "show", "search", "export", "demo", "update", "stories"]
    for command in [*commands, "entities", "entity", "quotes", "claims"]:
        code, out, _ = run(command, "--help")
        assert code == 0 and "Usage" in out, command


def test_add_then_export_in_the_documented_shape(tmp_path: Path, inputs: dict[str, Path]) -> None:
    db, out = str(tmp_path / "n.db"), tmp_path / "out.json"
    code, _, err = run("--db", db, "add", str(inputs["story"]), str(inputs["page"]))
    assert code == 0, err
    code, _, err = run("--db", db, "export", "--format", "json", "--output", str(out))
    assert code == 0, err
    document = json.loads(out.read_text())
    for key in ["articles", "stories", "entities", "quotes", "facts", "positions", "timeline"]:
        assert isinstance(document[key], list)
    by_source = {a["source"]: a for a in document["articles"]}
    assert set(by_source) == {str(inputs["story"]), str(inputs["page"])}
    story = by_source[str(inputs["story"])]
    assert "reopen the old bridge" in story["text"]
    assert "Advertisement" not in story["text"]
    reasons = {r["reason"] for r in story["removed"]}
    assert {"advertisement", "appeal"} <= reasons
    page = by_source[str(inputs["page"])]
    assert page["published"] == "2025-03-14" and page["published_how"] == "metadata"
    assert page["outlet"] == "The Coast Gazette"
    assert "nine-day strike" in page["text"]
    assert "Copyright" not in page["text"]


def test_adding_twice_stores_once(tmp_path: Path, inputs: dict[str, Path]) -> None:
    db = str(tmp_path / "n.db")
    run("--db", db, "add", str(inputs["story"]))
    code, _, err = run("--db", db, "add", str(inputs["story"]))
    assert code == 0
    assert "added 0 article(s), skipped 1" in err


def test_a_bad_input_fails_alone_with_a_clear_line(tmp_path: Path, inputs: dict[str, Path]) -> None:
    db = str(tmp_path / "n.db")
    code, _, err = run(
        "--db", db, "add", str(inputs["empty"]), str(inputs["story"]), str(tmp_path / "missing.txt")
    )
    assert code == 1
    assert f"{inputs['empty']}: " in err and "empty" in err
    assert "missing.txt: " in err
    assert "added 1 article(s)" in err


def test_articles_show_and_search(tmp_path: Path, inputs: dict[str, Path]) -> None:
    db = str(tmp_path / "n.db")
    run("--db", db, "add", str(inputs["story"]))
    code, out, _ = run("--db", db, "articles")
    assert code == 0 and "Council Reopens" in out
    code, out, _ = run("--db", db, "search", "bridge")
    assert code == 0 and "Council" in out
    article_id = json.loads(_export(tmp_path, db))["articles"][0]["id"]
    code, out, _ = run("--db", db, "show", article_id[:6])
    assert code == 0
    assert "[removed: advertisement" in out and "reopen the old bridge" in out
    code, _, _ = run("--db", db, "show", "ffffffff")
    assert code == 2


def test_a_corrupt_store_is_one_clear_error(tmp_path: Path, inputs: dict[str, Path]) -> None:
    db = tmp_path / "broken.db"
    db.write_text("not a database" * 200)
    code, _, err = run("--db", str(db), "articles")
    assert code == 2 and "broken.db" in err


def _export(tmp_path: Path, db: str) -> str:
    out = tmp_path / "e.json"
    run("--db", db, "export", "--format", "json", "--output", str(out))
    return out.read_text()


def test_jsonl_export_has_a_typed_line_per_article(tmp_path: Path, inputs: dict[str, Path]) -> None:
    db, out = str(tmp_path / "n.db"), tmp_path / "out.jsonl"
    run("--db", db, "add", str(inputs["story"]), str(inputs["page"]))
    code, _, _ = run("--db", db, "export", "--format", "jsonl", "--output", str(out))
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert code == 0 and lines[0]["type"] == "header"
    assert [line["type"] for line in lines[1:] if line["type"] == "article"] == ["article"] * 2
    assert {line["type"] for line in lines[1:]} <= {"article", "entity", "quote", "claim", "story"}


def test_demo_builds_a_store_and_an_export(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    code, stdout, err = run("demo", "--out", str(out))
    assert code == 0, err
    document = json.loads((out / "export.json").read_text())
    outlets = {a["outlet"] for a in document["articles"]}
    assert len(document["articles"]) >= 10 and len(outlets) >= 6
    assert "export.json" in stdout
    assert document["stories"] and all(a["story"] for a in document["articles"])
    code, stdout, err = run("--db", str(out / "newsdesk.db"), "stories", "--events")
    assert code == 0, err
    assert "independent" in stdout and "stories" in err
