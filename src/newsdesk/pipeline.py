"""The one place that knows the order of the stages.

`add` takes inputs one document at a time, each stored as soon as it is clean:
    1. ingest     files, folders, URLs, feeds, JSON lines -> raw documents (bad ones: rejections)
    2. clean      raw document -> article with labelled segments and metadata  } per article,
    3. language   the language and machine-translation signals                 } in a process pool
    4. store      the raw document and its article, in one transaction

`update` brings everything derived up to date, each step only for what changed:
    1. annotate   sentences, entity mentions and a parse (spaCy, in batches; stored)
    2. copies     near-duplicates and reused passages; each copy points to its original
    3. dates      undated articles dated from their own text (dateline, "today, 12 March")
    4. link       canonical entities across articles, spellings and transliterations
    5. stories    articles into events, events into stories (seeing the dates of step 3)
    6. dates      undated articles still undated: their event's date, marked as a guess
    7. extract    time expressions, quotes, claims, quantities, attribution cues, read
                  against the publication date now known (so each article is read once)
    8. variants   the same quote in several articles grouped into one
    9. fuse       the facts of each story whose articles changed
   10. compose    the brief of each story whose facts changed

The Desk calls these two and the readers below; it never imports a stage.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

import httpx
import numpy as np

from newsdesk import __version__
from newsdesk.annotate import annotate
from newsdesk.clean import clean_document
from newsdesk.compose import StoryMaterial, compose_brief
from newsdesk.config import FuseSettings, Settings
from newsdesk.extract.attributions import (
    find_attributions,
    name_quoted_media,
    name_reporting_media,
)
from newsdesk.extract.claims import ACTION_TYPES, find_claims
from newsdesk.extract.dating import date_events
from newsdesk.extract.numbers import find_quantities
from newsdesk.extract.quotes import find_quotes
from newsdesk.fuse import SentenceOrigin, StoryArticle, fuse_story
from newsdesk.fuse.offices import load_offices
from newsdesk.fuse.stance import shipped_model
from newsdesk.gazetteer import Gazetteer, load_gazetteer
from newsdesk.group import embeddings
from newsdesk.group.copies import CopyIndex, Fingerprint, fingerprint, in_original_order
from newsdesk.group.provenance import Copy, orient
from newsdesk.group.publication import DatedSibling, infer_publication_date
from newsdesk.group.quote_groups import group_quotes
from newsdesk.group.sources import (
    independent_origins,
)
from newsdesk.group.stories import (
    StoryChanges,
    StoryIndex,
    StoryInput,
    canonical_key,
    central_title,
)
from newsdesk.ingest import FetchMemo, iter_documents
from newsdesk.language import identify
from newsdesk.link import LinkIndex, LinkInput, explain
from newsdesk.model import (
    Annotation,
    Article,
    Brief,
    Citation,
    CopyLink,
    Coverage,
    Entity,
    EntityChanges,
    Event,
    Extraction,
    Problem,
    Quote,
    RawDocument,
    Rejection,
    SegmentLabel,
    Sentence,
    Story,
    TimeExpression,
    content_id,
)
from newsdesk.outlets import OutletRegistry, load_outlets
from newsdesk.parse import ParsedArticle, names_as_read
from newsdesk.readers import ArticleCoverage, SourceReader, article_coverage, coverages
from newsdesk.referents import Referents
from newsdesk.render.html import brief_html
from newsdesk.render.json import Exported, export_document, export_lines
from newsdesk.render.markdown import brief_markdown
from newsdesk.render.records import brief_record
from newsdesk.scale import InProcess, ReadAhead, Runner
from newsdesk.store import Store
from newsdesk.timex import find_time_expressions, lead_day

T = TypeVar("T")
ResultCallback = Callable[[Article | Rejection], None]
StepCallback = Callable[[str], None]

# Articles annotated (and extracted) per batch: spaCy is fastest over a stream.
ANALYSIS_BATCH = 64
# The code each stored result is made by (modules and folders of the package): a newer
# newsdesk redoes what it would now make differently, however old the store is. A number
# bumped by hand was forgotten for 29 sessions of changed extractors.
# (fuse and compose read what extraction made: its version is in their inputs)
ANNOTATE_CODE = ("annotate",)
_READERS = ("parse.py", "referents.py", "gazetteer.py", "outlets.py", "data")
LINK_CODE = ("link", *_READERS)
EXTRACT_CODE = ("extract", "timex.py", *_READERS)
FUSE_CODE = ("fuse",)
COMPOSE_CODE = ("compose",)


@dataclass(slots=True)
class AddReport:
    """What one `add` did: article ids added, inputs skipped (already stored) and failed."""

    added: list[str] = field(default_factory=list)
    skipped: list[Rejection] = field(default_factory=list)  # not a failure
    failed: list[Rejection] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # about documents still added (doubts)
    update: UpdateReport | None = None  # the analysis that followed, when asked for

    @property
    def ok(self) -> bool:
        return not self.failed and (self.update is None or self.update.ok)


@dataclass(slots=True)
class UpdateReport:
    """What one `update` did, step by step, and every problem met on the way."""

    annotated: int = 0
    copy_links: int = 0
    dates_inferred: int = 0
    entities: int = 0
    grouped: int = 0  # articles newly placed in stories and events
    stories: int = 0  # stories in the store after the update
    extracted: int = 0
    quote_variants: int = 0  # quotes carried by more than one article
    facts: int = 0  # facts of the stories fused again
    briefs: int = 0  # briefs composed again
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# === add =====================================================================================


def add(
    store: Store,
    inputs: Sequence[str],
    settings: Settings,
    *,
    run: Runner | None = None,
    client: httpx.Client | None = None,
    on_result: ResultCallback | None = None,
    stop: Callable[[], bool] | None = None,
    memo: FetchMemo | None = None,
) -> AddReport:
    """Steps 1-4 for every input; each article is stored the moment it is clean.

    With a pool or a cluster, ingest reads ahead in a thread of its own, so a slow input
    (a server that takes its time) never holds back the storing of what was read before it.
    `stop` is asked between documents: when it says so, nothing more is read (what is stored
    stays stored, whole). `memo` makes URLs answer only what changed (see `watch_round`).
    """
    report, run = AddReport(), run or InProcess()
    read = _documents_of_each_input(inputs, settings, client, memo, report.notes.append)
    ahead = None if isinstance(run, InProcess) else ReadAhead(read, ANALYSIS_BATCH * 4)
    fresh = _new_documents(store, ahead or read, report, on_result)  # 1. ingest
    try:
        for raw, result in process_documents(fresh, settings, run, ahead):  # 2. clean, 3.
            outcome = _store_article(store, raw, result, report)  # 4. store
            if on_result is not None:
                on_result(outcome)
            if stop is not None and stop():
                break
    finally:
        if ahead is not None:
            ahead.close()
    return report


def process_document(raw: RawDocument, settings: Settings) -> Article | Rejection:
    """Steps 2 and 3 on one raw document (a pure function: runs in any process)."""
    article = clean_document(raw, settings.clean, _outlets(settings))
    if isinstance(article, Rejection):
        return article
    signals = identify(article.text, settings.language)
    return replace(
        article,
        language=article.language or signals.language,
        machine_translated=signals.machine_translated,
        translation_evidence=signals.evidence,
    )


def process_documents(
    raws: Iterable[RawDocument],
    settings: Settings,
    run: Runner,
    ahead: ReadAhead[Any] | None = None,
) -> Iterator[tuple[RawDocument, Article | Rejection]]:
    """Documents processed in input order by `run` (in process: one at a time, stored at once).

    A batch for a pool holds what ingest has read so far (`ahead`), never waiting for more.
    """
    iterator = iter(raws)
    size = 1 if isinstance(run, InProcess) else ANALYSIS_BATCH * 4
    for first in iterator:
        batch = [first]
        while len(batch) < size and (ahead is None or ahead.ready()):
            following = next(iterator, None)
            if following is None:
                break
            batch.append(following)
        yield from zip(batch, run.map(_safe_process, batch, settings), strict=True)


def _new_documents(
    store: Store,
    documents: Iterable[RawDocument | Rejection],
    report: AddReport,
    on_result: ResultCallback | None,
) -> Iterator[RawDocument]:
    """Raw documents not stored yet; failures and repeats go straight to the report."""
    seen: set[str] = set()
    for item in documents:
        if isinstance(item, Rejection):
            (report.failed if item.failed else report.skipped).append(item)
        elif item.id in seen or store.has_document(item.id):
            item = Rejection(item.source, f"already stored as article {item.id}", failed=False)
            report.skipped.append(item)
        else:
            seen.add(item.id)
            yield item
            continue
        if on_result is not None:
            on_result(item)


def _documents_of_each_input(
    inputs: Sequence[str],
    settings: Settings,
    client: httpx.Client | None,
    memo: FetchMemo | None,
    on_problem: Callable[[Problem], None],
) -> Iterator[RawDocument | Rejection]:
    """Each input read on its own: a reader that breaks on one input costs only that input."""
    for given in inputs:
        try:
            yield from iter_documents(
                [given], settings.ingest, client=client, memo=memo, on_problem=on_problem
            )
        except Exception as exc:  # a reader's bug: name the input, go on with the next
            yield Rejection(given, f"could not be read ({type(exc).__name__}: {exc})")


def _safe_process(raw: RawDocument, settings: Settings) -> Article | Rejection:
    """One document's failure must not stop the batch: report it as a rejection."""
    try:
        return process_document(raw, settings)
    except Exception as exc:  # any stage bug becomes a named, per-input failure
        return Rejection(raw.source, f"could not be processed ({type(exc).__name__}: {exc})")


