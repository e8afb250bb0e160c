"""The positions matrix: actor x issue x stance, with evidence, dates, and changes of mind.

Claims say who demands, proposes, offers, accepts, rejects or threatens what. One issue is
reported in many wordings ("recognition of Crimea as Russian", "Washington's recognition of
Russia's 2014 occupation of Crimea"): wordings are grouped into issues across every actor (the
matrix's columns are shared, so two actors' positions on one issue meet in one column) when
their content words overlap enough (most of the shorter wording's, half of the longer's, and
two words unless one has a single word) and neither undoes what the other names ("end the
occupation of Crimea" is not "recognise the occupation of Crimea"), and each issue is
labelled by its most reported wording.
A stance an actor takes on an issue after holding another one there records what it replaced
("rejects, was: accepts"); two stances taken on the same day are both held, not a change.
A stance that rests only on someone else's word ("He said he thought Putin wants to make a
deal") says whose ("per Donald Trump"): a reader must not take one party's reading of another
for the other's own position.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from newsdesk.compose.dates import chronological_key, first_day
from newsdesk.model import Citation, Claim, Fact, Position

STANCE_OF = {
    "DEMAND": "demands",
    "PROPOSE": "proposes",
    "OFFER": "offers",
    "ACCEPT": "accepts",
    "REJECT": "rejects",
    "THREATEN": "threatens",
    "SUPPORT": "supports",
    "CONCEDE": "concedes",
}
# Two wordings are one issue when they share this share of the shorter one's content words and
# of the longer one's: "recognition of Crimea as Russian" meets "Washington's recognition of
# Russia's 2014 occupation of Crimea" (3 of 3, 3 of 5); "Varen valley" does not meet "send 300
# unarmed observers to the Varen valley" (2 of 5: a place is not an issue).
ISSUE_OVERLAP_SHORTER = 0.6
ISSUE_OVERLAP_LONGER = 0.5
# ... or this many shared content words, whatever the longer one's length ("return control of
# the Zaporizhzhia nuclear power plant" meets "leave the Zaporizhzhia power plant", 3 of 7).
ISSUE_SHARED_ENOUGH = 3
_WORD = re.compile(r"[^\W\d_]{3,}")
_NAME_WORDS = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")  # "Moscow's", "Vladimir Putin"
# ... and modal verbs: "could abandon the talks" is about abandoning them, as "abandon the talks"
_SKIP_TEXT = (
    "the and for with that this from into over their its his her them"
    " can could may might must shall should will would"
)
_SKIP = frozenset(_SKIP_TEXT.split())


@dataclass(slots=True)
class _Issue:
    counts: dict[str, int]  # each wording as reported -> its claims
    words: dict[str, set[str]]  # each wording -> its content words
    written: set[str] = field(default_factory=set)  # wordings an article wrote, not a machine
    names: dict[str, set[str]] = field(default_factory=dict)  # each wording -> its name words

    def label(self) -> str:
        """The most reported wording; on a tie one not machine-translated ("withdraw from
        Russia" garbles "return control of the plant"), then the one sharing most words with
        the others ("Varen valley" is in many wordings, but names none of them), then the
        shortest."""
        return max(
            self.counts,
            key=lambda w: (self.counts[w], w in self.written, self._shared(w), -len(w), w),
        )

    def _shared(self, wording: str) -> int:
        mine = self.words[wording]
        return sum(
            len(mine & words) * self.counts[other]
            for other, words in self.words.items()
            if other != wording
        )


def positions_of(
    claims: Sequence[Claim],
    names: Mapping[str, str],
    facts: Sequence[Fact] = (),
    translated: frozenset[str] = frozenset(),
    spellings: Mapping[str, str] | None = None,
    sides: Mapping[str, str] | None = None,
) -> list[Position]:
    """Positions of every actor, by actor then issue; within an issue, in the order taken.
    Claims that are the same fact of the story (`facts`: fuse aligned their sentences) are
    one issue however they are worded; `translated` articles' wordings label an issue last;
    a name in an issue is compared as the entity it spells (`spellings`: any spelling ->
    canonical name), so "leave Zaporožská power plant" meets "the Zaporizhzhia plant".
    `sides` (any spelling -> the state one acts for) tells whose word is the actor's own: a
    foreign minister's for the minister's state."""
    stated = [
        _with_its_act(c)
        for c in claims
        if c.action in STANCE_OF and c.actor and _stated(c) and _has_issue(c, names)
    ]
    by_actor_issue: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    issue_order: dict[str, int] = {}
    for issue, members in _issues(stated, _same_fact(stated, facts), translated, spellings):
        issue_order[issue] = len(issue_order)
        for claim in members:
            by_actor_issue[(_actor(claim, names), issue)].append(claim)
    _speak_for_their_state(by_actor_issue, sides or {})
    _one_word_said_in_full(by_actor_issue, spellings or {})
    positions: list[Position] = []
    voices = _Voices(names, sides or {})
    for actor, issue in sorted(by_actor_issue, key=lambda k: (k[0], issue_order[k[1]])):
        positions.extend(_positions(actor, issue, by_actor_issue[(actor, issue)], voices))
    return positions


def _speak_for_their_state(
    by_actor_issue: dict[tuple[str, str], list[Claim]], sides: Mapping[str, str]
) -> None:
    """A person who speaks for a state and takes the stance the state takes on an issue is
    that stance told once more ("Kestria demands that all Orvenian troops leave the valley",
    "Every Orvenian soldier must ...," Foreign Minister Vasylenko said): the state's row
    holds the person's claims. A stance of a person's own stays the person's."""
    for actor, issue in list(by_actor_issue):
        state = sides.get(actor.casefold())
        theirs = by_actor_issue.get((state, issue)) if state and state != actor else None
        if state is None or theirs is None:
            continue
        _move(by_actor_issue, (actor, issue), (state, issue), {_stance(c) for c in theirs})


def _one_word_said_in_full(
    by_actor_issue: dict[tuple[str, str], list[Claim]], spellings: Mapping[str, str]
) -> None:
    """ "Orvenia was offering the bridge in Aldmoor": an issue of one word that the same
    actor's one other issue of the same stance holds ("reopen the Brodnitsa bridge") is that
    issue said short; with two such issues it could be either, and stays apart."""
    for actor, issue in list(by_actor_issue):
        word = content_stems(issue, spellings)
        if len(word) != 1:
            continue
        for stance in {_stance(c) for c in by_actor_issue[(actor, issue)]}:
            fuller = [
                other
                for (who, other), claims in by_actor_issue.items()
                if who == actor
                and other != issue
                and word < content_stems(other, spellings)
                and any(_stance(c) == stance for c in claims)
            ]
            if len(fuller) == 1:
                _move(by_actor_issue, (actor, issue), (actor, fuller[0]), {stance})
            if (actor, issue) not in by_actor_issue:
                break


def _move(
    by_actor_issue: dict[tuple[str, str], list[Claim]],
    source: tuple[str, str],
    target: tuple[str, str],
    stances: set[str],
) -> None:
    """The source's claims of `stances` join the target; a source left empty goes."""
    mine = by_actor_issue[source]
    by_actor_issue[target].extend(c for c in mine if _stance(c) in stances)
    kept = [c for c in mine if _stance(c) not in stances]
    if kept:
        by_actor_issue[source] = kept
    else:
        del by_actor_issue[source]


def _stated(claim: Claim) -> bool:
    """A negated claim is a position only when its negation is one ("did not accept"); a
    conditional one is none ("agreeing would mean Putin would have to give up ...")."""
    if claim.modality == "conditional":
        return False
    return claim.modality != "negated" or claim.action in _FLIPPED


def _with_its_act(claim: Claim) -> Claim:
    """A concession's issue names what is given up by its verb: "would lift sanctions
    against Russia" concedes "lift sanctions against Russia", not "sanctions against
    Russia" (which would read as the opposite)."""
    act = claim.trigger.strip()
    if claim.action != "CONCEDE" or not act or act.casefold() in claim.issue.casefold():
        return claim
    return replace(claim, issue=f"{act} {claim.issue.strip()}")


def _has_issue(claim: Claim, names: Mapping[str, str]) -> bool:
    """An issue that is more than a name: "asking Moscow for few concessions" read as a
    demand of "Moscow" says whom, not what, and would gather every claim naming Moscow."""
    issue = claim.issue.strip().casefold()
    if not issue or (claim.target and issue == claim.target.casefold()):
        return False
    return issue not in names


_FLIPPED = {"ACCEPT": "REJECT", "SUPPORT": "REJECT", "OFFER": "REJECT"}


def _actor(claim: Claim, names: Mapping[str, str]) -> str:
    """The canonical name: a person's, else the state it is, else the actor as written."""
    return names.get(claim.actor.casefold()) or claim.actor


def _same_fact(claims: Sequence[Claim], facts: Sequence[Fact]) -> dict[int, tuple[str, str]]:
    """Each claim (by id()) -> (the fact its sentence is evidence of, its action), for claims
    that are the only one of their action in their sentence: a sentence with two demands
    would otherwise make their two issues one."""
    cited: dict[str, list[tuple[int, str]]] = defaultdict(list)  # article -> (start, fact)
    for fact in facts:
        for evidence in fact.evidence:
            cited[evidence.article_id].append((evidence.start, fact.id))
    for spans in cited.values():
        spans.sort()
    alone = Counter((c.article_id, c.start, c.action) for c in claims)
    keys: dict[int, tuple[str, str]] = {}
    for claim in claims:
        if alone[(claim.article_id, claim.start, claim.action)] != 1:
            continue
        spans = cited.get(claim.article_id, [])
        at = bisect_left(spans, (claim.start, ""))
        if at < len(spans) and spans[at][0] < claim.end:  # a span cited in its sentence
            keys[id(claim)] = (spans[at][1], claim.action)
    return keys


def _issues(
    claims: Sequence[Claim],
    same_fact: Mapping[int, tuple[str, str]] | None = None,
    translated: frozenset[str] = frozenset(),
    spellings: Mapping[str, str] | None = None,
) -> Iterable[tuple[str, list[Claim]]]:
    """The claims grouped by issue, in the order issues were first raised, each issue named by
    its most reported wording. A wording joins the issue of a claim of the same fact, else
    the first issue holding a wording like it (compared wording to wording: a union of words
    would swallow every short issue); a wording that is both joins the two issues ("exchange
    40 captured soldiers" and "exchange 40 prisoners" of one fact, "exchange prisoners" of
    another)."""
    same_fact = same_fact or {}
    issues: list[tuple[_Issue, list[Claim]]] = []
    fact_home: dict[tuple[str, str], tuple[_Issue, list[Claim]]] = {}
    for claim in sorted(claims, key=lambda c: (c.event_date or "", c.article_id, c.start)):
        words = content_stems(claim.issue, spellings or {})
        names = name_stems(claim.issue, spellings or {})
        wording = claim.issue.strip()
        key = same_fact.get(id(claim))
        home = fact_home.get(key) if key is not None else None
        alike = next((pair for pair in issues if _meets(pair[0], wording, words, names)), None)
        if home is not None and alike is not None and alike is not home:
            home = _joined(issues, fact_home, alike, home)
        home = home or alike
        if home is None:
            home = (_Issue({}, {}), [])
            issues.append(home)
        if key is not None:
            fact_home.setdefault(key, home)
        home[1].append(claim)
        home[0].counts[wording] = home[0].counts.get(wording, 0) + 1
        if claim.article_id not in translated:
            home[0].written.add(wording)
        home[0].words[wording] = words
        home[0].names[wording] = names
    for issue, members in issues:
        yield issue.label(), members


_Home = tuple[_Issue, list[Claim]]


def _joined(
    issues: list[_Home], fact_home: dict[tuple[str, str], _Home], one: _Home, other: _Home
) -> _Home:
    """The earlier raised of two issues, holding the other's wordings and claims too (issues
    are told apart by identity: two may hold alike wordings)."""
    order = {id(pair): at for at, pair in enumerate(issues)}
    first, second = sorted((one, other), key=lambda pair: order[id(pair)])
    kept, gone = first[0], second[0]
    for wording, count in gone.counts.items():
        kept.counts[wording] = kept.counts.get(wording, 0) + count
    kept.words.update(gone.words)
    kept.names.update(gone.names)
    kept.written |= gone.written
    first[1].extend(second[1])
    del issues[order[id(second)]]
    for key, home in fact_home.items():
        if home is second:
            fact_home[key] = first
    return first


def _meets(issue: _Issue, wording: str, words: set[str], names: set[str]) -> bool:
    """The same wording, or one like a wording of the issue (a wording of no content words,
    "it", meets only itself): by all their words, or by the words that are no names ("leave
    the valley" is "a full Orvenian withdrawal from the Varen valley": who and which valley
    the longer one adds do not make it another issue)."""
    if wording in issue.counts:
        return True
    undoes = _undoes(wording)
    return any(
        _undoes(other) == undoes
        and (
            _same_issue(known, words)
            or _same_issue(known - issue.names[other], words - names, plain=True)
        )
        for other, known in issue.words.items()
    )


# Verbs that undo what they name: "end the occupation of Crimea" is the opposite issue of
# "recognise the occupation of Crimea", "lift the sanctions" of "impose sanctions".
_UNDOING = frozenset(
    [
        "end",
        "ending",
        "stop",
        "stopping",
        "halt",
        "lift",
        "lifting",
        "reverse",
        "cancel",
        "scrap",
        "abandon",
        "renounce",
        "undo",
        "remove",
        "ease",
    ]
)


def _undoes(wording: str) -> bool:
    words = [w for w in wording.lower().split() if w not in _SKIP and w != "to"]
    return bool(words) and words[0] in _UNDOING


def content_stems(issue: str, spellings: Mapping[str, str] | None = None) -> set[str]:
    """The stems of a wording's content words, a name's as its entity's canonical name
    (issues here; the happenings a timeline groups, in the brief)."""
    spellings = spellings or {}
    found = set()
    for word in _WORD.findall(issue):
        canonical = spellings.get(word.casefold())
        found.update(_WORD.findall(canonical.lower()) if canonical else [word.lower()])
    return {_stem(w) for w in found - _SKIP}


def name_stems(issue: str, spellings: Mapping[str, str] | None = None) -> set[str]:
    """The stems of the wording's names: words a known entity spells, or capitalised past its
    first word ("Orvenian", "Varen" in "full Orvenian withdrawal from the Varen valley")."""
    spellings = spellings or {}
    found = set()
    for position, match in enumerate(_WORD.finditer(issue)):
        word = match.group()
        canonical = spellings.get(word.casefold())
        if canonical:
            found.update(_WORD.findall(canonical.lower()))
        elif position and word[:1].isupper():
            found.add(word.lower())
    return {_stem(w) for w in found - _SKIP}


def _stem(word: str) -> str:
    """Enough to meet "Russia"/"Russian", "recognise"/"recognition" by their first letters,
    once a plural or a verb's ending is off ("leaves", "leaving" and "leave" meet); an act
    named in other words is named once (`_SAME_ACT`)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for ending in ("ing", "ed", "e"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            word = word[: -len(ending)]
            break
    return _SAME_ACT.get(word[:6], word[:6])


# Acts an issue names in other words, by stem: leaving, a pullout or a retreat is a withdrawal
# ("leave the valley", "withdrawal from the valley"), a swap an exchange, a truce a ceasefire.
_SAME_ACT = {
    "leav": "withdr", "pullou": "withdr", "retrea": "withdr",
    "swap": "exchan", "swapp": "exchan", "truc": "ceasef", "armist": "ceasef",
}  # fmt: skip


def _same_issue(a: set[str], b: set[str], *, plain: bool = False) -> bool:
    """Enough of both wordings' content words are shared, and at least two when both have two
    ("prisoner exchange" is not "exchange of territory"). `plain`: words that are no names,
    which must then be two at least and most of the longer wording's too ("accept a peace
    deal" is not "accept Moscow's occupation of Crimea as a condition for peace")."""
    if not a or not b:
        return False
    shared = len(a & b)
    shorter, longer = sorted((len(a), len(b)))
    if shared < min(2, shorter) or shared / shorter < ISSUE_OVERLAP_SHORTER:
        return False
    if plain:  # without their names, two words at least, and most of both
        return shared >= 2 and shared / longer >= ISSUE_OVERLAP_SHORTER
    # three shared words name one thing however it is asked for; fewer must be most of the
    # longer wording too (a place named in an issue is not the issue)
    return shared >= ISSUE_SHARED_ENOUGH or shared / longer >= ISSUE_OVERLAP_LONGER


def _positions(actor: str, issue: str, claims: Sequence[Claim], voices: _Voices) -> list[Position]:
    """One position per stance, in the order first taken; a stance first taken after another
    was held (on an earlier day) records the one it replaced."""
    by_stance: dict[str, list[Claim]] = {}
    for claim in claims:
        by_stance.setdefault(_stance(claim), []).append(claim)
    ordered = sorted(by_stance.items(), key=lambda kv: (_first_date(kv[1]), kv[0]))
    replaced = _replaced(claims)
    return [
        Position(
            actor=actor,
            actor_name=actor,
            issue=issue,
            stance=stance,
            citations=tuple(dict.fromkeys(Citation(c.article_id, c.start, c.end) for c in members)),
            articles=tuple(dict.fromkeys(c.article_id for c in members)),
            dates=_dates(members),
            changed_from=replaced.get(stance),
            according_to=voices.according_to(actor, members),
            aimed_at=voices.aimed_at(actor, issue, members),
        )
        for stance, members in ordered
    ]


@dataclass(frozen=True, slots=True)
class _Voices:
    """Who a reporter is (`names`: any spelling -> person or state) and whom they speak for
    (`sides`: any spelling -> the state one acts for)."""

    names: Mapping[str, str]
    sides: Mapping[str, str]
    states: frozenset[str] = field(init=False)  # those someone acts for ("Kestria": its minister's)

    def __post_init__(self) -> None:
        object.__setattr__(self, "states", frozenset(self.sides.values()))

    def according_to(self, actor: str, claims: Sequence[Claim]) -> tuple[str, ...]:
        """Whose word a stance rests on when every claim of it is attributed to someone
        other than the actor and its side; nothing when any claim is the writer's own
        report or the actor's word (its foreign minister's for a state)."""
        others: dict[str, None] = {}
        for claim in claims:
            said = " ".join(claim.attribution.split()) if claim.attribution else ""
            who = self.names.get(said.casefold()) or said
            if not said or who == actor or self._on_the_side_of(said, actor):
                return ()
            others[_mid_sentence(who)] = None
        return tuple(others)

    def aimed_at(self, actor: str, issue: str, claims: Sequence[Claim]) -> tuple[str, ...]:
        """The parties the claims are aimed at (canonical names, first named first), but the
        actor and any party the issue's wording names already ("some concessions from
        Russia", "Moscow's occupation": Russia)."""
        named = {self._canonical(w) for w in _NAME_WORDS.findall(issue)}
        found: dict[str, None] = {}
        for claim in claims:
            target = self._party(claim.target) if claim.target else None
            if target is None or target == actor or target in named:
                continue
            if target.casefold() not in issue.casefold():
                found[target] = None
        return tuple(found)

    def _canonical(self, phrase: str) -> str:
        bare = _bare(phrase)
        return self.names.get(bare.casefold()) or bare

    def _party(self, written: str) -> str | None:
        """The person or state a target names as itself ("Putin": Vladimir Putin, "Russia"),
        when the corpus knows the state it acts for; not a place that is no party ("the
        Varen"), nor an adjective or a seat standing for one ("the Lisvanian capital",
        "Moscow"), which a claim takes for its target too often to show."""
        bare = _bare(written)
        canonical = self.names.get(bare.casefold())
        if canonical is None:
            return None
        if bare.casefold() not in self.sides and canonical not in self.states:
            return None  # a party acts for a state the corpus knows, or is one
        same = canonical.casefold() == bare.casefold()
        return canonical if same or canonical.split()[-1] == bare.split()[-1] else None

    def _on_the_side_of(self, said: str, actor: str) -> bool:
        side = self.sides.get(said.casefold())
        return side is not None and side in (actor, self.sides.get(actor.casefold()))


def _mid_sentence(phrase: str) -> str:
    """A description as it reads after "per": "Three people familiar with the talks" opened
    its sentence, "per three people familiar with the talks" does not; a name keeps its
    capital."""
    first, _, rest = phrase.partition(" ")
    if rest and first.casefold() in _OPENING_WORDS:
        return f"{first.casefold()} {rest}"
    return phrase


_OPENING_WORDS = frozenset(
    {"the", "a", "an", "some", "several", "many", "two", "three", "four", "five", "six", "seven",
     "eight", "nine", "ten"}
)  # fmt: skip


def _bare(phrase: str) -> str:
    """A name without its spacing and possessive: "Moscow's" -> "Moscow"."""
    return re.sub(r"['’]s$", "", " ".join(phrase.split()))


def _dates(claims: Sequence[Claim]) -> tuple[str, ...]:
    """When the stance was taken, as precisely as the text says ("2026-W11" stays a week), in
    time order."""
    return tuple(sorted({c.event_date for c in claims if c.event_date}, key=chronological_key))


def _replaced(claims: Sequence[Claim]) -> dict[str, str]:
    """Each stance -> the stance held on the latest earlier day than it was first taken (the
    most reported that day). Undated claims tell no order: they replace nothing."""
    by_day: dict[str, Counter[str]] = defaultdict(Counter)
    for claim in claims:
        if day := first_day(claim.event_date):
            by_day[day][_stance(claim)] += 1
    taken_on: dict[str, str] = {}  # stance -> the first day it was taken
    for day in sorted(by_day):
        for stance in by_day[day]:
            taken_on.setdefault(stance, day)
    replaced = {}
    for stance, day in taken_on.items():
        earlier = [d for d in by_day if d < day]
        if earlier:
            held = by_day[max(earlier)]
            replaced[stance] = min(held, key=lambda s: (-held[s], s))
    return replaced


def _stance(claim: Claim) -> str:
    """A negated acceptance is a rejection ("no leader would sign away the river")."""
    action = claim.action
    if claim.modality == "negated":
        action = _FLIPPED.get(action, action)
    return STANCE_OF.get(action, action.lower())


def _first_date(claims: Sequence[Claim]) -> str:
    return min((first_day(c.event_date) or "9999") for c in claims)
