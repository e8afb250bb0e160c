"""Annotating long texts: time and peak memory of one text of 1.2 MB, 10 MB, ... in pieces.

Before pieces, any text over spaCy's 1,000,000 characters failed (E088) and cost its batch.
Each size runs in a fresh process (peak RSS is the process's own), on real news text: NeuS
articles from ../shared joined with paragraph breaks until the size is reached (or, with
--repeated, one sentence repeated, the hostile case).

    python bench/long_text.py [--sizes 1.2 10] [--components parse] [--repeated]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
RESULTS = REPO / "bench" / "results" / "long_text.json"
SENTENCE = "The delegations met again in Istanbul on Friday to discuss the ceasefire. "


def long_text(size: int, repeated: bool) -> str:
    if repeated:
        return (SENTENCE * (size // len(SENTENCE) + 1))[:size]
    articles: list[str] = []
    total = 0
    for name in ("train.source", "val.source"):
        with (SHARED / "data/clustering/neus-allsides/data" / name).open(encoding="utf-8") as file:
            for line in file:
                for part in line.split("[SEP]"):
                    articles.append(part.partition("ARTICLE=>")[2].strip())
                    total += len(articles[-1]) + 2
                if total >= size:
                    return "\n\n".join(articles)[:size]
    repeats = size // max(total, 1) + 1  # past the end of the data: the same articles again
    return "\n\n".join(articles * repeats)[:size]


def measure_one(size: int, components: str, repeated: bool) -> dict[str, float]:
    """In this process: annotate one text of `size` characters; time, RSS, what came out."""
    from newsdesk.annotate import annotate, load_nlp

    text = long_text(size, repeated)
    load_nlp(components)  # loading the model is not part of the figure
    started = time.perf_counter()
    annotation = next(annotate([("long", text)], components=components))
    seconds = time.perf_counter() - started
    return {
        "chars": len(text),
        "seconds": round(seconds, 1),
        "chars_per_s": round(len(text) / seconds),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "sentences": len(annotation.sentences),
        "mentions": len(annotation.mentions),
        "tokens": len(annotation.tokens),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.2, 10.0], help="MB")
    parser.add_argument("--components", default="parse")
    parser.add_argument("--repeated", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child run
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.one, args.components, args.repeated)))
        return
    if not args.repeated and not SHARED.is_dir():
        sys.exit(f"needs ../shared beside the repository (or NEWSDESK_SHARED): {SHARED}")
    rows = []
    for megabytes in args.sizes:
        command = [sys.executable, __file__, "--one", str(int(megabytes * 1_000_000))]
        command += ["--components", args.components] + (["--repeated"] if args.repeated else [])
        row = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
        rows.append(row)
        print(row, flush=True)
    print(f"\nmachine: {platform.node()}, {os.cpu_count()} cores; {datetime.now(UTC):%Y-%m-%d}")
    kind = "one repeated sentence" if args.repeated else "NeuS articles"
    print(f"components: {args.components}; text: {kind}\n")
    print("| characters | seconds | chars/s | peak RSS MB | sentences | mentions | tokens |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['chars']:,} | {r['seconds']} | {r['chars_per_s']:,} | {r['peak_rss_mb']} "
            f"| {r['sentences']:,} | {r['mentions']:,} | {r['tokens']:,} |"
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    kind = f"{args.components}{'-repeated' if args.repeated else ''}"
    metrics = json.loads(RESULTS.read_text())["metrics"] if RESULTS.exists() else {}
    for row in rows:  # each size under its own keys, so runs of other sizes add up
        for name in ("seconds", "peak_rss_mb", "chars_per_s"):
            metrics[f"long_text.{kind}_{row['chars']}_chars.{name}"] = row[name]
    RESULTS.write_text(json.dumps({"metrics": metrics}, indent=2) + "\n")


if __name__ == "__main__":
    main()
