"""The whole pipeline on the sample corpus, checked against the gold in its MANIFEST.json."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from floors import floor
from newsdesk.desk import Desk, sample_corpus, sample_settings
from newsdesk.model import Fact

MANIFEST = json.loads((sample_corpus().parent / "MANIFEST.json").read_text("utf-8"))
TRUTH = MANIFEST["truth"]


RECORDS = {
    record["url"]: f"{entry['path']}#{record['line']}"
    for entry in MANIFEST["files"]
    for record in entry.get("records", ())
}


def _file_of(source: str) -> str:
    """'corpus/09_harbourline_feed.jsonl#1' for a record (its source is its url),
    'corpus/01_...txt' for a file."""
    return RECORDS.get(source) or f"corpus/{Path(source).name}"


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with Desk(tmp_path_factory.mktemp("sample") / "d.db", sample_settings()) as opened:
        report = opened.add([str(sample_corpus())], workers=1)
        assert not report.failed, report.failed
        yield opened


@pytest.fixture(scope="module")
def ids(desk: Desk) -> dict[str, str]:
    return {_file_of(a.source): a.id for a in desk.articles()}


def test_every_file_and_record_is_stored(ids: dict[str, str]) -> None:
    assert len(ids) == len(MANIFEST["files"]) + 1  # the JSON-lines file holds two records


def test_copies_point_from_copy_to_original_as_the_manifest_says(
    desk: Desk, ids: dict[str, str]
) -> None:
    found = {(k.article_id, k.source_id, k.kind) for k in desk.copy_links()}
    expected = {(ids[c["file"]], ids[c["copies"]], c["kind"]) for c in TRUTH["copies"]}
    assert found == expected


def test_copies_keep_their_direction_when_the_wire_arrives_last(tmp_path: Path) -> None:
    corpus = sample_corpus()
    order = ["03_kestrian_herald_wire_edited.html", "02_aldmoor_courier_wire_copy.html"]
    order += ["05_continental_ledger_analysis.html", "01_meridian_wire_talks_open.txt"]
    with Desk(tmp_path / "d.db", sample_settings()) as desk:
        for name in order:  # one add each: the store receives the original last
            desk.add([str(corpus / name)], analyse=False)
        desk.update()
        by_file = {Path(a.source).name: a.id for a in desk.articles()}
        found = {(k.article_id, k.source_id, k.kind) for k in desk.copy_links()}
    wire = by_file["01_meridian_wire_talks_open.txt"]
    assert found == {
        (by_file[order[0]], wire, "duplicate"),
        (by_file[order[1]], wire, "duplicate"),
        (by_file[order[2]], wire, "reuse"),
    }


# --- export, facts and the brief -------------------------------------------------------------

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "docs" / "export.schema.json").read_text()
)


@pytest.fixture(scope="module")
def exported(desk: Desk) -> dict:
    return desk.export()


def test_the_export_follows_its_published_schema(exported: dict) -> None:
    import jsonschema

    jsonschema.validate(exported, SCHEMA)


def test_every_fact_cites_its_evidence_verbatim(desk: Desk) -> None:
    texts = {a.id: a.text for a in desk.articles()}
    facts = desk.facts()
    assert facts
    for fact in facts:
        for evidence in fact.evidence:
            cited = texts[evidence.article_id][evidence.start : evidence.end]
            assert cited and cited in evidence.sentence
        assert fact.text in fact.evidence[0].sentence


def _both_sides_of_a_dispute(fact: Fact) -> set[str]:
    """The articles whose report is a sentence carrying both sides of one of the fact's
    disputes (the dispute cites one report of it; copies carry the same sentence)."""
    both: set[str] = set()
    for conflict in fact.conflicts:
        sides = [{e.sentence for e in side.evidence} for side in conflict.sides]
        if conflict.kind == "denial" and len(sides) == 2:
            both |= sides[0] & sides[1]
    return {e.article_id for e in fact.evidence if e.sentence in both}


def test_no_fact_counts_a_copy_as_an_origin(desk: Desk) -> None:
    copies = {k.article_id for k in desk.copy_links() if k.kind == "duplicate"}
    for fact in desk.facts():
        counted = [a for o in fact.origins for a in o.articles]
        # no article counted for two origins, but for a report in which both parties of a
        # dispute speak ("Kestria blamed Orvenian artillery; Orvenia said ...")
        twice = {a for a in counted if counted.count(a) > 1}
        assert twice <= _both_sides_of_a_dispute(fact)
        assert fact.independent_sources == len(fact.origins)
        assert fact.independent_sources <= len(set(fact.article_ids) - copies) or not (
            set(fact.article_ids) - copies
        )


def test_the_story_rests_on_the_origins_the_manifest_names(desk: Desk, ids: dict[str, str]) -> None:
    """Each independent origin once, however many articles, copies and citations carry it.

    Pooled over the stories that hold the manifest's story's articles: the grouping may set
    an article apart (07, the town's funerals), which must not change what the story rests on.
    """
    members = {ids[f] for e in TRUTH["events"]["events"] for f in e["files"]}
    coverage = desk.coverage()
    holding = [s for s in desk.stories() if members & set(s.article_ids)]
    pooled = [o for s in holding for o in coverage[s.id].origins]
    assert sorted(set(pooled)) == sorted(TRUTH["origins"]["origins"])
    main = max(holding, key=lambda s: len(s.article_ids))
    assert len(coverage[main.id].origins) == len(set(coverage[main.id].origins))


def test_every_summary_line_lies_inside_a_span_it_cites(desk: Desk) -> None:
    texts = {a.id: a.text for a in desk.articles()}
    for story in desk.stories():
        brief = desk.brief(story.id)
        assert 1 <= len(brief.summary) <= 5
        assert sum(len(line.text.split()) for line in brief.summary) <= 100
        for line in brief.summary:
            assert any(line.text in texts[c.article_id][c.start : c.end] for c in line.citations)


def test_the_html_brief_escapes_article_text_and_links_every_citation(desk: Desk) -> None:
    story = max(desk.stories(), key=lambda s: len(s.article_ids))
    page = desk.render_brief(desk.brief(story.id), "html")
    assert "<script" not in page.lower()
    links = set(re.findall(r'href="#(c-[^"]+)"', page))
    anchors = set(re.findall(r'id="(c-[^"]+)"', page))
    assert links and links <= anchors


def test_the_markdown_brief_has_its_sections(desk: Desk) -> None:
    story = max(desk.stories(), key=lambda s: len(s.article_ids))
    text = desk.render_brief(desk.brief(story.id), "md")
    for heading in ("## What happened", "## Timeline", "## Sources"):
        assert heading in text


# --- events are happenings --------------------------------------------------------------------


def bcubed_f1(found: dict[str, str], gold: dict[str, str]) -> float:
    """B-cubed F1 of a clustering (item -> cluster) against the gold one."""
    items = sorted(gold)
    precision = recall = 0.0
    for item in items:
        ours = {i for i in items if found.get(i) == found.get(item)}
        theirs = {i for i in items if gold[i] == gold[item]}
        precision += len(ours & theirs) / len(ours)
        recall += len(ours & theirs) / len(theirs)
    p, r = precision / len(items), recall / len(items)
    return 2 * p * r / (p + r)


def test_events_follow_the_happenings_the_manifest_names(desk: Desk, ids: dict[str, str]) -> None:
    gold = {ids[f]: e["event"] for e in TRUTH["events"]["events"] for f in e["files"]}
    found = {a: e.id for s in desk.stories() for e in s.events for a in e.article_ids}
    assert bcubed_f1(found, gold) >= floor("sample.events.bcubed_f1")
    talks = next(e for e in TRUTH["events"]["events"] if e["date"] == "2026-03-11")
    ceasefire = next(e for e in TRUTH["events"]["events"] if e["event"] == "Ceasefire agreed")
    assert found[ids[talks["files"][0]]] != found[ids[ceasefire["files"][0]]]


def test_stories_and_events_are_named_by_a_headline_of_theirs(desk: Desk) -> None:
    titles = {a.id: a.title for a in desk.articles()}
    for story in desk.stories():
        assert story.title in {titles[a] for a in story.article_ids}
        for event in story.events:
            assert event.title in {titles[a] for a in event.article_ids}
