"""The shipped stance model (fuse/stance.py) on the held-apart topics of FNC-1 and Emergent.

bench/crosscheck_eval.py trains the model on the other 80% of topics and scores it beside the
official FNC-1 baseline; this test re-measures the shipped model on the same held-apart pairs
(~12,000, about a minute) against the floors of the `crosscheck.*` keys in bench/baseline.json.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from floors import floor

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))

pytestmark = pytest.mark.quality

GATED = (
    "crosscheck.fnc_held.newsdesk.fnc_score",
    "crosscheck.fnc_held.newsdesk.macro_f1",
    "crosscheck.emergent_held.newsdesk.accuracy",
    "crosscheck.emergent_held.newsdesk.macro_f1",
    "crosscheck.emergent_held.newsdesk.disagree_precision",
    "crosscheck.emergent_held.newsdesk.related_accuracy",
)


def load_eval() -> ModuleType:
    path = REPO / "bench" / "crosscheck_eval.py"
    spec = importlib.util.spec_from_file_location("crosscheck_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    if not (SHARED / "data/crosscheck/fnc-1/train_bodies.csv").is_file():
        pytest.skip(f"no FNC-1 / Emergent data under {SHARED} (set NEWSDESK_SHARED)")
    from newsdesk.fuse.stance import shipped_model

    evaluation = load_eval()
    model = shipped_model()
    _, held = evaluation.load_pairs()
    metrics: dict[str, float] = evaluation.score_newsdesk(
        model, evaluation.featurize(held, model.vocabulary)
    )
    return metrics


@pytest.mark.parametrize("key", GATED)
def test_held_apart_figures_stay_above_their_floors(measured: dict[str, float], key: str) -> None:
    assert measured[key] >= floor(key), f"{key}: {measured[key]:.4f}"
