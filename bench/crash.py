"""Kill `newsdesk add` at random moments; nothing may be lost, duplicated or left running.

Each round runs `newsdesk --db DB add --no-analyse --workers 2 FILES...` on a corpus of
good articles (text, HTML, Markdown, JSON lines: more than a process pool's first batch),
sends SIGKILL to the command (only to it: its pool workers must end on their own) at a
random moment, then checks:

- no orphans: no process of the killed command's session outlives it (after a grace period);
- the store: `PRAGMA integrity_check` is ok; every article has its raw document and its
  segments and no source is stored twice;
- then the same `add` runs again to the end: every article is then stored, exactly once,
  and the store is still consistent. Each round starts from a fresh store, so every kill
  lands while there is work to do.

Then the "stored as soon as processed" check: `add` is given the corpus followed by a URL on a
local server that never answers; while it waits there, every article before it must already
be in the store (the command is then killed).

    python bench/crash.py [--rounds 100] [--files 60] [--seed 7]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "crash.json"
NEWSDESK = Path(sys.executable).with_name("newsdesk")
ORPHAN_GRACE = 10.0  # seconds the workers get to notice their parent is gone

_SUBJECTS = ["talks", "grain", "observers", "prisoners", "the river", "the border"]
_PLACES = ["Istanbul", "Geneva", "Vienna", "Doha", "Oslo", "Riga", "Brno", "Warsaw"]


def article(seed: int) -> str:
    """A short news-like article, different for each seed (written here, not copied)."""
    rng = random.Random(seed)
    paragraphs = [
        f"Officials met in {rng.choice(_PLACES)} on day {seed}.{n} to discuss "
        f"{rng.choice(_SUBJECTS)}, and said a further round would follow within "
        f"{rng.randint(2, 30)} days, according to a statement released on the same evening."
        for n in range(5)
    ]
    return f"Report {seed} from {rng.choice(_PLACES)}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, files: int) -> dict[str, int]:
    """Good inputs in `folder`; returns each input path with how many articles it holds."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, int] = {}
    for number in range(files):
        kind = number % 4
        text = article(number)
        if kind == 0:
            path = folder / f"{number:03d}.txt"
            path.write_text(text, "utf-8")
        elif kind == 1:
            path = folder / f"{number:03d}.html"
            body = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
            path.write_text(f"<html><head><title>R{number}</title></head><body><article>"
                            f"{body}</article></body></html>", "utf-8")  # fmt: skip
        elif kind == 2:
            path = folder / f"{number:03d}.md.gz"
            path.write_bytes(gzip.compress(("# " + text).encode()))
        else:
            path = folder / f"{number:03d}.jsonl"
            lines = [json.dumps({"title": f"R{number}.{n}", "text": article(number * 100 + n)})
                     for n in range(3)]  # fmt: skip
            path.write_text("\n".join(lines) + "\n", "utf-8")
        expected[str(path)] = 3 if kind == 3 else 1
    return expected


def _command(db: Path, inputs: list[str], *extra: str) -> list[str]:
    return [str(NEWSDESK), "--db", str(db), "add", "--no-analyse", "--workers", "2", *extra,
            *inputs]  # fmt: skip


def session_members(session: int) -> list[int]:
    """Live processes in `session` (the killed command's own session: its workers)."""
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.getsid(int(entry)) == session and _alive(int(entry)):
                    members.append(int(entry))
            except OSError:
                continue
    return members


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is gone
    except OSError:
        return False


def orphans_after_kill(session: int) -> list[int]:
    """Members of the killed command's session still alive after the grace period (each is
    then killed, so no round leaves one behind)."""
    deadline = time.monotonic() + ORPHAN_GRACE
    while (left := session_members(session)) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in left:
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    return left


@dataclass
class StoreCheck:
    integrity: str
    articles: int
    duplicated_sources: int
    without_raw: int
    raw_without_article: int
    without_segments: int
    sources: list[str] = field(default_factory=list)

    @property
    def consistent(self) -> bool:
        return self.integrity == "ok" and not (
            self.duplicated_sources or self.without_raw or self.raw_without_article
            or self.without_segments
        )  # fmt: skip


def check_store(db: Path) -> StoreCheck:
    if not db.exists():
        return StoreCheck("ok", 0, 0, 0, 0, 0)
    connection = sqlite3.connect(db, timeout=30)
    try:
        one = lambda sql: connection.execute(sql).fetchone()[0]  # noqa: E731
        if one("PRAGMA user_version") == 0:
            # killed after the file was opened, before its schema was committed: an empty
            # store (the next command creates the schema), not a broken one
            return StoreCheck(one("PRAGMA integrity_check"), 0, 0, 0, 0, 0)
        return StoreCheck(
            integrity=one("PRAGMA integrity_check"),
            articles=one("SELECT COUNT(*) FROM articles"),
            duplicated_sources=one(
                "SELECT COUNT(*) FROM (SELECT source FROM articles GROUP BY source "
                "HAVING COUNT(*) > 1)"
            ),
            without_raw=one(
                "SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT id FROM raw_documents)"
            ),
            raw_without_article=one(
                "SELECT COUNT(*) FROM raw_documents WHERE id NOT IN (SELECT id FROM articles)"
            ),
            without_segments=one(
                "SELECT COUNT(*) FROM articles WHERE id NOT IN "
                "(SELECT DISTINCT article_id FROM segments)"
            ),
            sources=[row[0] for row in connection.execute("SELECT source FROM articles")],
        )
    except sqlite3.DatabaseError as exc:  # the file itself is broken
        return StoreCheck(f"unreadable: {exc}", 0, 0, 0, 0, 0)
    finally:
        connection.close()


