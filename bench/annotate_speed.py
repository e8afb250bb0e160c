"""Speed and memory of the annotate stage on real news (NeuS/AllSides articles in ../shared).

Each configuration runs in a fresh process so its peak memory is its own. Prints a table and
writes bench/results/annotate.json.

Components: "ner" loads only the NER (the small model's NER has its own tok2vec) plus a rule
sentencizer; the tagger, parser, lemmatizer, attribute_ruler, shared tok2vec and senter are
excluded because mentions and sentences do not need them and they cost most of the time.
"parse" keeps tok2vec, tagger, attribute_ruler, lemmatizer, parser and NER, excluding only the
senter (the parser already splits sentences). "selective" runs NER and the trained senter over
everything and the parse only over the sentences the extractors read (quotation marks, verbs
of saying, claim triggers, numbers: `parse_needs.extractor_selection`); its row shows the share
of sentences it parsed. "sentences" (tokenizer + sentencizer) is shown as the floor. "cpu s"
is the CPU time of the process and its workers (the machine is shared: wall clock varies).

    .venv/bin/python bench/annotate_speed.py [--articles 600]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
from bisect import bisect_right
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.model import Annotation

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
NEUS = SHARED / "data" / "clustering" / "neus-allsides" / "data" / "train.source"
RESULTS = REPO / "bench" / "results" / "annotate.json"
CONFIGS = [
    ("sentences", 1),
    ("ner", 1),
    ("ner", 2),
    ("parse", 1),
    ("parse", 2),
    ("selective", 1),
    ("selective", 2),
]


def neus_articles(limit: int) -> list[tuple[str, str]]:
    """(id, text) pairs: NeuS lines hold three outlets' articles separated by [SEP]."""
    texts: list[str] = []
    for line in NEUS.read_text("utf-8").splitlines():
        texts += [m.strip() for m in re.findall(r"ARTICLE=>(.*?)(?:\[SEP\]|$)", line)]
    return [(f"neus-{i}", text) for i, text in enumerate(texts[:limit])]


def run_one(components: str, n_process: int, limit: int) -> dict[str, float | int | str]:
    """Time one configuration (model already loaded, so only annotation is timed)."""
    from newsdesk.annotate import annotate, load_nlp
    from parse_needs import extractor_selection

    items = neus_articles(limit)
    load_nlp(components)
    selection = extractor_selection() if components == "selective" else None
    started, cpu = time.perf_counter(), _cpu_seconds()
    found = list(annotate(items, components=components, n_process=n_process, selection=selection))
    seconds = time.perf_counter() - started
    mentions = sum(len(a.mentions) for a in found)
    sentences = sum(len(a.sentences) for a in found)
    parsed = sum(len({_sentence_of(a, t.start) for t in a.tokens}) for a in found)
    words = sum(len(text.split()) for _, text in items)
    return {
        "components": components,
        "n_process": n_process,
        "articles": len(items),
        "words": words,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(_cpu_seconds() - cpu, 2),
        "sentences_parsed": round(parsed / max(sentences, 1), 3),
        "words_per_second": round(words / seconds),
        "mentions": mentions,
        "peak_rss_mib_main": _max_rss_mib(resource.RUSAGE_SELF),
        "peak_rss_mib_worker": _max_rss_mib(resource.RUSAGE_CHILDREN),
    }


def _cpu_seconds() -> float:
    mine, workers = (
        resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return mine.ru_utime + mine.ru_stime + workers.ru_utime + workers.ru_stime


def _sentence_of(annotation: Annotation, offset: int) -> int:
    starts = [s.start for s in annotation.sentences]
    return bisect_right(starts, offset) - 1


def _max_rss_mib(who: int) -> int:
    return round(resource.getrusage(who).ru_maxrss / 1024)  # Linux reports KiB


def run_all(limit: int) -> list[dict[str, float | int | str]]:
    rows = []
    for components, n_process in CONFIGS:
        command = [
            sys.executable,
            __file__,
            "--one",
            components,
            str(n_process),
            "--articles",
            str(limit),
        ]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
    return rows


def print_table(rows: list[dict[str, float | int | str]]) -> None:
    """Peak RSS of the main process and of the largest worker (0: no worker was started)."""
    header = ("components", "procs", "words", "sec", "cpu s", "words/s", "parsed")
    header += ("RSS MiB", "worker")
    print("{:<10} {:>5} {:>7} {:>6} {:>6} {:>8} {:>6} {:>8} {:>7}".format(*header))
    for r in rows:
        print(
            f"{r['components']:<10} {r['n_process']:>5} {r['words']:>7} {r['seconds']:>6} "
            f"{r['cpu_seconds']:>6} {r['words_per_second']:>8} {r['sentences_parsed']:>6.0%} "
            f"{r['peak_rss_mib_main']:>8} {r['peak_rss_mib_worker']:>7}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--one", nargs=2, metavar=("COMPONENTS", "N_PROCESS"))
    args = parser.parse_args()
    if not NEUS.exists():
        sys.exit(f"needs {NEUS} (the shared data folder; set NEWSDESK_SHARED)")
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]), args.articles)))
        return
    rows = run_all(args.articles)
    print_table(rows)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    when = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    print(f"# on {platform.node()} ({os.cpu_count()} cores), {when}, load {os.getloadavg()[0]:.2f}")
    document = {"corpus": "neus-allsides train", "date": when, "runs": rows}
    RESULTS.write_text(json.dumps(document, indent=2) + "\n")
    print(f"wrote {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
