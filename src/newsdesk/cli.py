"""The command line: a thin shell over `newsdesk.desk.Desk`.

Exit status: 0 when everything worked, 1 when some input failed (the rest was
still processed), 2 for a usage, settings or store problem.
"""

from __future__ import annotations

import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from newsdesk import __version__
from newsdesk.config import load_settings
from newsdesk.desk import AddReport, Desk, explain_entity, sample_corpus
from newsdesk.errors import NewsdeskError
from newsdesk.model import Article, Coverage, Rejection

console = Console()
errors = Console(stderr=True)


class CliState:
    def __init__(self, db: Path, config: Path | None) -> None:
        self.db = db
        self.config = config

    def open_desk(self, overrides: dict[str, dict[str, Any]] | None = None) -> Desk:
        settings = load_settings(self.config, overrides)
        return Desk(self.db, settings)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsdesk")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("newsdesk.db"),
    show_default=True,
    help="The SQLite store to use.",
)
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A TOML settings file overriding the defaults (see defaults.toml).",
)
@click.pass_context
def cli(ctx: click.Context, db: Path, config: Path | None) -> None:
    """newsdesk: many raw news articles about one story in, a verified picture of it out."""
    ctx.obj = CliState(db, config)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Fetch URLs on private, loopback and link-local addresses.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Processes for cleaning (default: the number of cores, at most 4).",
)
@click.option(
    "--no-analyse",
    is_flag=True,
    help="Only clean and store; run `newsdesk update` later for quotes, claims, entities.",
)
@click.pass_obj
def add(
    state: CliState,
    inputs: tuple[str, ...],
    allow_private: bool,
    workers: int | None,
    no_analyse: bool,
) -> None:
    """Ingest files, folders, URLs, RSS/Atom feeds and JSON lines into the store.

    INPUTS are paths (.txt .md .html .json .jsonl, gzipped too; folders are read
    recursively) or http(s) URLs of pages or feeds. Every input that fails is
    reported on its own line; the others are still added.
    """
    overrides = {"ingest": {"allow_private": True}} if allow_private else {}
    with _handled(), state.open_desk(overrides) as desk:
        report = _add_with_progress(desk, list(inputs), workers)
        if not no_analyse:
            _update_with_status(desk)
    _print_add_report(report)
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.option(
    "--rebuild-stories", is_flag=True, help="Regroup every article into stories from scratch."
)
@click.pass_obj
def update(state: CliState, rebuild_stories: bool) -> None:
    """Analyse stored articles not analysed yet, then update copies, entities and stories."""
    with _handled(), state.open_desk() as desk:
        _update_with_status(desk)
        if rebuild_stories:
            with errors.status("regrouping every article into stories ..."):
                regrouped = desk.rebuild_stories()
            errors.print(f"regrouped {regrouped} article(s) into {len(desk.stories())} stories")


def _update_with_status(desk: Desk) -> None:
    with errors.status("analysing (quotes, claims, dates), then copies, entities, stories ..."):
        done = desk.update()
    errors.print(
        f"analysed {done.analysed} article(s); {done.copy_links} new copy link(s); "
        f"{done.entities} entities; {done.grouped} article(s) grouped, {done.stories} stories"
    )


def _add_with_progress(desk: Desk, inputs: list[str], workers: int | None) -> AddReport:
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} done"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=errors, transient=True) as progress:
        task = progress.add_task("adding", total=None)

        def on_result(result: Article | Rejection) -> None:
            progress.advance(task)
            if isinstance(result, Rejection) and result.failed:
                progress.console.print(
                    Text(f"{result.source}: {result.reason}", style="red"), soft_wrap=True
                )

        return desk.add(inputs, workers=workers, on_result=on_result)


def _print_add_report(report: AddReport) -> None:
    errors.print(
        f"added {len(report.added)} article(s), skipped {len(report.skipped)} already stored, "
        f"{len(report.failed)} failed"
    )


