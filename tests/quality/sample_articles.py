"""The sample corpus (src/newsdesk/samples) cleaned, parsed and resolved once per session,
for the quality tests of quotes and claims against its MANIFEST truth."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsdesk.annotate import annotate
from newsdesk.clean import clean_document
from newsdesk.config import default_settings
from newsdesk.gazetteer import load_gazetteer
from newsdesk.model import Article, InputKind, RawDocument, SourceHints
from newsdesk.parse import ParsedArticle
from newsdesk.referents import Referents

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "newsdesk" / "samples"
MANIFEST = json.loads((SAMPLES / "MANIFEST.json").read_text("utf-8"))
TRUTH = MANIFEST["truth"]
_KINDS = {"txt": InputKind.TEXT, "html": InputKind.HTML}


@dataclass(frozen=True)
class Sample:
    """One article of the corpus under its MANIFEST name ("corpus/01_....txt", "...#1")."""

    name: str
    article: Article
    parsed: ParsedArticle
    referents: Referents


def _raws() -> list[tuple[str, RawDocument]]:
    found = []
    for entry in MANIFEST["files"]:
        path = SAMPLES / entry["path"]
        data = path.read_bytes()
        if entry["format"] != "jsonl":
            raw = RawDocument(
                str(path), data, data.decode("utf-8"), "utf-8", _KINDS[entry["format"]]
            )
            found.append((entry["path"], raw))
            continue
        lines = data.decode("utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            record = json.loads(line)
            text = record["text"]
            hints = SourceHints(
                record["title"], record["outlet"], record["published"], record["url"]
            )
            raw = RawDocument(record["url"], text.encode(), text, "utf-8", InputKind.TEXT, hints)
            found.append((f"{entry['path']}#{number}", raw))
    return found


@cache
def samples() -> tuple[Sample, ...]:
    """Every article of the corpus, cleaned as the clean stage does and parsed for real."""
    cleaned = []
    for name, raw in _raws():
        article = clean_document(raw, default_settings().clean)
        assert isinstance(article, Article), (name, article)
        cleaned.append((name, article))
    annotations = annotate([(a.id, a.text) for _, a in cleaned], components="parse")
    gazetteer = load_gazetteer(str(SAMPLES / "gazetteer.toml"))  # the fictional world's states
    found = []
    for (name, article), annotation in zip(cleaned, annotations, strict=True):
        parsed = ParsedArticle(article.text, annotation)
        found.append(Sample(name, article, parsed, Referents(parsed, gazetteer)))
    return tuple(found)


def sample(name: str) -> Sample:
    return next(s for s in samples() if s.name == name)
