"""The library API: everything the CLI and the web app do goes through `Desk`.

    from newsdesk.desk import Desk

    with Desk("story.db") as desk:
        report = desk.add(["articles/", "https://example.org/feed.xml"])  # cleans, then analyses
        for story in desk.stories():
            print(story.title, len(story.article_ids))
        for quote in desk.quotes(speaker="Lavrov"):
            print(quote.speaker_name, quote.text)

The Desk opens a store and calls the pipeline; it never imports a stage. The pipeline (and
with it spaCy) is imported only by the methods that run stages, so reading is quick.
"""

from __future__ import annotations

import difflib
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from newsdesk.config import Settings, default_settings
from newsdesk.errors import NotFoundError
from newsdesk.model import (
    Annotation,
    Article,
    Attribution,
    Brief,
    Claim,
    CopyLink,
    Coverage,
    Entity,
    Fact,
    Problem,
    Quantity,
    Quote,
    RawDocument,
    SearchHit,
    Story,
    TimeExpression,
)
from newsdesk.store import Store, open_store

if TYPE_CHECKING:
    import httpx

    from newsdesk.pipeline import (
        AddReport,
        ResultCallback,
        StepCallback,
        UpdateReport,
        WatchRound,
    )


FACT_STATUSES = ("corroborated", "single_source", "contested")
# What `add` and `watch` take: one input (a path, folder, URL, feed) or several.
Inputs = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
BRIEF_FORMATS = ("md", "html", "json")


