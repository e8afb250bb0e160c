"""Same input, same output: the whole analysis gives identical results in processes with
different string hashing (Python randomises it per process, and set order follows it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import dataclasses, json, sys
from newsdesk.desk import Desk, sample_corpus, sample_settings
with Desk(sys.argv[1], sample_settings()) as desk:
    desk.add([str(sample_corpus())], workers=1)
    out = {
        "quotes": [dataclasses.asdict(q) for q in desk.quotes()],
        "claims": [dataclasses.asdict(c) for c in desk.claims()],
        "times": [dataclasses.asdict(t) for t in desk.time_expressions()],
        "quantities": [dataclasses.asdict(q) for q in desk.quantities()],
        "attributions": [dataclasses.asdict(a) for a in desk.attributions()],
        "entities": sorted((e.id, e.name, len(e.mentions)) for e in desk.entities()),
        "stories": [dataclasses.asdict(s) for s in desk.stories()],
        "facts": [dataclasses.asdict(f) for f in desk.facts()],
    }
print(json.dumps(out, sort_keys=True))
"""


def _run(seed: str, store: Path) -> dict[str, object]:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(store)],
        env=environment, capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_two_processes_with_other_hash_seeds_give_the_same_results(tmp_path: Path) -> None:
    first, second = _run("1", tmp_path / "a.db"), _run("2", tmp_path / "b.db")
    for key in first:
        assert first[key] == second[key], key
