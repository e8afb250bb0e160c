"""Story grouping speed and memory as the stream grows (10k, 100k, 1M articles).

Synthetic variants of real articles, streamed (never all in memory): each is one of the three
outlets' takes on a NeuS-AllSides line (../shared/data/clustering/neus-allsides), with its
sentences shuffled and cut, ~10% of its words replaced, and a varied title. Articles arrive at
a steady `--per-day` rate; each day ~`per_day / 8` lines are newsworthy, and a line stays in the
news for 1-5 days (so events, stories and time windows look like a real desk's). Embeddings are
synthetic too (a fixed random direction per line plus noise, 384 dims): the model is measured
elsewhere; here they cost what real ones would inside the index.

Each size runs in its own process so peak memory (ru_maxrss) is its own. CPU time, not wall
time, per article in each tenth of the run: the machine is shared.

    .venv/bin/python bench/stories_scale.py [--sizes 10000 100000 1000000] [--per-day 500]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from newsdesk.config import default_settings
from newsdesk.group.stories import StoryIndex, StoryInput
from stories_eval import CLUSTERING

REPO = Path(__file__).resolve().parents[1]
DIMS = 384
BATCH = 1000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])")


def neus_articles() -> list[list[tuple[str, list[str]]]]:
    """Per NeuS line, its articles as (title, sentences)."""
    lines = []
    for name in ("train.source", "val.source"):
        for row in (CLUSTERING / "neus-allsides/data" / name).read_text("utf-8").splitlines():
            takes = []
            for part in row.split("[SEP]"):
                match = re.match(r"\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)", part.strip(), re.S)
                if match:
                    takes.append((match[1], _SENTENCE_END.split(match[2].strip())))
            if takes:
                lines.append(takes)
    return lines


def synthetic_stream(count: int, per_day: int, seed: int = 5) -> Iterator[StoryInput]:
    rng = random.Random(seed)
    lines = neus_articles()
    vocabulary = [w for takes in rng.sample(lines, 300) for s in takes[0][1] for w in s.split()]
    active: list[tuple[int, int]] = []  # (line, last day)
    start = date(2020, 1, 1)
    for n in range(count):
        day = n // per_day
        if n % per_day == 0:
            active = [(line, last) for line, last in active if last >= day]
            active += [
                (rng.randrange(len(lines)), day + rng.randint(0, 4)) for _ in range(per_day // 8)
            ]
        line = rng.choice(active)[0]
        title, text = _variant(rng.choice(lines[line]), vocabulary, rng)
        published = (start + timedelta(days=day)).isoformat()
        yield StoryInput(f"a{n}", title, text, published, (), _embedding(line, rng))


def _variant(
    take: tuple[str, list[str]], vocabulary: list[str], rng: random.Random
) -> tuple[str, str]:
    title, sentences = take
    kept = sentences[:]
    rng.shuffle(kept)
    kept = kept[: max(1, rng.randint(len(kept) // 2, len(kept)))]
    words = " ".join(kept).split()
    for _ in range(len(words) // 10):
        words[rng.randrange(len(words))] = rng.choice(vocabulary)
    title_words = title.split()
    if len(title_words) > 3 and rng.random() < 0.5:
        del title_words[rng.randrange(len(title_words))]
    return " ".join(title_words), " ".join(words)


def _embedding(line: int, rng: random.Random) -> tuple[float, ...]:
    direction = random.Random(line)
    return tuple(direction.gauss(0, 1) + rng.gauss(0, 0.6) for _ in range(DIMS))


def measure(size: int, per_day: int) -> dict[str, Any]:
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    index = StoryIndex(default_settings().stories)
    step = max(1, size // 10)
    tenths, generating = [], 0.0
    stream = synthetic_stream(size, per_day)
    for _ in range(10):
        adding = 0.0
        # generated in small batches: a whole tenth of 1M held at once would dominate the RSS
        for start in range(0, step, BATCH):
            began = time.process_time()
            items = [next(stream) for _ in range(min(BATCH, step - start))]
            generating += time.process_time() - began
            began = time.process_time()
            for each in items:
                index.add(each)
            adding += time.process_time() - began
        tenths.append(1000 * adding / step)
        # progress on stderr, so a long run in the background shows where it is
        rss_now = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{size}: {len(tenths) * step} added, {tenths[-1]:.3f} ms/add this tenth, "
            f"peak rss {rss_now:.0f} MB",
            file=sys.stderr,
            flush=True,
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    stories = index.stories()
    state = index.state()
    return {
        "articles": size,
        "per_day": per_day,
        "ms_per_add_first_tenth": round(tenths[0], 3),
        "ms_per_add_last_tenth": round(tenths[-1], 3),
        "ms_per_add_mean": round(sum(tenths) / len(tenths), 3),
        "last_over_first": round(tenths[-1] / tenths[0], 3),
        "peak_rss_mb": round(rss / 1024, 1),
        "index_rss_mb": round((rss - base_rss) / 1024, 1),
        "stories": len(stories),
        "events": sum(len(s.events) for s in stories),
        "open_events": sum(1 for g in state["groups"] if g["kind"] == "event"),
        "postings_keys": sum(1 for _, _, postings in state["keys"] if postings),
        "generator_ms_per_article": round(1000 * generating / size, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--per-day", type=int, default=500)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child run of one size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.per_day)))
        return
    runs = [_run_child(size, args.per_day) for size in args.sizes]
    columns = ["articles", "ms_per_add_first_tenth", "ms_per_add_last_tenth", "ms_per_add_mean"]
    columns += ["last_over_first", "peak_rss_mb", "events", "stories"]
    print("  ".join(f"{c:>12.12}" for c in columns))
    for r in runs:
        print("  ".join(f"{r[c]!s:>12}" for c in columns))
    smallest = min(runs, key=lambda r: r["articles"])
    metrics = {
        f"stories_scale.{r['articles']}.{k}": v
        for r in runs
        for k, v in r.items()
        if k != "articles"
    }
    for r in runs:
        ratio = r["ms_per_add_mean"] / smallest["ms_per_add_mean"]
        steady = r["ms_per_add_last_tenth"] / smallest["ms_per_add_last_tenth"]
        metrics[f"stories_scale.{r['articles']}.mean_over_smallest"] = round(ratio, 3)
        metrics[f"stories_scale.{r['articles']}.last_tenth_over_smallest"] = round(steady, 3)
        print(f"{r['articles']}: ms/add {ratio:.2f}x (mean), {steady:.2f}x (last tenth) that of")
        print(f"  {smallest['articles']} articles (target <= 1.5x)")
    out = REPO / "bench/results/stories_scale.json"
    out.write_text(json.dumps({"metrics": metrics, "runs": runs}, indent=1) + "\n")
    print(f"wrote {out} (CPU times on a shared, loaded machine)")


def _run_child(size: int, per_day: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--one", str(size), "--per-day", str(per_day)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
