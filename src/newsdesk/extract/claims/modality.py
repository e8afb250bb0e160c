"""How a claim is put: asserted, reported, proposed, conditional, negated or expected.

One value per claim, the strongest cue winning: a negation or a condition changes what
the claim says; "will"/"is expected to" and proposals say it has not happened yet; a
reporter other than the actor ("..., Bloomberg reported") only says who vouches for it.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsdesk.extract.claims.lexicon import (
    EXPECTING_VERBS,
    NOBODY,
    PROPOSING,
    QUESTION_WORDS,
    REPORTING_VERBS,
)
from newsdesk.parse import ParsedArticle

ASSERTED = "asserted"
REPORTED = "reported"
PROPOSED = "proposed"
CONDITIONAL = "conditional"
NEGATED = "negated"
EXPECTED = "expected"
MODALITIES = (ASSERTED, REPORTED, PROPOSED, CONDITIONAL, NEGATED, EXPECTED)

_CONDITION_MARKS = frozenset({"if", "unless", "provided", "once"})
_IF_OR_UNLESS = frozenset({"if", "unless"})
_INVERTING = frozenset({"should", "had", "were"})  # "should the region proceed"
_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})
_ASKED_DEPS = frozenset({"ccomp", "advcl", "xcomp"})
_MAYBE = frozenset({"would", "could", "might", "may"})
_CAN = frozenset({"can"})
_NOT_DOING = frozenset(
    {
        "fail",
        "avoid",
        "refrain",
        "stop",
        "cease",
        "halt",
        "quit",
        "suspend",
        "pause",
        "unwilling",
        "unable",
    }
)


def verb_chain(parsed: ParsedArticle, verb: int) -> Iterator[int]:
    """The verb and the verbs it is the infinitive of: "continues to push" -> push, continue;
    "is willing to provide" -> provide, willing, is."""
    yield verb
    while parsed.tokens[verb].dep in ("xcomp", "conj") or (
        parsed.tokens[verb].dep == "acomp" and parsed.tokens[verb].pos == "ADJ"
    ):
        head = parsed.head(verb)
        if head is None:
            return
        verb = head
        yield verb


def is_negated(parsed: ParsedArticle, verb: int) -> bool:
    """ "would not cede", and "no Kestrian leader would sign away the river": a negation on
    the verb, or a subject that denies its own existence ("no leader", "nobody")."""
    chain = _sharing_negation(parsed, list(verb_chain(parsed, verb)))
    if any(_own_negation(parsed, v) or _no_longer(parsed, v) for v in chain):
        return True
    if any(parsed.lemma(v) in _NOT_DOING for v in chain[1:]):
        # "failed to reach agreement", "avoids discussing", "will stop distributing the
        # vaccine", "is unwilling or unable to negotiate": the act does not (or no longer)
        # happen
        return True
    if any(_opened_by_nor(parsed, v) for v in chain):
        return True  # "Nor will the library accept any funding"
    subjects = [s for v in chain for s in parsed.kids(v, "nsubj", "nsubjpass")]
    return any(denies_itself(parsed, s) for s in subjects)


def _sharing_negation(parsed: ParsedArticle, chain: list[int]) -> list[int]:
    """The verbs of the chain whose negation reaches the first: a conjunct shares the
    negation of the verb before it only under "or" / "nor" ("would not sign or ratify it");
    "would not support his agenda and suggested ..." negates the support alone."""
    for position in range(1, len(chain)):
        conjunct, head = chain[position - 1], chain[position]
        if parsed.tokens[conjunct].dep != "conj":
            continue
        joins = [c for c in parsed.kids(head, "cc") if head < c < conjunct]
        if not any(parsed.lower(c) in ("or", "nor") for c in joins):
            return chain[:position]
    return chain


def _unproven(parsed: ParsedArticle, verb: int) -> bool:
    """The clause is what a noun denied by "no" or held only possible would say: "no
    evidence that X did it", "no sign that they will", "the idea that he had struck a
    deal": nothing of it is claimed."""
    for clause in (verb, *parsed.ancestors(verb)):
        if parsed.tokens[clause].dep not in ("acl", "ccomp", "conj"):
            return False
        head = parsed.head(clause)
        if head is not None and parsed.tokens[head].pos == "NOUN":
            denied = any(parsed.lower(d) == "no" for d in parsed.kids(head, "det"))
            return denied or parsed.lemma(head) in _UNPROVEN
    return False


# What such a noun's clause says is held possible, not claimed: "played down the idea that
# he had struck a deal", "speculation that he might run", "rumors that Obama might ...".
_UNPROVEN = frozenset(
    {"idea", "notion", "speculation", "possibility", "prospect", "rumor", "rumour", "theory",
     "hypothesis", "scenario"}
)  # fmt: skip


def _own_negation(parsed: ParsedArticle, verb: int) -> bool:
    """A "not" of the verb's own clause, not one glued to another verb the parse hung it
    from ("If he doesn't he should resign": the "n't" is "does"'s, not "resign"'s)."""
    return any(not _glued_to_another_verb(parsed, neg, verb) for neg in parsed.kids(verb, "neg"))