class Desk:
    """A newsdesk store and the operations on it.

    `location` is an SQLite file (created when missing, unless `create=False`) or a
    PostgreSQL URL.
    """

    def __init__(
        self,
        location: str | Path = "newsdesk.db",
        settings: Settings | None = None,
        *,
        create: bool = True,
    ) -> None:
        self.settings = settings or default_settings()
        self.store: Store = open_store(location, self.settings.store, create=create)

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # --- adding and analysing -----------------------------------------------------

    def add(
        self,
        inputs: Inputs,
        *,
        analyse: bool = True,
        workers: int | None = None,
        cluster: str | None = None,
        client: httpx.Client | None = None,
        on_result: ResultCallback | None = None,
        on_step: StepCallback | None = None,
    ) -> AddReport:
        """Ingest, clean and store inputs (files, folders, URLs, feeds, JSON lines), then
        analyse what was stored (`analyse=False`: only store; `update()` does the rest).

        Bad inputs are reported in `AddReport.failed` and the batch goes on; each article is
        stored in its own transaction as soon as it is clean. The per-article stages run on
        `workers` local processes, or on a Dask cluster (`cluster`: "tcp://host:8786", or
        "local:N" for a local one); results are the same wherever they run.
        """
        from newsdesk import pipeline
        from newsdesk.scale import runner_for

        with runner_for(cluster, _workers(workers)) as run:
            report = pipeline.add(
                self.store, _listed(inputs), self.settings,
                run=run, client=client, on_result=on_result,
            )  # fmt: skip
            if analyse:
                report.update = pipeline.update(self.store, self.settings, run=run, on_step=on_step)
        return report

    def watch(
        self,
        inputs: Inputs,
        *,
        every: float,
        rounds: int | None = None,
        stop: threading.Event | None = None,
        workers: int | None = None,
        client: httpx.Client | None = None,
        on_round: Callable[[WatchRound], None] | None = None,
        on_result: ResultCallback | None = None,
    ) -> int:
        """Poll `inputs` (feeds, pages, folders) every `every` seconds; returns the rounds run.

        Each round adds only what is new, updates the stories it touched and hands
        `on_round` what is new in each. Runs until `stop` is set (or `rounds` are done); a
        stop mid-round ends it between two documents, with everything stored whole.
        """
        from newsdesk import pipeline
        from newsdesk.scale import runner_for

        stop = stop or threading.Event()
        listed = _listed(inputs)
        number = 0
        with runner_for(None, _workers(workers)) as run:
            while not stop.is_set() and (rounds is None or number < rounds):
                number += 1
                began = time.monotonic()
                result = pipeline.watch_round(
                    self.store, self.settings, listed, number,
                    run=run, client=client, on_result=on_result, stop=stop.is_set,
                )  # fmt: skip
                if on_round is not None:
                    on_round(result)
                if rounds is None or number < rounds:
                    stop.wait(max(0.0, every - (time.monotonic() - began)))
        return number

    def update(
        self,
        *,
        rebuild_stories: bool = False,
        cluster: str | None = None,
        on_step: StepCallback | None = None,
    ) -> UpdateReport:
        """Bring everything derived up to date: parses, copies, dates, entities, stories,
        quotes, claims, facts, briefs. Problems of any step are in `UpdateReport.problems`."""
        from newsdesk import pipeline
        from newsdesk.scale import runner_for

        with runner_for(cluster) as run:
            return pipeline.update(
                self.store,
                self.settings,
                rebuild_stories=rebuild_stories,
                run=run,
                on_step=on_step,
            )

    # --- articles -----------------------------------------------------------------

    def count(self) -> int:
        return self.store.count()

    def articles(self, *, limit: int | None = None, offset: int = 0) -> list[Article]:
        return self.store.articles(limit=limit, offset=offset)

    def article(self, id_or_prefix: str) -> Article:
        """An article by id or unique prefix (4+ characters); NotFoundError otherwise."""
        found = self.store.article(id_or_prefix)
        if found is None:
            raise NotFoundError("article with id or unique prefix", id_or_prefix)
        return found

    def articles_by_id(self, article_ids: Sequence[str]) -> dict[str, Article]:
        """The stored articles among these ids (full ids), read at once, in the order asked;
        an id not stored is left out."""
        return self.store.articles_by_id(list(dict.fromkeys(article_ids)))

    def raw_document(self, article_id: str) -> RawDocument | None:
        return self.store.raw_document(article_id)

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search: plain words, hyphens, "quoted phrases", OR/AND/NOT, prefix*."""
        return self.store.search(query, limit=limit)

    def annotation(self, article_id: str) -> Annotation | None:
        return self.store.annotation(article_id)

    def copy_links(self) -> list[CopyLink]:
        return self.store.copy_links()

    def problems(self) -> list[Problem]:
        """Every extractor that failed on a stored article, and why."""
        found = []
        for article_id, line in self.store.problems():
            stage, _, message = line.partition(": ")
            found.append(
                Problem(stage, article_id, message)
                if message
                else Problem("analysis", article_id, line)
            )
        return found

    # --- stories ------------------------------------------------------------------

    def stories(self) -> list[Story]:
        return self.store.stories()

    def story(self, id_or_prefix: str) -> Story:
        """A story by id or unique prefix; NotFoundError lists the stories when few."""
        stories = self.store.stories()
        found = [s for s in stories if s.id == id_or_prefix] or [
            s for s in stories if s.id.startswith(id_or_prefix)
        ]
        if len(found) != 1:
            choices = tuple(s.id for s in stories) if len(stories) <= 12 else ()
            raise NotFoundError("story with id or unique prefix", id_or_prefix, choices)
        return found[0]

    def coverage(self) -> dict[str, Coverage]:
        """Articles, copies, outlets, independent origins and time span of every story and event."""
        from newsdesk import readers

        return readers.story_coverage(self.store, self.settings)

    # --- facts --------------------------------------------------------------------

    def facts(self, story: str | None = None, *, status: str | None = None) -> list[Fact]:
        """The facts of one story (id or unique prefix) or of all, most sourced first;
        `status` keeps only "corroborated", "single_source" or "contested" ones."""
        if status is not None and status not in FACT_STATUSES:
            raise NotFoundError("fact status", status, FACT_STATUSES)
        story_id = self.story(story).id if story is not None else None
        found = self.store.facts(story_id)
        return [f for f in found if status is None or f.status == status]

    def brief(self, story: str, since: str | None = None) -> Brief:
        """A story's brief (id or unique prefix); with `since` (an ISO date or date-time) it
        also lists what is new, newly corroborated and newly contested since then."""
        from newsdesk import pipeline

        return pipeline.brief(self.store, self.settings, self.story(story), since)

    def render_brief(self, brief: Brief, fmt: str = "md") -> str:
        """A brief as "md" (Markdown), "html" (one self-contained file) or "json"."""
        from newsdesk import pipeline

        if fmt not in BRIEF_FORMATS:
            raise NotFoundError("brief format", fmt, BRIEF_FORMATS)
        return pipeline.render_brief(self.store, brief, fmt)

    # --- entities, quotes, claims ---------------------------------------------------

    def entities_of(self, article_id: str) -> list[Entity]:
        """The entities one article mentions, with their mentions in it."""
        return self.store.entities_of(article_id)

    def entities(self, *, entity_type: str | None = None) -> list[Entity]:
        found = self.store.entities()
        if entity_type is None:
            return found
        wanted = entity_type.upper()
        types = sorted({e.type for e in found} | set(self.settings.link.labels))
        if wanted not in types:
            raise NotFoundError("entity type", entity_type, tuple(types))
        return [e for e in found if e.type == wanted]

    def entity(self, name: str) -> list[Entity]:
        """Entities whose name or an alias is `name` (case-insensitive), else whose name
        contains it, most mentioned first; NotFoundError when there is none."""
        every = self.store.entities()
        found = _entities_named(every, name)
        if not found:
            names = sorted({e.name for e in every})
            close = difflib.get_close_matches(name, names, n=8, cutoff=0.6)
            raise NotFoundError("entity named", name, tuple(close or names[:8]))
        return found

    def explain(self, entity: Entity) -> str:
        """Why an entity is what it is: its variants, their articles and each merge's reason."""
        from newsdesk import pipeline

        return pipeline.explain_entity(entity)

    def quotes(self, article_id: str | None = None, *, speaker: str | None = None) -> list[Quote]:
        """Quotes, of one article or all; `speaker` matches every spelling of the merged
        speaker ("Vasylenko" finds the quotes of "Wasylenko" and "Vasilenko" too)."""
        quotes: list[Quote] = self.store.items("quotes", article_id)
        if speaker is None:
            return quotes
        names, spans = _speaker_keys(self.store.entities(), speaker)
        return [q for q in quotes if _said_by(q, names, spans)]

    def speakers(self, quotes: Sequence[Quote]) -> list[Entity | None]:
        """The canonical entity each quote's speaker is, or None (`readers.quote_speakers`)."""
        from newsdesk import readers

        return readers.quote_speakers(self.store, quotes)

    def actors(self, claims: Sequence[Claim]) -> list[Entity | None]:
        """The canonical entity each claim's actor is, or None (`readers.claim_actors`)."""
        from newsdesk import readers

        return readers.claim_actors(self.store, claims)

    def claims(
        self,
        article_id: str | None = None,
        *,
        actor: str | None = None,
        action: str | None = None,
    ) -> list[Claim]:
        """Claims, of one article or all, filtered by actor (any spelling, or the state a
        person acts for) and action type."""
        claims: list[Claim] = self.store.items("claims", article_id)
        if action is not None:
            claims = [c for c in claims if c.action == self._claim_action(action)]
        if actor is not None:
            names, spans = _speaker_keys(self.store.entities(), actor)
            claims = [c for c in claims if _acted_by(c, names, spans)]
        return claims

    def _claim_action(self, action: str) -> str:
        from newsdesk import pipeline

        known = pipeline.claim_actions()
        if action.upper() not in known:
            raise NotFoundError("claim action", action, tuple(sorted(known)))
        return action.upper()

    def quantities(self, article_id: str | None = None) -> list[Quantity]:
        return list(self.store.items("quantities", article_id))

    def time_expressions(self, article_id: str | None = None) -> list[TimeExpression]:
        return list(self.store.items("time_expressions", article_id))

    def attributions(self, article_id: str | None = None) -> list[Attribution]:
        return list(self.store.items("attributions", article_id))

    # --- export -------------------------------------------------------------------

    def export(self) -> dict[str, Any]:
        """Everything in the store as the JSON export's object (docs/output.md)."""
        from newsdesk import pipeline

        return pipeline.export(self.store, self.settings)

    def export_json(self, target: str | Path | TextIO | None = None) -> None:
        """Write the JSON export to a file (atomically), a stream, or stdout (None, "-")."""
        _write(target, json.dumps(self.export(), ensure_ascii=False, indent=2) + "\n")

    def export_jsonl(self, target: str | Path | TextIO | None = None) -> None:
        from newsdesk import pipeline

        lines = pipeline.export_jsonl(self.store, self.settings)
        _write(target, "".join(line + "\n" for line in lines))


