"""The terms a sentence is compared by (content words, named spans as entity ids, numbers),
each weighed by the clause it stands in; and what else its parse tells fuse.

With the parse (lemmas, parts of speech, heads), a word is its lemma ("killed" and "kills"
meet), function words drop out, and a word counts less when it stands in a background clause
(relative, adverbial, appositive: "the Varen, which rises in the highlands, supplies water"
reports the water, not the rising) or in the frame of a reported statement ("Vasylenko said",
"..., the Ledger reported": the statement is the proposition, the frame is who says it).
Without a parse, words are stemmed lightly and all count the same.

The parse also gives the named subject of a speaking verb ("the Biden administration
announced ...": whose word the sentence gives) and which figures and dates stand in the main
clause. `Clauses.of` reads a sentence once for all of these.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newsdesk.model import Token
from newsdesk.timex import BOUND_PREPOSITIONS, WEEKDAYS

Entities = Sequence[tuple[int, int, str]]  # (start, end, entity id) of the named spans

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|\d+(?:[.,]\d+)*")
_STOPWORD_TEXT = """
    a an the and or but if of at by for with about against between into through during before
    after above below to from up down in out on off over under again further then once here
    there when where why how all any both each few more most other some such no nor not only own
    same so than too very can will just should now is are was were be been being have has had
    having do does did doing would could might must shall may its it this that these those he
    she they them his her their we our you your i me my said says say told also who which what
    whom whose as while until because since per one two
    continue keep remain seem appear
    day days week weeks month months year years hour hours time times
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_FUNCTION_POS = frozenset(
    {"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE", "SYM", "INTJ", "X"}
)
# Dependencies that open a background clause under the main one.
_BACKGROUND = frozenset({"relcl", "acl", "advcl", "appos", "parataxis"})
_NOUN_MODIFIERS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})
_DAYS = frozenset({*WEEKDAYS, "today", "yesterday", "tomorrow"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# Verbs that frame a reported statement: what follows them (ccomp) is the proposition.
_REPORTING = frozenset(
    {"say", "tell", "report", "add", "write", "state", "announce", "claim", "insist", "warn",
     "note", "confirm", "explain", "argue", "suggest", "believe", "think"}
)  # fmt: skip
# Verbs by which a party puts its word on record ("the Biden administration announced").
SPEAKING = _REPORTING | frozenset(
    {"declare", "reveal", "unveil", "promise", "vow", "pledge", "deny", "question", "accuse",
     "urge", "criticize", "criticise", "condemn", "dismiss", "acknowledge", "admit", "tweet",
     "threaten"}
)  # fmt: skip
_DASHES = frozenset({"—", "–", "-", "--"})
_SUBJECT_DEPS = frozenset({"nsubj"})  # a passive subject is what was said, never who said it
# Verbs that speak only when they frame words, not when they take a thing as their object:
# "he added that ..." is said, "US employers added 250,000 jobs" is done.
_SPEAKING_WITHOUT_OBJECT = frozenset({"add"})
_ADVERBIAL = frozenset({"advcl"})
_OBJECTS = frozenset({"dobj"})
_PREPOSITIONS = frozenset({"prep"})
# What a party's word is put on record in ("in a statement", "in a Friday night tweet").
_SAID_IN = frozenset(
    {"statement", "tweet", "post", "speech", "interview", "letter", "address", "video"}
)
# A finding of an inquiry is its author's word ("The investigation found ..."), and so is a
# figure someone gives ("Local officials put the death toll at 14", "gave a higher figure").
_FINDING = frozenset({"find", "conclude", "determine", "establish", "show"})
_INQUIRIES = frozenset(
    {"investigation", "inquiry", "probe", "report", "review", "audit", "study", "autopsy"}
)
_FIGURES = frozenset({"figure", "toll", "estimate", "number", "tally", "count"})
# Who speaks for a party without a name ("a spokesperson for the delegation confirmed").
_SPOKESPEOPLE = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "official", "representative", "aide"}
)
_SUBJECT_CLAUSES = frozenset({"relcl", "acl", "advcl"})  # say more than who the subject is
_MAX_DEPTH = 64  # a guard against a malformed parse whose heads loop
# What a background date belongs to: a clause of its own, or a clause describing a noun.
_BACKGROUND_CLAUSES = frozenset({"relcl", "acl", "advcl"})
_NOUN_CLAUSES = frozenset({"relcl", "acl"})
_BOUNDS = frozenset({"before", "after", "since", "until", "till", "by"})
_EDGE_POS = frozenset({"PUNCT", "SPACE", "CCONJ", "SCONJ"})  # "after Russia annexed ...": "after"
_MAX_PHRASE = 30  # tokens: longer is a clause with more in it than one happening


