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
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

from newsdesk import __version__
from newsdesk.config import Settings, default_settings
from newsdesk.errors import StoreError
from newsdesk.ingest import iter_documents
from newsdesk.model import (
    Analysis,
    Annotation,
    Article,
    Attribution,
    Claim,
    CopyLink,
    Coverage,
    DateInference,
    Entity,
    Quantity,
    Quote,
    RawDocument,
    Rejection,
    Story,
    TimeExpression,
    content_id,
)
from newsdesk.pipeline import (
    ArticleFacts,
    LinkInput,
    OriginSettings,
    StoryInput,
    analyse_articles,
    analysis_version,
    article_origins,
    embed_leads,
    embedding_model,
    explain,
    find_copies,
    group_quotes,
    group_stories,
    infer_dates,
    link,
    link_input,
    process_documents,
    reanalyse_with_date,
    restore_copy_index,
    restore_story_index,
    stories_with_copies,
    story_coverage,
    story_input,
)
from newsdesk.render.json import Corpus, export_document, export_lines
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


@dataclass(slots=True)
class UpdateReport:
    """What one `Desk.update` call did."""

    analysed: int = 0
    copy_links: int = 0
    entities: int = 0
    grouped: int = 0  # articles newly placed in stories and events
    stories: int = 0  # stories in the store after the update
    dates_inferred: int = 0  # undated articles given a publication date (how: see the export)


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

    # --- analysing ----------------------------------------------------------------

    def analyse(
        self,
        article_ids: Sequence[str] | None = None,
        *,
        batch: int = 64,
        on_analysis: Callable[[Analysis], None] | None = None,
    ) -> int:
        """Annotate and extract (quotes, claims, dates, ...) articles not analysed yet.

        Each article's analysis is stored in its own transaction; returns how many were done.
        """
        version = analysis_version(self.settings)
        done = self.store.analysed_ids(version)
        wanted = self.store.article_ids() if article_ids is None else article_ids
        todo = [article_id for article_id in wanted if article_id not in done]
        for start in range(0, len(todo), batch):
            articles = [a for i in todo[start : start + batch] if (a := self.store.article(i))]
            for analysis in analyse_articles(articles, self.settings):
                self.store.put_analysis(analysis, version)
                if on_analysis is not None:
                    on_analysis(analysis)
        return len(todo)

    # --- corpus level -------------------------------------------------------------

    def update(self, *, analyse: bool = True) -> UpdateReport:
        """Bring everything derived up to date: analyses, copies, entities, stories."""
        report = UpdateReport()
        if analyse:
            report.analysed = self.analyse()
        report.copy_links = self._update_copies()
        report.entities = self._update_entities()
        report.grouped = self._update_stories()
        report.stories = self.store.count_stories()
        report.dates_inferred = self._infer_dates()
        return report

    def _infer_dates(self) -> int:
        """Undated articles get a date where their text or their event's articles allow."""
        undated = [a for i in self.store.undated_ids() if (a := self.store.article(i))]
        if not undated:
            return 0
        stories = self.store.stories()
        in_event = {a: e.article_ids for s in stories for e in s.events for a in e.article_ids}
        in_story = {a: s.article_ids for s in stories for a in s.article_ids}

        def siblings(article_id: str) -> list[tuple[Article, list[TimeExpression]]]:
            """The article's event's dated articles, else its story's."""
            found = self._dated_articles(in_event.get(article_id, ()))
            return found or self._dated_articles(in_story.get(article_id, ()))

        inferences = infer_dates(undated, siblings)
        by_id = {a.id: a for a in undated}
        version = analysis_version(self.settings)
        for inference in inferences:
            redone = self._redated(by_id[inference.article_id], inference)
            self.store.put_date_inference(inference, redone, version)
        return len(inferences)

    def _dated_articles(self, ids: Sequence[str]) -> list[tuple[Article, list[TimeExpression]]]:
        found = [a for i in ids if (a := self.store.article(i)) is not None and a.published]
        return [(a, self.time_expressions(a.id)) for a in found]

    def _redated(self, article: Article, inference: DateInference) -> Analysis | None:
        """The analysis made again with the inferred date (the stored parse is reused)."""
        annotation = self.store.annotation(article.id)
        if annotation is None:
            return None
        dated = replace(article, published=inference.published, published_how="inferred")
        return reanalyse_with_date(dated, annotation, self.settings)

    def rebuild_stories(self) -> int:
        """Regroup every article from scratch (same articles and settings: same stories)."""
        return self._update_stories(rebuild=True)

    def _update_stories(self, *, rebuild: bool = False) -> int:
        """New articles join stories and events; an index made with other settings is redone."""
        stored = None if rebuild else self.store.corpus_state("stories")
        index = restore_story_index(stored, self.settings)
        duplicate_of = self._duplicates()
        grouped = set() if index is None else self.store.grouped_ids()
        todo = [i for i in self.store.article_ids() if i not in grouped and i not in duplicate_of]
        if not todo and index is not None:
            return 0
        index = group_stories(index, self._story_inputs(todo), self.settings)
        stories = stories_with_copies(index.stories(), duplicate_of)
        self.store.replace_stories(stories, index.snapshot())
        return len(todo)

    def _duplicates(self) -> dict[str, str]:
        return {
            link.article_id: link.source_id
            for link in self.store.copy_links()
            if link.kind == "duplicate"
        }

    def _story_inputs(self, article_ids: Sequence[str]) -> list[StoryInput]:
        articles = [a for i in article_ids if (a := self.store.article(i)) is not None]
        vectors: dict[str, bytes] = {}
        model = embedding_model(self.settings)
        if model is not None:
            vectors = self.store.embeddings(model, article_ids)
            missing = [a for a in articles if a.id not in vectors]
            for start in range(0, len(missing), 256):
                fresh = embed_leads(missing[start : start + 256])
                self.store.put_embeddings(model, fresh)
                vectors.update(fresh)
        return [story_input(a, self.store.annotation(a.id), vectors.get(a.id)) for a in articles]

    def stories(self) -> list[Story]:
        return self.store.stories()

    def coverage(self) -> dict[str, Coverage]:
        """Articles, copies, outlets, independent origins and time span of every story and event."""
        return story_coverage(self.store.stories(), self._article_facts(self.attributions()))

    def _article_facts(self, attributions: Sequence[Attribution]) -> dict[str, ArticleFacts]:
        origins = OriginSettings.from_config(self.settings.origins)
        cues: dict[str, list[Attribution]] = {}
        for attribution in attributions:
            cues.setdefault(attribution.article_id, []).append(attribution)
        return {
            a.id: ArticleFacts(
                a.outlet,
                a.published,
                a.duplicate_of,
                tuple(article_origins(cues.get(a.id, []), a.outlet, text=a.text, settings=origins)),
            )
            for a in self.store.iter_articles()
        }

    def _update_entities(self) -> int:
        """Entities are recomputed whenever the set of analysed articles changed."""
        analysed = sorted(self.store.analysed_ids(analysis_version(self.settings)))
        key = content_id("\n".join(analysed).encode())
        if self.store.corpus_state("entities") == key:
            return 0
        entities = link(self._link_inputs(analysed), self.settings)
        self.store.replace_entities(entities, state=key)
        return len(entities)

    def _link_inputs(self, article_ids: Sequence[str]) -> Iterator[LinkInput]:
        for article_id in article_ids:
            article = self.store.article(article_id)
            annotation = self.store.annotation(article_id)
            if article is not None and annotation is not None:
                yield link_input(article, annotation)

    def entities(self) -> list[Entity]:
        return self.store.entities()

    def entity(self, name: str) -> list[Entity]:
        """Entities whose name or an alias matches `name` (case-insensitive), best first."""
        needle = name.casefold()
        every = self.store.entities()
        found = [e for e in every if needle in {e.name.casefold(), *map(str.casefold, e.aliases)}]
        if not found:
            found = [e for e in every if needle in e.name.casefold()]
        return sorted(found, key=lambda e: -len(e.mentions))

    def _update_copies(self) -> int:
        """Only new articles are compared; the index is rebuilt from stored fingerprints."""
        done = self.store.fingerprinted_ids()
        new_ids = [i for i in self.store.article_ids() if i not in done]
        if not new_ids:
            return 0
        new = [a for i in new_ids if (a := self.store.article(i)) is not None]
        index = restore_copy_index(self.store.fingerprints(), self.settings)
        links, prints = find_copies(index, new)
        self.store.put_copy_links(links)
        self.store.put_fingerprints(prints)
        return len(links)

    def copy_links(self) -> list[CopyLink]:
        return self.store.copy_links()

    def annotation(self, article_id: str) -> Annotation | None:
        return self.store.annotation(article_id)

    def quotes(self, article_id: str | None = None) -> list[Quote]:
        return list(self.store.items("quotes", article_id))

    def claims(self, article_id: str | None = None) -> list[Claim]:
        return list(self.store.items("claims", article_id))

    def quantities(self, article_id: str | None = None) -> list[Quantity]:
        return list(self.store.items("quantities", article_id))

    def time_expressions(self, article_id: str | None = None) -> list[TimeExpression]:
        return list(self.store.items("time_expressions", article_id))

    def attributions(self, article_id: str | None = None) -> list[Attribution]:
        return list(self.store.items("attributions", article_id))

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
        return export_document(self._corpus(), __version__)

    def _corpus(self) -> Corpus:
        """What an export shows, read from the store."""
        quotes, attributions = self.quotes(), self.attributions()
        facts = self._article_facts(attributions)  # each article's origins, computed once
        stories = self.store.stories()
        return Corpus(
            articles=self.store.iter_articles(),
            entities=self.entities(),
            stories=stories,
            coverage=story_coverage(stories, facts),
            date_inferences={i.article_id: i for i in self.store.date_inferences()},
            quotes=quotes,
            quote_groups=group_quotes(quotes),
            claims=self.claims(),
            times=self.store.times_by_article(),
            quantities=self.quantities(),
            attributions=attributions,
            copy_links=self.copy_links(),
            origins=lambda article, _cues: list(facts[article.id].origins),
        )

    def export_json(self, path: str | Path) -> None:
        _write_atomically(Path(path), json.dumps(self.export(), ensure_ascii=False, indent=2))

    def export_jsonl(self, path: str | Path) -> None:
        lines = export_lines(self._corpus(), __version__)
        _write_atomically(Path(path), "".join(line + "\n" for line in lines))


def explain_entity(entity: Entity) -> str:
    """Why an entity is what it is: its variants, their articles and each merge's reason."""
    return explain(entity)


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
