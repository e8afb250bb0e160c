"""Claims: an actor doing or wanting something, read from the dependency parse.

`find_claims(article_id, parsed, referents)` turns every trigger word (a verb, a phrasal
verb, a light verb with an action noun, or an action noun with its own actor: "a US
demand that ...") into a `model.Claim`: the actor (a person's full name or a state), a
PLOVER-style action type, the issue and target, the modality and who reports it. Pure:
it reads the parsed article (components="parse") and resolves who is who through the
article's `Referents`, never spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from newsdesk.extract.claims.actors import DESCRIBED, Actor, ActorReader, can_act, names_people
from newsdesk.extract.claims.issue import (
    POINTING_WORDS,
    IssueAndTarget,
    Phrase,
    apart_by_a_semicolon,
    core_phrase,
    issue_of_noun,
    issue_of_verb,
    named_after,
    noun_above,
    with_antecedent,
)
from newsdesk.extract.claims.lexicon import (
    ACCEPT,
    ACTED_ON_NOUNS,
    ACTION_TYPES,
    ASSAULT,
    COERCE,
    CONSULT,
    COOPERATE,
    DEMAND,
    DISAPPROVE,
    FUTURE_OR_MAYBE,
    HOSTILE_ACTS,
    INQUIRIES,
    NEEDS_ISSUE,
    NEGATED_BECOMES_REJECT,
    NOUNS,
    OBLIGATION,
    PROPOSE,
    PROTEST,
    REJECT,
    REPORTING_VERBS,
    SAYING_ONLY,
    SAYING_OR_KNOWING,
    STATEMENTS,
    SUPPORT,
    THREATEN,
)
from newsdesk.extract.claims.modality import (
    MODALITIES,
    denies_itself,
    heads_a_condition,
    in_question,
    inverted_condition,
    is_negated,
    modality_of,
    reporter_of,
    reporting_verb_above,
    verb_chain,
)
from newsdesk.extract.claims.reporting import attribution_of
from newsdesk.extract.claims.triggers import Trigger, find_triggers, verb_trigger
from newsdesk.model import PLACE_LABELS, Claim
from newsdesk.parse import ParsedArticle, first_found
from newsdesk.referents import (
    BODY_NOUNS,
    GROUP,
    GROUP_PRONOUNS,
    NAME_LABELS,
    ORGANISATION,
    PERSON,
    PERSON_PRONOUNS,
    PLACE,
    STATE,
    Referents,
)

__all__ = ["ACTION_TYPES", "MODALITIES", "find_claims"]

_PREDICTING = frozenset({"will", "would", "'ll", "’ll", "shall"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_MARKS = str.maketrans("", "", "\"“”‘’'")


def find_claims(article_id: str, parsed: ParsedArticle, referents: Referents) -> tuple[Claim, ...]:
    """Every claim in one article; offsets point into its clean text."""
    reader = ActorReader(parsed, referents)
    claims: dict[tuple[int, str], Claim] = {}
    for trigger in find_triggers(parsed):
        verb = trigger.verb if trigger.verb is not None else trigger.index
        if not trigger.nominal and _said_to_be_owed(parsed, verb):
            continue  # "Trump said the Justice Department should investigate": his demand
        claim = _claim(article_id, parsed, reader, trigger)
        if claim is not None:
            claims.setdefault((claim.trigger_start, claim.actor), claim)
    for verb, token in enumerate(parsed.tokens):
        said = _obliging_sayer(parsed, verb) if token.pos in ("VERB", "AUX") else None
        claim = _demand_said(article_id, parsed, reader, verb, *said) if said else None
        if claim is not None:
            claims.setdefault((claim.trigger_start, claim.actor), claim)
    found = [c for claim in claims.values() for c in _for_each_side(parsed, referents, claim)]
    return _named_back(parsed.text, found)


def _for_each_side(parsed: ParsedArticle, referents: Referents, claim: Claim) -> list[Claim]:
    """ "both sides had agreed to keep talking": one claim for each of the two parties last
    named together ("Kestria and Orvenia"); the claim as it is when no pair is in view."""
    phrase = " ".join(parsed.text[claim.actor_start : claim.actor_end].casefold().split())
    if phrase not in _BOTH_SIDES:
        return [claim]
    sides = referents.two_sides(claim.actor_start)
    if sides is None:
        return [claim]
    return [
        replace(claim, actor=side.name, actor_state=side.state)
        for side in sides
        if side.name != claim.target
    ]


_BOTH_SIDES = frozenset(
    f"{opening} {word}"
    for opening in ("both", "the two", "the", "two", "both the")
    for word in ("sides", "parties")
)


def _named_back(text: str, claims: list[Claim]) -> tuple[Claim, ...]:
    """ "Kestria demanded a full withdrawal. ... Orvenia rejected the demand": an issue
    that is "the demand" (the offer, the proposal) is the issue of the latest such claim
    the article made before it, with that claim's span (guideline: an issue is labelled on
    its antecedent); so is "the offer to both delegations" (whom it went to is not what).
    A quote that backs the claim just before it takes that claim's issue (`_restated`)."""
    ordered = sorted(claims, key=lambda c: c.trigger_start)
    found: list[Claim] = []
    for claim in ordered:
        if not claim.issue and claim.action in (REJECT, ACCEPT):
            asked = _asked_just_before(text, claim, found)
            if asked is None:
                continue  # refused or agreed to what? no claim
            claim = replace(
                claim, issue=asked.issue, issue_start=asked.issue_start, issue_end=asked.issue_end
            )
        kinds = _NAMED_BACK.get(_RECIPIENT.sub("", claim.issue).casefold())
        definite = _DEFINITE.search(text, max(0, claim.issue_start - 6), claim.issue_start)
        if not (kinds and definite):
            claim = _restated(text, claim, found)
        else:
            earlier = [
                c
                for c in found
                if c.action in kinds
                and c.issue.casefold() not in _NAMED_BACK
                and 0 < claim.issue_start - c.issue_end <= _NAMED_BACK_REACH
            ]
            if earlier:
                named = earlier[-1]
                claim = replace(
                    claim,
                    issue=named.issue,
                    issue_start=named.issue_start,
                    issue_end=named.issue_end,
                )
        found.append(claim)
    return tuple(found)


# "the demand", "the offer": what an article said was demanded or offered before.
_NAMED_BACK = {
    **dict.fromkeys(
        ("demand", "demands", "request", "ultimatum", "condition"), frozenset({DEMAND})
    ),
    **dict.fromkeys(("offer", "proposal", "proposals", "plan", "idea"), frozenset({PROPOSE})),
}
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.IGNORECASE)
_NAMED_BACK_REACH = 3000  # characters: a few paragraphs
# "made the offer to both delegations": whom it went to says nothing of what was offered
_RECIPIENT = re.compile(r"\s+(?:to|from)\s+(?:both|the|all|each|either|[A-Z])[^\n]*$")
_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}  # opening -> closing
_ANOTHER = re.compile(r"\b(?:also|too|as well|another|more)\b", re.IGNORECASE)


def _restated(text: str, claim: Claim, before: Sequence[Claim]) -> Claim:
    """ "Kestria demands that all Orvenian troops leave the valley. 'Every Orvenian soldier
    must be on the other side of the river ...,' Vasylenko told reporters": a direct quote
    opening the sentence right after a claim of the same side and action backs that claim
    (the lead reports it, the quote shows it in the speaker's words): its issue is the lead's."""
    sentence = text[claim.start : claim.end].lstrip()
    closing = _QUOTE_PAIRS.get(sentence[:1])
    if closing is None:
        return claim
    opened = claim.end - len(sentence)
    if closing in text[opened + 1 : claim.issue_end] or _ANOTHER.search(sentence):
        return claim  # the issue is outside the quotation, or something more is asked
    lead = next(
        (
            c
            for c in reversed(before)
            if c.action == claim.action
            and _just_before(text, c, claim)
            and _side(c) == _side(claim)
        ),
        None,
    )
    if lead is None or text[lead.start : lead.end].lstrip()[:1] in _QUOTE_PAIRS:
        return claim  # a quote after a quote may ask for something else
    return replace(claim, issue=lead.issue, issue_start=lead.issue_start, issue_end=lead.issue_end)


def _asked_just_before(text: str, claim: Claim, before: Sequence[Claim]) -> Claim | None:
    """The demand or proposal of another side in the same sentence as a refusal or an
    agreement that names nothing, or in the sentence right before it."""
    for asked in reversed(before):
        if asked.action not in (DEMAND, PROPOSE) or not asked.issue or asked.end > claim.end:
            continue
        if _side(asked) == _side(claim):
            continue
        same = asked.start == claim.start
        return asked if same or _just_before(text, asked, claim) else None
    return None


def _just_before(text: str, earlier: Claim, claim: Claim) -> bool:
    """Whether `earlier`'s sentence is the one right before `claim`'s."""
    return earlier.end <= claim.start and not text[earlier.end : claim.start].strip()


