"""Timeline dating and ordering against the SemEval-2015 Task 4 trial timelines.

The trial data (../shared/data/time/semeval2015-timeline/trial.tar.xz) holds 30 Wikinews
articles about Apple and six entity timelines over them: ordered, dated event mentions
("2010-06-07  16844-2-unveiled": document 16844, sentence 2). newsdesk reads the 30 articles
through the library (one JSON-lines record each: title, text one sentence per line, and the
document's creation date as its publication date), then every gold mention's sentence is looked
up among the facts' evidence: the fact's event date is newsdesk's date for that happening.

Scored over the gold mentions with a known day:
- dated: the share of them newsdesk dates at all (coverage);
- exact: the share whose date newsdesk gives exactly (day precision, or a month/range holding
  it counts as right-but-vague and is reported apart);
- ordering: over pairs of gold mentions on different days that newsdesk both dates, the share
  it puts in the gold order (ties count as wrong).
The baseline, in the same run: every sentence dated by its article's creation date (what a
reader without temporal analysis gets).

    .venv/bin/python bench/timeline_eval.py

Prints a table and writes bench/results/timeline.json.
"""

from __future__ import annotations

import json
import os
import platform
import re
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
TARBALL = SHARED / "data" / "time" / "semeval2015-timeline" / "trial.tar.xz"
CACHE = Path(os.environ.get("NEWSDESK_BENCH_CACHE", Path.home() / ".cache" / "newsdesk-bench"))
RESULTS = REPO / "bench" / "results" / "timeline.json"
_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$")


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    created: str
    title: str
    lines: tuple[str, ...]  # sentences 1..n, one per line


@dataclass(frozen=True, slots=True)
class Mention:
    timeline: str
    doc_id: str
    sentence: int
    date: str  # YYYY-MM-DD, or XXXX-XX-XX when the gold has none


def unpack() -> Path:
    target = CACHE / "semeval2015-timeline"
    if not (target / "TimeLines_trial_data_task4_v1.2").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(TARBALL) as archive:
            archive.extractall(target, filter="data")
    return target


def read_documents(root: Path) -> list[Document]:
    documents = []
    for path in sorted((root / "Corpus-trial-data_task4_events_timelines").glob("*.xml")):
        sentences: dict[int, list[str]] = {}
        for token in ET.parse(path).getroot().iter("token"):
            sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
        doc_id = path.name.split("-")[0].split("_")[0]
        created = _creation_date(root, doc_id)
        lines = tuple(_join(sentences[k]) for k in sorted(sentences) if k > 0)
        documents.append(Document(doc_id, created, _join(sentences.get(0, [])), lines))
    return documents


def _creation_date(root: Path, doc_id: str) -> str:
    for path in (root / "Corpus-trial-data_task4_TimeML").glob(f"{doc_id}*.tml"):
        found = re.search(
            r'functionInDocument="CREATION_TIME"[^>]*value="([0-9-]{10})"', path.read_text()
        )
        if found:
            return found.group(1)
    return ""


def _join(tokens: list[str]) -> str:
    text = ""
    for token in tokens:
        text += token if not text or _NO_SPACE_BEFORE.match(token) else f" {token}"
    return text


def read_mentions(root: Path) -> list[Mention]:
    mentions = []
    for path in sorted((root / "TimeLines_trial_data_task4_v1.2").glob("*.txt")):
        for line in path.read_text("utf-8").splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            for item in parts[2:]:
                doc_id, sentence, _word = item.split("-", 2)
                mentions.append(Mention(path.stem, doc_id, int(sentence), parts[1]))
    return mentions


