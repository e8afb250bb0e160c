"""The brief of a story: what an analyst reads first, every line resting on cited spans.

    brief = compose_brief(material, settings.summary)

1. summary    3-5 sentences copied from the articles, chosen for the facts with the most
              independent origins and for what is newest (compose/summary.py)
2. timeline   one dated entry per happening, in the order things happened (facts with an
              event date; "2026-W11", "2026-03" and "2026" sort by the first day they cover),
              then what undated reports date only by their own day ("yesterday", "on
              Thursday"), in those words, nearest the reports' day last
3. positions  who demands, proposes, offers, accepts, rejects or threatens what, and changes
4. coverage   per outlet: what it carries, what corroborated facts it leaves out, its copies
5. quotes     the same words in several articles as one quote with every span
6. panels     contested and single-source facts, flags (anachronisms, translation only, ...)
7. new        facts first reported, newly corroborated or newly contested since a time
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import count

from newsdesk.compose.dates import chronological_key
from newsdesk.compose.positions import content_stems, positions_of
from newsdesk.compose.summary import Candidate, SummarySettings, summarise
from newsdesk.model import (
    Article,
    BackgroundEvent,
    Brief,
    BriefLine,
    BriefQuote,
    Citation,
    Claim,
    Evidence,
    Fact,
    OutletCoverage,
    Position,
    Quote,
    Sentence,
    Span,
    Story,
    TimelineEntry,
)
from newsdesk.timex import find_time_expressions

# Dates a timeline entry may have: background years count ("the treaty of 1921 drew the
# border"); "unknown" precision does not.
TIMELINE_PRECISIONS = frozenset({"day", "week", "month", "range", "year"})
MAX_TIMELINE = 40
MAX_QUOTES = 30


@dataclass(frozen=True, slots=True)
class StoryMaterial:
    """Everything compose reads of one story, gathered by the pipeline."""

    story: Story
    articles: Mapping[str, Article]
    sentences: Mapping[str, Sequence[Sentence]]
    facts: Sequence[Fact]
    claims: Sequence[Claim] = ()
    quotes: Sequence[tuple[int, Quote]] = ()  # (variant group, quote)
    entity_names: Mapping[str, str] = field(default_factory=dict)  # any spelling -> canonical
    # any spelling -> the person it is, else the state it acts for (the positions' actors)
    actor_names: Mapping[str, str] = field(default_factory=dict)
    sides: Mapping[str, str] = field(default_factory=dict)  # any spelling -> the state it serves
    origins: Mapping[str, Sequence[str]] = field(default_factory=dict)  # article -> origins
    outlet_types: Mapping[str, str | None] = field(default_factory=dict)
    new_articles: frozenset[str] = frozenset()  # added since `since`
    since: str | None = None


def compose_brief(material: StoryMaterial, settings: SummarySettings) -> Brief:
    """The brief of one story."""
    articles = material.articles
    dates = sorted(a.published[:10] for a in articles.values() if a.published)
    return Brief(
        story_id=material.story.id,
        title=material.story.title,
        summary=_summary(material, settings),
        timeline=_timeline(material.facts, articles, material.quotes),
        positions=_positions(material),
        coverage=_coverage(material),
        quotes=_quotes(material),
        contested=_contested(material.facts),
        single_source=tuple(f.id for f in material.facts if f.status == "single_source"),
        flags=_flags(material.facts),
        new=_new(material) if material.since else (),
        since=material.since,
        articles=len(articles),
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
    )


def _positions(material: StoryMaterial) -> tuple[Position, ...]:
    translated = frozenset(a.id for a in material.articles.values() if a.machine_translated)
    # actor_names holds every spelling entity_names does (a state for a body): no merge
    names = material.actor_names or material.entity_names
    return tuple(
        positions_of(
            material.claims,
            names,
            material.facts,
            translated,
            material.entity_names,
            material.sides,
        )
    )


# --- 1. summary ------------------------------------------------------------------------------


def _summary(material: StoryMaterial, settings: SummarySettings) -> tuple[BriefLine, ...]:
    """The summary's sentences, each cited; a fact told in other words (or translated) is one.

    Copies are candidates too, so their spans are cited, but they count as their original's
    origin and add no support.
    """
    evidence = _EvidenceIndex(material.facts)
    candidates = [
        Candidate(
            article.id,
            sentence.start,
            sentence.end,
            article.text[sentence.start : sentence.end],
            published=article.published,
            support=evidence.support(article.id, sentence.start, sentence.end),
            origin=_origin_of(material, _original(material, article)),
            facts=evidence.facts(article.id, sentence.start, sentence.end),
        )
        for article in material.articles.values()
        for sentence in material.sentences.get(article.id, ())
    ]
    headlines = {a.id: a.title for a in material.articles.values() if a.title}
    summary = summarise(candidates, settings, headlines)
    return tuple(
        BriefLine(
            s.text,
            tuple(Citation(c.article_id, c.start, c.end) for c in s.citations),
            tuple(dict.fromkeys(f for c in s.citations for f in evidence.facts(*_range(c)))),
        )
        for s in summary.sentences
    )


def _range(span: Span) -> tuple[str, int, int]:
    return span.article_id, span.start, span.end


class _EvidenceIndex:
    """Which facts an article's text at [start, end) is evidence of, and the most independent
    origins among them. A fact's evidence is the sentence that reports it (or part of it): it
    meets a candidate sentence when the two overlap, wherever either begins."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self._spans: dict[str, list[tuple[int, int, Fact]]] = defaultdict(list)
        for fact in facts:
            for e in fact.evidence:
                self._spans[e.article_id].append((e.start, e.end, fact))

    def _over(self, article_id: str, start: int, end: int) -> list[Fact]:
        return [f for s, e, f in self._spans.get(article_id, ()) if s < end and start < e]

    def facts(self, article_id: str, start: int, end: int) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.id for f in self._over(article_id, start, end)))

    def support(self, article_id: str, start: int, end: int) -> int | None:
        """None when no fact rests on it: summarise then measures agreement itself."""
        found = self._over(article_id, start, end)
        return max(f.independent_sources for f in found) if found else None


