"""Conflicts: reports of one story that cannot all be true.

- numbers: two counts of the same thing that no reading reconciles ("at least 12" and 14
  killed; "about 5,000" and "some 6,000" troops), while "at least 12" and 12 agree and
  "dozens" and 90 wounded agree; only figures of a sentence's main clause count (the toll in
  "a day after a strike that killed 12" belongs to the strike, not to the talks);
- stances: one actor offering or accepting something and rejecting it within days;
- dates: one happening (not a statement, which may be repeated) put on different days, one
  of them written out in full (two weekdays read against two publication dates disagree too
  easily to be trusted alone);
- disputes: one party blaming another while the other's account stands beside it;
- denials: a report and a passage that denies it (the stance detector, precision first).

Comparisons across facts are made within buckets (one counted thing of one event, one
actor), never over all pairs of a story's reports.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from newsdesk.fuse.stance import Stance
from newsdesk.fuse.terms import STOPWORDS
from newsdesk.fuse.units import SAID_BY, UNRESOLVED, Unit
from newsdesk.model import Quantity

# How far a qualified figure may stretch: (low factor, high factor) around the value.
_STRETCH = {
    "exact": (1.0, 1.0),
    "at least": (1.0, 1.0),  # a minimum toll is the reported figure
    "more than": (1.0, 1.1),
    "at most": (0.9, 1.0),
    "up to": (0.9, 1.0),
    "less than": (0.9, 1.0),
    "almost": (0.9, 1.0),
    "about": (0.95, 1.05),
}
_VAGUE = re.compile(r"^(?:dozens|scores|hundreds|thousands|millions)\b", re.IGNORECASE)
_VAGUE_SPAN = 4.15  # "dozens" is 24 to 99 and so on
# Positions one actor cannot hold on one issue at one time ("offer" is PROPOSE in the claim
# lexicon: Orvenia offering to reopen the bridge and refusing to).
OPPOSITE_ACTIONS = frozenset(
    {("ACCEPT", "REJECT"), ("SUPPORT", "REJECT"), ("OFFER", "REJECT"), ("PROPOSE", "REJECT")}
)
STANCE_DAYS = 3  # two positions this far apart are one time; further apart, a change of mind
_SAME_ISSUE = 0.4  # share of the shorter issue's words (or of the sentences' terms) in common
_SAME_COUNT_OVERLAP = 0.15  # share of terms two sentences reporting one count have in common


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a conflict, as units (the caller turns them into evidence)."""

    value: str
    units: tuple[int, ...]
    # whose side it is when one sentence carries both accounts (a dispute): the parties, not
    # the sentence's origin, which is one of them
    parties: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Found:
    kind: str  # number | stance | date | denial
    about: str
    sides: tuple[Side, ...]


Across = tuple[int, int, Found]  # (group, other group, conflict): both groups carry it


# --- numbers --------------------------------------------------------------------------------


def interval(quantity: Quantity) -> tuple[float, float]:
    """The values a reported figure allows: a figure in millions, billions or trillions is
    written to its last digit ("$1 trillion" is any sum that rounds to it, $1.2 trillion
    among them; "$1.2 trillion" is $1.15 to $1.25 trillion)."""
    if _VAGUE.match(quantity.text.strip()):
        return quantity.value, quantity.value * _VAGUE_SPAN
    low, high = _STRETCH.get(quantity.qualifier, (0.95, 1.05))
    low, high = quantity.value * low, quantity.value * high
    scaled = _SCALES.search(quantity.text) or _SCALES.match(quantity.counted)
    written = _MANTISSA.search(quantity.text)
    if scaled is None or written is None or not float(written[0]):
        return low, high
    digits = written[0].partition(".")[2]
    half = 0.5 * 10 ** -len(digits) * quantity.value / float(written[0])
    return min(low, quantity.value - half), max(high, quantity.value + half)


_SCALES = re.compile(r"\b(?:million|billion|trillion)\b", re.IGNORECASE)
_MANTISSA = re.compile(r"\d+(?:\.\d+)?")


