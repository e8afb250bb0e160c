"""What a claim is about (its issue) and whom it is aimed at (its target).

The issue is read from the trigger's complement: the clause of "demand that Russia
recognize ...", the infinitive of "wants Moscow to return ...", the object of "rejected the
request", the object of "push for the recognition of ...". It is kept short: relative
clauses, appositions, adverbial clauses and "as part of ..." asides are left out of the
normalised phrase, while the span still covers the exact stretch of text it was read from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsdesk.extract.claims.actors import names_people
from newsdesk.extract.claims.lexicon import (
    ACCEPT,
    AGENT_NOUNS,
    ASSAULT,
    CLAIM_NOUNS,
    CONCEDE,
    CONSULT,
    COOPERATE,
    DEMAND,
    DISAPPROVE,
    HOLDING_VERBS,
    INVESTIGATE,
    NOUNS,
    PHRASAL,
    PROPOSE,
    REJECT,
    REPORTING_VERBS,
    SANCTION,
    SUPPORT,
    TRANSFERS,
    VERBS,
    WANTS_THINGS,
)
from newsdesk.extract.claims.modality import closing_report, inverted_condition
from newsdesk.parse import ParsedArticle, first_found
from newsdesk.referents import RELATIVE_PRONOUNS
from newsdesk.timex import WEEKDAYS

# Branches never part of an issue phrase.
_SKIP = frozenset({"relcl", "appos", "advcl", "punct", "mark", "nsubj", "nsubjpass", "parataxis"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Auxiliaries of tense and obligation, no part of what is wanted or refused ("demanded that
# Russia should withdraw", "warned it would retaliate"); a hedge stays in the issue
# ("warned that Washington could abandon its efforts": only the issue says "could").
_TENSE_AUXILIARIES = frozenset({"would", "will", "shall", "should", "must", "'ll", "’ll"})
_ASIDES = _SKIP - _SUBJECTS  # a subject below the head belongs to its clause
# Prepositions that belong to a verb's issue ("recognize Crimea as Russian", "cede ... to").
_CORE_PREPS = frozenset(
    ["as", "to", "for", "from", "of", "over", "on", "into", "with", "against", "in"]
)
_PARTICLES = frozenset(
    {"out", "off", "up", "down", "away", "back", "over", "aside", "together", "apart", "ahead",
     "behind"}
)  # fmt: skip
# Prepositions that direct an action at someone: "sanctions on Iran", "aid to Gaza".
# ("at" is left out: "meet X at a luncheon" is where, not whom.)
_TOWARDS = ("to", "on", "against", "with", "into", "upon")
# Named spans that are never whom an action is aimed at: "on Friday", "on 14 January".
_NOT_AIMED_AT = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_TIMES = frozenset({"DATE", "TIME"})
_FIRED = frozenset({"fire", "gunfire"})
_ENDS = frozenset({"death"})  # how an act ended, never whom it aimed at: "beaten to death"
_FROM_OR_IN = ("from", "in")
# Prepositions whose object is what an act without an object is about.
_ABOUT = ("as", "to", "with", "over", "on", "from", "into", "against", "behind", "around")
_BY = frozenset({"by", "from", "for"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PERSON = frozenset({"PERSON"})
# Branches of a clause that are another clause (or its subject).
_OTHER_CLAUSES = frozenset(
    {"nsubj", "nsubjpass", "ccomp", "advcl", "relcl", "parataxis", "conj", "csubj"}
)
# A word's relation to the noun it is part of the name of.
_MODIFIER = frozenset({"amod", "compound", "nmod", "poss"})
# Branches of a phrase that are not part of what it names.
_NOT_OWN = frozenset({"relcl", "acl", "prep", "appos", "punct", "advcl"})
_WEEKDAYS = frozenset(WEEKDAYS) | {"today", "yesterday"}
_LEADING = frozenset({"the", "a", "an", "that", "to", "of", "for", "on"})
# An issue that only points: a claim about "it" or "this" says nothing one can check.
POINTING_WORDS = frozenset(
    {"it", "this", "that", "these", "those", "them", "which", "what", "anything", "something",
     "nothing", "everything", "anyone", "anybody", "someone", "somebody", "everyone",
     "everybody", "one", "ones"}
)  # fmt: skip
_QUOTES = "\"“”‘’«»„'"
_MAX_WORDS = 16


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int
    end: int
    text: str  # normalised


@dataclass(frozen=True, slots=True)
class IssueAndTarget:
    issue: Phrase | None
    target: int | None  # token index of the target's head


def issue_of_verb(parsed: ParsedArticle, verb: int, action: str = "") -> IssueAndTarget:
    """The issue and target of a verb trigger of type `action`, from its complements."""
    clause = _content_clause(parsed, verb)
    if clause is not None:
        target = asked_to_act(parsed, clause)
        if target is not None and not (
            _names_an_actor(parsed, target) or names_people(parsed, target)
        ):
            target = None  # "agreed that the ceasefire would start": a thing, no one asked
        # a subject that is no one asked to act is part of what is agreed or wanted
        issue = core_phrase(parsed, clause, with_subject=target is None)
        return IssueAndTarget(issue, target)
    target = aimed_at(parsed, verb, action)
    infinitive = first_found(
        parsed.kid(verb, "xcomp"),
        _infinitive_under(parsed, _someone_addressed(parsed, verb)),
        _asked_to(parsed, verb, action),
    )
    done_to = parsed.kid(verb, "dobj")
    if infinitive is not None and action in _DONE_TO and done_to is not None:
        infinitive = None  # "summoned a top US diplomat to complain": why, not what
    agreed_to = _pobj_of(parsed, verb, "to")
    if infinitive is not None and agreed_to is not None and agreed_to < infinitive:
        # "agreed to a cease-fire to end months of fighting": the infinitive is its purpose
        return IssueAndTarget(noun_phrase(parsed, agreed_to), target)
    # "called for recounts in a race yet to be decided": the recounts are wanted
    asked_for = _pobj_of(parsed, verb, "for") if action == DEMAND else None
    before = infinitive is not None and asked_for is not None and asked_for < infinitive
    if before and asked_for is not None and not _is_someone(parsed, asked_for):
        return IssueAndTarget(noun_phrase(parsed, asked_for), target)
    antecedent = _object_left_to_antecedent(parsed, verb, infinitive)
    if antecedent is not None:  # "changes he wanted to make in his campaign": the changes
        return IssueAndTarget(noun_phrase(parsed, antecedent), target)
    if infinitive is not None and target is None and action == DEMAND:
        target = _someone_called_for(parsed, verb)  # "called for Clinton to release them"
    if infinitive is not None:
        return IssueAndTarget(core_phrase(parsed, infinitive), _or_of(parsed, target, infinitive))
    passive = parsed.kid(verb, "auxpass") is not None  # "shot dead": how, not whom
    direct = parsed.kid(verb, "dobj") if passive else parsed.kid(verb, "dobj", "attr", "oprd")
    if direct is not None and _is_a_day(parsed, direct):
        direct = None  # "promised Sunday at a rally to end ...": when, not what
    pressed = pressed_to_act(parsed, direct) if direct is not None else None
    if direct is not None and pressed is not None:  # "pressure on Zelenskiy to accept a deal"
        return IssueAndTarget(core_phrase(parsed, pressed), _pobj_of(parsed, direct, "on"))
    wanted = _pobj_of(parsed, verb, "for", "against", "at")
    if wanted is not None and _pobj_of(parsed, verb, "at") == wanted:
        wanted = first_found(_passive_subject(parsed, verb), wanted)  # "shot at the scene"
    if wanted is not None and parsed.mention_at(wanted, _TIMES) is not None:
        wanted = None  # "met for two hours with Lavrov", "at noon": how long or when
    if wanted is not None and not places_are_whom(action) and _where(parsed, wanted):
        wanted = None  # "conservatives met at the Sharon home of Buckley": where they met
    # "asking Moscow for few concessions": Moscow is asked, not the issue; "ordered medical
    # exams for all children": the exams are what is ordered
    asked = direct is not None and direct == target and _is_someone(parsed, direct)
    if action == DEMAND and wanted is not None and asked:
        direct = None
    obj = first_found(direct, wanted)
    if obj is not None:
        return IssueAndTarget(_object_phrase(parsed, verb, obj), target)
    partner = _met_together(parsed, verb) if action == CONSULT else None
    if partner is not None:  # "Putin and Zelensky met in Istanbul": Zelensky, not Istanbul
        return IssueAndTarget(noun_phrase(parsed, partner), partner)
    # "the reforms the protesters demanded": the reforms; not whom a clause only picks out
    # ("one of the few people he didn't attack", "the last person he talks to"); and before
    # a preposition's object ("the candidate he backed over his aides' objections")
    gap = _antecedent_of_zero_relative(parsed, verb) if action not in _PICKED_OUT else None
    if gap is not None:
        return IssueAndTarget(noun_phrase(parsed, gap), target)
    about = _pobj_of(parsed, verb, *_ABOUT)  # "resigned as president", "agreed to the plan"
    if about is not None and action != CONCEDE and _in_the_role(parsed, about):
        about = None  # "something she opposed as a senator from New York": in what capacity
    if about is not None and action == ASSAULT and parsed.lemma(about) in _ENDS:
        about = None  # "was shot to death by a police officer": how it ended, not whom
    if about is not None and parsed.lemma(about) in _SAID_ON:
        about = None  # "On his personal blog, Schilling did not back down": where he said it
    if about is not None and _is_date(parsed, about):
        # "agreed on Friday to a ceasefire": what is agreed to, past the day it was
        about = next((o for o in _pobjs_of(parsed, verb, "to") if not _is_date(parsed, o)), None)
    if about is None and action == CONCEDE:
        # "backing down in his fight with Pelosi": what is given up, never where
        fight = _pobj_of(parsed, verb, "in")
        about = fight if fight is not None and not parsed.names_a_place(fight) else None
    if about is not None and not _is_date(parsed, about):
        return IssueAndTarget(noun_phrase(parsed, about), target)
    left = _left(parsed, verb)  # "pulled out of an advertising agreement"
    if left is not None:
        return IssueAndTarget(noun_phrase(parsed, left), target)
    acted_on = parsed.kid(verb, "nsubjpass")  # "territory which was occupied by the army"
    if acted_on is not None and parsed.kid(verb, "agent") is not None:
        return IssueAndTarget(noun_phrase(parsed, acted_on), target)
    described = parsed.head(verb) if parsed.tokens[verb].dep == "acl" else None
    if described is not None and parsed.kid(verb, "agent") is not None:
        return IssueAndTarget(_described(parsed, described, verb), target)
    return IssueAndTarget(None, target)


_PICKED_OUT = frozenset({ASSAULT, CONSULT})


def _met_together(parsed: ParsedArticle, verb: int) -> int | None:
    """ "Putin and Zelensky met in Istanbul", "He and Trump have met over the years": a
    meeting verb with neither object nor partner, of two subjects the second of them named,
    is the first's meeting with the second."""
    if parsed.lemma(verb) not in _RECIPROCAL or _pobj_of(parsed, verb, *_PARTNERED) is not None:
        return None  # "Crapo and Risch met with McConnell": McConnell
    subject = parsed.kid(verb, "nsubj")
    partner = parsed.kid(subject, "conj") if subject is not None else None
    second = parsed.mention_at(partner, _NAMED) if partner is not None else None
    if subject is None or second is None:
        return None
    first = parsed.mention_at(subject, _NAMED)
    if first is None and parsed.tokens[subject].pos != "PRON":
        return None  # "Thor and Beck often meet": the first is named too, or is "he"
    return partner if first is None or first.text != second.text else None


