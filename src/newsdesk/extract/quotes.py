"""Who said what: direct and reported quotes with their speaker and cue, from a parse.

Direct quotes are found by their marks first (straight, curly, guillemets, low-9 and
single marks, nested, a multi-paragraph quote left open at its paragraph's end), because
marks are exact while the parse is not. Each quote then looks for a cue verb ("said",
"wrote", "told", "according to") outside the marks in its own sentence(s), or in the
sentence before when that one ends with a colon; a quote without a cue continues the
previous quote's speaker when it directly follows it. Reported speech is a cue verb's
clausal complement ("Lavrov said [there were several signs ...]"), the message-like
object or infinitive of a verb such as "announced" or "vowed" (lexicon in
`quotes_lexicon`), or the clause a parenthetical cue interrupts ("X, he said, Y" gives the
two pieces X and Y); a closing ", which ..." aside is the writer's and is left out.

The speaker is the cue's grammatical subject, widened to its name or description
("Russian Foreign Minister Sergei Lavrov", "The US leader") and resolved to a named
mention by `newsdesk.extract.speakers` when it is a pronoun or a description.

Every offset points into the text the annotation was made from; a quote's `text` is
always `text[start:end]`. A split quote ("'A,' he said, 'B.'") gives one `Quote` per
fragment, sharing the cue. A partial quote inside reported speech gives both the reported
clause and the quoted words, sharing the cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from newsdesk.extract.quotes_lexicon import (
    ADDRESSEE_LEMMAS,
    ASIDE_OPENERS,
    CUE_LEMMAS,
    DIRECT_ONLY_LEMMAS,
    MESSAGE_OBJECT_LEMMAS,
    RELATIVE_WORDS,
    TOPIC_PREPOSITIONS,
)
from newsdesk.extract.speakers import mention_kind, named_mention_in, resolve_speaker
from newsdesk.model import Annotation, Mention, Quote, Sentence, Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SPEAKER_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "case"})
_CONTENT_DEPS = frozenset({"ccomp"})
_OBJECT_DEPS = frozenset({"pobj", "dobj", "poss", "compound"})
_CLAUSE_ONLY = frozenset({"comment", "speak", "talk", "complain", "insist", "boast"})
_FINISHING_DEPS = frozenset({"prep", "oprd", "xcomp", "dobj"})  # "... as a threat", "... to Hall"
_INHERITING_DEPS = frozenset({"conj", "advcl", "xcomp"})  # "..., adding that": the head's subject
_CUE_EXTENSION_DEPS = frozenset({"dative", "dobj", "prep"})  # "told CBS", "wrote on Truth Social"
_QUOTE_CHARS = re.compile("''|[\"“”„«»‘’‚']")  # '' is a double mark in some newswire
_DOUBLE_MARKS = re.compile("[\"“”„«»]|''")
_MARKUP_TAG = re.compile(r"<[A-Za-z/][^<>\n]*>")
_DOUBLE = frozenset('"“„«')
_OPENING_CONTEXT = frozenset(' \t\n([{—–-:/“„«"')
_MIN_WORDS_WITHOUT_CLAUSE = 4  # a shorter quote must sit inside a cue's reported clause
_MIN_WORDS_CONTINUING = 8  # a cue-less quote this long may continue the previous speaker
_CUE_REACH = 250  # characters between a quote and its cue
_RUN_ON_GAP = 40  # '," he told reporters.\n"' at most between two parts of one quote
_CONTINUATION_GAP = 400  # a cue-less quote this close after a quote continues its speaker


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between quotation marks: `start`/`end` is the content without the marks."""

    start: int
    end: int
    mark_start: int  # the opening mark
    mark_end: int  # just after the closing mark (the paragraph's end when left open)
    depth: int  # 0 for a quote not inside another one
    closed: bool


@dataclass(frozen=True, slots=True)
class Cue:
    """A verb of saying with its subject (the speaker phrase) and reported clause, if any."""

    start: int  # the cue as kept ("told CBS")
    end: int
    verb: int  # token index of the verb
    lemma: str
    speaker: tuple[int, int] | None  # the speaker phrase as written in the sentence
    content: tuple[tuple[int, int], ...]  # the reported words (two pieces around "he said")
    sentence: Sentence


