"""Claims: an actor doing or wanting something, read from the dependency parse.

`find_claims(article_id, text, annotation)` turns every trigger word (a verb, a phrasal
verb, a light verb with an action noun, or an action noun with its own actor: "a US
demand that ...") into a `model.Claim`: the actor (a person's full name or a state), a
PLOVER-style action type, the issue and target, the modality and who reports it. Pure:
it reads `Annotation` tokens (components="parse"), never spaCy.
"""

from __future__ import annotations

from newsdesk.extract.claims.actors import Actor, ActorReader
from newsdesk.extract.claims.issue import IssueAndTarget, issue_of_noun, issue_of_verb
from newsdesk.extract.claims.lexicon import ACTION_TYPES, NEGATED_BECOMES_REJECT, REJECT
from newsdesk.extract.claims.modality import (
    MODALITIES,
    is_negated,
    modality_of,
    verb_chain,
)
from newsdesk.extract.claims.reporting import attribution_of
from newsdesk.extract.claims.tree import Tree
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
    found = issue_of_noun(tree, trigger.index) if trigger.nominal else issue_of_verb(tree, verb)
    return _assemble(
        article_id,
        tree,
        trigger,
        actor,
        action,
        modality_of(tree, verb, negated, reporter is not None),
        found,
        _target(reader, found, actor),
        reporter,
    )


def _actor(tree: Tree, reader: ActorReader, trigger: Trigger) -> Actor | None:
    if trigger.nominal:
        return _actor_of_noun(tree, reader, trigger.index)
    subject = _subject(tree, trigger.index)
    return reader.read(subject) if subject is not None else None


def _subject(tree: Tree, verb: int) -> int | None:
    """The acting subject: own, of the verb it is the infinitive of, or a passive agent."""
    for candidate in verb_chain(tree, verb):
        subject = tree.kid(candidate, "nsubj")
        if subject is not None:
            return subject
        agent = tree.kid(candidate, "agent")
        if agent is not None:
            return tree.kid(agent, "pobj")
        if tree.kid(candidate, "nsubjpass") is not None:
            return None  # "Ukraine was attacked": the subject is the target
    return _addressee_of_gerund(tree, verb)


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
        actor = reader.read(modifier)
        if actor is not None:
            return actor
    return None


def _target(reader: ActorReader, found: IssueAndTarget, actor: Actor) -> Actor | None:
    if found.target is None:
        return None
    target = reader.read(found.target)
    return target if target is not None and target.name != actor.name else None


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