_RECIPROCAL = frozenset({"meet", "talk", "negotiate", "confer", "consult"})
_PARTNERED = ("with", "to", "against")  # "met with", "talked to": the partner is named there


def _antecedent_of_zero_relative(parsed: ParsedArticle, verb: int) -> int | None:
    """The noun a relative clause without a relative word describes, when the clause's verb
    has a subject of its own and no object ("the weapons Ukraine requested", "the deal
    Kestria rejected"): that noun is its object. Not a time, a place or a manner ("the day
    Russia invaded", "the way he demanded it")."""
    if parsed.tokens[verb].dep != "relcl" or parsed.kid(verb, "nsubj") is None:
        return None
    # its own object, clause or passive subject, or a relative adverb ("where", "when"):
    # the gap is not an object; a circumstance ("rejected in March") leaves it one
    own = [d for d in _COMPLEMENT_DEPS if d != "prep"]
    if parsed.kids(verb, *own, "nsubjpass", "mark"):
        return None
    if any(parsed.lower(c) in RELATIVE_PRONOUNS for c in parsed.children[verb]):
        return None
    noun = _noun_described(parsed, verb)  # "later" leaves it one, "where" does not
    if noun is None or parsed.names_a_time(noun) or parsed.names_a_place(noun):
        return None
    return noun


def _in_the_role(parsed: ParsedArticle, noun: int) -> bool:
    """ "as a senator", "as governor": the capacity someone acts in, not what about."""
    preposition = parsed.head(noun)
    return (
        preposition is not None
        and parsed.lower(preposition) == "as"
        and (names_people(parsed, noun) or parsed.lemma(noun) + "s" in AGENT_NOUNS)
        and parsed.mention_at(noun, _NAMED) is None
    )


