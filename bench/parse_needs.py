"""Selective parsing measured: what share of sentences it parses, and what the extractors lose.

`extractor_selection()` builds the `annotate.Selection` from the extractors' own lexicons
(verbs of saying, claim triggers, phrasal cues) plus quotation marks and numbers: the
function the pipeline is meant to hold (it may import both stages; annotate/ may not import
extract/).

    .venv/bin/python bench/parse_needs.py share                 # PolNeAR dev + NeuS sample
    .venv/bin/python bench/parse_needs.py eval quotes_eval --split dev --no-save \\
        --cache /tmp/newsdesk-quotes-selective
    .venv/bin/python bench/parse_needs.py eval claims_eval
    .venv/bin/python bench/parse_needs.py eval dating_eval

`eval MODULE ARGS...` runs another evaluation of bench/ unchanged except that every
`annotate(..., components="parse")` it makes runs `components="selective"` instead (its
result files are written to /tmp, never over the committed ones). `NEWSDESK_SELECT_BEFORE=1`
also parses the sentence before each chosen one. As a pytest plugin it does the same to the
quality tests:

    PYTHONPATH=bench .venv/bin/pytest -p parse_needs tests/quality/test_quotes_quality.py
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import newsdesk.annotate
from newsdesk.annotate import Selection
from newsdesk.extract.claims import lexicon as claims
from newsdesk.extract.quotes_lexicon import CUE_LEMMAS, PHRASAL_CUES
from newsdesk.model import Annotation

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
POLNEAR_DEV = SHARED / "data" / "quotes" / "polnear" / "data" / "dev" / "text"
NEUS = SHARED / "data" / "clustering" / "neus-allsides" / "data" / "val.source"


def extractor_selection(before: int = 0) -> Selection:
    """What quotes, claims and quantities read a parse in (the proposal for pipeline.py)."""
    words = (
        set(CUE_LEMMAS)
        | {"accord"}  # "according to"
        | set(claims.VERBS)
        | set(claims.NOUNS)
        | set(claims.ENDING_VERBS)
        | {"open", "call"}  # "opened the border", "called Lavrov"
    )
    pairs = set(PHRASAL_CUES) | set(claims.PHRASAL)
    return Selection(frozenset(words), frozenset(pairs), quotes=True, numbers=True, before=before)


def selection_from_env() -> Selection:
    return extractor_selection(int(os.environ.get("NEWSDESK_SELECT_BEFORE", "0")))


def forced_selective(real: Callable[..., Iterator[Annotation]]) -> Callable[..., Any]:
    """`annotate` with every "parse" run made "selective" (the extractors' selection)."""
    selection = selection_from_env()

    def annotate(items: Iterable[tuple[str, str]], **options: Any) -> Iterator[Annotation]:
        if options.get("components") == "parse":
            options = {**options, "components": "selective", "selection": selection}
        return real(items, **options)

    return annotate


def patch_annotate() -> None:
    """Every module that imported `annotate` (or will) gets the selective one."""
    real = newsdesk.annotate.annotate
    patched = forced_selective(real)
    newsdesk.annotate.annotate = patched  # type: ignore[assignment]
    for module in list(sys.modules.values()):
        if getattr(module, "annotate", None) is real:
            module.annotate = patched  # type: ignore[attr-defined]
    key = newsdesk.annotate.annotation_model_key
    newsdesk.annotate.annotation_model_key = lambda c="ner", m=newsdesk.annotate.MODEL_PACKAGE: key(
        "selective" if c == "parse" else c, m
    )


def run_eval(module_name: str, argv: list[str]) -> None:
    """Run bench/MODULE's main() with the selective parse, results kept out of the repo."""
    out = Path(tempfile.mkdtemp(prefix="selective-"))
    sys.argv = [f"{module_name}.py", *argv]
    module = __import__(module_name)
    patch_annotate()
    if module_name == "quotes_eval":
        module.annotation_model_key = newsdesk.annotate.annotation_model_key
    if hasattr(module, "RESULTS"):
        original = module.RESULTS
        module.RESULTS = out / original.name if original.suffix else out
    if module_name == "dating_eval":  # its parse cache is keyed by name only: parse afresh
        module.parsed = lambda docs: {
            a.article_id: a
            for a in newsdesk.annotate.annotate(
                ((d.name, d.text) for d in docs), components="parse"
            )
        }
    print(f"# {module_name} with components='selective' (results under {out})")
    module.main()


def share(limit: int = 60) -> None:
    """The share of sentences the selection parses, per corpus."""
    from newsdesk.annotate import annotate, load_nlp
    from newsdesk.annotate.selective import PARSED_SHARE

    load_nlp("selective")
    for name, texts in (("polnear dev", _polnear(limit)), ("neus val", _neus(limit))):
        for before in (0, 1):
            parsed = total = 0
            nlp = load_nlp("selective")
            nlp.get_pipe("newsdesk_selective_parse").selection = extractor_selection(before)
            for doc in nlp.pipe(texts, disable=["tok2vec", "tagger", "attribute_ruler",
                                                "lemmatizer", "parser"]):  # fmt: skip
                chosen, count = doc.user_data[PARSED_SHARE]
                parsed, total = parsed + chosen, total + count
            print(f"{name:<12} before={before} {parsed}/{total} sentences parsed "
                  f"({parsed / max(total, 1):.0%})")  # fmt: skip
    del annotate


def _polnear(limit: int) -> list[str]:
    return [p.read_text("utf-8") for p in sorted(POLNEAR_DEV.glob("*.txt"))[:limit]]


def _neus(limit: int) -> list[str]:
    texts: list[str] = []
    for line in NEUS.read_text("utf-8").splitlines():
        texts += [m.strip() for m in re.findall(r"ARTICLE=>(.*?)(?:\[SEP\]|$)", line)]
    return texts[:limit]


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("share", "eval"):
        sys.exit(__doc__)
    if sys.argv[1] == "share":
        share()
    else:
        run_eval(sys.argv[2], sys.argv[3:])


if __name__ == "__main__":
    main()


def pytest_configure(config: object) -> None:
    """As a pytest plugin (`PYTHONPATH=bench pytest -p parse_needs ...`), the quality tests
    run with the selective parse in place of the full one."""
    patch_annotate()
