"""Hostile inputs: every class of issue 18, size-scaled, added through `Desk.add` in a child.

The corpus is written to a temporary folder (never the repository): long texts and records,
feeds in legacy and wide encodings, entity bombs in every encoding, lone surrogates in every
JSON field, pages of a million elements and attribute storms, a FIFO, wrong and doubtful
encodings, NULs, deep pages, a gigabyte file and a gzip bomb, empty and binary files, and
URLs on a local server that trickles, truncates, overruns its Content-Length or never ends.
Good articles of each kind sit between them.

A child process runs `Desk(db).add(inputs, analyse=False)` (with --analyse, the analysis too)
and reports each outcome as it comes; the parent watches the clock. An input is

- crashed  when an exception escaped (the child died) or a stage failed on it
           ("could not be processed/read ...");
- hung     when nothing was heard for --hang-after seconds while it was being read;
- lost     when it should have been stored and was not;
- unnamed  when it should have been refused and no failure names it.

    python bench/hostile.py [--scale 1.0] [--hang-after 300] [--analyse] [--keep DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import platform
import random
import resource
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.config import default_settings

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "hostile.json"


@dataclass(frozen=True)
class Case:
    """One hostile input (or a few) and what must become of it."""

    name: str
    inputs: tuple[str, ...]
    stored: int = 0  # at least this many articles stored from it
    named: bool = False  # at least one failure names it


# --- text that reads like news (written here, never copied from an article) -------------------

_PEOPLE = ["Anna Kovac", "Pieter de Vries", "Leila Haddad", "Tomas Novak", "Mei Lin", "Omar Said"]
_PLACES = ["Istanbul", "Geneva", "Brno", "Vienna", "Doha", "Oslo", "Warsaw", "Riga"]
_VERBS = ["said", "told reporters", "confirmed", "announced", "warned", "insisted"]
_TOPICS = [
    "the talks on a ceasefire would resume next week",
    "both delegations had agreed to exchange prisoners",
    "the river crossing would reopen to civilian traffic",
    "observers would monitor the line of contact from Monday",
    "the grain corridor must stay open through the winter",
    "a second round of negotiations was planned for March",
]


def article(seed: int, paragraphs: int = 5) -> str:
    """A plausible news article, different for every seed."""
    rng = random.Random(seed)
    lines = [f"{rng.choice(_PLACES)} talks: report {seed}"]
    for number in range(paragraphs):
        sentences = [
            f"{rng.choice(_PEOPLE)} {rng.choice(_VERBS)} in {rng.choice(_PLACES)} on day "
            f"{seed}-{number} that {rng.choice(_TOPICS)}."
            for _ in range(3)
        ]
        lines.append(" ".join(sentences))
    return "\n\n".join(lines) + "\n"


def page(seed: int, body_extra: str = "") -> str:
    text = article(seed).split("\n\n")
    paragraphs = "".join(f"<p>{p}</p>\n" for p in text[1:])
    return (
        f"<!DOCTYPE html><html><head><title>{text[0]}</title></head><body>"
        f"<article><h1>{text[0]}</h1>{paragraphs}</article>{body_extra}</body></html>"
    )


def long_text(size: int, seed: int) -> str:
    parts, total, number = [], 0, seed
    while total < size:
        piece = article(number, paragraphs=8)
        parts.append(piece)
        total += len(piece)
        number += 1
    return "".join(parts)[:size]


def feed(encoding: str, entries: list[str], *, label: str | None = None) -> bytes:
    """An RSS feed whose entries have no link but carry their story as plain text."""
    declared = label or encoding.replace("-le", "").replace("-be", "")
    items = "".join(
        f"<item><title>Entry {n}</title><description>{text}</description></item>"
        for n, text in enumerate(entries)
    )
    xml = (
        f'<?xml version="1.0" encoding="{declared}"?><rss version="2.0"><channel>'
        f"<title>Hostile Wire</title>{items}</channel></rss>"
    )
    return xml.encode(encoding)


def entity_bomb(encoding: str, label: str) -> bytes:
    entities = "".join(
        f' <!ENTITY lol{n} "' + f"&lol{n - 1 if n > 2 else ''};" * 10 + '">\n' for n in range(2, 10)
    )
    xml = (
        f'<?xml version="1.0" encoding="{label}"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
        f"{entities}]>\n"
        '<rss version="2.0"><channel><title>&lol9;</title>'
        "<item><title>x</title><description>&lol9;</description></item></channel></rss>"
    )
    return xml.encode(encoding)


# --- the corpus ----------------------------------------------------------------------------------


class Corpus:
    """Writes inputs into a folder and collects the cases."""

    def __init__(self, folder: Path, scale: float) -> None:
        self.folder = folder
        self.scale = scale
        self.cases: list[Case] = []
        self._seed = 1000

    def seed(self) -> int:
        self._seed += 1
        return self._seed

    def size(self, base: float) -> int:
        return max(1, int(base * self.scale))

    def file(self, name: str, data: bytes | str, *, stored: int = 0, named: bool = False) -> None:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.cases.append(Case(name, (str(path),), stored, named))

    def special(self, name: str, make: Callable[[Path], None], *, named: bool = True) -> None:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        make(path)
        self.cases.append(Case(name, (str(path),), 0, named))

    def url(self, name: str, url: str, *, stored: int = 0, named: bool = False) -> None:
        self.cases.append(Case(name, (url,), stored, named))


def build_corpus(folder: Path, scale: float, base_url: str) -> list[Case]:
    corpus = Corpus(folder, scale)
    _good_files(corpus)
    _long_inputs(corpus)
    _feeds(corpus)
    _records(corpus)
    _pages(corpus)
    _encodings(corpus)
    _special_files(corpus)
    _urls(corpus, base_url)
    return corpus.cases


def _good_files(c: Corpus) -> None:
    c.file("good/story.txt", article(c.seed()), stored=1)
    c.file("good/story.md", "# " + article(c.seed()), stored=1)
    c.file("good/page.html", page(c.seed()), stored=1)
    record = {"title": "Record", "text": article(c.seed()), "outlet": "Wire"}
    c.file("good/record.json", json.dumps(record), stored=1)
    c.file("good/records.jsonl", f"{json.dumps(record | {'text': article(c.seed())})}\n", stored=1)
    c.file("good/story.txt.gz", gzip.compress(article(c.seed()).encode()), stored=1)


def _long_inputs(c: Corpus) -> None:
    c.file("long/1.2MB.txt", long_text(c.size(1_200_000), c.seed()), stored=1)
    record = {"title": "Long record", "text": long_text(c.size(15_000_000), c.seed())}
    c.file("long/15MB-record.jsonl", json.dumps(record) + "\n", stored=1)
    c.file("long/19MB.txt.gz", gzip.compress(long_text(c.size(19_000_000), c.seed()).encode()),
           stored=1)  # fmt: skip
    sentence = "The delegations met again in Istanbul on Friday to discuss the ceasefire. "
    c.file("long/10MB-one-sentence.txt", sentence * (c.size(10_000_000) // len(sentence)),
           stored=1)  # fmt: skip


def _feeds(c: Corpus) -> None:
    stories = {
        "shift_jis": "東京で開かれた会議で、外務大臣は停戦の交渉が来週も続くと述べました。" * 8,
        "euc_jp": "外務大臣は停戦の交渉が来週も続くと述べ、双方の代表団が捕虜の交換で合意した。"
        * 8,
        "gb2312": "外交部长周五表示，停火谈判将于下周在伊斯坦布尔继续举行，双方同意交换战俘。" * 8,
        "big5": "外交部長週五表示，停火談判將於下週在伊斯坦堡繼續舉行，雙方同意交換戰俘。" * 8,
        "utf-16-le": article(c.seed()).replace("\n\n", " "),
        "utf-32": article(c.seed()).replace("\n\n", " "),
        "cp037": article(c.seed()).replace("\n\n", " "),
        "utf-7": article(c.seed()).replace("\n\n", " "),
    }
    for encoding, story in stories.items():
        entries = [f"{story} ({encoding} {n})" for n in range(2)]
        label = {"cp037": "IBM037", "utf-7": "UTF-7"}.get(encoding)
        written = "ascii" if encoding == "utf-7" else encoding  # declared UTF-7, never read so
        c.file(f"feeds/{encoding}.xml", feed(written, entries, label=label), stored=2)
    for encoding, label in [("utf-8", "utf-8"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16"),
                            ("utf-32", "utf-32"), ("cp037", "IBM037")]:  # fmt: skip
        c.file(f"bombs/{encoding}.xml", entity_bomb(encoding, label), named=True)
    entries = [article(c.seed()).replace("\n\n", " ") for _ in range(c.size(1_000))]
    over_cap = len(entries) > 200
    c.file("feeds/many-entries.xml", feed("utf-8", entries), stored=min(200, len(entries)),
           named=over_cap)  # fmt: skip
    c.file("feeds/plain-description.rss", feed("utf-8", [article(c.seed())]), stored=1)


def _records(c: Corpus) -> None:
    fields = ["text", "html", "title", "outlet", "url", "language", "published"]
    lines = []
    for field in fields:
        record = {"title": f"Surrogate in {field}", "text": article(c.seed())}
        bad = "bad \ud800 value \udfff"
        if field == "html":
            record.pop("text")
            bad = page(c.seed(), "<p>\ud800</p>")
        record[field] = f"https://news.example/{c.seed()}/\ud800" if field == "url" else bad
        lines.append(json.dumps(record))
    c.file("records/surrogates.jsonl", "\n".join(lines) + "\n", stored=len(fields))
    c.file("records/empty-list.json", "[]", named=True)
    c.file("records/deep.json", "[" * 100_000 + "]" * 100_000, named=True)
    c.file("records/nul.jsonl", json.dumps({"text": article(c.seed()) + "\x00 end"}), stored=1)


def _pages(c: Corpus) -> None:
    n = c.size(1_000_000)
    # at small scales the page is within bounds: stored
    over = n > default_settings().ingest.max_html_elements
    for tag, piece in [("p", "<p>x</p>"), ("br", "x<br>"), ("span", "<span>x</span>"),
                       ("li", "<li>x"), ("td", "<td>x"), ("a", '<a href="/x">x</a>')]:  # fmt: skip
        c.file(f"pages/million-{tag}.html", page(c.seed(), piece * n), stored=0 if over else 1,
               named=over)  # fmt: skip
    storm = "<div " + " ".join(f"a{i}=1" for i in range(c.size(1_000_000))) + ">x</div>"
    c.file("pages/attribute-storm.html", page(c.seed(), storm), named=True)
    deep = "<html><body>" + "<div>" * 1_000 + page(c.seed()) + "</div>" * 1_000
    c.file("pages/deep-real-text.html", deep, stored=1)
    c.file("pages/too-deep.html", "<div>" * c.size(100_000) + page(c.seed()), named=True)
    c.file("pages/nul-past-8kB.html", page(c.seed(), "<!--" + "x" * 9_000 + "\x00-->"), stored=1)
    c.file("pages/nul-heavy.html", page(c.seed()) + "\x00" * 5_000, named=True)


def _encodings(c: Corpus) -> None:
    czech = (
        "Prezident České republiky řekl novinářům, že jednání o příměří budou pokračovat "
        "příští týden v Istanbulu. Ministr zahraničí uvedl, že Rusko musí uznat právo "
        "Ukrajiny na vlastní armádu a že žádná dohoda nebude uzavřena bez účasti Kyjeva. "
    )
    c.file("encodings/czech-iso-8859-2.txt", (czech * 6).encode("iso8859-2"), stored=1)
    c.file("encodings/utf-16-le-no-bom.txt", article(c.seed()).encode("utf-16-le"), stored=1)
    c.file("encodings/utf-32-be-no-bom.txt", article(c.seed()).encode("utf-32-be"), stored=1)
    utf7 = page(c.seed(), "<p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>")
    c.file("encodings/utf-7-declared.html",
           utf7.replace("<head>", '<head><meta charset="utf-7">'), stored=1)  # fmt: skip
    c.file("encodings/shift-jis-declared.html",
           page(c.seed(), "<p>東京の会議</p>").replace("<head>", '<head><meta charset="shift_jis">')
           .encode("shift_jis"), stored=1)  # fmt: skip


def _special_files(c: Corpus) -> None:
    c.special("special/fifo.txt", os.mkfifo)
    c.special("special/sparse-1GB.txt", lambda p: _sparse(p, c.size(1_000_000_000)))
    c.special("special/gzip-bomb.txt.gz", lambda p: _gzip_bomb(p, c.size(1_000_000_000)))
    c.file("special/empty.txt", b"", named=True)
    c.file("special/image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, named=True)


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as file:
        file.truncate(size)


def _gzip_bomb(path: Path, size: int) -> None:
    zeros = b"\0" * 1_000_000
    with gzip.open(path, "wb", compresslevel=9) as file:
        for _ in range(max(1, size // len(zeros))):
            file.write(zeros)


def _urls(c: Corpus, base: str) -> None:
    c.url("url/good-page", f"{base}/good", stored=1)
    c.url("url/trickled-headers", f"{base}/trickle", named=True)
    c.url("url/short-body", f"{base}/short", named=True)
    c.url("url/long-body", f"{base}/long", named=True)
    c.url("url/endless-body", f"{base}/endless", named=True)
    c.url("url/drops-mid-headers", f"{base}/drop", named=True)


# --- the local web server --------------------------------------------------------------------


def _serve(connection: socket.socket, path: str, scale: float) -> None:
    body = page(hash(path) % 10_000 + 5_000).encode()
    head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n"
    if path == "/good":
        connection.sendall(head.format(len(body)).encode() + body)
    elif path == "/trickle":
        for byte in head.format(len(body)).encode() + body:
            connection.sendall(bytes([byte]))
            time.sleep(1.0)
    elif path == "/short":
        connection.sendall(head.format(len(body) + 1_000).encode() + body)
    elif path == "/long":
        connection.sendall(head.format(len(body) // 2).encode() + body)
    elif path == "/endless":
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
        chunk = b"<p>" + b"x" * 65_000 + b"</p>"
        for _ in range(int(16_000 * scale)):  # ~1 GB at scale 1
            connection.sendall(chunk)
    elif path == "/drop":
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Ty")


@contextmanager
def web_server(scale: float) -> Iterator[str]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()

    def handle(connection: socket.socket) -> None:
        with connection:
            try:
                request = connection.recv(65536).decode("latin-1")
                _serve(connection, request.split(" ")[1] if " " in request else "/", scale)
            except OSError:
                pass

    def run() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:  # closed on the way out
                return
            threading.Thread(target=handle, args=(connection,), daemon=True).start()

    threading.Thread(target=run, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        listener.close()


# --- the child: Desk.add, reporting each outcome -----------------------------------------------


def child(db: str, inputs: list[str], analyse: bool, timeout: float) -> None:
    from newsdesk.config import default_settings
    from newsdesk.desk import Desk
    from newsdesk.model import Article

    defaults = default_settings()
    ingest = dataclasses.replace(defaults.ingest, allow_private=True, timeout=timeout)
    settings = dataclasses.replace(defaults, ingest=ingest)

    def emit(**event: Any) -> None:
        print(json.dumps({**event, "t": time.monotonic()}), flush=True)

    def on_result(outcome: Any) -> None:
        if isinstance(outcome, Article):
            emit(kind="stored", source=outcome.source)
        else:
            emit(kind="failed" if outcome.failed else "skipped", source=outcome.source,
                 reason=outcome.reason)  # fmt: skip

    with Desk(db, settings) as desk:
        for given in inputs:  # one at a time, so the parent knows what is being read
            emit(kind="start", source=given)
            desk.add([given], analyse=False, workers=1, on_result=on_result)
        if analyse:
            emit(kind="start", source="(analysis)")
            report = desk.update()
            for problem in report.problems:
                emit(kind="problem", source=problem.subject, reason=problem.message)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    emit(kind="done", peak_rss_mb=round(max(own, kids)))


# --- the parent: run, watch, judge ---------------------------------------------------------------


@dataclass
class Outcome:
    case: Case
    stored: int = 0
    failures: list[str] = dataclasses.field(default_factory=list)
    crashed: str = ""
    hung: bool = False
    seconds: float = 0.0

    @property
    def lost(self) -> bool:
        return not self.crashed and not self.hung and self.stored < self.case.stored

    @property
    def unnamed(self) -> bool:
        return self.case.named and not self.failures and not self.crashed and not self.hung


def run_corpus(
    cases: list[Case], folder: Path, *, hang_after: float, analyse: bool, timeout: float
) -> tuple[list[Outcome], dict[str, Any]]:
    outcomes = {case.name: Outcome(case) for case in cases}
    owner = {given: case.name for case in cases for given in case.inputs}
    inputs = [given for case in cases for given in case.inputs]
    options = ["--timeout", str(timeout), *(["--analyse"] if analyse else [])]
    command = [sys.executable, __file__, "--child", str(folder / "hostile.db"), *options]
    command += ["--", *inputs]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    current, since, peak, last_event = "", time.monotonic(), 0.0, time.monotonic()
    assert process.stdout is not None
    while True:
        ready, _, _ = select.select([process.stdout], [], [], 1.0)
        if not ready:
            if process.poll() is not None:
                break
            if time.monotonic() - since > hang_after:
                if current in owner:
                    outcomes[owner[current]].hung = True
                process.kill()
                break
            continue
        line = process.stdout.readline()
        if not line:
            break
        event = json.loads(line)
        if current in owner:  # by the child's clock (the system's monotonic one): exact
            outcomes[owner[current]].seconds += event["t"] - last_event
        last_event, since = event["t"], time.monotonic()
        if event["kind"] == "start":
            current = event["source"]
        elif event["kind"] == "done":
            peak = event["peak_rss_mb"]
        elif current in owner:
            _record(outcomes[owner[current]], event)
    process.wait()
    error = process.stderr.read() if process.stderr else ""
    if process.returncode not in (0, -9) and current in owner:
        outcomes[owner[current]].crashed = error.strip().splitlines()[-1] if error else "died"
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    totals = {"seconds": round(time.monotonic() - started, 1), "peak_rss_mb": max(peak, kids)}
    return list(outcomes.values()), totals


def _record(outcome: Outcome, event: dict[str, Any]) -> None:
    reason = event.get("reason", "")
    if event["kind"] == "stored":
        outcome.stored += 1
    elif reason.startswith(("could not be processed", "could not be read")):
        outcome.crashed = reason
    elif event["kind"] in ("failed", "problem"):
        outcome.failures.append(reason)


def summary(outcomes: list[Outcome], totals: dict[str, Any]) -> dict[str, float]:
    return {
        "inputs": len(outcomes),
        "crashed": sum(1 for o in outcomes if o.crashed),
        "hung": sum(1 for o in outcomes if o.hung),
        "lost": sum(1 for o in outcomes if o.lost),
        "unnamed": sum(1 for o in outcomes if o.unnamed),
        "stored": sum(o.stored for o in outcomes),
        "named": sum(1 for o in outcomes if o.case.named and o.failures),
        "slowest_seconds": round(max((o.seconds for o in outcomes), default=0.0), 1),
        "seconds": totals["seconds"],
        "peak_rss_mb": round(totals["peak_rss_mb"]),
    }


def run(scale: float, hang_after: float, analyse: bool, keep: Path | None) -> tuple[
    list[Outcome], dict[str, float]
]:  # fmt: skip
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-hostile-"))
    try:
        with web_server(scale) as base:
            cases = build_corpus(folder, scale, base)
            outcomes, totals = run_corpus(
                cases, folder, hang_after=hang_after, analyse=analyse, timeout=5.0
            )
        return outcomes, summary(outcomes, totals)
    finally:
        if keep is not None:
            shutil.copytree(folder, keep, dirs_exist_ok=True)
        shutil.rmtree(folder, ignore_errors=True)


def print_table(outcomes: list[Outcome], metrics: dict[str, float], scale: float) -> None:
    print(f"\nhostile corpus, scale {scale}; machine: {platform.node()}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}; {datetime.now(UTC):%Y-%m-%d}\n")  # fmt: skip
    print("| input | expected | stored | failures (first) | seconds | verdict |")
    print("|---|---|---|---|---|---|")
    for o in outcomes:
        expected = f"{o.case.stored} stored" + (", named" if o.case.named else "")
        verdict = ("CRASHED " + o.crashed[:60] if o.crashed else "HUNG" if o.hung else
                   "LOST" if o.lost else "UNNAMED" if o.unnamed else "ok")  # fmt: skip
        first = (o.failures[0][:70] if o.failures else "").replace("|", "/")
        print(
            f"| {o.case.name} | {expected} | {o.stored} | {first} | {o.seconds:.1f} | {verdict} |"
        )
    print("\n" + ", ".join(f"{key} {value}" for key, value in metrics.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--hang-after", type=float, default=300.0)
    parser.add_argument("--analyse", action="store_true")
    parser.add_argument("--keep", type=Path, help="copy the corpus here before removing it")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--timeout", type=float, default=5.0, help=argparse.SUPPRESS)
    parser.add_argument("inputs", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.inputs, args.analyse, args.timeout)
        return
    outcomes, metrics = run(args.scale, args.hang_after, args.analyse, args.keep)
    print_table(outcomes, metrics, args.scale)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    named = {f"hostile.{key}": value for key, value in metrics.items()}
    RESULTS.write_text(json.dumps({"metrics": named, "scale": args.scale}, indent=2) + "\n")


if __name__ == "__main__":
    main()
