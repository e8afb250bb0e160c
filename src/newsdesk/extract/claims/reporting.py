"""Who reports a claim when it is not the actor's own word: "..., Bloomberg reported",
"according to the agency"."""

from __future__ import annotations

from newsdesk.extract.claims.actors import ActorReader
from newsdesk.extract.claims.issue import noun_phrase
from newsdesk.extract.claims.modality import reporter_of, reporting_verb_above
from newsdesk.parse import ParsedArticle, first_found
from newsdesk.referents import names_a_written_source


def attribution_of(parsed: ParsedArticle, reader: ActorReader, verb: int, actor: str) -> str | None:
    """The reporter as written, when someone other than the actor vouches for the claim."""
    reporter = first_found(
        _reporting_subject(parsed, verb), _according_to(parsed, verb), reader.quote_sayer(verb)
    )
    if reporter is None:
        return None
    read = reader.read(reporter)
    if read is not None and read.name == actor:
        return None  # the actor's own statement: "Zelenskiy said he would not cede"
    if parsed.tokens[reporter].pos == "PRON":
        return read.name if read is not None else None
    named = reader.referents.named_apposition(reporter)
    return named.text if named is not None else _written(parsed, reporter)


def _reporting_subject(parsed: ParsedArticle, verb: int) -> int | None:
    above = reporting_verb_above(parsed, verb)
    return reporter_of(parsed, above) if above is not None else None


def _according_to(parsed: ParsedArticle, verb: int) -> int | None:
    sentence = parsed.sentence_of(verb)
    for index in parsed.sentence_tokens(sentence):
        if parsed.lower(index) == "according":
            to = parsed.kid(index, "prep")
            document = parsed.kid(to, "pobj") if to is not None else None
            if document is not None:
                return _document_source(parsed, document)
    return None


def _document_source(parsed: ParsedArticle, noun: int) -> int:
    """ "according to a draft seen by Meridian Wire", "according to data compiled by Johns
    Hopkins University": who saw or gathered the document vouches for what it says."""
    if not names_a_written_source(parsed.word(noun), parsed.lemma(noun)):
        return noun
    agents = [by for verb in parsed.kids(noun, "acl") for by in parsed.kids(verb, "agent")]
    agents += [p for p in parsed.kids(noun, "prep") if parsed.lower(p) in ("by", "from")]
    for by in agents:
        source = parsed.kid(by, "pobj")
        if source is not None:
            return source
    return noun


def _written(parsed: ParsedArticle, head: int) -> str:
    mention = parsed.mention_at(head, frozenset({"PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART"}))
    return mention.text if mention is not None else noun_phrase(parsed, head).text
