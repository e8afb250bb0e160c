"""Fuse: the facts of a story: aligned reports, their independent origins, corroboration and
conflicts.

    facts = fuse_story(story_id, [StoryArticle(...), ...], settings.fuse)

1. units      each article's reporting sentences, with entities, numbers, dates, origin
              (units.py; their terms weighed by clause from the parse, terms.py)
2. align      the units of different articles that report the same thing, grouped
              (align.py: words and meaning, then average linkage)
3. facts      each group as one fact: its best sentence (cited), evidence per article,
              independent origins (copies collapse, one origin per outlet, parties apart,
              one name written two ways counted once: names.py)
4. conflicts  numbers, stances, dates that disagree, disputes and denials (conflicts.py)
5. flags      anachronisms, translation-only evidence, a single anonymous origin, restated
6. status     contested, corroborated (two or more independent origins), single source

What the pipeline passes decides how far this goes: with each article's parse (`tokens`)
words are weighed by clause and speakers read from the main verb; without it every word
counts the same and speakers come from quotes only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from newsdesk.config import FuseSettings
from newsdesk.fuse.align import Similarity, align, centrality
from newsdesk.fuse.conflicts import (
    Found,
    cross_number_conflicts,
    date_conflicts,
    denials,
    disputes,
    number_conflicts,
    stance_conflicts,
)
from newsdesk.fuse.names import (
    StateOf,
    government_of,
    office_alone,
    one_of_joined,
    one_office_shortened,
    proper_names,
    same_body,
    same_body_of_a_state,
    same_department,
    same_medium,
    same_origin_name,
    state_collective,
    state_of_body,
    unowned_body,
)
from newsdesk.fuse.offices import OfficeTable, anachronisms, load_offices, office_table
from newsdesk.fuse.stance import stances
from newsdesk.fuse.terms import ClauseWeights
from newsdesk.fuse.units import (
    SAID_BY,
    UNKNOWN,
    UNRESOLVED,
    SentenceOrigin,
    StoryArticle,
    Unit,
    article_units,
    media_names,
)
from newsdesk.gazetteer import Gazetteer, load_gazetteer
from newsdesk.model import (
    Conflict,
    ConflictSide,
    Evidence,
    Fact,
    FactOrigin,
    content_id,
)
from newsdesk.parse import CLOSING_QUOTES, OPENING_QUOTES, quotation_unbalanced
from newsdesk.referents import persons_side_owner

__all__ = ["SentenceOrigin", "StoryArticle", "fuse_story"]

Served = Callable[[str], str | None]  # a person's full name -> the state they lead, or None
_COPY_SIMILARITY_WORDS = 0.9  # share of words two sentences share to be one copied sentence


def fuse_story(
    story_id: str,
    articles: Sequence[StoryArticle],
    settings: FuseSettings,
    offices: OfficeTable | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Fact]:
    """The facts of one story, most independently sourced first. The gazetteer (the shipped
    one unless given, with the user's entries) says which state a body's name belongs to."""
    if offices is None:  # the gazetteer's states qualify office titles too
        user_file = settings.offices_file or None
        offices = office_table(user_file, gazetteer) if gazetteer else load_offices(user_file)
    names = gazetteer or load_gazetteer()
    media = media_names(a.article.outlet for a in articles)
    weights = ClauseWeights(settings.background_weight, settings.frame_weight)
    units = [
        unit
        for item in sorted(articles, key=lambda a: a.seen)
        for unit in article_units(item, weights, media)
    ]
    similarity = Similarity.of(units, settings) if units else None
    groups = [g for g in align(units, settings, similarity) if g]
    bests = [_best(units, group, similarity) for group in groups]
    facts = [
        _fact(story_id, units, g, best, names, offices)
        for g, best in zip(groups, bests, strict=True)
    ]
    facts = _with_conflicts(facts, units, groups, bests, settings)
    facts = _with_flags(facts, articles, settings, offices)
    facts = [replace(f, status=_status(f)) for f in facts]
    return sorted(facts, key=lambda f: (-f.independent_sources, -len(f.article_ids), f.id))


# --- 3. one fact per group -------------------------------------------------------------------


def _fact(
    story_id: str,
    units: Sequence[Unit],
    group: Sequence[int],
    best: int,
    names: Gazetteer,
    offices: OfficeTable | None = None,
) -> Fact:
    chosen = _one_per_article(units, group, best)
    evidence = tuple(_evidence(units[i]) for i in chosen)
    origins = _origins(units, chosen, names, _served_by(units, chosen, offices))
    first = min(group, key=lambda i: (units[i].seen, units[i].index))
    date_value, precision = _date(units, group)
    return Fact(
        id=content_id(
            f"{units[first].article_id}:{units[first].start}:{units[first].end}".encode()
        ),
        story_id=story_id,
        event_id=_most_common(units[i].event_id for i in group),
        kind=_most_common(units[i].kind for i in group) or "event",
        text=_cited(units[best].sentence)[2],
        actors=_actors(units, group),
        event_date=date_value,
        event_date_precision=precision,
        article_ids=tuple(dict.fromkeys(units[i].article_id for i in chosen)),
        evidence=evidence,
        origins=origins,
        independent_sources=len(origins),
        status="single_source",
        first_reported=min((units[i].published or "" for i in group), default="") or None,
        background=tuple(b for i in chosen for b in units[i].background),
    )


# A fact this many reports carry is cited by the report the others are most alike (of two, the
# one sharing most of their words: two are equally alike each other).
CENTRAL_REPORTS = 3


def _best(units: Sequence[Unit], group: Sequence[int], similarity: Similarity | None) -> int:
    """The report to cite: from an original (not a copy, not a translation), a whole
    sentence (not a piece of a quote the splitter cut), the one the other reports are most
    alike, then the most shared words with the rest, then the first received."""
    shared = Counter(t for i in group for t in set(units[i].terms))
    central = (
        centrality(similarity, group)
        if similarity is not None and len(group) >= CENTRAL_REPORTS
        else {}
    )

    def rank(i: int) -> tuple[bool, bool, bool, float, float, int, int]:
        unit = units[i]
        common = sum(shared[t] - 1 for t in set(unit.terms)) / max(len(set(unit.terms)), 1)
        return (
            unit.copy_of is not None,
            unit.machine_translated,
            quotation_unbalanced(unit.sentence),  # a piece of a quote says not who speaks
            -round(central.get(i, 0.0), 2),
            -common,
            unit.seen,
            unit.index,
        )

    return min(group, key=rank)


def _one_per_article(units: Sequence[Unit], group: Sequence[int], best: int) -> list[int]:
    """The cited report first, then each other article's first report of the fact."""
    chosen: dict[str, int] = {units[best].article_id: best}
    for index in sorted(group, key=lambda i: (units[i].seen, units[i].index)):
        chosen.setdefault(units[index].article_id, index)
    return list(chosen.values())


def _cited(sentence: str) -> tuple[int, int, str]:
    """The part of a sentence a fact cites: without its edge spaces, and without the lone
    mark of a quotation the splitter cut ('"Not one company goes back over the river
    without guarantees.' cites 'Not one company ... guarantees.'), so a fact's text never
    opens or closes a quote it does not hold; a piece with another mark keeps them all, so
    a quote's marks are never paired wrongly; (start, end) within the sentence."""
    start = len(sentence) - len(sentence.lstrip())
    end = len(sentence.rstrip())
    body = sentence[start:end]
    if len(body) > 1 and sum(c in OPENING_QUOTES | CLOSING_QUOTES for c in body) == 1:
        if body[0] in OPENING_QUOTES:
            start = end - len(body[1:].lstrip())
        elif body[-1] in CLOSING_QUOTES:
            end -= 1
    return start, end, sentence[start:end]


def _evidence(unit: Unit) -> Evidence:
    first, last, _ = _cited(unit.sentence)
    start, end = unit.start + first, unit.start + last
    _key, name, kind = _origin_label(unit)
    name = _shown(unit, name)
    return Evidence(
        article_id=unit.article_id,
        start=start,
        end=end,
        sentence=unit.sentence,
        origin=name if kind == SAID_BY else _counted_name(unit),
        said_by=name if kind == SAID_BY else None,
        date=unit.date[0] if unit.date else None,
    )


def _shown(unit: Unit, name: str) -> str:
    """How a speaker is shown: by their entity's canonical name, one name across the story's
    spellings ("Zełenski", "Zelenskiy"), once the counting is done by the names as written."""
    origin = unit.origin
    if origin is None or origin.kind != SAID_BY or origin.counted_as == UNRESOLVED:
        return name
    return origin.shown or name


def _origin_label(unit: Unit) -> tuple[str, str, str]:
    """(key, name, kind) of the origin a unit rests on: the key is what is counted (an
    outlet's unnamed sources count as the outlet; a party by its canonical key)."""
    origin = unit.origin
    if origin is None:
        own = f"own reporting ({unit.article_id[:12]})"
        return own.casefold(), own, "reported_by"
    if origin.kind == SAID_BY and origin.counted_as == UNRESOLVED:
        # "he said" with no one to be: the reader sees an unnamed speaker, not "he"
        return UNRESOLVED, f"unnamed speaker ({origin.name})", SAID_BY
    if origin.kind == SAID_BY:
        return origin.counted_as.casefold(), _party_name(origin), SAID_BY
    name = origin.name if origin.kind == UNKNOWN else origin.counted_as
    return _fold(origin.counted_as), name, "reported_by"


def _party_name(origin: SentenceOrigin) -> str:
    """A party by its name; a person's own staff, office or campaign counted as the person
    by the person's entity name ("Rand Paul's Staff" is Rand Paul, whom another report
    names so), when the resolver tied it to the person (not "the Tennessee Governor's
    Office")."""
    if origin.shown and persons_side_owner(origin.name):
        return origin.shown
    return origin.name


def _counted_name(unit: Unit) -> str:
    origin = unit.origin
    return origin.counted_as if origin else f"own reporting ({unit.article_id[:12]})"


def _fold(name: str) -> str:
    words = " ".join(name.split()).casefold()
    return words[4:] if words.startswith("the ") else words


def _served_by(
    units: Sequence[Unit], chosen: Sequence[int], offices: OfficeTable | None
) -> Served | None:
    """Who serves which state when the fact was reported: its reports' earliest publication
    day, or any time when none is dated."""
    if offices is None:
        return None
    days = sorted(u.published[:10] for i in chosen if (u := units[i]).published)
    on = days[0] if days else None
    return lambda name: offices.state_served(name, on)


def _origins(
    units: Sequence[Unit],
    chosen: Sequence[int],
    names: Gazetteer,
    served: Served | None = None,
) -> tuple[FactOrigin, ...]:
    """Independent origins: a copy's report is its original's (a duplicate whose original
    is here, or a sentence copied word for word from another report here)."""
    carriers: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, tuple[str, str]] = {}
    shown: dict[str, str] = {}
    unnamed: set[str] = set()  # keys of an outlet's unnamed sources
    spokes: dict[str, str] = {}  # a spokesperson's key -> the body they speak for
    by_article = {units[i].article_id: i for i in chosen}
    counted_units = {}
    for index in chosen:
        unit = units[index]
        source = unit.copy_of if unit.copy_of in by_article else _copied_from(units, chosen, index)
        counted_units[index] = units[by_article[source]] if source is not None else unit
    labelled = {index: _origin_label(counted) for index, counted in counted_units.items()}
    speakers = {label[0]: label for label in labelled.values() if label[2] == SAID_BY}
    interviews = _interviews(counted_units.values(), speakers)
    for index, counted in counted_units.items():
        unit = units[index]
        key, name, kind = (
            _interviewed(counted, speakers)
            or interviews.get(labelled[index][0] if labelled[index][2] != SAID_BY else "")
            or labelled[index]
        )
        carriers[key].append(unit.article_id)
        labels.setdefault(key, (name, kind))
        shown.setdefault(key, _shown(counted, name) if kind == SAID_BY else name)
        accuser = counted.dispute[0] if counted.dispute and kind == SAID_BY else None
        if accuser:  # "Kestria blamed Orvenian artillery; Orvenia said ...": both speak
            carriers[accuser.casefold()].append(unit.article_id)
            labels.setdefault(accuser.casefold(), (accuser, SAID_BY))
            shown.setdefault(accuser.casefold(), accuser)
        if counted.origin is not None and counted.origin.kind == UNKNOWN:
            unnamed.add(key)
        if counted.origin is not None and counted.origin.speaks_for and kind == SAID_BY:
            spokes.setdefault(key, counted.origin.speaks_for)
    merged = _one_name_once(labels, unnamed, names, served, spokes)
    folded: dict[str, list[str]] = defaultdict(list)
    for key, found in carriers.items():
        folded[merged[key]] += found
    return tuple(
        FactOrigin(shown[key], labels[key][1], tuple(dict.fromkeys(found)))
        for key, found in folded.items()
    )


