"""End to end: real-length articles from files to facts and briefs, through the library.

Articles: PolNeAR train texts (full political news articles, median ~570 words, many stories),
read from ../shared/data/quotes/polnear. Each configuration runs in a fresh process:

  newsdesk p1 / p2   Desk(store).add(folder) with 1 and 2 worker processes: ingest, clean,
                     language, annotate, copies, dates, link, stories, extract, fuse, compose
  ner p1 / p2        a bare spaCy NER pass (the same model, NER only) over the same texts

The ratio compares newsdesk on 2 processes with the bare NER pass on 2 processes: the cost of
everything newsdesk does beyond finding names. Step times come from the pipeline's progress
callback (wall clock between steps). The machine is shared: each run also reports its CPU
seconds (itself and its worker processes) and the load average when it ended, so a slow wall
clock caused by other work shows as such.

`--profile selective` runs the annotate step with `components = "selective"` (the parse only
in the sentences the extractors read, `bench/parse_needs.extractor_selection`), wiring it the
way pipeline.py is meant to (until it does, this script patches `pipeline._annotate`).

    .venv/bin/python bench/e2e.py                        # 300 articles, components = "parse"
    .venv/bin/python bench/e2e.py --profile selective    # the same with selective parsing
    .venv/bin/python bench/e2e.py --quick                # 40 articles, about a minute

The last line printed reads `e2e: A articles/s on 2 processes, R x a bare NER pass`.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsdesk.config import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
TEXTS = SHARED / "data" / "quotes" / "polnear" / "data" / "train" / "text"
RESULTS = REPO / "bench" / "results" / "e2e.json"


def texts(limit: int) -> list[str]:
    return [p.read_text("utf-8").strip() for p in sorted(TEXTS.glob("*.txt"))[:limit]]


def use_profile(profile: str) -> Settings:
    """Settings with `[annotate] components = profile`; "selective" also wires the selection
    into the pipeline's annotate call (what pipeline._annotate should do itself)."""
    from newsdesk import pipeline
    from newsdesk.annotate import annotate
    from newsdesk.config import load_settings

    if profile == "selective" and "selection" not in inspect.getsource(pipeline._annotate):
        from parse_needs import extractor_selection

        selection = extractor_selection()

        def _annotate(articles: Any, settings: Any, on_problem: Any) -> Any:
            options = settings.annotate
            return annotate(
                ((article.id, article.text) for article in articles),
                components=options.components,
                n_process=options.n_process,
                batch_size=options.batch_size,
                model=options.model,
                max_chars=options.max_chars or None,
                on_problem=on_problem,
                selection=selection if options.components == "selective" else None,
            )

        pipeline._annotate = _annotate
    return load_settings(overrides={"annotate": {"components": profile}})


def run_newsdesk(limit: int, workers: int, profile: str) -> dict[str, object]:
    from newsdesk.desk import Desk

    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "articles"
        inputs.mkdir()
        for n, text in enumerate(texts(limit)):
            (inputs / f"{n:04d}.txt").write_text(text, encoding="utf-8")
        steps: list[tuple[str, float]] = []
        started = time.perf_counter()
        with Desk(Path(folder) / "e2e.db", settings=use_profile(profile)) as desk:
            report = desk.add(
                [str(inputs)],
                workers=workers,
                on_step=lambda name: steps.append((name, time.perf_counter())),
            )
            facts, stories = len(desk.facts()), len(desk.stories())
        total = time.perf_counter() - started
    marks = [("cleaning", started), *steps, ("end", started + total)]
    costs = {name: round(marks[i + 1][1] - at, 2) for i, (name, at) in enumerate(marks[:-1])}
    return {
        "articles": len(report.added),
        "seconds": round(total, 2),
        "steps": costs,
        "facts": facts,
        "stories": stories,
        "problems": len(report.update.problems) if report.update else 0,
    }


