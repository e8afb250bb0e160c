"""Linking throughput and peak memory at 1k-100k synthetic articles (not quadratic: blocked).

Articles are built from real names (the gold entity names of the ELEVANT benchmarks in
../shared), recombined into more people (first names x surnames) and written in variants the
linker must fold: transliteration swaps (y/i, kh/ch), dropped diacritics, upper case, a lone
surname, one-letter typos. Each article has ~15 mentions drawn from a Zipf-like popularity, so
a few names occur in many articles, as in news. Each size runs in a fresh process so its peak
memory (max RSS, includes the interpreter and libraries) is its own.

    .venv/bin/python bench/link_scale.py [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
ELEVANT = SHARED / "data" / "entities" / "elevant" / "benchmarks"
RESULTS = REPO / "bench" / "results" / "link_scale.json"
MENTIONS_PER_ARTICLE = 15

sys.path.insert(0, str(REPO / "src"))


def real_names() -> tuple[list[str], list[str]]:
    """(people, other names) from the gold labels of every ELEVANT benchmark."""
    people, others = set(), set()
    for path in sorted(ELEVANT.glob("*.benchmark.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            for label in json.loads(line)["labels"]:
                name = label["name"]
                if name == "Unknown" or not label["entity_id"].startswith("Q"):
                    continue
                person = label["type"] == "Q215627" and len(name.split()) == 2
                (people if person else others).add(name)
    return sorted(people), sorted(others)


def name_pool(rng: random.Random, size: int) -> list[tuple[str, str]]:
    """(name, label) pairs: real names plus recombined people, shuffled into a popularity order."""
    people, others = real_names()
    firsts = [p.split()[0] for p in people]
    lasts = [p.split()[1] for p in people]
    made = {f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in range(size)}
    pool = [(n, "PERSON") for n in sorted(made | set(people))] + [(n, "ORG") for n in others]
    rng.shuffle(pool)
    return pool


def variant(name: str, label: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.6:
        return name
    if roll < 0.7 and label == "PERSON":
        return name.split()[-1]
    if roll < 0.8:
        return name.replace("y", "i").replace("kh", "ch").replace("ie", "e")
    if roll < 0.85:
        return name.upper()
    if roll < 0.95 and len(name) > 8:
        i = rng.randrange(1, len(name) - 1)
        return name[:i] + name[i + 1 :]  # a dropped letter
    return name + "’s"


def articles(count: int, seed: int = 13) -> list[object]:
    from newsdesk.link import LinkInput
    from newsdesk.model import Mention

    rng = random.Random(seed)
    pool = name_pool(rng, max(2000, count // 5))
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(pool))]
    items = []
    for n in range(count):
        chosen = rng.choices(pool, weights, k=MENTIONS_PER_ARTICLE)
        text, mentions = "", []
        for name, label in chosen:
            surface = variant(name, label, rng)
            mentions.append(Mention(len(text), len(text) + len(surface), surface, label))
            text += surface + " said something about it. "
        items.append(LinkInput(f"a{n:07d}", text, tuple(mentions)))
    return items


def run_one(count: int) -> dict[str, float]:
    from newsdesk.link import link_entities

    items = articles(count)
    started = time.perf_counter()
    entities = link_entities(items)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "articles": count,
        "mentions": count * MENTIONS_PER_ARTICLE,
        "entities": len(entities),
        "seconds": round(seconds, 2),
        "articles_per_s": round(count / seconds),
        "peak_mb": round(peak),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 100000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    rows = []
    header = ("articles", "mentions", "entities", "seconds", "art/s", "peak MB")
    print(" ".join(f"{h:>9}" for h in header))
    for size in args.sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        row = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(
            f"{row['articles']:9d} {row['mentions']:9d} {row['entities']:9d} "
            f"{row['seconds']:8.1f} {row['articles_per_s']:7d} {row['peak_mb']:8d}"
        )
    metrics = {}
    for row in rows:
        for key in ("seconds", "articles_per_s", "peak_mb", "entities"):
            metrics[f"link_scale.{row['articles']}.{key}"] = row[key]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"metrics": metrics, "runs": rows}, indent=2) + "\n")
    print(f"wrote {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
