"""Anachronism flags (fuse/offices.py) on synthetic sentences with known answers, the seeds.

Sets: tests/fuse/anachronisms_dev.tsv (used while building) and anachronisms_heldout.tsv
(other people, states and phrasings; run once, never tuned on): one sentence each, dated,
labelled 1 when its "TITLE NAME" did not hold at the date. A sentence counts as flagged when
`anachronisms` returns anything for it. Precision and recall of the flag, per split.

Baseline, same table, same name finding: flag every titled name whose date lies outside its
terms, with no reading of "former"/"then-"/"-elect", no past context and no grace days.

Seeds: the three real articles of ../shared/seeds (April 2025) must give no flag on any day
of that month; the titled names found there are listed.

Real dated news: the 256 TimeBank + AQUAINT articles of TempEval-3 (1989-2000 newswire, each
with its creation date; read through bench/time_eval.py). Every flag there is checked by hand;
none is expected. Titled names resolved through the table are counted.

Speed: one call per seed article, best of 20, in milliseconds.

Run: .venv/bin/python bench/anachronisms_eval.py
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

from newsdesk.fuse.offices import (
    OfficeTable,
    _as_date,
    _find_titled_names,
    anachronisms,
    load_offices,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
CASES = REPO / "tests" / "fuse"
RESULTS = REPO / "bench" / "results" / "anachronisms.json"


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    day: str
    anachronism: bool
    sentence: str


def read_cases(path: Path) -> list[Case]:
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines()]
    return [Case(r[0], r[1], r[2] == "1", r[3]) for r in rows if r[0] and not r[0].startswith("#")]


def naive_flags(text: str, day: str, table: OfficeTable) -> bool:
    """The baseline: any titled name outside its terms, read literally."""
    when = _as_date(day)
    assert when is not None
    for found in _find_titled_names(text, table):
        held = [
            term
            for person in table.people_named(found.name_words)
            for office, term in table.terms_of(person)
            if table.titled(office, found.title_key)
        ]
        inside = any(
            t.earliest_start <= when and (t.latest_end is None or when <= t.latest_end)
            for t in held
        )
        if held and not inside:
            return True
    return False


def scores(cases: list[Case], flagged: list[bool]) -> dict[str, float]:
    tp = sum(c.anachronism and f for c, f in zip(cases, flagged, strict=True))
    fp = sum(not c.anachronism and f for c, f in zip(cases, flagged, strict=True))
    fn = sum(c.anachronism and not f for c, f in zip(cases, flagged, strict=True))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def evaluate_split(name: str, table: OfficeTable) -> tuple[int, dict[str, dict[str, float]]]:
    cases = read_cases(CASES / f"anachronisms_{name}.tsv")
    ours = [bool(anachronisms(c.sentence, c.day, table=table)) for c in cases]
    naive = [naive_flags(c.sentence, c.day, table) for c in cases]
    for case, flag in zip(cases, ours, strict=True):
        if flag != case.anachronism:
            print(f"  {name}: wrong on {case.id} (flagged={flag})")
    return len(cases), {"newsdesk": scores(cases, ours), "baseline": scores(cases, naive)}


def seed_articles() -> list[tuple[str, str]]:
    """(name, clean text) of each seed, cleaned as the clean stage does."""
    from newsdesk.clean import clean_document
    from newsdesk.config import default_settings
    from newsdesk.model import Article, InputKind, RawDocument

    found = []
    for path in sorted((SHARED / "seeds").glob("0*.txt")):
        data = path.read_bytes()
        raw = RawDocument(str(path), data, data.decode("utf-8"), "utf-8", InputKind.TEXT)
        article = clean_document(raw, default_settings().clean)
        assert isinstance(article, Article)
        found.append((path.name, article.text))
    return found


def evaluate_seeds(table: OfficeTable) -> dict[str, float]:
    articles = seed_articles()
    days = [date(2025, 4, 1) + timedelta(days=n) for n in range(30)]
    flags = sum(len(anachronisms(text, d, table=table)) for _, text in articles for d in days)
    named = sum(len(_find_titled_names(text, table)) for _, text in articles)
    for name, text in articles:
        titled = [f"{f.title} {f.name}" for f in _find_titled_names(text, table)]
        print(f"  seed {name}: {titled}")
    timings = []
    for _, text in articles:
        best = min(_timed(text, table) for _ in range(20))
        timings.append(best)
    return {
        "articles": len(articles),
        "days": len(days),
        "flags": flags,
        "titled_names": named,
        "ms_per_article_max": round(max(timings) * 1000, 3),
    }


def time_eval_module() -> ModuleType:
    """bench/time_eval.py, which reads TempEval-3's TimeML with its creation dates."""
    spec = importlib.util.spec_from_file_location("time_eval", REPO / "bench" / "time_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def evaluate_tbaq(table: OfficeTable) -> dict[str, float]:
    reader = time_eval_module()
    documents = [reader.read_document(path) for path in reader.corpus_files()]
    titled = flags = 0
    for doc in documents:
        titled += sum(
            bool(table.people_named(f.name_words)) for f in _find_titled_names(doc.text, table)
        )
        for flag in anachronisms(doc.text, doc.dct, table=table):
            flags += 1
            print(f"  tbaq flag in {doc.name} ({doc.dct}): {flag.reason}")
    return {"documents": len(documents), "titled_names": titled, "flags": flags}


def _timed(text: str, table: OfficeTable) -> float:
    start = time.perf_counter()
    anachronisms(text, "2025-04-24", table=table)
    return time.perf_counter() - start


def main() -> None:
    table = load_offices()
    terms = sum(len(o.terms) for o in table.offices)
    print(f"anachronism flags | {platform.node()} {platform.machine()} | {date.today()}")
    print(
        f"table: {len(table.offices)} offices, {terms} terms, checked until {table.checked_until}"
    )
    metrics: dict[str, float] = {}
    print(f"{'split':<9} {'n':>3} {'system':<9} {'precision':>9} {'recall':>7} {'f1':>6}")
    for split in ("dev", "heldout"):
        n, result = evaluate_split(split, table)
        for system in ("newsdesk", "baseline"):
            s = result[system]
            print(
                f"{split:<9} {n:>3} {system:<9} {s['precision']:>9.3f} "
                f"{s['recall']:>7.3f} {s['f1']:>6.3f}"
            )
            for key, value in s.items():
                metrics[f"anachronisms.{split}.{system}.{key}"] = value
    if (SHARED / "seeds").is_dir():
        seeds = evaluate_seeds(table)
        print(
            f"seeds: {seeds['articles']} articles x {seeds['days']} days of April 2025: "
            f"{seeds['flags']} flags, {seeds['titled_names']} titled names found; "
            f"{seeds['ms_per_article_max']} ms per article at most"
        )
        metrics |= {f"anachronisms.seeds.{k}": v for k, v in seeds.items()}
    if (SHARED / "data" / "time" / "tempeval3" / "tbaq-cleaned.tar.xz").is_file():
        tbaq = evaluate_tbaq(table)
        print(
            f"TimeBank+AQUAINT: {tbaq['documents']} dated articles, {tbaq['titled_names']} titled "
            f"names resolved, {tbaq['flags']} flags"
        )
        metrics |= {f"anachronisms.tbaq.{k}": v for k, v in tbaq.items()}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"metrics": metrics}, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
