"""Property-based fuzzing of what reads hostile input: ingest, the JSON-record reader, clean.

Each property is what every input must get, whatever its bytes: no exception escapes, every
rejection is one line naming its source, every document's text lines up with its bytes
(one character per position, as the store reads them back), no NUL or lone surrogate gets
through, and a cleaned article's offsets point inside its page.

Bounded by default (a few dozen examples each, part of `make test`). For a long run:

    NEWSDESK_FUZZ=1 pytest tests/test_fuzz.py            # 2,000 examples each
    NEWSDESK_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_document
from newsdesk.config import default_settings
from newsdesk.ingest import iter_documents
from newsdesk.ingest.records import iter_json_records, iter_jsonl_records
from newsdesk.model import Article, InputKind, Problem, RawDocument, Rejection

_LONG_RUN = os.environ.get("NEWSDESK_FUZZ_EXAMPLES") or (
    "2000" if os.environ.get("NEWSDESK_FUZZ") else ""
)
EXAMPLES = int(_LONG_RUN) if _LONG_RUN else 25
settings.register_profile(
    "newsdesk",
    max_examples=EXAMPLES,
    deadline=None,  # the first clean loads trafilatura; long runs are about crashes, not speed
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=not _LONG_RUN,  # the bounded run is the same every time
)
settings.load_profile("newsdesk")

INGEST = default_settings().ingest
CLEAN = default_settings().clean
SUFFIXES = [".txt", ".html", ".md", ".json", ".jsonl", ".xml", ".rss", ".gz", ""]
ENCODINGS = [
    "utf-8",
    "utf-16",
    "utf-16-le",
    "utf-32-be",
    "cp1252",
    "iso8859-2",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "big5",
    "koi8-r",
    "cp037",
    "utf-7",
]

any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
tag = st.sampled_from(
    [
        "p",
        "div",
        "span",
        "a",
        "li",
        "td",
        "br",
        "script",
        "style",
        "b",
        "h1",
        "article",
        "title",
        "meta",
        "table",
        "tr",
        "!--",
        "!DOCTYPE html",
        "?xml",
    ]
)
attribute = st.builds(
    lambda name, value, quote: f" {name}={quote}{value}{quote}",
    st.sampled_from(["class", "href", "style", "id", "charset", "hidden", "x"]),
    st.text(max_size=20),
    st.sampled_from(['"', "'", ""]),
)
markup_piece = st.one_of(
    st.builds(lambda t, attrs: f"<{t}{''.join(attrs)}>", tag, st.lists(attribute, max_size=3)),
    st.builds(lambda t: f"</{t}>", tag),
    any_text,
    st.sampled_from(["&amp;", "&#0;", "&#x110000;", "&nbsp", "<", ">", "\x00", "\ud800", "\r\n"]),
)
html_like = st.lists(markup_piece, max_size=60).map("".join)


def _check_item(item: RawDocument | Rejection) -> None:
    if isinstance(item, Rejection):
        assert item.reason and "\n" not in item.reason
        assert item.source
        return
    assert isinstance(item, RawDocument)
    assert "\x00" not in item.text
    assert not any(0xD800 <= ord(char) <= 0xDFFF for char in item.text)
    # the store decodes data with errors="replace": the same length, so offsets line up
    assert len(item.text) == len(item.data.decode(item.encoding, errors="replace"))


def _ingest_file(data: bytes, suffix: str) -> list[RawDocument | Rejection]:
    problems: list[Problem] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        items = list(iter_documents([str(path)], INGEST, on_problem=problems.append))
    assert all(problem.message and "\n" not in problem.message for problem in problems)
    return items


@given(st.binary(max_size=3_000), st.sampled_from(SUFFIXES))
def test_any_bytes_as_any_file(data: bytes, suffix: str) -> None:
    for item in _ingest_file(data, suffix):
        _check_item(item)


@given(any_text, st.sampled_from(ENCODINGS), st.sampled_from(SUFFIXES))
def test_any_text_in_any_encoding(text: str, encoding: str, suffix: str) -> None:
    data = text.encode(encoding, errors="replace" if encoding != "utf-7" else "strict")
    for item in _ingest_file(data, suffix):
        _check_item(item)


@given(html_like, st.sampled_from(ENCODINGS))
def test_feed_like_xml_in_any_encoding(body: str, encoding: str) -> None:
    label = encoding.replace("-le", "").replace("-be", "")
    head = f'<?xml version="1.0" encoding="{label}"?><rss version="2.0">'
    xml = f"{head}<channel>{body}</channel></rss>".encode(encoding, errors="replace")
    items = _ingest_file(xml, ".xml")
    for item in items:
        _check_item(item)
    declares_entities = "<!entity" in body.lower() and encoding != "utf-7"
    if declares_entities and xml.decode(encoding, errors="replace").lower().count("<!entity"):
        assert not any(isinstance(item, RawDocument) for item in items)  # nothing expanded


json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), any_text)
json_value = st.recursive(
    json_scalar,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "text",
                    "html",
                    "title",
                    "url",
                    "source",
                    "outlet",
                    "published",
                    "language",
                    "body",
                    "x",
                ]
            ),
            children,
            max_size=6,
        )
    ),
    max_leaves=20,
)


@given(json_value)
def test_json_records_reader(value: object) -> None:
    text = json.dumps(value)
    for item in iter_json_records(text, "records.json"):
        _check_item(item)
    for item in iter_jsonl_records(text + "\n" + text, "records.jsonl"):
        _check_item(item)


@given(
    st.dictionaries(
        st.sampled_from(["text", "html", "title", "url", "outlet", "language"]),
        any_text,
        min_size=1,
    )
)
def test_record_fields_with_any_characters(record: dict[str, str]) -> None:
    for item in iter_jsonl_records(json.dumps(record), "records.jsonl"):
        _check_item(item)


@given(html_like, st.sampled_from([InputKind.HTML, InputKind.TEXT, InputKind.MARKDOWN]))
def test_clean_document_never_fails(text: str, kind: InputKind) -> None:
    text = text.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")
    raw = RawDocument("fuzz", text.encode("utf-8"), text, "utf-8", kind)
    result = clean_document(raw, CLEAN)
    if isinstance(result, Rejection):
        assert result.reason
        return
    assert isinstance(result, Article)
    for segment in result.segments:
        assert 0 <= segment.start <= segment.end <= len(text)
    for piece in result.offsets:
        assert 0 <= piece.clean_start <= piece.clean_end <= len(result.text)
        assert 0 <= piece.raw_start <= piece.raw_end <= len(text)
