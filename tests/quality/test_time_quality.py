"""Time expressions on TempEval-3 TBAQ (TimeBank + AQUAINT) from ../shared, beside dateparser.

Scoring is bench/time_eval.py's (loaded from its file; the data is read at test time and its
tarball extracted to ~/.cache/newsdesk-bench, never into the repo). Measured 2025 on the 256
documents: value accuracy 0.828 on 1,322 gold DATE/TIME values (dateparser.parse: 0.520);
detection F1 0.89 against gold DATE/TIME spans. Floors sit slightly under those figures.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from floors import floor

pytestmark = pytest.mark.quality

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
TARBALL = SHARED / "data" / "time" / "tempeval3" / "tbaq-cleaned.tar.xz"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    if not TARBALL.is_file():
        pytest.skip(f"needs {TARBALL} (the shared data folder; set NEWSDESK_SHARED); not present")
    spec = importlib.util.spec_from_file_location("time_eval", REPO / "bench" / "time_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def documents(bench: ModuleType) -> list:
    return [bench.read_document(path) for path in bench.corpus_files()]


def test_value_accuracy_beats_dateparser_and_floor(bench: ModuleType, documents: list) -> None:
    ours = bench.value_accuracy(documents, bench.newsdesk_predict)
    theirs = bench.value_accuracy(documents, bench.dateparser_predict)
    assert ours.scored > 1000
    assert ours.accuracy > theirs.accuracy, (ours, theirs)
    assert ours.accuracy >= floor("time.tbaq.value.accuracy"), ours


def test_detection_f1_floor(bench: ModuleType, documents: list) -> None:
    scores = bench.detection(documents, bench.newsdesk_spans)
    assert scores["f1"] >= floor("time.tbaq.detection.f1"), scores
