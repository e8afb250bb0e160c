"""Annotate many articles in batches (optionally on several processes).

Texts longer than `chunks.CHUNK_CHARS` are parsed in sentence-safe pieces, one at a time,
and joined back (`chunks`); a text longer than `max_chars` is not parsed at all: its
annotation is empty and `on_problem` hears why, so one book-length text neither stops the
batch nor takes an hour.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import groupby

from spacy.language import Language

from newsdesk.annotate.chunks import CHUNK_CHARS, joined, pieces, shifted
from newsdesk.annotate.convert import doc_to_annotation
from newsdesk.annotate.loader import MODEL_PACKAGE, SELECTIVE, load_nlp, model_key
from newsdesk.annotate.select import Selection
from newsdesk.annotate.selective import PARSE_STEPS, SELECTIVE_PARSE
from newsdesk.model import Annotation, Problem

ProblemCallback = Callable[[Problem], None]


def annotate(
    items: Iterable[tuple[str, str]],
    *,
    components: frozenset[str] | str = "ner",
    n_process: int = 1,
    batch_size: int = 64,
    model: str = MODEL_PACKAGE,
    max_chars: int | None = None,
    chunk_chars: int = CHUNK_CHARS,
    on_problem: ProblemCallback | None = None,
    selection: Selection | None = None,
) -> Iterator[Annotation]:
    """Annotate (article_id, clean_text) pairs, yielding one Annotation per pair, in order.

    Short texts go through spaCy in batches; a long one (over `chunk_chars`) is parsed piece
    by piece on its own, since spaCy holds a whole batch in memory at once. `max_chars`:
    longer texts get an empty annotation (and a Problem) instead of a parse.
    `components="selective"` parses only the sentences `selection` picks (required then).
    """
    nlp = load_nlp(components, model)
    key = model_key(nlp)
    disable = _prepare_selective(nlp, selection) if components == SELECTIVE else []
    for is_long, run in groupby(items, key=lambda item: len(item[1]) > chunk_chars):
        if not is_long:
            pairs = ((text, article_id) for article_id, text in run)
            docs = nlp.pipe(
                pairs, as_tuples=True, n_process=n_process, batch_size=batch_size, disable=disable
            )
            yield from (doc_to_annotation(article_id, doc, key) for doc, article_id in docs)
            continue
        for article_id, text in run:
            refusal = too_long(text, max_chars)
            if refusal is not None:
                if on_problem is not None:
                    on_problem(Problem("annotate", article_id, refusal))
                yield Annotation(article_id, key, sentences=(), mentions=())
                continue
            yield _in_pieces(nlp, key, article_id, text, chunk_chars, disable)


def _prepare_selective(nlp: Language, selection: Selection | None) -> list[str]:
    """Hand the selection to the parsing component; the parse steps stay out of the fast pass."""
    if selection is None:
        raise ValueError('components="selective" needs a selection of what to parse')
    nlp.get_pipe(SELECTIVE_PARSE).selection = selection  # type: ignore[attr-defined]
    return list(PARSE_STEPS)


def _in_pieces(
    nlp: Language, key: str, article_id: str, text: str, limit: int, disable: list[str]
) -> Annotation:
    """One long text parsed a piece at a time (memory of one piece), joined back."""
    parts: list[Annotation] = []
    tokens_before = 0
    for start, end in pieces(text, limit):
        part = doc_to_annotation(article_id, nlp(text[start:end], disable=disable), key)
        parts.append(shifted(part, start, tokens_before))
        tokens_before += len(part.tokens)  # heads index the kept tokens (all, when parsed)
    return joined(article_id, key, parts)


def annotation_model_key(
    components: frozenset[str] | str = "ner", model: str = MODEL_PACKAGE
) -> str:
    """The `Annotation.model` value annotate() would write, for cache look-ups before running."""
    return model_key(load_nlp(components, model))


def too_long(text: str, max_chars: int | None) -> str | None:
    """Why `text` is not parsed, or None when it is parsed (in pieces if need be)."""
    if max_chars is None or len(text) <= max_chars:
        return None
    return (
        f"text of {len(text):,} characters is over the {max_chars:,} analysed "
        "(annotate.max_chars): stored, but not analysed"
    )
