"""Dating what articles report, and inferring publication dates, on TempEval-3 TBAQ and the seeds.

1. Event dating (`event_date_for`, what `date_events` runs for every quote and claim). Gold: the
   TBAQ TLINKs between an EVENT and a DATE TIMEX3 of the text (not the document date) that say
   the event happens at that time (IS_INCLUDED, DURING, SIMULTANEOUS, INCLUDES, BEGINS, ENDS,
   BEGUN_BY, ENDED_BY, IDENTITY), in the same sentence. An event is dated right when the
   expression chosen for it overlaps a gold timex it is linked to. `overdated`: events whose only
   links to a DATE timex of their sentence are BEFORE/AFTER (they did not happen then), yet get
   dated with that timex. Baseline: the nearest valued expression of the sentence.
2. Publication dates (`infer_publication_date`): every document's date (DCT) hidden, inferred
   from its text alone. Coverage, exact / within 1 day / within 7 days (over the documents
   given a date, and over all). Baseline: the latest full date (day, month, year) in the text.
   `applied`: the dates confident enough to become an article's date (`[dates]
   apply_confidence`; weaker guesses are only shown): their coverage and the share of them
   more than a day off (`applied_wrong_rate`; a dateline's day archived the next day, as
   Xinhua's are in TBAQ, is counted apart as `applied_next_day_rate`).
3. Siblings: the same, each AQUAINT document given as siblings the other AQUAINT documents most
   like it in words (chosen from text only, never from dates), with their dates. And the seeds:
   each seed's date hidden, the other two as siblings.

Documents are split in two by a hash of their name (dev / test); figures are given for both and
for all. Nothing was tuned on the test half.

Run: .venv/bin/python bench/dating_eval.py [--limit N]   (parses cached in ~/.cache/newsdesk-bench)
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import math
import pickle
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdesk.config import default_settings
from newsdesk.extract.dating import event_date_for
from newsdesk.group.publication import DatedSibling, infer_publication_date
from newsdesk.model import Annotation, DateInference, TimeExpression
from newsdesk.parse import ParsedArticle
from newsdesk.timex import find_time_expressions
from time_eval import CACHE, SHARED, corpus_files

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "dating.json"
SEEDS = SHARED / "seeds"
# The seeds' publication dates, read by hand from the articles and the events they report
# (Kyiv strike early on Thursday 24 April 2025; Witkoff met Putin in Moscow on Friday 25 April).
SEED_DATES = {"000": "2025-04-24", "001": "2025-04-25", "002": "2025-04-26"}
DATED_RELATIONS = frozenset(
    {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "INCLUDES", "BEGINS", "ENDS", "BEGUN_BY"}
    | {"ENDED_BY", "IDENTITY"}
)
UNDATED_RELATIONS = frozenset({"BEFORE", "AFTER", "IBEFORE", "IAFTER"})
SIBLINGS_PER_DOC = 5
# A date inferred this confidently becomes the article's date (weaker guesses are only shown).
APPLY_CONFIDENCE = default_settings().dates.apply_confidence
SIBLING_MIN_COSINE = 0.25


# --- reading TimeML with events and links -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tagged:
    id: str
    start: int
    end: int
    attrs: dict[str, str]


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    dct: date
    text: str
    timexes: dict[str, Tagged]  # by tid
    events: dict[str, Tagged]  # by eiid (instance)
    links: tuple[tuple[str, str, str], ...]  # (eiid, tid, relType)

    @property
    def split(self) -> str:
        return "dev" if hashlib.md5(self.name.encode()).digest()[0] % 2 == 0 else "test"


_TAG = re.compile(r"<(/?)(\w+)([^>]*?)/?>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_document(path: Path) -> Document:
    raw = path.read_text("utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d\d-\d\d)", raw)
    if dct is None:
        raise ValueError(f"{path}: no DCT")
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    text, timexes, events = _strip(body)
    instances = {
        a["eiid"]: a["eventID"]
        for a in (dict(_ATTR.findall(m)) for m in re.findall(r"<MAKEINSTANCE([^>]*)>", raw))
    }
    by_instance = {eiid: events[eid] for eiid, eid in instances.items() if eid in events}
    links = tuple(
        (a["eventInstanceID"], a["relatedToTime"], a["relType"])
        for a in (dict(_ATTR.findall(m)) for m in re.findall(r"<TLINK([^>]*)>", raw))
        if "eventInstanceID" in a and "relatedToTime" in a
    )
    return Document(path.stem, date.fromisoformat(dct.group(1)), text, timexes, by_instance, links)


def _strip(body: str) -> tuple[str, dict[str, Tagged], dict[str, Tagged]]:
    pieces: list[str] = []
    length, position = 0, 0
    opened: dict[str, tuple[int, dict[str, str]]] = {}
    timexes: dict[str, Tagged] = {}
    events: dict[str, Tagged] = {}
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        name = tag.group(2)
        if name not in ("TIMEX3", "EVENT"):
            continue
        if not tag.group(1):
            opened[name] = (length, dict(_ATTR.findall(tag.group(3))))
        elif name in opened:
            start, attrs = opened.pop(name)
            if name == "TIMEX3":
                timexes[attrs["tid"]] = Tagged(attrs["tid"], start, length, attrs)
            else:
                events[attrs["eid"]] = Tagged(attrs["eid"], start, length, attrs)
    pieces.append(html.unescape(body[position:]))
    return "".join(pieces), timexes, events


def parsed(docs: Sequence[Document]) -> dict[str, Annotation]:
    """spaCy parses of the documents, cached (parsing is the slow part)."""
    path = CACHE / "dating-tbaq-parses.pkl"
    cached: dict[str, Annotation] = pickle.loads(path.read_bytes()) if path.is_file() else {}
    missing = [d for d in docs if d.name not in cached]
    if missing:
        from newsdesk.annotate import annotate

        for annotation in annotate(((d.name, d.text) for d in missing), components="parse"):
            cached[annotation.article_id] = annotation
        path.write_bytes(pickle.dumps(cached))
    return cached


# --- 1. event dating ------------------------------------------------------------------------

Chooser = Callable[
    [str, Annotation, Sequence[TimeExpression], tuple[int, int], tuple[int, int]],
    TimeExpression | None,
]


def newsdesk_chooser(
    text: str,
    annotation: Annotation,
    times: Sequence[TimeExpression],
    anchor: tuple[int, int],
    region: tuple[int, int],
) -> TimeExpression | None:
    found = event_date_for(ParsedArticle(text, annotation), times, anchor, region)
    return found.expression if found else None


def nearest_chooser(
    text: str,
    annotation: Annotation,
    times: Sequence[TimeExpression],
    anchor: tuple[int, int],
    region: tuple[int, int],
) -> TimeExpression | None:
    inside = [t for t in times if t.value and region[0] <= t.start and t.end <= region[1]]
    return min(inside, key=lambda t: abs((t.start + t.end) - sum(anchor)), default=None)


@dataclass
class EventScore:
    gold: int = 0
    attempted: int = 0
    correct: int = 0
    same_value: int = 0
    negatives: int = 0
    overdated: int = 0
    cross_sentence: int = 0

    def row(self) -> dict[str, float]:
        return {
            "gold_events": self.gold,
            "attempted": self.attempted,
            "correct": self.correct,
            "accuracy": _ratio(self.correct, self.gold),
            "precision": _ratio(self.correct, self.attempted),
            "value_accuracy": _ratio(self.same_value, self.gold),
            "negatives": self.negatives,
            "overdated_rate": _ratio(self.overdated, self.negatives),
            "cross_sentence_links_left_out": self.cross_sentence,
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def score_events(
    docs: Iterable[Document], parses: dict[str, Annotation], choose: Chooser
) -> EventScore:
    score = EventScore()
    for doc in docs:
        annotation = parses[doc.name]
        times = find_time_expressions(doc.text, doc.dct)
        for eiid, (positive, negative) in _event_links(doc).items():
            event = doc.events[eiid]
            region = _sentence_of(annotation, event.start)
            in_sentence = [t for t in positive if region[0] <= t.start < region[1]]
            if positive and not in_sentence:
                score.cross_sentence += 1
                continue
            chosen = choose(doc.text, annotation, times, (event.start, event.end), region)
            if in_sentence:
                _score_positive(score, chosen, in_sentence)
            else:
                near = [t for t in negative if region[0] <= t.start < region[1]]
                if near:
                    score.negatives += 1
                    score.overdated += chosen is not None and any(
                        _overlaps(chosen, t) for t in near
                    )
    return score


def _score_positive(
    score: EventScore, chosen: TimeExpression | None, gold: Sequence[Tagged]
) -> None:
    score.gold += 1
    if chosen is None:
        return
    score.attempted += 1
    score.correct += any(_overlaps(chosen, t) for t in gold)
    score.same_value += any(chosen.value == t.attrs.get("value") for t in gold)


def _event_links(doc: Document) -> dict[str, tuple[list[Tagged], list[Tagged]]]:
    """Per event instance: the DATE timexes of the text it happens at, and those it does not."""
    links: dict[str, tuple[list[Tagged], list[Tagged]]] = {}
    for eiid, tid, relation in doc.links:
        timex = doc.timexes.get(tid)
        if eiid not in doc.events or timex is None or timex.attrs.get("type") != "DATE":
            continue
        positive, negative = links.setdefault(eiid, ([], []))
        if relation in DATED_RELATIONS:
            positive.append(timex)
        elif relation in UNDATED_RELATIONS:
            negative.append(timex)
    return links


def _sentence_of(annotation: Annotation, position: int) -> tuple[int, int]:
    for sentence in annotation.sentences:
        if sentence.start <= position < sentence.end:
            return sentence.start, sentence.end
    return position, position + 1


def _overlaps(expression: TimeExpression, timex: Tagged) -> bool:
    return expression.start < timex.end and timex.start < expression.end


# --- 2. publication dates ----------------------------------------------------------------------


@dataclass
class DateScore:
    documents: int = 0
    dated: int = 0
    exact: int = 0
    within_1: int = 0
    within_7: int = 0
    applied: int = 0  # dates confident enough to become the article's date
    applied_wrong: int = 0  # more than a day off
    applied_next_day: int = 0  # a dateline's day, archived the next day (time zones)
    by_how: Counter[str] = field(default_factory=Counter)
    by_how_exact: Counter[str] = field(default_factory=Counter)

    def add(self, truth: date, inferred: DateInference | None) -> None:
        self.documents += 1
        if inferred is None:
            return
        gap = abs((date.fromisoformat(inferred.published) - truth).days)
        if inferred.confidence >= APPLY_CONFIDENCE:
            self.applied += 1
            self.applied_wrong += gap > 1
            self.applied_next_day += gap == 1
        self.dated += 1
        self.exact += gap == 0
        self.within_1 += gap <= 1
        self.within_7 += gap <= 7
        how = _kind(inferred)
        self.by_how[how] += 1
        self.by_how_exact[how] += gap == 0

    def row(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "coverage": _ratio(self.dated, self.documents),
            "exact": _ratio(self.exact, self.dated),
            "within_1": _ratio(self.within_1, self.dated),
            "within_7": _ratio(self.within_7, self.dated),
            "exact_of_all": _ratio(self.exact, self.documents),
            "applied_coverage": _ratio(self.applied, self.documents),
            "applied_wrong_rate": _ratio(self.applied_wrong, self.applied),
            "applied": self.applied,
            "applied_next_day_rate": _ratio(self.applied_next_day, self.applied),
            "within_7_of_all": _ratio(self.within_7, self.documents),
            "by_how": {h: [n, self.by_how_exact[h]] for h, n in sorted(self.by_how.items())},
        }


def _kind(inferred: DateInference) -> str:
    """The inference's `how`, with the corpus kind told apart (matched happening or median)."""
    if inferred.how != "corpus":
        return inferred.how
    return "corpus-median" if "median" in inferred.evidence[0] else "corpus-match"


