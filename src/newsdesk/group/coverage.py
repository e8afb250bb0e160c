"""Coverage of a story or an event: articles, copies, outlets, independent origins, time span.

Honest counts: an article that duplicates another is counted as a copy and adds no outlet and
no origin; the origins of the remaining articles are pooled, so three outlets repeating
"according to Bloomberg" add Bloomberg once (and each outlet's own reporting, when it has some).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsdesk.group.sources import origin_key
from newsdesk.model import Coverage


@dataclass(frozen=True, slots=True)
class ArticleCoverage:
    """What coverage needs to know about one article."""

    outlet: str | None
    published: str | None
    duplicate_of: str | None
    origins: tuple[str, ...]  # the article's independent origins (group/sources.py)


def coverage(
    group_id: str, article_ids: Sequence[str], facts: Mapping[str, ArticleCoverage]
) -> Coverage:
    known = [facts[a] for a in article_ids if a in facts]
    originals = [(a, facts[a]) for a in article_ids if a in facts and not facts[a].duplicate_of]
    dates = sorted(f.published[:10] for f in known if f.published)
    return Coverage(
        group_id=group_id,
        articles=len(article_ids),
        copies=len(known) - len(originals),
        outlets=_distinct(f.outlet for _, f in originals if f.outlet),
        origins=_distinct(o for _, f in originals for o in f.origins),
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
    )


def _distinct(names: Iterable[str]) -> tuple[str, ...]:
    """Distinct names (one per origin key), most frequent first, then alphabetical."""
    counts: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for name in names:
        key = origin_key(name)
        spelling.setdefault(key, name)
        counts[key] = counts.get(key, 0) + 1
    return tuple(spelling[k] for k in sorted(counts, key=lambda k: (-counts[k], k)))
