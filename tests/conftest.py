"""Fixtures shared by every test module."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdesk.config import Settings, default_settings

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """../shared beside the repository (NEWSDESK_SHARED overrides)."""
    return Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))


@pytest.fixture
def settings() -> Settings:
    return default_settings()


@pytest.fixture
def shared() -> Path:
    path = shared_dir()
    if not path.is_dir():
        pytest.skip(f"needs the shared data folder at {path} (set NEWSDESK_SHARED); not present")
    return path


@pytest.fixture
def seeds(shared: Path) -> Path:
    return shared / "seeds"