@dataclass
class Round:
    killed_after: float
    finished_first: bool  # the command ended before the kill came
    orphans: int
    check: StoreCheck


def kill_round(db: Path, inputs: list[str], at: float) -> Round:
    process = subprocess.Popen(_command(db, inputs), start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        process.wait(at)
        finished = True
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        finished = False
    orphans = orphans_after_kill(process.pid)
    return Round(at, finished, len(orphans), check_store(db))


def complete(db: Path, inputs: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(_command(db, inputs), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=1800, check=False)  # fmt: skip
    return time.monotonic() - started


@contextmanager
def silent_server() -> Iterator[str]:
    """A local HTTP server that accepts and then says nothing."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    held: list[socket.socket] = []
    stop = threading.Event()

    def run() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue
            except OSError:  # closed on the way out
                return

    threading.Thread(target=run, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/never"
    finally:
        stop.set()
        for connection in held:
            connection.close()
        listener.close()


def stored_before_a_stall(folder: Path, inputs: list[str], expected: dict[str, int]) -> dict:
    """Every article before a stalled input is in the store while the command waits on it."""
    db = folder / "stall.db"
    config = folder / "slow.toml"
    config.write_text("[ingest]\ntimeout = 600.0\n", "utf-8")
    with silent_server() as url:
        command = [str(NEWSDESK), "--config", str(config), "--db", str(db), "add",
                   "--no-analyse", "--workers", "2", "--allow-private", *inputs, url]  # fmt: skip
        process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        wanted = sum(expected.values())
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and check_store(db).articles < wanted:
            if process.poll() is not None:
                break
            time.sleep(1.0)
        stored = check_store(db).articles
        still_waiting = process.poll() is None
        if still_waiting:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
        orphans = orphans_after_kill(process.pid)
    return {"stored": stored, "expected": wanted, "waiting_on_the_url": still_waiting,
            "orphans": len(orphans)}  # fmt: skip


def run(rounds: int, files: int, seed: int, folder: Path) -> dict:
    """Rounds on a fresh store each: kill mid-run, check, rerun to the end, check it all."""
    expected = write_corpus(folder / "corpus", files)
    inputs = sorted(expected)
    full = complete(folder / "timing.db", inputs)  # how long a whole add takes here
    rng = random.Random(seed)
    wanted = {source for source, count in expected.items() for _ in range(count)}
    results, finals = [], []
    for number in range(rounds):
        db = folder / f"round-{number}.db"
        results.append(kill_round(db, inputs, rng.uniform(0.2, full * 0.9)))
        complete(db, inputs)
        finals.append(check_store(db))
        for leftover in folder.glob(f"round-{number}.db*"):
            leftover.unlink()
    return {
        "rounds": rounds,
        "killed_mid_run": sum(1 for r in results if not r.finished_first),
        "full_add_seconds": round(full, 1),
        "inconsistent_after_kill": sum(1 for r in results if not r.check.consistent),
        "orphans": sum(r.orphans for r in results),
        "rounds_with_orphans": sum(1 for r in results if r.orphans),
        "articles_expected": sum(expected.values()),
        "rounds_losing_articles": sum(
            1
            for f in finals
            if wanted - {s.split("#", 1)[0] for s in f.sources}
            or f.articles < sum(expected.values())
        ),
        "rounds_duplicating": sum(1 for f in finals if f.duplicated_sources),
        "inconsistent_after_rerun": sum(1 for f in finals if not f.consistent),
    }


def stall(files: int, folder: Path) -> dict:
    expected = write_corpus(folder / "corpus", files)
    return stored_before_a_stall(folder, sorted(expected), expected)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--files", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not NEWSDESK.exists():
        sys.exit(f"needs the newsdesk command beside this python: {NEWSDESK}")
    with tempfile.TemporaryDirectory(prefix="newsdesk-crash-") as tmp:
        metrics = run(args.rounds, args.files, args.seed, Path(tmp) / "rounds")
        metrics["stall"] = stall(args.files, Path(tmp) / "stall")
    print(f"\ncrash test: {args.rounds} kill -9 rounds, {args.files} input files; machine: "
          f"{platform.node()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; "
          f"{datetime.now(UTC):%Y-%m-%d}\n")  # fmt: skip
    print("| measure | value |\n|---|---|")
    for key, value in metrics.items():
        print(f"| {key} | {value} |")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    flat = {f"crash.{k}": int(v) for k, v in metrics.items() if not isinstance(v, dict)}
    flat.update({f"crash.stall_{k}": int(v) for k, v in metrics["stall"].items()})
    flat["crash.full_add_seconds"] = metrics["full_add_seconds"]
    RESULTS.write_text(json.dumps({"metrics": flat}, indent=2) + "\n")


if __name__ == "__main__":
    main()
