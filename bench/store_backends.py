"""The two stores side by side on real articles: adding, several adders at once, searching.

Articles: NeuS-AllSides val (English) and the SemEval-2022 task 8 sample (many languages and
scripts), read from ../shared and written as text files to a temporary folder. Four runs:

  add          Desk(store).add(files, analyse=False) on one process, SQLite and PostgreSQL
  at once      four processes adding overlapping halves of the same files at the same moment
               (two get the same files in the same order): articles lost, duplicated, reported
               failed; SQLite as the comparison
  search       queries drawn from the stored texts (words, phrases, prefixes, title:, OR, NOT,
               hyphenated and accented words), each run on both stores: the share that finds
               exactly the same articles, and the time per query

PostgreSQL is a throwaway server the script starts (as the tests do), or `--postgres URL`
(an existing server; the script creates and drops a database there).

    .venv/bin/python bench/store_backends.py              # 600 articles, 400 queries
    .venv/bin/python bench/store_backends.py --quick      # 120 articles, 100 queries
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
NEUS = SHARED / "data" / "clustering" / "neus-allsides" / "data" / "val.source"
SEMEVAL = SHARED / "data" / "clustering" / "semeval2022-task8-sample" / "data" / "testing_set.csv"
RESULTS = REPO / "bench" / "results" / "store_backends.json"
PROCESSES = 4
SETTINGS: Any = None  # read once at the start, so every run and process uses the same ones


def neus_articles() -> list[tuple[str, str]]:
    pairs = []
    for line in NEUS.open(encoding="utf-8"):
        for part in line.split("[SEP]"):
            title, _, text = part.partition("ARTICLE=>")
            pairs.append((title.replace("TITLE=>", "").strip(), text.strip()))
    return [p for p in pairs if len(p[1]) > 300]


def semeval_articles() -> list[tuple[str, str]]:
    """Texts in many languages; they have no title line: their first words stand for one."""
    csv.field_size_limit(10**9)
    pairs = []
    with SEMEVAL.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            for text in (row["text1"], row["text2"]):
                words = text.split()
                if len(text) > 300:
                    pairs.append((" ".join(words[:10]), " ".join(words[10:])))
    return pairs


def write_corpus(folder: Path, count: int) -> list[str]:
    """`count` articles, half English, half many languages, one text file each."""
    english, others = neus_articles(), semeval_articles()
    chosen = english[: count - count // 2] + others[: count // 2]
    paths = []
    for n, (title, text) in enumerate(chosen):
        path = folder / f"{n:05d}.txt"
        path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


# --- adding ---------------------------------------------------------------------------------


def add_alone(location: str, warm_up: list[str], paths: list[str]) -> dict[str, Any]:
    from newsdesk.desk import Desk

    with Desk(location, SETTINGS) as desk:
        desk.add(warm_up, analyse=False, workers=1)  # imports and models, not counted
        started = time.perf_counter()
        report = desk.add(paths, analyse=False, workers=1)
        seconds = time.perf_counter() - started
    for failure in report.failed[:3]:
        print(f"  failed: {Path(failure.source).name}: {failure.reason}")
    return {
        "added": len(report.added),
        "failed": len(report.failed),
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(paths) / seconds, 1),
    }


def _adder(
    location: str, settings: Any, warm_up: str, paths: list[str], start: Any, results: Any
) -> None:
    from newsdesk.desk import Desk

    try:
        with Desk(location, settings) as desk:
            desk.add([warm_up], analyse=False, workers=1)
            start.wait(timeout=600)
            started = time.perf_counter()
            report = desk.add(paths, analyse=False, workers=1)
            finished = time.perf_counter()
        failures = [r.reason for r in report.failed]
        results.put((report.added, len(report.skipped), failures, started, finished))
    except BaseException as exc:
        start.abort()  # the others stop waiting for this one
        results.put(([], 0, [f"process failed: {exc}"], 0.0, 0.0))
        raise


def add_at_once(location: str, warm_ups: list[str], paths: list[str]) -> dict[str, Any]:
    """Four processes, overlapping inputs, started together; what the store holds after.
    The store is created first: opening a new SQLite file from four processes at once fails
    (its migration reads the schema version outside the transaction)."""
    from newsdesk.desk import Desk

    Desk(location, SETTINGS).close()
    half = len(paths) // 2
    inputs = [paths[:half], paths[:half], paths[half:], paths[half // 2 : half // 2 + half]]
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(PROCESSES), context.Queue()
    processes = [
        context.Process(target=_adder, args=(location, SETTINGS, warm, given, start, results))
        for warm, given in zip(warm_ups, inputs, strict=True)
    ]
    for process in processes:
        process.start()
    reports = [results.get(timeout=1200) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    added = [article_id for report in reports for article_id in report[0]]
    failures = [reason for report in reports for reason in report[2]]
    wall = max(r[4] for r in reports) - min(r[3] for r in reports)
    return {
        "inputs": sum(len(given) for given in inputs),
        "distinct_inputs": len(paths),
        "reported_added": len(added),
        "reported_added_twice": len(added) - len(set(added)),
        "reported_skipped": sum(r[1] for r in reports),
        "reported_failed": len(failures),
        "refused_by_the_store": sum(reason.startswith("not stored") for reason in failures),
        "failure_example": _first_words(failures[0]) if failures else "",
        "seconds": round(wall, 2),
    }


def _first_words(reason: str) -> str:
    return reason if len(reason) < 90 else reason[:87] + "..."


def store_contents(location: str, inputs: list[str]) -> dict[str, Any]:
    """The articles of these inputs, and the rows the store holds for them: every row of
    each table, less those of the articles from other inputs (the warm-ups)."""
    from newsdesk.desk import Desk

    given = set(inputs)
    with Desk(location, SETTINGS, create=False) as desk:
        every = desk.articles()
        rows = {
            table: int(desk.store._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[attr-defined]
            for table in ("raw_documents", "articles", "segments")
        }
    others = [a for a in every if a.source not in given]
    rows["raw_documents"] -= len(others)
    rows["articles"] -= len(others)
    rows["segments"] -= sum(len(a.segments) for a in others)
    return {"articles": {a.id: a for a in every if a.source in given}, "rows": rows}


# --- searching --------------------------------------------------------------------------------

_WORD = re.compile(r"\w{4,}")
_HYPHENATED = re.compile(r"\b\w+-\w+\b")


def queries(articles: list[Any], count: int, seed: int = 17) -> list[tuple[str, str]]:
    """(kind, query) drawn from the stored texts; the same seed, the same queries."""
    pick = random.Random(seed)
    made: list[tuple[str, str]] = []
    makers = [_word, _phrase, _prefix, _title, _either, _but_not, _hyphenated, _accented, _upper]
    while len(made) < count:
        maker = makers[len(made) % len(makers)]
        found = maker(pick, pick.choice(articles), pick.choice(articles))
        if found:
            made.append((maker.__name__.strip("_"), found))
    return made


def _words(text: str) -> list[str]:
    return _WORD.findall(text) or ["news"]


def _word(pick: random.Random, a: Any, _: Any) -> str:
    return pick.choice(_words(a.text))


def _phrase(pick: random.Random, a: Any, _: Any) -> str:
    words = a.text.split()
    start = pick.randrange(max(1, len(words) - 3))
    return '"' + " ".join(words[start : start + 3]) + '"'


def _prefix(pick: random.Random, a: Any, _: Any) -> str:
    return pick.choice(_words(a.text))[:4] + "*"


def _title(pick: random.Random, a: Any, _: Any) -> str:
    return "title:" + pick.choice(_words(a.title or "news"))


def _either(pick: random.Random, a: Any, b: Any) -> str:
    return f"{pick.choice(_words(a.text))} OR {pick.choice(_words(b.text))}"


def _but_not(pick: random.Random, a: Any, b: Any) -> str:
    return f"{pick.choice(_words(a.text))} NOT {pick.choice(_words(b.text))}"


def _hyphenated(pick: random.Random, a: Any, _: Any) -> str | None:
    found = _HYPHENATED.findall(a.text)
    return pick.choice(found) if found else None


def _accented(pick: random.Random, a: Any, _: Any) -> str | None:
    found = [w for w in _words(a.text) if not w.isascii()]
    return pick.choice(found) if found else None


def _upper(pick: random.Random, a: Any, _: Any) -> str:
    return pick.choice(_words(a.text)).upper()


def compare_search(sqlite: str, postgres: str, asked: list[tuple[str, str]]) -> dict[str, Any]:
    from newsdesk.desk import Desk

    same: Counter[str] = Counter()
    total: Counter[str] = Counter()
    times: dict[str, list[float]] = {"sqlite": [], "postgres": []}
    differences = []
    with (
        Desk(sqlite, SETTINGS, create=False) as on_sqlite,
        Desk(postgres, SETTINGS, create=False) as on_postgres,
    ):
        for kind, query in asked:
            found = {}
            for name, desk in (("sqlite", on_sqlite), ("postgres", on_postgres)):
                started = time.perf_counter()
                desk.search(query)  # timed as the CLI and the web app ask: the best 20
                times[name].append(time.perf_counter() - started)
                found[name] = {hit.article.id for hit in desk.search(query, limit=100_000)}
            total[kind] += 1
            if found["sqlite"] == found["postgres"]:
                same[kind] += 1
            elif len(differences) < 8:
                differences.append(
                    f"{query!r}: sqlite {len(found['sqlite'])}, postgres {len(found['postgres'])}"
                )
    return {
        "by_kind": {kind: (same[kind], total[kind]) for kind in total},
        "same": sum(same.values()),
        "total": sum(total.values()),
        "ms_median": {k: round(statistics.median(v) * 1000, 2) for k, v in times.items()},
        "differences": differences,
    }


# --- the run --------------------------------------------------------------------------------


def postgres_server(given: str | None) -> Any:
    """A throwaway server (as the tests start one), or the one at `given`."""
    sys.path.insert(0, str(REPO))
    from tests.store_backends import ENV_URL, shared_server

    if given:
        os.environ[ENV_URL] = given
    return shared_server()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--quick", action="store_true", help="120 articles, 100 queries")
    parser.add_argument("--postgres", help="an existing server (postgresql://user@host:port)")
    args = parser.parse_args()
    if args.quick:
        args.count, args.queries = 120, 100
    global SETTINGS
    from newsdesk.config import default_settings

    SETTINGS = default_settings()
    if not SHARED.is_dir():
        sys.exit(f"needs ../shared beside the repository (or NEWSDESK_SHARED): {SHARED}")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_corpus(folder, args.count + PROCESSES + 5)
        warm_ups, alone_warm_up = paths[:PROCESSES], paths[PROCESSES : PROCESSES + 5]
        paths = paths[PROCESSES + 5 :]
        results = run_all(folder, paths, warm_ups, alone_warm_up, args)
    report(results, args)


def run_all(
    folder: Path, paths: list[str], warm_ups: list[str], alone_warm_up: list[str], args: Any
) -> dict[str, Any]:
    server = postgres_server(args.postgres)
    databases = [server.create_database("bench"), server.create_database("bench")]
    url, at_once_url = (server.url(name) for name in databases)
    try:
        results: dict[str, Any] = {"add": {}, "at_once": {}}
        for name, location in (("sqlite", str(folder / "alone.db")), ("postgres", url)):
            results["add"][name] = add_alone(location, alone_warm_up, paths)
            print(f"add {name}: {results['add'][name]}", flush=True)
        reference = store_contents(str(folder / "alone.db"), paths)
        for name, location in (("sqlite", str(folder / "at_once.db")), ("postgres", at_once_url)):
            run = add_at_once(location, warm_ups, paths)
            held = store_contents(location, paths)
            expected, found = reference["articles"], held["articles"]
            run["stored"] = len(found)
            run["lost"] = len(set(expected) - set(found))
            run["differing"] = sum(found[k] != expected[k] for k in set(found) & set(expected))
            run["extra_rows"] = sum(held["rows"].values()) - sum(reference["rows"].values())
            results["at_once"][name] = run
            print(f"at once {name}: {run}", flush=True)
        asked = queries(list(reference["articles"].values()), args.queries)
        results["search"] = compare_search(str(folder / "alone.db"), url, asked)
        print(f"search: {results['search']}", flush=True)
    finally:
        for name in databases:
            server.drop_database(name)
        server.stop()
    return results


def report(results: dict[str, Any], args: Any) -> None:
    add, at_once, search = results["add"], results["at_once"], results["search"]
    print(
        f"\n# store backends on {platform.node()} ({os.cpu_count()} cores),"
        f" {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {args.count} articles, {args.queries} queries"
    )
    print("\n| run | SQLite | PostgreSQL |\n|---|---|---|")
    rows = [
        (
            "add, 1 process (articles/s)",
            add["sqlite"]["articles_per_s"],
            add["postgres"]["articles_per_s"],
        )
    ]
    for key in (
        "seconds",
        "stored",
        "lost",
        "differing",
        "extra_rows",
        "reported_added_twice",
        "reported_failed",
        "refused_by_the_store",
    ):
        rows.append(
            (f"{PROCESSES} adders at once: {key}", at_once["sqlite"][key], at_once["postgres"][key])
        )
    rows.append(
        (
            "search ms per query (median, best 20)",
            search["ms_median"]["sqlite"],
            search["ms_median"]["postgres"],
        )
    )
    for name, on_sqlite, on_postgres in rows:
        print(f"| {name} | {on_sqlite} | {on_postgres} |")
    print(f"\nsame hits on both stores: {search['same']}/{search['total']} queries")
    for kind, (same, total) in sorted(search["by_kind"].items()):
        print(f"  {kind:11} {same}/{total}")
    for line in search["differences"]:
        print(f"  differs: {line}")
    if at_once["sqlite"]["failure_example"]:
        print(f"SQLite at once, a failure: {at_once['sqlite']['failure_example']}")
    metrics = {
        "add_articles_per_s_sqlite": add["sqlite"]["articles_per_s"],
        "add_articles_per_s_postgres": add["postgres"]["articles_per_s"],
        "at_once_lost_postgres": at_once["postgres"]["lost"],
        "at_once_lost_sqlite": at_once["sqlite"]["lost"],
        "at_once_differing_postgres": at_once["postgres"]["differing"],
        "at_once_refused_postgres": at_once["postgres"]["refused_by_the_store"],
        "at_once_refused_sqlite": at_once["sqlite"]["refused_by_the_store"],
        "at_once_seconds_postgres": at_once["postgres"]["seconds"],
        "at_once_seconds_sqlite": at_once["sqlite"]["seconds"],
        "search_same_hits_share": round(search["same"] / search["total"], 4),
        "search_ms_median_sqlite": search["ms_median"]["sqlite"],
        "search_ms_median_postgres": search["ms_median"]["postgres"],
    }
    metrics = {f"store_backends.{name}": value for name, value in metrics.items()}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    runs = {**results, "search": {k: v for k, v in search.items() if k != "differences"}}
    # (the differing queries are words of copyrighted articles: printed, never written here)
    RESULTS.write_text(json.dumps({"metrics": metrics, "runs": runs}, indent=2) + "\n")
    print(f"\nwrote {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