# What is counted, in one word per thing: "troops" and "soldiers" are one count.
_COUNTED_AS = {
    "soldier": "troops", "troop": "troops", "servicemen": "troops", "serviceman": "troops",
    "fighter": "troops", "dead": "killed", "death": "killed", "deaths": "killed",
    "killed": "killed", "injured": "wounded", "wounded": "wounded", "hurt": "wounded",
    "casualty": "killed",
}  # fmt: skip


def counted_thing(quantity: Quantity) -> str:
    """ "women dead" -> "killed", "soldiers" -> "troops", "deaths per day" -> "killed per
    day": a rate is its own count ("1,500 deaths a day" is no toll to set against "651,690
    deaths")."""
    counted, _, period = quantity.counted.lower().partition(" per ")
    rate = f" per {period}" if period else ""
    words = counted.split()
    for word in words:
        bare = word.rstrip("s") if word.endswith("s") and len(word) > 4 else word
        if word in _COUNTED_AS or bare in _COUNTED_AS:
            return (_COUNTED_AS.get(word) or _COUNTED_AS[bare]) + rate
    return words[0] + rate if words else ""


def number_conflicts(units: Sequence[Unit], members: Sequence[int]) -> list[Found]:
    """Counts of one thing, among these units, that no reading reconciles."""
    by_thing: dict[str, list[tuple[int, Quantity]]] = defaultdict(list)
    for index in members:
        for quantity in units[index].quantities:
            if thing := counted_thing(quantity):
                by_thing[thing].append((index, quantity))
    found = []
    for thing, reports in sorted(by_thing.items()):
        sides = _disjoint_sides(reports)
        if len(sides) < 2 or _one_article_on_two_sides(units, sides):
            continue
        if _a_revision(units, sides):
            continue
        if not _opposite_moves(units, sides):
            found.append(Found("number", thing, tuple(sides)))
    return found


def _a_revision(units: Sequence[Unit], sides: Sequence[Side]) -> bool:
    """A figure said to be revised or the one first given ("sales sank by a revised 8.3%",
    "not as bad as the 8.7% initially reported"): two versions of one count, both true in
    their time."""
    return any(_REVISED.search(units[i].sentence) for side in sides for i in side.units)


_REVISED = re.compile(
    r"\b(?:revised|revision|initially|originally|preliminary|previously reported)\b",
    re.IGNORECASE,
)


def _opposite_moves(units: Sequence[Unit], sides: Sequence[Side]) -> bool:
    """One side's figure is a rise and another's a fall ("Dow futures were up more than 200
    points", "the Dow closed down over 1,400 points"): two movements, not two counts of
    one."""
    moves = [{_move(units[i].sentence) for i in side.units} - {None} for side in sides]
    return any(a == {"up"} for a in moves) and any(b == {"down"} for b in moves)


def _move(sentence: str) -> str | None:
    words = set(re.findall(r"[a-z]+", sentence.casefold()))
    up, down = bool(words & _RISE_WORDS), bool(words & _FALL_WORDS)
    return "up" if up and not down else "down" if down and not up else None


_RISE_WORDS = frozenset(
    {"up", "rose", "rise", "rises", "risen", "gained", "gains", "climbed", "jumped", "surged",
     "increased", "higher", "soared", "rallied"}
)  # fmt: skip
_FALL_WORDS = frozenset(
    {"down", "fell", "fall", "falls", "fallen", "lost", "dropped", "declined", "plunged",
     "tumbled", "decreased", "lower", "sank", "slid"}
)  # fmt: skip


def _one_article_on_two_sides(units: Sequence[Unit], sides: Sequence[Side]) -> bool:
    """An article giving both figures reports two counts ("6 feet before, 3 feet now"),
    not a disagreement between sources."""
    seen: set[str] = set()
    for side in sides:
        articles = {units[i].article_id for i in side.units}
        if articles & seen:
            return True
        seen |= articles
    return False


