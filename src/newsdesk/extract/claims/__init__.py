"""Claims: an actor doing or wanting something, read from the dependency parse.

`find_claims(article_id, text, annotation)` turns every trigger word (a verb, a phrasal
verb, a light verb with an action noun, or an action noun with its own actor: "a US
demand that ...") into a `model.Claim`: the actor (a person's full name or a state), a
PLOVER-style action type, the issue and target, the modality and who reports it. Pure:
it reads `Annotation` tokens (components="parse"), never spaCy.
"""

from __future__ import annotations

from dataclasses import replace

from newsdesk.extract.claims.actors import Actor, ActorReader
from newsdesk.extract.claims.issue import (
    IssueAndTarget,
    issue_of_noun,
    issue_of_verb,
    named_after,
    noun_above,
)
from newsdesk.extract.claims.lexicon import (
    ACTION_TYPES,
    NEGATED_BECOMES_REJECT,
    REJECT,
    STATEMENTS,
)
from newsdesk.extract.claims.modality import (
    MODALITIES,
    is_negated,
    modality_of,
    verb_chain,
)
from newsdesk.extract.claims.reporting import attribution_of
from newsdesk.extract.claims.tree import Tree, first_found
from newsdesk.extract.claims.triggers import Trigger, find_triggers
from newsdesk.gazetteer import Gazetteer, load_gazetteer
from newsdesk.model import Annotation, Claim

__all__ = ["ACTION_TYPES", "MODALITIES", "find_claims"]


def find_claims(
    article_id: str, text: str, annotation: Annotation, gazetteer: Gazetteer | None = None
) -> tuple[Claim, ...]:
    """Every claim in one article; offsets point into `text` (the clean text)."""
    tree = Tree.build(text, annotation)
    reader = ActorReader(tree, gazetteer or load_gazetteer())
    claims: dict[tuple[int, str], Claim] = {}
    for trigger in find_triggers(tree):
        claim = _claim(article_id, tree, reader, trigger)
        if claim is not None:
            claims.setdefault((claim.trigger_start, claim.actor), claim)
    return tuple(claims.values())


def _claim(article_id: str, tree: Tree, reader: ActorReader, trigger: Trigger) -> Claim | None:
    actor = _actor(tree, reader, trigger)
    if actor is None:
        return None
    verb = trigger.verb if trigger.verb is not None else trigger.index
    action, negated = trigger.action, is_negated(tree, verb)
    if negated and action in NEGATED_BECOMES_REJECT:
        action, negated = REJECT, False  # "would not cede territory": a rejection
    reporter = attribution_of(tree, reader, verb, actor.name)
    found = (
        issue_of_noun(tree, trigger.index)
        if trigger.nominal
        else issue_of_verb(tree, verb, trigger.action)
    )
    target = _target(tree, reader, found, actor)
    guessed = None if target else _guessed_target(tree, reader, verb, trigger, actor)
    claim = _assemble(
        article_id,
        tree,
        trigger,
        actor,
        action,
        modality_of(tree, verb, negated, reporter is not None),
        found,
        target or guessed,
        reporter,
    )
    # a target read from word order, not syntax, is a guess: say so in the confidence
    return replace(claim, confidence=round(claim.confidence - 0.1, 2)) if guessed else claim


def _actor(tree: Tree, reader: ActorReader, trigger: Trigger) -> Actor | None:
    if trigger.nominal:
        return _actor_of_noun(tree, reader, trigger.index)
    # a light verb's subject acts: "Russia carried out an airstrike"
    subject = _subject(tree, trigger.verb if trigger.verb is not None else trigger.index)
    return reader.read(subject) if subject is not None else None


def _subject(tree: Tree, verb: int, depth: int = 0) -> int | None:
    """The acting subject: own, of the verb it is the infinitive of, or a passive agent;
    for a participle without one, the subject of the clause it hangs on."""
    for candidate in verb_chain(tree, verb):
        subject = tree.kid(candidate, "nsubj")
        if subject is not None:
            return subject
        agent = tree.kid(candidate, "agent")
        if agent is not None:
            return tree.kid(agent, "pobj")
        if tree.kid(candidate, "nsubjpass") is not None:
            return None  # "Ukraine was attacked": the subject is the target
    return first_found(_addressee_of_gerund(tree, verb), _subject_of_participle(tree, verb, depth))


def _subject_of_participle(tree: Tree, verb: int, depth: int) -> int | None:
    """ "X carried out strikes, killing dozens": X kills; "X issued a statement urging
    North Korea to comply": X urges; "protesters seeking justice": the protesters seek."""
    head = tree.head(verb)
    dep = tree.tokens[verb].dep
    if head is None or depth > 3 or not tree.lower(verb).endswith("ing"):
        return None
    if dep == "advcl" and tree.tokens[head].pos in ("VERB", "AUX"):
        return _subject(tree, head, depth + 1)
    if dep != "acl" or tree.tokens[head].pos not in ("NOUN", "PROPN"):
        return None
    if tree.tokens[head].lemma.lower() not in STATEMENTS:
        return head
    above = tree.head(head)
    return _subject(tree, above, depth + 1) if above is not None else None


def _addressee_of_gerund(tree: Tree, verb: int) -> int | None:
    """ "lashed out at Zelensky for refusing to accept": Zelensky refuses."""
    prep = tree.head(verb)
    if tree.tokens[verb].dep != "pcomp" or prep is None or tree.lower(prep) != "for":
        return None
    above = tree.head(prep)
    if above is None:
        return None
    direct = tree.kid(above, "dobj")
    if direct is not None:
        return direct
    for other in tree.kids(above, "prep"):
        if other != prep and tree.lower(other) in ("at", "on"):
            return tree.kid(other, "pobj")
    return None


def _actor_of_noun(tree: Tree, reader: ActorReader, noun: int) -> Actor | None:
    """ "a US demand", "Russia's demands", "Russian airstrikes": the modifier that acts."""
    for modifier in tree.kids(noun, "poss", "compound", "amod", "nmod"):
        actor = reader.read(modifier, describe=False)
        if actor is not None:
            return actor
    return None


def _target(tree: Tree, reader: ActorReader, found: IssueAndTarget, actor: Actor) -> Actor | None:
    if found.target is None:
        return None
    target = reader.read(noun_above(tree, found.target))
    if target is None or _same(target, actor):
        return None
    return target


def _guessed_target(
    tree: Tree, reader: ActorReader, verb: int, trigger: Trigger, actor: Actor
) -> Actor | None:
    """With no target in the syntax, the first name after the trigger in its clause."""
    named = named_after(tree, verb, trigger.end)
    return _target(tree, reader, IssueAndTarget(None, named), actor) if named is not None else None


def _same(target: Actor, actor: Actor) -> bool:
    """The actor named again ("Zelenskiy said he ..."), not a state's other body: "Turkish
    police detained the Turkey head of Amnesty" keeps its target."""
    overlap = target.start < actor.end and actor.start < target.end
    return overlap or (target.name == actor.name and target.resolved and actor.resolved)


def _assemble(
    article_id: str,
    tree: Tree,
    trigger: Trigger,
    actor: Actor,
    action: str,
    modality: str,
    found: IssueAndTarget,
    target: Actor | None,
    reporter: str | None,
) -> Claim:
    sentence = tree.sentence_of(trigger.index)
    issue = found.issue
    return Claim(
        article_id=article_id,
        start=sentence.start,
        end=sentence.end,
        actor=actor.name,
        actor_start=actor.start,
        actor_end=actor.end,
        action=action,
        trigger=tree.text[trigger.start : trigger.end],
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