@dataclass(frozen=True, slots=True)
class ClauseWeights:
    """How much a word counts by where it stands (a main-clause word counts 1)."""

    background: float
    frame: float


@dataclass(frozen=True, slots=True)
class Clauses:
    """One sentence's tokens (tokens[first:last]) and where each stands: in a background
    clause, in the frame of a reported statement, or in the main clause."""

    tokens: Sequence[Token]
    first: int
    last: int
    root: int
    background: tuple[bool, ...]  # per token of the sentence
    frame: tuple[bool, ...]

    @classmethod
    def of(cls, tokens: Sequence[Token], start: int, end: int) -> Clauses | None:
        """The sentence text[start:end] read from the article's parse (None: no parse)."""
        first = bisect_left(tokens, start, key=lambda t: t.start)
        last = bisect_left(tokens, end, lo=first, key=lambda t: t.start)
        if last - first < 2:
            return None
        root = next((i for i in range(first, last) if _is_root(tokens, i, first, last)), first)
        content = _statement_of(tokens, root, first, last)
        background, frame = [], []
        for index in range(first, last):
            behind, inside = _walk_up(tokens, index, first, last, content)
            background.append(behind)
            frame.append(content is not None and not inside)
        return cls(tokens, first, last, root, tuple(background), tuple(frame))

    def weight(self, index: int, weights: ClauseWeights) -> float:
        """How much the token at `index` (an article-wide token index) counts."""
        weight = 1.0
        if self.background[index - self.first]:
            weight = min(weight, weights.background)
        if self.frame[index - self.first]:
            weight = min(weight, weights.frame)  # the frame: "X said", "the Ledger reported"
        return weight

    def in_main_clause(self, position: int) -> bool:
        """Whether the character at `position` stands outside every background clause: a
        figure in "a strike, which killed 12, ..." belongs to the strike, not to what the
        sentence reports."""
        tokens = self.tokens
        index = bisect_left(
            tokens, position + 1, lo=self.first, hi=self.last, key=lambda t: t.start
        )
        return index - 1 < self.first or not self.background[index - 1 - self.first]

    def dates_the_sentence(self, position: int, precision: str | None = None) -> bool:
        """Whether a time expression starting at `position` may date what the sentence
        reports: in the main clause, not a noun's own modifier ("Russia's 2014 occupation
        of Crimea" dates the occupation, not the proposals the sentence is about; "the
        declaration from 2018" dates the declaration, not its publishing: a year or a month
        a noun's phrase holds; a day there is more often the parse's misplaced "talks with
        Putin on Thursday"), and not a bound ("borders before 2014", "occupied since 2022":
        when it happened, it does not say)."""
        if not self.in_main_clause(position):
            return False
        tokens = self.tokens
        index = bisect_left(tokens, position, lo=self.first, hi=self.last, key=lambda t: t.start)
        if index >= self.last or tokens[index].start != position:
            return True
        token = tokens[index]
        head = token.head
        if token.dep == "pobj" and self.first <= head < self.last and tokens[head].dep == "prep":
            if tokens[head].lemma.lower() in BOUND_PREPOSITIONS:
                return False
            above = tokens[head].head
            on_noun = self.first <= above < self.last and tokens[above].pos in _NOUNS
            # the parse often hangs "the document from 2018" on the verb: a year or a month
            # "from" or "of" a noun just before it is that noun's ("Apple released the
            # iPhone in 2010" is not: "in" dates the release)
            after_noun = (
                tokens[head].lemma.lower() in ("from", "of")
                and head - 1 >= self.first
                and tokens[head - 1].pos in _NOUNS
            )
            return not ((on_noun or after_noun) and precision in ("year", "month"))
        modifies_noun = self.first <= head < self.last and tokens[head].pos in _NOUNS
        return not (modifies_noun and token.dep in _NOUN_MODIFIERS)

    def background_phrase(self, start: int, end: int) -> tuple[int, int] | None:
        """The phrase a time expression at text[start:end] dates when it does not date the
        sentence, as (start, end) characters: the noun it modifies with that noun's phrase
        ("Russia's 2014 occupation of Crimea", "the declaration from 2018, signed by ..."), the
        noun a clause of it describes ("the plant, which it seized in 2022"), or its own
        clause ("after Russia annexed Crimea in 2014"). None in the main clause, for a bound
        ("borders before 2014", "occupied since 2022": when it happened it does not say), and
        for a phrase too long to read as one happening."""
        tokens = self.tokens
        inside = [
            i
            for i in range(self.first, self.last)
            if start <= tokens[i].start < end and tokens[i].pos not in _FUNCTION_POS
        ]
        if not inside:
            return None
        node = inside[-1]  # "in 2022": the year, not the preposition
        owner = self._noun_before(node)
        if owner is not None:  # "the document from 2018" with "from" hung on the verb
            phrase = self._phrase(owner)
            return None if phrase is None else (phrase[0], tokens[node].end)
        for _ in range(_MAX_DEPTH):
            token, head = tokens[node], tokens[node].head
            if head == node or not self.first <= head < self.last:
                return None  # up to the root: the main clause
            if token.dep == "pobj" and tokens[head].lemma.lower() in _BOUNDS:
                return None
            if token.dep in _BACKGROUND_CLAUSES:
                described = token.dep in _NOUN_CLAUSES and tokens[head].pos in _NOUNS
                return self._phrase(head if described else node)
            if tokens[head].pos in _NOUNS and token.dep in _NOUN_MODIFIERS | {"prep"}:
                return self._phrase(head)
            node = head
        return None

    def _noun_before(self, index: int) -> int | None:
        """The noun a "from 2018" / "of 2014" right after it belongs to, when the parse hung
        the preposition elsewhere (as `dates_the_sentence` reads it)."""
        tokens = self.tokens
        head = tokens[index].head
        if tokens[index].dep != "pobj" or not self.first < head < self.last:
            return None
        noun = head - 1
        if tokens[head].lemma.lower() not in ("from", "of") or tokens[noun].pos not in _NOUNS:
            return None
        return None if tokens[head].head == noun else noun

    def _phrase(self, head: int) -> tuple[int, int] | None:
        """The characters of a token's whole phrase, its clauses included, without the
        marks and connectives at its edges; None when it is longer than a happening."""
        tokens = self.tokens
        members = [
            i
            for i in range(self.first, self.last)
            if _descends(tokens, i, head, self.first, self.last, stop=frozenset())
        ]
        while members and tokens[members[0]].pos in _EDGE_POS:
            members = members[1:]
        while members and tokens[members[-1]].pos in _EDGE_POS:
            members = members[:-1]
        if not members or len(members) > _MAX_PHRASE:
            return None
        return tokens[members[0]].start, tokens[members[-1]].end

    def speaking_subject(self) -> tuple[int, list[int]] | None:
        """The subject of a main verb that puts someone's word on record ("The Biden
        administration on Tuesday announced ...", "Pence claimed ..."): its head token and
        the tokens of its phrase (its clauses left out), when the phrase holds a proper noun;
        None for pronouns and common nouns ("officials said": unnamed, not a party)."""
        tokens, first, last = self.tokens, self.first, self.last
        if not (self._speaking_root() or any(self._puts_on_record(i) for i in range(first, last))):
            return None  # not "Russia denied ...", "Trump left, saying ...", "... in a tweet"
        subject = next(
            (
                i
                for i in range(first, last)
                if _depends(tokens, i, self.root, _SUBJECT_DEPS) and not self._dateline(i)
            ),
            None,
        )
        if subject is None:
            return None
        phrase = [i for i in range(first, last) if _descends(tokens, i, subject, first, last)]
        phrase = self._until_a_day(phrase, subject)
        if not any(tokens[i].pos == "PROPN" for i in phrase):
            return None
        return subject, phrase

    def _dateline(self, index: int) -> bool:
        """ "WASHINGTON—Former national security adviser John Bolton ... said": a place in
        capitals glued to the sentence by a dash, which the parse may make a subject."""
        after = index + 1
        return (
            after < self.last
            and self.tokens[after].lemma in _DASHES
            and self.tokens[index].lemma.isupper()
        )

    def _speaking_root(self) -> bool:
        lemma = self.tokens[self.root].lemma.lower()
        if lemma not in SPEAKING:
            return False
        if lemma not in _SPEAKING_WITHOUT_OBJECT:
            return True
        span = range(self.first, self.last)
        return not any(_depends(self.tokens, i, self.root, _OBJECTS) for i in span)

    def described_source(self) -> list[int] | None:
        """The phrase of a subject that names no one but is the source of what the sentence
        reports: an inquiry that found something ("The nearly five-month investigation
        found ..."), whoever gives a figure ("Local officials put the toll at 14"), or an
        unnamed spokesperson putting a party's word on record ("A spokesperson for the
        delegation confirmed the offer")."""
        tokens, first, last, root = self.tokens, self.first, self.last, self.root
        subject = next(
            (i for i in range(first, last) if _depends(tokens, i, root, _SUBJECT_DEPS)), None
        )
        if subject is None or tokens[subject].pos != "NOUN":
            return None
        verb, noun = tokens[root].lemma.lower(), tokens[subject].lemma.lower()
        finding = verb in _FINDING and noun in _INQUIRIES
        speaking = verb in SPEAKING and noun in _SPOKESPEOPLE
        if not (finding or speaking or self._gives_a_figure(root)):
            return None
        phrase = [i for i in range(first, last) if _descends(tokens, i, subject, first, last)]
        return self._until_a_day(phrase, subject)

    def _until_a_day(self, phrase: list[int], subject: int) -> list[int]:
        """The phrase before a day the parse hung on it ("The top U.S. general in the
        Middle East [on Wednesday] confirmed"): when, not who."""
        tokens = self.tokens
        for i in phrase:
            day = i + 1 < self.last and tokens[i + 1].lemma.lower() in _DAYS
            if tokens[i].dep == "prep" and i > subject and day:
                return [k for k in phrase if k < i]
        return phrase

    def _gives_a_figure(self, verb: int) -> bool:
        """ "put the death toll at 14", "gave a higher figure", "estimated the number"."""
        tokens = self.tokens
        objects = [i for i in range(self.first, self.last) if _depends(tokens, i, verb, _OBJECTS)]
        if not any(tokens[i].lemma.lower() in _FIGURES for i in objects):
            return False
        lemma = tokens[verb].lemma.lower()
        if lemma == "put":
            return any(
                tokens[i].lemma.lower() == "at"
                for i in range(self.first, self.last)
                if _depends(tokens, i, verb, _PREPOSITIONS)
            )
        return lemma in {"give", "estimate", "raise", "revise", "lower"}

    def _puts_on_record(self, index: int) -> bool:
        """A reporting verb under the main one ("..., saying"), or the main clause's "in a
        statement", "in a tweet" (what a subject does there is said, whatever the verb)."""
        tokens = self.tokens
        token = tokens[index]
        lemma = token.lemma.lower()
        if _depends(tokens, index, self.root, _ADVERBIAL):
            return lemma in _REPORTING
        head = token.head
        return (
            lemma in _SAID_IN
            and token.dep == "pobj"
            and tokens[head].lemma.lower() == "in"
            and not self.background[index - self.first]
        )


