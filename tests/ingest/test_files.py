"""Files and folders: kinds, sources, records, encodings, gzip."""

from __future__ import annotations

import gzip
import json
import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from newsdesk.config import IngestSettings
from newsdesk.ingest import iter_documents
from newsdesk.model import InputKind, Problem, RawDocument

Ingest = Callable[..., Any]


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("story.txt", "Talks resumed in Istanbul on Friday.", InputKind.TEXT),
        ("story.md", "# Talks\n\nTalks resumed on *Friday*.", InputKind.MARKDOWN),
        ("story.html", "<p>Talks resumed.</p>", InputKind.HTML),
        ("story.htm", "<p>Talks resumed.</p>", InputKind.HTML),
        ("page.txt", "  <!DOCTYPE html><html><body>Talks</body></html>", InputKind.HTML),
        ("page.txt", "<html><body>Talks</body></html>", InputKind.HTML),
        ("notes", "No ending at all, still text.", InputKind.TEXT),
    ],
)
def test_file_kind(
    tmp_path: Path, ingest: Ingest, name: str, content: str, kind: InputKind
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    document = ingest([str(path)]).only_document()
    assert document.kind is kind
    assert document.source == str(path)
    assert document.text == content
    assert document.data == content.encode("utf-8")


def test_raw_bytes_are_kept_and_encoding_recorded(tmp_path: Path, ingest: Ingest) -> None:
    data = "\ufeffKyjev – Zelenskyj řekl".encode("utf-8")
    (tmp_path / "bom.txt").write_bytes(data)
    document = ingest([str(tmp_path / "bom.txt")]).only_document()
    assert document.data == data
    assert document.text == "Kyjev – Zelenskyj řekl"
    assert document.data.decode(document.encoding) == document.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_32_with_bom(tmp_path: Path, ingest: Ingest, encoding: str) -> None:
    (tmp_path / "wide.txt").write_bytes("Přímé přenosy z Kyjeva".encode(encoding))
    document = ingest([str(tmp_path / "wide.txt")]).only_document()
    assert document.text == "Přímé přenosy z Kyjeva"
    assert document.encoding == encoding


def test_html_meta_charset_decides(tmp_path: Path, ingest: Ingest) -> None:
    html = '<html><head><meta charset="windows-1251"></head><body>Переговоры</body></html>'
    (tmp_path / "ru.html").write_bytes(html.encode("cp1251"))
    document = ingest([str(tmp_path / "ru.html")]).only_document()
    assert "Переговоры" in document.text
    assert document.encoding == "cp1251"


def test_folder_is_recursive_sorted_filtered_and_skips_hidden(
    tmp_path: Path, ingest: Ingest
) -> None:
    folder = tmp_path / "in"
    for relative in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.txt", ".hidden.txt",
                     ".git/e.txt", "image.png", "notes.TXT"]:  # fmt: skip
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(f"text of {relative}", encoding="utf-8")
    results = ingest([str(folder) + os.sep])
    sources = [document.source for document in results.documents]
    expected = ["a.md", "b.txt", "notes.TXT", "sub/c.html", "sub/deeper/d.txt"]
    assert sources == [os.path.join(str(folder) + os.sep, name) for name in expected]
    assert results.rejections == []


def test_a_folders_readme_is_left_out_but_read_when_named(tmp_path: Path, ingest: Ingest) -> None:
    names = ["README.md", "story.txt", "sub/License.txt", "license-fees-rise.txt", "readme_2.txt"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"text of {name}", encoding="utf-8")
    results = ingest([str(tmp_path)])
    kept = [Path(d.source).name for d in results.documents]
    assert kept == ["license-fees-rise.txt", "readme_2.txt", "story.txt"]  # articles named so
    left_out = sorted(Path(r.source).name for r in results.rejections)
    assert left_out == ["License.txt", "README.md"]
    assert all(not r.failed and r.reason.startswith("left out") for r in results.rejections)
    named = ingest([str(tmp_path / "README.md")])
    assert [Path(d.source).name for d in named.documents] == ["README.md"]


def test_empty_folder_is_reported(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "only.png").write_bytes(b"\x89PNG\r\n")
    rejection = ingest([str(tmp_path)]).only_rejection()
    assert rejection.reason.startswith("folder holds no files to read")


def test_json_object_with_hints(tmp_path: Path, ingest: Ingest) -> None:
    record = {
        "url": "https://news.example/a",
        "headline": "Talks resume",
        "body": "Delegations met in Istanbul.",
        "pubDate": "2025-04-24",
        "publisher": "Example News",
        "lang": "en",
    }
    (tmp_path / "one.json").write_text(json.dumps(record), encoding="utf-8")
    document = ingest([str(tmp_path / "one.json")]).only_document()
    assert document.source == "https://news.example/a"
    assert document.kind is InputKind.TEXT
    assert document.data == b"Delegations met in Istanbul."
    assert (document.hints.title, document.hints.outlet) == ("Talks resume", "Example News")
    assert (document.hints.published, document.hints.language) == ("2025-04-24", "en")
    assert document.hints.url == "https://news.example/a"


