"""Plain-text cleaning on real pages rendered to text: newsdesk must hold its floors
(bench/baseline.json, "plaintext_sample.*") on the test half of a fixed sample, and remove
more page furniture than trafilatura and jusText do on the same text."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
EXTRACTION_DATA = SHARED / "data" / "extraction"
# Every 4th page of each set: the sample `python bench/plaintext_eval.py --step 4` scores.
SAMPLE_STEP = 4

pytestmark = [
    pytest.mark.quality,
    pytest.mark.skipif(
        not (EXTRACTION_DATA / "l3s-gn1").is_dir(),
        reason=f"evaluation data not found at {EXTRACTION_DATA} (set NEWSDESK_SHARED)",
    ),
]


def load_bench_module() -> ModuleType:
    bench = str(REPO / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)  # the benchmark imports its sibling modules by name
    spec = importlib.util.spec_from_file_location(
        "bench_plaintext", REPO / "bench" / "plaintext_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_bench_module()


@pytest.fixture(scope="module")
def sample_results(bench: ModuleType) -> dict[str, object]:
    systems = {name: bench.SYSTEMS[name]() for name in ("newsdesk", "trafilatura", "justext")}
    tallies = bench.evaluate(bench.SETS, ("test",), systems, SAMPLE_STEP)
    results: dict[str, object] = bench.results_of(tallies)
    return results


def sample_floors() -> dict[str, float]:
    floors = json.loads((REPO / "bench" / "baseline.json").read_text("utf-8"))["floors"]
    return {key: value for key, value in floors.items() if key.startswith("plaintext_sample.")}


def test_sample_floors_are_pinned() -> None:
    assert sample_floors(), "bench/baseline.json has no plaintext_sample.* floors"


def test_newsdesk_reaches_its_floors(bench: ModuleType, sample_results: dict[str, object]) -> None:
    metrics = bench.flat_metrics(sample_results, "plaintext_sample")
    below = {
        key: (metrics.get(key), floor)
        for key, floor in sample_floors().items()
        if key.startswith("plaintext_sample.test.") and metrics.get(key, -1.0) < floor
    }
    assert not below, f"below floor (value, floor): {below}"


@pytest.mark.parametrize("set_name", ["l3s", "trafilatura_eval", "all"])
def test_newsdesk_removes_more_furniture_than_both_baselines(
    sample_results: dict[str, dict[str, dict[str, dict[str, float]]]], set_name: str
) -> None:
    figures = sample_results["test"][set_name]
    newsdesk = figures["newsdesk"]["junk_removal"]
    assert newsdesk > figures["trafilatura"]["junk_removal"], figures
    assert newsdesk > figures["justext"]["junk_removal"], figures
