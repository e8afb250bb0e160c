"""Copy detection speed and memory as the index grows: 10k, 100k and 1M articles.

Synthetic articles are streamed (never held together), each a pure function of its number:

  plain   a real article (NeuS/AllSides, FNC-1 bodies, PolNeAR) re-spelt for this variant:
          half of its word types are swapped for words of similar frequency, so variants
          keep the length, sentence shapes and word statistics of news but share no long
          passages by accident; one in five ends with one of 30 18-word stock footers
          (boilerplate that must become "common"); bases are cut to 400 words
  copy    3%: a light edit (2% of words changed, a line added) of an earlier plain article
  reuse   3%: a plain article with a passage of an earlier plain article pasted in (35-70%
          of its words: enough to pass `reuse_share`)

Planted sources are recent (the last 1,000 articles) four times in five, anywhere before
otherwise: a window that forgets old articles loses those, which `--window` measures.
Density is the same at every size, so time per article should not depend on the size.
Beyond `--real` articles, a point first restores stand-in fingerprints (the real length
distribution, random 5-grams, stock footers; no text) with `CopyIndex.restore`, then adds
`--real` synthetic articles and times those: hashing a million texts does not fit a shared
two-core machine in an afternoon, and the index holds as many articles either way.
All sizes run back to back in one process; times are CPU time of `add` alone (the machine
is shared), peak memory is ru_maxrss, index memory the resident growth while it was built.

    .venv/bin/python bench/copies_scale.py [--sizes 10000 100000 1000000] [--real 50000]
        [--window 5000] [--rebuild 20000] [--merge]
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from copies_eval import SHARED, read_neus
from newsdesk.config import default_settings
from newsdesk.group.copies import CopyIndex, Fingerprint, fingerprint

COPIES = default_settings().copies

REPO = Path(__file__).resolve().parents[1]
RECENT = 1000
FOOTERS = 30


@dataclass(frozen=True, slots=True)
class Synthetic:
    number: int
    text: str
    kind: str  # plain | copy | reuse
    source: int | None = None  # the planted source's number


class Generator:
    """Article n is a pure function of (seed, n): copies regenerate their source."""

    def __init__(self, bases: list[list[str]], seed: int = 3) -> None:
        self.seed = seed
        counts = Counter(word for words in bases for word in words)
        self.by_rank = [word for word, _ in counts.most_common()]
        rank = {word: number for number, word in enumerate(self.by_rank)}
        # each base as its word types (by frequency rank) and where they occur
        self.bases = [
            np.unique(np.array([rank[word] for word in words]), return_inverse=True)
            for words in bases
        ]
        rng = random.Random(seed)
        # stock lines are short: "Follow us on ...", "Copyright ... All rights reserved."
        self.footers = [" ".join(rng.choice(bases)[:18]) for _ in range(FOOTERS)]

    def _rng(self, stream: int, n: int) -> random.Random:
        return random.Random((self.seed << 48) | (stream << 40) | n)

    def kind(self, n: int) -> str:
        roll = self._rng(1, n).random()
        return "copy" if roll < 0.03 else "reuse" if roll < 0.06 else "plain"

    def plain(self, n: int) -> str:
        rng = np.random.default_rng([self.seed, n])
        types, inverse = self.bases[int(rng.integers(len(self.bases)))]
        # rare words have many neighbours of a similar frequency
        shifted = types + rng.integers(1, np.maximum(8, types // 8) + 1)
        shifted = np.minimum(shifted, len(self.by_rank) - 1)
        swapped = np.where(rng.random(types.size) < 0.5, shifted, types)[inverse]
        text = " ".join([self.by_rank[number] for number in swapped.tolist()])
        return text + " " + self.footers[int(rng.integers(FOOTERS))] if rng.random() < 0.2 else text

    def article(self, n: int, first: int = 0) -> Synthetic:
        """Article n; planted sources are articles `first` to n - 1 (those with a text)."""
        kind = self.kind(n)
        if kind == "plain" or n == first:
            return Synthetic(n, self.plain(n), "plain")
        rng = self._rng(2, n)
        source = self._source(n, rng, first)
        if kind == "copy":
            return Synthetic(n, self._edited(self.plain(source), rng), kind, source)
        return Synthetic(n, self._pasted(self.plain(n), self.plain(source), rng), kind, source)

    def _source(self, n: int, rng: random.Random, first: int) -> int:
        while True:
            low = max(first, n - RECENT) if rng.random() < 0.8 else first
            source = rng.randrange(low, n)
            if self.kind(source) == "plain":
                return source
            if all(self.kind(m) != "plain" for m in range(low, n)):
                return first

    def _edited(self, text: str, rng: random.Random) -> str:
        words = text.split()
        for _ in range(max(1, len(words) // 50)):
            words[rng.randrange(len(words))] = rng.choice(self.by_rank[:5000])
        return " ".join(words) + " Updated with more details."

    def _pasted(self, host: str, source: str, rng: random.Random) -> str:
        words, taken = host.split(), source.split()
        # enough of the new article to report (reuse_share): 25-50% of its words
        size = min(len(taken), max(40, int(len(words) * rng.uniform(0.35, 0.7))))
        start = rng.randrange(len(taken) - size + 1)
        at = rng.randrange(len(words) + 1)
        return " ".join(words[:at] + taken[start : start + size] + words[at:])

    def stream(self, count: int, first: int = 0) -> Iterator[Synthetic]:
        return (self.article(n, first) for n in range(first, first + count))

    def fillers(self, count: int) -> Iterator[Fingerprint]:
        """Fingerprints of stand-in articles: the real length distribution, random 5-grams
        (so no copies), one in five with a stock footer's 5-grams. Made without text: hashing
        a million texts does not fit on a shared two-core machine in an afternoon.
        """
        rng = np.random.default_rng([self.seed, 99])
        lengths = np.array([inverse.size for _, inverse in self.bases])
        footers = [fingerprint(footer, COPIES).shingles for footer in self.footers]
        for _ in range(count):
            words = int(lengths[rng.integers(lengths.size)])
            top = np.iinfo(np.uint64).max
            shingles = rng.integers(0, top, words - 4, dtype=np.uint64, endpoint=True)
            if rng.random() < 0.2:
                shingles = np.concatenate([shingles, footers[int(rng.integers(FOOTERS))]])
            minhash = rng.integers(0, 2**32, 64, dtype=np.uint32)  # random sets: random bands
            quoted = np.zeros(words, dtype=bool)
            yield Fingerprint(rng.bytes(16), words, shingles, minhash, quoted)


def real_articles(shared: Path) -> list[list[str]]:
    texts = [article for story in read_neus(shared) for article in story.articles]
    csv.field_size_limit(10**8)
    with (shared / "data/crosscheck/fnc-1/train_bodies.csv").open(encoding="utf-8") as handle:
        texts += [row["articleBody"] for row in csv.DictReader(handle)]
    texts += [path.read_text("utf-8") for path in _polnear(shared)]
    # capped at 400 words so a 1M run fits the time we have; the median news article is shorter
    return [words[:400] for words in (text.split() for text in texts) if len(words) >= 60]


def _polnear(shared: Path) -> list[Path]:
    return sorted((shared / "data/quotes/polnear/data").glob("*/text/*.txt"))


def measure(generator: Generator, size: int, window: int, filled: int = 0) -> dict[str, object]:
    """Add `size` articles; CPU ms per add (mean, p95, by tenth), memory, planted recall.

    With `filled`, the index first holds that many restored stand-in fingerprints.
    """
    gc.collect()
    rss_before = _rss_mb()
    index = CopyIndex(replace(COPIES, window=window))
    restore_ms = _fill(index, generator, filled)
    times = np.zeros(size, dtype=np.float64)
    kinds, found, planted = Counter[str](), Counter[str](), Counter[str]()
    wall = time.perf_counter()
    for article in generator.stream(size, filled):
        began = time.process_time()
        links = index.add(f"a{article.number}", article.text)
        done = article.number - filled
        times[done] = time.process_time() - began
        kinds.update(link.kind for link in links)
        _score(article, links, planted, found)
        if (done + 1) % max(1, size // 10) == 0:
            _progress(done + 1, times, index)
    wall = time.perf_counter() - wall
    row = _row(size, window, times, wall, index, rss_before, kinds, planted, found)
    return row | {"articles": filled + size, "added": size, "restored": filled} | restore_ms


def _fill(index: CopyIndex, generator: Generator, count: int) -> dict[str, float]:
    if not count:
        return {}
    began = time.process_time()
    for number, stand_in in enumerate(generator.fillers(count)):
        index.restore(f"f{number}", stand_in)
        if (number + 1) % max(1, count // 10) == 0:
            spent = 1000 * (time.process_time() - began) / (number + 1)
            print(
                f"  {number + 1} restored: {spent:.3f} ms each; rss {_rss_mb():.0f} MB", flush=True
            )
    return {"ms_per_restore": round(1000 * (time.process_time() - began) / count, 3)}


def rebuild(generator: Generator, size: int, probes: int = 2000) -> dict[str, object]:
    """Reopening a store: restore from stored fingerprint bytes vs adding every text again.

    The rebuilt index must answer the next `probes` articles exactly as the original does.
    """
    original, stored = CopyIndex(COPIES), []
    began = time.process_time()
    for article in generator.stream(size):
        fp = fingerprint(article.text, COPIES)
        original.add_fingerprint(f"a{article.number}", fp)
        stored.append(fp.to_bytes(COPIES))
    add_ms = 1000 * (time.process_time() - began) / size
    began = time.process_time()
    rebuilt = CopyIndex(COPIES)
    for number, data in enumerate(stored):
        rebuilt.restore(f"a{number}", Fingerprint.from_bytes(data, COPIES))
    restore_ms = 1000 * (time.process_time() - began) / size
    same = all(
        original.add(f"a{a.number}", a.text) == rebuilt.add(f"a{a.number}", a.text)
        for a in generator.stream(probes, size)
    )
    return {
        "articles": size,
        "ms_per_article_fingerprint_and_add": round(add_ms, 3),
        "ms_per_article_restore_from_bytes": round(restore_ms, 3),
        "fingerprint_bytes_per_article": round(sum(map(len, stored)) / size),
        "same_links_on_next_articles": same,
    }


def _score(article: Synthetic, links: list, planted: Counter[str], found: Counter[str]) -> None:
    if article.source is None:
        found["false_from_plain"] += bool(links)
        return
    old = "old" if article.number - article.source > RECENT else "recent"
    planted[f"{article.kind}.{old}"] += 1
    hit = any(link.source_id == f"a{article.source}" for link in links)
    found[f"{article.kind}.{old}"] += hit


def _row(
    size: int,
    window: int,
    times: np.ndarray,
    wall: float,
    index: CopyIndex,
    rss_before: float,
    kinds: Counter[str],
    planted: Counter[str],
    found: Counter[str],
) -> dict[str, object]:
    ms = 1000 * times
    tenths = [float(part.mean()) for part in np.array_split(ms, 10)]
    recall = {key: round(found[key] / count, 4) for key, count in sorted(planted.items())}
    rss_after = _rss_mb()
    return {
        "articles": size,
        "window": window,
        "ms_per_add_mean": round(float(ms.mean()), 3),
        "ms_per_add_p95": round(float(np.percentile(ms, 95)), 3),
        "ms_per_add_first_tenth": round(tenths[0], 3),
        "ms_per_add_last_tenth": round(tenths[-1], 3),
        "articles_per_second_wall": round(size / wall, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "index_rss_mb": round(rss_after - rss_before, 1),
        "index_bytes_per_article": round(2**20 * (rss_after - rss_before) / len(index)),
        "index_array_mb": round(index.memory_bytes() / 1e6, 1),
        "links": dict(kinds),
        "planted_recall": recall,
        "false_links_from_plain": round(found["false_from_plain"] / max(1, size), 5),
    }


def _progress(done: int, times: np.ndarray, index: CopyIndex) -> None:
    recent = 1000 * times[max(0, done - max(1, len(times) // 10)) : done]
    print(
        f"  {done} added: last tenth {recent.mean():.3f} ms/add, p95 "
        f"{np.percentile(recent, 95):.3f}; rss {_rss_mb():.0f} MB, "
        f"arrays {index.memory_bytes() / 1e6:.0f} MB",
        flush=True,
    )


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        resident_pages = int(handle.read().split()[1])
    return resident_pages * resource.getpagesize() / 2**20


def metrics(rows: list[dict[str, object]]) -> dict[str, float]:
    """Gated figures (higher is better): flatness (fastest / slowest mean time per add over
    the sizes) and planted recall of the unbounded runs."""
    full = [row for row in rows if not row["window"]]
    out: dict[str, float] = {}
    if len(full) > 1:
        times = [float(str(row["ms_per_add_mean"])) for row in full]
        out["copies_scale.flatness"] = round(min(times) / max(times), 3)
    for row in full:
        for key, value in dict(row["planted_recall"]).items():  # type: ignore[call-overload]
            out[f"copies_scale.{row['articles']}.recall.{key}"] = value
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument(
        "--real", type=int, default=100_000, help="beyond this size, fill with stand-ins first"
    )
    parser.add_argument("--window", type=int, default=0, help="also run the largest size so")
    parser.add_argument("--rebuild", type=int, default=0, help="time a rebuild of this size")
    parser.add_argument("--merge", action="store_true", help="keep other runs in the results")
    args = parser.parse_args()
    generator = Generator(real_articles(SHARED))
    rows = []
    for size in args.sizes:
        added = min(size, args.real)
        rows.append(measure(generator, added, 0, filled=size - added))
        _print(rows[-1:])
    if args.window and args.sizes:
        rows.append(measure(generator, max(args.sizes), args.window))
        _print(rows[-1:])
    extra = {"rebuild": rebuild(generator, args.rebuild)} if args.rebuild else {}
    _print([extra.get("rebuild", {})])
    _write(REPO / "bench" / "results" / "copies_scale.json", rows, extra, args.merge)
    return 0


def _write(out: Path, rows: list[dict[str, object]], extra: dict, merge: bool) -> None:
    if merge and out.exists():  # keep what other runs of this script measured
        before = json.loads(out.read_text())
        ours = {(row["articles"], row["window"]) for row in rows}
        kept = [r for r in before["runs"] if (r["articles"], r["window"]) not in ours]
        rows = sorted(kept + rows, key=lambda row: (row["window"], row["articles"]))
        extra = {key: before[key] for key in before if key not in ("metrics", "runs")} | extra
    out.write_text(json.dumps({"metrics": metrics(rows), "runs": rows} | extra, indent=2))


def _print(rows: list[dict[str, object]]) -> None:
    for row in rows:
        print(" | ".join(f"{key}={value}" for key, value in row.items()), flush=True)


if __name__ == "__main__":
    sys.exit(main())