def latest_full_date_baseline(name: str, text: str) -> DateInference | None:
    days = [
        t.value
        for t in find_time_expressions(text, None)
        if t.precision == "day" and t.value is not None
    ]
    if not days:
        return None
    return DateInference(name, max(days), "text", 0.2, ("latest full date in the text",))


def score_dates(
    docs: Iterable[Document],
    infer: Callable[[Document], DateInference | None],
) -> DateScore:
    score = DateScore()
    for doc in docs:
        score.add(doc.dct, infer(doc))
    return score


# --- 3. siblings ---------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z]{3,}")


def similar_documents(docs: Sequence[Document]) -> dict[str, list[Document]]:
    """For each document the others most like it (tf-idf cosine over words; no dates used)."""
    bags = [Counter(w.lower() for w in _WORD.findall(d.text)) for d in docs]
    document_frequency = Counter(w for bag in bags for w in bag)
    weights = [
        {w: n * math.log(len(docs) / document_frequency[w]) for w, n in bag.items()} for bag in bags
    ]
    norms = [math.sqrt(sum(v * v for v in w.values())) or 1.0 for w in weights]
    similar: dict[str, list[Document]] = {}
    for i, doc in enumerate(docs):
        scored = []
        for j, other in enumerate(docs):
            if i == j:
                continue
            dot = sum(v * weights[j].get(w, 0.0) for w, v in weights[i].items())
            cosine = dot / (norms[i] * norms[j])
            if cosine >= SIBLING_MIN_COSINE:
                scored.append((cosine, other))
        scored.sort(key=lambda pair: -pair[0])
        similar[doc.name] = [other for _, other in scored[:SIBLINGS_PER_DOC]]
    return similar


