"""Quality gate: every gated figure in bench/results/*.json reaches its floor (or stays under its
ceiling) in baseline.json, and was measured on the code as it is.

Usage:
  python bench/gate.py                      exit 1 naming each figure below its floor, over its
                                            ceiling, missing, or measured on older code
  python bench/gate.py --stale              only list the results older than the code they measure
  python bench/gate.py --raise-floors       pin floors to the current figures, raising only
  python bench/gate.py --raise-floors --pin KEY [KEY ...]
                                            start gating new metrics at their current figure
  python bench/gate.py --raise-floors --allow-lower KEY [KEY ...]
                                            also lower the named floors (a deliberate choice)

baseline.json holds three tables, each metric in one of them only:
  "floors"       a result must reach these (quality: F1, accuracy, throughput)
  "ceilings"     a result must stay at or under these (seconds, memory, growth ratios)
  "test_floors", "test_ceilings"
                 the same for figures the quality tests measure on their own samples (the
                 tests read them here; the gate leaves them to the tests)

Fresh or stale: a results file is as new as its last commit, or its modification time when it
has uncommitted changes; the code it measures is the script that wrote it (SCRIPTS below), every
newsdesk module that script imports directly or indirectly, and defaults.toml. A results file
older than any of them measures code that is gone, and the gate refuses it.
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import subprocess
import sys
from functools import cache
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
PACKAGE = REPO / "src" / "newsdesk"
BASELINE = BENCH / "baseline.json"
RESULTS = BENCH / "results"
TABLES = ("floors", "ceilings", "test_floors", "test_ceilings")

# results file (stem) -> the script that writes it
SCRIPTS = {
    "anachronisms": "anachronisms_eval.py",
    "annotate": "annotate_speed.py",
    "brief": "brief_eval.py",
    "brief_speed": "brief_speed.py",
    "claims": "claims_eval.py",
    "claims_gold": "claims_gold_eval.py",
    "copies": "copies_eval.py",
    "copies_scale": "copies_scale.py",
    "crash": "crash.py",
    "crosscheck": "crosscheck_eval.py",
    "dating": "dating_eval.py",
    "e2e": "e2e.py",
    "encoding": "encoding_eval.py",
    "entities": "entities_eval.py",
    "extraction": "extraction.py",
    "extraction_sample": "extraction.py",
    "facts": "facts_eval.py",
    "fuse_speed": "fuse_speed.py",
    "hostile": "hostile.py",
    "ingest": "ingest_speed.py",
    "link_scale": "link_scale.py",
    "long_text": "long_text.py",
    "plaintext": "plaintext_eval.py",
    "plaintext_sample": "plaintext_eval.py",
    "positions": "positions_eval.py",
    "quotes_dev": "quotes_eval.py",
    "quotes_train": "quotes_eval.py",
    "startup": "startup.py",
    "stories": "stories_eval.py",
    "stories_scale": "stories_scale.py",
    "stories_stream": "stories_stream.py",
    "store_backends": "store_backends.py",
    "time": "time_eval.py",
    "web": "web_speed.py",
    "timeline": "timeline_eval.py",
}


def load_baseline(path: Path = BASELINE) -> dict[str, dict[str, float]]:
    data = json.loads(path.read_text("utf-8")) if path.exists() else {}
    return {table: dict(data.get(table, {})) for table in TABLES}


def current_metrics(results_dir: Path = RESULTS) -> dict[str, tuple[float, str]]:
    """Every metric of every results file, with the file's stem."""
    metrics: dict[str, tuple[float, str]] = {}
    for path in sorted(results_dir.glob("*.json")):
        result = json.loads(path.read_text("utf-8"))
        if isinstance(result, dict):  # tables of runs (lists) carry no gated metrics
            for key, value in result.get("metrics", {}).items():
                metrics[key] = (float(value), path.stem)
    return metrics


def failures(
    baseline: dict[str, dict[str, float]], metrics: dict[str, tuple[float, str]]
) -> list[str]:
    """One line per gated figure not reached (a metric missing from the results fails too)."""
    problems = []
    for table, above in (("floors", True), ("ceilings", False)):
        for key, limit in sorted(baseline[table].items()):
            if key not in metrics:
                problems.append(f"{key}: no result ({table[:-1]} {limit})")
                continue
            value = metrics[key][0]
            if (value < limit) if above else (value > limit):
                word = "< floor" if above else "> ceiling"
                problems.append(f"{key}: {value:.4f} {word} {limit}")
    return problems