# --- quotation marks -----------------------------------------------------------------


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Every span between matching quotation marks, paragraph by paragraph."""
    found: list[QuotedSpan] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        found.extend(_paragraph_quotes(text, paragraph.start(), paragraph.end()))
    return sorted(found, key=lambda q: q.mark_start)


def _paragraph_quotes(text: str, start: int, end: int) -> Iterator[QuotedSpan]:
    stack: list[tuple[str, int]] = []
    tags = markup_tags(text, start, end)
    for match in _QUOTE_CHARS.finditer(text, start, end):
        mark, at, after_at = match.group(), match.start(), match.end()
        if tags and _within(at, tags):
            continue  # an attribute value in markup left in the text (<tweet author="...">)
        mark = '"' if mark == "''" else mark
        before = text[at - 1] if at > start else " "
        after = text[after_at] if after_at < end else " "
        opener = _opener_closed_by(mark, before, after, stack)
        if opener is not None:
            open_at = stack[opener][1]
            del stack[opener:]
            yield _span(text, open_at, after_at, opener, closed=True)
        elif _can_open(mark, before, after):
            stack.append((mark, at))
    if stack and stack[0][0] in _DOUBLE:  # a quote running on into the next paragraph
        yield _span(text, stack[0][1], end, 0, closed=False)


def _opener_closed_by(
    mark: str, before: str, after: str, stack: list[tuple[str, int]]
) -> int | None:
    """The stack index of the opening mark this mark closes, or None if it closes nothing."""
    openers = {
        '"': '"',
        "”": '“„"',
        "“": "„",
        "»": "«",
        "’": "‘‚",
        "‘": "‚",
        "'": "'",
    }.get(mark, "")
    if mark in "’'" and (after.isalnum() or before.isspace()):
        return None  # an apostrophe ("Trump’s", "rock 'n'")
    for index in range(len(stack) - 1, -1, -1):
        if stack[index][0] in openers:
            return index
    return None


def _can_open(mark: str, before: str, after: str) -> bool:
    if mark in "”»’":
        return False
    if after.isspace():
        return False
    if mark in "‘‚'":  # single marks open only at a word start, before a letter
        return before in _OPENING_CONTEXT and (after.isalpha() or after in '"“')
    return True


def _span(text: str, open_at: int, close_end: int, depth: int, *, closed: bool) -> QuotedSpan:
    start, end = open_at + 1, close_end - 1 if closed else close_end
    while start < end and text[start] in "'\"":  # the rest of a two-character mark
        start += 1
    while closed and end > start and text[end - 1] == "'":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1  # "..., he said": the comma belongs to the attribution
    return QuotedSpan(start, end, open_at, close_end, depth, closed)


def markup_tags(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of markup tags left in the text ("<tweet author=...>", "</tweet>")."""
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _MARKUP_TAG.finditer(text, start, end)]


# --- the parse -----------------------------------------------------------------------


class _Parse:
    """Read-only views of one article's tokens that the cue rules need."""

    def __init__(self, text: str, annotation: Annotation) -> None:
        self.text = text
        self.annotation = annotation
        self.tokens: tuple[Token, ...] = annotation.tokens

    @cached_property
    def children(self) -> list[list[int]]:
        children: list[list[int]] = [[] for _ in self.tokens]
        for index, token in enumerate(self.tokens):
            if token.head != index:
                children[token.head].append(index)
        return children

    def word(self, index: int) -> str:
        token = self.tokens[index]
        return self.text[token.start : token.end]

    def subtree(self, index: int) -> list[int]:
        found, todo = [], [index]
        while todo:
            current = todo.pop()
            found.append(current)
            todo.extend(self.children[current])
        return sorted(found)

    def extent(self, indices: Sequence[int]) -> tuple[int, int] | None:
        """The character span of tokens, leading and trailing punctuation left out."""
        words = [i for i in indices if self.tokens[i].pos not in {"SPACE", "PUNCT"}]
        if not words:
            return None
        return self.tokens[words[0]].start, self.tokens[words[-1]].end

    @cached_property
    def starts(self) -> list[int]:
        return [token.start for token in self.tokens]

    def sentence_tokens(self, sentence: Sentence) -> range:
        return range(
            bisect_left(self.starts, sentence.start), bisect_left(self.starts, sentence.end)
        )


