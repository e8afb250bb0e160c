"""The library API: everything the CLI and the web app do goes through `Desk`.

with Desk("newsdesk.db") as desk:
    report = desk.add(["articles/", "https://example.org/feed.xml"])
    for article in desk.articles():
        print(article.title, article.outlet, article.published)
    desk.export_json("out.json")
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

from newsdesk import __version__
from newsdesk.config import Settings, default_settings
from newsdesk.errors import StoreError
from newsdesk.ingest import iter_documents
from newsdesk.model import Article, RawDocument, Rejection
from newsdesk.pipeline import process_documents
from newsdesk.render.json import export_document, export_lines
from newsdesk.store import Store

ProgressCallback = Callable[[Article | Rejection], None]


@dataclass(slots=True)
class AddReport:
    """What one `Desk.add` call did."""

    added: list[str] = field(default_factory=list)  # ids: a big batch must not stay in memory
    skipped: list[Rejection] = field(default_factory=list)  # already stored: not a failure
    failed: list[Rejection] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


class Desk:
    """A newsdesk store and the operations on it."""

    def __init__(self, path: str | Path = "newsdesk.db", settings: Settings | None = None) -> None:
        self.settings = settings or default_settings()
        self.store = Store(path, self.settings.store)

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # --- adding -------------------------------------------------------------------

    def add(
        self,
        inputs: Sequence[str],
        *,
        workers: int | None = None,
        client: httpx.Client | None = None,
        on_result: ProgressCallback | None = None,
    ) -> AddReport:
        """Ingest, clean and store inputs (files, folders, URLs, feeds, JSON lines).

        Bad inputs are reported in `AddReport.failed` and the batch goes on; each
        article is stored in its own transaction.
        """
        report = AddReport()
        fresh = self._fresh_documents(inputs, client, report, on_result)
        for raw, result in process_documents(fresh, self.settings, workers=_workers(workers)):
            outcome = self._store_result(raw, result, report)
            if on_result is not None:
                on_result(outcome)
        return report

    def _fresh_documents(
        self,
        inputs: Sequence[str],
        client: httpx.Client | None,
        report: AddReport,
        on_result: ProgressCallback | None,
    ) -> Iterator[RawDocument]:
        """Raw documents not stored yet; failures and repeats go straight to the report."""
        seen: set[str] = set()
        for item in iter_documents(inputs, self.settings.ingest, client=client):
            if isinstance(item, Rejection):
                report.failed.append(item)
            elif item.id in seen or self.store.has_document(item.id):
                item = Rejection(item.source, f"already stored as article {item.id}", failed=False)
                report.skipped.append(item)
            else:
                seen.add(item.id)
                yield item
                continue
            if on_result is not None:
                on_result(item)

    def _store_result(
        self, raw: RawDocument, result: Article | Rejection, report: AddReport
    ) -> Article | Rejection:
        if isinstance(result, Rejection):
            report.failed.append(result)
            return result
        try:
            self.store.put(raw, result)
        except StoreError as exc:
            failure = Rejection(raw.source, f"not stored ({exc})")
            report.failed.append(failure)
            return failure
        report.added.append(result.id)
        return result

    # --- reading ------------------------------------------------------------------

    def articles(self, *, limit: int | None = None, offset: int = 0) -> list[Article]:
        return self.store.articles(limit=limit, offset=offset)

    def article(self, id_or_prefix: str) -> Article | None:
        return self.store.article(id_or_prefix)

    def raw_document(self, article_id: str) -> RawDocument | None:
        return self.store.raw_document(article_id)

    def search(self, query: str, *, limit: int = 20) -> list[tuple[Article, str]]:
        return self.store.search(query, limit=limit)

    # --- export -------------------------------------------------------------------

    def export(self) -> dict[str, Any]:
        return export_document(self.store.iter_articles(), __version__)

    def export_json(self, path: str | Path) -> None:
        _write_atomically(Path(path), json.dumps(self.export(), ensure_ascii=False, indent=2))

    def export_jsonl(self, path: str | Path) -> None:
        lines = export_lines(self.store.iter_articles(), __version__)
        _write_atomically(Path(path), "".join(line + "\n" for line in lines))


def sample_corpus() -> Path:
    """The fictional sample corpus shipped with newsdesk (used by `newsdesk demo`)."""
    return Path(str(resources.files("newsdesk").joinpath("samples", "corpus")))


def _workers(requested: int | None) -> int:
    if requested is not None:
        return max(1, requested)
    return max(1, min(os.cpu_count() or 1, 4))


def _write_atomically(path: Path, content: str) -> None:
    """Write to a temporary file and rename, so a reader never sees half an export."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(content, encoding="utf-8")
    temporary.replace(path)
