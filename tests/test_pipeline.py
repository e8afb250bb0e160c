"""The order of the stages: each runs once per article, in the order pipeline.py states."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from newsdesk import pipeline
from newsdesk.config import default_settings
from newsdesk.desk import Desk, sample_corpus, sample_settings
from newsdesk.gazetteer import load_gazetteer

DATED = (
    "Ferry service resumes on the Lower Varna\n\n"
    "Published 2026-03-10\n\n"
    "The ferry between Estel and Norby resumed on Monday after storms kept it in port for a "
    "week, the operator Varna Lines said. Captain Ilse Morrow said the crossing was calm.\n"
)
UNDATED = (
    "Ferry back between Estel and Norby\n\n"
    "The Varna Lines ferry between Estel and Norby sailed again today, Tuesday 10 March, "
    'after storms kept it in port for a week. "The crossing was calm," Captain Ilse Morrow '
    "said.\n"
)


def _inputs(folder: Path, **texts: str) -> list[str]:
    paths = []
    for name, text in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(text)
        paths.append(str(path))
    return paths


def test_an_extractor_that_raises_is_reported_and_the_rest_still_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> list[Any]:
        raise RuntimeError("quotes exploded")

    monkeypatch.setattr(pipeline, "find_quotes", broken)
    with Desk(tmp_path / "d.db") as desk:
        report = desk.add(_inputs(tmp_path, dated=DATED))
        assert report.update is not None and not report.ok
        (problem,) = [p for p in report.update.problems if p.stage == "quotes"]
        assert problem.stage == "quotes" and problem.subject == report.added[0]
        assert "quotes exploded" in problem.message
        assert desk.time_expressions(report.added[0])  # the other extractors ran
        assert desk.problems() == [problem]


def test_a_failing_medium_namer_is_reported_and_keeps_the_quotes_it_was_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> list[Any]:
        raise RuntimeError("naming exploded")

    monkeypatch.setattr(pipeline, "name_quoted_media", broken)
    monkeypatch.setattr(pipeline, "name_reporting_media", broken)
    with Desk(tmp_path / "d.db") as desk:
        report = desk.add(_inputs(tmp_path, undated=UNDATED))
        assert report.update is not None and not report.ok
        named = [p for p in report.update.problems if "naming exploded" in p.message]
        assert [p.stage for p in named] == ["attributions", "attributions"]
        (quote,) = desk.quotes(report.added[0])
        assert quote.text == "The crossing was calm"


def test_a_users_gazetteer_given_or_edited_later_is_read_into_the_stored_articles(
    tmp_path: Path,
) -> None:
    inputs = _inputs(
        tmp_path,
        a="Talks resume in Bratislava\n\nThe talks resumed in Bratislava on Monday, Mayor Ilse "
        "Morrow said. The mayor said the city was calm.\n",
        b="Talks go on in Pressburg\n\nThe talks went on in Pressburg on Tuesday, Mayor Ilse "
        "Morrow said. Delegations met again in Pressburg.\n",
    )
    with Desk(tmp_path / "d.db") as desk:
        desk.add(inputs)
        assert {e.name for e in desk.entities()} >= {"Bratislava", "Pressburg"}
    extra = tmp_path / "mine.toml"
    extra.write_text('[exonyms]\nPressburg = "Bratislava"\n')
    settings = default_settings()
    settings = replace(settings, link=replace(settings.link, gazetteer=str(extra)))
    with Desk(tmp_path / "d.db", settings) as desk:
        desk.update()
        (city,) = [e for e in desk.entities() if "Pressburg" in (e.name, *e.aliases)]
        assert city.name == "Bratislava"
    extra.write_text("[exonyms]\n")  # the same file, edited: the two names part again
    load_gazetteer.cache_clear()  # as a new process would read it (tables load once each)
    with Desk(tmp_path / "d.db", settings) as desk:
        desk.update()
        assert {e.name for e in desk.entities()} >= {"Bratislava", "Pressburg"}


def test_each_article_is_extracted_once_after_its_date_is_known(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extracted: Counter[str] = Counter()
    grouped_with: dict[str, str | None] = {}
    real_extract, real_add = pipeline.extract, pipeline.StoryIndex.add

    def counting_extract(article: Any, *args: Any) -> Any:
        extracted[article.id] += 1
        return real_extract(article, *args)

    def recording_add(self: Any, item: Any) -> Any:
        grouped_with[item.id] = item.published
        return real_add(self, item)

    monkeypatch.setattr(pipeline, "extract", counting_extract)
    monkeypatch.setattr(pipeline.StoryIndex, "add", recording_add)
    with Desk(tmp_path / "d.db") as desk:
        # one process: the counting patch lives in this one
        report = desk.add(_inputs(tmp_path, dated=DATED, undated=UNDATED), workers=1)
        assert report.ok, report
        undated = next(a for a in desk.articles() if a.title.startswith("Ferry back"))
        assert (undated.published, undated.published_how) == ("2026-03-10", "inferred")
        desk.update()  # nothing new: nothing redone
    assert set(extracted.values()) == {1} and len(extracted) == 2
    assert grouped_with[undated.id] == "2026-03-10"  # the stories saw the inferred date


def test_a_newer_extractor_redoes_what_an_older_one_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Desk(tmp_path / "d.db") as desk:
        assert desk.add(_inputs(tmp_path, dated=DATED), workers=1).ok
    extracted: Counter[str] = Counter()
    real_extract, real_code = pipeline.extract, pipeline.code_version

    def counting_extract(article: Any, *args: Any) -> Any:
        extracted[article.id] += 1
        return real_extract(article, *args)

    def upgraded(parts: tuple[str, ...]) -> str:  # the extractors' source has changed
        return real_code(parts) + ("-new" if parts == pipeline.EXTRACT_CODE else "")

    monkeypatch.setattr(pipeline, "extract", counting_extract)
    monkeypatch.setattr(pipeline, "code_version", upgraded)
    with Desk(tmp_path / "d.db") as desk:
        desk.update()
        desk.update()  # done once; nothing more
    assert list(extracted.values()) == [1]


# Modules whose change cannot change a stage's results: the data model, the settings (their
# values are in the versions already) and the error tree.
_NOT_RESULTS = {"model", "config", "errors"}


@pytest.mark.parametrize(
    "parts", [pipeline.LINK_CODE, pipeline.EXTRACT_CODE], ids=["link", "extract"]
)
def test_a_stage_version_covers_every_module_the_stage_reads(parts: tuple[str, ...]) -> None:
    package = Path(pipeline.__file__).parent
    covered = {part.removesuffix(".py") for part in parts}
    sources = [p for part in parts for p in sorted((package / part).rglob("*.py"))] + [
        package / part for part in parts if part.endswith(".py")
    ]
    imported = {
        line.split()[1].split(".")[1]
        for source in sources
        for line in source.read_text("utf-8").splitlines()
        if line.startswith("from newsdesk.")
    }
    assert imported - covered - _NOT_RESULTS == set()


def test_the_code_version_names_its_parts_source() -> None:
    extract = pipeline.code_version(pipeline.EXTRACT_CODE)
    assert extract == pipeline.code_version(pipeline.EXTRACT_CODE)  # stable in a process
    assert extract != pipeline.code_version(pipeline.FUSE_CODE)
    assert extract in pipeline.extraction_version(default_settings())


def _entity_set(desk: Desk) -> set[tuple[str, str, frozenset[tuple[str, int]]]]:
    return {
        (e.name, e.type, frozenset((m.article_id, m.start) for m in e.mentions))
        for e in desk.entities()
    }


def test_each_add_links_only_its_articles_and_ends_as_linking_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted(str(p) for p in (sample_corpus()).iterdir())
    with Desk(tmp_path / "once.db", sample_settings()) as desk:
        desk.add(files, workers=1)
        at_once = _entity_set(desk)
    linked: list[int] = []
    real_add = pipeline.LinkIndex.add

    def counting_add(self: Any, inputs: Any) -> Any:
        items = list(inputs)
        linked.append(len(items))
        return real_add(self, items)

    monkeypatch.setattr(pipeline.LinkIndex, "add", counting_add)
    with Desk(tmp_path / "twice.db", sample_settings()) as desk:
        first = desk.add(files[:5], workers=1)
        second = desk.add(files[5:], workers=1)
        assert linked == [len(first.added), len(second.added)]  # never the stored ones again
        assert _entity_set(desk) == at_once


class _CountingRunner:
    """Runs in process like `InProcess`, but is a pool to the pipeline: counts the tasks."""

    def __init__(self) -> None:
        self.tasks: Counter[str] = Counter()

    def map(self, function: Any, items: Any, *args: Any) -> Any:
        for item in items:
            self.tasks[function.__name__] += 1
            yield function(item, *args)

    def close(self) -> None:
        pass


def test_a_pool_embeds_the_sentences_fuse_needs_and_the_facts_are_the_same(
    tmp_path: Path,
) -> None:
    files = sorted(str(p) for p in (sample_corpus()).iterdir())
    with Desk(tmp_path / "plain.db", sample_settings()) as desk:
        desk.add(files, workers=1)
        plain = [(f.text, f.article_ids, f.status) for f in desk.facts()]
    runner = _CountingRunner()
    with Desk(tmp_path / "pool.db", sample_settings()) as desk:
        desk.add(files, analyse=False, workers=1)
        pipeline.update(desk.store, desk.settings, run=runner)
        pooled = [(f.text, f.article_ids, f.status) for f in desk.facts()]
    assert runner.tasks["_embed_batch"] > 0
    assert pooled == plain


def test_a_body_or_people_takes_positions_as_its_state_a_person_by_name() -> None:
    from newsdesk.model import Entity
    from newsdesk.pipeline import _actor_name

    garble = Entity("e1", "Kestrijská", "ORG", (), (), state="Kestria")
    person = Entity("e2", "Teodor Vasylenko", "PERSON", (), (), state="Kestria")
    independent = Entity("e3", "Lisvanian Relief Service", "ORG", (), ())
    assert _actor_name(garble) == "Kestria"
    assert _actor_name(person) == "Teodor Vasylenko"
    assert _actor_name(independent) == "Lisvanian Relief Service"


def test_the_users_outlet_registry_reaches_the_cleaner(tmp_path: Path) -> None:
    inputs = _inputs(
        tmp_path,
        a="Harbour talks resume in Brookfield\n\nBrookfield (Harbour Wire) - The harbour talks "
        "resumed on Monday after a week of delays, both delegations said.\n",
    )
    registry = tmp_path / "outlets.toml"
    registry.write_text('[outlets."Harbour Wire"]\nkind = "agency"\ntype = "wire"\n', "utf-8")
    settings = default_settings()
    settings = replace(settings, outlets=replace(settings.outlets, registry=str(registry)))
    with Desk(tmp_path / "d.db", settings) as desk:
        (added,) = desk.add(inputs, analyse=False).added
        assert desk.article(added).outlet == "Harbour Wire"