def _glued_to_another_verb(parsed: ParsedArticle, neg: int, verb: int) -> bool:
    before = neg - 1
    if before < 0 or parsed.tokens[before].pos not in ("VERB", "AUX") or before == verb:
        return False
    # "does" of "If he does not", hung below the verb: a clause of its own ("chose not to
    # accept": the verb hangs below "chose", and the "not" is its)
    return parsed.head(before) == verb and parsed.tokens[before].dep not in ("aux", "auxpass")


def _opened_by_nor(parsed: ParsedArticle, verb: int) -> bool:
    """ "Nor will X accept ...", "Neither did Y ...": the clause opens with a negation."""
    first = parsed.subtree(verb)[0]
    return parsed.lower(first) in {"nor", "neither"} and parsed.head(first) == verb


def _no_longer(parsed: ParsedArticle, verb: int) -> bool:
    """ "will no longer provide funding": the act stops."""
    for adverb in parsed.kids(verb, "advmod"):
        ends = parsed.lower(adverb) in ("longer", "more")
        if ends and any(parsed.lower(k) == "no" for k in parsed.kids(adverb)):
            return True
    return False


def denies_itself(parsed: ParsedArticle, subject: int) -> bool:
    """ "nobody", "no leader", "neither side": a noun phrase that says none of it exists."""
    if parsed.lower(subject) in NOBODY:
        return True
    return any(parsed.lower(d) in {"no", "neither"} for d in parsed.kids(subject, "det"))


def in_question(parsed: ParsedArticle, verb: int) -> bool:
    """The act is asked about, not claimed: in a question ("Will Trump change course?"), in
    what a reporter asked ("Asked if he would accept a deal ...", "asked whether"), or in a
    question left open ("decide whether they want to continue", "to see if they want to");
    an "if" clause of condition (not a complement) is a condition, read elsewhere. Nor is
    what there is said to be no evidence of, or only an idea ("cited no evidence that Mills
    approved it", "played down the idea that he had struck a deal")."""
    if _unproven(parsed, verb):
        return True
    sentence = parsed.sentence_of(verb)
    if parsed.text[sentence.start : sentence.end].rstrip(" \"”’'").endswith("?"):
        return True
    for above in (verb, *parsed.ancestors(verb)):
        head = parsed.head(above)
        asked = head is not None and parsed.lemma(head) == "ask" and above > head
        if asked and parsed.tokens[above].dep in _ASKED_DEPS and _asks_whether(parsed, above):
            return True
        if parsed.lower(above) == "asked" and parsed.tokens[above].dep == "advcl":
            return True
        marks = {parsed.lower(m) for m in parsed.kids(above, "mark", "advmod")}
        if "whether" in marks or ("if" in marks and parsed.tokens[above].dep == "ccomp"):
            return True  # "decide whether they want to", "to see if the Dems want to": open
        if "if" in marks and _asked_just_before(parsed, above):
            return True  # "when asked in May if he would endorse Trump", hung elsewhere
    return False


def _asked_just_before(parsed: ParsedArticle, clause: int) -> bool:
    """The verb nearest before an "if" clause is "asked": what was asked, wherever the
    parse hangs the clause."""
    mark = min(m for m in parsed.kids(clause, "mark", "advmod") if parsed.lower(m) == "if")
    for index in range(mark - 1, max(-1, mark - 6), -1):
        if parsed.tokens[index].pos in ("VERB", "AUX"):
            return parsed.lemma(index) in ("ask", "wonder", "inquire")
    return False


def _asks_whether(parsed: ParsedArticle, clause: int) -> bool:
    marks = [parsed.lower(m) for m in parsed.kids(clause, "mark", "advmod", "nsubj", "dobj")]
    return any(m in QUESTION_WORDS for m in marks)


def reporting_verb_above(parsed: ParsedArticle, verb: int) -> int | None:
    """The reporting verb this clause is the content of ("X will demand ..., Y reported")."""
    for ancestor in (verb, *parsed.ancestors(verb)):
        head = parsed.head(ancestor)
        if head is None or parsed.tokens[ancestor].dep not in ("ccomp", "xcomp", "conj"):
            continue
        if parsed.tokens[head].lemma.lower() in REPORTING_VERBS and not _apart(
            parsed, ancestor, head
        ):
            return head
    return closing_report(parsed, verb)


def closing_report(parsed: ParsedArticle, verb: int) -> int | None:
    """ "Russia launched 66 missiles, the Ukrainian air force reports.": the verb of saying
    the tagger took for a noun ending the sentence after the clause (its parse hangs it
    below the clause it reports)."""
    sentence = parsed.sentence_tokens(parsed.sentence_of(verb))
    last = next((i for i in reversed(sentence) if parsed.is_word(i)), None)
    if last is None or parsed.tokens[last].lemma.lower() not in REPORTING_VERBS:
        return None
    closing = parsed.closing_phrase(last)
    return last if closing is not None and verb < closing[0] else None


