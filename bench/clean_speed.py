"""Clean-stage speed: trafilatura alone against newsdesk's HTML blocks and full clean.

HTML pages come from the trafilatura-eval corpus and L3S-GN1 (from ~/.cache/newsdesk-bench
when already extracted there, else straight from the tarballs in ../shared); plain-text
articles from NeuS-AllSides. Prints pages (or articles) per second and the machine load,
since timings on a shared machine mean little without it.

    python bench/clean_speed.py [--pages 200] [--articles 1000]
"""

from __future__ import annotations

import argparse
import os
import tarfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import trafilatura

from newsdesk.clean import clean_document
from newsdesk.clean.html import html_blocks
from newsdesk.config import default_settings
from newsdesk.ingest.decode import decode
from newsdesk.model import InputKind, RawDocument

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
CACHE = Path(os.environ.get("NEWSDESK_BENCH_CACHE", Path.home() / ".cache" / "newsdesk-bench"))
EXTRACTION = SHARED / "data/extraction"
# (tarball, folder inside the cache and the tarball, whether a member is a page)
CORPORA = [
    (
        EXTRACTION / "trafilatura-eval/trafilatura-eval-corpus.tar.xz",
        "trafilatura-eval-corpus",
        lambda name: name.startswith("tests/cache/") and name.endswith(".html"),
    ),
    (
        EXTRACTION / "l3s-gn1/l3s-gn1.tar.xz",
        "l3s-gn1",
        lambda name: "/original/" in name and name.endswith(".html"),
    ),
]
NEUS = SHARED / "data/clustering/neus-allsides/data/val.source"


def html_pages(count: int) -> list[RawDocument]:
    """`count` pages, half from each corpus, decoded as ingest decodes them."""
    pages: list[RawDocument] = []
    for archive, folder, is_page in CORPORA:
        for name, data in _first_pages(archive, CACHE / folder, is_page, count // 2):
            text, encoding = decode(data, name)
            pages.append(RawDocument(name, data, text, encoding, InputKind.HTML))
    return pages


def _first_pages(
    archive: Path, folder: Path, is_page: Callable[[str], bool], count: int
) -> list[tuple[str, bytes]]:
    found = sorted(_cached_pages(folder, is_page)) or sorted(_archived_pages(archive, is_page))
    return found[:count]


def _cached_pages(folder: Path, is_page: Callable[[str], bool]) -> Iterator[tuple[str, bytes]]:
    if not folder.is_dir():
        return
    for path in folder.rglob("*.html"):
        name = path.relative_to(folder).as_posix()
        # the cache may hold the tarball's folder once more: match on the inner path too
        if is_page(name) or is_page(name.partition("/")[2]):
            yield name, path.read_bytes()


def _archived_pages(archive: Path, is_page: Callable[[str], bool]) -> Iterator[tuple[str, bytes]]:
    with tarfile.open(archive) as tar:
        for member in tar:
            file = tar.extractfile(member) if member.isfile() and is_page(member.name) else None
            if file is not None:
                yield member.name, file.read()


def text_articles(count: int) -> list[RawDocument]:
    """Title line, blank line, article text: NeuS-AllSides articles as plain-text files."""
    articles: list[RawDocument] = []
    with NEUS.open(encoding="utf-8") as lines:
        for line in lines:
            for part in line.split("[SEP]"):
                title, _, text = part.partition("ARTICLE=>")
                body = f"{title.replace('TITLE=>', '').strip()}\n\n{text.strip()}\n"
                source = f"neus-{len(articles)}"
                articles.append(RawDocument(source, body.encode(), body, "utf-8", InputKind.TEXT))
                if len(articles) >= count:
                    return articles
    return articles


def per_second(run: Callable[[RawDocument], object], documents: Sequence[RawDocument]) -> float:
    """Documents per second, after one warm-up call (imports and caches load once)."""
    run(documents[0])
    start = time.perf_counter()
    for document in documents:
        run(document)
    return len(documents) / (time.perf_counter() - start)


def extract_only(raw: RawDocument) -> object:
    # the same call html.py makes for the main text
    return trafilatura.extract(
        raw.text, output_format="txt", include_comments=False, include_tables=True
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    settings = default_settings().clean
    pages = html_pages(args.pages)
    articles = text_articles(args.articles)
    rows = [
        ("trafilatura.extract alone", "pages", per_second(extract_only, pages)),
        ("html_blocks", "pages", per_second(lambda r: html_blocks(r.text, settings), pages)),
        ("clean_document, HTML", "pages", per_second(lambda r: clean_document(r, settings), pages)),
        (
            "clean_document, text",
            "articles",
            per_second(lambda r: clean_document(r, settings), articles),
        ),
    ]
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"{len(pages)} pages, {len(articles)} articles; load average {load}")
    print(f"{'step':<28}{'per second':>12}")
    for name, unit, speed in rows:
        print(f"{name:<28}{speed:>8.1f} {unit}")


if __name__ == "__main__":
    main()
