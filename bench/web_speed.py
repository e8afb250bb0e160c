"""Speed of the web app: the story page of a 200-article story, after its brief is stored.

Issue 16 asks for the story page of a 200-article story in under 300 ms. The story is built
from the sample corpus: the clean text of each article of its main story, repeated with small
edits (a paragraph left out, a closing line of its own) as JSON lines records from 25
fictional outlets over six days, so the store holds 200 distinct articles about one story
(most of them near-copies, as a wire story spreads). They are added and analysed (which also
composes and stores each story's brief), then the app is served by uvicorn on 127.0.0.1 in a
thread and each page is requested over HTTP: one warm-up, then the median of 20 requests.

Each page is timed twice: "cold", the store file touched before each request so the app reads
the page's data anew through the Desk (as after any write to the store), and "kept", the data
the app kept from the previous request while the store is unchanged (web/cache.py): then only
the template is rendered. Printed beside: the time to read the story page's data through the
Desk and to render it (in-process, median of 5), so a slow page says which half is slow.

    python bench/web_speed.py                       # builds the store (a few minutes)
    python bench/web_speed.py --keep /tmp/web.db    # keep the built store for the next run
    python bench/web_speed.py --db /tmp/web.db      # reuse one
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

from newsdesk.desk import Desk, sample_corpus
from newsdesk.web.app import create_app  # the code measured (the gate tracks what this imports)
from newsdesk.web.pages.story import story_page

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "web"))
from web_browser import served  # the browser tests' uvicorn-in-a-thread

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "web.json"
BUDGET_MS = 300.0  # issue 16: the story page of a 200-article story
ARTICLES = 200
OUTLETS = 25
REQUESTS = 20


def records(bases: list[tuple[str, str]], count: int) -> list[dict[str, str]]:
    """`count` JSON lines records: each base article with one paragraph left out (in turn)
    and a closing line of its own, from one of OUTLETS outlets, over six days."""
    found = []
    for number in range(count):
        title, text = bases[number % len(bases)]
        paragraphs = text.split("\n\n")
        if len(paragraphs) > 2:
            del paragraphs[1 + number % (len(paragraphs) - 1)]
        paragraphs.append(f"Reporting by correspondent number {number} of the regional desk.")
        outlet = number % OUTLETS
        found.append(
            {
                "url": f"https://outlet-{outlet}.example/news/varen/{number}",
                "title": title,
                "outlet": f"Bench Outlet {outlet}",
                "published": f"2026-03-{11 + number % 6:02d}",
                "text": "\n\n".join(paragraphs),
            }
        )
    return found


def build_store(db: Path, folder: Path) -> None:
    """A store whose largest story has about ARTICLES articles (analysed, briefs stored)."""
    with Desk(folder / "sample.db") as sample:
        sample.add([str(sample_corpus())], workers=1)
        main = max(sample.stories(), key=lambda s: len(s.article_ids))
        bases = [(a.title or "", a.text) for a in map(sample.article, main.article_ids)]
    feed = folder / "story.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records(bases, ARTICLES)), "utf-8")
    started = time.perf_counter()
    with Desk(db) as desk:
        report = desk.add([str(feed)], workers=2)
    print(f"built {len(report.added)} articles in {time.perf_counter() - started:.0f} s")


def timed_requests(
    client: httpx.Client, path: str, runs: int, cold: Path | None = None
) -> dict[str, float]:
    """One warm-up, then `runs` requests: wall milliseconds of each (status must be 200).
    `cold`: the store file, touched before each request so the app reads the page anew (as
    after any write) instead of serving the data it kept."""
    client.get(path).raise_for_status()
    times, size = [], 0
    cpu_before = time.process_time()  # server and client share this process
    for _ in range(runs):
        if cold is not None:
            os.utime(cold)  # a new modification time: the store's signature changes
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
        size = len(response.content)
    cpu = (time.process_time() - cpu_before) * 1000 / runs
    ordered = sorted(times)
    return {
        "median": round(statistics.median(times), 1),
        "cpu": round(cpu, 1),
        "p90": round(ordered[int(0.9 * (len(ordered) - 1))], 1),
        "min": round(ordered[0], 1),
        "max": round(ordered[-1], 1),
        "kb": round(size / 1024, 1),
    }


def split_costs(db: Path, story_id: str, runs: int = 5) -> dict[str, float]:
    """Median wall and CPU ms to read the story page's data through the Desk, and to render
    its template (CPU time moves less with the load of a shared machine)."""
    app = create_app(db)
    templates = app.state.web.templates
    template = templates.env.get_template("story.html")
    costs: dict[str, list[float]] = {"read": [], "read_cpu": [], "render": [], "render_cpu": []}
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        with Desk(db, create=False) as desk:
            data = story_page(desk, story_id)
        middle, middle_cpu = time.perf_counter(), time.process_time()
        template.render(data=data, since=None, request=None)
        costs["read"].append((middle - started) * 1000)
        costs["read_cpu"].append((middle_cpu - started_cpu) * 1000)
        costs["render"].append((time.perf_counter() - middle) * 1000)
        costs["render_cpu"].append((time.process_time() - middle_cpu) * 1000)
    return {name: round(statistics.median(values), 1) for name, values in costs.items()}


def machine() -> str:
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load {load}"
    )


def measure(db: Path, runs: int) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    with Desk(db, create=False) as desk:
        story = max(desk.stories(), key=lambda s: len(s.article_ids))
        facts = len(desk.facts(story.id))
        has_brief = desk.brief(story.id) is not None  # read (or made) once, before timing
        article = story.article_ids[0]
    print(f"story {story.id}: {len(story.article_ids)} articles, {facts} facts, brief {has_brief}")
    pages = {
        "story": f"/stories/{story.id}",
        "stories": "/",
        "article": f"/articles/{article}",
        "search": "/search?q=ceasefire",
    }
    with served(create_app(db)) as base, httpx.Client(base_url=base, timeout=120) as client:
        rows = {
            f"{name} (cold)": timed_requests(client, path, runs, db) for name, path in pages.items()
        }
        rows |= {
            f"{name} (kept)": timed_requests(client, path, runs) for name, path in pages.items()
        }
    facts_row = {"articles": len(story.article_ids), "facts": facts} | split_costs(db, story.id)
    return rows, facts_row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a store built by an earlier run (--keep)")
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    parser.add_argument("--runs", type=int, default=REQUESTS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or args.keep or Path(tmp) / "web.db"
        if args.db is None:
            build_store(db, Path(tmp))
        rows, story = measure(db, args.runs)
    print(f"\nweb app speed, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine()}")
    print(
        f"story: {story['articles']} articles, {story['facts']} facts; story page data read in "
        f"{story['read']} ms ({story['read_cpu']} ms CPU), rendered in {story['render']} ms "
        f"({story['render_cpu']} ms CPU) (in-process medians)\n"
    )
    print(f"| page | median ms | p90 ms | min ms | max ms | CPU ms | KB | {args.runs} requests |")
    print("|---|---|---|---|---|---|---|---|")
    for name, row in rows.items():
        verdict = ("under" if row["median"] < BUDGET_MS else "OVER") + f" {BUDGET_MS:.0f} ms"
        note = verdict if name.startswith("story ") else ""
        print(
            f"| {name} | {row['median']} | {row['p90']} | {row['min']} | {row['max']} "
            f"| {row['cpu']} | {row['kb']} | {note} |"
        )
    metrics = {
        f"web.{name.replace(' (', '.').rstrip(')')}.median_ms": row["median"]
        for name, row in rows.items()
    }
    metrics |= {
        "web.story.cold.p90_ms": rows["story (cold)"]["p90"],
        "web.story.kept.p90_ms": rows["story (kept)"]["p90"],
        "web.story.articles": story["articles"],
        "web.story.facts": story["facts"],
        "web.story.cold.cpu_ms": rows["story (cold)"]["cpu"],
        "web.story.kept.cpu_ms": rows["story (kept)"]["cpu"],
        "web.story.read_ms": story["read"],
        "web.story.read_cpu_ms": story["read_cpu"],
        "web.story.render_ms": story["render"],
        "web.story.render_cpu_ms": story["render_cpu"],
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    document = {"metrics": metrics, "runs": args.runs, "machine": machine()}
    RESULTS.write_text(json.dumps(document, indent=2) + "\n")


if __name__ == "__main__":
    main()
