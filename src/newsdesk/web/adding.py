"""The add page's work: pasted text, uploaded files and addresses, added with the CLI's checks.

`Desk.add` takes paths and URLs, so pasted text and uploads are written to a private temporary
folder, added, and the folder removed. The checks are the CLI's: each input at most
`settings.ingest.max_bytes`, private addresses refused by the fetcher unless the settings allow
them, every bad input named (by the name the user gave, never the temporary path), and each
good article stored in its own transaction whatever happens to the others.

Only http(s) addresses are taken from the address field: `Desk.add` also reads local paths, and
the person at the browser (who may be remote, with a token) must not read the server's files.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from newsdesk.desk import Desk
from newsdesk.errors import NewsdeskError
from newsdesk.web.pages.common import ArticleInfo, info_of, safe_link

PASTE_FORMATS = {"text": ".txt", "html": ".html", "markdown": ".md"}
MOST_UPLOADS = 20
MOST_ADDRESSES = 50
CHUNK = 1 << 16
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Upload:
    name: str  # as the browser sent it (never used as a path as it is)
    stream: BinaryIO


@dataclass(frozen=True, slots=True)
class Submission:
    text: str = ""
    text_format: str = "text"
    uploads: Sequence[Upload] = ()
    addresses: str = ""  # URLs or feeds, one a line


@dataclass(slots=True)
class Outcome:
    added: list[ArticleInfo] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (input, why)
    failed: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what the analysis could not do

    @property
    def tried(self) -> bool:
        return bool(self.added or self.skipped or self.failed)


def add_submission(desk: Desk, submission: Submission, *, workers: int = 1) -> Outcome:
    """Add what the form holds; bad inputs are named in `Outcome.failed`, the rest goes on."""
    outcome = Outcome()
    limit = desk.settings.ingest.max_bytes
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-add-"))
    try:
        names: dict[str, str] = {}  # input as given to Desk.add -> the name the user knows
        _take_text(submission, folder, limit, names, outcome)
        _take_uploads(submission.uploads, folder, limit, names, outcome)
        _take_addresses(submission.addresses, names, outcome)
        if names:
            _add(desk, names, folder, workers, outcome)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return outcome


def _take_text(
    submission: Submission, folder: Path, limit: int, names: dict[str, str], outcome: Outcome
) -> None:
    if not submission.text.strip():
        return
    data = submission.text.encode("utf-8", "surrogatepass")
    if len(data) > limit:
        outcome.failed.append(("pasted text", f"{len(data):,} bytes, over the {limit:,} cap"))
        return
    suffix = PASTE_FORMATS.get(submission.text_format, ".txt")
    path = folder / f"pasted-text{suffix}"
    path.write_bytes(data)
    names[str(path)] = "pasted text"


def _take_uploads(
    uploads: Sequence[Upload], folder: Path, limit: int, names: dict[str, str], outcome: Outcome
) -> None:
    for number, upload in enumerate(uploads):
        shown = f"file {upload.name!r}" if upload.name else f"file #{number + 1}"
        if number >= MOST_UPLOADS:
            outcome.failed.append((shown, f"more than {MOST_UPLOADS} files in one go"))
            continue
        place = folder / f"upload-{number}"
        place.mkdir()
        path = place / safe_file_name(upload.name)
        if not _copy_capped(upload.stream, path, limit):
            outcome.failed.append((shown, f"over the {limit:,} byte cap"))
            path.unlink(missing_ok=True)
            continue
        names[str(path)] = shown


def safe_file_name(name: str) -> str:
    """A file name that keeps the upload's extension (the reader picks a format by it) and
    cannot leave its folder ("../../x" -> "x")."""
    base = Path(name.replace("\\", "/")).name
    cleaned = _UNSAFE_NAME.sub("_", base).strip("._")[:120]
    return cleaned or "upload"


def _copy_capped(stream: BinaryIO, path: Path, limit: int) -> bool:
    """Copy the stream to `path`; False (and stop reading) once it passes `limit` bytes."""
    written = 0
    with path.open("wb") as target:
        while chunk := stream.read(CHUNK):
            written += len(chunk)
            if written > limit:
                return False
            target.write(chunk)
    return True


def _take_addresses(addresses: str, names: dict[str, str], outcome: Outcome) -> None:
    lines = [line.strip() for line in addresses.splitlines() if line.strip()]
    for number, line in enumerate(lines):
        if number >= MOST_ADDRESSES:
            outcome.failed.append((line, f"more than {MOST_ADDRESSES} addresses in one go"))
        elif safe_link(line) is None:
            outcome.failed.append((line, "not an http:// or https:// address"))
        else:
            names[line] = line


def _add(desk: Desk, names: dict[str, str], folder: Path, workers: int, outcome: Outcome) -> None:
    try:
        report = desk.add(list(names), workers=workers)
    except NewsdeskError as exc:
        outcome.failed.append(("this batch", _as_known(str(exc), names, folder)))
        return
    for rejection in report.skipped:
        outcome.skipped.append(_named(rejection.source, rejection.reason, names, folder))
    for rejection in report.failed:
        outcome.failed.append(_named(rejection.source, rejection.reason, names, folder))
    added = desk.articles_by_id(report.added)
    outcome.added += [info_of(added[i]) for i in report.added if i in added]
    if report.update is not None:
        outcome.problems += [
            _as_known(f"{p.stage}: {p.subject}: {p.message}", names, folder)
            for p in report.update.problems
        ]


def _named(source: str, reason: str, names: dict[str, str], folder: Path) -> tuple[str, str]:
    return _as_known(source, names, folder), _as_known(reason, names, folder)


def _as_known(text: str, names: dict[str, str], folder: Path) -> str:
    """`text` with every temporary path (or a record inside one, "path#3") replaced by the
    name the user knows ("file 'feed.jsonl'#3"): the server's folders are not the user's."""
    for given, name in sorted(names.items(), key=lambda pair: -len(pair[0])):
        if given.startswith(str(folder)):
            text = text.replace(given, name)
    return text.replace(str(folder), "(upload)")
