"""Quotes on a small PolNeAR *train* sample (the dev split is kept for the reported figures):
content-span F1 at overlap >= 0.5 and speaker accuracy must hold their floors (bench/
baseline.json, "test_floors") and beat the quotation-marks-plus-"said" baseline scored the
same way by bench/quotes_eval.py (one quote, one attribution unit)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from floors import floor
from newsdesk.annotate import annotate

REPO = Path(__file__).resolve().parents[2]
SAMPLE_STEP = 60  # 14 train articles, ~500 sentences: a few seconds of parsing

pytestmark = pytest.mark.quality


def load_bench_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_quotes_eval", REPO / "bench" / "quotes_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_polnear_sample_holds_floors_and_beats_baseline(shared: Path) -> None:
    bench = load_bench_module()
    bench.POLNEAR = shared / "data" / "quotes" / "polnear" / "data"
    if not bench.POLNEAR.is_dir():
        pytest.skip(f"PolNeAR not found at {bench.POLNEAR}")
    docs = bench.documents("train", None, SAMPLE_STEP)
    annotations = list(annotate([(n, t) for n, t, _ in docs], components="parse"))
    tallies, _ = bench.evaluate(docs, annotations)
    ours, baseline = tallies["newsdesk"].metrics(), tallies["baseline"].metrics()
    for key in ("overlap.f1", "overlap.precision", "exact.f1", "speaker.accuracy"):
        print(f"quotes_sample.polnear_train60.{key} {ours[key]:.3f}")
        assert ours[key] >= floor(f"quotes_sample.polnear_train60.{key}"), (key, ours)
    assert ours["overlap.f1"] > baseline["overlap.f1"] + 0.15, (ours, baseline)
    assert ours["speaker.accuracy"] > baseline["speaker.accuracy"], (ours, baseline)
