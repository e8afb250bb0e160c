"""Time expressions against TempEval-3 TBAQ (TimeBank + AQUAINT), beside dateparser.

Value accuracy: every gold TIMEX3 of type DATE or TIME is normalised from its own text, with
the document's creation time (DCT) as publication date and the sentence's tense as a hint.
A prediction is right when its interval lies inside the gold value's interval, i.e. it is
compared at the gold value's own granularity (a day inside a gold month counts as right).
Left out of the accuracy and counted apart: PRESENT_REF / PAST_REF / FUTURE_REF, duration
values (P...), and underspecified values with X ("1998-XX-XX").

Detection: expressions found in the whole text against gold DATE/TIME spans (any overlap).
Baseline: dateparser.parse with RELATIVE_BASE = DCT and PREFER_DATES_FROM = past on the same
gold spans; dateparser.search.search_dates for detection.

Run: .venv/bin/python bench/time_eval.py [--no-baseline-detection]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import tarfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from newsdesk.timex import find_time_expressions, resolve_expression, tense_hint_for

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
TARBALL = SHARED / "data" / "time" / "tempeval3" / "tbaq-cleaned.tar.xz"
CACHE = Path.home() / ".cache" / "newsdesk-bench"
CORPUS_DIRS = ("AQUAINT", "TimeBank")  # testpipeline/ only repeats a TimeBank file
RESULTS = REPO / "bench" / "results" / "time.json"

Interval = tuple[date, date]
Predictor = Callable[[str, date, str | None], Interval | None]


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    dct: date
    text: str
    timexes: tuple[GoldTimex, ...]


# --- reading TimeML ------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def corpus_files() -> list[Path]:
    """The .tml files, extracted once from the shared tarball into the user's cache."""
    root = CACHE / "Training" / "TBAQ-cleaned"
    if not root.is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        with tarfile.open(TARBALL) as archive:
            archive.extractall(CACHE, filter="data")
    return sorted(p for folder in CORPUS_DIRS for p in (root / folder).glob("*.tml"))


def read_document(path: Path) -> Document:
    raw = path.read_text("utf-8")
    dct_value = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d\d-\d\d)", raw)
    if dct_value is None:
        raise ValueError(f"{path}: no DCT")
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    text, timexes = _strip_tags(body)
    return Document(path.stem, date.fromisoformat(dct_value.group(1)), text, timexes)


def _strip_tags(body: str) -> tuple[str, tuple[GoldTimex, ...]]:
    pieces: list[str] = []
    length = 0
    opened: tuple[int, dict[str, str]] | None = None
    timexes = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if not tag.group(1):
            opened = (length, dict(_ATTR.findall(tag.group(3))))
        elif opened is not None:
            text_so_far = "".join(pieces)
            start, attrs = opened
            timexes.append(
                GoldTimex(start, length, text_so_far[start:length], attrs["type"], attrs["value"])
            )
            opened = None
    pieces.append(html.unescape(body[position:]))
    return "".join(pieces), tuple(timexes)


# --- values as intervals ----------------------------------------------------------------------

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> date:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def value_interval(value: str) -> Interval | None:
    """The days an ISO / TimeML value covers; None for values this benchmark cannot score."""
    if "/" in value:
        first, last = value.split("/", 1)
        start, end = value_interval(first), value_interval(last)
        return (start[0], end[1]) if start and end else None
    value = value.split("T", 1)[0]
    for pattern, build in _VALUE_SHAPES:
        m = re.fullmatch(pattern, value)
        if m:
            return build(*(int(g) if g and g.isdigit() else g for g in m.groups()))
    return None


def _week_interval(year: int, week: int, weekend: str | None = None) -> Interval:
    monday = date.fromisocalendar(year, week, 1)
    if weekend:
        return monday + timedelta(days=5), monday + timedelta(days=6)
    return monday, monday + timedelta(days=6)


def _season_interval(year: int, code: str) -> Interval:
    first, last = _SEASON_MONTHS[code]
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), _month_end(end_year, end_month)