def _store_article(
    store: Store, raw: RawDocument, result: Article | Rejection, report: AddReport
) -> Article | Rejection:
    if isinstance(result, Rejection):
        report.failed.append(result)
        return result
    try:
        stored = store.put(raw, result)
    except Exception as exc:  # the store refused this one; the batch goes on
        failure = Rejection(raw.source, f"not stored ({exc})")
        report.failed.append(failure)
        return failure
    if not stored:  # another process stored the same content meanwhile
        repeat = Rejection(raw.source, f"already stored as article {result.id}", failed=False)
        report.skipped.append(repeat)
        return repeat
    report.added.append(result.id)
    return result


# === update ==================================================================================


def update(
    store: Store,
    settings: Settings,
    *,
    rebuild_stories: bool = False,
    run: Runner | None = None,
    on_step: StepCallback | None = None,
) -> UpdateReport:
    """Steps 1-10: everything derived from the stored articles, brought up to date."""
    report = UpdateReport()
    run = run or InProcess()
    step = on_step or (lambda _name: None)
    step("annotating")
    report.annotated = annotate_new(store, settings, report.problems, run)  # 1
    step("finding copies")
    report.copy_links = find_new_copies(store, settings)  # 2
    step("dating undated articles")
    report.dates_inferred = date_from_text(store, settings)  # 3
    step("linking entities")
    report.entities = link_corpus(store, settings)  # 4
    step("grouping stories")
    report.grouped = group_new_articles(store, settings, rebuild=rebuild_stories)  # 5
    report.dates_inferred += date_from_event(store, settings)  # 6
    step("extracting quotes, claims, dates")
    report.extracted = extract_new(store, settings, report.problems, run)  # 7
    report.quote_variants = group_quote_variants(store)  # 8
    step("fusing facts")
    report.facts = fuse_changed_stories(store, settings, report.problems, run)  # 9
    step("composing briefs")
    report.briefs = compose_changed_stories(store, settings, report.problems)  # 10
    report.stories = len(store.stories())
    return report


# --- 1. annotate ---------------------------------------------------------------------------


@cache
def code_version(parts: tuple[str, ...]) -> str:
    """The source of `parts` of the package (modules, folders with their data files) as one
    id, read once per process."""
    root = resources.files("newsdesk")
    files = sorted(
        (name, item) for part in parts for name, item in _files_in(root.joinpath(part), part)
    )
    return content_id(b"\0".join(name.encode() + b"\0" + item.read_bytes() for name, item in files))


def _files_in(item: Traversable, name: str) -> Iterator[tuple[str, Traversable]]:
    if item.is_file():
        yield name, item
    elif item.is_dir() and item.name != "__pycache__":
        for child in item.iterdir():
            yield from _files_in(child, f"{name}/{child.name}")


def annotation_version(settings: Settings) -> str:
    """What an annotation depends on: the model, the components run and their code."""
    code = code_version(ANNOTATE_CODE)
    return f"{settings.annotate.model}:{settings.annotate.components}:{code}"


def annotate_new(store: Store, settings: Settings, problems: list[Problem], run: Runner) -> int:
    """Parse every article not parsed with the current model; each stored on its own."""
    version = annotation_version(settings)
    done = store.annotated_ids(version)
    todo = [i for i in store.article_ids() if i not in done]
    size = _batch_size(len(todo), run)
    batches = (
        list(store.articles_by_id(todo[start : start + size]).values())
        for start in range(0, len(todo), size)
    )
    for parsed, failed in run.map(annotate_batch, batches, settings):
        for annotation in parsed:
            store.put_annotation(annotation, version)
        problems.extend(failed)
    return len(todo)