def test_json_list_sources_and_html_field(tmp_path: Path, ingest: Ingest) -> None:
    records = [
        {"title": "First", "text": "First story text."},
        {"html": "<p>Second story</p>", "source": {"name": "Wire"}},
    ]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    first, second = ingest([str(path)]).documents
    assert (first.source, first.kind) == (f"{path}#0", InputKind.TEXT)
    assert (second.source, second.kind) == (f"{path}#1", InputKind.HTML)
    assert second.hints.outlet == "Wire"


def test_jsonl_each_line_a_document(tmp_path: Path, ingest: Ingest) -> None:
    lines = [
        {"link": "https://news.example/1", "content": "One.", "site": "A"},
        {"text": "Two.", "date": "2025-04-25", "source": "Reuters"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    first, second = ingest([str(path)]).documents
    assert first.source == "https://news.example/1"
    assert first.hints.outlet == "A"
    assert second.source == f"{path}#2"
    assert second.hints.outlet == "Reuters"
    assert second.hints.published == "2025-04-25"


@pytest.mark.parametrize("name", ["story.txt.gz", "records.jsonl.gz"])
def test_gzip_of_any_kind(tmp_path: Path, ingest: Ingest, name: str) -> None:
    content = '{"text": "Packed story."}' if "jsonl" in name else "Packed story."
    (tmp_path / name).write_bytes(gzip.compress(content.encode("utf-8")))
    document = ingest([str(tmp_path / name)]).only_document()
    assert document.text == "Packed story."


def test_many_inputs_keep_their_order(tmp_path: Path, ingest: Ingest) -> None:
    for name in ("z.txt", "a.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    results = ingest([str(tmp_path / "z.txt"), str(tmp_path / "missing"), str(tmp_path / "a.txt")])
    assert isinstance(results[0], RawDocument)
    assert [getattr(item, "text", None) for item in results] == ["z.txt", None, "a.txt"]


@contextmanager
def _within(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: SIGALRM after `seconds`."""

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_fifo_is_refused_without_blocking(tmp_path: Path, ingest: Ingest) -> None:
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    with _within(5):
        rejection = ingest([str(fifo)]).only_rejection()
    assert rejection.reason == "not a regular file (a FIFO): not read"


def test_fifo_in_a_folder_is_refused_and_the_rest_read(tmp_path: Path, ingest: Ingest) -> None:
    (tmp_path / "a.txt").write_text("First story.", "utf-8")
    os.mkfifo(tmp_path / "b.txt")
    (tmp_path / "c.txt").write_text("Third story.", "utf-8")
    with _within(5):
        results = ingest([str(tmp_path)])
    assert [d.text for d in results.documents] == ["First story.", "Third story."]
    assert [r.reason for r in results.rejections] == ["not a regular file (a FIFO): not read"]


@pytest.mark.parametrize(("device", "kind"), [("/dev/zero", "a character device"),
                                              ("/dev/null", "a character device")])  # fmt: skip
def test_devices_are_refused(ingest: Ingest, device: str, kind: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} is not on this system")
    with _within(5):
        assert ingest([device]).only_rejection().reason == f"not a regular file ({kind}): not read"


def test_symlink_to_a_fifo_is_refused(tmp_path: Path, ingest: Ingest) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link.txt").symlink_to(tmp_path / "pipe")
    with _within(5):
        rejection = ingest([str(tmp_path / "link.txt")]).only_rejection()
    assert rejection.reason == "not a regular file (a FIFO): not read"


def test_sparse_gigabyte_file_is_refused_by_its_size(tmp_path: Path, ingest: Ingest) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as file:
        file.truncate(1_000_000_000)  # sparse: nothing is written, nothing read
    assert ingest([str(path)]).only_rejection().reason == "file is 1.0 GB, over the 20.0 MB limit"


def test_doubtful_encoding_is_reported_through_on_problem(
    tmp_path: Path, ingest_settings: IngestSettings
) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("El niño juega en la calle.".encode("cp1252"))
    problems: list[Problem] = []
    [document] = iter_documents([str(path)], ingest_settings, on_problem=problems.append)
    assert isinstance(document, RawDocument)
    [problem] = problems
    assert (problem.stage, problem.subject) == ("ingest", str(path))
    assert problem.message.startswith("encoding guessed as cp1252")


def test_notices_are_logged_when_nobody_listens(
    tmp_path: Path, ingest_settings: IngestSettings, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "nul.html"
    path.write_bytes(b"<p>Talks resumed\x00 on Friday.</p>")
    [document] = iter_documents([str(path)], ingest_settings)
    assert isinstance(document, RawDocument) and "\ufffd" in document.text
    assert "1 NUL character(s) read as U+FFFD" in caplog.text