def as_sibling(doc: Document) -> DatedSibling:
    times = tuple(find_time_expressions(doc.text, doc.dct))
    return DatedSibling(doc.name, doc.dct.isoformat(), doc.text, times)


def seed_documents() -> list[Document]:
    from newsdesk.clean import clean_document
    from newsdesk.config import default_settings
    from newsdesk.model import Article, InputKind, RawDocument

    docs = []
    for path in sorted(SEEDS.glob("0*.txt")):
        data = path.read_bytes()
        raw = RawDocument(str(path), data, data.decode("utf-8"), "utf-8", InputKind.TEXT)
        article = clean_document(raw, default_settings().clean)
        assert isinstance(article, Article)
        published = date.fromisoformat(SEED_DATES[path.name[:3]])
        docs.append(Document(path.name[:3], published, article.text, {}, {}, ()))
    return docs


def seeds_hide_one() -> list[dict[str, object]]:
    docs = seed_documents()
    rows: list[dict[str, object]] = []
    for doc in docs:
        siblings = [as_sibling(d) for d in docs if d is not doc]
        inferred = infer_publication_date(doc.name, doc.text, siblings)
        rows.append(
            {
                "seed": doc.name,
                "truth": doc.dct.isoformat(),
                "inferred": inferred.published if inferred else None,
                "how": inferred.how if inferred else None,
                "confidence": inferred.confidence if inferred else None,
                "evidence": list(inferred.evidence) if inferred else [],
            }
        )
    return rows


