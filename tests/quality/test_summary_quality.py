"""The brief's summary on NeuS val, measured from the code as it is (bench/brief_eval.py has the
full evaluation, with the oracle and the tuning split).

Val was never tuned on. The floors are the `brief.neus_val.*` keys of bench/baseline.json; the
test also holds the summary to what LexRank reaches on the same sentences and budget, and to
the brief's rules: verbatim, cited, at most 100 words and 5 sentences.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from floors import floor
from newsdesk.compose.summary import summarise

REPO = Path(__file__).resolve().parents[2]
FLOOR_KEYS = [f"brief.neus_val.newsdesk.body.{m}" for m in ("rouge1", "rouge2", "rougeL")]

pytestmark = pytest.mark.quality


def load_eval(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("brief_eval", REPO / "bench" / "brief_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    module.NEUS = shared / "data" / "clustering" / "neus-allsides" / "data"
    return module


@pytest.fixture
def bench(shared: Path) -> ModuleType:
    if not (shared / "data/clustering/neus-allsides/data/val.source").is_file():
        pytest.skip("needs ../shared/data/clustering/neus-allsides")
    if importlib.util.find_spec("rouge_score") is None:
        pytest.skip("needs rouge-score (pip install 'rouge-score>=0.1.2,<0.2')")
    return load_eval(shared)


def test_val_reaches_its_floors_and_beats_lexrank(bench: ModuleType) -> None:
    lines = bench.read_lines("val")
    ours = bench.rouge(lines, bench.run_newsdesk, bench.SETTINGS)
    idf = bench.background_idf(bench.read_lines("train"))
    lexrank = bench.rouge(lines, bench.make_lexrank(idf), bench.SETTINGS)
    for key in FLOOR_KEYS:
        measured = ours[key.removeprefix("brief.neus_val.newsdesk.")] / 100
        assert measured >= floor(key), f"{key}: {measured:.4f} < floor {floor(key)}"
    assert ours["body.rouge1"] > lexrank["body.rouge1"]
    assert ours["body.rouge2"] > lexrank["body.rouge2"]


def test_every_val_summary_is_verbatim_cited_and_short(bench: ModuleType) -> None:
    for line in bench.read_lines("val")[:100]:
        texts = {article_id: body for article_id, _, body in line.articles}
        summary = summarise(line.candidates, bench.SETTINGS, bench.headlines(line))
        assert 1 <= len(summary.sentences) <= bench.SETTINGS.max_sentences
        assert summary.words <= bench.SETTINGS.max_words
        for sentence in summary.sentences:
            for span in sentence.citations:
                assert texts[span.article_id][span.start : span.end] == sentence.text
