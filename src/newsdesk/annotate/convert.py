"""Turn a spaCy `Doc` into the plain `model.Annotation` the rest of newsdesk reads.

A Doc from the selective profile carries its parse for some sentences only, as rows in
`doc.user_data` (see `selective`); those rows become the annotation's tokens.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsdesk.annotate.selective import PARSED_TOKENS
from newsdesk.model import Annotation, Mention, Sentence, Token


def doc_to_annotation(article_id: str, doc: Doc, model: str) -> Annotation:
    """Sentences, entity mentions and (when the Doc was parsed) tokens, with exact char offsets."""
    return Annotation(
        article_id=article_id,
        model=model,
        sentences=_sentences(doc),
        mentions=tuple(_mention(ent) for ent in doc.ents),
        tokens=_tokens(doc),
    )


def _sentences(doc: Doc) -> tuple[Sentence, ...]:
    if not doc.has_annotation("SENT_START"):
        return _whole_text_as_one_sentence(doc)
    trimmed = (_trim_whitespace(sent) for sent in doc.sents)
    return tuple(sentence for sentence in trimmed if sentence is not None)


def _whole_text_as_one_sentence(doc: Doc) -> tuple[Sentence, ...]:
    sentence = _trim_whitespace(doc[:])
    return (sentence,) if sentence is not None else ()


def _trim_whitespace(span: Span) -> Sentence | None:
    """Line breaks become tokens of their own; a sentence should not start or end with one."""
    words = [token for token in span if not token.is_space]
    if not words:
        return None
    return Sentence(start=words[0].idx, end=words[-1].idx + len(words[-1].text))


def _mention(ent: Span) -> Mention:
    """The entity's span, without a bracket it opened and never closed: the tagger often
    takes in the opening of an acronym ("the World Health Organization (WHO" of "... (WHO)
    urged"), which is no part of the name."""
    text = ent.text
    opened = text.rfind("(")
    if opened > 0 and ")" not in text[opened:] and text[:opened].strip():
        text = text[:opened].rstrip()
    return Mention(ent.start_char, ent.start_char + len(text), text, ent.label_)


def _tokens(doc: Doc) -> tuple[Token, ...]:
    if PARSED_TOKENS in doc.user_data:  # a selective parse (lists, once it crossed processes)
        return tuple(Token(*row) for row in doc.user_data[PARSED_TOKENS])
    if not doc.has_annotation("DEP"):
        return ()
    # every token is kept (whitespace ones too) so that `head` is simply spaCy's token index
    return tuple(
        Token(
            start=token.idx,
            end=token.idx + len(token.text),
            lemma=token.lemma_,
            pos=token.pos_,
            dep=token.dep_,
            head=token.head.i,
        )
        for token in doc
    )
