"""The cost of adding 100 articles to the stories of a growing store (10k, 100k, 1M).

`pipeline.group_new_articles` as `newsdesk add` runs it, store reads and writes included, on an
SQLite store filled with stand-in articles: the synthetic variants of NeuS-AllSides lines that
bench/stories_scale.py streams (real sentences shuffled, cut and reworded; a steady
`--per-day` rate; a synthetic 384-dim embedding per article stored as the pipeline stores
MiniLM's, so no model runs). Stand-ins are written straight through the store (no spaCy); they
are grouped in batches of `--batch` as the store grows.

The store is copied aside at each size. Then, in `--repeats` rounds, each size in turn gets a
fresh copy of its store and a fresh process (what one `newsdesk add` is) that adds the 100
articles following that size in the stream and groups them: CPU and wall milliseconds of the
`group_new_articles` call and the process's peak RSS. The sizes take turns so that a change
in the load of the (shared) machine falls on all of them alike. CPU time is the headline;
growth is the median at the largest size over the median at 10k (target <= 1.5x).

    .venv/bin/python bench/stories_stream.py [--sizes 10000 100000] [--per-day 500]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from newsdesk.config import default_settings
from newsdesk.group import embeddings
from newsdesk.group.stories import StoryInput
from newsdesk.model import Article, InputKind, OffsetPiece, RawDocument, Segment, SegmentLabel
from newsdesk.pipeline import group_new_articles
from newsdesk.store import SQLiteStore
from stories_eval import CLUSTERING
from stories_scale import synthetic_stream

REPO = Path(__file__).resolve().parents[1]
ADDED = 100


def store_stand_ins(store: SQLiteStore, items: Sequence[StoryInput]) -> None:
    """Each stand-in as a stored article with its lead embedding, as ingest would leave it."""
    vectors = {}
    for item in items:
        raw, article = _stand_in(item)
        store.put(raw, article)
        if item.embedding is not None:
            vectors[article.id] = np.asarray(item.embedding, np.float32).tobytes()
    if vectors:
        store.put_embeddings(embeddings.MODEL_ID, vectors)


def _stand_in(item: StoryInput) -> tuple[RawDocument, Article]:
    title = item.title or ""
    # the stand-in's id opens the raw text: two variants may come out word for word the same
    head = f"{item.id}\n"
    text = f"{head}{title}\n{item.text}\n"
    raw = RawDocument(f"stand-in/{item.id}.txt", text.encode(), text, "utf-8", InputKind.TEXT)
    body_start = len(head) + len(title) + 1
    body_end = body_start + len(item.text)
    segments = (
        Segment(len(head), len(head) + len(title), title, SegmentLabel.TITLE, "headline line"),
        Segment(body_start, body_end, item.text, SegmentLabel.STORY, "story text"),
    )
    article = Article(
        raw.id, raw.source, raw.kind, item.title, "Stand-in", item.published, "metadata", "en",
        item.text, segments, (OffsetPiece(0, len(item.text), body_start, body_end),),
    )  # fmt: skip
    return raw, article


def grow(store: SQLiteStore, stream: Iterator[StoryInput], count: int, batch: int) -> None:
    """Store and group `count` more stand-ins, a batch at a time."""
    settings = default_settings()
    for start in range(0, count, batch):
        store_stand_ins(store, [next(stream) for _ in range(min(batch, count - start))])
        group_new_articles(store, settings)
        print(f"  grown by {min(start + batch, count)}", file=sys.stderr, flush=True)


def measure_child(db: str, items_file: str) -> dict[str, Any]:
    """In a fresh process: add 100 stand-ins and group them, once per batch in the file."""
    settings = default_settings()
    batches = json.loads(Path(items_file).read_text("utf-8"))
    cpu, wall = [], []
    with SQLiteStore(db, settings.store) as store:
        for batch in batches:
            store_stand_ins(store, [StoryInput(**_tuples(i)) for i in batch])
            began_cpu, began_wall = time.process_time(), time.perf_counter()
            grouped = group_new_articles(store, settings)
            cpu.append(1000 * (time.process_time() - began_cpu))
            wall.append(1000 * (time.perf_counter() - began_wall))
            assert grouped == len(batch), (grouped, len(batch))
        stories = store.count_stories()
    return {"cpu_ms": cpu, "wall_ms": wall, "peak_rss_mb": _peak_rss_mb(), "stories": stories}


def _peak_rss_mb() -> float:
    """This process's own peak: VmHWM. ru_maxrss would also count the parent it was forked
    from (Linux keeps the pre-exec peak), and the parent holds a grown store's stream."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _tuples(item: dict[str, Any]) -> dict[str, Any]:
    return {**item, "mentions": (), "embedding": tuple(item["embedding"] or ()) or None}


