"""The one place that knows the order of the stages.

Per article (pure functions of one document, run in a process pool when there are many):
    1. clean      raw document -> article with labelled segments and metadata
    2. language   language and machine-translation signals
Corpus-level stages (entities, copies, stories) come after and run over the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import chain, islice, repeat

from newsdesk.clean import clean_document
from newsdesk.config import Settings
from newsdesk.language import identify
from newsdesk.model import Article, RawDocument, Rejection

Outcome = tuple[RawDocument, Article | Rejection]

# Below this many documents a process pool costs more than it saves.
MIN_DOCUMENTS_FOR_POOL = 32


def process_document(raw: RawDocument, settings: Settings) -> Article | Rejection:
    """Run every per-article stage on one raw document."""
    article = clean_document(raw, settings.clean)
    if isinstance(article, Rejection):
        return article
    signals = identify(article.text, settings.language)
    return replace(
        article,
        language=article.language or signals.language,
        machine_translated=signals.machine_translated,
    )


def process_documents(
    raws: Iterable[RawDocument], settings: Settings, *, workers: int = 1, chunk: int = 64
) -> Iterator[Outcome]:
    """Process documents in input order, on `workers` processes when there are enough of them."""
    iterator = iter(raws)
    first = list(islice(iterator, MIN_DOCUMENTS_FOR_POOL))
    if workers <= 1 or len(first) < MIN_DOCUMENTS_FOR_POOL:
        for raw in chain(first, iterator):
            yield raw, _safe_process(raw, settings)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        remaining = chain(first, iterator)
        while batch := list(islice(remaining, chunk * workers)):
            results = pool.map(_safe_process, batch, repeat(settings), chunksize=8)
            yield from zip(batch, results, strict=True)


def _safe_process(raw: RawDocument, settings: Settings) -> Article | Rejection:
    """One document's failure must not stop the batch: report it as a rejection."""
    try:
        return process_document(raw, settings)
    except Exception as exc:  # any stage bug becomes a named, per-input failure
        return Rejection(raw.source, f"could not be processed ({type(exc).__name__}: {exc})")
