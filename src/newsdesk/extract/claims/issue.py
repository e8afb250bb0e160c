"""What a claim is about (its issue) and whom it is aimed at (its target).

The issue is read from the trigger's complement: the clause of "demand that Russia
recognize ...", the infinitive of "wants Moscow to return ...", the object of "rejected the
request", the object of "push for the recognition of ...". It is kept short: relative
clauses, appositions, adverbial clauses and "as part of ..." asides are left out of the
normalised phrase, while the span still covers the exact stretch of text it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.extract.claims.lexicon import NOUNS, TRANSFERS, VERBS, WANTS_THINGS
from newsdesk.extract.claims.tree import Tree, first_found

# Branches never part of an issue phrase.
_SKIP = frozenset({"relcl", "appos", "advcl", "punct", "mark", "nsubj", "nsubjpass", "parataxis"})
# Prepositions that belong to a verb's issue ("recognize Crimea as Russian", "cede ... to").
_CORE_PREPS = frozenset(
    ["as", "to", "for", "from", "of", "over", "on", "into", "with", "against", "in"]
)
# Prepositions that direct an action at someone: "sanctions on Iran", "aid to Gaza".
# ("at" is left out: "meet X at a luncheon" is where, not whom.)
_TOWARDS = ("to", "on", "against", "with", "into", "upon")
# Named spans that are never whom an action is aimed at: "on Friday", "on 14 January".
_NOT_AIMED_AT = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_FROM_OR_IN = ("from", "in")
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
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"today", "yesterday"}
)
_LEADING = frozenset({"the", "a", "an", "that", "to", "of", "for", "on"})
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


def issue_of_verb(tree: Tree, verb: int, action: str = "") -> IssueAndTarget:
    """The issue and target of a verb trigger of type `action`, from its complements."""
    clause = tree.kid(verb, "ccomp")
    if clause is not None:
        return IssueAndTarget(core_phrase(tree, clause), tree.kid(clause, "nsubj"))
    target = aimed_at(tree, verb, action)
    infinitive = first_found(
        tree.kid(verb, "xcomp"), _infinitive_under(tree, _addressee(tree, verb))
    )
    if infinitive is not None:
        return IssueAndTarget(core_phrase(tree, infinitive), _or_of(tree, target, infinitive))
    obj = first_found(
        tree.kid(verb, "dobj", "attr", "oprd"), _pobj_of(tree, verb, "for", "against", "at")
    )
    if obj is not None:
        return IssueAndTarget(_object_phrase(tree, verb, obj), target)
    return IssueAndTarget(None, target)


def aimed_at(tree: Tree, verb: int, action: str = "") -> int | None:
    """Whom a verb's action is aimed at. Its object when that names someone ("urged Putin",
    "killed six soldiers"), or who is behind a thing it takes as object ("rejected an appeal
    lodged by X"). When the object is a thing (handed over: "sent aid to Gaza", "lifted
    sanctions imposed on China"; an action: "held talks with Abbas"; wanted or refused:
    "sought refuge in Amman") or there is none ("called for sanctions against Turkey"):
    the one its prepositions direct it to, a named one first."""
    obj = _direct_object(tree, verb)
    if obj is not None and _names_a_person(tree, obj):
        return obj
    if obj is not None and not _is_a_thing(tree, obj, action):
        return first_found(_named_inside(tree, obj), obj)
    preps = _TOWARDS + _FROM_OR_IN if action in TRANSFERS | WANTS_THINGS else _TOWARDS
    directed = _directed_objects(tree, verb, obj, preps)
    named = [d for d in directed if _names_an_actor(tree, d)]
    return first_found(
        named[0] if named else None,
        _named_anywhere_inside(tree, obj),
        directed[0] if directed else None,
        obj,
        _passive_subject(tree, verb),
    )


def _direct_object(tree: Tree, verb: int) -> int | None:
    """The object, or the receiver of "gave Putin a warning" (spaCy also calls the "to" of
    "sent aid to Gaza" a dative: a preposition, not an object)."""
    datives = [d for d in tree.kids(verb, "dative") if tree.tokens[d].pos != "ADP"]
    return first_found(*datives, tree.kid(verb, "dobj"))


def _is_a_thing(tree: Tree, obj: int, action: str) -> bool:
    """An object that is not whom the action is aimed at: an action ("talks"), what is
    handed over, or what is wanted, offered or refused when it names no one."""
    if action in TRANSFERS or tree.tokens[obj].lemma.lower() in NOUNS:
        return True
    return action in WANTS_THINGS and not _names_an_actor(tree, obj)


def _names_an_actor(tree: Tree, token: int) -> bool:
    """A name, a pronoun, or a phrase with a name in it ("the Palestinian people")."""
    if tree.tokens[token].pos in ("PRON", "PROPN"):
        return True
    phrase = tree.subtree(token, _NOT_OWN)
    return any(tree.mention_at(i, _NAMED) is not None for i in phrase)


def _directed_objects(tree: Tree, verb: int, obj: int | None, preps: tuple[str, ...]) -> list[int]:
    """Objects of `preps` in the verb's phrase, through the object and other prepositions
    ("called for sanctions against Turkey", "aid in assistance to Fiji"), never inside
    another clause and never a date; "to"/"against"-like ones first, then in text order."""
    found: list[tuple[int, int]] = []
    stack = [verb, *_object_and_its_clauses(tree, obj)]
    seen: set[int] = set()
    while stack:
        head = stack.pop()
        if head in seen:
            continue
        seen.add(head)
        for prep in tree.kids(head, "prep", "dative"):
            pobj = tree.kid(prep, "pobj")
            if pobj is None or _is_date(tree, pobj):
                continue
            stack.append(pobj)
            if tree.lower(prep) in preps:
                found.append((0 if tree.lower(prep) in _TOWARDS else 1, pobj))
    return [index for _, index in sorted(found)]


def _named_anywhere_inside(tree: Tree, obj: int | None) -> int | None:
    """ "rejected loud appeals to release Aya Hijazi": the first one named in a thing."""
    if obj is None or tree.tokens[obj].pos != "NOUN":
        return None
    for index in tree.subtree(obj, frozenset({"appos", "punct"})):
        possessor = tree.tokens[index].dep == "poss"
        named = tree.mention_at(index, _NAMED) is not None
        if index != obj and named and not possessor and not _is_date(tree, index):
            return noun_above(tree, index)
    return None


def named_after(tree: Tree, verb: int, after: int) -> int | None:
    """The first name after character `after` (the trigger's end) in the verb's own clause:
    a guess at the target when the syntax names none ("resigned as president of Indonesia")."""
    for index in tree.subtree(verb, _OTHER_CLAUSES):
        late = tree.tokens[index].start >= after
        if late and tree.mention_at(index, _NAMED) is not None and not _is_date(tree, index):
            return noun_above(tree, index)
    return None


def noun_above(tree: Tree, index: int) -> int:
    """The noun a name modifies, whose phrase the target is: "Croatian" in "the Croatian
    government's request", "Palestinian" in "the Palestinian people"."""
    while tree.tokens[index].dep in _MODIFIER:
        head = tree.head(index)
        if head is None or tree.tokens[head].pos not in ("NOUN", "PROPN"):
            break
        index = head
    return index


def _named_inside(tree: Tree, obj: int) -> int | None:
    """The first named actor hanging off a thing: "an appeal lodged by the Administrative
    Centre", "charges by the U.S. Chamber of Commerce", "a request for Puigdemont"."""
    if tree.mention_at(obj, _NAMED) is not None or tree.tokens[obj].pos != "NOUN":
        return None
    for index in tree.subtree(obj, frozenset({"relcl", "appos", "punct"})):
        named = tree.mention_at(index, _NAMED) is not None
        if index != obj and named and _is_agent_of(tree, index) and not _is_date(tree, index):
            return index
    return None


def _names_a_person(tree: Tree, token: int) -> bool:
    """A pronoun or a phrase naming a person: "his counterpart Italian President Sergio
    Mattarella" is whom a meeting is with, whatever preposition follows."""
    if tree.tokens[token].pos in ("PRON", "PROPN"):
        return True
    phrase = tree.subtree(token, frozenset({"relcl", "acl", "prep", "poss"}))
    return any(tree.mention_at(i, _PERSON) is not None for i in phrase)


def _object_and_its_clauses(tree: Tree, obj: int | None) -> list[int]:
    """ "sanctions imposed on China": the object and the participles describing it."""
    if obj is None or tree.tokens[obj].pos not in ("NOUN", "PROPN"):
        return []
    return [obj, *tree.kids(obj, "acl")]


def _is_agent_of(tree: Tree, index: int) -> bool:
    prep = tree.head(index)
    return tree.tokens[index].dep == "pobj" and prep is not None and tree.lower(prep) in _BY


def _is_date(tree: Tree, token: int) -> bool:
    return tree.mention_at(token, _NOT_AIMED_AT) is not None or tree.lower(token) in _WEEKDAYS


def _passive_subject(tree: Tree, verb: int) -> int | None:
    """ "Kyiv was attacked by Russia": the passive subject is the one acted on."""
    return tree.kid(verb, "nsubjpass") if tree.kid(verb, "agent") is not None else None


def _or_of(tree: Tree, target: int | None, infinitive: int) -> int | None:
    """ "agreed to extend their mission": with no addressee, the infinitive's target."""
    if target is not None:
        return target
    return aimed_at(tree, infinitive, VERBS.get(tree.tokens[infinitive].lemma.lower(), ""))


def _object_phrase(tree: Tree, verb: int, obj: int) -> Phrase:
    """The object with the verb's "as"/"to" complement: "Crimea as Russian", "territory to
    Moscow"."""
    tokens = _branch(tree, obj)
    for prep in tree.kids(verb, "prep"):
        if tree.lower(prep) in ("as", "to") and prep > obj and not _is_as_part_of(tree, prep):
            tokens.extend(_branch(tree, prep))
    return _phrase(tree, sorted(set(tokens)))


def issue_of_noun(tree: Tree, noun: int) -> IssueAndTarget:
    """ "a US demand that Ukraine have ...", "demand for X", "proposals to recognize ..."."""
    clause = first_found(tree.kid(noun, "acl", "ccomp"), _that_clause(tree, noun))
    if clause is not None:
        return IssueAndTarget(core_phrase(tree, clause), tree.kid(clause, "nsubj"))
    obj = _pobj_of(tree, noun, "for", "against", "on", "to")
    aimed = _pobj_of(tree, noun, *_TOWARDS)
    if obj is not None:
        return IssueAndTarget(noun_phrase(tree, obj), aimed)
    head = tree.head(noun)
    if tree.tokens[noun].dep == "nsubj" and head is not None:
        # "Other U.S. demands include the restoration of ...": what the verb lists.
        listed = tree.kid(head, "dobj", "attr")
        if listed is not None:
            return IssueAndTarget(noun_phrase(tree, listed), None)
    return IssueAndTarget(None, None)


def _that_clause(tree: Tree, noun: int) -> int | None:
    """spaCy reads "a demand that Ukraine have ..." as a relative clause; "that" marks it."""
    for clause in tree.kids(noun, "relcl"):
        if any(tree.lower(m) == "that" for m in tree.kids(clause, "mark")):
            return clause
    return None


def _addressee(tree: Tree, verb: int) -> int | None:
    """Who is asked or acted on: "urged Putin", "called on Putin", "wants Moscow to"."""
    return first_found(
        tree.kid(verb, "dobj", "dative"), _pobj_of(tree, verb, "on", "at", "with", "to")
    )


def _infinitive_under(tree: Tree, target: int | None) -> int | None:
    """spaCy often hangs "to end" off the addressee: "called on Putin to end his war"."""
    if target is None:
        return None
    return tree.kid(target, "acl", "relcl")


def _pobj_of(tree: Tree, head: int, *preps: str) -> int | None:
    for prep in tree.kids(head, "prep"):
        if tree.lower(prep) in preps:
            obj = tree.kid(prep, "pobj", "pcomp")
            if obj is not None:
                return obj
    return None


def core_phrase(tree: Tree, head: int) -> Phrase:
    """A clause without its subject, asides and the preps that do not carry the issue."""
    keep: list[int] = [head]
    for kid in tree.children[head]:
        token = tree.tokens[kid]
        if token.dep in _SKIP or token.pos == "SPACE":
            continue
        if token.dep in ("prep", "npadvmod", "advmod") and tree.lower(kid) not in _CORE_PREPS:
            continue
        if _is_as_part_of(tree, kid):
            continue
        keep.extend(_branch(tree, kid))
    return _phrase(tree, sorted(set(keep)))


def noun_phrase(tree: Tree, head: int) -> Phrase:
    return _phrase(tree, _branch(tree, head))


def _branch(tree: Tree, head: int) -> list[int]:
    """A subtree without asides, at any depth ("... industry as part of a deal")."""
    asides = [k for k in tree.subtree(head, _SKIP) if _is_as_part_of(tree, k)]
    dropped = {i for aside in asides for i in tree.subtree(aside)}
    return [i for i in tree.subtree(head, _SKIP) if i not in dropped]


def _is_as_part_of(tree: Tree, kid: int) -> bool:
    obj = tree.kid(kid, "pobj")
    return tree.lower(kid) == "as" and obj is not None and tree.lower(obj) == "part"


def _phrase(tree: Tree, tokens: list[int]) -> Phrase:
    tokens = _trim(tree, tokens)
    if len(tokens) > _MAX_WORDS:
        tokens = _trim(tree, tokens[:_MAX_WORDS])
    start, end = tree.tokens[tokens[0]].start, tree.tokens[tokens[-1]].end
    return Phrase(start, end, _normalise(tree, tokens))


def _trim(tree: Tree, tokens: list[int]) -> list[int]:
    """Drop leading determiners/markers and trailing punctuation or connectives."""
    while len(tokens) > 1 and tree.lower(tokens[0]) in _LEADING | set(_QUOTES):
        tokens = tokens[1:]
    while len(tokens) > 1 and (
        tree.tokens[tokens[-1]].pos in ("PUNCT", "CCONJ", "ADP", "DET")
        or tree.word(tokens[-1]) in _QUOTES
    ):
        tokens = tokens[:-1]
    return tokens


def _normalise(tree: Tree, tokens: list[int]) -> str:
    """The kept words with their own spacing, quote marks dropped, one space between gaps."""
    parts: list[str] = []
    previous_end: int | None = None
    for index in tokens:
        token = tree.tokens[index]
        if tree.word(index) in _QUOTES:
            continue
        if previous_end is not None:
            gap = tree.text[previous_end : token.start]
            parts.append("" if gap == "" else " ")
        parts.append(tree.word(index).replace("’", "'"))
        previous_end = token.end
    return "".join(parts).strip()
