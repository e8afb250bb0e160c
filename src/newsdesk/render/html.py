"""A brief as one self-contained HTML file: readable without script, every citation a link to
the cited passage (listed at the end of the file), all article text escaped.

Self-contained: no script, no external stylesheet, image or font; the only links are to
anchors in the page. Article text is data: control characters and terminal sequences go (the
file may be printed in a terminal), then & < > " ' are escaped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsdesk.escape import for_html, without_control
from newsdesk.model import Article, Brief, Citation, Fact
from newsdesk.render.citations import (
    CITED,
    Sources,
    carried_by,
    overview,
    stance_text,
    when,
)

MAX_LISTED = 25  # single-source and "who carries what" items shown


def escape(text: str) -> str:
    """Text shown as itself in HTML content or a quoted attribute."""
    return for_html(without_control(text))


_STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1f; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
sup a { text-decoration: none; font-size: .75em; margin-left: .1em; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
.meta { color: #555; } .side { display: block; margin-left: 1rem; }
ol.sources li { margin-bottom: .5rem; } ol.sources li:target { background: #fff3b0; }
blockquote { margin: 0; padding-left: 1rem; border-left: 3px solid #ccc; color: #333; }
@media (max-width: 600px) { body { font-size: 15px; } table { font-size: .8rem; } }
"""


def brief_html(brief: Brief, facts: Sequence[Fact], articles: Mapping[str, Article]) -> str:
    sources = Sources(articles)
    by_id = {f.id: f for f in facts}
    body = [
        f"<h1>{escape(brief.title)}</h1>",
        f"<p class=meta>{escape(overview(brief, articles))}</p>",
    ]
    body += _list("What happened", [_line(x.text, x.citations, sources) for x in brief.summary])
    if brief.since:
        new = [_line(x.text, x.citations, sources) for x in brief.new]
        body += _list(f"New since {brief.since}", new or ["Nothing new."])
    body += _list(
        "Timeline", [_line(f"{when(e)}: {e.text}", e.citations, sources) for e in brief.timeline]
    )
    body += _positions(brief, sources)
    body += _list(
        "Contested", [_contested(by_id[i], sources) for i in brief.contested if i in by_id]
    )
    single = [by_id[i] for i in brief.single_source if i in by_id][:MAX_LISTED]
    body += _list(
        "Single-source",
        [
            _line(f"{f.text} (only {', '.join(o.name for o in f.origins)})", _cites(f), sources)
            for f in single
        ],
    )
    body += _list("Who carries what", _carriers(brief, by_id, sources))
    body += _list(
        "Quotes",
        [_quote(q.text, q.speaker, q.citations, sources) for q in brief.quotes],
    )
    body += _coverage(brief)
    # a flag many facts share cites every one of them: the line is nothing without its list
    body += _list("Flags", [_line(x.text, x.citations, sources, limit=None) for x in brief.flags])
    body += _sources(sources)
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        f"<title>{escape(brief.title)}</title><style>{_STYLE}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def _list(title: str, items: Sequence[str]) -> list[str]:
    if not items:
        return []
    return [f"<h2>{escape(title)}</h2><ul>", *(f"<li>{item}</li>" for item in items), "</ul>"]


def _marks(citations: Sequence[Citation], sources: Sources, limit: int | None = CITED) -> str:
    return "".join(
        f'<sup><a href="#{escape(sources.anchor(c))}">[{sources.number(c)}]</a></sup>'
        for c in citations[:limit]
    )


def _line(
    text: str, citations: Sequence[Citation], sources: Sources, *, limit: int | None = CITED
) -> str:
    return escape(text) + _marks(citations, sources, limit)


def _quote(text: str, speaker: str | None, citations: Sequence[Citation], sources: Sources) -> str:
    said = f"<blockquote>“{escape(text)}”</blockquote> — {escape(speaker or 'unknown speaker')}"
    return said + _marks(citations, sources)


def _cites(fact: Fact) -> tuple[Citation, ...]:
    return tuple(Citation(e.article_id, e.start, e.end) for e in fact.evidence)


def _contested(fact: Fact, sources: Sources) -> str:
    sides = []
    for conflict in fact.conflicts:
        about = f" ({escape(conflict.about)})" if conflict.about else ""
        for side in conflict.sides:
            cites = tuple(Citation(e.article_id, e.start, e.end) for e in side.evidence[:4])
            sides.append(
                f"<span class=side>{escape(conflict.kind)}{about}: <b>{escape(side.value)}</b> "
                f"({escape(', '.join(side.origins))}){_marks(cites, sources)}</span>"
            )
    return escape(fact.text) + "".join(sides)


def _positions(brief: Brief, sources: Sources) -> list[str]:
    if not brief.positions:
        return []
    rows = ["<h2>Positions</h2><table><tr><th>Actor<th>Issue<th>Stance<th>Dates<th>Sources</tr>"]
    for p in brief.positions:
        stance = stance_text(p)
        rows.append(
            f"<tr><td>{escape(p.actor_name)}<td>{escape(p.issue)}<td>{escape(stance)}"
            f"<td>{escape(', '.join(p.dates))}<td>{_marks(p.citations[:4], sources)}</tr>"
        )
    return [*rows, "</table>"]


def _coverage(brief: Brief) -> list[str]:
    if not brief.coverage:
        return []
    head = (
        "<h2>Coverage</h2><table><tr><th>Outlet<th>Type<th>Articles<th>Facts"
        "<th>Corroborated facts missing<th>Copies<th>Origins<th>Translated<th>Removed noise</tr>"
    )
    rows = [
        f"<tr><td>{escape(c.outlet)}<td>{escape(c.type or '?')}<td>{len(c.articles)}"
        f"<td>{len(c.facts)}<td>{len(c.missing)}<td>{c.copies}<td>{escape(_few(c.origins))}"
        f"<td>{c.machine_translated}<td>{c.removed}</tr>"
        for c in brief.coverage
    ]
    return [head, *rows, "</table>"]


def _few(names: Sequence[str], most: int = 5) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def _carriers(brief: Brief, by_id: Mapping[str, Fact], sources: Sources) -> list[str]:
    """Per corroborated fact, the outlets that carry it (most carried first)."""
    return [
        _line(f"{by_id[fact].text} — {_few(outlets, 8)}", _cites(by_id[fact])[:3], sources)
        for fact, outlets in carried_by(brief, by_id)[:MAX_LISTED]
    ]


def _sources(sources: Sources) -> list[str]:
    items = [
        f'<li id="{escape(sources.anchor(c))}"><span class=meta>{escape(sources.label(c))}</span>'
        f"<blockquote>{escape(sources.passage(c))}</blockquote></li>"
        for _, c in sources.numbered()
    ]
    return ["<h2>Sources</h2><ol class=sources>", *items, "</ol>"] if items else []