def cross_number_conflicts(units: Sequence[Unit], groups: Sequence[Sequence[int]]) -> list[Across]:
    """Counts of one thing in two facts of one event that name the same place or party and
    share much of their wording, when no reading reconciles them."""
    buckets: dict[tuple[str | None, str], list[tuple[int, int, Quantity]]] = defaultdict(list)
    for group, members in enumerate(groups):
        for index in members:
            for quantity in units[index].quantities:
                if thing := counted_thing(quantity):
                    buckets[(units[index].event_id, thing)].append((group, index, quantity))
    found = []
    for (_, thing), counts in sorted(buckets.items(), key=lambda item: str(item[0])):
        for (group_a, index_a, quantity_a), (group_b, index_b, quantity_b) in combinations(
            counts, 2
        ):
            if group_a == group_b or units[index_a].article_id == units[index_b].article_id:
                continue
            if not _about_the_same(units[index_a], units[index_b]):
                continue
            sides = _disjoint_sides([(index_a, quantity_a), (index_b, quantity_b)])
            if len(sides) > 1:
                found.append((group_a, group_b, Found("number", thing, tuple(sides))))
    return found


def _about_the_same(first: Unit, second: Unit) -> bool:
    if not (first.actors & second.actors):
        return False
    words_a, words_b = set(first.terms), set(second.terms)
    return len(words_a & words_b) / max(len(words_a | words_b), 1) >= _SAME_COUNT_OVERLAP


def _disjoint_sides(reports: Sequence[tuple[int, Quantity]]) -> list[Side]:
    """Reports grouped by figures that agree; two or more groups are a conflict."""
    ordered = sorted(reports, key=lambda r: interval(r[1]))
    groups: list[tuple[float, float, list[tuple[int, Quantity]]]] = []
    for index, quantity in ordered:
        low, high = interval(quantity)
        if groups and low <= groups[-1][1] * 1.0001:
            g_low, g_high, members = groups[-1]
            groups[-1] = (max(g_low, low), min(g_high, high), [*members, (index, quantity)])
        else:
            groups.append((low, high, [(index, quantity)]))
    return [
        Side(_figure(members), tuple(dict.fromkeys(i for i, _ in members)))
        for _low, _high, members in groups
    ]


def _figure(members: Sequence[tuple[int, Quantity]]) -> str:
    """How the side's figure was written, most often first ("at least 12")."""
    written: dict[str, int] = defaultdict(int)
    for _, quantity in members:
        qualifier = "" if quantity.qualifier == "exact" else f"{quantity.qualifier} "
        vague = _VAGUE.match(quantity.text.strip())
        written[quantity.text if vague else f"{qualifier}{quantity.text}".strip()] += 1
    return max(written, key=lambda k: (written[k], k))


# --- dates ----------------------------------------------------------------------------------


def date_conflicts(units: Sequence[Unit], members: Sequence[int]) -> list[Found]:
    """One happening put on different days by different articles, one of the days written
    out in full ("Tuesday, March 10" against "on Wednesday"). Statements and positions are
    no such happening: a leader who says on Wednesday and again on Thursday that Crimea will
    not be recognised repeats himself (the reports of each day are not in conflict)."""
    days: dict[str, list[int]] = defaultdict(list)
    for index in members:
        unit = units[index]
        if unit.kind != "event":
            continue
        if unit.date is not None and unit.date[1] == "day" and unit.date_trusted:
            days[unit.date[0]].append(index)
    if len(days) < 2 or len({units[i].article_id for i in members}) < 2:
        return []
    if not any(units[i].date_in_full for found in days.values() for i in found):
        return []
    sides = tuple(Side(day, tuple(found)) for day, found in sorted(days.items()))
    return [Found("date", "when it happened", sides)]


# --- stances --------------------------------------------------------------------------------