def _object_left_to_antecedent(
    parsed: ParsedArticle, verb: int, infinitive: int | None
) -> int | None:
    """The noun a relative clause describes when the clause's infinitive lacks the object
    it needs ("changes [that] he wanted to make"): that noun is what is wanted."""
    if infinitive is None or parsed.tokens[verb].dep != "relcl":
        return None
    own = parsed.kids(infinitive, "dobj", "ccomp", "xcomp", "attr", "acomp")
    if any(parsed.lower(o) not in RELATIVE_PRONOUNS for o in own):
        return None
    noun = _noun_described(parsed, verb)
    if noun is None or parsed.kids(infinitive, "prt") or parsed.names_a_time(noun):
        return None
    return noun if parsed.tokens[infinitive].pos == "VERB" else None


def _noun_described(parsed: ParsedArticle, clause: int) -> int | None:
    """The noun a relative clause describes as what its verb acts on: not one it describes
    as its when, where, why or how ("at a time when Democrats would be asking him", "two
    reasons Israel refuses to stand for ...")."""
    noun = parsed.described_by(clause)
    if noun is None or parsed.tokens[noun].pos not in ("NOUN", "PROPN"):
        return None
    if any(parsed.lower(a) in _RELATIVE_ADVERBS for a in parsed.kids(clause, "advmod")):
        return None
    return None if parsed.lemma(noun) in _WHY_OR_HOW else noun


_RELATIVE_ADVERBS = frozenset({"when", "where", "why", "how", "whereby"})
# Nouns a relative clause describes as its why or how, never as its object.
_WHY_OR_HOW = frozenset({"reason", "way", "manner", "extent", "degree", "sense"})


def _content_clause(parsed: ParsedArticle, verb: int) -> int | None:
    """The clause a verb takes as its content, unless a thing it takes as object comes
    first: "denied multiple reports that he ..., declaring, "only an animal would say
    that"" denies the reports; the quoted words are said, not denied ("warned Putin that"
    addresses someone and keeps its clause). A clause before the verb is its content only
    when nothing after it is ("Russia must leave, Kyiv demanded"): in "continues to insist
    ... that he wants to release his taxes" or "should the court strike them down" the parse
    hung the sentence's frame below the verb, whose own complement follows it."""
    clauses = parsed.kids(verb, "ccomp")
    clause = next((c for c in clauses if c > verb), clauses[0] if clauses else None)
    if (clause is None or clause < verb) and (parsed.lemma(verb), "for") in PHRASAL:
        # "called for Barr to resign"; not "propose a way forward for EU leaders to consider"
        clause = parsed.for_to_clause(verb) or clause
    if clause is not None and clause < verb and parsed.kids(verb, "dobj", "xcomp")[-1:] > [verb]:
        return None
    if clause is not None and apart_by_a_semicolon(parsed, clause, verb):
        return None
    if clause is not None and clause < verb and _passive_subject(parsed, verb) is not None:
        return None  # "It was bipartisan, it was signed by the president": signed is "it"
    if clause is not None and any(parsed.lower(s) == "which" for s in parsed.kids(clause, "nsubj")):
        return None  # "refused, which prompted organizers to ...": what followed, not its content
    obj = parsed.kid(verb, "dobj")
    if clause is not None and obj is not None and obj < clause and not _addressed(parsed, obj):
        return None
    if clause is not None and inverted_condition(parsed, clause):
        return None  # "threatened to close the borders should the region proceed": an if
    infinitive = parsed.kid(verb, "xcomp")
    if clause is not None and infinitive is not None and infinitive < clause:
        return None  # "urged voters to turn back the recall, while Elder criticized ...":
        # the infinitive is what is urged, a later clause is the parse's mistake
    return clause


def apart_by_a_semicolon(parsed: ParsedArticle, clause: int, head: int) -> bool:
    """A clause the parse hangs on a verb across a semicolon is a sentence of its own: in
    "Kestria had demanded a withdrawal; Orvenia had refused" the demand is not what is
    refused."""
    low, high = sorted((clause, head))
    return any(parsed.word(i) == ";" for i in range(low + 1, high))


# Acts done to someone or something: their object is what they are about, an infinitive
# after it their purpose.
_DONE_TO = frozenset({SUPPORT, DISAPPROVE, CONSULT, INVESTIGATE, ASSAULT, SANCTION, COOPERATE})


def _addressed(parsed: ParsedArticle, obj: int) -> bool:
    """An object that is someone told or warned: "warned the heads of Facebook that ..."."""
    if _is_someone(parsed, obj):
        return True
    own = parsed.subtree(obj, frozenset({"relcl", "acl", "appos"}))
    return any(parsed.mention_at(i, _NAMED) is not None for i in own)


def _described(parsed: ParsedArticle, noun: int, participle: int) -> Phrase:
    """The noun a passive participle describes, without the participle's own words."""
    inside = set(parsed.subtree(participle))
    return _phrase(parsed, [i for i in _branch(parsed, noun) if i not in inside] or [noun])


def pressed_to_act(parsed: ParsedArticle, noun: int) -> int | None:
    """The act "pressure" presses for: its infinitive ("pressure on Kyiv to accept ...")."""
    if parsed.lemma(noun) != "pressure":
        return None
    return _infinitive_of(parsed, noun)


def _left(parsed: ParsedArticle, verb: int) -> int | None:
    """What a verb's "out of" names: "pulled out of the agreement", "backed out of talks"."""
    for out in parsed.kids(verb, "prt", "prep"):
        if parsed.lower(out) == "out":
            found = _pobj_of(parsed, out, "of")
            if found is not None:
                return found
    return None


def asked_to_act(parsed: ParsedArticle, clause: int) -> int | None:
    """The subject of a wanted clause is whom the want aims at ("demand that Russia
    recognise ..."), unless the clause only gives it something ("a demand that Ukraine have
    the right to ...": Ukraine is to gain, someone else to concede)."""
    if parsed.lemma(clause) in HOLDING_VERBS:
        return None
    return parsed.kid(clause, "nsubj")