# --- freshness --------------------------------------------------------------------------------


def stale_results(metrics: dict[str, tuple[float, str]], gated: set[str]) -> list[str]:
    """Results files holding a gated metric that are older than the code they measure."""
    stems = sorted({stem for key, (_, stem) in metrics.items() if key in gated})
    lines = []
    for stem in stems:
        script = SCRIPTS.get(stem)
        if script is None:
            lines.append(f"{stem}.json: no script known to write it (add it to gate.SCRIPTS)")
            continue
        measured = file_time(RESULTS / f"{stem}.json")
        newer = [p for p in measured_files(BENCH / script) if file_time(p) > measured]
        if newer:
            names = ", ".join(str(p.relative_to(REPO)) for p in newer[:3])
            more = f" and {len(newer) - 3} more" if len(newer) > 3 else ""
            lines.append(f"{stem}.json is older than {names}{more}: run bench/{script}")
    return lines


def measured_files(script: Path) -> list[Path]:
    """The script, defaults.toml and every newsdesk module the script reaches."""
    modules: set[str] = set()
    for name in _direct_imports(script):
        modules |= _closure(name)
    files = {script, PACKAGE / "defaults.toml"}
    for module in modules:
        files |= set(_module_files(module))
    return sorted(p for p in files if p.exists())


def _direct_imports(script: Path) -> set[str]:
    tree = ast.parse(script.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsdesk"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newsdesk"))
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module
            and (BENCH / f"{node.module}.py").exists()
        ):
            found |= _direct_imports(BENCH / f"{node.module}.py")  # a sibling bench script
    return found


@cache
def _graph():  # type: ignore[no-untyped-def]
    import grimp

    sys.path.insert(0, str(REPO / "src"))
    return grimp.build_graph("newsdesk")


def _closure(module: str) -> set[str]:
    graph = _graph()
    if module not in graph.modules:
        return set()
    return {module} | set(graph.find_upstream_modules(module))


def _module_files(module: str) -> list[Path]:
    base = REPO / "src" / Path(*module.split("."))
    return [base.with_suffix(".py"), base / "__init__.py"]


@cache
def _dirty() -> frozenset[Path]:
    try:
        out = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all"],
            cwd=REPO, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return frozenset()
    return frozenset((REPO / line[3:].split(" -> ")[-1]).resolve() for line in out.splitlines())


def file_time(path: Path) -> float:
    """Last commit time of a clean file; modification time of a changed or new one."""
    if path.resolve() in _dirty():
        return path.stat().st_mtime
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct", "--", str(path)],
            cwd=REPO, capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return float(out) if out else path.stat().st_mtime


# --- raising floors ---------------------------------------------------------------------------


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
    parser.add_argument("--stale", action="store_true", help="only list stale results")
    parser.add_argument("--allow-lower", nargs="+", default=[], metavar="KEY")
    parser.add_argument("--pin", nargs="+", default=[], metavar="KEY", help="start gating KEY")
    args = parser.parse_args(argv)
    baseline, metrics = load_baseline(), current_metrics()
    gated = set(baseline["floors"]) | set(baseline["ceilings"])
    stale = stale_results(metrics, gated)
    if args.stale:
        print("\n".join(stale) or "every gated result is fresh")
        return 1 if stale else 0
    if args.raise_floors:
        return _raise(baseline, metrics, args)
    problems = failures(baseline, metrics)
    for line in problems:
        print(f"BELOW FLOOR {line}" if "floor" in line else f"FAILED {line}")
    for line in stale:
        print(f"STALE {line}")
    print(f"{len(gated) - len(problems)}/{len(gated)} gated figures reached; {len(stale)} stale")
    return 1 if problems or stale else 0


def _raise(
    baseline: dict[str, dict[str, float]],
    metrics: dict[str, tuple[float, str]],
    args: argparse.Namespace,
) -> int:
    values = {key: value for key, (value, _) in metrics.items()}
    missing = [key for key in args.pin if key not in values]
    if missing:
        print(f"no such metric in bench/results: {', '.join(missing)}")
        return 1
    for key in args.pin:  # a new floor starts at the current figure
        baseline["floors"].setdefault(key, 0.0)
    baseline["floors"], refused = raised_floors(baseline["floors"], values, set(args.allow_lower))
    BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n")
    for line in refused:
        print(f"refused: {line} (pass --allow-lower KEY to accept)")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