def _side(claim: Claim) -> str:
    return claim.actor_state or claim.actor


def _discredited(parsed: ParsedArticle, verb: int) -> bool:
    """What the writer says was claimed falsely ("falsely claimed that ...")."""
    above = reporting_verb_above(parsed, verb)
    if above is None:
        return False
    return any(parsed.lower(a) in _DISCREDITING for a in parsed.kids(above, "advmod"))


_DISCREDITING = frozenset(
    {"falsely", "wrongly", "baselessly", "erroneously", "mistakenly", "incorrectly", "untruly"}
)


def _reduced_passive(parsed: ParsedArticle, verb: int) -> bool:
    """A headline's passive without its auxiliary ("X Accused Of ...", "Y Slammed For ..."):
    a verb that needs an object, with none, followed at once by the preposition that says of
    what its subject is accused."""
    if parsed.lemma(verb) not in _ACCUSING or parsed.kid(verb, "dobj", "dative") is not None:
        return False
    after = verb + 1
    return after < len(parsed.tokens) and parsed.lower(after) in ("of", "for", "with", "over")


_ACCUSING = frozenset(
    {"accuse", "charge", "blame", "criticize", "criticise", "slam", "fault", "indict",
     "condemn", "denounce", "rebuke", "censure", "blast", "chastise", "scold"}
)  # fmt: skip
_OBLIGING = frozenset({"should", "must", "ought"})


def _said_to_be_owed(parsed: ParsedArticle, verb: int) -> bool:
    """An act someone says another must do: "should investigate", and the act under "has to"
    or "needs to" ("said Russia would have to make concessions": no concession made)."""
    if _obliging_sayer(parsed, verb) is not None:
        return True
    head = parsed.head(verb)
    return (
        head is not None
        and parsed.tokens[verb].dep == "xcomp"
        and _obliging_verb(parsed, head)
        and _obliging_sayer(parsed, head) is not None
    )


def _not_said(parsed: ParsedArticle, said: int) -> bool:
    """A saying refused or denied: "refused to say", "declined to say", "did not say"."""
    above = list(verb_chain(parsed, said))[1:]
    return is_negated(parsed, said) or any(parsed.lemma(v) in _REFUSING for v in above)


_REFUSING = frozenset({"refuse", "decline"})


def _obliging_verb(parsed: ParsedArticle, verb: int) -> bool:
    """ "have to" / "need to": a verb of obligation over the infinitive of the act owed (not
    "had to": what was necessary then, no demand now)."""
    if parsed.lower(verb) in ("had", "needed"):
        return False
    if any(parsed.lower(a) == "yet" for a in parsed.kids(verb, "advmod")):
        return False  # "the cash payout has yet to occur": not yet, no obligation
    if any(_do_with(parsed, x) for x in parsed.kids(verb, "xcomp")):
        return False  # "a lot will have to do with Israel": is about it, no obligation
    return parsed.lemma(verb) in _OBLIGING_VERBS and any(
        parsed.has_to(x) for x in parsed.kids(verb, "xcomp")
    )


_OBLIGING_VERBS = frozenset({"have", "need"})


def _do_with(parsed: ParsedArticle, verb: int) -> bool:
    return parsed.lemma(verb) == "do" and any(
        parsed.lower(p) == "with" for p in parsed.kids(verb, "prep")
    )


def _obliging_sayer(parsed: ParsedArticle, verb: int) -> tuple[int, int] | None:
    """(the modal, the sayer) when what must be done is someone's saying: "President Trump
    said that the Justice Department should investigate ..." (or "has to", "needs to") is
    Trump's demand, not an investigation (guideline 1, DEMAND: "X must / should")."""
    modal = next((a for a in parsed.kids(verb, "aux") if parsed.lower(a) in _OBLIGING), None)
    if modal is None and _obliging_verb(parsed, verb):
        modal = verb
    if modal is None or parsed.tokens[verb].dep != "ccomp":
        return None
    said = parsed.head(verb)
    if said is None or parsed.lemma(said) not in REPORTING_VERBS:
        return None
    sayer, subject = reporter_of(parsed, said), parsed.kid(verb, "nsubj")
    if sayer is None or subject is None or parsed.tokens[subject].pos == "PRON":
        return None  # "he should": perhaps the sayer himself, a pledge rather than a demand
    if inverted_condition(parsed, verb, _OBLIGING):
        return None  # "... to serve should the opportunity present itself": a condition
    if parsed.lemma(subject) in _VIEWS_HELD:
        return None  # "the notion that ... should sound an alarm": a judgment, no demand
    if parsed.lemma(verb) in _OUTCOMES:
        return None  # "says Trump should win the nomination": a forecast, nobody is asked
    if _counterfactual(parsed, verb):
        return None  # "Israel should have been one of the first": a judgment of the past
    return modal, sayer


def _demand_said(
    article_id: str, parsed: ParsedArticle, reader: ActorReader, verb: int, modal: int, sayer: int
) -> Claim | None:
    actor = reader.read(sayer)
    if actor is None or not can_act(parsed, actor) or in_question(parsed, verb):
        return None
    said = parsed.head(verb)
    if said is not None and _not_said(parsed, said):
        return None  # "refused to say that Jerusalem should be the capital": no demand
    token = parsed.tokens[modal]
    trigger = Trigger(modal, DEMAND, token.start, token.end, verb=verb)
    found = IssueAndTarget(core_phrase(parsed, verb, with_subject=True), parsed.kid(verb, "nsubj"))
    target = _target(parsed, reader, found, actor, DEMAND)
    modality = modality_of(parsed, said, False, False) if said is not None else "asserted"
    return _assemble(article_id, parsed, trigger, actor, DEMAND, modality, found, target, None)


def _claim(
    article_id: str, parsed: ParsedArticle, reader: ActorReader, trigger: Trigger
) -> Claim | None:
    actor = _actor(parsed, reader, trigger)
    if actor is None or not can_act(parsed, actor):
        return None  # a thing ("the strike", "the plan") or a place is no actor
    verb = trigger.verb if trigger.verb is not None else trigger.index
    if in_question(parsed, verb):
        return None  # "Asked if he would accept a deal ...": nobody claims anything
    if _counterfactual(parsed, verb):
        return None  # "he should not have accepted it": a judgment of what was done
    if _advised(parsed, trigger.index):
        return None  # "Trump may want to check his stats": the writer's advice to him
    if _the_writers_ought(parsed, reader, verb):
        return None  # "an act vile enough that the mayor should resign": nobody's act
    if _demanded(parsed, verb):
        return None  # "called for employers to offer paid leave": the demand is the claim
    if _talked_about(parsed, verb) or _denied_report(parsed, verb):
        return None  # "could lie about Turks invading Britain", "denied reports that he ..."
    if _discredited(parsed, verb):
        return None  # "activists falsely claimed that Trump urged ...": the writer denies it
    if not trigger.nominal and _reduced_passive(parsed, verb):
        return None  # "Hillary Clinton Accused Of Shocking Act": she is accused, not accusing
    action = _action_of(parsed, trigger, verb, _own_act_test(parsed, reader, actor))
    if action == DISAPPROVE and _attacked_a_place(parsed, reader, trigger):
        action = ASSAULT  # "Russia's attack on Kyiv" with Kyiv taken for a person
    if action is None or (action == CONSULT and _visited_at_home(parsed, reader, trigger, actor)):
        return None
    if action in _STANCES and (_an_electorate(parsed, actor) or _a_share_of(parsed, actor)):
        return None  # "voters in the area resoundingly rejecting Mr. Trump": a poll's finding
    if action == ASSAULT and _an_accidents_toll(parsed, verb):
        return None  # "a helicopter crashed near Sharm el-Sheikh, killing eight": no attack
    if action not in HOSTILE_ACTS and _an_act(parsed, actor):
        return None  # "every Joe Biden attack required a preamble": an act wants nothing
    # an action noun has its own actor ("Putin's demand for ... has not changed"): the verb
    # it hangs on says something of the demand, its negation is not the demand's
    negated = denies_itself(parsed, trigger.index) if trigger.nominal else is_negated(parsed, verb)
    if negated and heads_a_condition(parsed, verb):
        return None  # "if Trump did not withdraw, harm would come": a condition, no refusal
    flipped = negated and action in NEGATED_BECOMES_REJECT
    if flipped:
        action, negated = REJECT, False  # "would not cede territory": a rejection
    reporter = attribution_of(parsed, reader, verb, actor.name)
    found = (
        issue_of_noun(parsed, trigger.index)
        if trigger.nominal
        else issue_of_verb(parsed, verb, trigger.action)
    )
    found = with_antecedent(parsed, found, verb, action)
    if flipped and found.issue is not None and found.issue.text.lower() in POINTING_WORDS:
        return None  # "has not endorsed anyone": no stance on anything the text names
    if flipped:
        found = _with_refused_act(parsed, trigger, found)
    if found.issue is None and action in (REJECT, ACCEPT) and _objectless(parsed, trigger):
        # "Kestria had demanded a withdrawal; Orvenia had refused": what was asked just
        # before, or no claim (`_named_back` fills it or drops it)
        found = IssueAndTarget(Phrase(trigger.end, trigger.end, ""), found.target)
    if not _checkable(parsed, found, action):
        return None  # a want or a stance about nothing the text says is no claim to check
    if found.issue is None and _without_its_thing(parsed, trigger, action, found):
        return None
    if found.issue is not None and found.issue.text.casefold() == actor.name.casefold():
        return None  # "which the former Mrs. Trump backed away from" read as backing from her
    if _guessed_attacker_of_its_own(reader, actor, action, found):
        return None
    target = _target(parsed, reader, found, actor, action)
    if target is not None and not actor.resolved and target.name == actor.name:
        return None  # "they offer a promise that Ukraine ...": "they" read as Ukraine is a guess
    if _done_to_itself(parsed, reader, verb, found, target, actor):
        return None  # "said Trump is responsible ... and accused him": "him" is never the doer
    if target is not None and (_own_state(target, actor) or target.name == actor.name):
        target = None  # never the actor itself: "Clinton insists she will release ..."
    if target is not None and target.head == parsed.token_at(trigger.end - 1):
        target = None  # the trigger's own word is no one: "opened fire at a store"
    # "a police officer shot him ... in a Minneapolis suburb": the syntax says whom, one the
    # text does not name; the first name after the verb (the place) is no better guess
    unnamed = (
        found.target is not None
        and parsed.lower(found.target) in PERSON_PRONOUNS | GROUP_PRONOUNS
        and parsed.head(found.target) == verb
    )
    guessed = (
        None if target or unnamed else _guessed_target(parsed, reader, verb, trigger, actor, action)
    )
    guessed = None if _own_state(guessed, actor) else guessed
    if target is None and guessed is None and _whom_unread(found, action):
        return None  # "Pelosi praised him" with no one "him" is: whom, the claim cannot say
    claim = _assemble(
        article_id,
        parsed,
        trigger,
        actor,
        action,
        modality_of(parsed, verb, negated, reporter is not None),
        found,
        target or guessed,
        reporter,
    )
    # a target read from word order, not syntax, is a guess: say so in the confidence
    return replace(claim, confidence=round(claim.confidence - 0.1, 2)) if guessed else claim