def aimed_at(parsed: ParsedArticle, verb: int, action: str = "") -> int | None:
    """Whom a verb's action is aimed at. Its object when that names someone ("urged Putin",
    "killed six soldiers"), or who is behind a thing it takes as object ("rejected an appeal
    lodged by X"). When the object is a thing (handed over: "sent aid to Gaza", "lifted
    sanctions imposed on China"; an action: "held talks with Abbas"; wanted or refused:
    "sought refuge in Amman") or there is none ("called for sanctions against Turkey"):
    the one its prepositions direct it to, a named one first."""
    obj = _direct_object(parsed, verb)
    if obj is not None and _names_a_person(parsed, obj):
        return obj
    if obj is not None and not _is_a_thing(parsed, obj, action):
        return first_found(_named_inside(parsed, obj), obj)
    preps: tuple[str, ...] = _TOWARDS
    acted_on = _passive_subject(parsed, verb)
    if action == ASSAULT and acted_on is None:
        preps += ("at",)  # "launched 40 missiles at Kyiv", "fired at protesters"
    if action in TRANSFERS | WANTS_THINGS:
        preps += _FROM_OR_IN if places_are_whom(action) else ("from",)
    directed = _directed_objects(parsed, verb, obj, preps)
    directed = [d for d in directed if parsed.lemma(d) not in _ENDS]  # "shot to death"
    named = [d for d in directed if _names_an_actor(parsed, d)]
    return first_found(
        named[0] if named else None,
        _named_anywhere_inside(parsed, obj),
        directed[0] if directed else None,
        obj,
        acted_on,
    )


def _direct_object(parsed: ParsedArticle, verb: int) -> int | None:
    """The object, or the receiver of "gave Putin a warning" (spaCy also calls the "to" of
    "sent aid to Gaza" a dative: a preposition, not an object)."""
    datives = [d for d in parsed.kids(verb, "dative") if parsed.tokens[d].pos != "ADP"]
    return first_found(*datives, parsed.kid(verb, "dobj"))


def _is_a_thing(parsed: ParsedArticle, obj: int, action: str) -> bool:
    """An object that is not whom the action is aimed at: an action ("talks"), what is
    handed over, or what is wanted, offered or refused when it names no one."""
    if action in TRANSFERS or parsed.tokens[obj].lemma.lower() in NOUNS:
        return True
    if action == ASSAULT and parsed.lemma(obj) in _FIRED:
        return True  # "opened fire on protesters", "exchanged fire with gunmen": at them
    if action == ASSAULT and any(parsed.lemma(c) in NOUNS for c in parsed.kids(obj, "conj")):
        return True  # "launched air and artillery strikes on ...": the strikes, not "air"
    return action in WANTS_THINGS and not _names_an_actor(parsed, obj)


def _names_an_actor(parsed: ParsedArticle, token: int) -> bool:
    """A name, a pronoun, or a phrase with a name in it ("the Palestinian people")."""
    if parsed.tokens[token].pos in ("PRON", "PROPN"):
        return True
    phrase = parsed.subtree(token, _NOT_OWN)
    return any(parsed.mention_at(i, _NAMED) is not None for i in phrase)


def _directed_objects(
    parsed: ParsedArticle, verb: int, obj: int | None, preps: tuple[str, ...]
) -> list[int]:
    """Objects of `preps` in the verb's phrase, through the object and other prepositions
    ("called for sanctions against Turkey", "aid in assistance to Fiji"), never inside
    another clause and never a date; "to"/"against"-like ones first, then in text order."""
    found: list[tuple[int, int]] = []
    stack = [verb, *_object_and_its_clauses(parsed, obj)]
    seen: set[int] = set()
    while stack:
        head = stack.pop()
        if head in seen:
            continue
        seen.add(head)
        for prep in parsed.kids(head, "prep", "dative"):
            pobj = parsed.kid(prep, "pobj")
            if pobj is None or _is_date(parsed, pobj) or parsed.lemma(pobj) == "time":
                continue  # "on Friday", "shot at 41 times": when or how often, not whom
            if _circumstance(parsed, prep):
                continue  # "in a statement on Twitter", "alongside Netanyahu": not whom
            stack.append(pobj)
            if parsed.lower(prep) in preps:
                found.append((0 if parsed.lower(prep) in _TOWARDS else 1, pobj))
    return [index for _, index in sorted(found)]


def _named_anywhere_inside(parsed: ParsedArticle, obj: int | None) -> int | None:
    """ "rejected loud appeals to release Aya Hijazi": the first one named in a thing."""
    if obj is None or parsed.tokens[obj].pos != "NOUN":
        return None
    aside = {i for k in parsed.subtree(obj) if _circumstance(parsed, k) for i in parsed.subtree(k)}
    for index in parsed.subtree(obj, frozenset({"appos", "punct"})):
        if index in aside:
            continue
        possessor = parsed.tokens[index].dep == "poss"
        named = parsed.mention_at(index, _NAMED) is not None
        if index != obj and named and not possessor and not _is_date(parsed, index):
            return noun_above(parsed, index)
    return None


def places_are_whom(action: str) -> bool:
    """Whether a place the act happens in is whom it concerns: "sought refuge in Amman",
    "an attack on targets in Syria" (Syria). An offer is made to someone, never to the town
    it is made in ("offering the bridge in Aldmoor"), and a meeting is with someone, never
    with the town it is held in ("met at the Sharon home of ...")."""
    return action not in (PROPOSE, CONSULT)


def named_after(parsed: ParsedArticle, verb: int, after: int, action: str) -> int | None:
    """The first name after character `after` (the trigger's end) in the verb's own clause:
    a guess at the target when the syntax names none ("resigned as president of Indonesia");
    a place the act happens in or at only when such places are whom (`places_are_whom`)."""
    for index in parsed.subtree(verb, _OTHER_CLAUSES):
        late = parsed.tokens[index].start >= after
        if late and parsed.mention_at(index, _NAMED) is not None and not _is_date(parsed, index):
            if not places_are_whom(action) and _where(parsed, index):
                continue
            if any(parsed.lower(a) == "according" for a in parsed.ancestors(index)):
                continue  # "opened fire ..., according to the AP": who tells, not whom
            if any(_circumstance(parsed, a) for a in parsed.ancestors(index)):
                continue  # "in a statement on Twitter", "alongside Netanyahu"
            return noun_above(parsed, index)
    return None


def _where(parsed: ParsedArticle, index: int) -> bool:
    preposition = parsed.head(index) if parsed.tokens[index].dep == "pobj" else None
    return preposition is not None and parsed.lower(preposition) in _WHERE


_WHERE = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within"}
)


def noun_above(parsed: ParsedArticle, index: int) -> int:
    """The noun a name modifies, whose phrase the target is: "Croatian" in "the Croatian
    government's request", "Palestinian" in "the Palestinian people"."""
    while parsed.tokens[index].dep in _MODIFIER:
        head = parsed.head(index)
        if head is None or parsed.tokens[head].pos not in ("NOUN", "PROPN"):
            break
        index = head
    return index


def _named_inside(parsed: ParsedArticle, obj: int) -> int | None:
    """The first named actor hanging off a thing: "an appeal lodged by the Administrative
    Centre", "charges by the U.S. Chamber of Commerce", "a request for Puigdemont"."""
    if parsed.mention_at(obj, _NAMED) is not None or parsed.tokens[obj].pos != "NOUN":
        return None
    for index in parsed.subtree(obj, frozenset({"relcl", "appos", "punct"})):
        named = parsed.mention_at(index, _NAMED) is not None
        if index != obj and named and _is_agent_of(parsed, index) and not _is_date(parsed, index):
            return index
    return None


