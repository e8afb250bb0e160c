"""Copy detection speed and memory as the index grows (10k and 100k articles).

Synthetic articles are built from real sentences of ../shared/data/clustering/neus-allsides:
each takes 4-8 sentences drawn from the whole pool (so sentences recur across many articles,
like wire copy and stock lines), with ~5% of words replaced; one in twenty is a light edit
of an earlier synthetic article. Each size runs in its own process so peak memory (ru_maxrss)
is its own.

    .venv/bin/python bench/copies_scale.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from copies_eval import SHARED, read_neus, sentences
from newsdesk.group.copies import CopyIndex

REPO = Path(__file__).resolve().parents[1]


def sentence_pool() -> list[str]:
    pool = [s for story in read_neus(SHARED) for a in story.articles for s in sentences(a)]
    return [s for s in pool if len(s.split()) >= 6]


def synthetic_articles(count: int, seed: int = 3) -> Iterator[str]:
    rng = random.Random(seed)
    pool = sentence_pool()
    vocabulary = [w for s in rng.sample(pool, 2000) for w in s.split()]
    made: list[str] = []
    for n in range(count):
        if made and n % 20 == 0:
            text = _perturb(rng.choice(made[-5000:]), vocabulary, rng, 0.02)
        else:
            text = _perturb(" ".join(rng.sample(pool, rng.randint(4, 8))), vocabulary, rng, 0.05)
        made.append(text)
        yield text


def _perturb(text: str, vocabulary: list[str], rng: random.Random, rate: float) -> str:
    words = text.split()
    for _ in range(max(1, int(len(words) * rate))):
        words[rng.randrange(len(words))] = rng.choice(vocabulary)
    return " ".join(words)


def measure(size: int) -> dict[str, object]:
    """Add `size` articles; CPU time per article in each tenth of the run, and peak memory.

    CPU time, not wall time: the machine is shared, and wall time swings with its neighbours.
    """
    texts = list(synthetic_articles(size))
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    index, kinds, tenths = CopyIndex(), Counter[str](), []
    step = max(1, size // 10)
    for start in range(0, size, step):
        began = time.process_time()
        for n in range(start, min(start + step, size)):
            kinds.update(link.kind for link in index.add(f"a{n}", texts[n]))
        tenths.append(1000 * (time.process_time() - began) / step)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    state_chars = len(json.dumps(index.state()))
    return {
        "articles": size,
        "ms_per_add_first_tenth": round(tenths[0], 3),
        "ms_per_add_last_tenth": round(tenths[-1], 3),
        "ms_per_add_mean": round(sum(tenths) / len(tenths), 3),
        "peak_rss_mb": round(rss / 1024, 1),
        "index_rss_mb": round((rss - base_rss) / 1024, 1),
        "links": dict(kinds),
        "state_json_mb": round(state_chars / 1e6, 1),
        "state_seconds": round(time.process_time() - started, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child run
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return 0
    rows = [_child(size) for size in args.sizes]
    _print(rows)
    out = REPO / "bench" / "results" / "copies_scale.json"
    out.write_text(json.dumps(rows, indent=2))
    return 0


def _child(size: int) -> dict[str, object]:
    command = [sys.executable, __file__, "--one", str(size)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _print(rows: list[dict[str, object]]) -> None:
    columns = ["articles", "ms_per_add_first_tenth", "ms_per_add_last_tenth", "ms_per_add_mean"]
    columns += ["peak_rss_mb", "index_rss_mb", "state_json_mb", "links"]
    print(" | ".join(columns))
    for row in rows:
        print(" | ".join(str(row[c]) for c in columns))


if __name__ == "__main__":
    sys.exit(main())