def sample_corpus() -> Path:
    """The fictional sample corpus shipped with newsdesk (used by `newsdesk demo`)."""
    return _samples() / "corpus"


def sample_settings(settings: Settings | None = None) -> Settings:
    """`settings` (else the defaults) knowing the sample world's states, seats and outlets.

    The fictional states and outlets of the sample corpus are in no real gazetteer or
    registry; its own files are used unless the settings already name one.
    """
    base = settings or default_settings()
    if not base.link.gazetteer:
        gazetteer = str(_samples() / "gazetteer.toml")
        base = replace(base, link=replace(base.link, gazetteer=gazetteer))
    if not base.outlets.registry:
        registry = str(_samples() / "outlets.toml")
        base = replace(base, outlets=replace(base.outlets, registry=registry))
    return base


def _samples() -> Path:
    from importlib import resources

    return Path(str(resources.files("newsdesk").joinpath("samples")))


@dataclass(frozen=True, slots=True)
class _Key:
    article_id: str
    start: int


def _entities_named(entities: Sequence[Entity], name: str) -> list[Entity]:
    needle = name.casefold()
    found = [e for e in entities if needle in {e.name.casefold(), *map(str.casefold, e.aliases)}]
    if not found:
        found = [e for e in entities if needle in e.name.casefold()]
    return sorted(found, key=lambda e: -len(e.mentions))