def _names_a_person(parsed: ParsedArticle, token: int) -> bool:
    """A pronoun or a phrase naming a person: "his counterpart Italian President Sergio
    Mattarella" is whom a meeting is with, whatever preposition follows."""
    if parsed.tokens[token].pos in ("PRON", "PROPN"):
        return True
    phrase = parsed.subtree(token, frozenset({"relcl", "acl", "prep", "poss"}))
    return any(parsed.mention_at(i, _PERSON) is not None for i in phrase)


def _object_and_its_clauses(parsed: ParsedArticle, obj: int | None) -> list[int]:
    """ "sanctions imposed on China": the object and the participles describing it."""
    if obj is None or parsed.tokens[obj].pos not in ("NOUN", "PROPN"):
        return []
    return [obj, *parsed.kids(obj, "acl")]


def _is_agent_of(parsed: ParsedArticle, index: int) -> bool:
    prep = parsed.head(index)
    return parsed.tokens[index].dep == "pobj" and prep is not None and parsed.lower(prep) in _BY


def _is_a_day(parsed: ParsedArticle, token: int) -> bool:
    """A day's name ("Sunday", "May 4"), not a phrase the NER calls a date ("the
    53-year-old")."""
    if parsed.lower(token) in _WEEKDAYS:
        return True
    return parsed.tokens[token].pos == "PROPN" and parsed.names_a_time(token)


def _is_date(parsed: ParsedArticle, token: int) -> bool:
    return parsed.mention_at(token, _NOT_AIMED_AT) is not None or parsed.lower(token) in _WEEKDAYS


def _passive_subject(parsed: ParsedArticle, verb: int) -> int | None:
    """ "Kyiv was attacked by Russia": the passive subject is the one acted on, also of a
    passive's conjunct ("a suspect was shot and killed by police": the suspect is killed)."""
    if parsed.kid(verb, "agent") is None:
        return None
    acted_on = parsed.kid(verb, "nsubjpass")
    head = parsed.head(verb)
    if acted_on is not None or parsed.tokens[verb].dep != "conj" or head is None:
        return acted_on
    if parsed.kid(verb, "nsubj") is None and parsed.kid(head, "auxpass") is not None:
        return parsed.kid(head, "nsubjpass")
    return None


def _or_of(parsed: ParsedArticle, target: int | None, infinitive: int) -> int | None:
    """ "agreed to extend their mission": with no addressee, the infinitive's target."""
    if target is not None:
        return target
    return aimed_at(parsed, infinitive, VERBS.get(parsed.tokens[infinitive].lemma.lower(), ""))


def _object_phrase(parsed: ParsedArticle, verb: int, obj: int) -> Phrase:
    """The object with the verb's "as"/"to" complement: "Crimea as Russian", "territory to
    Moscow"."""
    if parsed.lower(obj) in RELATIVE_PRONOUNS:
        return _phrase(parsed, [obj])  # "a wall that he promised as a candidate": the wall
    tokens = _branch(parsed, obj)
    for appos in parsed.kids(obj, "appos"):  # "his successor, Donald Trump,": who it is
        tokens.extend(_branch(parsed, appos))
    # an act named by the object goes where the verb's preposition says: "opened fire on
    # protesters"; any object "as" or "to" something: "Crimea as Russian"
    acts = parsed.lemma(obj) in NOUNS or (parsed.lemma(verb), parsed.lower(obj)) in PHRASAL
    for prep in parsed.kids(verb, "prep"):
        if prep < obj or _is_as_part_of(parsed, prep):
            continue
        aimed = acts and parsed.lower(prep) in (*_TOWARDS, "at") and _at_someone(parsed, prep)
        if parsed.lower(prep) in ("as", "to") or aimed:
            tokens.extend(_branch(parsed, prep))
    return _phrase(parsed, sorted(set(tokens)))


def _at_someone(parsed: ParsedArticle, prep: int) -> bool:
    """A preposition's object that is someone or somewhere ("on protesters", "on Kyiv"), not
    a day or a condition ("on Thursday", "on condition that ...")."""
    obj = parsed.kid(prep, "pobj")
    if obj is None or _is_date(parsed, obj):
        return False
    return _is_someone(parsed, obj) or parsed.mention_at(obj, frozenset({"GPE", "LOC"})) is not None


def with_antecedent(
    parsed: ParsedArticle, found: IssueAndTarget, verb: int, action: str
) -> IssueAndTarget:
    """A relative pronoun as the issue ("the plant, which his army has occupied") stands
    for the noun the clause describes: the issue is that noun's phrase."""
    if found.issue is None or found.issue.text.lower() not in RELATIVE_PRONOUNS:
        return found
    clause = next(
        (c for c in (verb, *parsed.ancestors(verb)) if parsed.tokens[c].dep == "relcl"), None
    )
    noun = parsed.head(clause) if clause is not None else None
    if noun is None or parsed.tokens[noun].pos not in ("NOUN", "PROPN"):
        return found
    if action in (ACCEPT, REJECT):
        noun = _proposal_above(parsed, noun)
    return IssueAndTarget(noun_phrase(parsed, noun), found.target)


def _proposal_above(parsed: ParsedArticle, noun: int) -> int:
    """What is accepted or refused is a proposal: "Kestria's demand for a withdrawal from the
    valley, which Orvenia rejected" refuses the demand, not the valley the parser hung the
    clause on. The nearest demand, offer or plan the noun's phrase belongs to, else the noun."""
    node = noun
    while parsed.lemma(node) not in CLAIM_NOUNS | _ANY_DEAL:
        prep = parsed.head(node) if parsed.tokens[node].dep == "pobj" else None
        above = parsed.head(prep) if prep is not None else None
        if above is None or parsed.tokens[above].pos not in ("NOUN", "PROPN"):
            return noun
        node = above
    return node