_VALUE_SHAPES: list[tuple[str, Callable[..., Interval]]] = [
    (r"(\d{4})-(\d\d)-(\d\d)", lambda y, m, d: (date(y, m, d), date(y, m, d))),
    (r"(\d{4})-(\d\d)", lambda y, m: (date(y, m, 1), _month_end(y, m))),
    (r"(\d{4})", lambda y: (date(y, 1, 1), date(y, 12, 31))),
    (r"(\d{4})-W(\d{1,2})(?:-(WE))?", _week_interval),
    (r"(\d{4})-Q(\d)", lambda y, q: (date(y, 3 * q - 2, 1), _month_end(y, 3 * q))),
    (r"(\d{4})-H(\d)", lambda y, h: (date(y, 6 * h - 5, 1), _month_end(y, 6 * h))),
    (r"(\d{4})-(SP|SU|FA|WI)", _season_interval),
    (r"(\d{3})", lambda d: (date(d * 10, 1, 1), date(d * 10 + 9, 12, 31))),
    (r"(\d{2})", lambda c: (date(c * 100, 1, 1), date(c * 100 + 99, 12, 31))),
]


def gold_category(timex: GoldTimex) -> str:
    """'scored', or why a gold value is left out of value accuracy."""
    if timex.value.endswith("_REF"):
        return "ref"
    if timex.value.startswith("P"):
        return "duration_value"
    if "X" in timex.value.split("T", 1)[0]:
        return "underspecified"
    return "scored" if value_interval(timex.value) else "unparsed"


# --- the two predictors ---------------------------------------------------------------------


def newsdesk_predict(span: str, dct: date, tense: str | None) -> Interval | None:
    resolved = resolve_expression(span, dct, tense)
    if resolved is None or resolved[0] is None:
        return None
    return value_interval(resolved[0])


def dateparser_predict(span: str, dct: date, tense: str | None) -> Interval | None:
    import dateparser

    settings = {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day, 12)}
    found = dateparser.parse(span, settings=settings | {"PREFER_DATES_FROM": "past"})
    return (found.date(), found.date()) if found else None


# --- value accuracy ----------------------------------------------------------------------------


@dataclass
class ValueScore:
    scored: int = 0
    attempted: int = 0
    correct: int = 0
    weekday_scored: int = 0
    weekday_correct: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.scored if self.scored else 0.0

    @property
    def weekday_accuracy(self) -> float:
        return self.weekday_correct / self.weekday_scored if self.weekday_scored else 0.0


_WEEKDAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def value_accuracy(docs: Iterable[Document], predict: Predictor) -> ValueScore:
    score = ValueScore()
    for doc in docs:
        for timex in doc.timexes:
            if timex.type in ("DATE", "TIME") and gold_category(timex) == "scored":
                _score_one(score, doc, timex, predict)
    return score


def _score_one(score: ValueScore, doc: Document, timex: GoldTimex, predict: Predictor) -> None:
    gold = value_interval(timex.value)
    assert gold is not None
    predicted = predict(timex.text, doc.dct, tense_hint_for(doc.text, timex.start, timex.end))
    right = predicted is not None and gold[0] <= predicted[0] and predicted[1] <= gold[1]
    is_weekday = bool(_WEEKDAY_WORD.search(timex.text))
    score.scored += 1
    score.attempted += predicted is not None
    score.correct += right
    score.weekday_scored += is_weekday
    score.weekday_correct += right and is_weekday


def gold_categories(docs: Iterable[Document]) -> dict[str, int]:
    counts = Counter(
        gold_category(t) for d in docs for t in d.timexes if t.type in ("DATE", "TIME")
    )
    return dict(counts)


# --- detection -----------------------------------------------------------------------------------


def newsdesk_spans(doc: Document) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in find_time_expressions(doc.text, doc.dct)]


def dateparser_spans(doc: Document) -> list[tuple[int, int]]:
    from dateparser.search import search_dates

    base = datetime(doc.dct.year, doc.dct.month, doc.dct.day, 12)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    found = search_dates(doc.text, languages=["en"], settings=settings) or []
    spans, cursor = [], 0
    for substring, _ in found:
        start = doc.text.find(substring, cursor)
        if start >= 0:
            spans.append((start, start + len(substring)))
            cursor = start + len(substring)
    return spans


