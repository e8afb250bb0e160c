"""Main-text extraction: trafilatura alone vs newsdesk's clean stage, on three public sets.

- trafilatura-eval: snippet precision/recall/F1 ("with" snippets must be in the output,
  "without" snippets must not), scored exactly as trafilatura's own eval does.
- L3S-GN1: word-level (bag of words) precision/recall/F1 against the "full text" blocks,
  on all pages and on the pages with "related content" blocks.
- CleanEval (dev + final): word-level precision/recall/F1 against the cleaned gold text (its
  paragraph marks taken out); the input pages lose the dataset's <text> wrapper only.

trafilatura runs with include_comments=False (and include_tables), as newsdesk uses it.

Usage: python bench/extraction.py [--limit N] [--step K] [--sets trafilatura_eval l3s cleaneval]
  --limit N  the first N pages of each set (a quick look; not gated)
  --step K   every K-th page of each set: the sample the quality test runs, written to
             bench/results/extraction_sample.json under "extraction_sample.*" keys
Data: ../shared/data/extraction (or $NEWSDESK_SHARED/data/extraction); archives are unpacked
to ~/.cache/newsdesk-bench (or $NEWSDESK_BENCH_CACHE). Writes bench/results/extraction.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tarfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura
from lxml import html as lxml_html
from trafilatura.utils import decode_file

from newsdesk.clean import clean_document
from newsdesk.clean.html import html_blocks
from newsdesk.config import CleanSettings, default_settings
from newsdesk.model import Article, InputKind, RawDocument

REPO = Path(__file__).resolve().parents[1]
RESULTS_DIR = REPO / "bench" / "results"
Extractor = Callable[[bytes], str]


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))


def cache_dir() -> Path:
    default = Path.home() / ".cache" / "newsdesk-bench"
    return Path(os.environ.get("NEWSDESK_BENCH_CACHE", default))


def unpack(archive: Path, marker: str) -> Path:
    """Unpack an archive into the cache once; `marker` is a path that exists when done."""
    target = cache_dir() / archive.stem.split(".")[0]
    if not (target / marker).exists():
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive) as tar:
            tar.extractall(target, filter="data")
    return target


# --- the two systems -------------------------------------------------------------------


def trafilatura_alone(page: bytes) -> str:
    text = trafilatura.extract(page, include_comments=False, include_tables=True)
    return text or ""


def newsdesk_extractor(settings: CleanSettings | None = None) -> Extractor:
    clean_settings = settings or default_settings().clean

    def extract(page: bytes) -> str:
        text = decode_file(page)
        raw = RawDocument("bench", page, text, "utf-8", InputKind.HTML)
        result = clean_document(raw, clean_settings)
        return result.text if isinstance(result, Article) else ""

    return extract


def aligned_main_blocks(page: bytes) -> str:
    """The blocks newsdesk marks as trafilatura's main text, before the segment labeller:
    separates the alignment's losses from the labeller's."""
    blocks = html_blocks(decode_file(page), default_settings().clean)
    return "\n\n".join(block.text for block in blocks if block.in_main)


def systems() -> dict[str, Extractor]:
    return {
        "trafilatura": trafilatura_alone,
        "nd_aligned": aligned_main_blocks,
        "newsdesk": newsdesk_extractor(),
    }


# --- scoring ---------------------------------------------------------------------------


@dataclass
class Score:
    """Accumulated true/false positives and negatives, plus time spent."""

    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0
    pages: int = 0
    seconds: float = 0.0
    failures: int = 0

    def add(self, tp: float, fp: float, fn: float) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def figures(self) -> dict[str, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rate = self.pages / self.seconds if self.seconds else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "pages": self.pages,
            "pages_per_s": round(rate, 1),
            "failures": self.failures,
        }


def timed_run(extract: Extractor, page: bytes, score: Score) -> str:
    started = time.perf_counter()
    try:
        text = extract(page)
    except Exception:  # a crash costs recall, as in trafilatura's own evaluation
        text = ""
        score.failures += 1
    score.seconds += time.perf_counter() - started
    score.pages += 1
    return text


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def snippet_counts(item: dict[str, list[str]], output: str) -> tuple[int, int, int]:
    """(tp, fp, fn) for one trafilatura-eval page: whitespace-normalised substring matches."""
    text = squash(output)
    found = sum(squash(snippet) in text for snippet in item["with"])
    leaked = sum(squash(snippet) in text for snippet in item["without"])
    return found, leaked, len(item["with"]) - found


WORD = re.compile(r"\w+")


def word_counts(gold: str, output: str) -> tuple[int, int, int]:
    """(tp, fp, fn) of a bag-of-words comparison (case-folded word tokens)."""
    gold_words = Counter(WORD.findall(gold.casefold()))
    output_words = Counter(WORD.findall(output.casefold()))
    common = sum((gold_words & output_words).values())
    return common, sum(output_words.values()) - common, sum(gold_words.values()) - common


# --- the data sets ---------------------------------------------------------------------


def trafilatura_eval_pages(
    limit: int | None = None, step: int = 1
) -> list[tuple[dict[str, list[str]], bytes]]:
    folder = shared_dir() / "data" / "extraction" / "trafilatura-eval"
    root = unpack(folder / "trafilatura-eval-corpus.tar.xz", "tests/evaldata.json") / "tests"
    evaldata = json.loads((folder / "evaldata.json").read_text("utf-8"))
    pages = []
    for url in sorted(evaldata)[:limit:step]:
        item = evaldata[url]
        path = next(
            (p for d in ("cache", "eval") if (p := root / d / item["file"]).is_file()), None
        )
        if path is not None:
            pages.append((item, path.read_bytes()))
    return pages


@dataclass
class L3sPage:
    page: bytes
    full_text: str
    has_related: bool
    labels: Counter[str] = field(default_factory=Counter)


def l3s_pages(limit: int | None = None, step: int = 1) -> list[L3sPage]:
    folder = shared_dir() / "data" / "extraction" / "l3s-gn1"
    root = unpack(folder / "l3s-gn1.tar.xz", "l3s-gn1/eval.txt")
    base = root / "l3s-gn1" / "L3S-GN1-20100130203947-00001"
    names = sorted(p.name for p in (base / "annotated").glob("*.html"))[:limit:step]
    return [_l3s_page(base, name) for name in names if (base / "original" / name).is_file()]


def _l3s_page(base: Path, name: str) -> L3sPage:
    annotated = lxml_html.fromstring((base / "annotated" / name).read_bytes())
    full_text = " ".join(_class_text(annotated, "x-nc-sel2"))
    related = _class_text(annotated, "x-nc-sel4")
    return L3sPage(
        (base / "original" / name).read_bytes(), full_text, any(t.strip() for t in related)
    )


def _class_text(tree: lxml_html.HtmlElement, css_class: str) -> list[str]:
    return [span.text_content() for span in tree.xpath(f'//span[@class="{css_class}"]')]


@dataclass
class CleanEvalPage:
    name: str  # "dev/12", "final/103"
    url: str
    page: bytes  # the page as fetched: the dataset's <text ...> wrapper taken off, bytes as given
    gold: str  # the cleaned text, its paragraph marks (<p>, <h>, <l>) taken out


CLEANEVAL_WRAPPER = re.compile(rb"^\s*<text\b[^>]*>|</text>\s*$", re.I)
CLEANEVAL_URL = re.compile(rb"<text\s+id=\"([^\"]*)\"", re.I)
CLEANEVAL_MARK = re.compile(r"<(?:p|h|l)>", re.I)


def cleaneval_pages(limit: int | None = None, step: int = 1) -> list[CleanEvalPage]:
    """CleanEval dev then final: every input page that has a gold standard."""
    folder = shared_dir() / "data" / "extraction" / "cleaneval"
    pages = []
    for part in ("dev", "final"):
        root = unpack(folder / f"cleaneval-{part}.tar.xz", f"cleaneval-{part}/GoldStandard")
        base = root / f"cleaneval-{part}"
        names = sorted((p.stem for p in (base / "GoldStandard").glob("*.txt")), key=_numbered)
        for name in names:
            if (base / "input" / f"{name}.html").is_file():
                pages.append(_cleaneval_page(base, part, name))
    return pages[:limit:step]


def _numbered(name: str) -> tuple[int, str]:
    return (int(name), name) if name.isdigit() else (-1, name)


def _cleaneval_page(base: Path, part: str, name: str) -> CleanEvalPage:
    data = (base / "input" / f"{name}.html").read_bytes()
    url = CLEANEVAL_URL.search(data[:2000])
    gold = _decode_gold((base / "GoldStandard" / f"{name}.txt").read_bytes())
    first, _, rest = gold.partition("\n")
    body = rest if first.startswith("URL:") else gold
    return CleanEvalPage(
        f"{part}/{name}",
        url.group(1).decode("latin-1") if url else "",
        CLEANEVAL_WRAPPER.sub(b"", data),
        CLEANEVAL_MARK.sub(" ", body),
    )


def _decode_gold(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# --- evaluation ------------------------------------------------------------------------


def evaluate_trafilatura_eval(
    extractors: dict[str, Extractor], limit: int | None = None, step: int = 1
) -> dict[str, dict[str, float]]:
    scores = {name: Score() for name in extractors}
    for item, page in trafilatura_eval_pages(limit, step):
        for name, extract in extractors.items():
            scores[name].add(*snippet_counts(item, timed_run(extract, page, scores[name])))
    return {name: score.figures() for name, score in scores.items()}


def evaluate_l3s(
    extractors: dict[str, Extractor], limit: int | None = None, step: int = 1
) -> dict[str, dict[str, dict[str, float]]]:
    """Word F1 on all pages ("all") and on the pages with related-content blocks ("related")."""
    subsets = ("all", "related")
    scores = {subset: {name: Score() for name in extractors} for subset in subsets}
    for item in l3s_pages(limit, step):
        for name, extract in extractors.items():
            counts = word_counts(item.full_text, timed_run(extract, item.page, scores["all"][name]))
            scores["all"][name].add(*counts)
            if item.has_related:
                _add_page(scores["related"][name], counts)
    return {s: {n: score.figures() for n, score in scores[s].items()} for s in subsets}


def evaluate_cleaneval(
    extractors: dict[str, Extractor], limit: int | None = None, step: int = 1
) -> dict[str, dict[str, float]]:
    """Word (token) precision/recall/F1 against the cleaned gold text, dev and final pooled."""
    scores = {name: Score() for name in extractors}
    for item in cleaneval_pages(limit, step):
        for name, extract in extractors.items():
            output = timed_run(extract, item.page, scores[name])
            scores[name].add(*word_counts(item.gold, output))
    return {name: score.figures() for name, score in scores.items()}


def _add_page(score: Score, counts: tuple[int, int, int]) -> None:
    score.add(*counts)
    score.pages += 1


def flat_metrics(results: dict[str, object], prefix: str = "extraction") -> dict[str, float]:
    """{"extraction.trafilatura_eval.newsdesk.f1": 0.9, ...} for the gate."""
    flat: dict[str, float] = {}
    for key, value in results.items():
        if isinstance(value, dict):
            flat.update(flat_metrics(value, f"{prefix}.{key}"))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            flat[f"{prefix}.{key}"] = float(value)
    return flat


def run(sets: Iterable[str], limit: int | None = None, step: int = 1) -> dict[str, object]:
    extractors = systems()
    results: dict[str, object] = {}
    if "trafilatura_eval" in sets:
        results["trafilatura_eval"] = evaluate_trafilatura_eval(extractors, limit, step)
    if "l3s" in sets:
        for subset, figures in evaluate_l3s(extractors, limit, step).items():
            results[f"l3s_{subset}"] = figures
    if "cleaneval" in sets:
        results["cleaneval"] = evaluate_cleaneval(extractors, limit, step)
    return results


def print_table(results: dict[str, object]) -> None:
    columns = ("precision", "recall", "f1", "pages", "pages_per_s", "failures")
    print(f"{'set':<18}{'system':<13}" + "".join(f"{c:>13}" for c in columns))
    for set_name, by_system in results.items():
        assert isinstance(by_system, dict)
        for system, figures in by_system.items():
            cells = "".join(f"{figures[c]:>13}" for c in columns)
            print(f"{set_name:<18}{system:<13}{cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per set (quick run)")
    parser.add_argument("--step", type=int, default=1, help="every K-th page (the sample)")
    parser.add_argument("--sets", nargs="+", default=["trafilatura_eval", "l3s", "cleaneval"])
    args = parser.parse_args()
    results = run(args.sets, args.limit, args.step)
    print_table(results)
    write_results(results, args.limit, args.step)


def results_name(step: int) -> str:
    """Results of the full sets and of the step-K sample are gated under separate keys."""
    return "extraction" if step == 1 else "extraction_sample"


def write_results(results: dict[str, object], limit: int | None, step: int) -> None:
    if limit is not None:  # a quick look is never gated
        return
    name = results_name(step)
    path = RESULTS_DIR / f"{name}.json"
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    payload = {"step": step, "results": results, "metrics": flat_metrics(results, name)}
    path.write_text(json.dumps(payload, indent=2) + "\n", "utf-8")
    print(f"\nwritten to {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
