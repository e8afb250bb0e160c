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
    folder_skip: tuple[str, ...]
    max_html_elements: int
    max_html_depth: int
    max_html_attributes: int
    max_element_attributes: int


@dataclass(frozen=True, slots=True)
class CleanSettings:
    use_trafilatura: bool
    min_text_chars: int
    offtopic_max_similarity: float
    offtopic_max_run_share: float


@dataclass(frozen=True, slots=True)
class LanguageSettings:
    candidates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AnnotateSettings:
    model: str
    components: str  # a profile of annotate.PROFILES
    n_process: int
    batch_size: int
    max_chars: int  # longer texts are stored but not analysed (0: no limit)


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    quotes: bool
    claims: bool
    quantities: bool


@dataclass(frozen=True, slots=True)
class OutletsSettings:
    registry: str  # a user's TOML file extending the outlet registry ("" : none)


@dataclass(frozen=True, slots=True)
class LinkSettings:
    """The cross-article entity merge (link/)."""

    labels: tuple[str, ...]
    name_similarity: float
    context_name_similarity: float
    context_min: float
    surname_dominance: float
    garble_max_sentences: int
    gazetteer: str  # a user's TOML file extending the exonyms and states ("" : none)


@dataclass(frozen=True, slots=True)
class CopySettings:
    """The copy detector (group/copies.py)."""

    shingle_words: int
    minhash_words: int
    num_perm: int
    lsh_threshold: float
    seed: int
    anchor_every: int
    max_postings: int
    max_candidates: int
    min_anchor_hits: int
    duplicate_share: float
    duplicate_back_share: float
    contained_share: float
    contained_back_share: float
    reuse_share: float
    reuse_min_words: int
    min_passage_words: int
    max_gap_words: int
    window: int


@dataclass(frozen=True, slots=True)
class StoriesSettings:
    """Stories and events (group/stories.py); the grouping index stores these with itself."""

    embedding: bool
    event_threshold: float
    story_threshold: float
    event_threshold_text: float
    story_threshold_text: float
    weight_title: float
    weight_body: float
    weight_entities: float
    weight_embedding: float
    time_weight: float
    event_window_days: int
    story_window_days: int
    hash_bits: int
    body_chars: int
    query_terms: int
    postings_cap: int
    max_candidates: int
    recent_events: int
    centroid_terms: int
    member_weight: float
    members_kept: int
    rescore_top: int
    merge_threshold: float
    linkage: str
    density_weight: float
    density_k: int
    happening_days: int

    def __post_init__(self) -> None:
        if self.linkage not in ("centroid", "average"):
            raise ConfigError(f"stories.linkage: {self.linkage!r} is not 'centroid' or 'average'")


@dataclass(frozen=True, slots=True)
class DatesSettings:
    apply_confidence: float


@dataclass(frozen=True, slots=True)
class FuseSettings:
    """Facts across the articles of a story (fuse/)."""

    pair_threshold: float
    group_threshold: float
    repeat_threshold: float
    claim_bonus: float
    speaker_penalty: float
    statement_penalty: float
    day_penalty: float
    background_weight: float
    frame_weight: float
    embedding: bool
    embedding_weight: float
    embedding_neighbours: int
    embedding_max_sentences: int
    max_postings: int
    denials: bool
    stance_disagree_min_p: float
    offices_file: str
    anachronism_grace_days: int
    anachronism_window_days: int
    restated_days: int


@dataclass(frozen=True, slots=True)
class SummarySettings:
    """The brief's summary (compose/summary.py)."""

    max_words: int
    max_sentences: int
    min_sentences: int
    source_share: float
    min_unit_words: int
    lead_sentences: int
    agreement_floor: float
    embedding_mix: float
    redundancy: float
    corroboration: float
    weight_support: float
    weight_headline: float
    weight_lead: float
    weight_newest: float
    penalty_subjective: float
    length_exponent: float
    trim_attribution: bool


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
    outlets: OutletsSettings
    link: LinkSettings
    copies: CopySettings
    stories: StoriesSettings
    dates: DatesSettings
    fuse: FuseSettings
    summary: SummarySettings
    store: StoreSettings


_SECTION_TYPES: dict[str, type] = {
    "ingest": IngestSettings,
    "clean": CleanSettings,
    "language": LanguageSettings,
    "annotate": AnnotateSettings,
    "extract": ExtractSettings,
    "outlets": OutletsSettings,
    "link": LinkSettings,
    "copies": CopySettings,
    "stories": StoriesSettings,
    "dates": DatesSettings,
    "fuse": FuseSettings,
    "summary": SummarySettings,
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