def _interviewed(
    unit: Unit, speakers: Mapping[str, tuple[str, str, str]]
) -> tuple[str, str, str] | None:
    """A medium's report of someone's words ("Lavrov said in an interview with CBS News")
    counts as that speaker when another report gives the same speaker's word: one party's
    word is one origin, whichever medium carried it."""
    origin = unit.origin
    if origin is None or origin.kind == SAID_BY or not unit.speaker:
        return None
    return speakers.get(unit.speaker.casefold())


def _interviews(
    units: Iterable[Unit], speakers: Mapping[str, tuple[str, str, str]]
) -> dict[str, tuple[str, str, str]]:
    """Each medium one report names as the carrier of a speaker's words -> that speaker: a
    report of the same fact through the same medium whose speaker the text leaves unnamed
    ("The head of Russian diplomacy ... said in an interview for CBS") is that speaker's
    word too, not the medium's own."""
    found: dict[str, tuple[str, str, str]] = {}
    for unit in units:
        speaker = _interviewed(unit, speakers)
        if speaker is not None:
            found.setdefault(_origin_label(unit)[0], speaker)
    return found


def _one_name_once(
    labels: dict[str, tuple[str, str]],
    unnamed: set[str],
    names: Gazetteer,
    served: Served | None = None,
    spokes: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Each origin key -> the key it is counted under: two origins of one kind whose names are
    one name written two ways ("CDC" and "the Centers for Disease Control and Prevention",
    "Trump" and "Donald Trump", "Vasylenko" and a garbled "Wasylenko", "Ukraine's" and "the
    Ukrainian emergency service") count once, as do a spokesperson or a head and their body
    (`spokes`: key -> the body) and a document and the owner it names; a speaker or sources
    left unnamed or named by an office alone ("the president said", "officials said", "the
    Ukrainian authorities said", "the president-elect of Iran said") are the one party that
    another report of the fact names, when it names only one (and, for a state's authorities,
    one of that state): a guess that can only lower the count, as an inflated count is the
    worse error."""
    state_of = names.state_of
    keys = list(labels)
    merged = {key: key for key in keys}
    for position, key in enumerate(keys):
        for earlier in keys[:position]:
            if _one_name(labels[key], labels[earlier], state_of):
                merged[key] = merged[earlier]
                break
    _one_government_once(labels, merged, state_of, served)
    _spokespeople_once(labels, merged, spokes or {}, state_of)
    _documents_of_named_once(labels, merged, unnamed)
    collectives = {
        key: state_collective(labels[key][0], state_of) for key in keys if labels[key][1] == SAID_BY
    }
    collectives = {key: state for key, state in collectives.items() if state is not None}
    # "the government said", "the administration said": a body no report says whose, as
    # unnamed as "officials said"
    # "the president-elect of Iran", "the 45th President": an office, whose holder another
    # report names
    bare = {
        k
        for k in keys
        if labels[k][1] == SAID_BY
        and (unowned_body(labels[k][0]) or office_alone(labels[k][0], names))
    }
    named = {
        merged[k]
        for k in keys
        if labels[k][1] == SAID_BY and k != UNRESOLVED and k not in collectives.keys() | bare
    }
    party = next(iter(named)) if len(named) == 1 else None
    offices = {merged[k] for k in bare if office_alone(labels[k][0], names)}
    if party is None and not named and UNRESOLVED in merged:
        # "officials said" beside "the state's attorney general announced"; shown by the
        # office when one is named ("the top commander said" beside "the top U.S. general
        # in the Middle East said")
        party = next(iter(offices)) if len(offices) == 1 else UNRESOLVED
    if party is None:
        return merged
    states = {state_of_body(labels[k][0], state_of) for k in keys if merged[k] == party}
    foldable = {UNRESOLVED} | unnamed | bare | {k for k, s in collectives.items() if s in states}
    for key in foldable & set(keys):
        if merged[key] == key and key != party:
            merged[key] = party
    return merged


def _documents_of_named_once(
    labels: Mapping[str, tuple[str, str]], merged: dict[str, str], unnamed: set[str]
) -> None:
    """A document the text leaves unnamed but whose owner it names ("according to a
    Washington Post-ABC News poll", "The Times story cites") is the word of that owner,
    when the owner is among the fact's origins."""
    if UNRESOLVED not in labels:
        return
    owners = proper_names(labels[UNRESOLVED][0])
    for key, (name, kind) in labels.items():
        if (
            key != UNRESOLVED
            and key not in unnamed
            and any(
                same_origin_name(o, name, person_or_party=False)
                or (kind != SAID_BY and same_medium(o, name))  # "The Times story": the paper's
                for o in owners
            )
        ):
            _fold_into(merged, merged[UNRESOLVED], merged[key])
            return


def _spokespeople_once(
    labels: Mapping[str, tuple[str, str]],
    merged: dict[str, str],
    spokes: Mapping[str, str],
    state_of: StateOf,
) -> None:
    """A spokesperson's or a head's word is the body's: "Taliban spokesman Zabihullah
    Mujahid said" and "the Taliban said" (or "a Taliban spokesperson said") are one origin,
    as are "EPA Administrator Andrew Wheeler" and "the EPA"; "White House press secretary
    Jen Psaki" speaks for the state the White House is the government of."""
    for key, body in spokes.items():
        government = government_of(body, state_of)
        for other, (name, _kind) in labels.items():
            if merged[other] == merged[key]:
                continue
            if same_origin_name(body, name) or (
                government is not None and government_of(name, state_of) == government
            ):
                _fold_into(merged, merged[key], merged[other])
                break


def _one_name(label: tuple[str, str], other_label: tuple[str, str], state_of: StateOf) -> bool:
    """Two origins under one name: of one kind, written two ways; or of two kinds, one name
    ("NBC News" that one report says told it and another that reported it)."""
    (name, kind), (other, other_kind) = label, other_label
    if kind != other_kind:
        return same_origin_name(name, other, person_or_party=False)
    if kind != SAID_BY:
        return same_origin_name(name, other, person_or_party=False) or same_medium(name, other)
    return (
        same_origin_name(name, other)
        or same_body(name, other, state_of)
        or same_body_of_a_state(name, other, state_of)
        or same_department(name, other, state_of)
        or one_of_joined(name, other)
        or one_office_shortened(name, other)
    )


def _one_government_once(
    labels: Mapping[str, tuple[str, str]],
    merged: dict[str, str],
    state_of: StateOf,
    served: Served | None = None,
) -> None:
    """A state and the bodies of its government speak for one party: "Orvenia said" and
    "the Orvenian ministry of defence said" are one origin, counted under the first; so do
    its leader and foreign minister of the day ("Lavrov said" beside "the Kremlin said"),
    when the state or a body of its government is among the fact's origins (two people are
    never folded into one party on their offices alone: rivals hold them in turn)."""
    first: dict[str, str] = {}
    officials: list[tuple[str, str]] = []
    for key, (name, kind) in labels.items():
        if kind != SAID_BY:
            continue
        state = government_of(name, state_of)
        if state is None:
            holder = served(name) if served is not None else None
            if holder is not None:
                officials.append((key, holder))
            continue
        _fold_into(merged, merged[key], first.setdefault(state, merged[key]))
    for key, state in officials:
        if state in first:
            _fold_into(merged, merged[key], first[state])


def _fold_into(merged: dict[str, str], root: str, party: str) -> None:
    if party != root:
        for other, counted in merged.items():
            if counted == root:
                merged[other] = party


def _copied_from(units: Sequence[Unit], chosen: Sequence[int], index: int) -> str | None:
    """Another report here, received earlier, that this one copies: the same sentence, or
    nearly all the same words in a long one."""
    unit = units[index]
    words = set(unit.terms)
    plain = _plain(unit.sentence)
    for other in sorted(chosen, key=lambda i: (units[i].seen, units[i].index)):
        candidate = units[other]
        if candidate.article_id == unit.article_id or candidate.seen >= unit.seen:
            continue
        if _plain(candidate.sentence) == plain:
            return candidate.article_id
        if len(words) < 8:
            continue
        same = len(words & set(candidate.terms)) / max(len(words | set(candidate.terms)), 1)
        if same >= _COPY_SIMILARITY_WORDS:
            return candidate.article_id
    return None


def _plain(sentence: str) -> str:
    """A sentence as copies share it: quotes straightened, spacing and case ignored."""
    table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
    return " ".join(sentence.translate(table).split()).casefold()


def _date(units: Sequence[Unit], group: Sequence[int]) -> tuple[str | None, str | None]:
    """The date most of its reports give, the most precise first."""
    dates: Counter[tuple[str, str]] = Counter(
        date for i in group if (date := units[i].date) is not None
    )
    if not dates:
        return None, None
    rank = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4}
    value, precision = min(dates, key=lambda d: (rank.get(d[1], 9), -dates[d], d[0]))
    return value, precision


def _actors(units: Sequence[Unit], group: Sequence[int]) -> tuple[str, ...]:
    counts = Counter(a for i in group for a in units[i].actors)
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))  # ties by name
    return tuple(a for a, _ in ranked[:8])


def _most_common(values: object) -> str | None:
    counts = Counter(v for v in values if v)  # type: ignore[attr-defined]
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None  # ties by value


# --- 4. conflicts ----------------------------------------------------------------------------


def _with_conflicts(
    facts: list[Fact],
    units: Sequence[Unit],
    groups: Sequence[Sequence[int]],
    bests: Sequence[int],
    settings: FuseSettings,
) -> list[Fact]:
    found: dict[int, list[Conflict]] = defaultdict(list)
    judge = (
        (
            lambda pairs: stances(
                pairs, disagree_min_p=settings.stance_disagree_min_p, known_related=True
            )
        )
        if settings.denials
        else None
    )
    for position, (group, best) in enumerate(zip(groups, bests, strict=True)):
        within = number_conflicts(units, group) + date_conflicts(units, group)
        within += disputes(units, group)
        if judge is not None and len(group) > 1:
            within += denials(units, group, best, judge)
        found[position] += [_conflict(c, units, facts[position]) for c in within]
    across = stance_conflicts(units, groups) + cross_number_conflicts(units, groups)
    for first, second, conflict in across:
        if first == second:
            found[first].append(_conflict(conflict, units, facts[first]))
            continue
        found[first].append(_conflict(conflict, units, facts[first], facts[second].id))
        found[second].append(_conflict(conflict, units, facts[second], facts[first].id))
    return [replace(f, conflicts=tuple(found[i])) for i, f in enumerate(facts)]


def _conflict(
    found: Found, units: Sequence[Unit], fact: Fact, other: str | None = None
) -> Conflict:
    sides = []
    for side in found.sides:
        evidence = tuple(_evidence(units[i]) for i in side.units)
        origins = side.parties or tuple(dict.fromkeys(e.origin for e in evidence))
        sides.append(ConflictSide(side.value, evidence, origins))
    return Conflict(found.kind, found.about, tuple(sides), other)


# --- 5. flags --------------------------------------------------------------------------------


def _with_flags(
    facts: list[Fact],
    articles: Sequence[StoryArticle],
    settings: FuseSettings,
    offices: OfficeTable,
) -> list[Fact]:
    by_id = {item.article.id: item for item in articles}
    flagged = _anachronisms(articles, offices, settings)
    result = []
    for fact in facts:
        flags = [
            reason
            for e in fact.evidence
            for start, end, reason in flagged.get(e.article_id, [])
            if e.start <= start < e.end
        ]
        if all(by_id[a].article.machine_translated for a in fact.article_ids if a in by_id):
            flags.append("translation only: every report of it is machine-translated")
        if len(fact.origins) == 1 and fact.origins[0].name.startswith("unnamed sources"):
            flags.append("single anonymous origin")
        if _restated(fact, settings.restated_days):
            flags.append("restated: it happened well before it was reported here")
        result.append(replace(fact, flags=tuple(dict.fromkeys(flags))))
    return result


def _anachronisms(
    articles: Sequence[StoryArticle], table: OfficeTable, settings: FuseSettings
) -> dict[str, list[tuple[int, int, str]]]:
    found: dict[str, list[tuple[int, int, str]]] = {}
    for item in articles:
        article = item.article
        if article.published and article.published_how != "inferred":
            flags = anachronisms(
                article.text,
                article.published,
                table=table,
                grace_days=settings.anachronism_grace_days,
                window_days=settings.anachronism_window_days,
            )
            found[article.id] = [(f.start, f.end, f"anachronism: {f.reason}") for f in flags]
    return found


def _restated(fact: Fact, days: int) -> bool:
    if fact.event_date_precision != "day" or not fact.event_date or not fact.first_reported:
        return False
    try:
        happened = date.fromisoformat(fact.event_date)
        reported = date.fromisoformat(fact.first_reported[:10])
    except ValueError:
        return False
    return (reported - happened).days > days


# --- 6. status -------------------------------------------------------------------------------


def _status(fact: Fact) -> str:
    if fact.conflicts:
        return "contested"
    return "corroborated" if fact.independent_sources >= 2 else "single_source"