def _original(material: StoryMaterial, article: Article) -> Article:
    """The article a verbatim copy was copied from (itself when not a copy or not here)."""
    return material.articles.get(article.duplicate_of or "", article)


def _origin_of(material: StoryMaterial, article: Article) -> str:
    origins = material.origins.get(article.id, ())
    return origins[0] if len(origins) == 1 else (article.outlet or article.id)


# --- 2. timeline -----------------------------------------------------------------------------


def _timeline(
    facts: Sequence[Fact],
    articles: Mapping[str, Article] | None = None,
    quotes: Sequence[tuple[int, Quote]] = (),
) -> tuple[TimelineEntry, ...]:
    """One entry per dated fact, and per dated happening the facts mention in passing ("the
    plant, which it seized in 2022"), in the order things happened; then the facts undated
    reports date by their own day alone. When there are more than MAX_TIMELINE, the best
    sourced are kept (what the facts report before what they mention, a date before none)."""
    dated = [f for f in facts if f.event_date and f.event_date_precision in TIMELINE_PRECISIONS]
    ranked = sorted(dated, key=_rank)
    entries = [_dated_entry(f) for f in ranked]
    entries += _background_entries(facts, entries, articles or {})
    chosen = entries[:MAX_TIMELINE]
    ordered = sorted(chosen, key=lambda e: (chronological_key(e.date), e.fact or "", e.text))
    taken = {f.id for f in dated}
    undated = sorted((f for f in facts if f.id not in taken), key=_rank)
    relative = _relative_entries(undated, articles or {}, quotes)[: MAX_TIMELINE - len(chosen)]
    return (*ordered, *(entry for _, entry in sorted(relative, key=lambda pair: pair[0])))


