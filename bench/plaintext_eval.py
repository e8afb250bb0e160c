"""Plain-text cleaning: real pages rendered to text, line-level story recall and junk removal.

Every page of L3S-GN1, CleanEval and trafilatura-eval is rendered to plain text the way a
scraper or a browser's copy-paste gives it (every visible block in order, one per line; see
`plaintext_pages.py`), and each system says which lines are the article:

- `newsdesk`: `clean.clean_document` on the text (kind TEXT); a line is kept when most of its
  characters are in kept segments; the title is the article's title;
- `trafilatura`: `trafilatura.extract` on the lines wrapped as HTML paragraphs (it returns
  nothing on bare text), include_comments=False; its output aligned back onto the lines;
- `justext`: jusText on the same HTML, with the stoplist of the language py3langid detects
  (language-independent mode where jusText has none);
- `first_line` (titles only): the first line of the page as its title, the naive reading.

Metrics, per set and pooled ("all"), per half (pages split by a hash of their site: tune on
"tune", report "test"): story_recall (story lines kept / story lines), junk_removal (junk lines
removed / junk lines), the same weighted by words, and title accuracy (the title is a gold
headline) with title_junk (the title is a line labelled junk: a widget, a menu, a teaser).

Usage: python bench/plaintext_eval.py [--half tune|test|both] [--sets ...] [--systems ...]
       [--step K] [--misses N]
  --step K    every K-th page of each set: the sample tests/quality runs, written to
              bench/results/plaintext_sample.json under "plaintext_sample.*" keys
  --misses N  print the N pages of the run with the most wrong lines for newsdesk (for tuning;
              use on the tune half only)
Writes bench/results/plaintext.json (or plaintext_sample.json with --step) when the run is
complete: both halves, every set, every system.
"""

from __future__ import annotations

import argparse
import html
import json
import platform
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import justext
import py3langid
import trafilatura

from newsdesk.clean import clean_document
from newsdesk.clean.blocks import Block
from newsdesk.clean.html import align_main_text
from newsdesk.config import default_settings
from newsdesk.model import Article, InputKind, RawDocument
from plaintext_pages import JUNK, STORY, PlainPage, plain_pages, token_f1

REPO = Path(__file__).resolve().parents[1]
RESULTS_DIR = REPO / "bench" / "results"
SETS = ("l3s", "cleaneval", "trafilatura_eval")
HALVES = ("tune", "test")
TITLE_MATCH_F1 = 0.8


@dataclass
class Verdict:
    """What a system made of one page: a keep flag per line, and a title (or None)."""

    kept: list[bool]
    title: str | None = None


System = Callable[[PlainPage], Verdict]


# --- the systems ------------------------------------------------------------------------------


def newsdesk_system() -> System:
    settings = default_settings().clean

    def run(page: PlainPage) -> Verdict:
        text = page.text
        data = text.encode("utf-8")
        result = clean_document(
            RawDocument(page.page_id, data, text, "utf-8", InputKind.TEXT), settings
        )
        if not isinstance(result, Article):
            return Verdict([False] * len(page.lines))
        return Verdict(kept_lines(page.lines, result), result.title)

    return run


def kept_lines(lines: list[str], article: Article) -> list[bool]:
    """Per line: whether most of its characters lie in kept segments."""
    kept_chars = [0] * len(lines)
    starts = line_starts(lines)
    for segment in article.segments:
        if not segment.kept:
            continue
        index = _line_at(starts, segment.start)
        kept_chars[index] += segment.end - segment.start
    return [2 * kept_chars[i] >= len(lines[i].strip()) > 0 for i in range(len(lines))]


def line_starts(lines: list[str]) -> list[int]:
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return starts


def _line_at(starts: list[int], offset: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


def as_html(lines: list[str]) -> str:
    """The lines as a minimal page, one paragraph each (text escaped: it is data)."""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return f"<html><body>\n{body}\n</body></html>"


def trafilatura_system(page: PlainPage) -> Verdict:
    output = trafilatura.extract(
        as_html(page.lines), output_format="txt", include_comments=False, include_tables=True
    )
    if not output:
        return Verdict([False] * len(page.lines))
    blocks = [Block(line, 0, len(line), "p") for line in page.lines]
    return Verdict(align_main_text(blocks, output.splitlines()))


JUSTEXT_LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "cs": "Czech", "ru": "Russian",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal", "fi": "Finnish",
    "hu": "Hungarian", "tr": "Turkish", "uk": "Ukrainian", "ro": "Romanian", "el": "Greek",
    "ca": "Catalan", "sk": "Slovak", "hr": "Croatian", "sl": "Slovenian", "id": "Indonesian",
}  # fmt: skip