def _whom_unread(found: IssueAndTarget, action: str) -> bool:
    """An issue that is only a pronoun for whom the act is aimed at, read as no one: no
    claim, but for force done to someone the article leaves unnamed ("a police officer
    shot him"), which is an event however unnamed its victim."""
    if found.issue is None or action in (ASSAULT, COERCE):
        return False
    return found.issue.text.lower() in PERSON_PRONOUNS | GROUP_PRONOUNS


def _objectless(parsed: ParsedArticle, trigger: Trigger) -> bool:
    """A verb that refuses or agrees without saying to what ("had refused.")."""
    if trigger.nominal:
        return False
    verb = trigger.verb if trigger.verb is not None else trigger.index
    said = ("dobj", "xcomp", "ccomp", "prep", "attr", "oprd", "dative", "nsubjpass", "advcl")
    # a clause hung on it across a semicolon is a sentence of its own, not what is refused
    objects = [k for k in parsed.kids(verb, *said) if not apart_by_a_semicolon(parsed, k, verb)]
    return not objects and parsed.tokens[verb].dep not in ("relcl", "acl")


def _with_refused_act(
    parsed: ParsedArticle, trigger: Trigger, found: IssueAndTarget
) -> IssueAndTarget:
    """A rejection read from a negated act says what is refused with its verb and its particle:
    "would not cede territory to Moscow" rejects "cede territory to Moscow", "would not sign
    away the river" rejects "sign away the river", not the territory or the river."""
    issue = found.issue
    if issue is None or trigger.nominal or issue.start <= trigger.end:
        return found
    between = parsed.text[trigger.end : issue.start].translate(_MARKS).split()
    particles = {parsed.lemma(k) for k in parsed.kids(trigger.index, "prt", "advmod")}
    if any(w.lower() not in ("a", "an", "the") and w.lower() not in particles for w in between):
        return found  # words between: the act and its object are not one phrase
    act = " ".join(parsed.text[trigger.start : issue.start].translate(_MARKS).split())
    return IssueAndTarget(Phrase(trigger.start, issue.end, f"{act} {issue.text}"), found.target)


def _guessed_attacker_of_its_own(
    reader: ActorReader, actor: Actor, action: str, found: IssueAndTarget
) -> bool:
    """An attacker read from a pronoun ("which his army has occupied") that would be
    attacking its own state's ground ("the Ukrainian ... plant"): the guess contradicts the
    text, and a wrong attacker is worse than none."""
    if actor.resolved or actor.state is None or action not in (ASSAULT, COERCE):
        return False
    words = found.issue.text.split() if found.issue is not None else []
    return any(reader.referents.state_of_word(w) == actor.state for w in words)


def _without_its_thing(
    parsed: ParsedArticle, trigger: Trigger, action: str, found: IssueAndTarget
) -> bool:
    """An act whose thing the text leaves out: a passive participle with its doer but not
    what it was done to ("a super PAC called Future45 funded by Paul Singer", parsed with
    "funded" hung on "called"), or taking part in nothing the text names ("unaffiliated
    voters could not participate"; "the FBI said it would cooperate" is a stance)."""
    if not trigger.nominal and parsed.kid(trigger.index, "agent") is not None:
        return True
    taking_part = parsed.lemma(trigger.index) == "participate"
    return action == COOPERATE and taking_part and found.target is None


def _checkable(parsed: ParsedArticle, found: IssueAndTarget, action: str) -> bool:
    """An issue the text gives, never a pronoun only ("rejected it"; "him" only when it is
    the target, read as a name; never "I", "me" or "you", the writer and the reader, nor a
    lone verb the parse left, "is"); an act that may have none ("protesters marched",
    "troops withdrew") may go without, a want or a stance may not ("Russia demands" what?)."""
    if found.issue is None:
        return action not in NEEDS_ISSUE
    text = found.issue.text.lower()
    if text in POINTING_WORDS or text in _SPEAKER_PRONOUNS:
        return False
    if text in _PRO_VERBS:
        return False  # "as his supporters have urged them to do": what, the text said before
    if action in (DEMAND, PROPOSE) and _names_a_person_only(parsed, found):
        return False  # "tried to press Warren on whether ...": whom, but no what
    if action == DEMAND and text.split()[0] in _FREE_RELATIVES:
        return False  # "whatever he might want to run for": no want the text names
    if action == DEMAND and text.startswith(_SOURCING):
        return False  # "asking for anonymity to speak freely": how a source talks, no demand
    if text in PERSON_PRONOUNS | GROUP_PRONOUNS:
        # "pressed him on the tariffs" asks, "promised them" offers: what, the text does not say
        return found.target is not None and action not in (DEMAND, PROPOSE)
    inside = parsed.covering(found.issue.start, found.issue.end)
    if not inside:
        return True
    if len(text.split()) == 1 and parsed.tokens[inside[0]].pos in {"AUX", "DET", "ADP", "PART"}:
        return False
    # "exactly what people want": an issue of pointing and adverbs says nothing
    return any(parsed.tokens[i].pos not in _HOLLOW_POS for i in inside)


_SPEAKER_PRONOUNS = frozenset({"i", "me", "you", "my", "your", "myself", "yourself"})
_SOURCING = ("anonymity", "not to be named", "not to be identified")
_PRO_VERBS = frozenset({"do", "do so", "do it", "do that", "do this", "so"})
_HOLLOW_POS = frozenset({"ADV", "PRON", "DET", "PART", "SCONJ", "PUNCT", "SPACE"})


_PERFECT = frozenset({"have"})  # "may have crossed": a guess at the past, no act to come