def reporter_of(parsed: ParsedArticle, said: int) -> int | None:
    """Who a reporting verb's report is by: its subject, or the noun phrase before a
    closing one ("..., the Ukrainian air force reports"); for a participle without one, the
    subject of the clause it goes on from ("Mattis issued a critique, saying Trump has sought
    to divide Americans", "Trump went on, saying, '...'")."""
    closing = parsed.closing_phrase(said)
    if closing is not None:
        return closing[1]
    subject = parsed.kid(said, "nsubj")
    head = parsed.head(said)
    if subject is None and head is not None and parsed.tokens[said].dep in _GOES_ON_FROM:
        return parsed.kid(head, "nsubj")
    return subject


_GOES_ON_FROM = frozenset({"advcl", "xcomp", "conj"})


_SUBORDINATING = frozenset(
    {"after", "before", "when", "whenever", "because", "since", "while", "until", "if", "once"}
)


def _apart(parsed: ParsedArticle, clause: int, verb: int) -> bool:
    """A clause before the reporting verb with a semicolon between them is a sentence of
    its own ("Kestria blamed Orvenian artillery; Orvenia said ..."), not what is reported."""
    if clause > verb:
        return False
    last = parsed.subtree(clause)[-1]
    if any(parsed.word(i) == ";" for i in range(last + 1, verb)):
        return True
    # "... sending tumblers to Politico after Ben Shapiro wrote Thursday's edition": a verb
    # whose subject opens a clause of time or cause is no frame of what comes before it
    subject = parsed.kid(verb, "nsubj")
    first = parsed.subtree(subject)[0] if subject is not None else 0
    return first > 0 and parsed.lower(first - 1) in _SUBORDINATING


def modality_of(parsed: ParsedArticle, verb: int, negated: bool, reported: bool) -> str:
    """The modality of the claim carried by `verb` (its clause's main verb)."""
    chain = list(verb_chain(parsed, verb))
    if negated:
        return NEGATED
    if _conditional(parsed, verb, chain, reported) or _considered(parsed, chain):
        return CONDITIONAL
    if _expected(parsed, chain):
        return EXPECTED
    if any(parsed.tokens[a].lemma.lower() in PROPOSING for a in parsed.ancestors(verb)):
        return PROPOSED
    return REPORTED if reported else ASSERTED


def _conditional(parsed: ParsedArticle, verb: int, chain: list[int], reported: bool) -> bool:
    for clause in (verb, *parsed.ancestors(verb)):
        marks = parsed.kids(clause, "mark")
        if parsed.tokens[clause].dep == "advcl" and any(
            parsed.lower(m) in _CONDITION_MARKS for m in marks
        ):
            return True
    if _has_aux(parsed, chain, _MAYBE) and any(_is_condition(parsed, c) for c in chain):
        return True  # "would have opened an investigation if he had known": on a condition
    # In reported speech "would" is the past of "will", not a condition.
    return (
        not reported
        and reporting_verb_above(parsed, verb) is None
        and (_has_aux(parsed, chain, _MAYBE) or _possible(parsed, chain))
    )


def _possible(parsed: ParsedArticle, chain: list[int]) -> bool:
    """ "Rubio can ask them to support another candidate": what may be done, not what is;
    "cannot support" is a refusal and stays one."""
    return _has_aux(parsed, chain, _CAN) and not any(parsed.kids(v, "neg") for v in chain)


def heads_a_condition(parsed: ParsedArticle, verb: int) -> bool:
    """The verb heads an "if" / "unless" clause."""
    return any(parsed.lower(m) in _IF_OR_UNLESS for m in parsed.kids(verb, "mark"))


def inverted_condition(
    parsed: ParsedArticle, clause: int, auxiliaries: frozenset[str] = _INVERTING
) -> bool:
    """ "should the region proceed", "had he known": an auxiliary before its subject, a
    condition without its "if"."""
    subject = parsed.kid(clause, "nsubj")
    helpers = [a for a in parsed.kids(clause, "aux") if parsed.lower(a) in auxiliaries]
    return subject is not None and any(a < subject for a in helpers)


def _is_condition(parsed: ParsedArticle, verb: int) -> bool:
    """The verb has an "if"/"unless" clause of its own."""
    return any(
        parsed.lower(m) in _CONDITION_MARKS
        for clause in parsed.kids(verb, "advcl")
        for m in parsed.kids(clause, "mark")
    )


def _considered(parsed: ParsedArticle, chain: list[int]) -> bool:
    """ "is considering accepting the nomination": weighed, not done."""
    return any(parsed.tokens[v].lemma.lower() in _WEIGHING for v in chain[1:])


_WEIGHING = frozenset({"consider", "weigh", "mull", "contemplate", "explore", "eye"})


def _expected(parsed: ParsedArticle, chain: list[int]) -> bool:
    if _has_aux(parsed, chain, _FUTURE):
        return True
    # "It now needs to be signed into law by President Trump": still to be done
    return any(parsed.tokens[v].lemma.lower() in _STILL_TO_DO for v in chain[1:])


_STILL_TO_DO = EXPECTING_VERBS | {"need"}


def _has_aux(parsed: ParsedArticle, chain: list[int], words: frozenset[str]) -> bool:
    return any(parsed.lower(a) in words for v in chain for a in parsed.kids(v, "aux"))
