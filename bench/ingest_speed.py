"""Ingest throughput and peak memory: `newsdesk add` on 10k text and 10k HTML articles.

Articles are variants of real ones from ../shared (NeuS-AllSides texts, trafilatura-eval
pages), written to a cache folder outside the repository. Each run adds them to a fresh
store through the library API, as `newsdesk add --no-analyse FOLDER` does (ingest, clean,
language, store: what this bench measures; the analysis is bench/e2e.py's), and prints a
table.

    python bench/ingest_speed.py [--count 10000] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from newsdesk.desk import Desk

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
CACHE = Path(os.environ.get("NEWSDESK_BENCH_CACHE", Path.home() / ".cache" / "newsdesk-bench"))
RESULTS = REPO / "bench" / "results" / "ingest.json"


def neus_articles() -> list[tuple[str, str]]:
    """(title, text) pairs from the NeuS-AllSides source files."""
    pairs = []
    for split in ("train", "val"):
        for line in (SHARED / "data/clustering/neus-allsides/data" / f"{split}.source").open():
            for part in line.split("[SEP]"):
                title, _, text = part.partition("ARTICLE=>")
                pairs.append((title.replace("TITLE=>", "").strip(), text.strip()))
    return [p for p in pairs if len(p[1]) > 200]


def html_pages() -> list[bytes]:
    archive = SHARED / "data/extraction/trafilatura-eval/trafilatura-eval-corpus.tar.xz"
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".html")]
        return [tar.extractfile(m).read() for m in members]  # type: ignore[union-attr]


def write_text_corpus(folder: Path, count: int) -> None:
    articles = neus_articles()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        title, text = articles[i % len(articles)]
        # the copy number keeps variants distinct (ids are content hashes)
        (folder / f"{i:06d}.txt").write_text(f"{title}\n\n{text}\n\nRef {i}\n", "utf-8")


def write_html_corpus(folder: Path, count: int) -> None:
    pages = html_pages()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"{i:06d}.html").write_bytes(pages[i % len(pages)] + f"<!-- {i} -->".encode())


def corpus(kind: str, count: int) -> Path:
    folder = CACHE / f"ingest-{kind}-{count}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        (write_text_corpus if kind == "text" else write_html_corpus)(folder, count)
        (folder / ".complete").touch()
    return folder


def run(folder: Path, workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, Desk(Path(tmp) / "bench.db") as desk:
        started = time.perf_counter()
        report = desk.add([str(folder)], workers=workers, analyse=False)
        elapsed = time.perf_counter() - started
    done = len(report.added) + len(report.failed)
    for failure in report.failed[:3]:
        print(f"  failed: {failure.source}: {failure.reason}")
    return {
        "articles": len(report.added),
        "failed": len(report.failed),
        "seconds": round(elapsed, 1),
        "articles_per_s": round(done / elapsed, 1),
    }


def peak_rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(children, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--kinds", nargs="+", default=["text", "html"])
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"needs ../shared beside the repository (or NEWSDESK_SHARED): {SHARED}")
    rows = []
    for kind in args.kinds:
        folder = corpus(kind, args.count)
        for workers in args.workers:
            result = run(folder, workers)
            rows.append({"kind": kind, "workers": workers, **result})
            print(f"{kind:5} workers={workers} {result}", flush=True)
    own, children = peak_rss_mb()
    print("\n| input | workers | articles | failed | seconds | articles/s |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['kind']} | {r['workers']} | {r['articles']} | {r['failed']} "
            f"| {r['seconds']} | {r['articles_per_s']} |"
        )
    print(f"\npeak RSS: main process {own} MB, largest worker {children} MB")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps({"runs": rows, "peak_rss_mb": {"main": own, "worker": children}}, indent=2)
    )


if __name__ == "__main__":
    main()
