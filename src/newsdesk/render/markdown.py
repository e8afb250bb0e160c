"""A brief as Markdown: every line with numbered citations, the cited passages listed last.

Article text is data: control characters and terminal sequences are removed (the Markdown is
often read in a terminal) and every character Markdown or HTML could read as markup is
escaped, so no link, image, code span, table cell or tag of an article becomes markup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsdesk.escape import without_control
from newsdesk.model import Article, Brief, Citation, Fact
from newsdesk.render.citations import (
    CITED,
    Sources,
    carried_by,
    overview,
    stance_text,
    when,
)

# ASCII punctuation CommonMark or GFM reads as markup anywhere in a line ("&" opens an entity,
# "#" closes a heading); "(", ")" and "!" only after or before a bracket, which is escaped.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|<>~&])")
# At the start of a line "- ", "+ " and "=" open a list or a break, and so does "1. " or "2) ".
_LIST_NUMBER = re.compile(r"(\d{1,9})[.)]")
# What GFM links by itself: "https://...", "www.example.com", "name@example.com".
_AUTOLINK = re.compile(r"(?<=[A-Za-z])(:)(?=//)|(?<=\bwww)(\.)|(@)", re.IGNORECASE)
MAX_LISTED = 25  # single-source and "who carries what" items shown


def md(text: str) -> str:
    """Text shown as itself in Markdown: control removed, markup characters escaped, lines
    joined (a newline would end a list item or a table row)."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(without_control(text).split()))
    escaped = _AUTOLINK.sub(lambda m: "\\" + m[0], escaped)
    if escaped[:1] in ("-", "+", "="):
        return "\\" + escaped
    number = _LIST_NUMBER.match(escaped)
    return f"{number[1]}\\{escaped[number.end(1) :]}" if number else escaped


def brief_markdown(brief: Brief, facts: Sequence[Fact], articles: Mapping[str, Article]) -> str:
    sources = Sources(articles)
    by_id = {f.id: f for f in facts}
    parts = [f"# {md(brief.title)}", "", md(overview(brief, articles)), ""]
    parts += _section("What happened", [_line(x.text, x.citations, sources) for x in brief.summary])
    if brief.since:
        new = [_line(x.text, x.citations, sources) for x in brief.new]
        parts += _section(f"New since {md(brief.since)}", new or ["Nothing new."])
    parts += _section(
        "Timeline", [_line(f"{when(e)}: {e.text}", e.citations, sources) for e in brief.timeline]
    )
    parts += _positions(brief, sources)
    parts += _section(
        "Contested", [_contested(by_id[i], sources) for i in brief.contested if i in by_id]
    )
    single = [by_id[i] for i in brief.single_source if i in by_id]
    parts += _section(
        "Single-source",
        [
            _line(f"{f.text} (only {', '.join(o.name for o in f.origins)})", _cites(f), sources)
            for f in single[:MAX_LISTED]
        ],
    )
    parts += _section("Who carries what", _carriers(brief, by_id, sources))
    parts += _section(
        "Quotes",
        [
            _line(f"“{q.text}” — {q.speaker or 'unknown speaker'}", q.citations, sources)
            for q in brief.quotes
        ],
    )
    parts += _coverage(brief)
    # a flag many facts share cites every one of them: the line is nothing without its list
    flags = [_line(x.text, x.citations, sources, limit=None) for x in brief.flags]
    parts += _section("Flags", flags)
    parts += ["## Sources", "", *sources.markdown_list(md), ""]
    return "\n".join(parts)


def _section(title: str, lines: Sequence[str]) -> list[str]:
    if not lines:
        return []
    return [f"## {title}", "", *(f"- {line}" for line in lines), ""]


def _line(
    text: str, citations: Sequence[Citation], sources: Sources, *, limit: int | None = CITED
) -> str:
    marks = "".join(f"[{sources.number(c)}]" for c in citations[:limit])
    return f"{md(text)} {marks}".rstrip()


def _cites(fact: Fact) -> tuple[Citation, ...]:
    return tuple(Citation(e.article_id, e.start, e.end) for e in fact.evidence)


def _contested(fact: Fact, sources: Sources) -> str:
    """Each disagreement apart, named by what it is about: "number (killed): 9 vs 12;
    number (injured): more than 70 vs 90" (all sides in one row read as one count)."""
    disagreements = []
    for conflict in fact.conflicts:
        sides = []
        for side in conflict.sides:
            cites = "".join(
                f"[{sources.number(Citation(e.article_id, e.start, e.end))}]"
                for e in side.evidence[:4]
            )
            sides.append(f"{md(side.value)} ({md(', '.join(side.origins))}) {cites}")
        about = f" ({md(conflict.about)})" if conflict.about else ""
        disagreements.append(f"{md(conflict.kind)}{about}: " + " vs ".join(sides))
    return f"{md(fact.text)} — " + "; ".join(disagreements)


def _positions(brief: Brief, sources: Sources) -> list[str]:
    if not brief.positions:
        return []
    rows = [
        "## Positions",
        "",
        "| Actor | Issue | Stance | Dates | Sources |",
        "|---|---|---|---|---|",
    ]
    for p in brief.positions:
        stance = stance_text(p)
        marks = "".join(f"[{sources.number(c)}]" for c in p.citations[:4])
        rows.append(
            f"| {md(p.actor_name)} | {md(p.issue)} | {md(stance)} | {md(', '.join(p.dates))} "
            f"| {marks} |"
        )
    return [*rows, ""]


def _coverage(brief: Brief) -> list[str]:
    if not brief.coverage:
        return []
    rows = [
        "## Coverage",
        "",
        "| Outlet | Type | Articles | Facts | Corroborated facts missing | Copies | Origins"
        " | Translated | Removed noise |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for c in brief.coverage:
        rows.append(
            f"| {md(c.outlet)} | {md(c.type or '?')} | {len(c.articles)} | {len(c.facts)} | "
            f"{len(c.missing)} | {c.copies} | {md(_few(c.origins))} | {c.machine_translated} "
            f"| {c.removed} |"
        )
    return [*rows, ""]


def _few(names: Sequence[str], most: int = 5) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def _carriers(brief: Brief, by_id: Mapping[str, Fact], sources: Sources) -> list[str]:
    """Per corroborated fact, the outlets that carry it (most carried first)."""
    return [
        _line(f"{by_id[fact].text} — {_few(outlets, 8)}", _cites(by_id[fact])[:3], sources)
        for fact, outlets in carried_by(brief, by_id)[:MAX_LISTED]
    ]