def _speaker_keys(entities: Sequence[Entity], name: str) -> tuple[set[str], set[_Key]]:
    """Every spelling and every mention of the entities `name` refers to."""
    matched = _entities_named(entities, name)
    names = {name.casefold()} | {n.casefold() for e in matched for n in (e.name, *e.aliases)}
    spans = {_Key(m.article_id, m.start) for e in matched for m in e.mentions}
    return names, spans


def _said_by(quote: Quote, names: set[str], spans: set[_Key]) -> bool:
    if quote.name_start is not None and _Key(quote.article_id, quote.name_start) in spans:
        return True
    speaker = (quote.speaker_name or "").casefold()
    return bool(speaker) and any(n in speaker or speaker in n for n in names if len(n) > 2)


def _acted_by(claim: Claim, names: set[str], spans: set[_Key]) -> bool:
    if _Key(claim.article_id, claim.actor_start) in spans:
        return True
    acting = f"{claim.actor} {claim.actor_state or ''}".casefold()
    return any(n in acting for n in names if len(n) > 2)


def _listed(inputs: Inputs) -> list[str]:
    """One input or several as a list: a lone path or URL is one input, not its letters."""
    if isinstance(inputs, str | os.PathLike):
        return [os.fspath(inputs)]
    return [os.fspath(item) for item in inputs]


def _workers(requested: int | None) -> int:
    if requested is not None:
        return max(1, requested)
    return max(1, min(os.cpu_count() or 1, 4))


def _write(target: str | Path | TextIO | None, content: str) -> None:
    if target is None or target == "-":
        sys.stdout.write(content)
        sys.stdout.flush()
    elif isinstance(target, str | Path):
        _write_atomically(Path(target), content)
    else:
        target.write(content)


def _write_atomically(path: Path, content: str) -> None:
    """Write to a temporary file beside it and rename, so a reader never sees half an export
    and a failed write leaves nothing behind."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(content)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