def _action_of(
    parsed: ParsedArticle, trigger: Trigger, verb: int, own: Callable[[int], bool]
) -> str | None:
    """The trigger's action, read again where its verb has two senses: a warning is a
    threat only of the speaker's own act (`own`: whether a clause's subject is the actor),
    else a demand ("the US needs to ...") or mere saying; a suggestion is a proposal only
    of something to do."""
    lemma = parsed.lemma(verb) if not trigger.nominal else ""
    if parsed.lemma(trigger.index) == "warning":
        # "issued a warning that it would not tolerate a coup" threatens; "issued a stark
        # warning to lawmakers, telling them ..." warns of a danger
        content = parsed.kid(trigger.index, "acl", "relcl", "ccomp")
        if content is None or not _has_aux(parsed, content, FUTURE_OR_MAYBE):
            return None
        subject = parsed.kid(content, "nsubj")
        pronoun = subject is not None and parsed.tokens[subject].pos == "PRON"
        return trigger.action if pronoun or own(content) else None
    clause = parsed.kid(verb, "ccomp")
    if lemma == "warn":
        if clause is None and parsed.kid(verb, "xcomp") is not None:
            # "warned the Fed not to act": urged someone; "warned to retaliate": a threat
            return DEMAND if parsed.kid(verb, "dobj") is not None else trigger.action
        if clause is None:
            return None
        if _has_aux(parsed, clause, _PERFECT):
            return None  # "warned these charges may have crossed the Rubicon": the past
        if _has_aux(parsed, clause, OBLIGATION):
            return DEMAND
        # "warned that Washington could abandon its efforts" (the US's own act) threatens;
        # "economists warn that the bank could undermine growth" foresees
        threat = _has_aux(parsed, clause, FUTURE_OR_MAYBE) and own(clause)
        return trigger.action if threat else None
    infinitive = parsed.kid(verb, "xcomp")
    if (
        trigger.action == REJECT
        and infinitive is not None
        and parsed.lemma(infinitive) in SAYING_ONLY
    ):
        return None  # "declined to comment": no act refused
    if trigger.action == REJECT and infinitive is not None and _grants_a_point(parsed, infinitive):
        return None  # "refused to concede that critics had a point": an argument, no act
    if lemma == "suggest" and clause is not None:
        if not _has_aux(parsed, clause, OBLIGATION | FUTURE_OR_MAYBE - _PREDICTING):
            return None  # "suggested that the judge would treat him unfairly": a prediction
        if not _has_aux(parsed, clause, OBLIGATION) and not own(clause):
            return None  # "they suggested Cruz could help turn out the base": a forecast
        if _has_aux(parsed, clause, _PERFECT):
            return None  # "suggested that it may have been a violation": a guess at the past
        # "suggest that they can back out of the negotiations": a hostile act of their own
        # they may take is a threat, not a proposal
        return THREATEN if _own_hostile_act(parsed, clause) else trigger.action
    if lemma in _PLEDGES and clause is not None and _how_things_are(parsed, clause):
        return None  # "pledged that Trump really is in favor of free trade": an assurance
    if lemma == "insist" and clause is not None and _own_future(parsed, clause):
        return PROPOSE  # "insists she will release the transcripts": a pledge
    if lemma == "insist" and clause is not None and _its_own_terms(parsed, clause):
        return trigger.action
    if lemma == "insist" and clause is not None and not _wanted(parsed, clause):
        # "insists Sanders is mounting a phony attack", "insist that Trump will exceed
        # expectations": an assertion or a forecast
        return None
    if lemma == "discuss" and (clause is not None or _about_how(parsed, verb)):
        return None  # "discussed how he had placed a note card": a telling, no meeting
    if (
        trigger.action == DEMAND
        and lemma in ("want", "seek", "demand", "ask")
        and infinitive is not None
        and parsed.lemma(infinitive) in SAYING_OR_KNOWING
    ):
        return None  # "wants to argue that ...": words, not a demand
    return trigger.action


_PLEDGES = frozenset({"pledge", "promise", "vow", "swear"})


def _how_things_are(parsed: ParsedArticle, clause: int) -> bool:
    """A clause saying what is, not what will be done: "that Trump really is in favor"."""
    if parsed.lemma(clause) != "be":
        return False
    return not _has_aux(parsed, clause, OBLIGATION | FUTURE_OR_MAYBE)


def _the_writers_ought(parsed: ParsedArticle, reader: ActorReader, verb: int) -> bool:
    """ "should" in the writer's own words, neither quoted nor reported: what the writer
    thinks someone ought to do, which they have not done ("should the region proceed" is a
    condition, read elsewhere)."""
    chain = list(verb_chain(parsed, verb))
    helpers = [parsed.lower(a) for v in chain for a in parsed.kids(v, "aux")]
    ought = any(word in ("should", "ought") for word in helpers)
    if not ought or any(inverted_condition(parsed, v) for v in chain):
        return False
    return not reader.quoted(verb) and reporting_verb_above(parsed, verb) is None


def _advised(parsed: ParsedArticle, trigger: int) -> bool:
    """ "may want to", "might want to": advice given to the subject, no wish of theirs."""
    if parsed.lemma(trigger) != "want" or parsed.kid(trigger, "xcomp") is None:
        return False
    return any(parsed.lower(a) in ("may", "might") for a in parsed.kids(trigger, "aux"))


def _counterfactual(parsed: ParsedArticle, verb: int) -> bool:
    """A modal with "have" ("should not have accepted", "would have funded"): what was
    not done, or a judgment of what was, never the act as it happened."""
    for head in verb_chain(parsed, verb):  # "would have been able to kill": the chain's
        above = {parsed.lower(a) for a in parsed.kids(head, "aux")}
        if "have" in above and bool(above & (OBLIGATION | FUTURE_OR_MAYBE)):
            return True
    auxiliaries = {parsed.lower(a) for a in parsed.kids(verb, "aux")}
    # "could have accomplished more if only he'd fought harder": the if of an unreal past;
    # "it would have been cool had Clinton congratulated him": the same without its "if"
    marks = {parsed.lower(m) for m in parsed.kids(verb, "mark")}
    if "if" in marks and bool(auxiliaries & {"had", "'d", "’d"}):
        return True
    return inverted_condition(parsed, verb, _HAD)


_HAD = frozenset({"had"})


# What befalls someone rather than what they can be asked to do: "should win", "must lose".
_OUTCOMES = frozenset(
    {"win", "lose", "prevail", "succeed", "fail", "happen", "survive", "finish", "triumph"}
)  # fmt: skip
# Propositions, not parties: what they "should" do is the writer's judgment of them.
_VIEWS_HELD = frozenset(
    {"notion", "idea", "fact", "thought", "possibility", "prospect", "news", "view",
     "argument", "claim", "suggestion", "perception", "belief"}
)  # fmt: skip


def _names_a_person_only(parsed: ParsedArticle, found: IssueAndTarget) -> bool:
    issue = found.issue
    if issue is None:
        return False
    mention = parsed.mention_at(parsed.token_at(issue.start) or 0, frozenset({"PERSON"}))
    return mention is not None and mention.start <= issue.start and issue.end <= mention.end


_FREE_RELATIVES = frozenset({"whatever", "whoever", "whichever", "whomever", "wherever"})


def _grants_a_point(parsed: ParsedArticle, verb: int) -> bool:
    """ "concede that critics had a point", "admit that ...": a point granted in talk."""
    if parsed.lemma(verb) not in ("concede", "admit", "acknowledge", "grant"):
        return False
    clause = parsed.kid(verb, "ccomp")
    marks = parsed.kids(clause, "mark") if clause is not None else []
    return any(parsed.lower(m) == "that" for m in marks)


def _own_act_test(
    parsed: ParsedArticle, reader: ActorReader, actor: Actor
) -> Callable[[int], bool]:
    """Whether a clause's subject is the actor: itself, a pronoun (most often the one who
    says it), or a party of the actor's own state ("Trump warned that Washington could")."""

    def own(clause: int) -> bool:
        if parsed.kid(clause, "csubj") is not None:
            return False  # "warned that the plan the White House outlined might not be ..."
        subject = parsed.kid(clause, "nsubj", "nsubjpass")
        if subject is not None and parsed.lower(subject) in _DEMONSTRATIVES:
            return False  # "suggested that this might be seen as condescending": a thing
        if subject is not None and _dummy_it(parsed, clause, subject):
            return False  # "warned that it would take months for the measures to work"
        if subject is not None and parsed.lower(subject) in PERSON_PRONOUNS:
            return _one_person(parsed, actor)  # "his medical team warned that he may not be"
        if subject is None or parsed.lower(subject) in GROUP_PRONOUNS:
            return True
        doer = reader.read(subject)
        if doer is None:
            return False
        same_state = doer.state is not None and doer.state == actor.state
        return same_state or doer.name == actor.name

    return own


def _one_person(parsed: ParsedArticle, actor: Actor) -> bool:
    """Whether "he" or "she" may stand for the actor: a person or a description of one ("the
    president"), never a state, an organisation, a group ("his medical team") or people."""
    if actor.kind in (STATE, ORGANISATION, GROUP):
        return False
    head = actor.head
    if head is None or actor.kind == PERSON:
        return True
    return not parsed.is_plural_noun(head) and parsed.lemma(head) not in BODY_NOUNS | _GROUP_NOUNS


_GROUP_NOUNS = frozenset({"team", "staff", "family", "crew", "campaign", "delegation", "side"})