def justext_system(page: PlainPage) -> Verdict:
    language, _ = py3langid.classify(page.text[:20000])
    name = JUSTEXT_LANGUAGES.get(language)
    if name in justext.get_stoplists():
        paragraphs = justext.justext(as_html(page.lines), justext.get_stoplist(name))
    else:  # jusText's language-independent mode
        paragraphs = justext.justext(
            as_html(page.lines), frozenset(), stopwords_low=0, stopwords_high=0
        )
    return Verdict(_paragraphs_onto_lines(page.lines, paragraphs))


def _paragraphs_onto_lines(
    lines: list[str], paragraphs: list[justext.core.Paragraph]
) -> list[bool]:
    """jusText keeps one paragraph per <p>: matched to the lines in order by their text."""
    kept = [False] * len(lines)
    index = 0
    for paragraph in paragraphs:
        text = _squashed(paragraph.text)
        for probe in range(index, len(lines)):
            if _squashed(lines[probe]) == text:
                kept[probe] = not paragraph.is_boilerplate
                index = probe + 1
                break
    return kept


def _squashed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def first_line_system(page: PlainPage) -> Verdict:
    return Verdict([True] * len(page.lines), page.lines[0] if page.lines else None)


SYSTEMS: dict[str, Callable[[], System]] = {
    "newsdesk": newsdesk_system,
    "trafilatura": lambda: trafilatura_system,
    "justext": lambda: justext_system,
    "first_line": lambda: first_line_system,
}
# Systems that say nothing about lines (title baselines) are left out of the line metrics.
TITLE_ONLY = frozenset({"first_line"})


# --- scoring ----------------------------------------------------------------------------------


@dataclass
class Tally:
    story: int = 0
    story_kept: int = 0
    junk: int = 0
    junk_removed: int = 0
    story_words: int = 0
    story_words_kept: int = 0
    junk_words: int = 0
    junk_words_removed: int = 0
    titled_pages: int = 0
    titles_right: int = 0
    titles_junk: int = 0
    titles_given: int = 0
    pages: int = 0
    seconds: float = 0.0
    misses: list[tuple[int, str, list[int]]] = field(default_factory=list)

    def add(self, page: PlainPage, verdict: Verdict) -> None:
        self.pages += 1
        wrong = []
        for index, (line, gold, kept) in enumerate(
            zip(page.lines, page.gold, verdict.kept, strict=True)
        ):
            words = len(line.split())
            if gold == STORY:
                self.story += 1
                self.story_kept += kept
                self.story_words += words
                self.story_words_kept += words if kept else 0
            elif gold == JUNK:
                self.junk += 1
                self.junk_removed += not kept
                self.junk_words += words
                self.junk_words_removed += 0 if kept else words
            if (gold == STORY and not kept) or (gold == JUNK and kept):
                wrong.append(index)
        self.misses.append((len(wrong), page.page_id, wrong))
        self._add_title(page, verdict.title)

    def _add_title(self, page: PlainPage, title: str | None) -> None:
        self.titles_given += title is not None
        if title is not None:
            junk_lines = [line for line, g in zip(page.lines, page.gold, strict=True) if g == JUNK]
            self.titles_junk += title in junk_lines
        if page.titles:
            self.titled_pages += 1
            self.titles_right += title is not None and any(
                token_f1(title, gold) >= TITLE_MATCH_F1 for gold in page.titles
            )

    def figures(self, lines: bool = True) -> dict[str, float]:
        figures: dict[str, float] = {"pages": self.pages}
        if lines:
            figures |= {
                "story_recall": _ratio(self.story_kept, self.story),
                "junk_removal": _ratio(self.junk_removed, self.junk),
                "story_word_recall": _ratio(self.story_words_kept, self.story_words),
                "junk_word_removal": _ratio(self.junk_words_removed, self.junk_words),
                "story_lines": self.story,
                "junk_lines": self.junk,
            }
        if self.titles_given or self.titled_pages:
            figures |= {
                "title_accuracy": _ratio(self.titles_right, self.titled_pages),
                "title_junk": _ratio(self.titles_junk, max(self.titles_given, 1)),
                "titled_pages": self.titled_pages,
            }
        figures["pages_per_s"] = round(self.pages / self.seconds, 1) if self.seconds else 0.0
        return figures


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def evaluate(
    sets: Iterable[str], halves: Iterable[str], systems: dict[str, System], step: int = 1
) -> dict[str, dict[str, dict[str, Tally]]]:
    """Tallies by half, then set (and "all"), then system."""
    halves = list(halves)
    tallies: dict[str, dict[str, dict[str, Tally]]] = {
        half: {"all": {name: Tally() for name in systems}} for half in halves
    }
    for set_name in sets:
        for half in halves:
            tallies[half][set_name] = {name: Tally() for name in systems}
        for page in plain_pages(set_name)[::step]:
            if page.half not in tallies:
                continue
            for name, system in systems.items():
                started = time.perf_counter()
                verdict = system(page)
                elapsed = time.perf_counter() - started
                for key in (set_name, "all"):
                    tally = tallies[page.half][key][name]
                    tally.add(page, verdict)
                    tally.seconds += elapsed
    return tallies


