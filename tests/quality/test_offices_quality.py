"""Anachronism flags on real dated news: TempEval-3's TimeBank + AQUAINT (1989-2000 newswire).

Each of the 256 articles carries its creation date. Every flag on them was checked by hand and
none was right when written (0 flags, 75 titled names resolved through the table), so any flag
here is a false one. Read through bench/time_eval.py, as the time tests do; the tarball is
extracted to ~/.cache/newsdesk-bench, never into the repository.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from floors import floor
from newsdesk.fuse.offices import _find_titled_names, anachronisms, load_offices

pytestmark = pytest.mark.quality

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
TARBALL = SHARED / "data" / "time" / "tempeval3" / "tbaq-cleaned.tar.xz"


@pytest.fixture(scope="module")
def documents() -> list:
    if not TARBALL.is_file():
        pytest.skip(f"needs {TARBALL} (the shared data folder; set NEWSDESK_SHARED); not present")
    reader = _time_eval()
    return [reader.read_document(path) for path in reader.corpus_files()]


def _time_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("time_eval", REPO / "bench" / "time_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_no_flag_on_real_dated_newswire(documents: list) -> None:
    flags = [(d.name, f.reason) for d in documents for f in anachronisms(d.text, d.dct)]
    assert flags == []


def test_titled_holders_are_found_in_real_newswire(documents: list) -> None:
    table = load_offices()
    resolved = sum(
        bool(table.people_named(found.name_words))
        for doc in documents
        for found in _find_titled_names(doc.text, table)
    )
    assert resolved >= floor("anachronisms.tbaq.titled_names")
