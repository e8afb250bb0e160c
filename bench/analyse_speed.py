"""Throughput of the analyse stage (steps 3-4) on real news: sentences/s on this machine.

Articles: the PolNeAR dev texts (full political news articles, ../shared/data/quotes/polnear).
Each configuration runs in a fresh process (its own peak memory):

  annotate    spaCy "parse" profile alone, 1 and 2 processes
  extract     every extractor on stored parses (time, quotes, claims, quantities, origins,
              dating), 1 process
  analyse     what `Desk.analyse` runs: annotate then extract, 1 and 2 spaCy processes

    .venv/bin/python bench/analyse_speed.py [--articles 84]

Prints a table and writes bench/results/analyse.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
POLNEAR = SHARED / "data" / "quotes" / "polnear" / "data" / "dev" / "text"
RESULTS = REPO / "bench" / "results" / "analyse.json"
CONFIGS = [("annotate", 1), ("annotate", 2), ("extract", 1), ("analyse", 1), ("analyse", 2)]


def articles(limit: int) -> list[object]:
    from newsdesk.model import Article, InputKind

    texts = sorted(POLNEAR.glob("*.txt"))[:limit]
    return [
        Article(p.stem, str(p), InputKind.TEXT, None, None, "2016-10-01", "metadata", "en",
                p.read_text("utf-8").strip(), (), ())
        for p in texts
    ]  # fmt: skip


def run_one(stage: str, n_process: int, limit: int) -> dict[str, float | int | str]:
    from dataclasses import replace

    from newsdesk.annotate import annotate, load_nlp
    from newsdesk.config import default_settings
    from newsdesk.pipeline import analyse_articles, reanalyse_with_date

    items = articles(limit)
    settings = default_settings()
    settings = replace(settings, annotate=replace(settings.annotate, n_process=n_process))
    load_nlp("parse")
    parses = []
    if stage == "extract":  # parse first, untimed
        parses = list(annotate(((a.id, a.text) for a in items), components="parse"))  # type: ignore[attr-defined]
    started = time.perf_counter()
    if stage == "annotate":
        parses = list(
            annotate(((a.id, a.text) for a in items), components="parse", n_process=n_process)  # type: ignore[attr-defined]
        )
    elif stage == "extract":
        for article, parse in zip(items, parses, strict=True):
            reanalyse_with_date(article, parse, settings)  # type: ignore[arg-type]
    else:
        parses = [a.annotation for a in analyse_articles(items, settings)]  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    sentences = sum(len(p.sentences) for p in parses)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "stage": stage,
        "processes": n_process,
        "articles": len(items),
        "sentences": sentences,
        "seconds": round(seconds, 2),
        "sentences_per_s": round(sentences / seconds, 1),
        "articles_per_s": round(len(items) / seconds, 2),
        "peak_mib": round(peak_kib / 1024),
        "worker_peak_mib": round(children_kib / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=84)
    parser.add_argument("--one", nargs=2, metavar=("STAGE", "PROCESSES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]), args.articles)))
        return
    if not POLNEAR.is_dir():
        sys.exit(f"needs PolNeAR at {POLNEAR} (set NEWSDESK_SHARED)")
    rows = []
    for stage, n in CONFIGS:
        command = [
            sys.executable,
            __file__,
            "--articles",
            str(args.articles),
            "--one",
            stage,
            str(n),
        ]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        row = rows[-1]
        print(
            f"{row['stage']:<9} {row['processes']} proc  {row['sentences']:>5} sentences"
            f"  {row['seconds']:>7.1f} s  {row['sentences_per_s']:>7.1f} sent/s"
            f"  {row['articles_per_s']:>6.2f} art/s  peak {row['peak_mib']} MiB"
            f" (workers {row['worker_peak_mib']} MiB)",
            flush=True,
        )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps({"date": datetime.now(UTC).date().isoformat(), "cores": os.cpu_count(),
                    "rows": rows}, indent=2) + "\n"
    )  # fmt: skip


if __name__ == "__main__":
    main()
