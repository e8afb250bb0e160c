"""The add page's work: temp files, caps, names the user knows, addresses checked, cleanup."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.desk import Desk
from newsdesk.web.adding import (
    MOST_UPLOADS,
    Submission,
    Upload,
    add_submission,
    safe_file_name,
)

STORY = (
    "Ferry service resumes on the Lower Varna\n\n"
    "The ferry between Estel and Norby resumed on Monday after storms kept it in port for a "
    "week, the operator said, adding that timetables would return to normal by Wednesday.\n"
)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with Desk(tmp_path / "add.db") as opened:
        yield opened


def temp_folders() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("newsdesk-add-*")}


@pytest.mark.parametrize(
    ("given", "safe"),
    [
        ("story.html", "story.html"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\win.ini", "win.ini"),
        ("a b<c>.txt", "a_b_c_.txt"),
        ("", "upload"),
        ("...", "upload"),
        (".hidden.jsonl", "hidden.jsonl"),
    ],
)
def test_upload_names_cannot_leave_their_folder(given: str, safe: str) -> None:
    assert safe_file_name(given) == safe


def test_addresses_other_than_http_are_named_and_never_read(desk: Desk) -> None:
    lines = "/etc/passwd\nfile:///etc/hosts\njavascript:alert(1)\n~/notes.txt"
    outcome = add_submission(desk, Submission(addresses=lines))
    assert [name for name, _ in outcome.failed] == lines.splitlines()
    assert {why for _, why in outcome.failed} == {"not an http:// or https:// address"}
    assert desk.count() == 0


def test_a_private_address_is_refused_by_the_fetcher(desk: Desk) -> None:
    outcome = add_submission(desk, Submission(addresses="http://127.0.0.1:9/story.html"))
    assert outcome.failed and outcome.failed[0][0] == "http://127.0.0.1:9/story.html"
    assert desk.count() == 0


def test_uploads_over_the_cap_are_named_and_the_rest_goes_on(desk: Desk) -> None:
    limit = desk.settings.ingest.max_bytes
    too_big = Upload("huge.txt", io.BytesIO(b"x" * (limit + 1)))
    empty = Upload("empty.txt", io.BytesIO(b""))
    before = temp_folders()
    outcome = add_submission(desk, Submission(uploads=[too_big, empty]))
    failed = dict(outcome.failed)
    assert "over the" in failed["file 'huge.txt'"]
    assert "file 'empty.txt'" in failed  # named as the user knows it, not a temp path
    assert all("newsdesk-add-" not in why for why in failed.values())
    assert temp_folders() == before  # the temporary folder is gone


def test_pasted_text_over_the_cap_is_refused(desk: Desk) -> None:
    limit = desk.settings.ingest.max_bytes
    outcome = add_submission(desk, Submission(text="é" * (limit // 2 + 1)))
    assert outcome.failed[0][0] == "pasted text"
    assert desk.count() == 0


def test_too_many_uploads_are_named(desk: Desk) -> None:
    uploads = [Upload(f"f{i}.txt", io.BytesIO(b"")) for i in range(MOST_UPLOADS + 2)]
    outcome = add_submission(desk, Submission(uploads=uploads))
    too_many = [name for name, why in outcome.failed if "more than" in why]
    assert too_many == [f"file 'f{MOST_UPLOADS}.txt'", f"file 'f{MOST_UPLOADS + 1}.txt'"]


def test_pasted_text_and_an_upload_are_added_and_analysed(desk: Desk) -> None:
    page = (
        "<html><body><article><h1>Bridge repairs in Brodnitsa</h1><p>The mayor of Brodnitsa "
        "said on Thursday that repairs to the river bridge would take until the summer, and "
        "that buses would carry passengers across in the meantime.</p></article>"
        "<p>Subscribe to our newsletter</p></body></html>"
    )
    submission = Submission(text=STORY, uploads=[Upload("bridge.html", io.BytesIO(page.encode()))])
    outcome = add_submission(desk, submission)
    assert not outcome.failed, outcome.failed
    assert sorted(a.title for a in outcome.added) == [
        "Bridge repairs in Brodnitsa",
        "Ferry service resumes on the Lower Varna",
    ]
    assert desk.count() == 2
    again = add_submission(desk, Submission(text=STORY))
    assert not again.added
    assert [name for name, _ in again.skipped] == ["pasted text"]
