"""Encoding detection: real texts in many languages, encoded in their legacy charsets, read back.

Texts come from ../shared (SemEval-2022 task 8 sample: ten languages; the trafilatura-eval pages:
their visible text, by the page's lang attribute). Each text is encoded in every legacy charset
its language is published in (Czech in ISO-8859-2 and windows-1250, Russian in windows-1251,
KOI8-R and ISO-8859-5, Japanese in Shift_JIS, EUC-JP and ISO-2022-JP, ...), without any
declaration, and given to ingest's decoder. A reading is right when it gives back the text
itself (two charsets that decode the bytes to the same text are both right).

Texts are split in halves by a hash of their id (tune / held); rules are tuned on the tune half
only, and the held half is reported apart. Also reported: how often the decoder said it was in
doubt when it was wrong (doubt recall) and when it was right (doubt noise).

    python bench/encoding_eval.py [--sizes 0 300] [--limit 300]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import json
import os
import platform
import re
import sys
import tarfile
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.ingest.decode import decode_bytes

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
RESULTS = REPO / "bench" / "results" / "encoding.json"

# The legacy charsets each language is published in (codecs' names).
CHARSETS = {
    "en": ["cp1252"],
    "de": ["cp1252", "iso8859-15"],
    "fr": ["cp1252", "iso8859-15"],
    "es": ["cp1252", "iso8859-15"],
    "it": ["cp1252", "iso8859-15"],
    "pt": ["cp1252", "iso8859-15"],
    "fi": ["cp1252", "iso8859-15"],
    "no": ["cp1252", "iso8859-15"],
    "pl": ["iso8859-2", "cp1250"],
    "cs": ["iso8859-2", "cp1250"],
    "hu": ["iso8859-2", "cp1250"],
    "ru": ["cp1251", "koi8-r", "iso8859-5"],
    "ar": ["cp1256", "iso8859-6"],
    "zh": ["gb18030", "gbk", "big5"],
    "ja": ["shift_jis", "euc_jp", "iso2022_jp"],
    "tr": ["cp1254", "iso8859-9"],
    "el": ["cp1253", "iso8859-7"],
}
_TAGS = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->|<[^>]+>", re.S | re.I)
_LANG = re.compile(r"<html[^>]*\slang=[\"']?([A-Za-z]{2})", re.I)
_MOJIBAKE = re.compile("[ÃÄÅ][\x80-\xbf\u0100-\u017f]")


def semeval_texts() -> Iterator[tuple[str, str, str]]:
    """(id, language, text) from the SemEval sample (texts already mis-decoded are left out)."""
    folder = SHARED / "data/clustering/semeval2022-task8-sample/data"
    csv.field_size_limit(sys.maxsize)
    for name in ("training_set.csv", "testing_set.csv"):
        with (folder / name).open(encoding="utf-8") as file:
            for row in csv.DictReader(file):
                for side in ("1", "2"):
                    text = " ".join(row[f"text{side}"].split())
                    if len(_MOJIBAKE.findall(text)) < 3:
                        yield f"semeval:{row['pair_id']}:{side}", row[f"lang{side}"], text


def page_texts() -> Iterator[tuple[str, str, str]]:
    """(id, language, visible text) of the trafilatura-eval pages that name their language."""
    archive = SHARED / "data/extraction/trafilatura-eval/trafilatura-eval-corpus.tar.xz"
    with tarfile.open(archive) as tar:
        for member in tar:
            if not (member.isfile() and member.name.endswith(".html")):
                continue
            raw = tar.extractfile(member).read()  # type: ignore[union-attr]
            try:
                page = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
            language = _LANG.search(page[:20000])
            if language:
                text = " ".join(html.unescape(_TAGS.sub(" ", page)).split())
                yield f"page:{member.name}", language.group(1).lower(), text


def half(text_id: str) -> str:
    return "tune" if hashlib.sha1(text_id.encode()).digest()[0] % 2 == 0 else "held"


def cases(short: int, limit: int) -> Iterator[tuple[str, str, str, str, bytes]]:
    """(half, language, charset, text, bytes) for texts with non-ASCII letters that encode."""
    per_language: dict[str, int] = defaultdict(int)
    for text_id, language, full in [*semeval_texts(), *page_texts()]:
        if language not in CHARSETS or per_language[language] >= limit:
            continue
        text = _sample(full, short)
        if text is None:
            continue
        per_language[language] += 1
        for charset in CHARSETS[language]:
            try:
                data = text.encode(charset)
            except UnicodeEncodeError:
                continue
            yield half(text_id), language, charset, text, data


def _sample(text: str, short: int) -> str | None:
    """The first `short` characters from the first non-ASCII letter on (whole words)."""
    first = next((i for i, c in enumerate(text) if ord(c) > 127 and c.isalpha()), None)
    if first is None:
        return None
    start = text.rfind(" ", 0, max(0, first - short // 3)) + 1
    sample = text[start : start + short] if short else text[start:]
    return sample.rsplit(" ", 1)[0] if short and len(sample) == short else sample


def evaluate(short: int, limit: int) -> dict[str, dict[str, float]]:
    tallies: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    started = time.perf_counter()
    for part, language, _charset, text, data in cases(short, limit):
        try:
            decoded = decode_bytes(data, "eval")
            right = decoded.text == text
            doubt = decoded.note is not None
        except InputError:
            right, doubt = False, True  # refused: wrong, but not silently
        for key in (part, f"{part}:{language}"):
            row = tallies[key]
            row["cases"] += 1
            row["right"] += right
            row["wrong_silent"] += (not right) and not doubt
            row["doubt_when_right"] += right and doubt
    seconds = time.perf_counter() - started
    total = sum(row["cases"] for key, row in tallies.items() if ":" not in key)
    tallies["all"]["ms_per_text"] = round(1000 * seconds / max(total, 1), 2)
    return {key: dict(row) for key, row in tallies.items()}


def print_table(results: dict[str, dict[str, float]], short: int) -> None:
    print(f"\nencoding detection, {f'{short}-character' if short else 'whole'} texts")
    print(f"machine: {platform.node()} {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores; {datetime.now(UTC):%Y-%m-%d}")  # fmt: skip
    print("\n| part | cases | right | wrong, silent | wrong, with doubt | doubt when right |")
    print("|---|---|---|---|---|---|")
    for key in sorted(k for k in results if k != "all"):
        row = results[key]
        cases_ = row["cases"]
        wrong = cases_ - row["right"]
        print(
            f"| {key} | {cases_:.0f} | {row['right'] / cases_:.3f} | {row['wrong_silent']:.0f} "
            f"| {wrong - row['wrong_silent']:.0f} | {row['doubt_when_right']:.0f} |"
        )
    print(f"\n{results['all']['ms_per_text']} ms per text")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 300],
                        help="characters per text (0: the whole text)")  # fmt: skip
    parser.add_argument("--limit", type=int, default=300, help="texts per language")
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"needs ../shared beside the repository (or NEWSDESK_SHARED): {SHARED}")
    metrics = {}
    for short in args.sizes:
        results = evaluate(short, args.limit)
        print_table(results, short)
        size = f"encoding.{short}_chars" if short else "encoding.whole"
        for part in ("tune", "held"):
            row = results[part]
            metrics[f"{size}_{part}_accuracy"] = round(row["right"] / row["cases"], 4)
            metrics[f"{size}_{part}_wrong_silent"] = round(row["wrong_silent"] / row["cases"], 4)
            noise = row["doubt_when_right"] / row["cases"]
            metrics[f"{size}_{part}_doubt_when_right"] = round(noise, 4)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"metrics": metrics}, indent=2) + "\n")


if __name__ == "__main__":
    main()