def issue_of_noun(parsed: ParsedArticle, noun: int) -> IssueAndTarget:
    """ "a US demand that Ukraine have ...", "demand for X", "proposals to recognize ..."."""
    clause = first_found(
        _infinitive_of(parsed, noun), parsed.kid(noun, "ccomp"), _that_clause(parsed, noun)
    )
    if clause is not None:
        target = asked_to_act(parsed, clause)
        # as for a verb: a subject no one asks to act is part of what is wanted ("a demand
        # that Ukraine have the right to its own army": Ukraine's right, not anyone's)
        return IssueAndTarget(core_phrase(parsed, clause, with_subject=target is None), target)
    obj = _pobj_of(parsed, noun, "for", "against", "on", "to", "with", "into")
    aimed = _pobj_of(parsed, noun, *_TOWARDS)
    if obj is None or parsed.lemma(obj) in _ANY_DEAL:
        # "US proposals for a deal have tilted ..., including Washington's recognition of
        # Russia's occupation of Crimea": what they hold says more than what they are for
        included = _included_in(parsed, noun)
        obj = included if included is not None else obj
    if obj is not None:
        return IssueAndTarget(noun_phrase(parsed, obj), aimed)
    head = parsed.head(noun)
    if parsed.tokens[noun].dep == "nsubj" and head is not None and _lists(parsed, noun, head):
        # "Other U.S. demands include the restoration of ...", "the offer included reopening
        # the bridge": what the verb lists, a thing or an act.
        listed = parsed.kid(head, "dobj", "attr", "xcomp")
        if listed is not None and parsed.tokens[listed].pos == "VERB":
            return IssueAndTarget(core_phrase(parsed, listed), None)
        if listed is not None:
            return IssueAndTarget(noun_phrase(parsed, listed), None)
    return IssueAndTarget(None, None)


def _lists(parsed: ParsedArticle, noun: int, verb: int) -> bool:
    """A verb that says what the noun holds: "demands include ...", "his demand is ...";
    not what it does or is like ("the tax plans would drive deficits", "Trump's support was
    a mirage")."""
    lemma = parsed.lemma(verb)
    return lemma in _LISTING or (lemma == "be" and parsed.lemma(noun) in CLAIM_NOUNS)


_LISTING = frozenset({"include", "comprise", "involve", "cover", "feature", "contain"})
# What proposals or demands are "for" when they name no terms of their own.
_ANY_DEAL = frozenset(
    {"deal", "agreement", "settlement", "accord", "plan", "peace", "solution", "framework",
     "package", "compromise"}
)  # fmt: skip


def _included_in(parsed: ParsedArticle, noun: int) -> int | None:
    """ "proposals ..., including X": X, hung on the noun or, for a subject, on its verb."""
    holders = [noun]
    head = parsed.head(noun)
    if parsed.tokens[noun].dep in ("nsubj", "nsubjpass") and head is not None:
        holders.append(head)
    for holder in holders:
        for kid in parsed.kids(holder, "prep", "acl", "advcl"):
            if parsed.lower(kid) == "including":
                listed = parsed.kid(kid, "pobj", "dobj")
                if listed is not None:
                    return listed
    return None


def _infinitive_of(parsed: ParsedArticle, noun: int) -> int | None:
    """ "proposals to recognize ...": the content; a participle only describes the noun
    ("the offer, first reported by Glas Orvena, ...")."""
    for clause in parsed.kids(noun, "acl"):
        if parsed.has_to(clause):
            return clause
    return None


def _that_clause(parsed: ParsedArticle, noun: int) -> int | None:
    """spaCy reads "a demand that Ukraine have ..." as a relative clause; "that" marks it."""
    for clause in parsed.kids(noun, "relcl"):
        if any(parsed.lower(m) == "that" for m in parsed.kids(clause, "mark")):
            return clause
    return None


def _addressee(parsed: ParsedArticle, verb: int) -> int | None:
    """Who is asked or acted on: "urged Putin", "called on Putin", "wants Moscow to"."""
    return first_found(
        parsed.kid(verb, "dobj", "dative"), _pobj_of(parsed, verb, "on", "at", "with", "to")
    )


def _asked_to(parsed: ParsedArticle, verb: int, action: str) -> int | None:
    """ "calling on Democratic candidates to support the $15 minimum wage": an infinitive
    the parse hangs on a demand as an adverbial clause is what is demanded."""
    if action != DEMAND:
        return None
    addressed = _someone_addressed(parsed, verb) or _someone_called_for(parsed, verb)
    if addressed is None:
        return None
    for clause in parsed.kids(verb, "advcl"):
        if clause > addressed and parsed.has_to(clause):
            return clause
    # "called on Pence in a letter Wednesday to invoke the 25th Amendment": the parse hangs
    # the infinitive on the letter it was asked in
    for prep in parsed.kids(verb, "prep"):
        written = parsed.kid(prep, "pobj") if _is_said_in(parsed, prep) else None
        for clause in parsed.kids(written, "relcl", "acl") if written is not None else []:
            if clause > addressed and parsed.has_to(clause):
                return clause
    return None


def _someone_called_for(parsed: ParsedArticle, verb: int) -> int | None:
    """ "called for the former secretary of state to release the transcripts": whom the
    demand is for, when someone, is whom it asks to act."""
    wanted = _pobj_of(parsed, verb, "for")
    # "called for US military operations there to be scaled back": a thing a name stands
    # inside, not whom
    return wanted if wanted is not None and _is_someone(parsed, wanted, inside=False) else None


def _someone_addressed(parsed: ParsedArticle, verb: int) -> int | None:
    """The addressee when it is someone who can be asked to act: "backed talks between
    Iran and six powers to revive a deal" addresses no one (the talks are to revive it)."""
    addressee = _addressee(parsed, verb)
    return addressee if addressee is not None and _is_someone(parsed, addressee) else None


def _is_someone(parsed: ParsedArticle, token: int, *, inside: bool = True) -> bool:
    """A name, a pronoun or people ("Putin", "him", "the Palestinian people"), never a thing
    someone owns ("Trump's decision"); with `inside`, also a phrase with a name among its own
    words ("the US delegation")."""
    if parsed.tokens[token].pos in ("PRON", "PROPN") or parsed.mention_at(token, _NAMED):
        return True
    own = parsed.subtree(token, _NOT_OWN | {"poss"}) if inside else []
    named = any(parsed.mention_at(i, _NAMED) is not None for i in own)
    return named or names_people(parsed, token)


def _infinitive_under(parsed: ParsedArticle, target: int | None) -> int | None:
    """spaCy often hangs "to end" off the addressee: "called on Putin to end his war"."""
    if target is None:
        return None
    for clause in parsed.kids(target, "acl", "relcl"):
        # an infinitive only: "a burglary that took place", "an order establishing a
        # commission" describe the object, they are not what it is asked to do
        if parsed.has_to(clause):
            return clause
    return None


def _pobj_of(parsed: ParsedArticle, head: int, *preps: str) -> int | None:
    return next(_pobjs_of(parsed, head, *preps), None)


def _pobjs_of(parsed: ParsedArticle, head: int, *preps: str) -> Iterator[int]:
    """The objects of the head's prepositions among `preps`, in text order."""
    for prep in parsed.kids(head, "prep"):
        if parsed.lower(prep) in preps:
            obj = parsed.kid(prep, "pobj", "pcomp")
            if obj is not None:
                yield obj