def _dummy_it(parsed: ParsedArticle, clause: int, subject: int) -> bool:
    """ "it" that stands for the clause after it ("it would take months for the measures to
    work", "it is important to act"): no one."""
    if parsed.lower(subject) != "it":
        return False
    later = [c for c in parsed.kids(clause, "advcl", "xcomp", "ccomp") if c > subject]
    return any(parsed.has_to(c) for c in later)


def _demanded(parsed: ParsedArticle, verb: int) -> bool:
    """An act inside what someone demands, urges or wants ("Biden called for employers to
    offer paid time off", "urged Orvenia to withdraw"): not done, the demand's issue."""
    node = verb
    for _ in range(4):
        head = parsed.head(node)
        dep = parsed.tokens[node].dep
        if head is None or dep not in ("xcomp", "ccomp", "pcomp", "pobj", "conj", "advcl"):
            return False
        asked_for = dep == "advcl" and any(
            parsed.lower(m) == "for" for m in parsed.kids(node, "mark")
        )
        if dep == "advcl" and _asked_of_someone(parsed, head, node):
            return True  # "pressed the governor on Monday to guarantee that he will allow"
        if dep == "advcl" and not asked_for:
            return False  # "..., after Russia attacked": an act of its own
        if asked_for and parsed.lemma(head) in _ASKING_FOR:
            return True  # "called on Tuesday for employers to set up clinics"
        if dep == "xcomp" and parsed.lemma(head) in _CHALLENGING:
            return True  # "Wallace challenged Trump to condemn white supremacists"
        wanting = verb_trigger(parsed, head) if dep != "conj" else None
        if wanting is not None and wanting.action == DEMAND:
            return True
        node = head
    return False


def _asked_of_someone(parsed: ParsedArticle, head: int, clause: int) -> bool:
    """An infinitive the parse hangs on a demand as an adverbial clause, when the demand has
    someone it is made of ("pressed the governor on Monday to guarantee ..."): what is
    demanded of them, as with "urged Orvenia to withdraw"."""
    if not parsed.has_to(clause):
        return False
    if parsed.kid(head, "dobj") is None:
        return False
    asking = verb_trigger(parsed, head)
    return asking is not None and asking.action == DEMAND


def _talked_about(parsed: ParsedArticle, verb: int) -> bool:
    """An act a sentence talks about ("lie about Turks invading Britain", "worried about
    Russia attacking"): not said to have happened."""
    head = parsed.head(verb)
    return parsed.tokens[verb].dep == "pcomp" and head is not None and parsed.lower(head) == "about"


def _denied_report(parsed: ParsedArticle, verb: int) -> bool:
    """An act in what is denied: "denied reports that he struck a deal", "denies that it
    attacked": not asserted."""
    node = verb
    for _ in range(3):
        head = parsed.head(node)
        if head is None or parsed.tokens[node].dep not in ("ccomp", "acl", "relcl", "dobj"):
            return False
        if parsed.lemma(head) in ("deny", "dismiss", "refute", "debunk"):
            return True
        node = head
    return False


_ASKING_FOR = frozenset({"call", "push", "press", "ask", "appeal", "plead"})
_CHALLENGING = frozenset({"challenge", "dare", "invite", "encourage", "order", "tell"})


def _own_future(parsed: ParsedArticle, clause: int) -> bool:
    return _pronoun_subject(parsed, clause) and _has_aux(parsed, clause, FUTURE_OR_MAYBE)


def _its_own_terms(parsed: ParsedArticle, clause: int) -> bool:
    """ "insisting that it will only negotiate directly with the US": a body's terms for
    its own conduct, a demand on the others."""
    subject = parsed.kid(clause, "nsubj")
    itself = subject is not None and parsed.lower(subject) == "it"
    return itself and _has_aux(parsed, clause, FUTURE_OR_MAYBE)


def _pronoun_subject(parsed: ParsedArticle, clause: int) -> bool:
    """A clause whose subject is a pronoun ("she will release", "they can back out"): most
    often the one who says it, speaking of their own act."""
    subject = parsed.kid(clause, "nsubj")
    return subject is not None and parsed.lower(subject) in PERSON_PRONOUNS | GROUP_PRONOUNS


def _wanted(parsed: ParsedArticle, clause: int) -> bool:
    """A clause that says what must be done, or a bare verb ("insist that Orvenia
    withdraw"), not how things are or will be ("insists the plan is working")."""
    if _has_aux(parsed, clause, OBLIGATION):
        return True
    bare = parsed.word(clause).lower() == parsed.lemma(clause)
    return bare and parsed.tokens[clause].pos == "VERB" and not parsed.kids(clause, "aux")


def _about_how(parsed: ParsedArticle, verb: int) -> bool:
    obj = parsed.kid(verb, "dobj", "xcomp")
    marks = parsed.kids(obj, "advmod", "mark") if obj is not None else []
    return any(parsed.lower(m) in {"how", "whether", "why", "what", "if"} for m in marks)


def _own_hostile_act(parsed: ParsedArticle, clause: int) -> bool:
    if not _pronoun_subject(parsed, clause):
        return False
    act = verb_trigger(parsed, clause)
    return act is not None and act.action in HOSTILE_ACTS


def _has_aux(parsed: ParsedArticle, clause: int, words: frozenset[str]) -> bool:
    chain = [clause, *parsed.kids(clause, "xcomp")]
    return any(parsed.lower(a) in words for v in chain for a in parsed.kids(v, "aux"))


def _actor(parsed: ParsedArticle, reader: ActorReader, trigger: Trigger) -> Actor | None:
    if trigger.nominal:
        return _actor_of_noun(parsed, reader, trigger.index)
    # a light verb's subject acts: "Russia carried out an airstrike"
    subject = _subject(parsed, trigger.verb if trigger.verb is not None else trigger.index)
    if subject is None:
        return None
    places = [m for m in parsed.kids(subject) if _where_it_happened(parsed, reader, subject, m)]
    if places:
        # "the Benghazi attack killed four": the place is where, its author is unnamed
        return _actor_of_noun(parsed, reader, subject)
    return reader.read(subject)


def _subject(parsed: ParsedArticle, verb: int, depth: int = 0) -> int | None:
    """The acting subject: own, of the verb it is the infinitive of, or a passive agent;
    for a participle without one, the subject of the clause it hangs on."""
    if (
        parsed.kid(verb, "auxpass") is not None
        or _passive_complement(parsed, verb)
        or _passive_by_ellipsis(parsed, verb)
        or _participle_after_be(parsed, verb)
    ):
        # "had been offered updates", "two people reported killed": the subject is the one
        # acted on; only a "by" agent acts
        agent = parsed.kid(verb, "agent")
        return parsed.kid(agent, "pobj") if agent is not None else None
    partner = _participle_partner(parsed, verb)
    if partner != verb and (subject := _subject(parsed, partner, depth + 1)) is not None:
        return subject  # else the verb it was joined to is the best the parse says
    for candidate in verb_chain(parsed, verb):
        # a "by" agent makes the verb passive whatever else the parse gives it ("the
        # Iranians released by the United States were ..." with Iranians as a subject)
        agent = parsed.kid(candidate, "agent")
        if agent is not None:
            return parsed.kid(agent, "pobj")
        subject = _own_subject(parsed, candidate)
        if subject is not None:
            return subject
        if parsed.kid(candidate, "nsubjpass") is not None:
            return None  # "Ukraine was attacked": the subject is the target
        if candidate == verb and (taken := _subject_taken_away(parsed, verb)) is not None:
            return taken  # "... marred Trump's rallies and protesters have clashed": theirs
        if candidate == verb and _past_a_relative_clause(parsed, verb):
            return None
    return first_found(
        _addressee_of_gerund(parsed, verb), _subject_of_participle(parsed, verb, depth)
    )


def _participle_partner(parsed: ParsedArticle, verb: int) -> int:
    """ "letting stand a ruling that Indiana cannot ban abortions but allowing the state to
    regulate ...": "and" or "but" joins a bare participle to another participle, never to a
    finite verb; one the parse joined to a finite verb goes with the participle before it
    in the sentence ("letting"), when that one goes on from the main clause (not one that
    describes a noun: "ads reminding Republicans ... and calling on ...")."""
    head = parsed.head(verb)
    if (
        parsed.tokens[verb].dep != "conj"
        or head is None
        or not _bare_participle(parsed, verb)
        or parsed.lower(head).endswith("ing")
    ):
        return verb
    opening = parsed.sentence_tokens(parsed.sentence_of(verb)).start
    before = (i for i in range(verb - 1, opening - 1, -1) if _bare_participle(parsed, i))
    partner = next(before, verb)
    return partner if parsed.tokens[partner].dep == "advcl" else verb


def _bare_participle(parsed: ParsedArticle, verb: int) -> bool:
    """An -ing verb with neither a subject nor an auxiliary: "allowing", "letting"."""
    return (
        parsed.tokens[verb].pos == "VERB"
        and parsed.lower(verb).endswith("ing")
        and not parsed.kids(verb, "nsubj", "nsubjpass", "aux", "auxpass")
    )


