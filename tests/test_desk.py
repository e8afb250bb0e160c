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