def core_phrase(parsed: ParsedArticle, head: int, *, with_subject: bool = False) -> Phrase:
    """A clause without its subject (unless `with_subject`), asides and the preps that do
    not carry the issue."""
    keep: list[int] = [head]
    for kid in parsed.children[head]:
        token = parsed.tokens[kid]
        if with_subject and token.dep in ("nsubj", "nsubjpass") and token.pos != "PRON":
            keep.extend(_branch(parsed, kid))
            continue
        if (token.dep in _SKIP and not _what_it_is_for(parsed, head, kid)) or token.pos == "SPACE":
            continue
        if _tense_auxiliary(parsed, head, kid) and not (
            with_subject and _named_subject(parsed, head)
        ):
            continue  # "Congress should impeach" keeps its "should": a clause, not an act
        if (
            token.dep in ("conj", "cc")
            and parsed.tokens[head].pos in ("VERB", "AUX")
            and not _shares_the_object(parsed, head)
        ):
            continue  # "to end the occupation and refuse to recognize ...": two acts
        if _side_modifier(parsed, head, kid):
            continue
        if _is_as_part_of(parsed, kid) or _is_said_in(parsed, kid):
            continue  # "threatened to impose tariffs in a statement": where, not what
        if _which_aside(parsed, kid):
            continue  # "asked Brady to resign, which he did not do": what followed
        keep.extend(_branch(parsed, kid))
    return _phrase(parsed, sorted(set(keep)))


def _tense_auxiliary(parsed: ParsedArticle, head: int, kid: int) -> bool:
    """ "should" in "demanded that Russia should withdraw", "would" in "warned it would
    retaliate"; kept with a negation ("would not vote", "shouldn't have to": one word)."""
    return (
        parsed.tokens[kid].dep == "aux"
        and kid < head
        and parsed.lower(kid) in _TENSE_AUXILIARIES
        and not parsed.kids(head, "neg")
    )


def _named_subject(parsed: ParsedArticle, head: int) -> bool:
    return any(parsed.tokens[k].pos != "PRON" for k in parsed.kids(head, *_SUBJECTS))


def _which_aside(parsed: ParsedArticle, kid: int) -> bool:
    """A clause opened by ", which" (the parse may hang it as a complement): an aside on
    the whole, never part of what is wanted or done."""
    first = parsed.subtree(kid)[0]
    return parsed.lower(first) == "which" and first > 0 and parsed.word(first - 1) == ","


def _what_it_is_for(parsed: ParsedArticle, head: int, kid: int) -> bool:
    """ "vowed to work to repeal the amendment", "moved to block it": an infinitive right
    after a verb with no object of its own says what the verb is done for, the issue itself."""
    return (
        parsed.tokens[kid].dep == "advcl"
        and parsed.tokens[head].pos == "VERB"
        and parsed.lower(head + 1) == "to"
        and min(parsed.subtree(kid)) == head + 1
        and not parsed.kids(head, "dobj", "ccomp", "xcomp")
    )


def _shares_the_object(parsed: ParsedArticle, verb: int) -> bool:
    """ "to defend and expand Social Security": the first verb has no complement of its own,
    the object after the last verb is both verbs' (the parse hangs it on the last)."""
    own = [k for k in parsed.children[verb] if parsed.tokens[k].dep in _COMPLEMENT_DEPS]
    conjuncts = parsed.kids(verb, "conj")
    return not own and any(parsed.kids(c, *_COMPLEMENT_DEPS) for c in conjuncts)


_COMPLEMENT_DEPS = ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "dative", "oprd")


def _side_modifier(parsed: ParsedArticle, head: int, kid: int) -> bool:
    """A prepositional or adverbial modifier that does not carry the issue ("in Moscow")."""
    if parsed.tokens[kid].dep not in ("prep", "npadvmod", "advmod"):
        return False
    return parsed.lower(kid) not in _CORE_PREPS and not _particle(parsed, head, kid)


def _particle(parsed: ParsedArticle, head: int, kid: int) -> bool:
    """ "back out of the talks", "pull back", "give up": the particle right after its verb
    (the parse often calls it a preposition) is part of the verb's meaning."""
    if parsed.lower(kid) not in _PARTICLES or parsed.tokens[head].pos != "VERB" or kid <= head:
        return False
    # right after the verb, or right after its object ("get his act together", "put the
    # discord behind", "get the event back on track")
    between = set(range(head + 1, kid))
    objects = parsed.kids(head, "dobj")
    return not between or any(between == set(parsed.subtree(o)) for o in objects)


def noun_phrase(parsed: ParsedArticle, head: int) -> Phrase:
    return _phrase(parsed, _branch(parsed, head))


def _branch(parsed: ParsedArticle, head: int) -> list[int]:
    """A subtree without asides, at any depth ("... industry as part of a deal", "...,
    first reported by the Orvenian daily Glas Orvena": the attribution). A clause inside
    it keeps its subject ("pay attention to what voters think"); the head's own is not
    part of it."""
    whole = parsed.subtree(head, _ASIDES)
    for clause in _infinitives_after(parsed, head):  # "pushing for tariffs to be lifted"
        whole = sorted({*whole, *parsed.subtree(clause, _ASIDES - {"mark"})})  # "for students to"
    asides = [
        k
        for k in whole
        if k != head
        and (
            (parsed.tokens[k].dep in _SUBJECTS and parsed.head(k) == head)
            or _is_as_part_of(parsed, k)
            or _is_reported_by(parsed, k)
            or parsed.is_when(k)
            or _is_said_in(parsed, k)
            or _in_company(parsed, k)
        )
    ]
    dropped = {i for aside in asides for i in parsed.subtree(aside)}
    said = closing_report(parsed, head)  # "..., the Ukrainian air force reports": its words
    closing = parsed.closing_phrase(said) if said is not None else None
    return [i for i in whole if i not in dropped and (closing is None or i < closing[0])]


def _infinitives_after(parsed: ParsedArticle, noun: int) -> list[int]:
    """ "for tariffs to be lifted": the parse hangs the infinitive on the noun as a relative
    clause, but it says what is wanted of the noun, and without it the issue turns round
    (China pushing for tariffs)."""
    return [
        clause
        for clause in parsed.kids(noun, "relcl")
        if parsed.tokens[noun].pos in ("NOUN", "PROPN")
        and parsed.has_to(clause)
        and min(parsed.subtree(clause)) == noun + 1
    ]


def _is_said_in(parsed: ParsedArticle, kid: int) -> bool:
    """ "welcomed the agreement [in a short statement]": where it was said, not what."""
    obj = parsed.kid(kid, "pobj")
    return (
        parsed.lower(kid) in ("in", "during") and obj is not None and parsed.lemma(obj) in _SAID_IN
    )


