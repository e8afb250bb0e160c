"""The library API: Desk.add, reading back, export."""

from __future__ import annotations

from pathlib import Path

from newsdesk.desk import Desk, sample_corpus
from newsdesk.model import Article, Rejection

STORY = (
    "Ferry Service Resumes on the Lower Varna\n\n"
    "The ferry between Estel and Norby resumed on Monday after storms kept it in port for a week, "
    "the operator said, adding that timetables would return to normal by Wednesday.\n\n"
    "Read more\n"
)


def test_add_reports_each_input_and_calls_back(tmp_path: Path) -> None:
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(STORY)
    empty.write_bytes(b"")
    seen: list[Article | Rejection] = []
    with Desk(tmp_path / "d.db") as desk:
        report = desk.add([str(good), str(empty), str(good)], on_result=seen.append)
        assert len(report.added) == 1 and len(report.failed) == 1 and len(report.skipped) == 1
        assert not report.ok
        assert len(seen) == 3
        article = desk.article(report.added[0])
        assert article is not None and article.title == "Ferry Service Resumes on the Lower Varna"
        assert "Read more" not in article.text
        assert desk.raw_document(article.id).data == STORY.encode()


def test_export_has_every_collection(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    with Desk(tmp_path / "d.db") as desk:
        desk.add([str(tmp_path / "a.txt")])
        document = desk.export()
    assert [a["title"] for a in document["articles"]] == [
        "Ferry Service Resumes on the Lower Varna"
    ]
    for key in ("stories", "entities", "quotes", "claims", "facts", "positions", "timeline"):
        assert document[key] == []


def test_clean_text_maps_back_to_the_raw_bytes(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.db") as desk:
        desk.add([str(sample_corpus())], workers=1)
        for article in desk.articles():
            raw = desk.raw_document(article.id)
            assert raw is not None
            for piece in article.offsets:
                clean = article.text[piece.clean_start : piece.clean_end]
                if piece.clean_end - piece.clean_start == piece.raw_end - piece.raw_start:
                    assert raw.text[piece.raw_start : piece.raw_end] == clean


FERRY_1 = (
    "Ferry service resumes on the Lower Varna\n\n"
    "Published 2026-03-10\n\n"
    "The ferry between Estel and Norby resumed on Monday after storms kept it in port for a "
    "week, the operator Varna Lines said. Captain Ilse Morrow said the crossing was calm.\n"
)
FERRY_2 = (
    "Varna Lines ferry back on the Estel-Norby crossing after storms\n\n"
    "Published 2026-03-10\n\n"
    "Varna Lines restarted its ferry between Estel and Norby on Monday, a week after storms "
    "kept the boat in port. Captain Ilse Morrow told reporters the crossing was calm.\n"
)
ELECTION = (
    "Norby council election won by the Greens\n\n"
    "Published 2026-03-11\n\n"
    "The Green list won eleven of twenty seats in the Norby town council election on Sunday, "
    "the returning officer announced, ending forty years of Liberal control of the council.\n"
)


def _write(folder: Path, **texts: str) -> list[str]:
    paths = []
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text)
        paths.append(str(folder / f"{name}.txt"))
    return paths


def _event_of(desk: Desk) -> dict[str, str]:
    return {a: e.id for s in desk.stories() for e in s.events for a in e.article_ids}


def test_update_groups_new_articles_without_moving_the_old(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.db") as desk:
        first = desk.add(_write(tmp_path, ferry1=FERRY_1, election=ELECTION)).added
        report = desk.update(analyse=False)
        assert report.grouped == 2 and report.stories == 2
        before = _event_of(desk)
        ferry2 = desk.add(_write(tmp_path, ferry2=FERRY_2)).added[0]
        assert desk.update(analyse=False).grouped == 1
        after = _event_of(desk)
        assert {a: after[a] for a in first} == before  # history never moves
        ferry1 = next(a for a in first if desk.article(a).title.startswith("Ferry"))
        assert after[ferry2] == after[ferry1]
        assert desk.update(analyse=False).grouped == 0
        desk.rebuild_stories()
        assert _event_of(desk) == after


def test_a_duplicate_joins_its_original_and_counts_as_a_copy(tmp_path: Path) -> None:
    copy = FERRY_1.replace("Ferry service resumes", "Ferry resumes")
    with Desk(tmp_path / "d.db") as desk:
        desk.add(_write(tmp_path, ferry1=FERRY_1, copy=copy, election=ELECTION))
        desk.update(analyse=False)
        ferry = next(s for s in desk.stories() if len(s.article_ids) == 2)
        coverage = desk.coverage()[ferry.id]
        assert (coverage.articles, coverage.copies) == (2, 1)
        assert len(ferry.events) == 1
        exported = desk.export()
    story = next(s for s in exported["stories"] if s["id"] == ferry.id)
    assert story["copies"] == 1 and story["first_published"] == "2026-03-10"
    assert all(a["story"] is not None for a in exported["articles"])


def test_other_story_settings_regroup_everything(tmp_path: Path) -> None:
    from newsdesk.config import load_settings

    with Desk(tmp_path / "d.db") as desk:
        desk.add(_write(tmp_path, ferry1=FERRY_1, ferry2=FERRY_2, election=ELECTION))
        desk.update(analyse=False)
    strict = load_settings(overrides={"stories": {"event_threshold": 0.99, "story_threshold": 0.99,
                                                  "event_threshold_text": 0.99,
                                                  "story_threshold_text": 0.99}})  # fmt: skip
    with Desk(tmp_path / "d.db", strict) as desk:
        assert desk.update(analyse=False).grouped == 3
        assert len(desk.stories()) == 3


def test_an_undated_article_takes_a_date_its_text_and_its_event_allow(tmp_path: Path) -> None:
    undated = (
        "Ferry back between Estel and Norby\n\n"
        "The Varna Lines ferry between Estel and Norby sailed again today, Tuesday 10 March, "
        "after storms kept it in port for a week. Captain Ilse Morrow said the crossing was calm.\n"
    )
    with Desk(tmp_path / "d.db") as desk:
        desk.add(_write(tmp_path, ferry1=FERRY_1, ferry2=FERRY_2, undated=undated))
        assert desk.update(analyse=False).dates_inferred == 1
        article = next(a for a in desk.articles() if a.title.startswith("Ferry back"))
        assert (article.published, article.published_how) == ("2026-03-10", "inferred")
        record = next(a for a in desk.export()["articles"] if a["id"] == article.id)
    assert record["date_inference"]["how"] == "text"
    assert any("today" in line for line in record["date_inference"]["evidence"])
