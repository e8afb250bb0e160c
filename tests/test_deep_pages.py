"""Deep but real pages keep their text (clean's lxml parse, huge_tree); deeper ones are refused
at ingest with the bound named, before any parser sees them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.clean import clean_document
from newsdesk.config import Settings
from newsdesk.ingest import iter_documents
from newsdesk.model import Article, RawDocument, Rejection

STORY = "".join(
    f"<p>Paragraph {n}: the delegations met again in Istanbul on Friday to discuss the "
    "ceasefire, the exchange of prisoners and the river border, officials said.</p>\n"
    for n in range(8)
)


def _page(depth: int) -> str:
    return (
        "<html><head><title>Talks resume in Istanbul</title></head><body>"
        + "<div>" * depth
        + f"<article><h1>Talks resume</h1>{STORY}</article>"
        + "</div>" * depth
        + "</body></html>"
    )


def _ingested(tmp_path: Path, html: str, settings: Settings) -> RawDocument | Rejection:
    path = tmp_path / "deep.html"
    path.write_text(html, "utf-8")
    [item] = iter_documents([str(path)], settings.ingest)
    return item


@pytest.mark.parametrize("depth", [10, 300, 1_000, 1_400])
def test_text_nested_deep_is_kept(tmp_path: Path, settings: Settings, depth: int) -> None:
    raw = _ingested(tmp_path, _page(depth), settings)
    assert isinstance(raw, RawDocument)
    article = clean_document(raw, settings.clean)
    assert isinstance(article, Article), article
    assert "Paragraph 7: the delegations met again" in article.text


def test_nesting_past_the_bound_is_refused_at_ingest(tmp_path: Path, settings: Settings) -> None:
    rejection = _ingested(tmp_path, _page(20_000), settings)
    assert isinstance(rejection, Rejection)
    assert "nests elements over 1,500 deep" in rejection.reason