def _dated_entry(fact: Fact) -> TimelineEntry:
    """A dated fact in the words of a report that gives its date ("met on Friday in
    Moscow"), cited first; the fact's own wording when it does, or when none does. A date
    beside words that do not say it ("has repeatedly said") reads as a guess."""
    dating = next((e for e in fact.evidence if e.date == fact.event_date), None)
    if dating is None or fact.evidence[0].date == fact.event_date:
        text, cited = fact.text, fact.evidence
    else:
        others = (e for e in fact.evidence if e is not dating)
        text, cited = dating.sentence.strip(), (dating, *others)
    return TimelineEntry(
        date=fact.event_date or "",
        precision=fact.event_date_precision or "day",
        text=text,
        citations=tuple(_cite(e) for e in cited),
        articles=fact.article_ids,
        fact=fact.id,
    )


def _rank(fact: Fact) -> tuple[int, int, str]:
    return (-fact.independent_sources, -len(fact.article_ids), fact.id)


def _background_entries(
    facts: Sequence[Fact], reported: Sequence[TimelineEntry], articles: Mapping[str, Article]
) -> list[TimelineEntry]:
    """The happenings facts mention in passing, one entry each however many reports name it
    ("Russia's 2014 occupation of Crimea", "Crimea, which Russia annexed in 2014"), none for
    one a fact already reports; the wording of an original before a translation's."""
    groups: list[list[tuple[Fact, BackgroundEvent]]] = []
    for fact in facts:
        for event in fact.background:
            if any(_same_happening(event.date, event.text, e.date, e.text) for e in reported):
                continue
            group = next(
                (
                    g
                    for g in groups
                    if _same_happening(event.date, event.text, g[0][1].date, g[0][1].text)
                ),
                None,
            )
            if group is None:
                groups.append([(fact, event)])
            elif all(e.article_id != event.article_id or e.start != event.start for _, e in group):
                group.append((fact, event))
    groups.sort(key=lambda g: -len({e.article_id for _, e in g}))
    return [_background_entry(group, articles) for group in groups]


def _background_entry(
    group: Sequence[tuple[Fact, BackgroundEvent]], articles: Mapping[str, Article]
) -> TimelineEntry:
    def translated(pair: tuple[Fact, BackgroundEvent]) -> bool:
        article = articles.get(pair[1].article_id)
        return bool(article and article.machine_translated)

    ordered = sorted(group, key=translated)  # the cited wording first, as for facts
    fact, best = ordered[0]
    return TimelineEntry(
        date=best.date,
        precision=best.precision,
        text=best.text,
        citations=tuple(Citation(e.article_id, e.start, e.end) for _, e in ordered),
        articles=tuple(dict.fromkeys(e.article_id for _, e in ordered)),
        fact=fact.id,
    )


_SHARED_WORDS = 2  # content words two mentions of one happening share at least


def _same_happening(date_a: str, text_a: str, date_b: str, text_b: str) -> bool:
    """One happening in two wordings: one date, and two content words in common
    ("Russia's 2014 occupation of Crimea", "Crimea, which the Russians annexed in 2014")."""
    if date_a != date_b:
        return False
    stems_a, stems_b = content_stems(text_a), content_stems(text_b)
    return len(stems_a & stems_b) >= min(_SHARED_WORDS, len(stems_a), len(stems_b))


# What an undated report dates by its own day ("yesterday", "on Thursday", "earlier this week")
# is told from what it does not depend on ("March 10", "2022") by reading the sentence against
# two stand-in days a week apart: its value moves with them. The stand-ins are Sundays, so a
# weekday said in the past falls before "yesterday"; the order among such entries is a best
# guess (each report's own day is unknown), the words are the report's own.
RELATIVE = "relative"
_STAND_INS = (date(2026, 3, 15), date(2026, 3, 22))
_SHIFT = (_STAND_INS[1] - _STAND_INS[0]).days
_RELATIVE_DAYS = 7  # a span a report dates by its own day covers less ("last week": 7)