def detection(
    docs: Iterable[Document],
    find: Callable[[Document], list[tuple[int, int]]],
    valued_only: bool = False,
) -> dict[str, float]:
    """P/R/F1 by overlap; `valued_only` keeps only gold spans with a calendar value (no REFs)."""
    found_total = found_right = gold_total = gold_found = 0
    for doc in docs:
        gold = [
            (t.start, t.end)
            for t in doc.timexes
            if t.type in ("DATE", "TIME") and (not valued_only or gold_category(t) == "scored")
        ]
        spans = find(doc)
        found_total += len(spans)
        found_right += sum(any(_overlap(s, g) for g in gold) for s in spans)
        gold_total += len(gold)
        gold_found += sum(any(_overlap(s, g) for s in spans) for g in gold)
    return _prf(found_right, found_total, gold_found, gold_total)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _prf(found_right: int, found_total: int, gold_found: int, gold_total: int) -> dict[str, float]:
    precision = found_right / found_total if found_total else 0.0
    recall = gold_found / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "found": found_total}


# --- speed ---------------------------------------------------------------------------------------


def speed(docs: list[Document], repeats: int = 3) -> dict[str, float]:
    started = time.perf_counter()
    found = sum(len(find_time_expressions(d.text, d.dct)) for _ in range(repeats) for d in docs)
    elapsed = time.perf_counter() - started
    return {"articles_per_s": repeats * len(docs) / elapsed, "expressions_per_s": found / elapsed}


def resolve_speed(docs: list[Document], predict: Predictor) -> float:
    spans = [(t.text, d.dct) for d in docs for t in d.timexes if t.type in ("DATE", "TIME")]
    started = time.perf_counter()
    for text, dct in spans:
        predict(text, dct, None)
    return len(spans) / (time.perf_counter() - started)


# --- report -----------------------------------------------------------------------------------


def evaluate(with_baseline_detection: bool = True) -> dict[str, object]:
    docs = [read_document(p) for p in corpus_files()]
    ours, theirs = value_accuracy(docs, newsdesk_predict), value_accuracy(docs, dateparser_predict)
    results: dict[str, object] = {
        "documents": len(docs),
        "gold_date_time": gold_categories(docs),
        "value": {"newsdesk": _value_row(ours), "dateparser": _value_row(theirs)},
        "detection": {
            "newsdesk": detection(docs, newsdesk_spans),
            "newsdesk_valued_gold_only": detection(docs, newsdesk_spans, valued_only=True),
        },
        "speed": speed(docs)
        | {
            "resolve_per_s": resolve_speed(docs, newsdesk_predict),
            "dateparser_parse_per_s": resolve_speed(docs, dateparser_predict),
        },
    }
    if with_baseline_detection:
        started = time.perf_counter()
        results["detection"]["dateparser"] = detection(docs, dateparser_spans)  # type: ignore[index]
        results["speed"]["dateparser_search_articles_per_s"] = len(docs) / (  # type: ignore[index]
            time.perf_counter() - started
        )
    return results


def _value_row(score: ValueScore) -> dict[str, float]:
    return {
        "scored": score.scored,
        "attempted": score.attempted,
        "correct": score.correct,
        "accuracy": score.accuracy,
        "weekday_scored": score.weekday_scored,
        "weekday_accuracy": score.weekday_accuracy,
    }


def print_table(results: dict[str, object]) -> None:
    value, found = results["value"], results["detection"]
    print(f"TBAQ: {results['documents']} documents; gold DATE/TIME {results['gold_date_time']}")
    print(
        f"{'system':<12}{'value acc':>10}{'attempted':>10}{'weekday acc':>12}"
        f"{'det P':>8}{'det R':>8}{'det F1':>8}"
    )
    for name in ("newsdesk", "dateparser"):
        v = value[name]  # type: ignore[index]
        d = found.get(name, {})  # type: ignore[attr-defined]
        print(
            f"{name:<12}{v['accuracy']:>10.3f}{v['attempted']:>10}{v['weekday_accuracy']:>12.3f}"
            f"{d.get('precision', float('nan')):>8.3f}{d.get('recall', float('nan')):>8.3f}"
            f"{d.get('f1', float('nan')):>8.3f}"
        )
    print("speed:", {k: round(v, 1) for k, v in results["speed"].items()})  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--no-baseline-detection", action="store_true")
    args = parser.parse_args()
    results = evaluate(with_baseline_detection=not args.no_baseline_detection)
    print_table(results)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, default=str) + "\n", "utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