@cli.command()
@click.option("--limit", type=int, default=None, help="Show at most this many.")
@click.pass_obj
def articles(state: CliState, limit: int | None) -> None:
    """List stored articles: id, date, outlet, title, and what was removed."""
    with _handled(), state.open_desk() as desk:
        rows = desk.articles(limit=limit)
    table = Table("id", "published", "outlet", "title", "words", "removed")
    for column, width in zip(table.columns, (10, 10, 20, 40, 6, 40), strict=True):
        column.overflow, column.max_width = "ellipsis", width
    table.columns[3].no_wrap = True
    for article in rows:
        table.add_row(
            article.id[:10],
            article.published or "?",
            article.outlet or "?",
            article.title or "(no title)",
            str(len(article.text.split())),
            _removed_summary(article),
        )
    console.print(table)


def _removed_summary(article: Article) -> str:
    counts = Counter(segment.label.value for segment in article.removed)
    return ", ".join(f"{label} {n}" for label, n in counts.most_common())


@cli.command()
@click.argument("article_id")
@click.option("--clean", "clean_only", is_flag=True, help="Print only the clean text.")
@click.pass_obj
def show(state: CliState, article_id: str, clean_only: bool) -> None:
    """Show one article: metadata, and every segment with removed ones marked and labelled.

    ARTICLE_ID may be a unique prefix of at least 4 characters.
    """
    with _handled(), state.open_desk() as desk:
        article = desk.article(article_id)
    if article is None:
        errors.print(f"no article with id {article_id!r} (or the prefix is ambiguous)")
        sys.exit(2)
    if clean_only:
        click.echo(article.text)
        return
    _print_article(article)


def _print_article(article: Article) -> None:
    console.print(f"[bold]{article.title or '(no title)'}[/bold]")
    console.print(
        f"id {article.id}  outlet {article.outlet or '?'}  published {article.published or '?'}"
        f" ({article.published_how or 'not found'})  language {article.language or '?'}"
        f"{'  machine-translated' if article.machine_translated else ''}"
    )
    console.print(f"source {article.source}\n")
    for segment in article.segments:
        if segment.kept:
            console.print(Text(segment.text))
        else:
            console.print(
                Text(f"[removed: {segment.label.value} - {segment.reason}] ", style="yellow")
                + Text(segment.text, style="dim strike")
            )


@cli.command()
@click.argument("query")
@click.option("--limit", type=int, default=20, show_default=True)
@click.pass_obj
def search(state: CliState, query: str, limit: int) -> None:
    """Full-text search over titles and clean text (SQLite FTS5 query syntax)."""
    with _handled(), state.open_desk() as desk:
        hits = desk.search(query, limit=limit)
    table = Table("id", "outlet", "title", "match")
    for article, snippet in hits:
        table.add_row(article.id[:10], article.outlet or "?", article.title or "", snippet)
    console.print(table)


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="File to write.",
)
@click.pass_obj
def export(state: CliState, fmt: str, output: Path) -> None:
    """Export everything in the store as JSON (one object) or JSON lines."""
    with _handled(), state.open_desk() as desk:
        if fmt == "json":
            desk.export_json(output)
        else:
            desk.export_jsonl(output)
    errors.print(f"wrote {output}")


@cli.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("newsdesk-demo"),
    show_default=True,
    help="Folder for the demo store and export (replaced if it exists).",
)
@click.pass_obj
def demo(state: CliState, out: Path) -> None:
    """Run newsdesk on its built-in fictional sample corpus and show what it found."""
    corpus = sample_corpus()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    state.db = out / "newsdesk.db"
    with _handled(), state.open_desk() as desk:
        report = _add_with_progress(desk, [str(corpus)], None)
        _update_with_status(desk)
        desk.export_json(out / "export.json")
        stored = desk.articles()
        stories, coverage = desk.stories(), desk.coverage()
    _print_demo_summary(corpus, out, report, stored)
    for story in sorted(stories, key=lambda s: -coverage[s.id].articles):
        c = coverage[story.id]
        console.print(
            f"story: {story.title} - {len(story.events)} event(s), {c.articles} article(s)"
            f" ({c.copies} copies), {len(c.outlets)} outlet(s), {len(c.origins)} independent"
            " origin(s)"
        )
    db = out / "newsdesk.db"
    console.print(f"more:   newsdesk --db {db} stories --events | quotes | claims | entities")


