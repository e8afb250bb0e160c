"""Who reports a claim when it is not the actor's own word: "..., Bloomberg reported",
"according to the agency"."""

from __future__ import annotations

from newsdesk.extract.claims.actors import ActorReader
from newsdesk.extract.claims.issue import noun_phrase
from newsdesk.extract.claims.modality import reporting_verb_above
from newsdesk.extract.claims.tree import Tree, first_found


def attribution_of(tree: Tree, reader: ActorReader, verb: int, actor: str) -> str | None:
    """The reporter as written, when someone other than the actor vouches for the claim."""
    reporter = first_found(_reporting_subject(tree, verb), _according_to(tree, verb))
    if reporter is None:
        return None
    read = reader.read(reporter)
    if read is not None and read.name == actor:
        return None  # the actor's own statement: "Zelenskiy said he would not cede"
    if tree.tokens[reporter].pos == "PRON":
        return read.name if read is not None else None
    return _written(tree, reporter)


def _reporting_subject(tree: Tree, verb: int) -> int | None:
    above = reporting_verb_above(tree, verb)
    return tree.kid(above, "nsubj") if above is not None else None


def _according_to(tree: Tree, verb: int) -> int | None:
    sentence = tree.sentence_of(verb)
    for index in tree.sentence_tokens(sentence):
        if tree.lower(index) == "according":
            to = tree.kid(index, "prep")
            if to is not None and tree.kid(to, "pobj") is not None:
                return tree.kid(to, "pobj")
    return None


def _written(tree: Tree, head: int) -> str:
    mention = tree.mention_at(head, frozenset({"PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART"}))
    return mention.text if mention is not None else noun_phrase(tree, head).text