def stance_conflicts(units: Sequence[Unit], groups: Sequence[Sequence[int]]) -> list[Across]:
    """Pairs of groups (or one group twice) in which one actor takes opposite positions on
    one issue at one time: one conflict per pair of groups, each side all the reports of its
    position there. Only a refusal and an acceptance or offer of one actor are compared."""
    refusals: dict[str, list[tuple[int, int]]] = defaultdict(list)
    others: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for group, members in enumerate(groups):
        for index in members:
            side = stance_side(units[index])
            if side is not None:
                actor, refuses = side
                (refusals if refuses else others)[actor].append((group, index))
    sides: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
    for actor, refused in sorted(refusals.items()):
        for group_b, index_b in refused:
            for group_a, index_a in others.get(actor, ()):
                if not opposed(units[index_a], units[index_b]):
                    continue
                taken, refusing = sides.setdefault((group_a, group_b), ([], []))
                taken.append(index_a)
                refusing.append(index_b)
    return [_stance(units, pair, taken, refusing) for pair, (taken, refusing) in sides.items()]


def _stance(
    units: Sequence[Unit], pair: tuple[int, int], taken: list[int], refusing: list[int]
) -> Across:
    first, second = units[taken[0]], units[refusing[0]]
    claim = first.claim
    assert claim is not None
    found = Found(
        "stance",
        f"{claim.actor} on {claim.issue}",
        (
            Side(_position(first), tuple(dict.fromkeys(taken))),
            Side(_position(second), tuple(dict.fromkeys(refusing))),
        ),
    )
    return pair[0], pair[1], found


def opposed(first: Unit, second: Unit) -> bool:
    """Two articles' reports of one actor taking opposite positions on one issue at one
    time: an offer and its refusal are two facts, and together a conflict."""
    a, b = first.claim, second.claim
    if a is None or b is None or first.article_id == second.article_id:
        return False
    if (a.actor_state or a.actor).casefold() != (b.actor_state or b.actor).casefold():
        return False
    if not _near_in_time(first, second):
        return False
    if _word_overlap(a.issue, b.issue) < _SAME_ISSUE and (
        _two_issues(a.issue, b.issue) or _term_overlap(first, second) < _SAME_ISSUE
    ):
        return False
    actions = (_effective(a.action, a.modality), _effective(b.action, b.modality))
    return actions in OPPOSITE_ACTIONS or actions[::-1] in OPPOSITE_ACTIONS


def stance_side(unit: Unit) -> tuple[str, bool] | None:
    """(actor, refusing) for a unit whose claim can be one side of a stance conflict: a
    cheap first look, before `opposed` reads two units' issues and dates."""
    claim = unit.claim
    if claim is None:
        return None
    action = _effective(claim.action, claim.modality)
    if action != "REJECT" and not any(action in pair for pair in OPPOSITE_ACTIONS):
        return None
    return (claim.actor_state or claim.actor).casefold(), action == "REJECT"


def _effective(action: str, modality: str) -> str:
    """A negated acceptance or offer is a rejection ("no leader would sign away the river")."""
    if modality == "negated" and action in ("ACCEPT", "SUPPORT", "OFFER", "PROPOSE", "CONCEDE"):
        return "REJECT"
    return action


def _position(unit: Unit) -> str:
    claim = unit.claim
    assert claim is not None
    return f"{_effective(claim.action, claim.modality)} ({claim.trigger})"


def _word_overlap(a: str, b: str) -> float:
    """The issues' shared words that are no function words ("the river" is not "a ceasefire
    along the river"), as a share of the shorter one's."""
    words_a, words_b = _issue_words(a), _issue_words(b)
    if not words_a or not words_b:
        return 0.0
    shared, shorter = len(words_a & words_b), min(len(words_a), len(words_b))
    if shared < min(2, shorter):
        return 0.0  # one word in common ("the river") is a place or a thing, not the issue
    return shared / shorter


def _two_issues(a: str, b: str) -> bool:
    """Two issues each read in two words or more that share none are two issues, however
    much their sentences share: Manchin supporting "a $1.2 trillion infrastructure bill" and
    refusing to "back a massive social welfare spending package" take no opposite sides."""
    words_a, words_b = _issue_words(a), _issue_words(b)
    return min(len(words_a), len(words_b)) >= 2 and not words_a & words_b