def _relative_entries(
    facts: Sequence[Fact], articles: Mapping[str, Article], quotes: Sequence[tuple[int, Quote]]
) -> list[tuple[tuple[int, int, int], TimelineEntry]]:
    """(sort key, entry) for each fact an undated report dates only by the report's own day
    (the key: days from the stand-in day, the report, where in it), in the facts' order. Of
    several reports, the one naming the narrowest time dates it ("early Thursday" before
    another outlet's "earlier this week"), the first cited of equals."""
    # a speaker's own "tomorrow" is not the report's
    spoken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for _, quote in quotes:
        if quote.direct:
            spoken[quote.article_id] += list(quote.pieces or ((quote.start, quote.end),))
    order = {article_id: n for n, article_id in enumerate(articles)}
    found = []
    for fact in facts:
        days = [
            (day, evidence)
            for evidence in fact.evidence
            if (article := articles.get(evidence.article_id)) and not article.published
            if (day := _own_day(article.text, evidence, spoken[article.id])) is not None
        ]
        if not days:
            continue
        (words, offset, _), evidence = min(days, key=lambda pair: pair[0][2])
        cited = [evidence, *(e for e in fact.evidence if e is not evidence)]
        entry = TimelineEntry(
            date=words,
            precision=RELATIVE,
            text=evidence.sentence.strip(),  # the report whose words date it
            citations=tuple(_cite(e) for e in cited),
            articles=fact.article_ids,
            fact=fact.id,
        )
        found.append(((offset, order.get(evidence.article_id, 0), evidence.start), entry))
    return found


def _own_day(
    text: str, evidence: Evidence, spoken: Sequence[tuple[int, int]]
) -> tuple[str, int, int] | None:
    """The words a sentence dates its report by, relative to the report's own day: how many
    days from the first stand-in day they begin, and how many more they cover (of several,
    the narrowest, then the first)."""
    sentence = text[evidence.start : evidence.end]
    now, later = (find_time_expressions(sentence, day) for day in _STAND_INS)
    moved = {t.start: _days(t.value) for t in later}
    found = []
    for time in now:
        if any(a <= evidence.start + time.start < b for a, b in spoken):
            continue
        span, shifted = _days(time.value), moved.get(time.start)
        if span is None or shifted is None or (span[1] - span[0]).days > _RELATIVE_DAYS:
            continue
        if (shifted[0] - span[0]).days == _SHIFT:
            found.append((time.text, (span[0] - _STAND_INS[0]).days, (span[1] - span[0]).days))
    return min(found, key=lambda day: day[2], default=None)


def _days(value: str | None) -> tuple[date, date] | None:
    """The first and last day of a day or a range of days ("2026-03-09/2026-03-14")."""
    first, _, last = (value or "").partition("/")
    try:
        return date.fromisoformat(first), date.fromisoformat(last or first)
    except ValueError:  # a week, a month, a year: no day of its own
        return None


def _cite(evidence: Evidence | Span) -> Citation:
    return Citation(evidence.article_id, evidence.start, evidence.end)


# --- 4. coverage -----------------------------------------------------------------------------


def _coverage(material: StoryMaterial) -> tuple[OutletCoverage, ...]:
    """Per outlet, most articles first: what it carries, which corroborated facts it leaves
    out, its copies, origins, machine translations and removed noise."""
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in material.articles.values():
        by_outlet[_outlet_of(article)].append(article)
    carriers = _carriers(material)
    corroborated = [f for f in material.facts if _corroborated(f)]
    rows = []
    for outlet, articles in sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        rows.append(
            OutletCoverage(
                outlet=outlet,
                type=material.outlet_types.get(outlet),
                articles=tuple(a.id for a in articles),
                facts=tuple(f.id for f in material.facts if outlet in carriers[f.id]),
                missing=tuple(f.id for f in corroborated if outlet not in carriers[f.id]),
                copies=sum(1 for a in articles if a.duplicate_of),
                origins=_origins(articles, material.origins),
                machine_translated=sum(1 for a in articles if a.machine_translated),
                removed=sum(len(a.removed) for a in articles),
            )
        )
    return tuple(rows)


def _outlet_of(article: Article) -> str:
    return article.outlet or f"unknown outlet ({article.id[:12]})"