# --- speed -----------------------------------------------------------------------------------


def speed(docs: Sequence[Document], parses: dict[str, Annotation]) -> dict[str, float]:
    times = {d.name: find_time_expressions(d.text, d.dct) for d in docs}
    anchors = [(d, (e.start, e.end)) for d in docs for e in d.events.values()]
    views = {d.name: ParsedArticle(d.text, parses[d.name]) for d in docs}
    started = time.perf_counter()
    for doc, anchor in anchors:
        region = _sentence_of(parses[doc.name], anchor[0])
        event_date_for(views[doc.name], times[doc.name], anchor, region)
    events_per_s = len(anchors) / (time.perf_counter() - started)
    started = time.perf_counter()
    for doc in docs:
        infer_publication_date(doc.name, doc.text)
    articles_per_s = len(docs) / (time.perf_counter() - started)
    return {"event_dating_per_s": events_per_s, "inference_articles_per_s": articles_per_s}


# --- report ----------------------------------------------------------------------------------


def evaluate(limit: int | None = None) -> dict[str, object]:
    docs = [read_document(p) for p in corpus_files()][:limit]
    parses = parsed(docs)
    splits = {
        "dev": [d for d in docs if d.split == "dev"],
        "test": [d for d in docs if d.split == "test"],
        "all": docs,
    }
    events = {
        name: {
            "newsdesk": score_events(part, parses, newsdesk_chooser).row(),
            "nearest": score_events(part, parses, nearest_chooser).row(),
        }
        for name, part in splits.items()
    }
    publication = {
        name: {
            "newsdesk": score_dates(part, lambda d: infer_publication_date(d.name, d.text)).row(),
            "latest_full_date": score_dates(
                part, lambda d: latest_full_date_baseline(d.name, d.text)
            ).row(),
        }
        for name, part in splits.items()
    }
    results: dict[str, object] = {
        "documents": len(docs),
        "events": events,
        "publication": publication,
        "siblings_aquaint": _sibling_scores(docs),
        "seeds_hide_one": seeds_hide_one() if SEEDS.is_dir() else [],
        "speed": speed(docs, parses),
    }
    results["metrics"] = _metrics(results)
    return results


