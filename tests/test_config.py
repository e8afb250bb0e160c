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


# --- defaults.toml is the one source of setting values ----------------------------------------

DEFAULTS = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "defaults.toml"


def _sections() -> dict[str, type]:
    from newsdesk.config import _SECTION_TYPES

    return _SECTION_TYPES


@pytest.mark.parametrize("section", sorted(_sections()))
def test_section_dataclasses_carry_no_default_values(section: str) -> None:
    from dataclasses import MISSING, fields

    with_defaults = [
        f.name
        for f in fields(_sections()[section])
        if f.default is not MISSING or f.default_factory is not MISSING
    ]
    assert with_defaults == [], f"[{section}] values written in config.py too: {with_defaults}"


def test_every_key_in_defaults_toml_is_documented() -> None:
    """A key needs a comment above it; keys right below another key share its comment."""
    undocumented, commented = [], False
    for line in DEFAULTS.read_text("utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("["):
            commented = False
        elif stripped.startswith("#"):
            commented = True
        elif "=" in stripped and not line.startswith((" ", '"')) and not commented:
            undocumented.append(stripped.split("=")[0].strip())
    assert undocumented == []


def test_no_other_dataclass_repeats_a_settings_section() -> None:
    """A dataclass elsewhere whose defaults equal a section's values holds a second copy."""
    import importlib
    import pkgutil
    from dataclasses import MISSING, fields, is_dataclass

    import newsdesk

    settings = load_settings()
    repeats = []
    for info in pkgutil.walk_packages(newsdesk.__path__, "newsdesk."):
        if info.name.startswith(("newsdesk.config", "newsdesk.web", "newsdesk.store.postgres")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, type) and is_dataclass(value) and value.__module__ == info.name:
                for section in _sections():
                    shipped = getattr(settings, section)
                    same = [
                        f.name
                        for f in fields(value)
                        if hasattr(shipped, f.name)
                        and _default(f, MISSING) == getattr(shipped, f.name)
                    ]
                    if len(same) >= 2:
                        repeats.append(f"{info.name}.{name} repeats [{section}] {same}")
    assert repeats == []


def _default(field: object, missing: object) -> object:
    default = getattr(field, "default", missing)
    factory = getattr(field, "default_factory", missing)
    if default is not missing:
        return default
    return factory() if factory is not missing else missing  # type: ignore[operator]
