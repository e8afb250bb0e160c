"""What the Markdown and HTML briefs share: numbered citations (each cited span of an article
once, with the passage it points to), the overview line, and the outlets carrying each
corroborated fact."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from newsdesk.model import Article, Brief, Citation, Fact, Position, TimelineEntry

# Citations shown after a line (a fact many articles carry would bury the line under its marks);
# the JSON export holds them all.
CITED = 6


class Sources:
    """The citations of one rendered brief, numbered in order of first use."""

    def __init__(self, articles: Mapping[str, Article]) -> None:
        self.articles = articles
        self._numbers: dict[Citation, int] = {}

    def number(self, citation: Citation) -> int:
        return self._numbers.setdefault(citation, len(self._numbers) + 1)

    def anchor(self, citation: Citation) -> str:
        """The fragment id of a cited passage: `c-ARTICLE-START-END`."""
        return f"c-{citation.article_id}-{citation.start}-{citation.end}"

    def passage(self, citation: Citation) -> str:
        article = self.articles.get(citation.article_id)
        return article.text[citation.start : citation.end] if article else ""

    def label(self, citation: Citation) -> str:
        """ "Outlet, "Title", date" of the cited article."""
        article = self.articles.get(citation.article_id)
        if article is None:
            return citation.article_id
        parts = [article.outlet or "unknown outlet", f"“{article.title or '(no title)'}”"]
        parts.append(article.published or "undated")
        return ", ".join(parts)

    def numbered(self) -> list[tuple[int, Citation]]:
        return sorted(((n, c) for c, n in self._numbers.items()), key=lambda p: p[0])

    def markdown_list(self, escape: Callable[[str], str]) -> list[str]:
        return [
            f"{n}. {escape(self.label(c))}, article {c.article_id} characters {c.start}-{c.end}: "
            f"“{escape(self.passage(c))}”"
            for n, c in self.numbered()
        ]


def carried_by(brief: Brief, facts: Mapping[str, Fact]) -> list[tuple[str, list[str]]]:
    """Each fact with two or more independent origins -> the outlets that carry it, read from
    the brief's coverage; the facts most outlets carry first (then in the facts' order)."""
    outlets: dict[str, list[str]] = {}
    for row in brief.coverage:
        for fact_id in row.facts:
            outlets.setdefault(fact_id, []).append(row.outlet)
    order = {fact_id: n for n, fact_id in enumerate(facts)}
    found = [
        (fact_id, names)
        for fact_id, names in outlets.items()
        if fact_id in facts and facts[fact_id].independent_sources >= 2
    ]
    return sorted(found, key=lambda pair: (-len(pair[1]), order[pair[0]]))


def overview(brief: Brief, articles: Mapping[str, Article]) -> str:
    """ "12 articles from 9 outlets, 2026-03-11 to 2026-03-14." Outlets are counted from the
    brief's coverage (every article of the story), not from `articles` (often only the cited
    ones); articles without an outlet are not outlets, and are said apart so that "3 articles
    from 1 outlet" never hides that two of them name none."""
    span = brief.first if brief.first == brief.last else f"{brief.first} to {brief.last}"
    unknown = [c for c in brief.coverage if c.outlet.startswith("unknown outlet (")]
    named = {c.outlet for c in brief.coverage} - {c.outlet for c in unknown}
    outlets = (
        len(named) if brief.coverage else len({a.outlet for a in articles.values() if a.outlet})
    )
    unnamed = sum(len(c.articles) for c in unknown)
    apart = f" ({unnamed} article{'s' * (unnamed != 1)} of unknown outlet)" if unnamed else ""
    return (
        f"{brief.articles} article{'s' * (brief.articles != 1)} from {outlets} "
        f"outlet{'s' * (outlets != 1)}{apart}, {span or 'undated'}."
    )


def when(entry: TimelineEntry) -> str:
    """A timeline entry's date as shown: one an undated report gives relative to its own day
    says so ("Thursday (undated report)")."""
    return f"{entry.date} (undated report)" if entry.precision == "relative" else entry.date


def stance_text(position: Position) -> str:
    """ "rejects (was: accepts)", "demands of Vladimir Putin (per Donald Trump)": the stance,
    what it replaced, whom it is aimed at, and on whose word alone it rests when that is not
    the actor's."""
    text = position.stance
    if position.aimed_at:
        text += f" {position.aimed_phrase}"
    if position.changed_from:
        text += f" (was: {position.changed_from})"
    if position.according_to:
        text += f" (per {', '.join(position.according_to)})"
    return text