def _batch_size(articles: int, run: Runner) -> int:
    """Batches small enough that every worker gets some, large enough for spaCy's stream."""
    workers = getattr(run, "workers", 1)
    return max(8, min(ANALYSIS_BATCH, -(-articles // workers)))


def annotate_batch(
    articles: Sequence[Article], settings: Settings
) -> tuple[list[Annotation], list[Problem]]:
    """A batch's annotations; when the batch fails, article by article, naming the one.

    A text over `[annotate] max_chars` gets an empty annotation and a problem saying so.
    """
    problems: list[Problem] = []
    try:
        return list(_annotate(articles, settings, problems.append)), problems
    except Exception:  # find which article it was: the others must not be lost with it
        pass
    found: list[Annotation] = []
    problems = []
    for article in articles:
        try:
            found += list(_annotate([article], settings, problems.append))
        except Exception as exc:
            problems.append(Problem("annotate", article.id, f"{type(exc).__name__}: {exc}"))
    return found, problems


def _annotate(
    articles: Sequence[Article], settings: Settings, on_problem: Callable[[Problem], None]
) -> Iterator[Annotation]:
    options = settings.annotate
    return annotate(
        ((article.id, article.text) for article in articles),
        components=options.components,
        n_process=options.n_process,
        batch_size=options.batch_size,
        model=options.model,
        max_chars=options.max_chars or None,
        on_problem=on_problem,
    )


# --- 2. copies -----------------------------------------------------------------------------


def find_new_copies(store: Store, settings: Settings) -> int:
    """New articles against every earlier one (the index is rebuilt from stored fingerprints);
    each group of copies they join is oriented again, copy to original, by evidence."""
    order = store.article_ids()
    done = store.fingerprinted_ids()
    new = store.articles_by_id([i for i in order if i not in done])
    if not new:
        return 0
    index = CopyIndex(settings.copies)
    for article_id, data in store.fingerprints():
        index.restore(article_id, Fingerprint.from_bytes(data, settings.copies))
    links: list[CopyLink] = []
    prints: list[tuple[str, bytes]] = []
    for article in in_original_order(new.values()):
        print_ = fingerprint(article.text, settings.copies)
        prints.append((article.id, print_.to_bytes(settings.copies)))
        links.extend(index.add_fingerprint(article.id, print_))
    _orient_copies(store, links, order, settings)
    store.put_fingerprints(prints)
    return len(links)


def _orient_copies(
    store: Store, links: Sequence[CopyLink], order: Sequence[str], settings: Settings
) -> None:
    """Links of the groups the new ones touch, each pointing from copy to original."""
    touched = {a for link in links for a in (link.article_id, link.source_id)}
    if not touched:
        return
    older = [k for k in store.copy_links() if {k.article_id, k.source_id} & touched]
    group = touched | {a for k in older for a in (k.article_id, k.source_id)}
    seen = {article_id: position for position, article_id in enumerate(order)}
    copies = {
        a.id: Copy(a.id, _stated_date(a), a.outlet, a.text, seen.get(a.id, len(seen)), _credits(a))
        for a in store.articles_by_id(sorted(group)).values()
    }
    registry = _outlets(settings)
    store.replace_copy_links(sorted(group), orient([*older, *links], copies, registry.counted_as))


def _credits(article: Article) -> tuple[str, ...]:
    """The datelines and bylines cleaned out of an article: where a wire's credit stands."""
    return tuple(s.text for s in article.removed if s.label in _CREDIT_LABELS)


_CREDIT_LABELS = frozenset({SegmentLabel.DATELINE, SegmentLabel.BYLINE})


def _stated_date(article: Article) -> str | None:
    return article.published if article.published_how != "inferred" else None


# --- 3. and 6. publication dates -----------------------------------------------------------


def date_from_text(store: Store, settings: Settings) -> int:
    """Undated new articles whose own text says when they were written (a yearless dateline
    takes its year from the store's other dates when those agree)."""
    around = _store_date(store)
    return _infer_dates(store, settings, lambda _article_id: [], around)


def date_from_event(store: Store, settings: Settings) -> int:
    """Undated new articles still undated: what the dated articles of their event allow."""
    stories = store.stories()
    event_of = {a: e.article_ids for s in stories for e in s.events for a in e.article_ids}
    return _infer_dates(store, settings, lambda article_id: event_of.get(article_id, ()), None)


def _infer_dates(
    store: Store,
    settings: Settings,
    siblings_of: Callable[[str], Sequence[str]],
    around: date | None,
) -> int:
    """Dates for undated articles not read yet; only a confident one becomes the article's
    date, a weaker guess is kept with its confidence and never used."""
    unread = set(store.undated_ids()) - store.extracted_ids(extraction_version(settings))
    applied = 0
    for article in store.articles_by_id(sorted(unread)).values():
        siblings = _dated_siblings(store, siblings_of(article.id), article.id)
        lines = _credits(article)
        found = infer_publication_date(
            article.id, article.text, siblings, lines=lines, around=around
        )
        if found is not None:
            confident = found.confidence >= settings.dates.apply_confidence
            store.put_date_inference(found, apply=confident)
            applied += confident
    return applied


def _store_date(store: Store) -> date | None:
    """The middle of the store's stated dates, when nine in ten lie within half a year."""
    days = sorted(
        d.toordinal() for a in store.iter_articles() if (d := _date(_stated_date(a))) is not None
    )
    if not days:
        return None
    low, high = days[len(days) // 10], days[(len(days) * 9) // 10]
    return date.fromordinal(days[len(days) // 2]) if high - low <= 183 else None


def _dated_siblings(store: Store, article_ids: Sequence[str], own: str) -> list[DatedSibling]:
    articles = store.articles_by_id([i for i in article_ids if i != own]).values()
    return [
        DatedSibling(a.id, a.published[:10], a.text, tuple(_times(a)))
        for a in articles
        if a.published and a.published_how != "inferred"
    ]


def _times(article: Article) -> Sequence[TimeExpression]:
    return find_time_expressions(article.text, _date(article.published))


def _date(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


# --- 4. link -------------------------------------------------------------------------------


def link_version(settings: Settings) -> str:
    """What the entities depend on: the parses, the link settings and the user's tables."""
    link = content_id(f"{settings.link!r}|{code_version(LINK_CODE)}".encode())
    return f"{annotation_version(settings)}|link-{link}|{tables_version(settings)}"


def tables_version(settings: Settings) -> str:
    """The user's gazetteer and outlet registry as they are now (path and content): a file
    added, changed or removed is read into every article again, not only into new ones."""
    tables = (settings.link.gazetteer, settings.outlets.registry)
    return content_id("\n".join(_file_state(path) for path in tables).encode())


def _file_state(path: str) -> str:
    if not path:
        return ""
    try:
        return f"{path}:{content_id(Path(path).read_bytes())}"
    except OSError:  # its loader names the problem; here it only has to differ
        return f"{path}:unreadable"


def link_corpus(store: Store, settings: Settings) -> int:
    """Newly annotated articles join the stored entities (the linker's state is kept as
    rows); with no state, or one made with other settings, parses or tables, everything is
    linked anew. Returns the entities created or changed."""
    version = link_version(settings)
    annotated = store.annotated_ids(annotation_version(settings))
    header = store.corpus_state("link_index")
    if isinstance(header, dict) and (header.get("version"), header.get("linked")) == (
        version,
        len(annotated),
    ):
        return 0  # nothing new: the state (large in a large store) is not even read
    index = _stored_link_index(store, settings, version)
    reset = index is None
    index = index or LinkIndex(settings.link, _outlets(settings))
    new = sorted(i for i in annotated if i not in index)
    if not new:
        return 0
    update = index.add(_link_inputs(store, new))
    state = index.snapshot() if reset else index.changes()
    changes = EntityChanges(update.changed, update.removed, update.keys, update.mentions, reset)
    previous = header.get("revision", "") if isinstance(header, dict) else ""
    # the revision changes with every update: what stored facts say they were made on
    revision = content_id("\n".join([previous, *new]).encode())
    written = {**state, "version": version, "revision": revision, "linked": len(index)}
    store.put_entity_changes(changes, written)
    return len(update.changed)


def _outlets(settings: Settings) -> OutletRegistry:
    """The outlet registry: the shipped table extended by the user's (`[outlets] registry`)."""
    return load_outlets(settings.outlets.registry or None)


def _stored_link_index(store: Store, settings: Settings, version: str) -> LinkIndex | None:
    state = store.link_state()
    if state is None or state.get("version") != version:
        return None
    try:
        return LinkIndex.restore(state, settings.link, _outlets(settings))
    except (ValueError, KeyError):  # other settings, an older format: link anew
        return None


def _link_inputs(store: Store, article_ids: Sequence[str]) -> Iterator[LinkInput]:
    for start in range(0, len(article_ids), 500):
        articles = store.articles_by_id(article_ids[start : start + 500])
        for article in articles.values():
            annotation = store.annotation(article.id)
            if annotation is not None:
                yield LinkInput(
                    article.id,
                    article.text,
                    names_as_read(annotation.mentions, article.text, annotation.tokens),
                    annotation.sentences,
                    article.machine_translated,
                )


# --- 5. stories ----------------------------------------------------------------------------


def group_new_articles(store: Store, settings: Settings, *, rebuild: bool = False) -> int:
    """New articles join stories and events; an index made with other settings is redone.

    Costs what changed, not what is stored: the index reads its open groups and the rows of the
    new articles' terms, and only the stories the new articles (or their copies) joined are
    read back and written, with the index rows that changed, in one transaction.
    """
    index = None if rebuild else _stored_story_index(store, settings)
    if index is None:
        return _regroup_all(store, settings)
    todo = store.ungrouped_ids()
    if not todo:
        return 0
    duplicate_of = _duplicate_chains(store, todo)  # copies join their original's event
    fresh = [i for i in todo if i not in duplicate_of]
    items = sorted(_story_inputs(store, fresh, settings), key=canonical_key)
    index.prefetch(items)
    for item in items:
        index.add(item)
    changes = index.take_changes()
    copies = {c: _original(c, duplicate_of) for c in todo if c in duplicate_of}
    stories = _changed_stories(store, changes, copies)
    store.put_stories(_central_titles(store, stories), list(changes.merged), changes.state)
    return len(todo)


def _regroup_all(store: Store, settings: Settings) -> int:
    """Every article grouped anew, every story rewritten (new settings, or no index yet)."""
    duplicate_of = {
        link.article_id: link.source_id for link in store.copy_links() if link.kind == "duplicate"
    }
    todo = [i for i in store.article_ids() if i not in duplicate_of]
    index = StoryIndex(settings.stories)
    for item in sorted(_story_inputs(store, todo, settings), key=canonical_key):
        index.add(item)
    stories = _central_titles(store, _with_copies(index.stories(), duplicate_of))
    store.replace_stories(stories, index.state())
    return len(todo) + len(duplicate_of)


def _duplicate_chains(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    """copy -> the article it duplicates, for these articles and along their chains."""
    found = store.duplicate_sources(article_ids)
    frontier = [s for s in set(found.values()) if s not in found]
    while frontier:
        more = {c: s for c, s in store.duplicate_sources(frontier).items() if c not in found}
        found.update(more)
        frontier = [s for s in set(more.values()) if s not in found]
    return found


def _changed_stories(store: Store, changes: StoryChanges, copies: Mapping[str, str]) -> list[Story]:
    """The stories an update touched, whole: as stored, with the articles it placed or moved,
    the events it opened or merged away and the copies (`copies`: copy -> its original) that
    join their original's event. Stored stories keep their order; new ones follow."""
    placed = {a: (x.story_id, x.event_id) for a, x in changes.assigned.items()}
    before = store.story_placements([o for o in copies.values() if o not in placed])
    joining = {c: p for c, o in copies.items() if (p := placed.get(o) or before.get(o))}
    touched = sorted({story_id for story_id, _ in (*placed.values(), *joining.values())})
    drafts: dict[str, tuple[str, dict[str, tuple[str, list[str]]]]] = {
        s.id: (s.title, {e.id: (e.title, list(e.article_ids)) for e in s.events})
        for s in store.stories_by_id(touched)
    }
    for group in changes.opened:
        if group.story_id is None:
            drafts.setdefault(group.id, (group.title, {}))
        elif group.id not in changes.merged:
            drafts[group.story_id][1].setdefault(group.id, (group.title, []))
    for _, events in drafts.values():
        for _, members in events.values():
            members[:] = [m for m in members if m not in placed]
    for article_id, (story_id, event_id) in (*placed.items(), *joining.items()):
        drafts[story_id][1][event_id][1].append(article_id)
    for younger, older in changes.merged.items():  # its copies follow their originals
        for _, events in drafts.values():
            if younger in events:
                events[older][1].extend(events.pop(younger)[1])
    return [
        Story(story_id, title, tuple(a for _, members in events.values() for a in members),
              tuple(Event(e, story_id, t, tuple(m)) for e, (t, m) in events.items()))
        for story_id, (title, events) in drafts.items()
    ]  # fmt: skip


def _central_titles(store: Store, stories: Sequence[Story]) -> list[Story]:
    """Each story and event named by its most central headline. Headlines are compared in the
    canonical order of their articles (date, id), so a name never depends on arrival order."""
    heads = store.article_heads([i for s in stories for i in s.article_ids])

    def title(current: str, members: Sequence[str]) -> str:
        known = sorted(
            (m for m in members if m in heads and heads[m][0]), key=lambda m: _head_key(m, heads[m])
        )
        return central_title([heads[m][0] or "" for m in known]) or current

    return [
        replace(
            story,
            title=title(story.title, story.article_ids),
            events=tuple(replace(e, title=title(e.title, e.article_ids)) for e in story.events),
        )
        for story in stories
    ]


def _head_key(article_id: str, head: tuple[str | None, str | None]) -> tuple[str, str]:
    """`canonical_key` from a stored (title, published)."""
    published = head[1]
    return (published[:10] if published else "9999-99-99", article_id)


def _stored_story_index(store: Store, settings: Settings) -> StoryIndex | None:
    """The stored grouping (its open groups; term rows are fetched as needed), or None when
    there is none or it was made with other settings. An old whole-state snapshot is read
    whole once: the next write replaces it with rows."""
    state = store.story_state()
    if not isinstance(state, dict) or not isinstance(state.get("header"), dict):
        return None
    try:
        index = StoryIndex.restore(state, store.story_keys, store.story_groups)
    except (ValueError, KeyError, TypeError):
        return None
    return index if index.settings == settings.stories else None


def _story_inputs(store: Store, article_ids: Sequence[str], settings: Settings) -> list[StoryInput]:
    articles = list(store.articles_by_id(article_ids).values())
    vectors = _lead_vectors(store, articles, settings)
    return [
        StoryInput(
            id=a.id,
            title=a.title,
            text=a.text,
            published=a.published,
            mentions=names_as_read(annotation.mentions, a.text, annotation.tokens)
            if (annotation := store.annotation(a.id))
            else (),
            embedding=_as_tuple(vectors.get(a.id)),
            happened=lead_day(a.text, _date(a.published)),
        )
        for a in articles
    ]


def _lead_vectors(
    store: Store, articles: Sequence[Article], settings: Settings
) -> dict[str, bytes]:
    """Title + lead embeddings (float32 bytes), computed once and stored for rebuilds."""
    if not settings.stories.embedding or not embeddings.available():
        return {}
    model = embeddings.MODEL_ID
    vectors = store.embeddings(model, [a.id for a in articles])
    missing = [a for a in articles if a.id not in vectors]
    for start in range(0, len(missing), 256):
        chunk = missing[start : start + 256]
        found = embeddings.embed([embeddings.lead(a.title, a.text) for a in chunk])
        fresh = {a.id: found[i].astype(np.float32).tobytes() for i, a in enumerate(chunk)}
        store.put_embeddings(model, fresh)
        vectors.update(fresh)
    return vectors


def _as_tuple(vector: bytes | None) -> tuple[float, ...] | None:
    return None if vector is None else tuple(np.frombuffer(vector, np.float32).tolist())


def _with_copies(stories: Sequence[Story], duplicate_of: Mapping[str, str]) -> list[Story]:
    """Each duplicate joins its original's event: copies are listed, never grouped anew."""
    event_of = {a: e.id for s in stories for e in s.events for a in e.article_ids}
    joining: dict[str, list[str]] = {}
    for copy_id in duplicate_of:
        original = _original(copy_id, duplicate_of)
        if original in event_of:
            joining.setdefault(event_of[original], []).append(copy_id)
    return [_with_members(story, joining) for story in stories]


def _original(article_id: str, duplicate_of: Mapping[str, str]) -> str:
    seen = {article_id}
    while article_id in duplicate_of and duplicate_of[article_id] not in seen:
        article_id = duplicate_of[article_id]
        seen.add(article_id)
    return article_id


def _with_members(story: Story, joining: Mapping[str, list[str]]) -> Story:
    events = tuple(
        replace(e, article_ids=e.article_ids + tuple(joining.get(e.id, ()))) for e in story.events
    )
    return replace(
        story, article_ids=tuple(a for e in events for a in e.article_ids), events=events
    )


# --- 7. extract ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExtractContext:
    """What the extractors read besides the article, built once per batch."""

    settings: Settings
    media: Mapping[str, str]  # every spelling of a known outlet -> its kind
    gazetteer: Gazetteer

    @classmethod
    def of(cls, settings: Settings) -> ExtractContext:
        return cls(
            settings,
            _outlets(settings).spellings(),
            load_gazetteer(settings.link.gazetteer or None),
        )


def extraction_version(settings: Settings) -> str:
    """What extraction depends on: the parses, the extractors and the user's tables (the
    resolver reads the gazetteer, attribution the outlet registry)."""
    code = code_version(EXTRACT_CODE)
    return f"{annotation_version(settings)}|extract-{code}|{tables_version(settings)}"


def extract_new(store: Store, settings: Settings, problems: list[Problem], run: Runner) -> int:
    """Every annotated article not extracted yet (or redated since), each stored on its own."""
    version = extraction_version(settings)
    done = store.extracted_ids(version)
    annotated = store.annotated_ids(annotation_version(settings))
    todo = [i for i in store.article_ids() if i in annotated and i not in done]
    if not todo:
        return 0
    pairs = (
        (article, annotation)
        for start in range(0, len(todo), ANALYSIS_BATCH)
        for article in store.articles_by_id(todo[start : start + ANALYSIS_BATCH]).values()
        if (annotation := store.annotation(article.id)) is not None
    )
    for extraction in run.map(_extract_pair, pairs, ExtractContext.of(settings)):
        problems.extend(_problem(extraction.article_id, line) for line in extraction.problems)
        store.put_extraction(extraction, version)
    return len(todo)


def _extract_pair(pair: tuple[Article, Annotation], context: ExtractContext) -> Extraction:
    return extract(pair[0], pair[1], context)


def extract(article: Article, annotation: Annotation, context: ExtractContext) -> Extraction:
    """Every extractor on one annotated article; one that fails is reported, the rest run."""
    problems: list[str] = []

    def attempt(
        name: str, run: Callable[[], Sequence[T]], wanted: bool = True, failed: Sequence[T] = ()
    ) -> tuple[T, ...]:
        if not wanted:
            return ()
        try:
            return tuple(run())
        except Exception as exc:  # one extractor's bug must not lose the other results
            problems.append(f"{name}: {type(exc).__name__}: {exc}")
            return tuple(failed)

    parsed = bool(annotation.tokens)
    wants = context.settings.extract
    text, article_id = article.text, article.id
    view = ParsedArticle(text, annotation)  # one parse view and one resolver for every extractor
    referents = Referents(view, context.gazetteer)
    times = attempt("time", lambda: find_time_expressions(text, _date(article.published)))
    quotes = attempt(
        "quotes", lambda: find_quotes(article_id, view, referents), wants.quotes and parsed
    )
    claims = attempt(
        "claims", lambda: find_claims(article_id, view, referents), wants.claims and parsed
    )
    try:  # dates what quotes and claims report; without it they stay undated
        quotes, claims = date_events(view, times, quotes, claims)
    except Exception as exc:
        problems.append(f"dating: {type(exc).__name__}: {exc}")
    attributions = attempt(
        "attributions",
        lambda: find_attributions(article_id, view, article.outlet, context.media, referents),
    )
    # "the agency said", "the server writes": which medium; if naming fails, the noun stays
    quotes = attempt(
        "attributions", lambda: name_quoted_media(text, quotes, attributions), failed=quotes
    )
    claims = attempt(
        "attributions", lambda: name_reporting_media(claims, attributions), failed=claims
    )
    return Extraction(
        article_id=article_id,
        times=times,
        quotes=quotes,
        claims=claims,
        quantities=attempt(
            "quantities", lambda: find_quantities(article_id, view), wants.quantities
        ),
        attributions=attributions,
        problems=tuple(problems),
    )


def _problem(article_id: str, line: str) -> Problem:
    """'quotes: ValueError: ...' as the stage and what went wrong."""
    stage, _, message = line.partition(": ")
    return Problem(stage, article_id, message)


# --- 8. quote variants ---------------------------------------------------------------------


def group_quote_variants(store: Store) -> int:
    """The same quote in several articles (outlets, translations) grouped; stored."""
    quotes = store.items("quotes")
    key = content_id("\n".join(f"{q.article_id}:{q.start}:{q.end}" for q in quotes).encode())
    stored = store.corpus_state("quote_groups")
    if isinstance(stored, dict) and stored.get("key") == key:
        return int(stored.get("shared", 0))
    groups = group_quotes(quotes)
    sizes: dict[int, int] = {}
    for group in groups:
        sizes[group] = sizes.get(group, 0) + 1
    shared = sum(1 for g in groups if sizes[g] > 1)
    store.put_corpus_state("quote_groups", {"key": key, "groups": groups, "shared": shared})
    return shared


def quote_groups(store: Store) -> list[int]:
    """The stored group index of each quote, in `store.items("quotes")` order."""
    stored = store.corpus_state("quote_groups")
    groups = stored.get("groups") if isinstance(stored, dict) else None
    if isinstance(groups, list) and len(groups) == len(store.items("quotes")):
        return [int(g) for g in groups]
    return list(range(len(store.items("quotes"))))


# --- 9. fuse -------------------------------------------------------------------------------


def fuse_changed_stories(
    store: Store, settings: Settings, problems: list[Problem], run: Runner | None = None
) -> int:
    """The facts of every story whose inputs changed since its facts were made (the sentence
    embeddings they compare by computed first, in `run`'s workers)."""
    stories = store.stories()
    store.drop_story_results([s.id for s in stories])
    # the user's office table too: its content, not only its path
    version = f"{extraction_version(settings)}|{_file_state(settings.fuse.offices_file)}"
    inputs = {s.id: _fuse_inputs(store, s, version, settings) for s in stories}
    changed = [s for s in stories if store.story_inputs(s.id, "facts") != inputs[s.id]]
    if not changed:
        return 0
    reader = StoryReader.of(store, settings)
    reader.embed_ahead(changed, run or InProcess())
    gazetteer_file = settings.link.gazetteer or None  # the user's states and bodies too
    offices = load_offices(settings.fuse.offices_file or None, gazetteer_file)
    gazetteer = load_gazetteer(gazetteer_file)
    fusing = _fuse_settings(settings, problems)
    made = 0
    for story in changed:
        try:
            facts = fuse_story(story.id, reader.articles(story), fusing, offices, gazetteer)
            inputs[story.id] = _fuse_inputs(store, story, version, settings)  # vectors added
        except Exception as exc:  # one story's failure must not stop the others
            problems.append(Problem("fuse", story.id, f"{type(exc).__name__}: {exc}"))
            continue
        store.put_facts(story.id, inputs[story.id], facts)
        store.put_coverage(story.id, inputs[story.id], reader.coverage(story))
        made += len(facts)
    return made


def _fuse_settings(settings: Settings, problems: list[Problem]) -> FuseSettings:
    """The fuse settings to run with: without denials when the stance model cannot load."""
    if not settings.fuse.denials:
        return settings.fuse
    try:
        shipped_model()
    except (OSError, ValueError, KeyError) as exc:
        problems.append(Problem("fuse", "stance model", f"denials not checked: {exc}"))
        return replace(settings.fuse, denials=False)
    return settings.fuse


def _fuse_inputs(store: Store, story: Story, version: str, settings: Settings) -> str:
    """What a story's facts depend on: its articles as extracted, their copies and dates, the
    entities, and the settings."""
    articles = store.articles_by_id(story.article_ids)
    lines = [
        f"{a.id}:{a.published}:{a.duplicate_of}:{a.outlet}"
        for a in sorted(articles.values(), key=lambda a: a.id)
    ]
    events = [f"{e.id}:{','.join(sorted(e.article_ids))}" for e in story.events]
    embedded = len(store.embeddings(SENTENCE_VECTORS, story.article_ids))
    linked = store.corpus_state("link_index")
    revision = str(linked.get("revision")) if isinstance(linked, dict) else ""
    fuse = code_version(FUSE_CODE)
    state = [version, f"fuse-{fuse}", revision, repr(settings.fuse), str(embedded)]
    return content_id("\n".join([*lines, *events, *state]).encode())


@dataclass(slots=True)
class StoryReader:
    """Everything fuse reads of a story's articles, gathered from the store."""

    store: Store
    sources: SourceReader
    entities: dict[str, list[tuple[int, int, str]]]  # article id -> mention spans, entity ids
    seen: dict[str, int]
    budget: int  # sentences this update may still embed
    names: dict[str, str]  # entity id -> its canonical name

    @classmethod
    def of(cls, store: Store, settings: Settings) -> StoryReader:
        spans: dict[str, list[tuple[int, int, str]]] = {}
        names: dict[str, str] = {}
        for entity in store.entities():
            names[entity.id] = entity.name
            for m in entity.mentions:
                spans.setdefault(m.article_id, []).append((m.start, m.end, entity.id))
        seen = {article_id: n for n, article_id in enumerate(store.article_ids())}
        wanted = settings.fuse.embedding and embeddings.available()
        budget = settings.fuse.embedding_max_sentences if wanted else 0
        return cls(store, SourceReader.of(store, settings), spans, seen, budget, names)

    def articles(self, story: Story) -> list[StoryArticle]:
        event_of = {a: e.id for e in story.events for a in e.article_ids}
        found = self.store.articles_by_id(story.article_ids)
        originals = [a for a in found.values() if not a.duplicate_of]
        vectors = self._sentence_vectors(originals) if len(originals) > 1 else {}
        return [self._article(a, event_of.get(a.id), vectors.get(a.id)) for a in found.values()]

    def coverage(self, story: Story) -> list[Coverage]:
        """Articles, copies, outlets, independent origins and time span of a story and its
        events (stored with its facts, so listing stories reads them back)."""
        articles = self.store.articles_by_id(story.article_ids).values()
        profiles = {
            a.id: ArticleCoverage(
                a.outlet,
                a.published,
                a.duplicate_of,
                tuple(independent_origins([s for *_, s in self.sources.of_article(a)])),
            )
            for a in articles
        }
        found = coverages([story], profiles)
        return [found[story.id], *(found[e.id] for e in story.events)]

    def embed_ahead(self, stories: Sequence[Story], run: Runner) -> None:
        """The sentence embeddings these stories will want, computed up front a few articles
        at a time (by a pool's workers at once when there is a pool): sentences of several
        articles sorted by length pad far less than one article's alone."""
        if self.budget <= 0:
            return
        wanted: dict[str, Article] = {}
        for story in stories:
            found = self.store.articles_by_id(story.article_ids).values()
            originals = [a for a in found if not a.duplicate_of]
            if len(originals) > 1:
                wanted.update((a.id, a) for a in originals)
        stored = self.store.embeddings(SENTENCE_VECTORS, list(wanted))
        todo = self._still_to_embed(wanted.values(), stored)
        batches = [todo[i : i + EMBED_BATCH] for i in range(0, len(todo), EMBED_BATCH)]
        for vectors in run.map(_embed_batch, batches):
            self.store.put_embeddings(SENTENCE_VECTORS, vectors)

    def _sentence_vectors(self, articles: Sequence[Article]) -> dict[str, Any]:
        """Each article's sentence embeddings: stored ones, the rest computed while the
        update's budget lasts (only a story of two or more originals is worth it)."""
        stored = self.store.embeddings(SENTENCE_VECTORS, [a.id for a in articles])
        found = {a: np.frombuffer(v, np.float32).reshape(-1, 384) for a, v in stored.items()}
        todo = self._still_to_embed(articles, found)
        if not todo:
            return found  # all stored: the model is not even loaded
        fresh = _embed_batch(todo)
        self.store.put_embeddings(SENTENCE_VECTORS, fresh)
        found.update((a, np.frombuffer(v, np.float32).reshape(-1, 384)) for a, v in fresh.items())
        return found

    def _still_to_embed(
        self, articles: Iterable[Article], stored: Collection[str]
    ) -> list[tuple[str, str, tuple[Sentence, ...]]]:
        """The annotated articles without stored embeddings, taken from the update's budget
        of sentences; the first that does not fit ends the list."""
        todo: list[tuple[str, str, tuple[Sentence, ...]]] = []
        for article in articles:
            annotation = None if article.id in stored else self.store.annotation(article.id)
            if annotation is None:
                continue
            if len(annotation.sentences) > self.budget:
                break
            self.budget -= len(annotation.sentences)
            todo.append((article.id, article.text, annotation.sentences))
        return todo

    def _article(self, article: Article, event_id: str | None, vectors: Any) -> StoryArticle:
        annotation = self.store.annotation(article.id)
        origins = tuple(
            SentenceOrigin(start, end, s.name, s.kind, s.counted_as)
            for start, end, s in self.sources.of_article(article)
        )
        return StoryArticle(
            article=article,
            sentences=annotation.sentences if annotation else (),
            tokens=annotation.tokens if annotation else (),
            entities=tuple(sorted(self.entities.get(article.id, []))),
            quotes=tuple(self.store.items("quotes", article.id)),
            claims=tuple(self.store.items("claims", article.id)),
            quantities=tuple(self.store.items("quantities", article.id)),
            times=tuple(self.store.items("time_expressions", article.id)),
            origins=origins,
            copy_of=article.duplicate_of,
            seen=self.seen.get(article.id, len(self.seen)),
            event_id=event_id,
            vectors=vectors,
            names=self.names,
        )


# The sentence embeddings of an article, stored as one float32 matrix (a row per sentence).
SENTENCE_VECTORS = f"{embeddings.MODEL_ID}:sentences"
MIN_EMBEDDED_WORDS = 6  # shorter sentences are no units of facts (fuse/units.py)


EMBED_BATCH = 8  # articles a worker embeds per task


def _embed_batch(items: Sequence[tuple[str, str, Sequence[Sentence]]]) -> dict[str, bytes]:
    """Sentence embeddings of a few articles (runs in any process): a unit row per sentence
    worth comparing, a zero row for the others. The articles' sentences go to the model
    together, so that batches of like length pad little (one article's alone padded to its
    longest sentence cost the model three times the tokens)."""
    matrices = {a: np.zeros((len(sentences), 384), np.float32) for a, _t, sentences in items}
    rows: list[tuple[str, int]] = []
    texts: list[str] = []
    for article_id, text, sentences in items:
        for i, s in enumerate(sentences):
            if len(text[s.start : s.end].split()) >= 6:
                rows.append((article_id, i))
                texts.append(text[s.start : s.end])
    for (article_id, i), vector in zip(rows, embeddings.embed(texts), strict=True):
        matrices[article_id][i] = vector
    return {article_id: matrix.tobytes() for article_id, matrix in matrices.items()}


# --- 10. compose ----------------------------------------------------------------------------


def compose_changed_stories(store: Store, settings: Settings, problems: list[Problem]) -> int:
    """The brief of every story whose facts or quotes changed since its brief was made."""
    variants = store.corpus_state("quote_groups")
    quotes_key = variants.get("key") if isinstance(variants, dict) else None
    made = 0
    corpus: CorpusReader | None = None
    code = code_version(COMPOSE_CODE)
    for story in store.stories():
        facts_key = store.story_inputs(story.id, "facts")
        key = content_id(f"{facts_key}|{quotes_key}|{settings.summary!r}|{code}".encode())
        if facts_key is None or store.story_inputs(story.id, "brief") == key:
            continue
        corpus = corpus or CorpusReader.of(store, settings)
        try:
            brief = compose_brief(corpus.material(story), settings.summary)
        except Exception as exc:  # one story's failure must not stop the others
            problems.append(Problem("compose", story.id, f"{type(exc).__name__}: {exc}"))
            continue
        store.put_brief(story.id, key, brief)
        made += 1
    return made


def _actor_name(entity: Entity) -> str:
    """Who takes a position: a person by name; a body, a people or a capital acting for a
    state is that state ("Kestrijská", a garbled adjective, "the Kremlin" -> Russia)."""
    if entity.type != "PERSON" and entity.state:
        return entity.state
    return entity.name


@dataclass(slots=True)
class CorpusReader:
    """What compose reads of the whole store, read once for every story it composes."""

    store: Store
    sources: SourceReader
    registry: OutletRegistry
    quotes: dict[str, list[tuple[int, Quote]]]  # article id -> (variant group, quote)
    names: dict[str, str]  # any spelling of an entity -> its canonical name
    actors: dict[str, str]  # any spelling -> the person it is, else the state it acts for
    sides: dict[str, str]  # any spelling of one who acts for a state -> that state

    @classmethod
    def of(cls, store: Store, settings: Settings) -> CorpusReader:
        quotes: dict[str, list[tuple[int, Quote]]] = {}
        for group, quote in zip(quote_groups(store), store.items("quotes"), strict=True):
            quotes.setdefault(quote.article_id, []).append((group, quote))
        entities = store.entities()
        names = {n.casefold(): e.name for e in entities for n in (e.name, *e.aliases)}
        actors = {n.casefold(): _actor_name(e) for e in entities for n in (e.name, *e.aliases)}
        sides = {n.casefold(): e.state for e in entities if e.state for n in (e.name, *e.aliases)}
        registry = _outlets(settings)
        sources = SourceReader.of(store, settings)
        return cls(store, sources, registry, quotes, names, actors, sides)

    def material(self, story: Story, since: str | None = None) -> StoryMaterial:
        """Everything compose reads of one story."""
        store = self.store
        articles = store.articles_by_id(story.article_ids)
        return StoryMaterial(
            story=story,
            articles=articles,
            sentences={a: n.sentences for a in articles if (n := store.annotation(a))},
            facts=store.facts(story.id),
            claims=[c for a in articles for c in store.items("claims", a)],
            quotes=[q for a in articles for q in self.quotes.get(a, [])],
            entity_names=self.names,
            actor_names=self.actors,
            sides=self.sides,
            origins={
                a.id: independent_origins([s for *_, s in self.sources.of_article(a)])
                for a in articles.values()
            },
            outlet_types={
                a.outlet: self.registry.type_of(a.outlet) for a in articles.values() if a.outlet
            },
            new_articles=frozenset(store.added_since(since)) if since else frozenset(),
            since=since,
        )


def brief(store: Store, settings: Settings, story: Story, since: str | None = None) -> Brief:
    """A story's brief: the stored one, or composed now when asked what is new since a time."""
    if since is None and (stored := store.brief(story.id)) is not None:
        return stored
    material = CorpusReader.of(store, settings).material(story, since)
    return compose_brief(material, settings.summary)


def render_brief(store: Store, brief: Brief, fmt: str) -> str:
    """A brief as Markdown ("md"), one self-contained HTML file ("html") or JSON ("json")."""
    if fmt == "json":
        return json.dumps(brief_record(brief), ensure_ascii=False, indent=2)
    facts = store.facts(brief.story_id)
    cited = {c.article_id for line in _brief_lines(brief) for c in line}
    cited |= {e.article_id for f in facts for e in f.evidence}
    articles = store.articles_by_id(sorted(cited))
    render = brief_html if fmt == "html" else brief_markdown
    return render(brief, facts, articles)


def _brief_lines(brief: Brief) -> Iterator[tuple[Citation, ...]]:
    for lines in (brief.summary, brief.flags, brief.new):
        yield from (line.citations for line in lines)
    yield from (entry.citations for entry in brief.timeline)
    yield from (position.citations for position in brief.positions)
    yield from (quote.citations for quote in brief.quotes)


# === readers the Desk shows ==================================================================


def claim_actions() -> frozenset[str]:
    """The action types a claim may have (DEMAND, REJECT, ...)."""
    return frozenset(ACTION_TYPES)


def explain_entity(entity: Entity) -> str:
    """Why an entity is what it is: its variants, their articles and each merge's reason."""
    return explain(entity)


def export(store: Store, settings: Settings) -> dict[str, Any]:
    """The JSON export (docs/output.md) of everything in the store."""
    return export_document(_exported(store, settings), __version__)


def export_jsonl(store: Store, settings: Settings) -> Iterator[str]:
    return export_lines(_exported(store, settings), __version__)


def _exported(store: Store, settings: Settings) -> Exported:
    facts = article_coverage(store, settings)  # each article's origins, computed once
    stories = store.stories()
    return Exported(
        articles=store.iter_articles(),
        entities=store.entities(),
        stories=stories,
        coverage=coverages(stories, facts),
        date_inferences={i.article_id: i for i in store.date_inferences()},
        quotes=store.items("quotes"),
        quote_groups=quote_groups(store),
        claims=store.items("claims"),
        times=store.times_by_article(),
        quantities=store.items("quantities"),
        attributions=store.items("attributions"),
        copy_links=store.copy_links(),
        origins=lambda article, _cues: list(facts[article.id].origins),
        facts=store.facts(),
        briefs={s.id: b for s in stories if (b := store.brief(s.id)) is not None},
    )


# === watch ===================================================================================


# The corpus state holding each watched URL's validators (ETag, Last-Modified).
WATCH_STATE = "watch"


@dataclass(slots=True)
class WatchRound:
    """One poll of a watch: what was added, and what is new in each story it touched."""

    number: int
    started: str  # ISO date-time (UTC) the round began; "new" counts from here
    report: AddReport
    news: list[tuple[Story, Brief]] = field(default_factory=list)  # stories with new articles


def watch_round(
    store: Store,
    settings: Settings,
    inputs: Sequence[str],
    number: int,
    *,
    run: Runner | None = None,
    client: httpx.Client | None = None,
    on_result: ResultCallback | None = None,
    stop: Callable[[], bool] | None = None,
) -> WatchRound:
    """Add what the inputs hold that is not stored yet, update, and brief what is new.

    Feeds and pages answered before are asked conditionally (ETag, Last-Modified: the answers
    are kept in the store), and feed entries whose page is stored already are not fetched.
    """
    started = _utc_now()
    memo = FetchMemo(store.corpus_state(WATCH_STATE) or {}, store.sources())
    report = add(
        store, inputs, settings,
        run=run, client=client, on_result=on_result, stop=stop, memo=memo,
    )  # fmt: skip
    store.put_corpus_state(WATCH_STATE, memo.validators)
    if not report.added or (stop is not None and stop()):
        return WatchRound(number, started, report)  # a stopped round leaves analysis to the next
    report.update = update(store, settings, run=run)
    round_ = WatchRound(number, started, report)
    added = set(report.added)
    for story in store.stories():
        if added.intersection(story.article_ids):
            round_.news.append((story, brief(store, settings, story, since=started)))
    return round_


def _utc_now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")
