"""Which language an article is in, and whether it reads like a machine translation into English.

Language comes from py3langid (offline; its model ships inside the package). Machine translation
is judged from several independent families of clues; each family's score is capped
and an article is flagged only when the total reaches `FLAG_SCORE` from at least `MIN_FAMILIES`
families, so one odd token in a native English article (a Czech name, a typo) never flags it.
Every clue is reported as evidence quoting the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from newsdesk.config import LanguageSettings
from newsdesk.model import LanguageSignals

FLAG_SCORE = 3.5
MIN_FAMILIES = 2
_EXCERPT_RADIUS = 25


@dataclass(frozen=True, slots=True)
class Clue:
    """One family of machine-translation clues: a pattern, its weight per hit, and why it counts."""

    family: str
    pattern: re.Pattern[str]
    weight: float  # per distinct hit
    why: str
    cap: float = 2.0  # most the family adds, however many hits


def _clue(family: str, pattern: str, weight: float, why: str, cap: float = 2.0) -> Clue:
    return Clue(family, re.compile(pattern), weight, why, cap)


_SLAVIC_ONLY_LETTERS = "ěřůňťďľĺŕ"  # Czech/Slovak letters English names keep only when copied

CLUES: tuple[Clue, ...] = (
    # "so -called", "war -destroyed": a translator's tokeniser split a hyphenated compound
    _clue("spaced hyphen", r"\b[A-Za-z]{2,} -[a-z]{2,}\b", 1.5, "space before a hyphen"),
    # Czech/Slovak adjectival place names ("Zaporožská") left untranslated in English text
    _clue(
        "foreign inflection",
        rf"\b\w*[{_SLAVIC_ONLY_LETTERS}]\w*\b|\b\w+(?:ská|ský|ské|ského|ském|ových)\b",
        0.5,
        "word with Czech/Slovak letters or endings",
        cap=1.5,  # native English reports on Czechia spell "Plzeň" too: weak alone
    ),
    # "Zelenskyj", "Dmitrij": Czech/German transliteration of Slavic names; English writes -yy/-iy
    _clue("foreign transliteration", r"\b[A-Z][a-z]{3,}(?:yj|ij)\b", 1.0, "non-English spelling"),
    # „quoted“ or «quoted»: the source language's quotation marks survived translation (a lone
    # "»" is a breadcrumb or "more" link, so guillemets count only as a pair around words)
    _clue(
        "foreign quotation marks",
        r"[„‚]\w|«[^»\n]{3,300}»",
        0.5,
        "non-English quotation mark",
    ),
    # "3,5 percent": a decimal comma (English writes 3.5; 3,500 has three digits after it)
    _clue(
        "decimal comma",
        r"\b\d+,\d{1,2}\s?(?:%|percent|per cent|million|billion|thousand)",
        1.0,
        "decimal comma",
    ),
    # "of iure", "ie" (Czech "tj."), "eg": abbreviations and Latin rendered word by word
    _clue(
        "calque",
        r"\b(?:of|de) iure\b|[,–-] ie\b|\bie,? in\b|\baccording to the server\b"
        r"|\bthe server (?:writes|wrote|states|reports|reported|recalls)\b",
        1.5,
        "word-by-word rendering",
    ),
    # "the so -called. Demilitarization": an abbreviation's full stop kept before a capital
    _clue("abbreviation stop", r"\bso ?-?called\. [A-Z][a-z]", 1.0, "abbreviation full stop"),
)


def identify(text: str, settings: LanguageSettings | None = None) -> LanguageSignals:
    """The text's language with a confidence, and machine-translation signals for English."""
    candidates = settings.candidates if settings is not None else ()
    language, confidence = _identifier(tuple(sorted(candidates))).classify(text)
    if not text.strip():
        return LanguageSignals(language=None, confidence=0.0, machine_translated=False)
    translated, evidence = machine_translation_signals(text) if language == "en" else (False, ())
    return LanguageSignals(language, round(float(confidence), 4), translated, evidence)


@lru_cache(maxsize=4)
def _identifier(candidates: tuple[str, ...]) -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if candidates:
        identifier.set_languages(list(candidates))
    return identifier


def machine_translation_signals(text: str) -> tuple[bool, tuple[str, ...]]:
    """Whether English `text` reads like a machine translation, and the clues quoting it."""
    scores: dict[str, float] = {}
    evidence: list[str] = []
    for clue, hits in _clue_hits(text):
        scores[clue.family] = min(clue.cap, clue.weight * len(hits))
        evidence.extend(_describe(clue, text, hit) for hit in hits[:3])
    flagged = sum(scores.values()) >= FLAG_SCORE and len(scores) >= MIN_FAMILIES
    return flagged, tuple(evidence)


def _clue_hits(text: str) -> Iterable[tuple[Clue, list[re.Match[str]]]]:
    for clue in CLUES:
        hits = _distinct(clue.pattern.finditer(text), key=lambda m: m.group(0).lower())
        if hits:
            yield clue, hits


def _distinct(
    matches: Iterable[re.Match[str]], key: Callable[[re.Match[str]], str]
) -> list[re.Match[str]]:
    """One hit per distinct wording: a name repeated ten times is still one clue."""
    seen: dict[str, re.Match[str]] = {}
    for match in matches:
        seen.setdefault(key(match), match)
    return list(seen.values())


def _describe(clue: Clue, text: str, hit: re.Match[str]) -> str:
    start = max(0, hit.start() - _EXCERPT_RADIUS)
    end = min(len(text), hit.end() + _EXCERPT_RADIUS)
    excerpt = " ".join(text[start:end].split())
    return f'{clue.why} ({clue.family}): "{hit.group(0)}" at {hit.start()} in "…{excerpt}…"'
