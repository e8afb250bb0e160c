"""Annotate many articles in batches (optionally on several processes)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsdesk.annotate.convert import doc_to_annotation
from newsdesk.annotate.loader import MODEL_PACKAGE, load_nlp, model_key
from newsdesk.model import Annotation


def annotate(
    items: Iterable[tuple[str, str]],
    *,
    components: frozenset[str] | str = "ner",
    n_process: int = 1,
    batch_size: int = 64,
    model: str = MODEL_PACKAGE,
) -> Iterator[Annotation]:
    """Annotate (article_id, clean_text) pairs, yielding one Annotation per pair, in order."""
    nlp = load_nlp(components, model)
    key = model_key(nlp)
    pairs = ((text, article_id) for article_id, text in items)
    for doc, article_id in nlp.pipe(
        pairs, as_tuples=True, n_process=n_process, batch_size=batch_size
    ):
        yield doc_to_annotation(article_id, doc, key)


def annotation_model_key(
    components: frozenset[str] | str = "ner", model: str = MODEL_PACKAGE
) -> str:
    """The `Annotation.model` value annotate() would write, for cache look-ups before running."""
    return model_key(load_nlp(components, model))