def _own_subject(parsed: ParsedArticle, verb: int) -> int | None:
    """The verb's subject, past a dateline the parse took for a second one: in
    "BEIJING (Reuters) - China ordered ...", China orders, not the agency. Of two others,
    the nearer ("Trump, referencing a report, tweeted Friday North Korea has agreed": the
    parse makes Trump a subject of "agreed" too)."""
    subjects = parsed.kids(verb, "nsubj")
    outside = [s for s in subjects if not parsed.in_dateline(s)]
    if len(outside) > 1 and _said_between(parsed, outside[0], outside[-1]):
        outside = outside[-1:]  # the first subject says what the clause of the last is
    if len(outside) > 1 and _opened_between(parsed, verb, outside[0], outside[-1]):
        # "Ghani, in his first remarks since the Taliban swept through the country,
        # capturing ..., said": the clause "since" opens is the verb's, and so its subject
        outside = outside[-1:]
    if len(outside) > 1 and _colon_between(parsed, outside[0], outside[-1]):
        outside = outside[-1:]  # "The state of play: Klausutis asked Dorsey": a label first
    return first_found(*outside, *subjects)


def _colon_between(parsed: ParsedArticle, first: int, last: int) -> bool:
    return any(parsed.word(i) == ":" for i in range(first + 1, last))


def _said_between(parsed: ParsedArticle, first: int, last: int) -> bool:
    return any(
        parsed.tokens[i].pos == "VERB" and parsed.lemma(i) in REPORTING_VERBS
        for i in range(first + 1, last)
    )


def _opened_between(parsed: ParsedArticle, verb: int, first: int, last: int) -> bool:
    """The verb's clause opens ("since", "when", "after") between its two subjects."""
    return any(first < m < last for m in parsed.kids(verb, "mark"))


def _passive_by_ellipsis(parsed: ParsedArticle, verb: int) -> bool:
    """ "One person was stabbed and more than 20 others arrested": a participle joined to
    a passive verb, with a subject but neither an auxiliary nor an object of its own, is
    passive too."""
    head = parsed.head(verb)
    if parsed.tokens[verb].dep != "conj" or head is None or parsed.kid(head, "auxpass") is None:
        return False
    if parsed.kid(verb, "nsubj") is None or parsed.kid(verb, "aux", "auxpass", "dobj") is not None:
        return False  # no subject of its own: it shares the passive one, as spaCy reads it
    return parsed.lower(verb).endswith(("ed", "en"))


def _participle_after_be(parsed: ParsedArticle, verb: int) -> bool:
    """ "those 38 people were culpable ... and released Friday": a past participle joined to
    a clause of "be", with no subject, auxiliary or object of its own, shares the "were":
    the people were released, they released no one."""
    head = parsed.head(verb)
    if parsed.tokens[verb].dep != "conj" or head is None or parsed.lemma(head) != "be":
        return False
    if parsed.kid(verb, "nsubj", "aux", "auxpass", "dobj") is not None:
        return False
    return _past_participle(parsed, verb)


def _passive_complement(parsed: ParsedArticle, verb: int) -> bool:
    """A past participle completing another verb without "to" ("reported killed", "found
    guilty"): it says what was done to that verb's subject, not what the subject did."""
    token = parsed.tokens[verb]
    if token.dep not in ("xcomp", "oprd") or parsed.kid(verb, "aux") is not None:
        return False
    return _past_participle(parsed, verb)


def _past_participle(parsed: ParsedArticle, verb: int) -> bool:
    """A form other than the lemma ending like a past participle ("released", "taken",
    "shown", "done")."""
    word = parsed.lower(verb)
    return word != parsed.lemma(verb).lower() and word.endswith(("ed", "en", "wn", "ne"))


def _past_a_relative_clause(parsed: ParsedArticle, verb: int) -> bool:
    """A conjunct verb the parse joined to a verb before a relative clause ("Manger will
    take charge in the aftermath of the insurrection in which supporters ... overwhelmed
    law enforcement and stormed the building"): it most often goes on with that clause,
    whose subject the parse lost; whose act it is, the syntax no longer says."""
    head = parsed.head(verb)
    if parsed.tokens[verb].dep != "conj" or head is None or head > verb:
        return False
    own = _own_subject(parsed, head)
    for index in range(head + 1, verb):
        # "in which supporters ...": a relative clause with a subject of its own ("who
        # ... and dismissed" goes on with the one "who" stands for)
        if parsed.lower(index) not in ("which", "whom") or parsed.tokens[index].dep == "nsubj":
            continue
        subject = next(
            (i for i in range(index + 1, verb) if parsed.tokens[i].dep in _CLAUSE_SUBJECTS), None
        )
        if subject is not None and (own is None or parsed.lower(subject) != parsed.lower(own)):
            return True
    return False


_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "pcomp"})


def _subject_taken_away(parsed: ParsedArticle, verb: int) -> int | None:
    """A conjunct verb right after a noun the parse hung elsewhere ("discussed the violence
    that has marred Trump's rallies and protesters have clashed with ...", "announcing the
    U.S. would donate"): that noun is its subject, not the first verb's."""
    if parsed.tokens[verb].dep != "conj":
        return None
    before = min([*parsed.kids(verb, "aux"), verb]) - 1
    if (
        before >= 0
        and parsed.tokens[before].pos in ("NOUN", "PROPN")
        and parsed.tokens[before].dep in ("conj", "dobj", "pobj", "appos")
        and verb not in parsed.ancestors(before)  # "and for the fourth day condemned"
        and not parsed.names_a_time(before)
    ):
        return before
    return None


def _subject_of_participle(parsed: ParsedArticle, verb: int, depth: int) -> int | None:
    """ "X carried out strikes, killing dozens": X kills; "X issued a statement urging
    North Korea to comply": X urges; "protesters seeking justice": the protesters seek."""
    head = parsed.head(verb)
    dep = parsed.tokens[verb].dep
    if head is None or depth > 3 or not parsed.lower(verb).endswith("ing"):
        return None
    if (report := parsed.report_it_goes_on(verb)) is not None:
        return _subject(parsed, report, depth + 1)  # "..., while pledging ..., X has learned"
    if dep == "advcl" and parsed.tokens[head].pos in ("VERB", "AUX"):
        head = _acting_clause(parsed, head, verb)
        if _reported_actor_between(parsed, head, verb):
            return None  # "Critics say Trump catered to Moscow, while asking ...": who asks?
        # "Refusing to move, eight workers were arrested by officers": the workers refused
        # (a participle after a passive is often what followed: "was sent documents,
        # offering ...", "were blamed for cholera, killing 10,000")
        passive = parsed.kid(head, "nsubjpass") if verb < head else None
        return passive if passive is not None else _subject(parsed, head, depth + 1)
    if dep != "acl" or parsed.tokens[head].pos not in ("NOUN", "PROPN"):
        return None
    if parsed.tokens[head].lemma.lower() not in STATEMENTS | _ONES_OWN_STAGE:
        return head
    owner = parsed.kid(head, "poss")
    if owner is not None:  # "voted to repudiate Trump's declaration recognizing Jerusalem"
        return owner
    above = parsed.head(head)
    return _subject(parsed, above, depth + 1) if above is not None else None


def _acting_clause(parsed: ParsedArticle, head: int, participle: int) -> int:
    """ "A judge ruled that students have no right to literacy, dismissing a lawsuit": a
    reported state ("have", "be") does nothing; the participle the parse hung on it after the
    comma is the act of the one who reports it."""
    above = parsed.head(head)
    if (
        participle > head
        and parsed.lemma(head) in ("be", "have")
        and parsed.tokens[head].dep == "ccomp"
        and above is not None
        and parsed.tokens[above].pos == "VERB"
    ):
        return above
    return head


# Events and media through which their holder acts: "opened a rally blasting Clinton", "is
# out with a new ad hitting him": the one who holds the rally or runs the ad blasts.
_ONES_OWN_STAGE = frozenset(
    {"rally", "speech", "address", "interview", "appearance", "ad", "advert", "advertisement",
     "video", "op-ed", "column", "post", "tweet", "event"}
)  # fmt: skip


def _reported_actor_between(parsed: ParsedArticle, head: int, verb: int) -> bool:
    """A participle after a report whose clause has a named subject of its own: the parse
    hangs it on the verb of saying, but it may as well go on the reported clause; either
    reading may be wrong, so neither is given."""
    if parsed.lemma(head) not in REPORTING_VERBS:
        return False
    clause = parsed.kid(head, "ccomp")
    subject = parsed.kid(clause, "nsubj") if clause is not None and clause < verb else None
    return subject is not None and parsed.tokens[subject].pos == "PROPN"