def _print_demo_summary(corpus: Path, out: Path, report: AddReport, stored: list[Article]) -> None:
    console.print(f"[bold]newsdesk demo[/bold]: read the sample corpus in {corpus}")
    table = Table("outlet", "published", "title", "removed")
    for column, width in zip(table.columns, (18, 10, 30, 7), strict=True):
        column.no_wrap, column.overflow = True, "ellipsis"
        column.min_width, column.max_width = min(width, 10), width
    for article in stored:
        table.add_row(
            article.outlet or "?",
            article.published or "?",
            article.title or "(no title)",
            str(len(article.removed)),
        )
    console.print(table)
    removed = Counter(s.label.value for a in stored for s in a.removed)
    console.print(
        "removed segments by reason: " + ", ".join(f"{k} {v}" for k, v in removed.most_common())
    )
    translated = [a.outlet or a.id[:8] for a in stored if a.machine_translated]
    console.print(f"machine-translated: {', '.join(translated) or 'none'}")
    for failure in report.failed:
        console.print(f"[red]{failure.source}: {failure.reason}[/red]")
    console.print(f"store:  {out / 'newsdesk.db'}\nexport: {out / 'export.json'}")
    if stored:
        console.print(f"next:   newsdesk --db {out / 'newsdesk.db'} show {stored[0].id[:8]}")


@cli.command()
@click.option("--type", "entity_type", help="Only this type (PERSON, GPE, ORG, LOC, ...).")
@click.option("--min-articles", type=int, default=1, show_default=True)
@click.option("--limit", type=int, default=50, show_default=True)
@click.pass_obj
def entities(state: CliState, entity_type: str | None, min_articles: int, limit: int) -> None:
    """Canonical entities: name, type, the state it acts for, variants, articles."""
    with _handled(), state.open_desk() as desk:
        found = desk.entities()
    rows = [
        (entity, len({m.article_id for m in entity.mentions}))
        for entity in found
        if entity_type is None or entity.type == entity_type.upper()
    ]
    rows = sorted((r for r in rows if r[1] >= min_articles), key=lambda r: (-r[1], r[0].name))
    table = Table("name", "type", "state", "variants", "articles", "mentions")
    for column, width in zip(table.columns, (28, 8, 16, 50, 8, 8), strict=True):
        column.max_width, column.overflow = width, "fold"
    for entity, articles in rows[:limit]:
        table.add_row(
            entity.name, entity.type, entity.state or "", ", ".join(entity.aliases),
            str(articles), str(len(entity.mentions)),
        )  # fmt: skip
    console.print(table)
    errors.print(f"{len(rows)} entit(y/ies)" + (f", {limit} shown" if len(rows) > limit else ""))


@cli.command()
@click.argument("name")
@click.pass_obj
def entity(state: CliState, name: str) -> None:
    """One entity: its variants, the articles they occur in, and why they were merged."""
    with _handled(), state.open_desk() as desk:
        found = desk.entity(name)
    if not found:
        errors.print(f"no entity named {name!r}")
        sys.exit(2)
    for match in found[:3]:
        console.print(Text(explain_entity(match)))
        console.print()


