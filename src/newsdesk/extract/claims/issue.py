"""What a claim is about (its issue) and whom it is aimed at (its target).

The issue is read from the trigger's complement: the clause of "demand that Russia
recognize ...", the infinitive of "wants Moscow to return ...", the object of "rejected the
request", the object of "push for the recognition of ...". It is kept short: relative
clauses, appositions, adverbial clauses and "as part of ..." asides are left out of the
normalised phrase, while the span still covers the exact stretch of text it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.extract.claims.tree import Tree

# Branches never part of an issue phrase.
_SKIP = frozenset({"relcl", "appos", "advcl", "punct", "mark", "nsubj", "nsubjpass", "parataxis"})
# Prepositions that belong to a verb's issue ("recognize Crimea as Russian", "cede ... to").
_CORE_PREPS = frozenset(
    ["as", "to", "for", "from", "of", "over", "on", "into", "with", "against", "in"]
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


def issue_of_verb(tree: Tree, verb: int) -> IssueAndTarget:
    """The issue and target of a verb trigger, from its complements."""
    clause = tree.kid(verb, "ccomp")
    if clause is not None:
        return IssueAndTarget(core_phrase(tree, clause), tree.kid(clause, "nsubj"))
    target = _addressee(tree, verb)
    infinitive = tree.kid(verb, "xcomp") or _infinitive_under(tree, target)
    if infinitive is not None:
        return IssueAndTarget(core_phrase(tree, infinitive), target)
    obj = tree.kid(verb, "dobj", "attr", "oprd") or _pobj_of(tree, verb, "for", "against", "at")
    if obj is not None:
        return IssueAndTarget(_object_phrase(tree, verb, obj), target if target != obj else obj)
    return IssueAndTarget(None, target)


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
    clause = tree.kid(noun, "acl", "ccomp") or _that_clause(tree, noun)
    if clause is not None:
        return IssueAndTarget(core_phrase(tree, clause), tree.kid(clause, "nsubj"))
    obj = _pobj_of(tree, noun, "for", "against", "on", "to")
    if obj is not None:
        return IssueAndTarget(noun_phrase(tree, obj), None)
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
    return tree.kid(verb, "dobj", "dative") or _pobj_of(tree, verb, "on", "at", "with", "to")


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
