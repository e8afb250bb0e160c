"""The web tests' store, built once per test session: the sample corpus and hostile articles.

Hostile articles are what a scraper brings home: markup and script in the text, the title
and the outlet, a `javascript:` source address, console markup (`[/b]`), template syntax, and a
5 MB single line (stored and cleaned, not analysed: that would take minutes).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_builders import BASE_URL
from web_hostile import long_line, write_hostile

from newsdesk.desk import Desk, sample_corpus, sample_settings
from newsdesk.web.app import create_app


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus, the hostile articles (analysed) and a 5 MB line (stored only)."""
    folder = tmp_path_factory.mktemp("web")
    db = folder / "web.db"
    files = write_hostile(folder / "inputs")
    long_file = folder / "inputs" / "long-line.txt"
    long_file.write_text(long_line(), "utf-8")
    with Desk(db, sample_settings()) as desk:
        desk.add([str(sample_corpus())], workers=1)
        desk.add([str(path) for path in files.values()], workers=1)
        desk.add([str(long_file)], analyse=False, workers=1)
    return db


@pytest.fixture(scope="session")
def web_ids(web_store: Path) -> dict[str, str]:
    """Ids of the articles and stories the tests look at, found by what they are."""
    with Desk(web_store, create=False) as desk:
        articles = desk.articles()
        stories = sorted(desk.stories(), key=lambda s: -len(s.article_ids))
        entities = sorted(desk.entities(), key=lambda e: -len(e.mentions))
    by_source = {Path(a.source).name: a.id for a in articles if "/" in a.source}
    ids = {
        "story": stories[0].id,
        "hostile_text": by_source["hostile.txt"],
        "hostile_html": by_source["hostile.html"],
        "long_line": by_source["long-line.txt"],
        "record": next(a.id for a in articles if "Brodnitsa bridge repairs" in (a.title or "")),
        "entity": entities[0].id,
    }
    ids["sample"] = stories[0].article_ids[0]
    return ids


@pytest.fixture(scope="session")
def client(web_store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_store), base_url=BASE_URL) as test_client:
        yield test_client