def _is_root(tokens: Sequence[Token], index: int, first: int, last: int) -> bool:
    head = tokens[index].head
    return head == index or not first <= head < last


def _depends(tokens: Sequence[Token], index: int, head: int, deps: frozenset[str]) -> bool:
    return tokens[index].head == head and index != head and tokens[index].dep in deps


def _statement_of(tokens: Sequence[Token], root: int, first: int, last: int) -> int | None:
    """The root of the statement a sentence reports, when its root is a reporting verb
    ("said") with a clausal complement (None otherwise)."""
    if tokens[root].lemma.lower() not in _REPORTING:
        return None
    ccomp = frozenset({"ccomp"})
    return next((i for i in range(first, last) if _depends(tokens, i, root, ccomp)), None)


def _walk_up(
    tokens: Sequence[Token], index: int, first: int, last: int, content: int | None
) -> tuple[bool, bool]:
    """From a token up to the root: whether the walk passed a background clause, and whether
    it passed through the reported statement."""
    behind, inside, node = False, index == content, index
    for _ in range(_MAX_DEPTH):
        head = tokens[node].head
        if head == node or not first <= head < last:
            break
        behind = behind or tokens[node].dep in _BACKGROUND
        node = head
        inside = inside or node == content
    return behind, inside


def _descends(
    tokens: Sequence[Token],
    index: int,
    ancestor: int,
    first: int,
    last: int,
    stop: frozenset[str] = _SUBJECT_CLAUSES,
) -> bool:
    """Whether a token lies under `ancestor` without passing a `stop` dependency: by
    default in the subject's own phrase, not in a clause of it ("Vasylenko, who accepted
    the offer, said": the offer is no part of who he is); with no stop, anywhere under it."""
    node = index
    for _ in range(_MAX_DEPTH):
        if node == ancestor:
            return True
        if tokens[node].dep in stop:
            return False
        head = tokens[node].head
        if head == node or not first <= head < last:
            return False
        node = head
    return False