# --- cues ----------------------------------------------------------------------------


def find_cues(text: str, annotation: Annotation, quoted: Sequence[QuotedSpan] = ()) -> list[Cue]:
    """Verbs of saying outside quotation marks, with their speaker phrase and clause."""
    parse = _Parse(text, annotation)
    inside = [(q.mark_start, q.mark_end) for q in quoted if q.depth == 0]
    inside += markup_tags(text)  # "<tweet author=...>": the tag's name is not a verb
    cues = []
    for sentence in annotation.sentences:
        for index in parse.sentence_tokens(sentence):
            if _is_cue_verb(parse, index) and not _within(parse.tokens[index].start, inside):
                cues.append(_cue(parse, index, sentence))
    return cues


def _is_cue_verb(parse: _Parse, index: int) -> bool:
    token = parse.tokens[index]
    if token.lemma.lower() == "accord" or parse.word(index).lower() == "according":
        return any(parse.word(c).lower() == "to" for c in parse.children[index])
    if token.dep == "amod" or _participle_modifier(parse, index):  # "pledged delegates"
        return False
    return token.pos in {"VERB", "AUX"} and token.lemma.lower() in CUE_LEMMAS


def _participle_modifier(parse: _Parse, index: int) -> bool:
    """A bare participle right before its "object" is an adjective the parse took for a
    verb ("leads by 271 pledged delegates", "the reported cases"): no subject, no
    auxiliary, and the noun straight after it."""
    if not parse.word(index).endswith("ed") or index + 1 >= len(parse.tokens):
        return False
    children = parse.children[index]
    if any(parse.tokens[c].dep in {"aux", "auxpass", *_SUBJECT_DEPS} for c in children):
        return False
    following = parse.tokens[index + 1]
    return following.head == index and following.dep == "dobj" and following.pos == "NOUN"


def _cue(parse: _Parse, index: int, sentence: Sentence) -> Cue:
    start, end = _cue_extent(parse, index)
    return Cue(
        start=start,
        end=end,
        verb=index,
        lemma=parse.tokens[index].lemma.lower(),
        speaker=_speaker_phrase(parse, index),
        content=_reported_clause(parse, index),
        sentence=sentence,
    )


def _cue_extent(parse: _Parse, index: int) -> tuple[int, int]:
    """The verb, with a directly following addressee or medium ("told CBS", "wrote on X")."""
    token = parse.tokens[index]
    end = token.end
    for child in parse.children[index]:
        if child <= index or parse.tokens[child].dep not in _CUE_EXTENSION_DEPS:
            continue
        if parse.word(child).lower() == "to" and parse.word(index).lower() == "according":
            return token.start, parse.tokens[child].end
        extent = parse.extent(parse.subtree(child))
        if extent and _is_short_name(parse, extent) and _adjacent(parse.text, end, extent[0]):
            end = extent[1]
    return token.start, end


def _is_short_name(parse: _Parse, extent: tuple[int, int]) -> bool:
    phrase = parse.text[extent[0] : extent[1]]
    words = phrase.split()
    return 0 < len(words) <= 5 and any(w[:1].isupper() for w in words[-2:])


def _adjacent(text: str, end: int, start: int) -> bool:
    return start >= end and not text[end:start].strip()


def _speaker_phrase(parse: _Parse, index: int) -> tuple[int, int] | None:
    subject = _subject_of(parse, index)
    if subject is None:
        return None
    named = named_mention_in(
        parse.annotation, parse.tokens[subject].start, parse.tokens[subject].end
    )
    if named is not None:
        return named.start, named.end
    keep = [*_left_modifiers(parse, subject), subject]
    return parse.extent(sorted(keep))