def _addressee_of_gerund(parsed: ParsedArticle, verb: int) -> int | None:
    """ "lashed out at Zelensky for refusing to accept": Zelensky refuses."""
    prep = parsed.head(verb)
    if parsed.tokens[verb].dep != "pcomp" or prep is None or parsed.lower(prep) != "for":
        return None
    above = parsed.head(prep)
    if above is None:
        return None
    direct = parsed.kid(above, "dobj")
    if direct is not None:
        return direct
    for other in parsed.kids(above, "prep"):
        if other != prep and parsed.lower(other) in ("at", "on"):
            return parsed.kid(other, "pobj")
    return None


def _actor_of_noun(parsed: ParsedArticle, reader: ActorReader, noun: int) -> Actor | None:
    """ "a US demand", "Russia's demands", "Russian airstrikes": the modifier that acts. An
    inquiry's modifier is what it looks into ("the Russia probe"): only its owner acts."""
    deps = ("poss",) if parsed.lemma(noun) in INQUIRIES else ("poss", "compound", "amod", "nmod")
    for modifier in parsed.kids(noun, *deps):
        if _where_it_happened(parsed, reader, noun, modifier) or _model_name(parsed, modifier):
            continue
        actor = reader.read(modifier, describe=False)
        if actor is not None:
            return actor
    return None


def _model_name(parsed: ParsedArticle, modifier: int) -> bool:
    """ "the Hwasong-14 missile", "an F-16 strike": a weapon's model is no one."""
    return any(c.isdigit() for c in parsed.word(modifier)) or (
        parsed.mention_at(modifier, frozenset({"PRODUCT"})) is not None
    )


def _attacked_a_place(parsed: ParsedArticle, reader: ActorReader, trigger: Trigger) -> bool:
    """An attack read as criticism whose object is a state or a seat of government."""
    if parsed.lemma(trigger.index) != "attack":
        return False
    on = [p for p in parsed.kids(trigger.index, "prep") if parsed.lower(p) == "on"]
    objects = [
        *parsed.kids(trigger.index, "dobj"),
        *(o for p in on for o in parsed.kids(p, "pobj")),
    ]
    gazetteer = reader.referents.gazetteer
    return any(
        gazetteer.is_seat(parsed.word(o)) or gazetteer.state_named(parsed.word(o)) for o in objects
    )


# What a poll says a population wants or backs is an aggregate, no one's act (guideline 1).
_STANCES = frozenset({DEMAND, PROPOSE, REJECT, ACCEPT, SUPPORT})
_ELECTORATES = frozenset(
    {"voter", "voters", "electorate", "respondent", "respondents", "public", "american",
     "americans", "adult", "adults", "consumer", "consumers", "people", "homeowner",
     "homeowners", "renter", "renters", "graduate", "graduates", "man", "men", "woman",
     "women", "millennial", "millennials", "evangelical", "evangelicals", "white", "whites",
     "liberal", "liberals", "conservative", "conservatives", "moderate", "moderates",
     "independent", "independents", "household", "households", "resident", "residents",
     "citizen", "citizens", "taxpayer", "taxpayers", "parent", "parents", "senior", "seniors"}
)  # fmt: skip


def _an_electorate(parsed: ParsedArticle, actor: Actor) -> bool:
    """ "African-American voters overwhelmingly support the president", "people want safer
    streets": a population described, not a group acting together; so are "the American
    people", whom the state's adjective would make the state ("Americans", named, stay)."""
    if actor.head is None or actor.kind not in (DESCRIBED, STATE):
        return False
    if actor.kind == STATE and parsed.mention_at(actor.head) is not None:
        return False
    return parsed.lemma(actor.head) in _ELECTORATES or parsed.lower(actor.head) in _ELECTORATES


def _an_accidents_toll(parsed: ParsedArticle, verb: int) -> bool:
    """A killing that follows from an accident the sentence tells ("crashed, killing")."""
    head = parsed.head(verb)
    if head is None or parsed.tokens[verb].dep not in ("advcl", "conj", "xcomp"):
        return False
    return parsed.lemma(head) in _ACCIDENTS


_ACCIDENTS = frozenset(
    {"crash", "collapse", "derail", "capsize", "sink", "overturn", "topple", "plunge",
     "flood", "erupt"}
)  # fmt: skip


def _an_act(parsed: ParsedArticle, actor: Actor) -> bool:
    """An actor read from an act's noun ("the Biden attack", "a US demand"): its doer may
    have done what the act caused (hostile acts), but an act wants, says or backs nothing."""
    head = actor.head
    if head is None or parsed.tokens[head].pos != "NOUN" or parsed.mention_at(head) is not None:
        return False
    if (
        parsed.word(head)[:1].isupper()
        and parsed.sentence_of(head).start < parsed.tokens[head].start
    ):
        return False  # "Israel Flying Aid has been providing aid": a name's last word
    return parsed.lemma(head) in NOUNS or parsed.lower(head) in NOUNS


def _a_share_of(parsed: ParsedArticle, actor: Actor) -> bool:
    """ "73 percent of Democrats who said they had supported Sanders": a poll's share of a
    population, whatever the population is called."""
    head = actor.head
    for _ in range(3):
        if head is None or parsed.tokens[head].dep != "pobj":
            return False
        of = parsed.head(head)
        owner = parsed.head(of) if of is not None and parsed.lower(of) == "of" else None
        if owner is not None and (parsed.lemma(owner) in _SHARES_OF or parsed.word(owner) == "%"):
            return True
        head = owner
    return False


_SHARES_OF = frozenset(
    {"percent", "percentage", "majority", "share", "half", "third", "quarter", "plurality",
     "minority", "fraction", "most"}
)  # fmt: skip


def _visited_at_home(
    parsed: ParsedArticle, reader: ActorReader, trigger: Trigger, actor: Actor
) -> bool:
    """A person's visit that names no other party: a city or a region ("will visit El Paso,
    Texas"), a place ("visiting a halfway house"), or nowhere ("made the brief visit"): a
    trip, not a meeting with another side (a person, an organisation, a state or its seat
    is one; a state's envoy visiting a region goes abroad: "Mexico's top diplomat will
    visit California")."""
    if parsed.lemma(trigger.index) != "visit" or actor.kind == STATE:
        return False
    to = [p for p in parsed.kids(trigger.index, "prep") if parsed.lower(p) == "to"]
    visited = [
        *parsed.kids(trigger.index, "dobj"),
        *(o for p in to for o in parsed.kids(p, "pobj")),
    ]
    return not any(_is_a_party(parsed, reader, o) for o in visited)


def _is_a_party(parsed: ParsedArticle, reader: ActorReader, index: int) -> bool:
    mention = parsed.mention_at(noun_above(parsed, index), NAME_LABELS) or parsed.mention_at(
        index, NAME_LABELS
    )
    if mention is None:
        return False
    if mention.label not in PLACE_LABELS:
        return True  # a person, an organisation, a people
    return reader.names_a_state(mention.text)


def _where_it_happened(
    parsed: ParsedArticle, reader: ActorReader, noun: int, modifier: int
) -> bool:
    """ "the Paris attack", "the Benghazi raid", "a Tennessee rally": a city or region before
    an act is where it happened, not who acted ("Russian airstrikes", "US strikes" name
    attackers). A seat before an attack is where too; before other acts it may stand for
    its state ("a Moscow proposal")."""
    if parsed.lemma(noun) not in NOUNS or parsed.tokens[modifier].dep not in ("compound", "nmod"):
        return False
    word = parsed.word(modifier)
    gazetteer = reader.referents.gazetteer
    if gazetteer.is_seat(word):
        return NOUNS.get(parsed.lemma(noun)) in (ASSAULT, COERCE)
    state = gazetteer.state_of(word)
    return state is None and parsed.names_a_place(modifier)


def _done_to_itself(
    parsed: ParsedArticle,
    reader: ActorReader,
    verb: int,
    found: IssueAndTarget,
    target: Actor | None,
    actor: Actor,
) -> bool:
    """ "him" or "her" as an object names someone other than the subject (else "himself").
    A verb joined to a reported clause took its subject from there ("Clinton said Trump is
    responsible and accused him", "worried that Trump could gain legitimacy and want to deny
    him a chance"): when its object pronoun reads as that subject, the parse hung the verb
    on the wrong clause, and the actor is someone else."""
    head = parsed.head(verb)
    if parsed.tokens[verb].dep != "conj" or head is None or parsed.tokens[head].dep != "ccomp":
        return False
    if parsed.kid(verb, "nsubj", "nsubjpass") is not None:
        return False
    if target is not None and target.head is not None and _done_by(parsed, target.head, verb):
        return target.name == actor.name
    if found.issue is None:
        return False
    for index in parsed.covering(found.issue.start, found.issue.end):
        if _done_by(parsed, index, verb):
            read = reader.read(index, acting=False)
            if read is not None and read.name == actor.name:
                return True
    return False


