"""Where the per-article stages run changes nothing: a Dask cluster gives the plain results."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk.desk import Desk, sample_corpus
from newsdesk.errors import ConfigError
from newsdesk.scale import InProcess, LocalPool, runner_for


def _square(value: int, offset: int) -> int:
    return value * value + offset


@pytest.mark.parametrize("items", [5, 100])
def test_a_local_pool_keeps_the_input_order(items: int) -> None:
    pool = LocalPool(2)
    try:
        assert list(pool.map(_square, range(items), 1)) == [i * i + 1 for i in range(items)]
    finally:
        pool.close()


def test_a_worker_whose_parent_died_before_it_asked_for_the_signal_ends_at_once() -> None:
    """The parent killed between a worker's start and its asking to die with it sends no
    signal: the worker, which finds another process its parent, ends instead of waiting on a
    queue nobody will fill (the crash bench saw one such orphan in a loaded CI run)."""
    code = (
        "from newsdesk.scale import end_with_parent\n"
        "end_with_parent(1)\n"  # a parent pid this child does not have
        "print('still running')\n"
    )
    ended = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert ended.returncode == 0 and "still running" not in ended.stdout
    own = code.replace("end_with_parent(1)", f"end_with_parent({os.getpid()})")
    kept = subprocess.run([sys.executable, "-c", own], capture_output=True, text=True, timeout=60)
    assert "still running" in kept.stdout


def test_in_process_is_lazy_and_ordered() -> None:
    assert list(InProcess().map(_square, [3, 1], 0)) == [9, 1]


def test_a_bad_cluster_address_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="number of workers"), runner_for("local:none"):
        pass


def _snapshot(desk: Desk) -> dict[str, object]:
    return {
        "articles": sorted((a.id, a.title, a.published, a.outlet) for a in desk.articles()),
        "annotations": {a.id: desk.annotation(a.id) for a in desk.articles()},
        "quotes": sorted((q.article_id, q.start, q.end, q.speaker_name) for q in desk.quotes()),
        "claims": sorted((c.article_id, c.start, c.action, c.actor) for c in desk.claims()),
        "stories": sorted((s.id, tuple(sorted(s.article_ids))) for s in desk.stories()),
        "facts": sorted((f.id, f.status, f.independent_sources) for f in desk.facts()),
    }


@pytest.mark.slow
def test_a_local_dask_cluster_gives_the_plain_results(tmp_path: Path) -> None:
    corpus = [str(sample_corpus())]
    with Desk(tmp_path / "plain.db") as plain:
        plain.add(corpus, workers=1)
        expected = _snapshot(plain)
    with Desk(tmp_path / "cluster.db") as clustered:
        report = clustered.add(corpus, cluster="local:2")
        assert not report.failed
        assert _snapshot(clustered) == expected
