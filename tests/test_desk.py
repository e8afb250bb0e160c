"""The library API: Desk.add, reading back, export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsdesk.config import default_settings
from newsdesk.desk import Desk, sample_corpus, sample_settings
from newsdesk.model import Article, Claim, Entity, EntityMention, Quote, Rejection
from newsdesk.outlets import load_outlets

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
        assert article.title == "Ferry Service Resumes on the Lower Varna"
        assert "Read more" not in article.text
        assert desk.raw_document(article.id).data == STORY.encode()


def test_add_takes_one_path_or_folder_as_one_input(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY)
    with Desk(tmp_path / "d.db") as desk:
        assert len(desk.add(folder, analyse=False).added) == 1  # a Path, not its parts
        assert len(desk.add(str(folder / "good.txt"), analyse=False).skipped) == 1  # not letters
        assert len(desk.add((p for p in [folder]), analyse=False).skipped) == 1


def test_export_has_every_collection(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    with Desk(tmp_path / "d.db") as desk:
        desk.add([str(tmp_path / "a.txt")])
        document = desk.export()
    assert [a["title"] for a in document["articles"]] == [
        "Ferry Service Resumes on the Lower Varna"
    ]
    assert len(document["stories"]) == 1
    assert document["facts"] and all(f["status"] == "single_source" for f in document["facts"])
    for key in ("positions", "timeline"):
        assert isinstance(document[key], list)


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
        first = desk.add(_write(tmp_path, ferry1=FERRY_1, election=ELECTION), analyse=False).added
        report = desk.update()
        assert report.grouped == 2 and report.stories == 2
        before = _event_of(desk)
        ferry2 = desk.add(_write(tmp_path, ferry2=FERRY_2), analyse=False).added[0]
        assert desk.update().grouped == 1
        after = _event_of(desk)
        assert {a: after[a] for a in first} == before  # history never moves
        ferry1 = next(a for a in first if desk.article(a).title.startswith("Ferry"))
        assert after[ferry2] == after[ferry1]
        assert desk.update().grouped == 0
        desk.update(rebuild_stories=True)
        assert _event_of(desk) == after


def test_a_duplicate_joins_its_original_and_counts_as_a_copy(tmp_path: Path) -> None:
    copy = FERRY_1.replace("Ferry service resumes", "Ferry resumes")
    with Desk(tmp_path / "d.db") as desk:
        desk.add(_write(tmp_path, ferry1=FERRY_1, copy=copy, election=ELECTION), analyse=False)
        desk.update()
        ferry = next(s for s in desk.stories() if len(s.article_ids) == 2)
        coverage = desk.coverage()[ferry.id]
        assert (coverage.articles, coverage.copies) == (2, 1)
        assert len(ferry.events) == 1
        exported = desk.export()
    story = next(s for s in exported["stories"] if s["id"] == ferry.id)
    assert story["copies"] == 1 and story["first_published"] == "2026-03-10"
    assert all(a["story"] is not None for a in exported["articles"])


def test_a_copy_added_later_joins_its_original_story(tmp_path: Path) -> None:
    copy = FERRY_1.replace("Ferry service resumes", "Ferry resumes")
    with Desk(tmp_path / "d.db") as desk:
        desk.add(_write(tmp_path, ferry1=FERRY_1, election=ELECTION))
        report = desk.add(_write(tmp_path, copy=copy))
        assert report.update is not None and report.update.grouped == 1
        ferry = next(s for s in desk.stories() if len(s.article_ids) == 2)
        assert set(ferry.article_ids) == {a.id for a in desk.articles() if "erry" in a.text}


def test_other_story_settings_regroup_everything(tmp_path: Path) -> None:
    from newsdesk.config import load_settings

    with Desk(tmp_path / "d.db") as desk:
        desk.add(_write(tmp_path, ferry1=FERRY_1, ferry2=FERRY_2, election=ELECTION), analyse=False)
        desk.update()
    strict = load_settings(overrides={"stories": {"event_threshold": 0.99, "story_threshold": 0.99,
                                                  "event_threshold_text": 0.99,
                                                  "story_threshold_text": 0.99}})  # fmt: skip
    with Desk(tmp_path / "d.db", strict) as desk:
        assert desk.update().grouped == 3
        assert len(desk.stories()) == 3


def test_an_undated_article_takes_a_date_its_text_and_its_event_allow(tmp_path: Path) -> None:
    undated = (
        "Ferry back between Estel and Norby\n\n"
        "The Varna Lines ferry between Estel and Norby sailed again today, Tuesday 10 March, "
        "after storms kept it in port for a week. Captain Ilse Morrow said the crossing was calm.\n"
    )
    with Desk(tmp_path / "d.db") as desk:
        desk.add(_write(tmp_path, ferry1=FERRY_1, ferry2=FERRY_2, undated=undated), analyse=False)
        assert desk.update().dates_inferred == 1
        article = next(a for a in desk.articles() if a.title.startswith("Ferry back"))
        assert (article.published, article.published_how) == ("2026-03-10", "inferred")
        record = next(a for a in desk.export()["articles"] if a["id"] == article.id)
    assert record["date_inference"]["how"] == "text"
    assert (record["date_inference"]["date"], record["date_inference"]["applied"]) == (
        "2026-03-10",
        True,
    )
    assert any("today" in line for line in record["date_inference"]["evidence"])


def test_a_guess_too_weak_to_date_an_article_is_shown_not_applied(tmp_path: Path) -> None:
    undated = (
        "Ferry crews strike at Estel\n\n"
        "Crews of the Varna Lines ferry between Estel and Norby stopped work over pay, leaving "
        "the crossing idle. Captain Ilse Morrow said the strike would go on until talks resume.\n"
    )
    with Desk(tmp_path / "d.db") as desk:
        desk.add(_write(tmp_path, ferry1=FERRY_1, ferry2=FERRY_2, undated=undated), analyse=False)
        desk.update()
        article = next(a for a in desk.articles() if a.title.startswith("Ferry crews"))
        record = next(a for a in desk.export()["articles"] if a["id"] == article.id)
    assert article.published is None  # never applied
    guess = record["date_inference"]
    assert guess is not None and not guess["applied"] and guess["confidence"] < 0.5


# --- watch: a local feed server on 127.0.0.1 -------------------------------------------------


class _FeedSite:
    """A feed and its entry pages over HTTP, answering conditional requests as servers do."""

    def __init__(self, pages: dict[str, str]) -> None:
        self.pages = dict(pages)  # path -> article text, in feed order
        self.requests: list[tuple[str, str, int]] = []  # (path, conditional header, status)

    def feed(self, base: str) -> bytes:
        items = "".join(
            f"<item><title>{path}</title><link>{base}{path}</link></item>" for path in self.pages
        )
        rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
        return (rss + "</channel></rss>").encode()

    def etag(self) -> str:
        return '"' + str(len(self.pages)) + '"'


def _serve(site: _FeedSite) -> tuple[str, Callable[[], None]]:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            asked = self.headers.get("If-None-Match", "")
            if self.path == "/feed.xml":
                if asked == site.etag():
                    return self._answer(304, b"", asked)
                return self._answer(200, site.feed(base), asked, "application/rss+xml")
            text = site.pages.get(self.path)
            if text is None:
                return self._answer(404, b"", asked)
            self._answer(200, text.encode(), asked, "text/plain; charset=utf-8")

        def _answer(self, status: int, body: bytes, asked: str, kind: str = "") -> None:
            site.requests.append((self.path, asked, status))
            self.send_response(status)
            if self.path == "/feed.xml":
                self.send_header("ETag", site.etag())
            if kind:
                self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server.shutdown


def _story_text(number: int) -> str:
    return (
        f"Talks day {number}\n"
        "ALDMOOR, 12 March 2026 (Meridian Wire) - Kestria and Orvenia met again in Aldmoor on"
        f" Thursday for round {number} of the ceasefire talks over the Varen valley, the"
        " Lisvanian foreign ministry said. Kestrian Foreign Minister Teodor Vasylenko said his"
        f" delegation would stay for {number + 2} more days. 'We are not leaving without an"
        " agreement,' he told reporters outside the ministry.\n"
    )


def test_watch_adds_only_what_is_new_and_asks_the_feed_conditionally(tmp_path: Path) -> None:
    from newsdesk.config import load_settings

    site = _FeedSite({"/a1": _story_text(1), "/a2": _story_text(2)})
    base, shutdown = _serve(site)
    rounds: list[Any] = []

    def after(watched: Any) -> None:
        rounds.append(watched)
        if len(rounds) == 2:
            site.pages["/a3"] = _story_text(3)  # published between rounds 2 and 3

    settings = load_settings(overrides={"ingest": {"allow_private": True}})
    try:
        with Desk(tmp_path / "w.db", settings) as desk:
            ran = desk.watch([base + "/feed.xml"], every=0, rounds=3, workers=1, on_round=after)
            stored = {a.source for a in desk.articles()}
    finally:
        shutdown()
    assert ran == 3
    assert [len(r.report.added) for r in rounds] == [2, 0, 1]
    assert stored == {base + "/a1", base + "/a2", base + "/a3"}
    assert rounds[0].news and not rounds[1].news and rounds[2].news
    feed_asks = [(asked, status) for path, asked, status in site.requests if path == "/feed.xml"]
    assert feed_asks == [("", 200), ('"2"', 304), ('"2"', 200)]
    pages = sorted(path for path, _, _ in site.requests if path != "/feed.xml")
    assert pages == ["/a1", "/a2", "/a3"]  # a stored entry's page is never fetched again


def test_watch_stops_between_documents_when_asked(tmp_path: Path) -> None:
    import threading

    site = _FeedSite({f"/a{i}": _story_text(i) for i in range(1, 6)})
    base, shutdown = _serve(site)
    stop = threading.Event()
    from newsdesk.config import load_settings

    settings = load_settings(overrides={"ingest": {"allow_private": True}})
    try:
        with Desk(tmp_path / "w.db", settings) as desk:
            ran = desk.watch(
                [base + "/feed.xml"], every=3600, workers=1, stop=stop,
                on_result=lambda _outcome: stop.set(),
            )  # fmt: skip
            count = desk.count()
    finally:
        shutdown()
    assert ran == 1
    assert count == 1  # stopped after the first document, which is stored whole


def test_sample_settings_know_the_sample_worlds_outlets_unless_the_user_names_a_registry(
    tmp_path: Path,
) -> None:
    registry = load_outlets(sample_settings().outlets.registry)
    wire = registry.find("Meridian Wire")
    assert wire is not None and wire.type == "wire"
    own = tmp_path / "mine.toml"
    own.write_text('[outlets."Mine"]\nkind = "paper"\ntype = "private"\n', "utf-8")
    settings = default_settings()
    settings = replace(settings, outlets=replace(settings.outlets, registry=str(own)))
    assert sample_settings(settings).outlets.registry == str(own)


def _story_with_vasylenko(tmp_path: Path, desk: Desk, start: int, end: int) -> str:
    """The story stored, with "Wasylenko" at [start, end) linked to Teodor Vasylenko; its id."""
    _write(tmp_path, story=STORY)
    desk.add([str(tmp_path / "story.txt")])
    (article,) = desk.articles()
    linked = Entity("e1", "Teodor Vasylenko", "PERSON", ("Wasylenko",),
                    (EntityMention(article.id, start, end, "Wasylenko"),))  # fmt: skip
    desk.store.replace_entities([linked])
    return article.id


def test_a_quotes_speaker_is_the_entity_its_name_was_linked_to(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.db") as desk:
        a = _story_with_vasylenko(tmp_path, desk, 0, 9)
        found = desk.speakers(
            [
                Quote(a, 20, 30, "we accept", True, "Wasylenko", name_start=0, name_end=9),
                Quote(a, 40, 50, "no comment", True, "Brandt", name_start=35, name_end=39),
                Quote(a, 60, 70, "it held", False, None),
                # the resolver read the mention as the state it stands for: not its entity
                Quote(a, 80, 90, "it held", False, "Kestria", name_start=0, name_end=9),
            ]
        )
    assert [e.name if e else None for e in found] == ["Teodor Vasylenko", None, None, None]


def _claim(article_id: str, actor: str, start: int, end: int) -> Claim:
    return Claim(
        article_id, 0, 60, actor, start, end, "REJECT", "rejected", 40, 48, "the offer", 49,
        58, "asserted",
    )  # fmt: skip


def test_a_claims_actor_is_the_entity_its_phrase_ends_or_opens_with(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.db") as desk:
        a = _story_with_vasylenko(tmp_path, desk, 10, 19)
        found = desk.actors(
            [
                _claim(a, "Wasylenko", 0, 19),  # "Minister Wasylenko": the phrase ends with him
                _claim(a, "Wasylenko", 10, 25),  # opens with him
                _claim(a, "Kestria", 0, 19),  # read as the state he acts for: not him
                _claim(a, "Brandt", 30, 36),
                # "'We accept,' said Wasylenko": a pronoun read as him, at no mention of his
                _claim(a, "Wasylenko", 40, 42),
            ]
        )
    names = [e.name if e else None for e in found]
    assert names == ["Teodor Vasylenko"] * 2 + [None, None, "Teodor Vasylenko"]