def measure(snapshot: Path, items_file: Path, folder: Path) -> dict[str, Any]:
    """One add of the articles in `items_file` to a fresh copy of the store at `snapshot`."""
    db = folder / "measured.db"
    shutil.copyfile(snapshot, db)
    command = [sys.executable, __file__, "--child", str(db), str(items_file)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    db.unlink()
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _item_json(item: StoryInput) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "text": item.text,
        "published": item.published,
        "embedding": list(item.embedding) if item.embedding else None,
    }


def run(sizes: Sequence[int], per_day: int, batch: int, repeats: int) -> list[dict[str, Any]]:
    stream = synthetic_stream(max(sizes) + repeats * ADDED * len(sizes), per_day)
    with tempfile.TemporaryDirectory(prefix="stories-stream-") as tmp:
        folder = Path(tmp)
        snapshots = grow_snapshots(folder, stream, sorted(sizes), batch, repeats)
        runs = {s: {"size": s, "cpu_ms": [], "wall_ms": [], "peak_rss_mb": 0.0} for s in sizes}
        for n in range(repeats):
            for size in sorted(sizes):  # the sizes take turns, round after round
                snapshot, rounds = snapshots[size]
                found = measure(snapshot, rounds[n], folder)
                row = runs[size]
                row["cpu_ms"] += found["cpu_ms"]
                row["wall_ms"] += found["wall_ms"]
                row["peak_rss_mb"] = max(row["peak_rss_mb"], found["peak_rss_mb"])
                row["stories"] = found["stories"]
                row["db_mb"] = round(snapshot.stat().st_size / 2**20)
                print(f"round {n + 1}, {size}: {found}", file=sys.stderr, flush=True)
    return [runs[s] for s in sorted(sizes)]


def grow_snapshots(
    folder: Path, stream: Iterator[StoryInput], sizes: Sequence[int], batch: int, repeats: int
) -> dict[int, tuple[Path, list[Path]]]:
    """The store copied aside at each size, with the articles that follow that size in the
    stream written out, one add per round (they stay out of the larger stores)."""
    db, stored = folder / "stream.db", 0
    snapshots = {}
    for size in sizes:
        with SQLiteStore(str(db), default_settings().store) as store:
            grow(store, stream, size - stored, batch)
        stored = size
        shutil.copyfile(db, snapshot := folder / f"at-{size}.db")
        rounds = [folder / f"items-{size}-{n}.json" for n in range(repeats)]
        for path in rounds:
            path.write_text(json.dumps([[_item_json(next(stream)) for _ in range(ADDED)]]))
        snapshots[size] = (snapshot, rounds)
    return snapshots


def report(runs: list[dict[str, Any]]) -> dict[str, float]:
    print(
        f"stories_stream on {platform.node()} ({platform.machine()}, {platform.python_version()})"
    )
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {ADDED} articles per add")
    print(
        f"{'store':>9} {'cpu ms':>8} {'wall ms':>8} {'peak rss MB':>12} {'stories':>8} {'db MB':>6}"
    )
    metrics: dict[str, float] = {}
    for r in runs:
        cpu, wall = statistics.median(r["cpu_ms"]), statistics.median(r["wall_ms"])
        print(
            f"{r['size']:>9} {cpu:>8.0f} {wall:>8.0f} {r['peak_rss_mb']:>12.0f}"
            f" {r['stories']:>8} {r['db_mb']:>6}"
        )
        name = _size_name(r["size"])
        metrics[f"stories_stream.add100_ms_at_{name}"] = round(cpu, 1)
        metrics[f"stories_stream.add100_wall_ms_at_{name}"] = round(wall, 1)
        metrics[f"stories_stream.peak_rss_mb_at_{name}"] = r["peak_rss_mb"]
    base = min(runs, key=lambda r: r["size"])
    for r in runs:
        if r is base:
            continue
        growth = statistics.median(r["cpu_ms"]) / statistics.median(base["cpu_ms"])
        key = f"stories_stream.growth_{_size_name(r['size'])}_over_{_size_name(base['size'])}"
        metrics[key] = round(growth, 3)
        print(f"{r['size']}: {growth:.2f}x the cost at {base['size']} (target <= 1.5x)")
    return metrics


def _size_name(size: int) -> str:
    return f"{size // 1_000_000}m" if size % 1_000_000 == 0 else f"{size // 1000}k"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--per-day", type=int, default=500)
    parser.add_argument("--batch", type=int, default=5000, help="stand-ins grouped at once")
    parser.add_argument("--repeats", type=int, default=5, help="rounds (one add per size each)")
    parser.add_argument("--out", default=str(REPO / "bench/results/stories_stream.json"))
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_child(*args.child)))
        return
    if not CLUSTERING.is_dir():
        sys.exit(f"stories_stream: {CLUSTERING} not found (the NeuS lines stand-ins vary)")
    runs = run(args.sizes, args.per_day, args.batch, args.repeats)
    metrics = report(runs)
    Path(args.out).write_text(json.dumps({"metrics": metrics, "runs": runs}, indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