# --- terms ----------------------------------------------------------------------------------


def sentence_terms(
    text: str,
    clauses: Clauses | None,
    start: int,
    end: int,
    entities: Entities,
    weights: ClauseWeights,
) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The terms of text[start:end] in order, and each one's weight (an empty tuple of
    weights: all count 1, when the sentence has no parse)."""
    if clauses is None:
        return tuple(_plain_terms(text, start, end, entities)), ()
    found = list(_parsed_terms(text, clauses, entities, weights))
    return tuple(t for t, _ in found), tuple(w for _, w in found)


def _parsed_terms(
    text: str, clauses: Clauses, entities: Entities, weights: ClauseWeights
) -> Iterator[tuple[str, float]]:
    """Lemmas of content words and entity ids, with their clause's weight; a named span is
    one term, weighed by its most important word."""
    tokens = clauses.tokens
    spans = sorted(entities)
    span_of = _spans_of_tokens(clauses, spans)
    titles = _title_words(clauses, span_of)

    def weight_of(index: int) -> float:
        weight = clauses.weight(index, weights)
        return min(weight, weights.background) if index in titles else weight

    done: set[int] = set()
    for index in range(clauses.first, clauses.last):
        weight = weight_of(index)
        if (span := span_of.get(index)) is not None:
            if span not in done:
                done.add(span)
                members = [i for i, s in span_of.items() if s == span]
                yield f"@{spans[span][2]}", max(weight_of(i) for i in members)
            continue
        token = tokens[index]
        if token.pos in _FUNCTION_POS:
            continue
        word = text[token.start : token.end]
        if word[:1].isdigit():
            yield word.replace(",", ""), weight
            continue
        lemma = token.lemma.lower().replace("’", "'")
        if lemma not in STOPWORDS and len(lemma) > 2 and lemma[0].isalnum():
            yield lemma, weight


_TITLE_DEPS = frozenset({"compound", "amod"})


def _title_words(clauses: Clauses, span_of: dict[int, int]) -> set[int]:
    """The words that only say who a named party is: the title before a name ("Ukrainian
    President Volodymyr Zelenskiy", "Russian Foreign Minister Sergei Lavrov"). The name is
    a term of its own; its title counted again would make any two sentences naming one
    person alike, whatever each says of them."""
    tokens = clauses.tokens
    found: set[int] = set()
    for index in range(clauses.first, clauses.last):
        head, steps = index, 0
        while tokens[head].dep in _TITLE_DEPS and steps < 4:
            head, steps = tokens[head].head, steps + 1
            if not clauses.first <= head < clauses.last:
                break
            named = span_of.get(head)
            if named is not None and named != span_of.get(index) and head > index:
                between = range(index, head)
                if all(tokens[i].dep in _TITLE_DEPS or span_of.get(i) == named for i in between):
                    found.add(index)
                break
    return found


def _spans_of_tokens(clauses: Clauses, spans: Entities) -> dict[int, int]:
    """token index -> the named span (its position in `spans`) the token starts inside."""
    found: dict[int, int] = {}
    tokens = clauses.tokens
    for number, (span_start, span_end, _) in enumerate(spans):
        for index in range(clauses.first, clauses.last):
            if span_start <= tokens[index].start < span_end:
                found.setdefault(index, number)
    return found


def _plain_terms(text: str, start: int, end: int, entities: Entities) -> Iterator[str]:
    """Without a parse: stemmed content words in order, each named span as its entity id."""
    position = start
    for span_start, span_end, entity in sorted(entities):
        yield from _words(text[position:span_start])
        yield f"@{entity}"
        position = max(position, span_end)
    yield from _words(text[position:end])


def _words(chunk: str) -> Iterator[str]:
    for match in _WORD.finditer(chunk):
        word = match.group().lower().replace("’", "'")
        if word not in STOPWORDS and (len(word) > 2 or word[0].isdigit()):
            yield stem(word)


def stem(word: str) -> str:
    """A light stemmer: plurals and common verb endings meet ("talks", "talked", "talking")."""
    if word[0].isdigit():
        return word.replace(",", "")
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
    return word