def _done_by(parsed: ParsedArticle, pronoun: int, verb: int) -> bool:
    """An object "him"/"her" of `verb` or of an infinitive under it with no subject or
    object of its own ("want to deny him"), whose doer is the verb's subject."""
    if parsed.lower(pronoun) not in ("him", "her"):
        return False
    return parsed.verb_done_by_subject(pronoun) == verb


def _target(
    parsed: ParsedArticle, reader: ActorReader, found: IssueAndTarget, actor: Actor, action: str
) -> Actor | None:
    if found.target is None:
        return None
    head = noun_above(parsed, found.target)
    target = reader.read(head, acting=False)
    if target is None or _the_issue_itself(parsed, target, found):
        return None
    partner = (
        action == CONSULT and actor.head is not None and head in parsed.kids(actor.head, "conj")
    )
    if _same(target, actor) and not partner:  # "Putin and Zelensky met": Zelensky is whom
        return None
    return target if _whom(parsed, reader, head, target, action) else None


def _whom(
    parsed: ParsedArticle, reader: ActorReader, head: int, target: Actor, action: str
) -> bool:
    """Whom an act aims at is someone: a common noun is whom only when it names people or
    a body ("the Ukrainian government", "20 protesters"); "the words", "six weeks" and,
    through the adjective, "Ukrainian access" or "Russian sovereignty" name things. What is
    attacked is whom whatever it is ("bombed Ukrainian cities"); so is a thing's owner
    ("rejected Netanyahu's suggestion")."""
    if action in (ASSAULT, COERCE):
        return True
    if target.kind == PLACE or _names_a_thing(parsed, head):
        return False  # "will not recognize Crimea as Russian": a place is what, not whom
    if action in _SAID_OR_MET and not _a_country(reader, target) and _where(parsed, head):
        # "holding a meeting at the campaign's Brooklyn headquarters", "urged the opposite
        # tactic to pastors in Iowa": where (a country is whom: "called for a truce in
        # Syria"; so is a city an act concerns: "agreed to a ceasefire in Hodeidah")
        return False
    if parsed.tokens[head].pos != "NOUN":
        return True
    if parsed.mention_at(head, NAME_LABELS) is not None or names_people(parsed, head):
        return True
    if target.kind == DESCRIBED:
        return False
    return not _through_an_adjective(parsed, reader, head, target)


def _names_a_thing(parsed: ParsedArticle, head: int) -> bool:
    """The name is the name of a river, a bridge, a plant: "a ceasefire along the Dnipro
    river", "reopening the Brodnitsa bridge" aim at no one named Dnipro or Brodnitsa."""
    if parsed.tokens[head].dep == "compound":
        head = parsed.head(head) or head
    return parsed.tokens[head].pos == "NOUN" and parsed.lemma(head).lower() in _NAMED_THINGS


# Common nouns of things and places a name is given to ("the Varen river").
_NAMED_THINGS = frozenset(
    {"river", "bridge", "dam", "plant", "valley", "canal", "lake", "sea", "port", "pipeline",
     "crossing", "highway", "road", "railway", "airport", "station", "reactor", "mine",
     "strait", "peninsula", "island", "mountain", "hill", "reservoir"}
)  # fmt: skip


# Acts of words or of meeting: the city they happen in is where, not whom.
_SAID_OR_MET = frozenset({CONSULT, PROPOSE, DEMAND, SUPPORT, DISAPPROVE, COOPERATE, PROTEST})


def _a_country(reader: ActorReader, target: Actor) -> bool:
    return target.kind == STATE and reader.referents.gazetteer.state_named(target.name) is not None


def _where(parsed: ParsedArticle, head: int) -> bool:
    """The name says where the act took place: the object of "in" ("approved in St. Louis",
    "a speech to pastors in Iowa"), or a place named in the object of "in" or "at" ("a
    meeting at the campaign's Brooklyn headquarters"; not a body named in it, "will not
    participate in House Judiciary Committee proceedings", nor "lashed out at critics")."""
    place = parsed.names_a_place(head)
    modifier = False
    while parsed.tokens[head].dep in ("compound", "amod", "poss", "appos", "npadvmod"):
        above = parsed.head(head)
        if above is None or above == head:
            return False
        head, modifier = above, True
    preposition = parsed.head(head) if parsed.tokens[head].dep == "pobj" else None
    if preposition is None or (modifier and not place):
        return False
    if not modifier and parsed.tokens[head].pos == "NOUN" and parsed.lemma(head) not in _VENUES:
        return False  # "participate in House Judiciary Committee proceedings": with whom
    word = parsed.lower(preposition)
    return word in _PLACE_PREPOSITIONS or (modifier and word == "at")


# Common nouns of places and chambers: "in some states", "in the chamber".
_VENUES = frozenset(
    {"state", "country", "city", "town", "region", "area", "district", "county", "capital",
     "village", "province", "chamber", "house", "senate", "parliament", "hall", "room",
     "office", "headquarters", "studio", "court", "courtroom", "stadium", "arena", "park",
     "forest", "camp", "base", "hotel", "palace", "embassy", "square", "street", "airport"}
)  # fmt: skip


_PLACE_PREPOSITIONS = frozenset({"in", "near", "inside", "across", "throughout"})


def _through_an_adjective(
    parsed: ParsedArticle, reader: ActorReader, head: int, target: Actor
) -> bool:
    """The target was read from an adjective of a thing nested in the issue ("Russian" in
    "the recognition of Russian sovereignty"), not from an owner or a name inside it. On
    the object itself the adjective names whom: "blamed Orvenian artillery" blames Orvenia."""
    preposition = parsed.head(head) if parsed.tokens[head].dep == "pobj" else None
    owner = parsed.head(preposition) if preposition is not None else None
    if owner is None or parsed.tokens[owner].pos != "NOUN":
        return False
    adjectives = parsed.kids(head, "amod")
    return any(reader.referents.state_of_word(parsed.word(a)) == target.name for a in adjectives)


def _the_issue_itself(parsed: ParsedArticle, target: Actor, found: IssueAndTarget) -> bool:
    """A document, a statement or a position heading words of the issue is what is acted
    on, not whom: "accepted the agreement", "proposed a deal", "his demand" aim at no one;
    people and places ("arrested 20 protesters", "aid to 550 households") are whom."""
    issue = found.issue
    if target.kind != DESCRIBED or issue is None or target.head is None:
        return False
    if parsed.lemma(target.head) not in ACTED_ON_NOUNS:
        return False
    return issue.start <= parsed.tokens[target.head].start < issue.end


def _guessed_target(
    parsed: ParsedArticle,
    reader: ActorReader,
    verb: int,
    trigger: Trigger,
    actor: Actor,
    action: str,
) -> Actor | None:
    """With no target in the syntax, the first name after the trigger in its clause."""
    named = named_after(parsed, verb, trigger.end, action)
    return (
        _target(parsed, reader, IssueAndTarget(None, named), actor, action)
        if named is not None
        else None
    )


def _own_state(target: Actor | None, actor: Actor) -> bool:
    """ "Trump warned that Washington could abandon its efforts": a person's own state is
    where the act comes from, not whom it is aimed at."""
    return target is not None and target.kind == STATE and target.name == actor.state


def _same(target: Actor, actor: Actor) -> bool:
    """The actor named again ("Zelenskiy said he ..."), not a state's other body: "Turkish
    police detained the Turkey head of Amnesty" keeps its target."""
    overlap = target.start < actor.end and actor.start < target.end
    return overlap or (target.name == actor.name and target.resolved and actor.resolved)


def _assemble(
    article_id: str,
    parsed: ParsedArticle,
    trigger: Trigger,
    actor: Actor,
    action: str,
    modality: str,
    found: IssueAndTarget,
    target: Actor | None,
    reporter: str | None,
) -> Claim:
    sentence = parsed.sentence_of(trigger.index)
    issue = found.issue
    return Claim(
        article_id=article_id,
        start=sentence.start,
        end=sentence.end,
        actor=actor.name,
        actor_start=actor.start,
        actor_end=actor.end,
        action=action,
        trigger=parsed.text[trigger.start : trigger.end],
        trigger_start=trigger.start,
        trigger_end=trigger.end,
        issue=issue.text if issue else "",
        issue_start=issue.start if issue else trigger.end,
        issue_end=issue.end if issue else trigger.end,
        modality=modality,
        actor_state=actor.state,
        target=target.name if target else None,
        target_start=target.start if target else None,
        target_end=target.end if target else None,
        attribution=reporter,
        confidence=_confidence(trigger, actor, found),
    )


def _confidence(trigger: Trigger, actor: Actor, found: IssueAndTarget) -> float:
    score = 0.9
    score -= 0.0 if actor.resolved else 0.2
    score -= 0.1 if trigger.nominal else 0.0
    score -= 0.0 if found.issue is not None else 0.1
    return round(score, 2)