def _issue_words(issue: str) -> set[str]:
    return set(issue.lower().split()) - STOPWORDS


def _term_overlap(first: Unit, second: Unit) -> float:
    """The sentences' shared terms (their actor's aside), as a share of the shorter one's:
    an issue phrase read badly ("reported by the daily") still leaves the words of the offer."""
    actors = {f"@{a}" for a in first.actors | second.actors}
    words_a, words_b = set(first.terms) - actors, set(second.terms) - actors
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / min(len(words_a), len(words_b))


def _near_in_time(first: Unit, second: Unit) -> bool:
    days = [u.date[0] if u.date and u.date[1] == "day" else u.published for u in (first, second)]
    if not all(days):
        return True
    try:
        a, b = (date.fromisoformat(d[:10]) for d in days if d)
    except ValueError:
        return True
    return abs((a - b).days) <= STANCE_DAYS


# --- disputes and denials -------------------------------------------------------------------


def disputes(units: Sequence[Unit], members: Sequence[int]) -> list[Found]:
    """Reports in which one party blames another and the other's account stands beside it:
    the sources disagree about what happened."""
    found = []
    for index in members:
        dispute = units[index].dispute
        if dispute is not None:
            accuser, accused = dispute
            sides = (
                Side(f"{accuser}'s account", (index,), (accuser,)),
                Side(f"{accused}'s account", (index,), (accused,)),
            )
            found.append(Found("denial", f"{accuser} blames {accused}", sides))
            break  # one dispute per fact: its reports all carry the same one
    return found


# What denying grants no one: "denied unanimous consent to a bill" refuses, it calls no
# report untrue
_REFUSED = r"(?:consent|access|entry|permission|bail|request|visas?|service|funding)\b"
# Words that say a report is untrue (not that a demand is refused: "Orvenia rejected the
# demand" is a position, a fact of its own, and no denial of the demand being made).
_UNTRUE = re.compile(
    r"\b(?:den(?:y|ies|ied|ial)(?!\s+(?:\w+\s+)?" + _REFUSED + r")|false(?:ly)?|untrue|"
    r"refut(?:e|es|ed)|baseless|unfounded|fabricat(?:e|ed|ion)|hoax|debunk(?:ed)?|"
    r"incorrect|not true|no evidence)\b",
    re.IGNORECASE,
)


def _same_speaker(first: Unit, second: Unit) -> bool:
    """Both reports give one named speaker's word: no one denies their own account ("Barr
    rejected Trump's unfounded claims, saying he would appoint no special counsel")."""
    a, b = first.origin, second.origin
    if a is None or b is None or a.kind != SAID_BY or b.kind != SAID_BY:
        return False
    return a.counted_as != UNRESOLVED and a.counted_as == b.counted_as


def denials(
    units: Sequence[Unit],
    members: Sequence[int],
    best: int,
    judge: Callable[[Sequence[tuple[str, str]]], Sequence[Stance]],
) -> list[Found]:
    """Members that deny what the best report says: another article's sentence, not a copy
    of it, that says the report is untrue and that the stance detector reads as disagreeing
    (precision first: a false conflict misleads more than a missed one)."""
    plain = " ".join(units[best].sentence.split()).casefold()
    others = [
        i
        for i in members
        if units[i].article_id != units[best].article_id
        and " ".join(units[i].sentence.split()).casefold() != plain
        and _UNTRUE.search(units[i].sentence)
    ]
    if not others:
        return []
    verdicts = judge([(units[best].sentence, units[i].sentence) for i in others])
    denying = tuple(
        i
        for i, v in zip(others, verdicts, strict=True)
        if v.label == "disagree" and not _same_speaker(units[best], units[i])
    )
    if not denying:
        return []
    agreeing = tuple(i for i in members if i not in denying)
    sides = (Side("reported", agreeing), Side("denied", denying))
    return [Found("denial", units[best].sentence[:80], sides)]
