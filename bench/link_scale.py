"""Incremental linking as the store grows: the cost of adding 100 articles at 10k, 100k (1M).

One stream, one process: articles arrive in batches into one `LinkIndex`; at each size the
next `--probes` batches of 100 are timed one by one (CPU time of this process, the machine is
shared; the median is reported), and the peak memory so far (max RSS, interpreter and
libraries included) is read. The growth figure is the 100k cost over the 10k cost.

The articles are real-length stand-ins (~500 words, ~20 name mentions): sentences of real
news (NeuS-AllSides, ../shared) with names inserted, the names real ones (the gold entity
names of the ELEVANT benchmarks) recombined into more people (first names x surnames) and
written in variants the linker must fold: transliteration swaps, dropped letters, upper case,
a lone surname, a possessive. Popularity is Zipf-like, so a few names are in many articles,
as in news; 2% of articles are flagged machine-translated (the garble rule runs on them).

    .venv/bin/python bench/link_scale.py [--sizes 10000 100000] [--probes 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
ELEVANT = SHARED / "data" / "entities" / "elevant" / "benchmarks"
NEUS = SHARED / "data" / "clustering" / "neus-allsides" / "data"
RESULTS = REPO / "bench" / "results" / "link_scale.json"
MENTIONS_PER_ARTICLE = 20
SENTENCES_PER_ARTICLE = 24  # ~500 words with the names
FILL_BATCH = 1000
PROBE_BATCH = 100
_ARTICLE = re.compile(r"ARTICLE=>\s*(.*)", re.S)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])")

sys.path.insert(0, str(REPO / "src"))

from newsdesk.config import default_settings  # noqa: E402
from newsdesk.link import LinkIndex, LinkInput  # noqa: E402
from newsdesk.link.local import local_entities  # noqa: E402
from newsdesk.model import Mention  # noqa: E402


def real_names() -> tuple[list[str], list[str]]:
    """(people, other names) from the gold labels of every ELEVANT benchmark."""
    people: set[str] = set()
    others: set[str] = set()
    for path in sorted(ELEVANT.glob("*.benchmark.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            for label in json.loads(line)["labels"]:
                name = label["name"]
                if name == "Unknown" or not label["entity_id"].startswith("Q"):
                    continue
                person = label["type"] == "Q215627" and len(name.split()) == 2
                (people if person else others).add(name)
    return sorted(people), sorted(others)


def real_sentences() -> list[str]:
    sentences = []
    for name in ("train.source", "val.source"):
        for row in (NEUS / name).read_text("utf-8").splitlines():
            for part in row.split("[SEP]"):
                match = _ARTICLE.search(part)
                if match:
                    sentences += [s for s in _SENTENCE_END.split(match[1].strip()) if s]
    return sentences


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


def stream(total: int, seed: int = 13) -> Iterator[LinkInput]:
    """`total` stand-in articles, made one at a time (the stream is never all in memory)."""
    rng = random.Random(seed)
    pool = name_pool(rng, max(2000, total // 5))
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(pool))]
    cumulative = [0.0]
    for weight in weights:
        cumulative.append(cumulative[-1] + weight)
    sentences = real_sentences()
    for n in range(total):
        chosen = rng.choices(pool, cum_weights=cumulative[1:], k=MENTIONS_PER_ARTICLE)
        slots = sorted(rng.sample(range(SENTENCES_PER_ARTICLE), k=MENTIONS_PER_ARTICLE))
        names = dict(zip(slots, chosen, strict=True))
        text, mentions = "", []
        for slot in range(SENTENCES_PER_ARTICLE):
            sentence = rng.choice(sentences)
            if slot in names:
                name, label = names[slot]
                surface = variant(name, label, rng)
                text += "According to "
                mentions.append(Mention(len(text), len(text) + len(surface), surface, label))
                text += f"{surface}, {sentence[:1].lower()}{sentence[1:]} "
            else:
                text += sentence + " "
        translated = rng.random() < 0.02
        yield LinkInput(f"a{n:08d}", text, tuple(mentions), machine_translated=translated)


def take(items: Iterator[LinkInput], count: int) -> list[LinkInput]:
    return [next(items) for _ in range(count)]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def probe(index: LinkIndex, items: Iterator[LinkInput], probes: int) -> dict[str, float]:
    """The median cost of adding 100 articles, and of its per-article part alone."""
    settings, knowledge = index.settings, index.knowledge
    adds, locals_, changed, rows, saves = [], [], [], [], []
    for _ in range(probes):
        batch = take(items, PROBE_BATCH)
        started = time.process_time()
        for item in batch:
            local_entities(item, settings, knowledge)
        locals_.append(time.process_time() - started)
        started = time.process_time()
        update = index.add(batch)
        adds.append(time.process_time() - started)
        changed.append(len(update.changed))
        started = time.process_time()
        rows.append(len(json.dumps(index.changes())))
        saves.append(time.process_time() - started)
    return {
        "add100_ms": round(1000 * statistics.median(adds), 1),
        "local100_ms": round(1000 * statistics.median(locals_), 1),
        "changed_entities": statistics.median(changed),
        "changes_kb": round(statistics.median(rows) / 1000),
        "changes_ms": round(1000 * statistics.median(saves), 1),
        "peak_rss_mb": round(peak_mb()),
    }


def state_figures(index: LinkIndex, settings: Any) -> dict[str, float]:
    started = time.process_time()
    text = json.dumps(index.snapshot())
    saved = time.process_time() - started
    started = time.process_time()
    LinkIndex.restore(json.loads(text), settings)
    restored = time.process_time() - started
    return {
        "snapshot_mb": round(len(text) / 1e6, 1),
        "snapshot_s": round(saved, 2),
        "restore_s": round(restored, 2),
    }


def run(sizes: list[int], probes: int, with_state: bool) -> list[dict[str, Any]]:
    settings = default_settings().link
    index = LinkIndex(settings)
    items = stream(max(sizes) + probes * PROBE_BATCH * len(sizes))
    rows, done, started = [], 0, time.process_time()
    for size in sorted(sizes):
        while done < size:
            count = min(FILL_BATCH, size - done)
            index.add(take(items, count))
            index.changes()  # the rows a store writes after each add
            done += count
        row: dict[str, Any] = {"articles": size, "fill_s": round(time.process_time() - started)}
        row |= probe(index, items, probes)
        done += probes * PROBE_BATCH
        row["names"] = index.sizes()["names"]
        row["entities"] = index.sizes()["entities"]
        if with_state:
            row |= state_figures(index, settings)
        rows.append(row)
        print(_line(row), flush=True)
    return rows


HEADER = (
    f"{'articles':>9} {'names':>8} {'entities':>8} {'add 100':>9} {'of which':>9} "
    f"{'changed':>8} {'rows':>14} {'peak RSS':>9} {'snapshot':>9} {'save':>6} {'restore':>8}"
)


def _line(row: dict[str, Any]) -> str:
    state = (
        f"{row['snapshot_mb']:7.1f}MB {row['snapshot_s']:5.1f}s {row['restore_s']:7.1f}s"
        if "snapshot_mb" in row
        else ""
    )
    return (
        f"{row['articles']:9d} {row['names']:8d} {row['entities']:8d} "
        f"{row['add100_ms']:7.0f}ms {row['local100_ms']:7.0f}ms {row['changed_entities']:8.0f} "
        f"{row['changes_kb']:5d}kB {row['changes_ms']:4.0f}ms {row['peak_rss_mb']:7d}MB {state}"
    )


def metrics(rows: list[dict[str, Any]]) -> dict[str, float]:
    found: dict[str, float] = {}
    for row in rows:
        at = f"at_{row['articles'] // 1000}k"
        found[f"link_scale.add100.ms_{at}"] = row["add100_ms"]
        found[f"link_scale.add100.index_ms_{at}"] = round(row["add100_ms"] - row["local100_ms"], 1)
        found[f"link_scale.peak_rss_mb_{at}"] = row["peak_rss_mb"]
        found[f"link_scale.changes_kb_{at}"] = row["changes_kb"]
        found[f"link_scale.changes_ms_{at}"] = row["changes_ms"]
        for key in ("snapshot_mb", "restore_s"):
            if key in row:
                found[f"link_scale.{key}_{at}"] = row[key]
    by_size = {row["articles"]: row for row in rows}
    for small, large in ((10_000, 100_000), (10_000, 1_000_000)):
        if small in by_size and large in by_size:
            ratio = by_size[large]["add100_ms"] / by_size[small]["add100_ms"]
            found[f"link_scale.growth_{large // 1000}k_over_{small // 1000}k"] = round(ratio, 2)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--probes", type=int, default=5)
    parser.add_argument("--no-state", action="store_true", help="skip snapshot and restore")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write metrics")
    args = parser.parse_args()
    if not ELEVANT.is_dir() or not NEUS.is_dir():
        sys.exit(f"needs {ELEVANT} and {NEUS} (set NEWSDESK_SHARED)")
    print(f"link_scale on {platform.node()} ({os.cpu_count()} cores), {date.today()}")
    print("add 100: median CPU time of adding 100 articles; of which: their per-article part;")
    print("rows: the state rows the add changed (LinkIndex.changes as JSON: size, CPU time)")
    print(HEADER)
    rows = run(args.sizes, args.probes, not args.no_state)
    found = metrics(rows)
    for key, value in found.items():
        if "growth" in key:
            print(f"{key}: {value}")
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps({"metrics": found, "runs": rows}, indent=2) + "\n")
    print(f"wrote {args.results}")


if __name__ == "__main__":
    main()