# Media a stance is taken "on", never what it is about.
_SAID_ON = frozenset(
    {"blog", "website", "site", "page", "account", "feed", "channel", "show", "program",
     "programme", "podcast", "radio", "television", "air", "twitter", "facebook"}
)  # fmt: skip
_SAID_IN = frozenset(
    {"statement", "interview", "speech", "post", "tweet", "letter", "message", "briefing",
     "address", "remarks", "op-ed", "editorial", "broadcast", "podcast"}
)  # fmt: skip


def _circumstance(parsed: ParsedArticle, prep: int) -> bool:
    """A preposition saying where it was said or in whose company, never whom it concerns."""
    return _said_there(parsed, prep) or _in_company(parsed, prep)


def _said_there(parsed: ParsedArticle, prep: int) -> bool:
    obj = parsed.kid(prep, "pobj")
    on_air = parsed.lower(prep) == "on" and obj is not None and parsed.lemma(obj) in _ON_AIR
    return on_air or _is_said_in(parsed, prep)


# Where words go out, and nothing else is "on": not "attacks on government websites", "a
# ban on television channels", "sanctions on the nuclear program".
_ON_AIR = frozenset({"twitter", "facebook", "instagram", "air", "show", "podcast"})


def said_somewhere(parsed: ParsedArticle, verb: int) -> bool:
    """ "attacked Pelosi on Twitter", "hit back in a statement": done in words."""
    return any(_said_there(parsed, prep) for prep in parsed.kids(verb, "prep"))


def _in_company(parsed: ParsedArticle, kid: int) -> bool:
    """ "announced the proposal alongside Netanyahu", "calm amid the protests": with whom or
    in what times, never part of what is proposed or wanted ("ammunition alongside
    humanitarian assistance to Turkey" is more of what is given)."""
    if parsed.tokens[kid].dep != "prep":
        return False
    if parsed.lower(kid) in ("amid", "amidst"):
        return True
    beside = parsed.kid(kid, "pobj")
    named = beside is not None and parsed.mention_at(beside, _PERSON) is not None
    return parsed.lower(kid) == "alongside" and named


def _is_reported_by(parsed: ParsedArticle, kid: int) -> bool:
    return parsed.tokens[kid].dep == "acl" and parsed.lemma(kid) in REPORTING_VERBS


def _is_as_part_of(parsed: ParsedArticle, kid: int) -> bool:
    obj = parsed.kid(kid, "pobj")
    return parsed.lower(kid) == "as" and obj is not None and parsed.lower(obj) == "part"


def _phrase(parsed: ParsedArticle, tokens: list[int]) -> Phrase:
    tokens = _trim(parsed, _through_the_possessed(parsed, tokens))
    if len(tokens) > _MAX_WORDS:
        tokens = _trim(parsed, tokens[: _cut_after_a_name(parsed, tokens)])
    tokens = _whole_words(parsed, tokens)
    start, end = parsed.tokens[tokens[0]].start, parsed.tokens[tokens[-1]].end
    return Phrase(start, end, _normalise(parsed, tokens))


def _cut_after_a_name(parsed: ParsedArticle, tokens: list[int]) -> int:
    """Where a long phrase is cut: after `_MAX_WORDS` words, but never inside a name ("a
    deal with the White House", not "with the White")."""
    cut = _MAX_WORDS
    while cut < len(tokens):
        name = parsed.mention_at(tokens[cut - 1])
        if name is None or parsed.mention_at(tokens[cut]) != name:
            break
        cut += 1
    return cut


def _whole_words(parsed: ParsedArticle, tokens: list[int]) -> list[int]:
    """A phrase never ends or starts inside a hyphenated word the tokenizer split (and the
    parse scattered): "economy re-opened", "a super-PAC", not "economy re", "super"."""

    def joined(left: int, right: int) -> bool:
        return parsed.tokens[left].end == parsed.tokens[right].start

    last, first = tokens[-1], tokens[0]
    after: list[int] = []
    while last + 1 < len(parsed.tokens) and parsed.word(last).endswith("-"):
        if not joined(last, last + 1):
            break  # "anti-" "Semitic": the tokenizer kept the hyphen on the first half
        after.append(last + 1)
        last += 1
    while last + 2 < len(parsed.tokens) and parsed.word(last + 1) == "-":
        if not (joined(last, last + 1) and joined(last + 1, last + 2)):
            break
        after += [last + 1, last + 2]
        last += 2
    before: list[int] = []
    while first >= 2 and parsed.word(first - 1) == "-":
        if not (joined(first - 2, first - 1) and joined(first - 1, first)):
            break
        before = [first - 2, first - 1, *before]
        first -= 2
    return [*before, *tokens, *after]


def _through_the_possessed(parsed: ParsedArticle, tokens: list[int]) -> list[int]:
    """A phrase never ends on a possessor: "fight the administration's stated plans", where
    the parse hung "stated plans" elsewhere, runs on to the noun possessed."""
    last = tokens[-1] if tokens else None
    if last is None or parsed.tokens[last].dep != "case":
        return tokens
    following = []
    for index in range(last + 1, min(last + 4, len(parsed.tokens))):
        if parsed.tokens[index].pos not in ("ADJ", "VERB", "NOUN", "PROPN"):
            break
        following.append(index)
        if parsed.tokens[index].pos in ("NOUN", "PROPN"):
            return [*tokens, *following]
    return tokens


def _trim(parsed: ParsedArticle, tokens: list[int]) -> list[int]:
    """Drop leading determiners/markers (and an auxiliary whose subject the phrase left
    out: "'s considering a tax cut") and trailing punctuation or connectives."""
    while len(tokens) > 1 and (
        parsed.lower(tokens[0]) in _LEADING | set(_QUOTES) or _bare_clitic(parsed, tokens[0])
    ):
        tokens = tokens[1:]
    while len(tokens) > 1 and (
        parsed.tokens[tokens[-1]].pos in ("PUNCT", "CCONJ", "ADP", "DET")
        or parsed.word(tokens[-1]) in _QUOTES
    ):
        if parsed.tokens[tokens[-1]].dep == "prt":
            break  # "to mask up": the particle is part of the verb
        tokens = tokens[:-1]
    return tokens


def _bare_clitic(parsed: ParsedArticle, index: int) -> bool:
    return parsed.tokens[index].pos == "AUX" and parsed.word(index)[:1] in ("'", "’")


def _normalise(parsed: ParsedArticle, tokens: list[int]) -> str:
    """The kept words with their own spacing, quote marks dropped, one space between gaps."""
    parts: list[str] = []
    previous_end: int | None = None
    for index in tokens:
        token = parsed.tokens[index]
        if parsed.word(index) in _QUOTES:
            continue
        if previous_end is not None:
            gap = parsed.text[previous_end : token.start]
            parts.append("" if gap == "" else " ")
        parts.append(parsed.word(index).replace("’", "'"))
        previous_end = token.end
    return "".join(parts).strip()
