"""How a claim is put: asserted, reported, proposed, conditional, negated or expected.

One value per claim, the strongest cue winning: a negation or a condition changes what
the claim says; "will"/"is expected to" and proposals say it has not happened yet; a
reporter other than the actor ("..., Bloomberg reported") only says who vouches for it.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsdesk.extract.claims.lexicon import EXPECTING_VERBS, PROPOSING, REPORTING_VERBS
from newsdesk.extract.claims.tree import Tree

ASSERTED = "asserted"
REPORTED = "reported"
PROPOSED = "proposed"
CONDITIONAL = "conditional"
NEGATED = "negated"
EXPECTED = "expected"
MODALITIES = (ASSERTED, REPORTED, PROPOSED, CONDITIONAL, NEGATED, EXPECTED)

_CONDITION_MARKS = frozenset({"if", "unless", "provided", "once"})
_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})
_MAYBE = frozenset({"would", "could", "might", "may"})


def verb_chain(tree: Tree, verb: int) -> Iterator[int]:
    """The verb and the verbs it is the infinitive of: "continues to push" -> push, continue;
    "is willing to provide" -> provide, willing, is."""
    yield verb
    while tree.tokens[verb].dep in ("xcomp", "conj") or (
        tree.tokens[verb].dep == "acomp" and tree.tokens[verb].pos == "ADJ"
    ):
        head = tree.head(verb)
        if head is None:
            return
        verb = head
        yield verb


def is_negated(tree: Tree, verb: int) -> bool:
    return any(tree.kid(v, "neg") is not None for v in verb_chain(tree, verb))


def reporting_verb_above(tree: Tree, verb: int) -> int | None:
    """The reporting verb this clause is the content of ("X will demand ..., Y reported")."""
    for ancestor in (verb, *tree.ancestors(verb)):
        head = tree.head(ancestor)
        if head is None or tree.tokens[ancestor].dep not in ("ccomp", "xcomp", "conj"):
            continue
        if tree.tokens[head].lemma.lower() in REPORTING_VERBS:
            return head
    return None


def modality_of(tree: Tree, verb: int, negated: bool, reported: bool) -> str:
    """The modality of the claim carried by `verb` (its clause's main verb)."""
    chain = list(verb_chain(tree, verb))
    if negated:
        return NEGATED
    if _conditional(tree, verb, chain, reported):
        return CONDITIONAL
    if _expected(tree, chain):
        return EXPECTED
    if any(tree.tokens[a].lemma.lower() in PROPOSING for a in tree.ancestors(verb)):
        return PROPOSED
    return REPORTED if reported else ASSERTED


def _conditional(tree: Tree, verb: int, chain: list[int], reported: bool) -> bool:
    for clause in (verb, *tree.ancestors(verb)):
        marks = tree.kids(clause, "mark")
        if tree.tokens[clause].dep == "advcl" and any(
            tree.lower(m) in _CONDITION_MARKS for m in marks
        ):
            return True
    # In reported speech "would" is the past of "will", not a condition.
    return (
        not reported and reporting_verb_above(tree, verb) is None and _has_aux(tree, chain, _MAYBE)
    )


def _expected(tree: Tree, chain: list[int]) -> bool:
    if _has_aux(tree, chain, _FUTURE):
        return True
    return any(tree.tokens[v].lemma.lower() in EXPECTING_VERBS for v in chain[1:])


def _has_aux(tree: Tree, chain: list[int], words: frozenset[str]) -> bool:
    return any(tree.lower(a) in words for v in chain for a in tree.kids(v, "aux"))
