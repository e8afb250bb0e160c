"""What every quality test shares: the floors, read from bench/baseline.json (one place)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

BASELINE = Path(__file__).resolve().parents[1] / "bench" / "baseline.json"


@cache
def _baseline() -> dict[str, dict[str, float]]:
    return json.loads(BASELINE.read_text("utf-8"))


def floor(key: str) -> float:
    """The floor of a metric: gated on bench results ("floors") or measured by the quality
    tests on their own samples ("test_floors"). A missing key fails the test, naming it."""
    baseline = _baseline()
    for table in ("floors", "test_floors"):
        if key in baseline.get(table, {}):
            return float(baseline[table][key])
    pytest.fail(f"no floor for {key!r} in {BASELINE}")


def ceiling(key: str) -> float:
    """The most a figure may be (seconds, ratios), from "ceilings" in bench/baseline.json."""
    baseline = _baseline()
    for table in ("ceilings", "test_ceilings"):
        if key in baseline.get(table, {}):
            return float(baseline[table][key])
    pytest.fail(f"no ceiling for {key!r} in {BASELINE}")