def _sibling_scores(docs: Sequence[Document]) -> dict[str, object]:
    aquaint = [d for d in docs if not d.name.startswith("wsj")]
    similar = similar_documents(aquaint)
    rows: dict[str, object] = {}
    for name in ("dev", "test"):
        part = [d for d in aquaint if d.split == name and similar[d.name]]
        with_siblings = score_dates(
            part,
            lambda d: infer_publication_date(
                d.name, d.text, [as_sibling(s) for s in similar[d.name]]
            ),
        )
        text_only = score_dates(part, lambda d: infer_publication_date(d.name, d.text))
        rows[name] = {"with_siblings": with_siblings.row(), "text_only": text_only.row()}
    return rows


def _metrics(results: dict[str, object]) -> dict[str, float]:
    events = results["events"]["test"]["newsdesk"]  # type: ignore[index]
    publication = results["publication"]["test"]["newsdesk"]  # type: ignore[index]
    siblings = results["siblings_aquaint"]["test"]["with_siblings"]  # type: ignore[index]
    seeds = results["seeds_hide_one"]
    applied = [r for r in seeds if (r["confidence"] or 0) >= APPLY_CONFIDENCE]  # type: ignore[union-attr, operator]
    return {
        "dating.events.test.accuracy": round(events["accuracy"], 4),
        "dating.events.test.precision": round(events["precision"], 4),
        # events the gold says happened before or after the expression, dated with it
        "dating.events.test.overdated_rate": round(events["overdated_rate"], 4),
        "dating.publication.test.exact_of_all": round(publication["exact_of_all"], 4),
        # dates given as the article's own (confidence >= apply_confidence): wrong ones of them
        "dating.publication.test.applied_wrong_rate": round(publication["applied_wrong_rate"], 4),
        "dating.publication.test.applied_coverage": round(publication["applied_coverage"], 4),
        "dating.siblings.test.applied_wrong_rate": round(siblings["applied_wrong_rate"], 4),
        "dating.siblings.test.applied_coverage": round(siblings["applied_coverage"], 4),
        "dating.seeds.applied_wrong": sum(r["inferred"] != r["truth"] for r in applied),  # type: ignore[index]
        "dating.seeds.applied": len(applied),
    }


def print_table(results: dict[str, object]) -> None:
    print(f"TBAQ: {results['documents']} documents (dev/test split by name hash)")
    print("\n1. event dating (same-sentence EVENT-DATE links)")
    print(
        f"{'split':<6}{'system':<10}{'gold':>6}{'attempted':>10}{'accuracy':>10}"
        f"{'precision':>10}{'value acc':>10}{'overdated':>10}"
    )
    for split, systems in results["events"].items():  # type: ignore[attr-defined]
        for system, row in systems.items():
            print(
                f"{split:<6}{system:<10}{row['gold_events']:>6}{row['attempted']:>10}"
                f"{row['accuracy']:>10.3f}{row['precision']:>10.3f}{row['value_accuracy']:>10.3f}"
                f"{row['overdated_rate']:>10.3f}"
            )
    print("\n2. publication date from text alone (DCT hidden)")
    _print_dates(results["publication"])  # type: ignore[arg-type]
    print("\n3. AQUAINT with up to 5 similar documents as siblings")
    _print_dates(results["siblings_aquaint"])  # type: ignore[arg-type]
    print("\nseeds, one hidden, the others as siblings:")
    for row in results["seeds_hide_one"]:  # type: ignore[attr-defined]
        print(
            f"  {row['seed']}: truth {row['truth']} inferred {row['inferred']} ({row['how']},"
            f" confidence {row['confidence']})"
        )
    print("\nspeed:", {k: round(v, 1) for k, v in results["speed"].items()})  # type: ignore[attr-defined]


def _print_dates(table: dict[str, dict[str, dict[str, object]]]) -> None:
    print(
        f"{'split':<6}{'system':<18}{'docs':>6}{'coverage':>10}{'exact':>8}{'<=1d':>8}"
        f"{'<=7d':>8}{'exact/all':>10}{'applied':>9}{'wrong':>7}  by how [n, exact]"
    )
    for split, systems in table.items():
        for system, row in systems.items():
            print(
                f"{split:<6}{system:<18}{row['documents']:>6}{row['coverage']:>10.3f}"
                f"{row['exact']:>8.3f}{row['within_1']:>8.3f}{row['within_7']:>8.3f}"
                f"{row['exact_of_all']:>10.3f}{row['applied_coverage']:>9.3f}"
                f"{row['applied_wrong_rate']:>7.3f}  {row['by_how']}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="first N documents (not saved)")
    args = parser.parse_args()
    results = evaluate(args.limit)
    print_table(results)
    if args.limit is None:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2, default=str) + "\n", "utf-8")
        print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