def run_ner(limit: int, workers: int, profile: str) -> dict[str, object]:
    from newsdesk.annotate import annotate, load_nlp

    items = texts(limit)
    load_nlp("ner")  # the model load is not part of either timing
    started = time.perf_counter()
    found = list(
        annotate(((str(n), t) for n, t in enumerate(items)), components="ner", n_process=workers)
    )
    return {"articles": len(found), "seconds": round(time.perf_counter() - started, 2)}


def child(kind: str, limit: int, workers: int, profile: str) -> None:
    result = (run_newsdesk if kind == "newsdesk" else run_ner)(limit, workers, profile)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps(result))


def cpu_seconds() -> float:
    """CPU time of this process's finished children (each run is one child and its workers)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def measure(kind: str, limit: int, workers: int, profile: str) -> dict[str, Any]:
    script = [sys.executable, __file__, "--child", kind, "--profile", profile]
    command = [*script, "--limit", str(limit), "--workers", str(workers)]
    before = cpu_seconds()
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    found: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    found["cpu_seconds"] = round(cpu_seconds() - before, 2)  # model loads included
    found["load_average"] = round(os.getloadavg()[0], 2)
    return found


def rate(run: dict[str, Any]) -> float:
    return float(run["articles"]) / float(run["seconds"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="40 articles (about a minute)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--child", choices=["newsdesk", "ner"])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--profile", default="parse", choices=["parse", "selective"])
    args = parser.parse_args()
    limit = args.limit or (40 if args.quick else 300)
    if args.child:
        child(args.child, limit, args.workers, args.profile)
        return
    if not TEXTS.is_dir():
        sys.exit(f"needs {TEXTS} (the shared data folder; set NEWSDESK_SHARED)")
    runs = {
        f"{k} p{w}": measure(k, limit, w, args.profile) for k in ("newsdesk", "ner") for w in (1, 2)
    }
    when = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    print(f"# e2e on {platform.node()} ({os.cpu_count()} cores), {when}, {limit} articles, "
          f"components = {args.profile!r}")  # fmt: skip
    header = ("run", "articles", "seconds", "art/s", "cpu s", "load", "peak MB")
    print("{:<12} {:>8} {:>8} {:>7} {:>7} {:>5} {:>8}".format(*header))
    for name, run in runs.items():
        row = (name, run["articles"], run["seconds"], rate(run), run["cpu_seconds"])
        row += (run["load_average"], run["peak_rss_mb"])
        print("{:<12} {:>8} {:>8} {:>7.1f} {:>7} {:>5} {:>8}".format(*row))
    for name in ("newsdesk p1", "newsdesk p2"):
        steps = ", ".join(f"{k} {v}s" for k, v in runs[name]["steps"].items())
        print(f"{name} steps: {steps}")
    best = runs["newsdesk p2"]
    ratio = float(best["seconds"]) / float(runs["ner p2"]["seconds"])
    cpu_ratio = runs["newsdesk p1"]["cpu_seconds"] / runs["ner p1"]["cpu_seconds"]
    print(f"cpu: newsdesk p1 {cpu_ratio:.2f} x the CPU seconds of the bare NER pass p1")
    metrics = {
        "e2e.articles_per_s.p1": round(rate(runs["newsdesk p1"]), 2),
        "e2e.articles_per_s.p2": round(rate(best), 2),
        "e2e.ner_ratio.p2": round(ratio, 2),
        "e2e.peak_rss_mb.p2": best["peak_rss_mb"],
        "e2e.cpu_ratio.p1": round(cpu_ratio, 2),
    }
    if not args.quick:
        document = {"metrics": metrics, "runs": runs, "articles": limit, "profile": args.profile}
        results = (
            RESULTS if args.profile == "parse" else RESULTS.with_name(f"e2e_{args.profile}.json")
        )
        results.write_text(json.dumps(document, indent=2) + "\n")
    print(f"e2e: {rate(best):.1f} articles/s on 2 processes, {ratio:.2f} x a bare NER pass")


if __name__ == "__main__":
    main()
