"""Quality gate: every metric in bench/results/*.json must reach its floor in baseline.json.

Usage:
  python bench/gate.py                      exit 1 and name each metric below its floor
  python bench/gate.py --raise-floors       pin floors to the current figures, raising only
  python bench/gate.py --raise-floors --pin KEY [KEY ...]
                                            start gating new metrics at their current figure
  python bench/gate.py --raise-floors --allow-lower KEY [KEY ...]
                                            also lower the named floors (a deliberate choice)

A results file holds {"metrics": {"extraction.trafilatura_eval.newsdesk.f1": 0.9, ...}}.
Floors are rounded down to 3 decimals so run-to-run noise does not fail the gate.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
BASELINE = BENCH / "baseline.json"
RESULTS = BENCH / "results"


def current_metrics(results_dir: Path = RESULTS) -> dict[str, float]:
    metrics: dict[str, float] = {}
    for path in sorted(results_dir.glob("*.json")):
        result = json.loads(path.read_text("utf-8"))
        if isinstance(result, dict):  # tables of runs (lists) carry no gated metrics
            metrics.update(result.get("metrics", {}))
    return metrics


def load_floors(path: Path = BASELINE) -> dict[str, float]:
    if not path.exists():
        return {}
    floors: dict[str, float] = json.loads(path.read_text("utf-8"))["floors"]
    return floors


def failures(floors: dict[str, float], metrics: dict[str, float]) -> list[str]:
    """One line per floor not reached (a metric missing from the results fails too)."""
    problems = []
    for key, floor in sorted(floors.items()):
        value = metrics.get(key)
        if value is None:
            problems.append(f"{key}: no result (floor {floor})")
        elif value < floor:
            problems.append(f"{key}: {value:.4f} < floor {floor}")
    return problems


def raised_floors(
    floors: dict[str, float], metrics: dict[str, float], allow_lower: set[str]
) -> tuple[dict[str, float], list[str]]:
    """New floors for the metrics already gated, and the lowerings refused."""
    updated = dict(floors)
    refused = []
    for key, floor in floors.items():
        if key not in metrics:
            continue
        proposed = math.floor(metrics[key] * 1000) / 1000
        if proposed >= floor or key in allow_lower:
            updated[key] = proposed
        else:
            refused.append(f"{key}: {metrics[key]:.4f} would lower floor {floor}")
    return updated, refused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="quality gate over bench/results/*.json")
    parser.add_argument("--raise-floors", action="store_true")
    parser.add_argument("--allow-lower", nargs="+", default=[], metavar="KEY")
    parser.add_argument("--pin", nargs="+", default=[], metavar="KEY", help="start gating KEY")
    args = parser.parse_args(argv)
    floors, metrics = load_floors(), current_metrics()
    missing = [key for key in args.pin if key not in metrics]
    if missing:
        print(f"no such metric in bench/results: {', '.join(missing)}")
        return 1
    for key in args.pin:  # a new floor starts at the current figure
        floors.setdefault(key, 0.0)
    if args.raise_floors:
        floors, refused = raised_floors(floors, metrics, set(args.allow_lower))
        BASELINE.write_text(json.dumps({"floors": floors}, indent=2, sort_keys=True) + "\n")
        for line in refused:
            print(f"refused: {line} (pass --allow-lower KEY to accept)")
        return 1 if refused else 0
    problems = failures(floors, metrics)
    for line in problems:
        print(f"BELOW FLOOR {line}")
    print(f"{len(floors) - len(problems)}/{len(floors)} floors reached")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
