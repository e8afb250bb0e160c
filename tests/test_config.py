from pathlib import Path

import pytest

from newsdesk.config import load_settings
from newsdesk.errors import ConfigError


def test_defaults_load_every_section() -> None:
    settings = load_settings()
    assert settings.ingest.max_bytes > 0
    assert ".html" in settings.ingest.extensions
    assert settings.clean.min_text_chars > 0


def test_user_file_overrides_a_key(tmp_path: Path) -> None:
    user = tmp_path / "my.toml"
    user.write_text("[ingest]\ntimeout = 3.5\n")
    assert load_settings(user).ingest.timeout == 3.5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[ingest]\ntimeot = 3\n", "unknown setting ingest.timeot"),
        ("[nonsense]\nx = 1\n", "unknown settings section [nonsense]"),
        ("[ingest\n", "not valid TOML"),
    ],
)
def test_bad_user_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    user = tmp_path / "bad.toml"
    user.write_text(content)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_settings(user)


def test_overrides_win() -> None:
    assert load_settings(overrides={"ingest": {"allow_private": True}}).ingest.allow_private