def results_of(tallies: dict[str, dict[str, dict[str, Tally]]]) -> dict[str, object]:
    return {
        half: {
            set_name: {
                name: tally.figures(lines=name not in TITLE_ONLY)
                for name, tally in by_system.items()
            }
            for set_name, by_system in by_set.items()
        }
        for half, by_set in tallies.items()
    }


def flat_metrics(results: dict[str, object], prefix: str = "plaintext") -> dict[str, float]:
    flat: dict[str, float] = {}
    for key, value in results.items():
        if isinstance(value, dict):
            flat.update(flat_metrics(value, f"{prefix}.{key}"))
        elif isinstance(value, int | float):
            flat[f"{prefix}.{key}"] = float(value)
    return flat


# --- output -----------------------------------------------------------------------------------

COLUMNS = (
    "story_recall", "junk_removal", "story_word_recall", "junk_word_removal", "title_accuracy",
    "title_junk", "story_lines", "junk_lines", "titled_pages", "pages", "pages_per_s",
)  # fmt: skip


def print_table(results: dict[str, object]) -> None:
    print(f"plain-text cleaning, {platform.node()} ({platform.machine()}, "
          f"{platform.python_version()}), {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")  # fmt: skip
    header = "".join(f"{c.replace('_', ' '):>11}"[:11].rjust(12) for c in COLUMNS)
    print(f"{'half':<6}{'set':<18}{'system':<13}{header}")
    for half, by_set in results.items():
        assert isinstance(by_set, dict)
        for set_name, by_system in by_set.items():
            for system, figures in by_system.items():
                cells = "".join(f"{figures.get(c, ''):>12}" for c in COLUMNS)
                print(f"{half:<6}{set_name:<18}{system:<13}{cells}")


def print_misses(
    tallies: dict[str, dict[str, dict[str, Tally]]], count: int, sets: list[str]
) -> None:
    pages = {(p.set_name, p.page_id): p for s in sets for p in plain_pages(s)}
    for half, by_set in tallies.items():
        for set_name in sets:
            tally = by_set[set_name].get("newsdesk")
            if tally is None:
                continue
            for wrong, page_id, indexes in sorted(tally.misses, reverse=True)[:count]:
                page = pages[(set_name, page_id)]
                print(f"\n== {half} {set_name} {page_id} ({page.host}): {wrong} wrong")
                for index in indexes[:40]:
                    print(f"  {page.gold[index]:>5} line {index}: {page.lines[index][:110]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["tune", "test", "both"], default="both")
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=list(SYSTEMS))
    parser.add_argument("--step", type=int, default=1, help="every K-th page (quick look)")
    parser.add_argument("--misses", type=int, default=0, help="print the worst N pages")
    args = parser.parse_args()
    halves = HALVES if args.half == "both" else (args.half,)
    systems = {name: SYSTEMS[name]() for name in args.systems}
    tallies = evaluate(args.sets, halves, systems, args.step)
    results = results_of(tallies)
    print_table(results)
    if args.misses:
        print_misses(tallies, args.misses, args.sets)
    complete = args.half == "both" and set(args.sets) == set(SETS)
    if complete and set(args.systems) == set(SYSTEMS):
        write_results(results, args.step)


def results_name(step: int) -> str:
    """The full sets and the step-K sample are gated under separate keys."""
    return "plaintext" if step == 1 else "plaintext_sample"


def write_results(results: dict[str, object], step: int) -> None:
    name = results_name(step)
    path = RESULTS_DIR / f"{name}.json"
    payload = {"step": step, "results": results, "metrics": flat_metrics(results, name)}
    path.write_text(json.dumps(payload, indent=2) + "\n", "utf-8")
    print(f"\nwritten to {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