@cli.command()
@click.option("--article", "article_id", help="Only this article (id or unique prefix).")
@click.option("--speaker", help="Only quotes whose speaker name contains this.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.pass_obj
def quotes(state: CliState, article_id: str | None, speaker: str | None, limit: int) -> None:
    """Quotes with their speakers and cue verbs (direct quotes in quotation marks)."""
    with _handled(), state.open_desk() as desk:
        found = desk.quotes(_full_id(desk, article_id))
        outlets = {a.id: a.outlet for a in desk.articles()}
    if speaker:
        found = [q for q in found if speaker.casefold() in (q.speaker_name or "").casefold()]
    table = Table("speaker", "cue", "quote", "direct", "outlet")
    for column, width in zip(table.columns, (22, 14, 70, 6, 18), strict=True):
        column.max_width, column.overflow = width, "fold"
    for quote in found[:limit]:
        table.add_row(
            quote.speaker_name or "?",
            quote.cue or "",
            quote.text,
            "yes" if quote.direct else "no",
            outlets.get(quote.article_id) or quote.article_id[:8],
        )
    console.print(table)
    errors.print(f"{len(found)} quote(s)" + (f", {limit} shown" if len(found) > limit else ""))


@cli.command()
@click.option("--article", "article_id", help="Only this article (id or unique prefix).")
@click.option("--actor", help="Only claims whose actor (or the state it acts for) contains this.")
@click.option("--action", help="Only this action type (DEMAND, REJECT, ...).")
@click.option("--limit", type=int, default=50, show_default=True)
@click.pass_obj
def claims(
    state: CliState, article_id: str | None, actor: str | None, action: str | None, limit: int
) -> None:
    """Claims: who demands, proposes, accepts, rejects what, and how it is put (modality)."""
    with _handled(), state.open_desk() as desk:
        found = desk.claims(_full_id(desk, article_id))
    if actor:
        needle = actor.casefold()
        found = [c for c in found if needle in f"{c.actor} {c.actor_state or ''}".casefold()]
    if action:
        found = [c for c in found if c.action == action.upper()]
    table = Table("actor", "action", "issue", "modality", "said in")
    for column, width in zip(table.columns, (24, 10, 50, 11, 40), strict=True):
        column.max_width, column.overflow = width, "fold"
    for claim in found[:limit]:
        acting = (
            f" ({claim.actor_state})"
            if claim.actor_state and claim.actor_state != claim.actor
            else ""
        )
        table.add_row(
            claim.actor + acting, claim.action, claim.issue, claim.modality, claim.trigger
        )
    console.print(table)
    errors.print(f"{len(found)} claim(s)" + (f", {limit} shown" if len(found) > limit else ""))


@cli.command()
@click.option("--events", "show_events", is_flag=True, help="List each story's events too.")
@click.option("--limit", type=int, default=30, show_default=True)
@click.pass_obj
def stories(state: CliState, show_events: bool, limit: int) -> None:
    """Stories with their events, articles, outlets, independent origins and time span."""
    with _handled(), state.open_desk() as desk:
        found = desk.stories()
        coverage = desk.coverage()
    found.sort(key=lambda s: (-coverage[s.id].articles, s.id))
    table = Table("story", "events", "articles", "outlets", "independent origins", "time span")
    for column, width in zip(table.columns, (44, 6, 8, 30, 36, 23), strict=True):
        column.max_width, column.overflow = width, "fold"
    for story in found[:limit]:
        table.add_row(*_coverage_row(story.title, str(len(story.events)), coverage[story.id]))
        if show_events:
            for event in story.events:
                table.add_row(*_coverage_row(f"  - {event.title}", "", coverage[event.id]))
    console.print(table)
    errors.print(f"{len(found)} stories" + (f", {limit} shown" if len(found) > limit else ""))


def _coverage_row(title: str, events: str, c: Coverage) -> tuple[str, ...]:
    articles = f"{c.articles}" + (f" ({c.copies} copies)" if c.copies else "")
    span = c.first if c.first == c.last else f"{c.first} .. {c.last}"
    origins = (
        f"{len(c.origins)}: " + ", ".join(c.origins[:4]) + (" ..." if len(c.origins) > 4 else "")
    )
    return (title, events, articles, ", ".join(c.outlets) or "?", origins, span or "undated")


def _full_id(desk: Desk, article_id: str | None) -> str | None:
    """A full article id from a prefix; exits with a clear message when there is none."""
    if article_id is None:
        return None
    article = desk.article(article_id)
    if article is None:
        errors.print(f"no article with id {article_id!r} (or the prefix is ambiguous)")
        sys.exit(2)
    return article.id


@contextmanager
def _handled() -> Iterator[None]:
    """Turn newsdesk errors into one clear line and exit status 2."""
    try:
        yield
    except NewsdeskError as exc:
        errors.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        sys.exit(2)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