def newsdesk_dates(documents: list[Document]) -> dict[tuple[str, int], str]:
    """(document, sentence number) -> newsdesk's date for what that sentence reports."""
    from newsdesk.desk import Desk

    with tempfile.TemporaryDirectory() as folder:
        records = Path(folder) / "timeline.jsonl"
        with records.open("w", encoding="utf-8") as out:
            for doc in documents:
                record = {
                    "url": f"https://en.wikinews.org/{doc.doc_id}",
                    "title": doc.title,
                    "text": "\n".join(doc.lines),
                    "published": doc.created,
                    "outlet": "Wikinews",
                }
                out.write(json.dumps(record) + "\n")
        with Desk(Path(folder) / "t.db") as desk:
            desk.add([str(records)], workers=1)
            articles = {a.source.rsplit("/", 1)[-1]: a for a in desk.articles()}
            dated = {}
            facts = desk.facts()
            for doc in documents:
                article = next((a for s, a in articles.items() if s.endswith(doc.doc_id)), None)
                if article is None:
                    continue
                starts = _line_starts(article.text, doc.lines)
                for fact in facts:
                    if not fact.event_date:
                        continue
                    for evidence in fact.evidence:
                        if evidence.article_id != article.id:
                            continue
                        for number, (start, end) in starts.items():
                            if start <= evidence.start < end:
                                dated[(doc.doc_id, number)] = fact.event_date
    return dated


def _line_starts(text: str, lines: tuple[str, ...]) -> dict[int, tuple[int, int]]:
    """Sentence number -> its span in the clean text (found in order)."""
    found, position = {}, 0
    for number, line in enumerate(lines, start=1):
        at = text.find(line[:40], position)
        if at >= 0:
            found[number] = (at, at + len(line))
            position = at + 1
    return found


def score(mentions: list[Mention], dates: dict[tuple[str, int], str]) -> dict[str, float]:
    known = [m for m in mentions if not m.date.startswith("XXXX")]
    given = [(m, dates.get((m.doc_id, m.sentence))) for m in known]
    dated = [(m, d) for m, d in given if d]
    exact = sum(1 for m, d in dated if d == m.date)
    vague = sum(1 for m, d in dated if d != m.date and _holds(d, m.date))
    pairs = [(a, b) for a, b in combinations(dated, 2) if a[0].date != b[0].date]
    right = sum(1 for a, b in pairs if (a[0].date < b[0].date) == (a[1] < b[1]) and a[1] != b[1])
    return {
        "mentions": len(known),
        "dated": round(len(dated) / max(len(known), 1), 3),
        "exact": round(exact / max(len(known), 1), 3),
        "exact_of_dated": round(exact / max(len(dated), 1), 3),
        "vague_but_right": round(vague / max(len(known), 1), 3),
        "ordering": round(right / max(len(pairs), 1), 3),
        "pairs": len(pairs),
    }


def _holds(value: str, day: str) -> bool:
    """A month ("2010-06") or a range ("2010-06-01/2010-06-07") that holds the day."""
    if "/" in value:
        first, last = value.split("/", 1)
        return first <= day <= last
    return day.startswith(value)


def main() -> None:
    if not TARBALL.is_file():
        raise SystemExit(f"needs {TARBALL} (the shared data folder; set NEWSDESK_SHARED)")
    root = unpack()
    documents, mentions = read_documents(root), read_mentions(root)
    found = newsdesk_dates(documents)
    lines = {(d.doc_id, n): d.created for d in documents for n in range(1, len(d.lines) + 1)}
    rows = {
        "newsdesk": score(mentions, found),
        "newsdesk_or_dct": score(mentions, {**lines, **found}),
        "baseline": score(mentions, lines),
    }
    when = f"{datetime.now(UTC):%Y-%m-%d}"
    print(f"# timeline (SemEval-2015 task 4 trial) on {platform.node()}, {when}")
    head = ("system", "mentions", "dated", "exact", "of dated", "vague", "order")
    print("{:<16} {:>8} {:>6} {:>6} {:>8} {:>6} {:>6}".format(*head))
    keys = ("mentions", "dated", "exact", "exact_of_dated", "vague_but_right", "ordering")
    for name, row in rows.items():
        print("{:<16} {:>8} {:>6} {:>6} {:>8} {:>6} {:>6}".format(name, *(row[k] for k in keys)))
    metrics = {f"timeline.trial.{n}.{k}": v for n, row in rows.items() for k, v in row.items()}
    RESULTS.write_text(json.dumps({"metrics": metrics}, indent=2) + "\n")


if __name__ == "__main__":
    main()