def _subject_of(parse: _Parse, index: int) -> int | None:
    """The cue's subject; for "according to X" the X; for "..., adding" the head's subject."""
    if parse.word(index).lower() == "according":
        to = next((c for c in parse.children[index] if parse.word(c).lower() == "to"), None)
        objects = parse.children[to] if to is not None else []
        return next((c for c in objects if parse.tokens[c].dep == "pobj"), None)
    if any(parse.tokens[c].dep in {"nsubjpass", "auxpass"} for c in parse.children[index]):
        return _agent_of(parse, index)
    verb = index
    for _ in range(3):
        subjects = [c for c in parse.children[index] if parse.tokens[c].dep in _SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        token = parse.tokens[index]
        if token.dep not in _INHERITING_DEPS or token.head == index:
            break
        index = token.head
    return _nearest_proper_noun(parse, verb)


def _agent_of(parse: _Parse, index: int) -> int | None:
    """A passive cue's speaker is its agent ("was told by aides"), never its subject,
    which is the listener ("Clinton was asked") or the message ("it was announced")."""
    agents = [c for c in parse.children[index] if parse.tokens[c].dep == "agent"]
    objects = [c for a in agents for c in parse.children[a] if parse.tokens[c].dep == "pobj"]
    return objects[0] if objects else None


def _nearest_proper_noun(parse: _Parse, verb: int) -> int | None:
    """When the parse gives the verb no subject: the nearest name before it in its clause
    (not an object of a preposition), else a name right after it ("said Lavrov")."""
    sentence = next(
        (s for s in parse.annotation.sentences if s.start <= parse.tokens[verb].start < s.end), None
    )
    if sentence is None:
        return None
    tokens = parse.sentence_tokens(sentence)
    for index in range(verb - 1, tokens.start - 1, -1):
        if parse.word(index) in {'"', "“", "”", ";", ":"}:
            break
        if parse.tokens[index].pos == "PROPN" and parse.tokens[index].dep not in _OBJECT_DEPS:
            return index
    after = verb + 1
    if after < tokens.stop and parse.tokens[after].pos == "PROPN":
        return after
    return None


def _left_modifiers(parse: _Parse, head: int) -> list[int]:
    found = []
    for child in parse.children[head]:
        if child < head and parse.tokens[child].dep in _SPEAKER_MODIFIER_DEPS:
            found.extend(parse.subtree(child))
    return found


def _reported_clause(parse: _Parse, index: int) -> tuple[tuple[int, int], ...]:
    """What the cue reports: its clausal complement ("said [they would stay]"), else its
    message-like object or infinitive ("announced [his candidacy]", "vowed [to fight]");
    for a parenthetical cue ("The risk, he said, is ...", "..., according to X") the
    clause around it, in pieces that leave the cue's own words out."""
    clauses = [c for c in parse.children[index] if parse.tokens[c].dep in _CONTENT_DEPS]
    if clauses:
        words = parse.subtree(clauses[0]) + _conjoined_content(parse, index, clauses[0])
        return _pieces(parse, _without_trailing_asides(parse, words))
    complement = _complement(parse, index) or _quoted_naming(parse, index)
    if complement:
        return _pieces(parse, _without_trailing_asides(parse, complement))
    token = parse.tokens[index]
    if token.head == index or not _parenthetical(parse, index):
        return ()
    return _around_parenthetical(parse, index)


def _conjoined_content(parse: _Parse, index: int, clause: int) -> list[int]:
    """A second reported clause the parse hangs from the cue ("said she wanted change,
    but found Trump too objectionable"), unless it is another act of saying."""
    found: list[int] = []
    for child in parse.children[index]:
        token = parse.tokens[child]
        if child < clause or token.dep != "conj" or token.lemma.lower() in CUE_LEMMAS:
            continue
        found.extend(i for i in parse.subtree(child))
        found.extend(c for c in parse.children[index] if clause < c < child)
    return found


def _complement(parse: _Parse, index: int) -> list[int]:
    """The object, infinitive or topic phrase after a verb whose object is a message,
    with the phrases that finish it: "announced [his engagement to Jerry Hall]",
    "accused [him of sexism]", "asked [about the emails]", "vowed [to fight]"."""
    lemma = parse.tokens[index].lemma.lower()
    if lemma not in MESSAGE_OBJECT_LEMMAS:
        return []
    after = [c for c in parse.children[index] if c > index]
    parts = [c for c in after if _is_complement(parse, c, lemma)]
    if lemma in ADDRESSEE_LEMMAS:  # "told [him]", "asked [the senator]": a listener
        parts = [c for c in parts if not _is_listener(parse, c)]
    if not parts:
        return []
    if parse.tokens[parts[0]].dep == "prep":  # "talked about [X]": the topic is the message
        return [i for c in parse.children[parts[0]] for i in parse.subtree(c)]
    kept = [c for c in after if parts[0] <= c <= parts[-1]]
    for child in after[after.index(parts[-1]) + 1 :]:
        if parse.tokens[child].dep not in _FINISHING_DEPS:
            break
        kept.append(child)
    return [i for c in kept for i in parse.subtree(c)]


def _quoted_naming(parse: _Parse, index: int) -> list[int]:
    """What "called" names when the name is quoted ("called [the statement “outlandish.”]"):
    the object with its quoted predicate. Unquoted ("called Trump a fascist", "called
    for") it is mostly the writer's wording, and is left out."""
    if parse.tokens[index].lemma.lower() != "call":
        return []
    after = [c for c in parse.children[index] if c > index]
    names = [c for c in after if parse.tokens[c].dep == "oprd"]
    if not names:
        return []
    kept = [c for c in after if c <= names[0] and parse.tokens[c].dep in {"dobj", "oprd"}]
    words = [i for c in kept for i in parse.subtree(c)]
    span = parse.extent(sorted(words))
    if span is None or not _DOUBLE_MARKS.search(parse.text, span[0], span[1] + 1):
        return []
    return words


def _is_complement(parse: _Parse, child: int, lemma: str) -> bool:
    dep = parse.tokens[child].dep
    if dep == "prep":
        return parse.word(child).lower() in TOPIC_PREPOSITIONS.get(lemma, frozenset())
    return dep in {"dobj", "xcomp", "oprd"} and lemma not in _CLAUSE_ONLY


def _is_listener(parse: _Parse, child: int) -> bool:
    token = parse.tokens[child]
    return token.dep in {"dobj", "dative"} and token.pos in {"PRON", "PROPN"}


def _around_parenthetical(parse: _Parse, index: int) -> tuple[tuple[int, int], ...]:
    """The clause a parenthetical cue interrupts or closes: the words before the cue, and
    after it when the cue sits inside the clause rather than before an added one."""
    root = _clause_root(parse, index)
    own = set(parse.subtree(index))
    words = [i for i in parse.subtree(root) if i not in own]
    before = [i for i in words if i < min(own)]
    after = [i for i in words if i > max(own)]
    if after and (_follows_quote(parse, min(own)) or not _continues_clause(parse, after)):
        after = []
    return _pieces(parse, before) + _pieces(parse, _without_trailing_asides(parse, after))


def _clause_root(parse: _Parse, index: int) -> int:
    """The head a parenthetical cue hangs from, raised to the sentence's root for
    "according to", which often hangs from a clause inside the reported sentence."""
    head = parse.tokens[index].head
    if parse.word(index).lower() != "according":
        return head
    while parse.tokens[head].head != head:
        head = parse.tokens[head].head
    return head


def _follows_quote(parse: _Parse, index: int) -> bool:
    """The cue comes right after a closing quotation mark ("'Too much hate,' she said,
    blaming ..."): what follows it is the writer's narration, not the rest of a clause."""
    before = parse.text[max(0, parse.tokens[index].start - 5) : parse.tokens[index].start]
    return before.rstrip(" ,").endswith(("”", '"', "''", "’", "»"))


def _continues_clause(parse: _Parse, after: Sequence[int]) -> bool:
    """Words after "he said," that finish the interrupted clause, not a new conjunct or
    a participle the writer adds ("..., he said, adding ...")."""
    words = [i for i in after if parse.tokens[i].pos not in {"PUNCT", "SPACE"}]
    if not words or parse.word(words[0]).lower().endswith("ing"):
        return False
    return parse.tokens[words[0]].dep not in {"cc", "conj", "advcl", "npadvmod"}


def _without_trailing_asides(parse: _Parse, indices: Sequence[int]) -> list[int]:
    """The phrase without a closing non-restrictive relative clause (", which ...")."""
    kept = sorted(indices)
    if not kept:
        return kept
    members, last = set(kept), _last_word(parse, kept)
    for position in range(1, len(kept) - 1):
        if parse.word(kept[position]) not in ASIDE_OPENERS:
            continue
        phrase = _phrase_starting_at(parse, kept[position + 1], members)
        if parse.subtree(phrase)[-1] >= last and _is_aside(parse, phrase):
            return kept[:position]
    return kept


def _phrase_starting_at(parse: _Parse, index: int, members: set[int]) -> int:
    """The largest phrase (a head and its subtree) that begins at token `index`."""
    head = index
    while True:
        up = parse.tokens[head].head
        if up == head or up not in members or parse.subtree(up)[0] != index:
            return head
        head = up


def _is_aside(parse: _Parse, index: int) -> bool:
    first = parse.subtree(index)[0]
    return parse.tokens[index].dep == "relcl" and parse.word(first).lower() in RELATIVE_WORDS


def _last_word(parse: _Parse, indices: Sequence[int]) -> int:
    words = [i for i in indices if parse.tokens[i].pos not in {"PUNCT", "SPACE"}]
    return words[-1] if words else indices[-1]


def _pieces(parse: _Parse, indices: Sequence[int]) -> tuple[tuple[int, int], ...]:
    extent = parse.extent(sorted(indices)) if indices else None
    return (extent,) if extent else ()


def _parenthetical(parse: _Parse, index: int) -> bool:
    token = parse.tokens[index]
    if parse.word(index).lower() == "according":
        return parse.tokens[token.head].pos in {"VERB", "AUX"}
    return token.dep == "parataxis"


def _within(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


# --- quotes --------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    direct: bool
    cue: Cue | None
    speaker: tuple[int, int] | None
    confidence: float


def find_quotes(article_id: str, text: str, annotation: Annotation) -> tuple[Quote, ...]:
    """Direct and reported quotes in one article, in text order, speakers resolved.

    `annotation` must come from `annotate(..., components="parse")` on this same text.
    """
    quoted = [q for q in quoted_spans(text) if q.depth == 0 and q.end > q.start]
    cues = find_cues(text, annotation, quoted)
    drafts = _direct_drafts(text, annotation, quoted, cues) + _reported_drafts(quoted, cues)
    drafts.sort(key=lambda d: (d.start, d.end))
    return tuple(_resolve(article_id, text, annotation, drafts))


def _direct_drafts(
    text: str, annotation: Annotation, quoted: Sequence[QuotedSpan], cues: Sequence[Cue]
) -> list[_Draft]:
    drafts: list[_Draft] = []
    for span in quoted:
        cue = _cue_for(text, annotation, span, cues)
        draft = _direct_draft(text, span, cue, drafts)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _direct_draft(
    text: str, span: QuotedSpan, cue: Cue | None, earlier: Sequence[_Draft]
) -> _Draft | None:
    words = len(text[span.start : span.end].split())
    attached = cue is not None and (_inside(span, cue.content) or _distance(cue, span) <= 20)
    if cue is not None and (attached or words >= _MIN_WORDS_WITHOUT_CLAUSE):
        confidence = 0.9 if cue.speaker else 0.5
        return _Draft(span.start, span.end, True, cue, cue.speaker, confidence)
    if words < _MIN_WORDS_WITHOUT_CLAUSE:
        return None
    previous = earlier[-1] if earlier else None
    if previous is None or span.mark_start - previous.end > _CONTINUATION_GAP:
        return None
    if _runs_on(text, previous, span):
        return _Draft(span.start, span.end, True, previous.cue, previous.speaker, 0.6)
    if words < _MIN_WORDS_CONTINUING:
        return None  # a short quote on its own is mostly a title, a slogan or a scare quote
    return _Draft(span.start, span.end, True, None, previous.speaker, 0.6)


def _runs_on(text: str, previous: _Draft, span: QuotedSpan) -> bool:
    """The quote goes on with the previous one: same paragraph, or the next paragraph
    right after a short attribution ("..." he said. / "...")."""
    between = text[previous.end : span.mark_start]
    if "\n" not in between:
        return True
    cue = previous.cue
    return cue is not None and previous.end <= cue.start and len(between) <= _RUN_ON_GAP


def _cue_for(
    text: str, annotation: Annotation, span: QuotedSpan, cues: Sequence[Cue]
) -> Cue | None:
    """The nearest cue in the quote's sentences, or in a preceding sentence ending in ':'."""
    sentences = _sentences_of(annotation, span.mark_start, span.mark_end)
    candidates = [c for c in cues if c.sentence in sentences and not _cue_in_quote(c, span)]
    if not candidates:
        candidates = [c for c in cues if _introduces(text, c.sentence, span)]
    near = [c for c in candidates if _distance(c, span) <= _CUE_REACH]
    return min(near, key=lambda c: (_distance(c, span), c.speaker is None), default=None)


def _sentences_of(annotation: Annotation, start: int, end: int) -> list[Sentence]:
    return [s for s in annotation.sentences if s.start < end and start < s.end]


def _cue_in_quote(cue: Cue, span: QuotedSpan) -> bool:
    return span.mark_start <= cue.start < span.mark_end


def _introduces(text: str, sentence: Sentence, span: QuotedSpan) -> bool:
    """A sentence ending in a colon right before the quote ("Trump said:")."""
    between = text[sentence.end : span.mark_start]
    return (
        sentence.end <= span.mark_start
        and len(between) < 5
        and (text[sentence.start : sentence.end].rstrip().endswith(":"))
    )


def _distance(cue: Cue, span: QuotedSpan) -> int:
    if cue.end <= span.mark_start:
        return span.mark_start - cue.end
    return max(0, cue.start - span.mark_end)


def _inside(span: QuotedSpan, pieces: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span.start and span.end <= end + 2 for start, end in pieces)


def _reported_drafts(quoted: Sequence[QuotedSpan], cues: Sequence[Cue]) -> list[_Draft]:
    """A cue's reported words, unless a direct quote already makes up most of them."""
    drafts = []
    for cue in cues:
        if cue.lemma in DIRECT_ONLY_LEMMAS:
            continue
        confidence = 0.8 if cue.speaker else 0.4
        for start, end in cue.content:
            if not _mostly_quoted((start, end), quoted):
                drafts.append(_Draft(start, end, False, cue, cue.speaker, confidence))
    return drafts


def _mostly_quoted(clause: tuple[int, int], quoted: Sequence[QuotedSpan]) -> bool:
    length = clause[1] - clause[0]
    covered = sum(max(0, min(clause[1], q.end) - max(clause[0], q.start)) for q in quoted)
    return length > 0 and covered >= 0.6 * length


def _resolve(
    article_id: str, text: str, annotation: Annotation, drafts: Sequence[_Draft]
) -> Iterator[Quote]:
    recent: list[Mention] = []
    for draft in drafts:
        name = None
        if draft.speaker is not None:
            name = resolve_speaker(text, annotation, *draft.speaker, recent=recent)
        if name is not None and mention_kind(name.text) == "name":
            recent.append(name)
        yield _quote(article_id, text, annotation, draft, name)


def _quote(
    article_id: str, text: str, annotation: Annotation, draft: _Draft, name: Mention | None
) -> Quote:
    cue, speaker = draft.cue, draft.speaker
    sentences = _sentences_of(annotation, draft.start, draft.end)
    if cue is not None:
        sentences.append(cue.sentence)
    return Quote(
        article_id=article_id,
        start=draft.start,
        end=draft.end,
        text=text[draft.start : draft.end],
        direct=draft.direct,
        speaker_name=name.text if name else None,
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
        name_start=name.start if name else None,
        name_end=name.end if name else None,
        cue=text[cue.start : cue.end] if cue else None,
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        sentence_start=min((s.start for s in sentences), default=draft.start),
        sentence_end=max((s.end for s in sentences), default=draft.end),
        confidence=draft.confidence if name or not speaker else draft.confidence * 0.8,
    )


# --- variants across articles ----------------------------------------------------------

_GROUP_SIMILARITY = 85.0  # rapidfuzz 0..100: same words, a few changed by edit or translation
_GROUP_MIN_WORDS = 3
_PROBE_WORDS = 4  # a variant misses all of these only after rewording four rare words
_COMMON_POSTING = 40


def group_quotes(quotes: Sequence[Quote]) -> list[int]:
    """A group index per quote: variants of one quote (outlets, translations) share one.

    Two quotes are variants when their normalised texts match fuzzily (one may be a part
    of the other) and their speakers, when both are known, share a surname. Only pairs
    that share one of the rarer quote's rarest words are compared (an inverted index), so
    the work grows with the number of plausible pairs, not with the square of the quotes.
    """
    texts = [_normalised(q.text) for q in quotes]
    parent = list(range(len(quotes)))
    for i, j in _candidate_pairs(texts):
        if _root(parent, i) != _root(parent, j) and _variants(
            texts[i], texts[j], quotes[i], quotes[j]
        ):
            parent[_root(parent, j)] = _root(parent, i)
    roots: dict[int, int] = {}
    return [roots.setdefault(_root(parent, i), len(roots)) for i in range(len(quotes))]


def _candidate_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs (i < j) where one text holds one of the other's few rarest words.

    A variant keeps most words of the quote it varies: a part quoted by another outlet
    holds all of them, a re-edit or translation all but a few. Probing with a text's
    rarest words finds it while skipping the common words that pair everything.
    """
    words = [set(text.split()) for text in texts]
    index: dict[str, list[int]] = {}
    for position, distinct in enumerate(words):
        if len(distinct) >= 2:  # one word is never a variant (see `_variants`)
            for word in distinct:
                index.setdefault(word, []).append(position)
    common = _COMMON_POSTING  # a longer posting is a function word's
    pairs: set[tuple[int, int]] = set()
    for position, distinct in enumerate(words):
        if len(distinct) < 2:
            continue
        rarest = sorted(distinct, key=lambda w: (len(index[w]), w))
        keys = [w for w in rarest[:_PROBE_WORDS] if len(index[w]) <= common] or rarest[:1]
        for word in keys:
            pairs.update((min(position, o), max(position, o)) for o in index[word] if o != position)
    return sorted(pairs)


def _normalised(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _variants(a: str, b: str, first: Quote, second: Quote) -> bool:
    if not a or not b or not _same_speaker(first.speaker_name, second.speaker_name):
        return False
    shorter, longer = sorted((a, b), key=len)
    if f" {shorter} " in f" {longer} " and len(shorter.split()) >= 2:
        return True  # one outlet quotes a part of what another quotes in full
    if len(shorter.split()) < _GROUP_MIN_WORDS:
        return False
    similar = fuzz.token_sort_ratio(a, b) >= _GROUP_SIMILARITY
    return similar or fuzz.partial_ratio(shorter, longer) >= _GROUP_SIMILARITY + 5


def _same_speaker(first: str | None, second: str | None) -> bool:
    if not first or not second:
        return True
    last_a, last_b = first.split()[-1].casefold(), second.split()[-1].casefold()
    return fuzz.ratio(last_a, last_b) >= 80


def _root(parent: list[int], index: int) -> int:
    while parent[index] != index:
        parent[index] = parent[parent[index]]
        index = parent[index]
    return index