def _carriers(material: StoryMaterial) -> dict[str, set[str]]:
    """Each fact -> the outlets whose articles carry it (read once: outlets x facts is big)."""
    outlets = {a.id: _outlet_of(a) for a in material.articles.values()}
    return {f.id: {outlets[a] for a in f.article_ids if a in outlets} for f in material.facts}


def _corroborated(fact: Fact) -> bool:
    """Two or more independent origins, disputed or not: a contested death toll that every
    wire carries is still something an outlet leaves out."""
    return fact.independent_sources >= 2


def _origins(articles: Sequence[Article], origins: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(o for a in articles for o in origins.get(a.id, ())))


# --- 5. quotes -------------------------------------------------------------------------------


def _quotes(material: StoryMaterial) -> tuple[BriefQuote, ...]:
    """Direct quotes and the words reported speech puts in quotation marks, one per set of
    variants, with every span of every article; the quotes most outlets carry first."""
    outlets = {a.id: _outlet_of(a) for a in material.articles.values()}
    groups = _quote_groups([*material.quotes, *_quoted_in_reports(material)])
    ranked = sorted(
        groups,
        key=lambda qs: (
            -len({outlets.get(q.article_id, q.article_id) for q in qs}),
            -len({q.article_id for q in qs}),
            qs[0].article_id,
            qs[0].start,
        ),
    )
    names = material.entity_names
    return tuple(_merged_quote(quotes, names) for quotes in ranked[:MAX_QUOTES])


def _quote_groups(quotes: Sequence[tuple[int, Quote]]) -> list[list[Quote]]:
    """Direct quotes by variant group; the same words under two group numbers are one group
    all the same (the groups come from another stage; the words are what the reader sees)."""
    groups: dict[int, list[Quote]] = {}
    by_words: dict[str, int] = {}
    for group, quote in quotes:
        if not quote.direct:
            continue
        home = by_words.setdefault(_quote_words(quote.text), group)
        groups.setdefault(home, []).append(quote)
    return list(groups.values())


# Words in quotation marks inside reported speech ("said there were “several signs that we
# are moving in the right direction” toward a deal") are the speaker's own: a quote of theirs.
# One marked word is a term held at a distance ("the “demilitarization” of the country").
_QUOTED = re.compile(r"“([^“”\n]+)”|\"([^\"\n]+)\"")
MIN_QUOTED_WORDS = 2


def _quoted_in_reports(material: StoryMaterial) -> list[tuple[int, Quote]]:
    """The quoted words of each attributed report, as direct quotes of its speaker, each with
    its report's variant group when they are all it quotes (a direct quote of the same words
    elsewhere is in it), else a group of its own (negative: joined to others by words)."""
    found: list[tuple[int, Quote]] = []
    own_groups = count(-1, -1)  # below every variant group number
    for group, report in material.quotes:
        article = material.articles.get(report.article_id)
        if report.direct or not report.speaker_name or article is None:
            continue
        pieces = []
        end = report.end + 1  # the closing mark may follow the reported words
        for marked in _QUOTED.finditer(article.text, report.start, end):
            start, stop = marked.span(1 if marked.group(1) is not None else 2)
            words = article.text[start:stop]
            if len(words.split()) >= MIN_QUOTED_WORDS:
                pieces.append(replace(report, start=start, end=stop, text=words, direct=True))
        if len(pieces) == 1:
            found.append((group, pieces[0]))
        else:
            found += [(next(own_groups), piece) for piece in pieces]
    return found


def _quote_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _merged_quote(quotes: Sequence[Quote], names: Mapping[str, str]) -> BriefQuote:
    """The longest wording, cited first (its pieces hold it: "A … B"), then every other
    article's spans; the speaker most of them name, by canonical name ("Wasylenko" and
    "Vasylenko" are one minister when linking made them one entity)."""
    shown = max(quotes, key=lambda q: (len(q.text), -quotes.index(q)))
    ordered = [shown, *(q for q in quotes if q is not shown)]
    said_by = [names.get(n.casefold(), n) for q in quotes if (n := q.speaker_name)]
    speakers = Counter(said_by)
    speaker = max(speakers, key=lambda n: (speakers[n], -said_by.index(n)), default=None)
    citations = (
        Citation(q.article_id, start, end)
        for q in ordered
        for start, end in (q.pieces or ((q.start, q.end),))
    )
    return BriefQuote(speaker=speaker, text=shown.text, citations=tuple(dict.fromkeys(citations)))


