"""The hostile corpus of issue 18 (bench/hostile.py) through `Desk.add`: no crash, no hang,
every good input stored, every bad one named, memory bounded.

The corpus is generated (nothing from ../shared), size-scaled by NEWSDESK_HOSTILE_SCALE
(default 0.3: pages of 300,000 elements, a 300 MB gzip bomb and sparse file, a 3 MB text of
one sentence; 1.0 is the issue's own sizes, run by bench/hostile.py). The bounds are read from
bench/baseline.json ("ceilings": hostile.*).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from floors import ceiling

REPO = Path(__file__).resolve().parents[2]
SCALE = float(os.environ.get("NEWSDESK_HOSTILE_SCALE", "0.3"))

pytestmark = pytest.mark.quality


def _hostile_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hostile_bench", REPO / "bench" / "hostile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def hostile() -> tuple[list, dict[str, float]]:
    bench = _hostile_bench()
    outcomes, metrics = bench.run(
        SCALE, hang_after=ceiling("hostile.hang_seconds"), analyse=False, keep=None
    )
    bench.print_table(outcomes, metrics, SCALE)  # shown with -s, and on failure
    return outcomes, metrics


def _names(outcomes: list, verdict: str) -> list[str]:
    return [o.case.name for o in outcomes if getattr(o, verdict)]


@pytest.mark.parametrize("verdict", ["crashed", "hung", "lost", "unnamed"])
def test_no_input_is(hostile: tuple[list, dict[str, float]], verdict: str) -> None:
    outcomes, metrics = hostile
    assert metrics[verdict] <= ceiling(f"hostile.{verdict}"), _names(outcomes, verdict)


def test_peak_memory(hostile: tuple[list, dict[str, float]]) -> None:
    _, metrics = hostile
    assert metrics["peak_rss_mb"] <= ceiling("hostile.peak_rss_mb")


def test_the_corpus_covers_every_class(hostile: tuple[list, dict[str, float]]) -> None:
    _, metrics = hostile
    assert metrics["inputs"] >= 50
    assert metrics["named"] >= 20 and metrics["stored"] >= 30