# --- 6. panels -------------------------------------------------------------------------------


def _contested(facts: Sequence[Fact]) -> tuple[str, ...]:
    """Contested facts, each disagreement once: a conflict between two facts is held by both,
    so the second is left out when all its conflicts mirror ones already listed (its own
    status still says contested)."""
    listed: list[str] = []
    seen: set[tuple[str, str, str, str | None]] = set()
    for fact in facts:
        if fact.status != "contested":
            continue
        keys = {(c.kind, c.about, fact.id, c.other_fact) for c in fact.conflicts}
        mirrors = {(k, a, o or "", f) for k, a, f, o in keys}
        if keys and all(m in seen for m in mirrors):
            continue
        listed.append(fact.id)
        seen |= keys
    return tuple(listed)


# A flag this many facts share is one line citing each fact's best report: a machine-translated
# article makes dozens of "translation only" facts, and the same label dozens of times hides the
# rare flag (an anachronism) that needs reading.
FLAG_GROUP = 3
# The order flags are listed in: what may make a report wrong before what only says how it came.
FLAG_ORDER = ("anachronism", "restated", "single anonymous origin", "translation only")


def _flags(facts: Sequence[Fact]) -> tuple[BriefLine, ...]:
    """Each flagged fact with its flag; a flag many facts share as one line of them all."""
    flagged: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        for flag in fact.flags:
            flagged[flag].append(fact)
    lines = []
    for flag in sorted(flagged, key=_flag_rank):
        group = flagged[flag]
        if len(group) >= FLAG_GROUP:
            cited = tuple(_cite(f.evidence[0]) for f in group if f.evidence)
            ids = tuple(f.id for f in group)
            lines.append(BriefLine(f"{flag} ({len(group)} facts)", cited, ids))
            continue
        lines += [
            BriefLine(f"{flag} — {f.text}", tuple(_cite(e) for e in f.evidence), (f.id,))
            for f in group
        ]
    return tuple(lines)


def _flag_rank(flag: str) -> int:
    ranks = [i for i, start in enumerate(FLAG_ORDER) if flag.startswith(start)]
    return ranks[0] if ranks else len(FLAG_ORDER)


# --- 7. what is new --------------------------------------------------------------------------


def _new(material: StoryMaterial) -> tuple[BriefLine, ...]:
    """Facts first reported since, newly corroborated, newly contested. Each line cites the
    fact's best report (which holds its text) and then the new reports."""
    fresh = material.new_articles
    lines = []
    for fact in material.facts:
        old = [e for e in fact.evidence if e.article_id not in fresh]
        new = [e for e in fact.evidence if e.article_id in fresh]
        if new and not old:
            lines.append(_new_line("New", fact, new))
            continue
        if new and _corroborated(fact) and len({e.origin for e in old}) < 2:
            lines.append(_new_line("Newly corroborated", fact, new))
        disputing = _new_dispute(fact, fresh)
        if disputing:
            lines.append(_new_line("Newly contested", fact, disputing))
    return tuple(lines)


def _new_line(what: str, fact: Fact, new: Sequence[Evidence]) -> BriefLine:
    citations = tuple(dict.fromkeys(_cite(e) for e in (*fact.evidence[:1], *new)))
    return BriefLine(f"{what}: {fact.text}", citations, (fact.id,))


def _new_dispute(fact: Fact, fresh: frozenset[str]) -> list[Evidence]:
    """The new reports that make a conflict of this fact: without them it would have fewer
    than two sides."""
    found: list[Evidence] = []
    for conflict in fact.conflicts:
        sides_before = sum(
            1 for side in conflict.sides if any(e.article_id not in fresh for e in side.evidence)
        )
        if sides_before < 2:
            found += [e for s in conflict.sides for e in s.evidence if e.article_id in fresh]
    return found
