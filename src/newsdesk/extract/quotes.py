"""Who said what: direct and reported quotes with their speaker and cue, from a parse.

Direct quotes are found by their marks first (straight, curly, guillemets, low-9 and
single marks, nested, mixed pairs, a multi-paragraph quote left open at its paragraph's
end), because marks are exact while the parse is not; a quoted title ("on “Meet the
Press”") is no quote. Each quote then looks for a cue verb ("said", "wrote", "told",
"according to", "fired back") outside the marks in its own sentence(s), in the sentence
before when that one ends with a colon, or opening the next one ("'... our fix!' Clinton
said"); a quote without a cue continues the previous quote's speaker when it directly
follows it with no narration between. Reported speech is a cue verb's clausal complement
("Lavrov said [there were several signs ...]"), the message-like object or infinitive of a
verb such as "announced" or "vowed" (lexicon in `quotes_lexicon`), or the clause a
parenthetical cue interrupts ("X, he said, Y"); a closing ", which ..." aside and another
act of saying inside it (", citing people familiar with ...") are left out.

The speaker is the cue's grammatical subject (for "Curly Haugland, who argued ..." the noun
"who" stands for; for "a statement saying ..." whoever issued it; for "Asked whether ..."
nobody named: a question put to someone is not their quote), resolved by the article's
`Referents` to a person, an organisation, a state or an outlet, never a place.

One quote is one attribution: the pieces one cue introduces ("'A,' he said, 'B.'", the
clause around "he said", quoted words inside the reported clause) are one `Quote` whose
`pieces` are its spans in order and whose `text` joins them with " … ". A quote never holds
its own cue or speaker. Every offset points into the text the parse was made from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from newsdesk.extract.quotes_lexicon import (
    ADDRESSEE_LEMMAS,
    AS_REPORTED_LEMMAS,
    ASIDE_OPENERS,
    CUE_LEMMAS,
    DIRECT_ONLY_LEMMAS,
    MESSAGE_NOUNS,
    MESSAGE_OBJECT_LEMMAS,
    PHRASAL_CUES,
    STATEMENT_NOUNS,
    TOPIC_PREPOSITIONS,
)
from newsdesk.model import Quote, Sentence
from newsdesk.parse import DASH_CHARS, DASHES, ParsedArticle
from newsdesk.referents import (
    BODY_NOUNS,
    PERSON,
    PLACE,
    PRONOUNS,
    QUOTE_MARKS,
    RELATIVE_PRONOUNS,
    RELATIVE_WORDS,
    Referent,
    Referents,
    document_owners,
    names_a_written_source,
)
from newsdesk.timex import WEEKDAYS

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PERSON = frozenset({"PERSON"})
_SPEAKERS = frozenset({"PERSON", "ORG"})
_MARKS = frozenset({'"', "“", "”"})
_MARKS_AND_SPACE = " \t\n\r\"“”'’.,"
_WRITINGS = STATEMENT_NOUNS | {"article", "report", "caption", "headline", "text", "order"}
_ADVERBIAL_DEPS = frozenset({"advmod", "prep", "advcl", "npadvmod"})
_CONNECTIVES = frozenset(
    {"still", "however", "also", "meanwhile", "moreover", "furthermore", "nonetheless",
     "nevertheless", "besides", "additionally", "so", "yet", "instead", "separately",
     "likewise", "similarly", "indeed", "thus", "hence", "in fact", "in addition", "of course",
     "for example", "for instance", "in turn", "by contrast", "in contrast",
     "at the same time", "on the other hand", "in other words"}
)  # fmt: skip
_TIME_OPENERS = frozenset({"on", "in", "at", "last", "this", "early", "late"})
_SPEAKER_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "case"})
_CONTENT_DEPS = frozenset({"ccomp"})
_PHRASAL_VERBS = frozenset({"put"} | {verb for verb, _ in PHRASAL_CUES})
_POINTING_WORDS = frozenset({"this", "that", "it", "so", "these", "those"})
_INNER_CUE_DEPS = frozenset({"advcl", "conj", "acl", "parataxis"})  # another attribution
_OBJECT_DEPS = frozenset({"pobj", "dobj", "poss", "compound"})
_CLAUSE_ONLY = frozenset({"comment", "speak", "talk", "complain", "insist", "boast"})
_FINISHING_DEPS = frozenset({"prep", "oprd", "xcomp", "dobj"})  # "... as a threat", "... to Hall"
_WITHHOLDING = frozenset({"decline", "refuse"})  # "declined to say"
_WHEN_WORDS = frozenset({"after", "before", "during", "since", "following", "until", "amid"})
_INHERITING_DEPS = frozenset({"conj", "advcl", "xcomp"})  # "..., adding that": the head's subject
_CUE_EXTENSION_DEPS = frozenset({"dative", "dobj", "prep"})  # "told CBS", "wrote on Truth Social"
_QUOTE_CHARS = re.compile("''|[\"“”„«»‘’‚']")  # '' is a double mark in some newswire
_IN_A_WORD = re.compile(r"(?<=\w)['’](?=\w)")  # "University's", "don't": no quotation mark
_MARKUP_TAG = re.compile(r"<[A-Za-z/][^<>\n]*>")
_DOUBLE = frozenset('"“„«')
_OPENING_CONTEXT = frozenset(' \t\n([{—–-:/“„«"')
_MIN_WORDS_WITHOUT_CLAUSE = 4  # a shorter quote must sit inside a cue's reported clause
_MIN_WORDS_CONTINUING = 8  # a cue-less quote this long may continue the previous speaker
_CUE_REACH = 250  # characters between a quote and its cue
_RUN_ON_GAP = 40  # '," he told reporters.\n"' at most between two parts of one quote
_CONTINUATION_GAP = 400  # a cue-less quote this close after a quote continues its speaker
_TITLE_WORDS = 6  # a quoted name (a show, a book) is at most this long
_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}): +(?=\S)")
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: ?\([^()\n]{1,30}\))? ?(?:—|–|--|-) ?"
)
_EDGE_PUNCTUATION = frozenset(",;:—–-")  # left at a piece's edge by a cut-out attribution
_CLOSING_REACH = 60  # characters from a sentence's start to a cue closing the quote before


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
    refers: tuple[int, int] | None  # what to resolve it by: "who" refers to the noun before
    content: tuple[tuple[int, int], ...]  # the reported words (two pieces around "he said")
    sentence: Sentence


# --- quotation marks -----------------------------------------------------------------


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Every span between matching quotation marks, paragraph by paragraph."""
    found: list[QuotedSpan] = []
    for paragraph in _PARAGRAPH.finditer(text):
        found.extend(_paragraph_quotes(text, paragraph.start(), paragraph.end()))
    return sorted(found, key=lambda q: q.mark_start)


# A paragraph: lines, a line that opens in lower case going on with the one before it (a
# line broken inside a sentence: "... identifying supporters a\nin caucuses and primaries.")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?=[a-z])[^\n]+)*")


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
    if mark == '"' and not before.isspace() and not after.isalnum():
        openers = '"“„'  # “ closed by a straight mark: a mixed pair ("“It is so shameful,")
    if mark == "“" and not before.isspace() and not after.isalnum():
        openers = '“„"'  # an opening mark typed for a closing one ("with a fascist?“ he asked")
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


# --- cues ----------------------------------------------------------------------------


def find_cues(
    parse: ParsedArticle, referents: Referents, quoted: Sequence[QuotedSpan] = ()
) -> list[Cue]:
    """Verbs of saying outside quotation marks, with their speaker phrase and clause."""
    inside = [(q.mark_start, q.mark_end) for q in quoted if q.depth == 0]
    inside += markup_tags(parse.text)  # "<tweet author=...>": the tag's name is not a verb
    cues = []
    for sentence in parse.sentences:
        for index in parse.sentence_tokens(sentence):
            if (
                _is_cue_verb(parse, index)
                and not _within(parse.tokens[index].start, inside)
                # "according to a document that the US presented according to the server":
                # the inner cue tells where the document came from
                and not parse.in_a_source_named_by_according_to(index)
            ):
                cues.append(_cue(parse, referents, index, sentence, inside))
    return cues


def _is_cue_verb(parse: ParsedArticle, index: int) -> bool:
    token = parse.tokens[index]
    if token.lemma.lower() == "accord" or parse.word(index).lower() == "according":
        return any(parse.word(c).lower() == "to" for c in parse.children[index])
    if token.pos not in {"VERB", "AUX"} and not _mistagged_verb(parse, index):
        return False
    if (
        token.lemma.lower() not in CUE_LEMMAS
        and not _phrasal_cue(parse, index)
        and not _document_reads(parse, index)
    ):
        return False
    objects = parse.kids(index, "dobj") if token.lemma.lower() in _DEAL_LEMMAS else []
    if any(parse.tokens[o].pos == "NOUN" for o in objects):
        return False  # "ready to conclude an agreement", "agreed a truce": a deal, no words
    if token.lemma.lower() == "confirm" and _confirms_someone(parse, index):
        return False  # "vote to confirm him", "quickly confirming his nominee": appointed
    if _another_sense(parse, index):
        return False
    if token.dep == "amod":  # "pledged delegates", unless it attributes a quote before it
        return _attribution_after_quote(parse, index)
    return not _participle_modifier(parse, index)


def _another_sense(parse: ParsedArticle, index: int) -> bool:
    """A verb of saying in a sense that says nothing: "contends with scrutiny" (copes),
    "denying Cain the support" (withholds), a verb used as a noun ("there's no denying")."""
    lemma = parse.lemma(index).lower()
    if any(parse.lower(c) == "no" for c in parse.kids(index, "det")):
        return True  # "there's no denying he ...", "no telling": the writer's word, a noun
    if lemma == "contend":
        return any(parse.lower(c) == "with" for c in parse.kids(index, "prep"))
    if lemma == "deny":
        return _withholds(parse, index)
    if lemma in _CHARGING:
        return _charged_by_no_one(parse, index)
    if lemma == "note":
        return _noted_for(parse, index)
    if lemma == "claim":
        return _claims_a_thing(parse, index)
    return False


def _claims_a_thing(parse: ParsedArticle, index: int) -> bool:
    """ "claim" with a thing for its only object takes or holds it: "both countries claim
    the valley", "Russia claims Crimea", "the strike claimed 12 lives", "claimed the
    nomination". A clause ("claimed that ...", "claims to be ...") and an assertion's noun
    ("claimed victory", "claiming an affair", "claimed responsibility") are words."""
    if parse.kids(index, "ccomp", "xcomp"):
        return False
    objects = parse.kids(index, "dobj")
    if not objects:
        return False
    thing = objects[0]
    return parse.lemma(thing).lower() in _CLAIMED_THINGS or parse.names_a_place(thing)


# What is claimed as one's own, taken or held: land, lives, a post, a share, a benefit.
_CLAIMED_THINGS = frozenset(
    {"life", "lives", "victim", "toll", "territory", "land", "valley", "region", "area",
     "town", "city", "village", "island", "sovereignty", "control", "ownership", "seat",
     "nomination", "title", "crown", "throne", "prize", "trophy", "medal", "championship",
     "lead", "majority", "percent", "share", "stake", "vote", "delegate", "asylum",
     "benefit", "refund", "damages", "compensation", "tax", "break", "residency", "root",
     "tie", "job", "spot", "place", "deduction", "exemption", "inheritance", "property",
     "advantage", "allegiance"}
)  # fmt: skip


def _withholds(parse: ParsedArticle, index: int) -> bool:
    """ "denying Cain the support", "he is being denied the opportunity": "deny" that
    withholds something from someone, named as its first object or as its passive subject
    (whatever is denied then stays as an object of its own)."""
    objects = [*parse.kids(index, "dobj"), *parse.kids(index, "dative")]
    if len(objects) == 2 and parse.tokens[min(objects)].pos in {"PROPN", "PRON"}:
        return True
    return _passive(parse, index) and bool(parse.kids(index, "dobj"))


def _noted_for(parse: ParsedArticle, index: int) -> bool:
    """ "Butch Bowers, noted for defending a slew of politicians", "noted for his wit": known
    for, whatever clause the parse hung on it; "noted for the record that ..." says something."""
    after = index + 1
    if after >= len(parse.tokens) or parse.lower(after) != "for":
        return False
    return bool(parse.kids(after, "pcomp")) or not parse.kids(index, "ccomp", "dobj")


_CHARGING = frozenset({"charge", "accuse"})


def _charged_by_no_one(parse: ParsedArticle, index: int) -> bool:
    """ "a group charged with beautifying downtown", "the man accused of buying the guns": a
    participle describing the one charged or tasked, with no accuser named, is a legal
    status or a duty, not reported words. A clause stays ("Roof is accused of a massacre"
    reports the charge, its source unnamed), and so does a named accuser ("a man accused
    by prosecutors of ...")."""
    describes = (
        parse.tokens[index].dep == "acl"
        and parse.lower(index).endswith("ed")  # "a letter accusing him", "a chance to accuse"
        # "Trump, addressing his followers, charged Saturday that ...": a that-clause makes
        # it the speaker's verb, whatever noun the parse hung it on
        and not parse.kids(index, *_SUBJECT_DEPS, "aux", "ccomp")
    )
    return describes and _agent_of(parse, index) is None


def _confirms_someone(parse: ParsedArticle, index: int) -> bool:
    """ "confirm" whose object is a person is the Senate's vote, not words ("charged him
    with murder" stays: an accusation is a claim attributed to the prosecutors)."""
    for obj in parse.kids(index, "dobj"):
        if parse.lower(obj) in ("him", "her", "them") or parse.lemma(obj) in _CONFIRMED:
            return True
        if parse.mention_at(obj, _PERSON) is not None:
            return True
    # "claimed that confirming Barrett would result in ...": the parse made the person the
    # subject of the next verb, but the name right after "confirming" is who is confirmed
    after = index + 1
    if after >= len(parse.tokens) or parse.mention_at(after, _PERSON) is None:
        return False
    return parse.tokens[after].dep in _SUBJECT_DEPS and not parse.kids(after, "case")


_CONFIRMED = frozenset(
    {"nominee", "nominees", "pick", "appointee", "appointees", "judge", "judges", "justice",
     "candidate", "ambassador", "secretary", "nomination", "nominations"}
)  # fmt: skip


# Verbs of saying that make a deal when they take an object; "press" presses a question or a
# case ("Wallace pressed the question": whatever was quoted before it is not his).
_DEAL_LEMMAS = frozenset({"conclude", "agree", "press"})


def _attribution_after_quote(parse: ParsedArticle, index: int) -> bool:
    """'„... the USA" - stated Uszakow.': a verb of saying the tagger took for an adjective
    of the name after it, right after a closing quotation mark and a dash or comma."""
    head = parse.head(index)
    if head is None or head != index + 1 or parse.tokens[head].pos != "PROPN":
        return False
    before = parse.text[max(0, parse.tokens[index].start - 6) : parse.tokens[index].start]
    return re.search(r"[\"”“»']\s*[-–—,]\s*$", before) is not None


def _mistagged_verb(parse: ParsedArticle, index: int) -> bool:
    """ "Trump predicts that ...": the tagger took the verb for a noun (and the name before
    it for the noun's modifier), but no noun has a reported clause of its own."""
    if parse.tokens[index].pos != "NOUN":
        return False
    return bool(parse.kids(index, "ccomp")) or _closing_attribution(parse, index) is not None


def _closing_attribution(parse: ParsedArticle, index: int) -> tuple[int, int] | None:
    """ "Russia launched 66 missiles, the Ukrainian air force reports.": a verb of saying
    the tagger took for a noun, closing the sentence (`ParsedArticle.closing_phrase`)."""
    if parse.tokens[index].lemma.lower() not in CUE_LEMMAS:
        return None
    return parse.closing_phrase(index)


def _document_reads(parse: ParsedArticle, index: int) -> bool:
    """ "“...,” the statement read", "the sign reads": what a text says, not a reader; so
    are "“...,” read the email" (the parse makes the text an object) and "“...,” it read"
    right after the quotation."""
    if parse.lemma(index) != "read":
        return False
    subject = parse.kid(index, "nsubj")
    if subject is not None:
        it_reads = parse.lower(subject) == "it" and _right_after_a_quote(parse, subject)
        return it_reads or parse.lemma(subject) in _WRITINGS
    text = parse.kid(index, "dobj")
    return (
        text is not None and parse.lemma(text) in _WRITINGS and _right_after_a_quote(parse, index)
    )


def _right_after_a_quote(parse: ParsedArticle, index: int) -> bool:
    start = parse.tokens[index].start
    return _AFTER_A_QUOTE.search(parse.text, max(0, start - 6), start) is not None


_AFTER_A_QUOTE = re.compile(r"[,!?]\s*(?:''|[\"”’])\s*$")  # '...," read' / '...!” it read'


def _phrasal_cue(parse: ParsedArticle, index: int) -> bool:
    """ "fired back", "pointed out", and "as X put it": a verb of saying with its particle."""
    lemma = parse.lemma(index)
    if lemma not in _PHRASAL_VERBS:
        return False
    if lemma == "put":
        return any(parse.lower(c) == "it" for c in parse.kids(index, "dobj"))
    if any((lemma, parse.lower(c)) in PHRASAL_CUES for c in parse.kids(index, "prt")):
        return True
    # a retort's "back" the parse took for an adverb ("Hillary shot back, '...'"); not
    # "pushed back on the narrative that ...", a stance against what others say
    after = index + 1
    return (
        (lemma, "back") in _RETORTS
        and after < len(parse.tokens)
        and parse.lower(after) == "back"
        and parse.head(after) == index
    )


_RETORTS = frozenset({("shoot", "back"), ("fire", "back"), ("hit", "back")})


def _participle_modifier(parse: ParsedArticle, index: int) -> bool:
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


def _cue(
    parse: ParsedArticle,
    referents: Referents,
    index: int,
    sentence: Sentence,
    quoted: Sequence[tuple[int, int]] = (),
) -> Cue:
    start, end = _cue_extent(parse, index)
    subject = _subject_of(parse, index, quoted, referents.gazetteer.is_title)
    if subject is not None and _within(parse.tokens[subject].start, quoted):
        # "... -- ''That makes me smart'' -- and ... asserting": a word of a quote is not
        # who speaks outside it; the nearest name outside the quotes is
        subject = _nearest_proper_noun(parse, index, quoted)
    speaker = _speaker_phrase(parse, referents, subject)
    refers = _antecedent(parse, index, speaker) or _apposition(parse, referents, subject)
    # "Asked what concessions Russia offered, Trump said: ...": the question is an unnamed
    # reporter's, nobody's quote; the answer is quoted by its own cue
    content = (
        ()
        if _put_to_them(parse, index) or _withheld(parse, index) or _asks_anonymity(parse, index)
        else _reported_clause(parse, index)
    )
    return Cue(
        start=start,
        end=end,
        verb=index,
        lemma=parse.tokens[index].lemma.lower(),
        speaker=speaker,
        refers=refers or speaker,
        content=content,
        sentence=sentence,
    )


def _cue_extent(parse: ParsedArticle, index: int) -> tuple[int, int]:
    """The verb, with a directly following addressee or medium ("told CBS", "wrote on X")."""
    token = parse.tokens[index]
    end = token.end
    for child in parse.children[index]:
        if child <= index or parse.tokens[child].dep not in _CUE_EXTENSION_DEPS:
            continue
        if parse.word(child).lower() == "to" and parse.word(index).lower() == "according":
            return token.start, parse.tokens[child].end
        if parse.tokens[child].dep == "dobj" and parse.lemma(index) not in ADDRESSEE_LEMMAS:
            continue  # "mentions another proposal": the object is what was said
        extent = parse.extent(parse.subtree(child))
        if extent and _is_short_name(parse, extent) and _adjacent(parse.text, end, extent[0]):
            end = extent[1]
    return token.start, end


def _is_short_name(parse: ParsedArticle, extent: tuple[int, int]) -> bool:
    phrase = parse.text[extent[0] : extent[1]]
    words = phrase.split()
    return 0 < len(words) <= 5 and any(w[:1].isupper() for w in words[-2:])


def _adjacent(text: str, end: int, start: int) -> bool:
    return start >= end and not text[end:start].strip()


def _speaker_phrase(
    parse: ParsedArticle, referents: Referents, subject: int | None
) -> tuple[int, int] | None:
    if subject is None:
        return None
    named = referents.named_in(parse.tokens[subject].start, parse.tokens[subject].end)
    if named is not None:
        return named.start, named.end
    author = _author_of_document(parse, referents, subject)
    if author is not None:
        return author
    keep = [*_left_modifiers(parse, subject), subject, *_role_with_of(parse, referents, subject)]
    return parse.extent(sorted(keep + _of_whom(parse, subject)))


def _author_of_document(
    parse: ParsedArticle, referents: Referents, noun: int
) -> tuple[int, int] | None:
    """ "Warren's report says that ...": whoever a document is named as belonging to speaks
    through it."""
    if not names_a_written_source(parse.word(noun), parse.lemma(noun)):
        return None
    for owner in document_owners(parse.tokens, noun, parse.subtree(noun)):
        named = referents.named_in(parse.tokens[owner].start, parse.tokens[owner].end)
        if named is not None and named.label not in ("DATE", "TIME"):
            return named.start, named.end
    return None


def _of_whom(parse: ParsedArticle, head: int) -> list[int]:
    """ "One of Trump's top advisers said": a number or a share is no one without the group
    it is taken from."""
    if parse.lower(head) not in _SHARE_WORDS and parse.tokens[head].pos != "NUM":
        return []
    of = parse.preposition(head, "of")
    return parse.subtree(of) if of is not None else []


_SHARE_WORDS = frozenset({"one", "some", "many", "most", "several", "each", "both", "all", "few"})
_SHARES = _SHARE_WORDS | {"half", "third", "quarter"}  # "roughly half of its presence"


def _role_with_of(parse: ParsedArticle, referents: Referents, noun: int) -> list[int]:
    """ "The head of state": a role whose words go on past an "of" ("head of state")."""
    for prep in parse.kids(noun, "prep"):
        if parse.lower(prep) != "of":
            continue
        for pobj in parse.kids(prep, "pobj"):
            token = parse.tokens[pobj]
            if referents.named_in(token.start, token.end) is not None:
                continue  # the NER read a name there ("state" as an organisation): keep out
            if referents.gazetteer.is_title(f"{parse.lower(noun)} of {parse.lower(pobj)}"):
                return [prep, pobj]
    return []


def _apposition(
    parse: ParsedArticle, referents: Referents, subject: int | None
) -> tuple[int, int] | None:
    """ "Orvenia's chief negotiator, Deputy Foreign Minister Pavel Vrana, said": the name in
    the apposition is who the description before it is. A capitalised title is a
    description too ("Ukraine's Foreign Minister Andrii Sybiha, who led ..., wrote"); a name
    is who it is."""
    if subject is None:
        return None
    token = parse.tokens[subject]
    if token.pos == "PROPN" and referents.named_in(token.start, token.end) is not None:
        return None
    named = referents.named_apposition(subject)
    return (named.start, named.end) if named is not None else None


def _subject_of(
    parse: ParsedArticle,
    index: int,
    quoted: Sequence[tuple[int, int]],
    is_title: Callable[[str], bool],
) -> int | None:
    """The cue's subject; for "according to X" the X; for "..., adding" the head's subject.
    `is_title` says whether a word is a title or role ("mayor")."""
    if parse.word(index).lower() == "according":
        to = next((c for c in parse.children[index] if parse.word(c).lower() == "to"), None)
        objects = parse.children[to] if to is not None else []
        return next((c for c in objects if parse.tokens[c].dep == "pobj"), None)
    if _passive(parse, index):
        return _agent_of(parse, index)
    if _describes_its_noun(parse, index):
        return _agent_of(parse, index)  # "a contractor accused of spying": accused by whom?
    if closing := _closing_attribution(parse, index):
        return closing[1]
    if _put_to_them(parse, index):
        return None  # "Asked what concessions Russia offered, Trump said": a reporter asked
    if parse.tokens[index].dep == "amod":
        return parse.head(index)  # '"..." - stated Uszakow': the name it was taken to modify
    if _document_reads(parse, index) and parse.kid(index, "nsubj") is None:
        return parse.kid(index, "dobj")  # '"...," read the statement': the statement
    for _ in range(3):
        # two subjects are a misparse ("in Salem, New Hampshire, Trump went"): the nearest
        subjects = sorted(
            (c for c in parse.children[index] if parse.tokens[c].dep in _SUBJECT_DEPS),
            key=lambda c: abs(c - index),
        )
        issuer = _issuer_of_a_relative(parse, index, subjects)
        if issuer is not None:  # "Paul has released a video that accuses Cruz": Paul
            index = issuer
            continue
        if subjects and (
            _cannot_speak(parse, subjects[0]) or _quoted_title(parse, index, subjects[0])
        ):
            break  # the parse took a day or a dateline for the subject: the name is nearby
        if subjects:
            subject = _speaking_subject(parse, subjects)
            if is_title(parse.lower(subject)) and _person_right_before(parse, index, subject):
                # "Sirius XM Vice President for news and talk Dave Gorab called": the parse
                # joins the name to the office as a conjunct, and the office is the subject
                return index - 1
            return _named_apposition(parse, index, subject)
        if closing := parse.closing_phrase(index, verb=True):
            return closing[1]  # "..., the state board of elections said."
        if _mistagged_verb(parse, index):  # "Trump predicts that": the "modifier" speaks
            return next((c for c in parse.kids(index, "compound") if c < index), None)
        token = parse.tokens[index]
        described = _noun_it_describes(parse, index)
        if described is not None:  # "a Playboy model's story claiming an affair": hers
            return described
        statement = _statement_noun(parse, index)
        if statement is not None:  # "His office put out a statement saying ...": the office
            index = statement
            continue
        governing = _verb_over_preposition(parse, index)
        judged = _judged_for_it(parse, governing, index, is_title)
        if judged is not None:  # "Trump slammed McConnell for complaining that": McConnell
            return judged
        if governing is not None:  # "he began by saying", "In asking ..., Judicial Watch"
            index = governing
            continue
        owner = _owner_of_the_occasion(parse, index)
        if owner is not None and parse.tokens[owner].pos == "PROPN":
            return owner  # "Biden's first address to say he expects": Biden
        if owner is not None:  # "using his first address to say", "went out of his way to
            index = _verb_above(parse, owner)  # say": whoever uses it, as "his" does
            continue
        expletive = token.dep == "ccomp" and bool(parse.kids(index, "expl"))
        if (token.dep not in _INHERITING_DEPS and not expletive) or token.head == index:
            break
        own = _gerund_subject(parse, index) or _controlling_object(parse, index)
        if own is not None:  # "the furor over Joe Biden saying he ...": Biden says it
            return own
        # "X said there were signs ..., adding that": X adds; but "Trump's plan calls for
        # ..., while pledging to ..., Fox News has learned": the plan pledges
        report = parse.report_it_goes_on(index) or _cue_it_goes_on(parse, index)
        index = report if report is not None else token.head
    # the name right before the verb the cue hangs from ("... - Lewandowski continued to
    # assert"), not one further back in a phrase of place ("at Trump's Mar-a-Lago estate"),
    # and past quoted words ("“We lost,” delegate Bill Eastland, wearing “Cruz” pins, said")
    return _role_right_before(parse, index, is_title) or _nearest_proper_noun(parse, index, quoted)


def _role_right_before(
    parse: ParsedArticle, verb: int, is_title: Callable[[str], bool]
) -> int | None:
    """ "In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic
    presidential candidate stated": a role with "the", opened by a comma and closing right
    before a verb without a subject, is that subject, however the parse hung it on the
    names before it."""
    role = verb - 1
    if role < 1 or parse.tokens[role].pos != "NOUN" or parse.tokens[role].dep != "appos":
        return None
    if not is_title(parse.lower(role)) or parse.mention_at(role, _PERSON) is not None:
        return None
    first = parse.subtree(role)[0]
    if parse.lower(first) != "the" or first < 1 or parse.word(first - 1) != ",":
        return None
    return role


def _cue_it_goes_on(parse: ParsedArticle, verb: int) -> int | None:
    """ "Podesta said Gates was not working for the party and said Manafort was not
    involved", "Kirsch told the AP her group never worked with them and said ...": a verb of
    saying the parse joins to the clause another verb of saying reports, in that verb's
    tense, goes on from it; its speaker is that verb's, not the reported clause's subject.
    So does a participle that reports words of its own ("Trump told Newsmax that Romney had
    a crazy policy, adding, “He lost ...”")."""
    token = parse.tokens[verb]
    participle = token.dep == "advcl" and parse.lower(verb).endswith("ing")
    if token.dep != "conj" and not participle:
        return None
    if _is_cue_verb(parse, token.head):
        return None  # "noted that Sanders has criticized him and called him weak": Sanders
    clause = parse.tokens[token.head]
    while clause.dep == "xcomp" and clause.head != token.head:  # "will have to choose ..."
        clause = parse.tokens[clause.head]
    if clause.dep != "ccomp" or not clause.head < token.head:
        return None  # "[Clinton held a meeting and pledged ...], the paper reported": hers
    outer = clause.head
    if not _is_cue_verb(parse, outer):
        return None
    if participle:
        return outer if _reports_or_cannot_be_another(parse, verb, token.head) else None
    if _past(parse, outer) != _past(parse, verb):
        return None
    return outer if _present_third(parse, outer) == _present_third(parse, verb) else None


def _reports_or_cannot_be_another(parse: ParsedArticle, participle: int, clause: int) -> bool:
    """A participle after a reported clause goes on from the report when it reports words
    of its own ("..., adding, “He lost ...”") or the clause's subject is no person who could
    be doing it ("that his rhetoric was patronizing, noting ..."); after "that Trump had
    professed his love for the country, calling it a special place", Trump calls it so."""
    if any(c > participle for c in _content_clauses(parse, participle)):
        return True
    subject = parse.kid(clause, "nsubj")
    return subject is None or parse.mention_at(subject, _PERSON) is None


def _owner_of_the_occasion(parse: ParsedArticle, cue: int) -> int | None:
    """ "his first prime-time address to say", "her speech to announce": an infinitive
    hanging on a noun someone owns says what the owner used it for; the owner speaks."""
    token = parse.tokens[cue]
    if token.dep not in ("relcl", "acl") or parse.kid(cue, "nsubj", "nsubjpass") is not None:
        return None
    if not any(parse.lower(a) == "to" for a in parse.kids(cue, "aux")):
        return None
    noun = parse.head(cue)
    if noun is None or parse.lemma(noun) in _ASKING or _for_someone(parse, noun, cue):
        return None  # "Trump's demands for Ukraine to announce": Ukraine would announce
    owner = parse.kid(noun, "poss")
    if owner is None or parse.tokens[owner].pos not in ("PRON", "PROPN"):
        return None
    return owner


# What asks another to do what follows: "Trump's demands for Ukraine to announce", "her
# call for Congress to act"; any other noun someone owns is what the owner uses to say it
# ("his address to say", "went out of her way to say", "ran to his Fox News safe space to
# demand") or does so by ("Turkey's refusal to acknowledge").
_ASKING = frozenset(
    {"demand", "call", "request", "appeal", "order", "pressure", "push", "invitation",
     "permission", "authorization", "instruction", "plea", "urging", "ask", "proposal",
     "encouragement", "advice", "directive", "mandate", "ultimatum", "challenge", "dare"}
)  # fmt: skip


def _for_someone(parse: ParsedArticle, noun: int, cue: int) -> bool:
    """ "a chance for reporters to ask": the "for" before the infinitive names who does it."""
    return any(
        parse.lower(prep) == "for" and prep < cue and parse.kid(prep, "pobj") is not None
        for prep in parse.kids(noun, "prep")
    )


def _verb_above(parse: ParsedArticle, index: int) -> int:
    """The nearest verb the word hangs under (the word itself at the root)."""
    for above in parse.ancestors(index):
        if parse.tokens[above].pos in ("VERB", "AUX"):
            return above
    return index


def _controlling_object(parse: ParsedArticle, cue: int) -> int | None:
    """ "Fox News sent a host to ask voters if ...": who is sent, urged or asked to speak
    speaks, not who sends them."""
    head = parse.head(cue)
    if head is None or parse.lemma(head) not in _SENDING:
        return None
    dep = parse.tokens[cue].dep  # "sent a host to the streets to ask": a purpose, too
    if dep != "xcomp" and (dep != "advcl" or parse.kid(cue, "aux") is None):
        return None
    return next((c for c in parse.kids(head, "dobj") if head < c < cue), None)


# verbs whose object does what follows ("sent a host to ask"), unlike "used the rally to say"
_SENDING = frozenset(
    {"send", "ask", "urge", "tell", "persuade", "encourage", "invite", "force", "press"}
)


def _speaking_subject(parse: ParsedArticle, subjects: Sequence[int]) -> int:
    """The nearer of two subjects, but a name joined to a description subject before it
    ("Trump, as well as other US officials, suggest")."""
    if parse.tokens[subjects[0]].pos == "PROPN":
        return subjects[0]
    joined = _named_along_with(parse, subjects[0])
    return joined if joined is not None else subjects[0]


def _named_along_with(parse: ParsedArticle, subject: int) -> int | None:
    """ "Trump, as well as other US officials, suggest": the person named right before the
    subject and joined to it (the parse may hang the name anywhere)."""
    start = parse.tokens[parse.subtree(subject)[0]].start
    before = _ALONG_WITH.search(parse.text, max(0, start - 40), start)
    if before is None:
        return None
    name = parse.token_at(before.start(1) - 1) if before.start(1) > 0 else None
    if name is None or parse.mention_at(name, _SPEAKERS) is None:
        return None  # (the tagger calls "Trump" a body as often as a person)
    return name


_ALONG_WITH = re.compile(r"\S(\s*,?\s*(?:as well as|along with|together with)\s+)$")


_DAY_WORDS = frozenset(WEEKDAYS) | {"today", "yesterday", "tonight"}


def _cannot_speak(parse: ParsedArticle, index: int) -> bool:
    """A word the parse may make a subject that names no one: a day or a date ("Saturday at
    the convention Sen. Warren said", "In a March 2016 meeting ..."), the place of a
    dateline ("WASHINGTON (AP) — Trump and Ryan pledged"). (Tags in brackets, "Ryan (R-WI)
    said", are skipped where the nearest name is looked for.)"""
    if parse.lower(index) in _DAY_WORDS or parse.names_a_time(index):
        return True
    return parse.in_dateline(index)


def _quoted_title(parse: ParsedArticle, verb: int, subject: int) -> bool:
    """A "subject" after the verb inside quotation marks is the name of a show: 'Flynn said
    on Fox News’s “Fox and Friends.”'"""
    if subject < verb:
        return False
    between = parse.text[parse.tokens[verb].end : parse.tokens[subject].start]
    return any(mark in between for mark in _DOUBLE)


def _named_apposition(parse: ParsedArticle, verb: int, subject: int) -> int:
    """Two names set side by side before a parenthetical cue are two people, the parse's
    apposition is wrong: the one next to the verb speaks ("To understand the real Dred
    Scott, Chief Justice Roberts said, one should visit")."""
    if subject > verb:
        return subject
    if parse.tokens[subject].pos != "PROPN":
        return _describer_before_verb(parse, verb, subject)
    body = parse.mention_at(subject, _BODIES) is not None
    for child in parse.kids(subject, "appos"):
        if _describer_right_before(parse, verb, subject, child):
            return child  # "Clinton, a top aide said, “is very confident ...”": the aide
        name = parse.mention_at(child, _PERSON)
        if name is None or name == parse.mention_at(subject, _PERSON) or child > verb:
            continue
        # "Republican National Committee (RNC) Chairwoman Ronna McDaniel Tuesday warned":
        # the body names the office of the person who speaks
        if child == verb - 1 or (
            body and all(_cannot_speak(parse, i) for i in range(child + 1, verb))
        ):
            return child
    return subject


_BODIES = frozenset({"ORG"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def _describer_right_before(parse: ParsedArticle, verb: int, subject: int, phrase: int) -> bool:
    """A description the parse set beside a name as its apposition is the subject of a
    parenthetical cue when no comma closes it before the verb ("Clinton, a top aide said,
    ..."), unlike an apposition set off on both sides ("Flynn, a top surrogate, said"), and
    the subject of the verb when a dash before it closes an aside that ends in the name."""
    if parse.tokens[phrase].pos not in _NOUNS or parse.mention_at(phrase, _PERSON) is not None:
        return False
    opening = parse.word(subject + 1)
    if parse.subtree(phrase)[-1] != verb - 1 or opening not in DASHES | {","}:
        return False
    if opening != ",":  # "addressed to the U.S. attorney, Channing Phillips - the Utah
        return True  # Republican asks": the dash closes an aside, the description speaks
    return parse.word(verb + 1) == "," if verb + 1 < len(parse.tokens) else False


def _person_right_before(parse: ParsedArticle, verb: int, subject: int) -> bool:
    """A person named right before the verb, inside the subject's phrase but not in an
    object of it ("a spokesman for Putin said": the spokesman), when the subject itself
    names no person (a title, an office)."""
    before = verb - 1
    if before <= subject or parse.mention_at(subject, _PERSON) is not None:
        return False
    person = parse.mention_at(before, _PERSON)
    if person is None or (_in_an_object(parse, before) and not _after_a_body(parse, before)):
        return False
    return before in parse.subtree(subject)


def _after_a_body(parse: ParsedArticle, name: int) -> bool:
    """ "U.S. Ambassador to the European Union Gordon Sondland confirmed": the parse runs the
    body an office is of into the holder's name after it, one phrase; the person named after
    the body holds the office ("a spokesman for Putin": Putin is whom the office is for)."""
    person = parse.mention_at(name, _PERSON)
    phrase_start = parse.tokens[parse.subtree(name)[0]].start
    return person is not None and any(
        m.label in _OFFICE_BODIES and phrase_start <= m.start and m.end <= person.start
        for m in parse.mentions
    )


_OFFICE_BODIES = frozenset({"ORG", "GPE"})


def _describer_before_verb(parse: ParsedArticle, verb: int, subject: int) -> int:
    """ "..., roughly half of its troop presence, the top U.S. commander in the Middle East
    said": a share of a thing the parse made the subject, with a description of someone set
    beside it that runs up to the verb: the one described speaks."""
    if parse.lower(subject) not in _SHARES:
        return subject
    for child in parse.kids(subject, "appos"):
        if parse.subtree(child)[-1] == verb - 1 and parse.tokens[child].pos == "NOUN":
            return child
    return subject


def _antecedent(
    parse: ParsedArticle, verb: int, speaker: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "Curly Haugland, who's argued for years that ...": "who" is the speaker as written,
    the noun the relative clause describes is who it is."""
    head = parse.described_by(verb)
    if speaker is None or head is None or parse.tokens[verb].dep != "relcl":
        return None
    if parse.text[speaker[0] : speaker[1]].lower() not in RELATIVE_PRONOUNS:
        return None
    return parse.tokens[head].start, parse.tokens[head].end


def _verb_over_preposition(parse: ParsedArticle, index: int) -> int | None:
    """The verb a gerund cue hangs from through a preposition ("began by saying")."""
    preposition = parse.head(index)
    if parse.tokens[index].dep != "pcomp" or preposition is None:
        return None
    verb = parse.head(preposition)
    if verb is None or parse.tokens[verb].pos not in {"VERB", "AUX"}:
        return None
    return verb


def _judged_for_it(
    parse: ParsedArticle, verb: int | None, cue: int, is_title: Callable[[str], bool]
) -> int | None:
    """The one praised or blamed for saying it said it: "praised the mayor for saying",
    "criticized him over saying" (someone set between the verb and the preposition; not a
    thing: "took home the award for speaking out"). Not one accused of it ("accused Trump of
    declaring war"): an accusation is the accuser's claim, not a fact of who said what."""
    preposition = parse.head(cue)
    if verb is None or preposition is None or parse.lower(preposition) not in _FOR_WHAT:
        return None
    objects = parse.kids(verb, "dobj")
    if len(objects) != 1 or not verb < objects[0] < preposition:
        return None  # two objects are a misparse ("took the official last step of")
    judged = objects[0]
    if parse.subtree(judged)[-1] != preposition - 1 or not _someone(parse, judged, is_title):
        return None
    return judged


_FOR_WHAT = frozenset({"for", "over"})


def _someone(parse: ParsedArticle, index: int, is_title: Callable[[str], bool]) -> bool:
    """A word that names a person or a body: a name, a pronoun for people, a title or role,
    an unnamed person's word ("an official"), a body's noun ("the ministry")."""
    if parse.mention_at(index, _SPEAKERS) is not None:
        return True
    if parse.tokens[index].pos not in {"NOUN", "PRON"}:
        return False  # a name no one tagged as a person or body may be an award's
    word = parse.lower(index)
    if word in _PEOPLE_PRONOUNS:
        return True
    lemma = parse.lemma(index).lower()
    return is_title(lemma) or lemma in _UNNAMED_PERSON_WORDS or lemma in BODY_NOUNS


_PEOPLE_PRONOUNS = PRONOUNS - {"it"}  # the resolver's pronouns for people


def _noun_it_describes(parse: ParsedArticle, index: int) -> int | None:
    """A participle cue describing a noun speaks for that noun's owner ("a model's story
    claiming an affair": the model), or for the noun itself when nothing issued it ("the
    rights to a story claiming ..."), never for a name elsewhere in the sentence (the
    subject of the sentence buying the rights). A noun some verb's subject issued ("released
    a statement saying") is that subject's (`_statement_noun`)."""
    head = parse.head(index)
    if parse.tokens[index].dep != "acl" or head is None or head > index:
        return None
    if parse.tokens[head].pos != "NOUN" or not parse.lower(index).endswith("ing"):
        return None
    owner = parse.kid(head, "poss")
    if owner is not None and parse.tokens[owner].pos != "PRON":
        return owner
    return head if parse.tokens[head].dep == "pobj" else None


def _statement_noun(parse: ParsedArticle, index: int) -> int | None:
    """The verb that issued the statement a participle cue describes ("released a
    statement saying"): its subject speaks."""
    head = parse.head(index)
    if parse.tokens[index].dep != "acl" or head is None:
        return None
    if parse.lemma(head) not in STATEMENT_NOUNS:
        return None
    return _issuing_verb(parse, head)


def _issuer_of_a_relative(parse: ParsedArticle, index: int, subjects: Sequence[int]) -> int | None:
    """A statement's own relative clause ("released a statement that said", "ran a piece
    that noted"): the verb that issued it, whose subject speaks through it; not a verb that
    only meets it ("criticized a statement that said": not the critic's words)."""
    if parse.tokens[index].dep != "relcl" or not subjects:
        return None
    if parse.lower(subjects[0]) not in RELATIVE_PRONOUNS:
        return None
    noun = parse.head(index)
    if noun is None or parse.lemma(noun) not in STATEMENT_NOUNS:
        return None
    return _issuing_verb(parse, noun)


def _issuing_verb(parse: ParsedArticle, statement: int) -> int | None:
    """The verb that issued a statement ("released a statement", "ran a piece"), not one
    that only meets it ("called a report suggesting ... outrageous": not the caller's)."""
    verb = parse.head(statement)
    if verb is None or parse.tokens[statement].dep != "dobj" or parse.lemma(verb) not in _ISSUING:
        return None
    if not parse.kids(verb, *_SUBJECT_DEPS) and parse.tokens[verb].dep not in _GOING_ON:
        return None  # "the Republican push to release a memo that alleges": not the FBI's
    return verb


# how a verb without a subject of its own goes on with its head's ("..., releasing")
_GOING_ON = frozenset({"advcl", "conj", "ROOT"})


# verbs that issue a statement ("released a statement", "ran an ad", "held signs", "revised
# her statement"), as against those that meet one ("called a report outrageous")
_ISSUING = frozenset(
    {"release", "issue", "publish", "run", "air", "post", "put", "send", "tweet", "retweet",
     "unveil", "launch", "write", "pen", "share", "circulate", "distribute", "produce",
     "sign", "file", "deliver", "broadcast", "draft", "submit", "hold", "carry", "display",
     "wave", "revise", "update", "read", "make", "give", "offer", "prepare", "record",
     "film", "upload", "present", "craft", "compose", "type"}
)  # fmt: skip


def _put_to_them(parse: ParsedArticle, index: int) -> bool:
    """A question put to the sentence's subject ("Asked whether ..., Ban demurred", "When
    asked about ..."): the one who asked is not named, and is never that subject."""
    if parse.lower(index) != "asked" or parse.kids(index, *_SUBJECT_DEPS, "aux"):
        return False
    if parse.tokens[index].dep == "conj" and parse.kids(index, "dobj", "dative"):
        return False  # "Trump spotted a sign and asked it to be fetched": he asks someone
    return parse.tokens[index].dep in {"advcl", "acl", "conj", "xcomp", "ROOT"}


def _withheld(parse: ParsedArticle, index: int) -> bool:
    """ "would not say when the bridge might reopen", "declined to confirm the figures": words
    not said are nobody's quote."""
    if parse.kids(index, "neg"):
        return True
    head = parse.head(index)
    return (
        head is not None
        and parse.tokens[index].dep == "xcomp"
        and parse.lemma(head) in _WITHHOLDING
    )


def _asks_anonymity(parse: ParsedArticle, index: int) -> bool:
    """ "who asked not to be named", "asked that she not be identified": how a source
    talks, not what it says."""
    return any(
        parse.lemma(child) in _BEING_NAMED
        and parse.kids(child, "neg")
        and parse.kids(child, "auxpass")
        for child in parse.kids(index, "xcomp", "ccomp")
    )


_BEING_NAMED = frozenset({"name", "identify", "quote"})


def _describes_its_noun(parse: ParsedArticle, index: int) -> bool:
    """A past participle describing the noun before it ("Bergdahl, a prisoner of war now
    charged with desertion", "an American contractor accused of spying"): the noun is the
    one charged or accused, never who speaks."""
    head = parse.head(index)
    return (
        parse.tokens[index].dep == "acl"
        and head is not None
        and head < index
        # a name before a comma is a subject the parse misread ("Mitt Romney, the 2012
        # nominee, tweeted"): only a common noun is described
        and parse.tokens[head].pos == "NOUN"
        and parse.word(index - 1) != ","
        and parse.lower(index).endswith(("ed", "en"))
        and not parse.kids(index, *_SUBJECT_DEPS, "aux", "auxpass")
    )


def _passive(parse: ParsedArticle, verb: int) -> bool:
    return bool(parse.kids(verb, "nsubjpass", "auxpass"))


def _agent_of(parse: ParsedArticle, index: int) -> int | None:
    """A passive cue's speaker is its agent ("was told by aides"), never its subject,
    which is the listener ("Clinton was asked") or the message ("it was announced")."""
    agents = [c for c in parse.children[index] if parse.tokens[c].dep == "agent"]
    objects = [c for a in agents for c in parse.children[a] if parse.tokens[c].dep == "pobj"]
    return objects[0] if objects else None


def _nearest_proper_noun(
    parse: ParsedArticle, verb: int, quoted: Sequence[tuple[int, int]] = ()
) -> int | None:
    """When the parse gives the verb no subject: the nearest name before it in its clause
    (not an object of a preposition), else a name right after it ("said Lavrov")."""
    sentence = parse.sentence_at(parse.tokens[verb].start)
    if sentence is None:
        return None
    tokens = parse.sentence_tokens(sentence)
    bracketed = 0  # a tag in brackets names no one: "Sen. Elizabeth Warren (D-MA) said"
    for index in range(_before_relative_clause(parse, verb, tokens.start), tokens.start - 1, -1):
        if parse.word(index) in {";", ":"} or (not quoted and parse.word(index) in _MARKS):
            break  # without the quotes' spans, a mark ends the clause
        bracketed += {")": 1, "(": -1}.get(parse.word(index), 0)
        if bracketed > 0 or _cannot_speak(parse, index):
            continue
        if quoted and _within(parse.tokens[index].start, quoted):
            continue
        if parse.tokens[index].pos != "PROPN":
            continue
        # a name right before the verb speaks, whatever the parse hangs it on ("In a
        # meeting with the editorial board of the Washington Post Trump said")
        right_before = (
            index == verb - 1
            and parse.mention_at(index, _SPEAKERS) is not None
            and not _done_to(parse, index, verb)
        )
        if right_before or not _in_an_object(parse, index):
            return _person_it_places(parse, index) or index
    after = verb + 1  # "said Lavrov", never "announced Friday"
    if (
        after < tokens.stop
        and parse.tokens[after].pos == "PROPN"
        and parse.tokens[after].dep != "poss"  # "declaring Judaism's holiest places": whose
        and not _cannot_speak(parse, after)
        and not _addressed(parse, verb, after)
    ):
        return after
    return None


def _before_relative_clause(parse: ParsedArticle, verb: int, first: int) -> int:
    """Where to look back for the speaker from: before a relative clause that closes right
    before the verb ("Mr. Slinker, whose start-up, Paradata, uses big data, said": the
    names inside it describe the speaker), else right before the verb."""
    if verb < 1 or parse.word(verb - 1) != ",":
        return verb - 1
    for index in range(verb - 2, first, -1):
        if parse.word(index) in {";", ":"} or parse.word(index) in _MARKS:
            break
        if parse.lower(index) in _WHO_WORDS and parse.word(index - 1) == ",":
            return index - 2
    return verb - 1


_WHO_WORDS = frozenset(w for w in RELATIVE_WORDS if w.startswith("who"))  # a person's clause


def _addressed(parse: ParsedArticle, verb: int, name: int) -> bool:
    """ "for asking Sen. Elizabeth Warren what she thought": the one asked or told is the
    listener, never the speaker (unlike '"Why?" asked Trump', whose Trump is the subject);
    nor is the one accused of something ("reports accusing Jackson of misconduct")."""
    noun = parse.head(name) if parse.tokens[name].dep == "compound" else name
    if noun is None or parse.head(noun) != verb or parse.tokens[noun].dep != "dobj":
        return False
    if parse.lemma(verb) in ADDRESSEE_LEMMAS:
        return True
    topics = TOPIC_PREPOSITIONS.get(parse.lemma(verb), frozenset())
    return any(p > noun and parse.lower(p) in topics for p in parse.kids(verb, "prep"))


def _in_an_object(parse: ParsedArticle, index: int) -> bool:
    """A name in a phrase something is done to or in: an object, or a place set beside
    one ("Mr. Daniloff, now 81 and retired in Cambridge, Mass., said": Mass. is where; in
    "In Washington, Marc H. Morial ... told" the parse joins a person to the place)."""
    if parse.mention_at(index, _PERSON) is not None:
        return parse.tokens[index].dep in _OBJECT_DEPS
    for _ in range(4):
        dep = parse.tokens[index].dep
        if dep in _OBJECT_DEPS:
            return True
        head = parse.head(index)
        if dep not in {"appos", "conj"} or head is None or parse.tokens[head].pos != "PROPN":
            return False
        between = parse.text[parse.tokens[head].end : parse.tokens[index].start]
        if _has_quotation_marks(between):
            return False  # '... our military,” Flynn, a top Trump surrogate, said': a misparse
        index = head
    return False


def _gerund_subject(parse: ParsedArticle, verb: int) -> int | None:
    """The name right before a gerund, with no comma between, is who does it: "over Joe
    Biden saying", not the sentence's subject as in "Hunt teased a segment, saying"."""
    before = verb - 1
    if before < 0 or not parse.lower(verb).endswith("ing"):
        return None
    if parse.tokens[before].pos != "PROPN" or parse.mention_at(before, _PERSON) is None:
        return None
    if _addressee_of_a_statement(parse, before):
        return None  # "wrote a letter to Zucker asking that ...": the letter asks, its writer
    return before


def _addressee_of_a_statement(parse: ParsedArticle, name: int) -> bool:
    """ "a letter to Zucker", "a statement to reporters": the one a statement is sent to."""
    to = parse.head(name)
    if to is None or parse.tokens[name].dep != "pobj" or parse.lower(to) != "to":
        return False
    noun = parse.head(to)
    return noun is not None and parse.lemma(noun) in STATEMENT_NOUNS


def _done_to(parse: ParsedArticle, index: int, verb: int) -> bool:
    """ "One of the officers who shot Taylor described ...": the object of another verb is
    acted on there, and speaks for no verb after it."""
    head = parse.head(index)
    return (
        parse.tokens[index].dep == "dobj"
        and head is not None
        and head != verb
        and parse.tokens[head].pos == "VERB"
    )


def _person_it_places(parse: ParsedArticle, index: int) -> int | None:
    """ "researcher Allan Liska at cybersecurity firm Recorded Future said": a firm named as
    where a person works; the person speaks."""
    if parse.tokens[index].dep != "pobj":
        return None
    preposition = parse.head(index)
    if preposition is None or parse.lower(preposition) not in _PLACING or preposition == 0:
        return None
    person = preposition - 1  # the name right before "at", wherever the parse hangs "at"
    if parse.tokens[person].pos != "PROPN" or parse.mention_at(person, _PERSON) is None:
        return None
    return person


_PLACING = frozenset({"at", "of", "from", "with"})


def _left_modifiers(parse: ParsedArticle, head: int) -> list[int]:
    found = []
    for child in parse.children[head]:
        if child < head and parse.tokens[child].dep in _SPEAKER_MODIFIER_DEPS:
            found.extend(parse.subtree(child))
    return found


def _reported_clause(parse: ParsedArticle, index: int) -> tuple[tuple[int, int], ...]:
    """What the cue reports: its clausal complement ("said [they would stay]"), else its
    message-like object or infinitive ("announced [his candidacy]", "vowed [to fight]");
    for a parenthetical cue ("The risk, he said, is ...", "..., according to X") the
    clause around it, in pieces that leave the cue's own words out."""
    if closing := _closing_attribution(parse, index):
        sentence = parse.sentence_tokens(parse.sentence_of(index))
        return _pieces(parse, range(sentence.start, closing[0]))
    clauses = _content_clauses(parse, index)
    if clauses:
        words = parse.subtree(clauses[0]) + _conjoined_content(parse, index, clauses[0])
        words += _rest_of_split_clause(parse, clauses)
        words = _without_speakers_acts(parse, index, clauses[0], words)
        words = _without_leading_time(parse, index, words)
        words = _opening_before_cue(parse, index, clauses[0]) + words
        words = _without_connective(parse, clauses[0], words)
        words = _without_attribution_after_quote(parse, index, words)
        words = _relative_opening(parse, index) + words
        return _pieces(parse, _without_other_cues(parse, clauses[0], words))
    complement = _complement(parse, index) or _quoted_naming(parse, index)
    if complement:
        complement = _relative_opening(parse, index) + complement
        return _pieces(parse, _without_other_cues(parse, index, complement))
    token = parse.tokens[index]
    if token.head == index or not _parenthetical(parse, index):
        return ()
    return _around_parenthetical(parse, index)


def _relative_opening(parse: ParsedArticle, cue: int) -> list[int]:
    """ "the war vote, [which] she has said [was a mistake]", "Sanders, [who] is said [to
    have pressed for the plank]": the relative word is the subject of what was said, so it
    opens the report, in a piece of its own before the speaker."""
    if parse.tokens[cue].dep != "relcl":
        return []
    return [
        c
        for c in parse.kids(cue, "dobj", "nsubjpass")
        if c < cue and parse.lower(c) in RELATIVE_PRONOUNS
    ][:1]


def _rest_of_split_clause(parse: ParsedArticle, clauses: Sequence[int]) -> list[int]:
    """ "said the Iranians released by the United States were close to ...": the parse cut
    one clause in two, and hung both halves on the cue side by side, the second a verb
    without a subject that is no act of saying of its own; both are what was said. So is
    a half after a possessive, which never ends a phrase ("would be seeking the Food and
    Drug Administration's (FDA) emergency use authorization")."""
    if len(clauses) < 2:
        return []
    verb = clauses[1]
    first, second = parse.subtree(clauses[0]), parse.subtree(verb)
    if second[0] != first[-1] + 1:
        return []
    cut_after_owner = parse.tokens[first[-1]].dep == "case"
    if not cut_after_owner and parse.kids(verb, *_SUBJECT_DEPS, "expl", "mark"):
        return []
    return [] if _is_cue_verb(parse, verb) else second


def _without_speakers_acts(
    parse: ParsedArticle, cue: int, clause: int, words: list[int]
) -> list[int]:
    """A verb joined to a "that" clause without a subject of its own is the speaker's next
    act when it is another cue ("announced that he was in therapy and [vowed to ...]") or
    takes the cue's present tense against the clause's past ("denies that the crime was a
    genocide and [goes through great strides ...]"): the parse hangs it in the clause."""
    if not any(parse.lower(m) == "that" for m in parse.kids(clause, "mark")):
        return words
    acts = [
        verb
        for verb in parse.kids(clause, "conj")
        if parse.kid(verb, "nsubj", "nsubjpass", "mark", "expl", "aux", "auxpass") is None
        and (_is_cue_verb(parse, verb) or _tense_of_cue(parse, cue, clause, verb))
    ]
    dropped = {i for verb in acts for i in parse.subtree(verb)}
    return [i for i in words if i not in dropped] if dropped else words


def _tense_of_cue(parse: ParsedArticle, cue: int, clause: int, verb: int) -> bool:
    finite = min([*parse.kids(clause, "aux", "auxpass"), clause])
    return _present_third(parse, cue) and _present_third(parse, verb) and _past(parse, finite)


def _present_third(parse: ParsedArticle, index: int) -> bool:
    word, lemma = parse.lower(index), parse.lemma(index)
    return word != lemma and word in {lemma + "s", lemma + "es", lemma[:-1] + "ies"}


def _past(parse: ParsedArticle, index: int) -> bool:
    word = parse.lower(index)
    past = word != parse.lemma(index) and word.endswith("ed")
    return past or word in {"was", "were", "had", "did"}


def _opening_before_cue(parse: ParsedArticle, cue: int, clause: int) -> list[int]:
    """The words a cue set off by commas interrupts ("Many days, former employees said, she
    would stay ..."): the parse hangs the opening on the cue, but it is the start of what is
    reported. Before quoted words the opening is the writer's scene ("Asked ..., he said,
    “...”"), and it stays out, unless it is a condition the quoted words rest on ("If whites
    were moving his way, Cohn wrote, “the assumption ... may be shakier”")."""
    subject = parse.kid(cue, "nsubj")
    if subject is None or not subject < cue < clause:
        return []
    quoted = _opens_quote(parse, parse.subtree(clause)[0])
    first = parse.subtree(subject)[0]
    opening = [
        i
        for kid in parse.kids(cue)
        if kid < first
        and parse.tokens[kid].dep not in _NOT_OPENING
        and not _participle(parse, kid)
        and (not quoted or _condition(parse, kid))
        for i in parse.subtree(kid)
    ]
    if not opening or _gap_has_words(parse, max(opening), first):
        return []
    set_off = parse.text[parse.tokens[max(opening)].end : parse.tokens[first].start].strip()
    after = parse.text[parse.tokens[cue].end :].lstrip()[:1]
    if set_off != "," or after != ",":
        return []
    if _is_connective(parse, [i for i in opening if parse.is_word(i)]):
        return []  # "However, he said, ...": the writer's link, as in _without_connective
    return opening


def _without_attribution_after_quote(parse: ParsedArticle, cue: int, words: list[int]) -> list[int]:
    """ "“She is a mother,” another friend, Mariam Emara told CNN": a noun phrase between the
    mark closing the quoted sentence and its cue is the attribution (who speaks, described),
    whatever the parse hangs it on. A clause or phrase going on after the mark ("...,''
    like the recent volatility of markets, Curtin said") is the rest of what was said."""
    closing = [i for i in words if i < cue and _closes_sentence_quote(parse, i)]
    if not closing:
        return words
    between = [i for i in words if closing[-1] < i < cue and parse.is_word(i)]
    if not between or parse.tokens[between[0]].pos not in _NOUN_PHRASE_OPENERS:
        return words
    return [i for i in words if not closing[-1] < i < cue]


def _closes_sentence_quote(parse: ParsedArticle, index: int) -> bool:
    """A closing mark right after the quote's own punctuation (',”', '."'), not a quoted
    name's ("“Ted Cruz” pins")."""
    start = parse.tokens[index].start
    return parse.word(index) in _CLOSING_MARKS and parse.text[start - 1 : start] in _QUOTE_ENDS


_CLOSING_MARKS = frozenset({"”", '"', "''"})
_NOUN_PHRASE_OPENERS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM"})
_QUOTE_ENDS = frozenset(",.!?")


def _participle(parse: ParsedArticle, index: int) -> bool:
    """A clause without a subject of its own ("Reflecting on his career, he said, ...") is
    the writer's scene, not the speaker's words."""
    return parse.tokens[index].dep == "advcl" and parse.kid(index, *_SUBJECT_DEPS) is None


_NOT_OPENING = frozenset({"punct", "cc", "aux", "auxpass", "neg", "nsubj", "mark"})


def _condition(parse: ParsedArticle, index: int) -> bool:
    """A clause of condition or concession ("If ...", "Unless ...", "Whether ...") is part
    of the argument it opens; a clause of time or manner ("As the crowd cheered") sets a
    scene."""
    if parse.tokens[index].dep != "advcl" or parse.kid(index, *_SUBJECT_DEPS) is None:
        return False
    return any(parse.lower(m) in _CONDITION_MARKS for m in parse.kids(index, "mark"))


_CONDITION_MARKS = frozenset({"if", "unless", "whether", "although", "though", "because"})


def _without_leading_time(parse: ParsedArticle, cue: int, words: list[int]) -> list[int]:
    """A time right after the cue dates the saying, whatever the parse hangs it on: "said
    Tuesday his actions are ...", "said on Friday he met ..." report "his actions are",
    "he met"."""
    ordered = sorted(words)
    if not ordered or ordered[0] <= cue or _gap_has_words(parse, cue, ordered[0]):
        return words
    start = 1 if parse.lower(ordered[0]) in _TIME_OPENERS else 0
    end = start
    while end < len(ordered) and parse.names_a_time(ordered[end]):
        end += 1
    rest = [i for i in ordered[end:] if parse.is_word(i)]
    while rest and parse.tokens[rest[0]].pos == "PUNCT":
        rest = rest[1:]
    return rest if end > start and len(rest) >= _MIN_WORDS_WITHOUT_CLAUSE else words


def _without_connective(parse: ParsedArticle, root: int, words: list[int]) -> list[int]:
    """What ties the sentence to the one before is the writer's, not the speaker's: "But",
    "And", "However,", "Still,", "In fact," opening the clause. An adverbial that says
    when, where or despite what ("In 2014,", "In Pennsylvania,") is part of the report."""
    ordered = [i for i in sorted(words) if parse.is_word(i)]
    if not ordered or _opens_quote(parse, ordered[0]):
        return words  # the speaker's own "And ...": quoted words are kept whole
    first = ordered[0]
    if parse.tokens[first].dep == "cc" and parse.head(first) == root:
        return ordered[1:]
    if parse.head(first) != root or parse.tokens[first].dep not in _ADVERBIAL_DEPS:
        return words
    opening = parse.subtree(first)
    if not _is_connective(parse, opening):
        return words  # "In 2014,", "Already,", "Despite the attacks,": part of the report
    rest = [i for i in ordered if i not in set(opening)]
    if len(rest) <= _MIN_WORDS_WITHOUT_CLAUSE:
        return words
    between = parse.text[parse.tokens[opening[-1]].end : parse.tokens[rest[0]].start]
    return rest if between.strip() == "," else words


def _is_connective(parse: ParsedArticle, words: Sequence[int]) -> bool:
    """The words are a link of the writer's ("however", "in fact", "still")."""
    return " ".join(parse.lower(i) for i in words) in _CONNECTIVES


def _opens_quote(parse: ParsedArticle, index: int) -> bool:
    mark = _last_char_before(parse.text, parse.tokens[index].start)
    before = parse.text[max(0, mark - 1) : mark + 1]
    return before[-1:] in _DOUBLE or before[-1:] == "‘" or before == "''"


def _last_char_before(text: str, position: int) -> int:
    """The index of the last character before `position` that is not a space (-1: none),
    without copying the text before it."""
    index = position - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return index


def _content_clauses(parse: ParsedArticle, index: int) -> list[int]:
    """The cue's clausal complements, the one after it first ("said [its forces had
    fired]"); one before it only when nothing but the cue's own words stand between them
    ("[X], he said"): "Kestria blamed ...; Orvenia said ..." is Kestria's, not Orvenia's."""
    clauses = [
        c
        for c in parse.children[index]
        if parse.tokens[c].dep in _CONTENT_DEPS or _question_asked(parse, index, c)
    ]
    after = [c for c in clauses if c > index]
    if after:
        return after
    before = [c for c in clauses if not _semicolon_between(parse, parse.subtree(c)[-1], index)]
    return before or _misattached_clause(parse, index)


def _question_asked(parse: ParsedArticle, cue: int, clause: int) -> bool:
    """ "asked the students if they were always so serious": the parse hangs an if-clause
    after a verb of asking as its condition, but it is the question asked."""
    return (
        clause > cue
        and parse.tokens[clause].dep == "advcl"
        and parse.lemma(cue) in _ASKING
        and not parse.kids(cue, "xcomp")  # "asked people to clap if they agreed": a condition
        and any(parse.lower(m) in _ASKING_MARKS for m in parse.kids(clause, "mark"))
    )


_ASKING = frozenset({"ask", "wonder", "inquire"})
_ASKING_MARKS = frozenset({"if", "whether"})


def _misattached_clause(parse: ParsedArticle, index: int) -> list[int]:
    """ "said following a vote in 2001 that he had ...", "says in a statement that ...": the
    parse hangs the "that" clause on the noun before it, but a relative clause's "that" is
    its subject or object, never a conjunction marking it, and a statement's clause is what
    it says: the clause is what was said."""
    found = []
    for prep in parse.kids(index, "prep"):
        if parse.lower(prep) not in _SETTING_PREPOSITIONS:
            continue  # "asked about his claims that ...": the claims are someone's
        if parse.lower(prep) in TOPIC_PREPOSITIONS.get(parse.lemma(index), ()):
            continue  # "pressed Biden on reports that ...": what the reports say
        for noun in parse.kids(prep, "pobj"):
            kinds = ("relcl", "acl") if parse.lemma(noun) in STATEMENT_NOUNS else ("relcl",)
            for clause in parse.kids(noun, *kinds):
                marks = parse.kids(clause, "mark")
                if any(parse.lower(m) == "that" for m in marks) and clause > index:
                    found.append(clause)
    return found[:1]


# when and where a cue was said ("during a news conference", "in a statement"), not what about
_SETTING_PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "following", "before"})


def _semicolon_between(parse: ParsedArticle, first: int, last: int) -> bool:
    return any(parse.word(i) == ";" for i in range(first + 1, last))


def _without_other_cues(parse: ParsedArticle, root: int, words: Sequence[int]) -> list[int]:
    """The reported words without another act of saying hanging in them (", citing people
    familiar with the talks,", "..., telling Stephanopolous that ...", "..., according to
    Tasnim"), which is its own attribution, and without a closing aside."""
    inner = [
        i
        for i in words
        if i != root
        and (parse.tokens[i].dep in _INNER_CUE_DEPS or _closing_according(parse, i, words))
        and _is_cue_verb(parse, i)
        and (parse.lower(i).endswith("ing") or _reports_its_own(parse, i))
    ]
    dropped = {j for i in inner for j in parse.subtree(i)}
    kept = [i for i in words if i not in dropped]
    return _without_trailing_asides(parse, kept)


def _closing_according(parse: ParsedArticle, index: int, words: Sequence[int]) -> bool:
    """An "according to" that closes the reported words attributes the whole sentence ("X
    said Y, according to Tasnim"); one inside them is part of what was said ("reported
    that, according to an analysis, 85 of the 154 meetings ...")."""
    if parse.lower(index) != "according" or parse.tokens[index].dep in _INNER_CUE_DEPS:
        return False
    last = max((i for i in words if parse.tokens[i].pos != "PUNCT"), default=index)
    before = parse.text[: parse.tokens[index].start].rstrip().rstrip("\"”’'")
    return parse.subtree(index)[-1] >= last and before.endswith(",")


def _reports_its_own(parse: ParsedArticle, verb: int) -> bool:
    """A conjoined verb of saying with a clause of its own ("... and said that Trump did
    not represent ...", "... and predicted that Clinton will win"), or one set against the
    first by "while" with a speaker of its own ("X said ..., while other voters said they
    ..."): a second attribution beside the first, not inside it."""
    if not _content_clauses(parse, verb):
        return False
    if parse.tokens[verb].dep == "conj":
        return True
    contrast = any(parse.lower(m) in _CONTRAST_MARKS for m in parse.kids(verb, "mark"))
    return contrast and parse.kid(verb, "nsubj") is not None


_CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def _conjoined_content(parse: ParsedArticle, index: int, clause: int) -> list[int]:
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


def _complement(parse: ParsedArticle, index: int) -> list[int]:
    """The object, infinitive or topic phrase after a verb whose object is a message,
    with the phrases that finish it: "announced [his engagement to Jerry Hall]",
    "accused [him of sexism]", "asked [about the emails]", "vowed [to fight]"."""
    lemma = parse.tokens[index].lemma.lower()
    if lemma not in MESSAGE_OBJECT_LEMMAS:
        return []
    after = [c for c in parse.children[index] if c > index]
    parts = [c for c in after if _is_complement(parse, c, lemma)]
    if lemma in ADDRESSEE_LEMMAS and not _urged_to_act(parse, lemma, parts):  # "told [him]"
        parts = [c for c in parts if not _is_listener(parse, c) and not _introduces_words(parse, c)]
        parts = [] if _only_a_listener(parse, parts) else parts
    if not parts or parse.lower(parts[0]) in _POINTING_WORDS:
        return []  # "said this in front of the journalists": the words are elsewhere
    if lemma == "cite" and _cites_a_source(parse, index, parts[0]):
        return []
    if parse.tokens[parts[0]].dep == "prep":  # "talked about [X]": the topic is the message
        return [i for c in parse.children[parts[0]] for i in parse.subtree(c)]
    kept = [c for c in after if parts[0] <= c <= parts[-1]]
    for child in after[after.index(parts[-1]) + 1 :]:
        if lemma not in ADDRESSEE_LEMMAS and _condition(parse, child):
            kept.append(child)  # "pledged to make Icahn secretary [if he wins]": its terms
            continue
        if parse.tokens[child].dep not in _FINISHING_DEPS or _when_or_how_sent(parse, child):
            break  # "pledged [to work together] after a meeting Thursday": when, not what
        kept.append(child)
    return [i for c in kept for i in parse.subtree(c)]


def _urged_to_act(parse: ParsedArticle, lemma: str, parts: Sequence[int]) -> bool:
    """ "urged [him to resign]", "asked [Trump to apologize]": the one urged, right before
    the act, is who should act, part of what is wanted (told or warned, the listener is
    mostly left out; "asked Congress for a tax cut to help workers" asks for the cut)."""
    if lemma not in _URGING:
        return False
    objects = [p for p in parts if parse.tokens[p].dep == "dobj"]
    # "asked it to be fetched": a pronoun pointing back is no party who should act
    ends = {parse.subtree(p)[-1] for p in objects if parse.lower(p) not in _POINTING_WORDS}
    acts = [p for p in parts if parse.tokens[p].dep == "xcomp"]
    return any(parse.subtree(act)[0] - 1 in ends for act in acts)


_URGING = frozenset({"urge", "ask"})


def _when_or_how_sent(parse: ParsedArticle, child: int) -> bool:
    """A phrase on the verb of saying that tells when or by what channel the words went out
    ("announced [his candidacy] in June 2015", "confirmed [the news] via Facebook"), not
    what they said."""
    return parse.lower(child) in _WHEN_WORDS or parse.lower(child) == "via" or parse.is_when(child)


def _cites_a_source(parse: ParsedArticle, verb: int, thing: int) -> bool:
    """What is cited is the speaker's point ("citing low economic growth"), unless it is
    where the words came from ("citing people familiar with the talks", "Citing local news
    outlets, the AP reports") or whom they blame ("cited the administration for security
    lapses"). A name cited as something is the point again ("cited Alphabet as the most
    likely buyer")."""
    prepositions = {parse.lower(c) for c in parse.kids(verb, "prep")}
    if "as" in prepositions:
        return False
    if "for" in prepositions:
        return True
    named = parse.mention_at(thing, _SOURCE_LABELS) is not None
    return named or parse.lemma(thing).lower() in _SOURCE_NOUNS


_OPENING_MARKS = _DOUBLE | {"‘", "'"}
_SOURCE_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_SOURCE_NOUNS = frozenset(
    {"source", "official", "people", "person", "outlet", "participant", "aide", "spokesman",
     "spokeswoman", "spokesperson", "expert", "analyst", "witness", "resident"}
)  # fmt: skip


def _quoted_naming(parse: ParsedArticle, index: int) -> list[int]:
    """What "called" names when the name is quoted ("called [the statement “outlandish.”]"):
    the object with its quoted predicate. Unquoted ("called Trump a fascist", "called
    for") it is mostly the writer's wording, and is left out."""
    if parse.tokens[index].lemma.lower() != "call" or _names_its_noun(parse, index):
        return []
    after = [c for c in parse.children[index] if c > index]
    names = [c for c in after if parse.tokens[c].dep == "oprd"]
    objects = [c for c in after if parse.tokens[c].dep == "dobj"]
    if not names and not objects:
        return []
    last = names[-1] if names else objects[0]
    kept = [c for c in after if c <= last and parse.tokens[c].dep in {"dobj", "oprd"}]
    words = sorted(i for c in kept for i in parse.subtree(c))
    span = parse.extent(words)
    if span is None:
        return []
    first = min(span[0], parse.tokens[words[0]].start)
    while first > 0 and parse.text[first - 1] in _OPENING_MARKS:  # a mark the parse left out
        first -= 1
    mark = QUOTE_MARKS.search(parse.text, first, span[1] + 1)
    # the parse may hang the quoted name inside the object ("called the use of executive
    # orders "quite dangerous"", "called protestors “illegals”"); then the object must be
    # named before it: a quoted object alone is a show or a title ("called “Fox & Friends”")
    if mark is None or (not names and not parse.text[first : mark.start()].strip()):
        return []
    return words


def _names_its_noun(parse: ParsedArticle, index: int) -> bool:
    """ "an event called “Salute to America”": a bare participle right after its noun gives
    the noun's name, no one's words (not "a headline calling him ...", nor a clause the
    parse hung on a noun, "reports that he called ...")."""
    token = parse.tokens[index]
    return (
        token.dep == "acl"
        and parse.lower(index) == "called"
        and token.head == index - 1
        and not parse.kids(index, *_SUBJECT_DEPS)
    )


def _is_complement(parse: ParsedArticle, child: int, lemma: str) -> bool:
    dep = parse.tokens[child].dep
    if dep == "prep":  # "reported on the talks", but not "reported on Monday"
        topic = parse.kids(child, "pobj")
        when = bool(topic) and parse.names_a_time(topic[0])
        return not when and parse.word(child).lower() in TOPIC_PREPOSITIONS.get(lemma, frozenset())
    return dep in {"dobj", "xcomp", "oprd"} and lemma not in _CLAUSE_ONLY


def _introduces_words(parse: ParsedArticle, child: int) -> bool:
    """ "told his delegation: '...'": an object right before a colon or quotation mark is
    who was told, and the quoted words are what."""
    if parse.tokens[child].dep not in {"dobj", "dative"}:
        return False
    after = parse.subtree(child)[-1] + 1
    while after < len(parse.tokens) and parse.tokens[after].pos == "SPACE":
        after += 1
    return after < len(parse.tokens) and parse.word(after) in {":", '"', "“", "‘", "'", "«"}


def _is_listener(parse: ParsedArticle, child: int) -> bool:
    token = parse.tokens[child]
    return token.dep in {"dobj", "dative"} and token.pos in {"PRON", "PROPN"}


def _only_a_listener(parse: ParsedArticle, parts: Sequence[int]) -> bool:
    """A verb of telling or asking with nothing after it but a noun that is no message:
    whom it was said to ("asked the real estate mogul", "told reporters"; not "told the
    story", "asked a question", nor "urged the governor to resign")."""
    if len(parts) != 1:
        return False
    token = parse.tokens[parts[0]]
    if token.dep != "dobj" or token.pos != "NOUN" or token.lemma.lower() in MESSAGE_NOUNS:
        return False
    # "asked the senator whether ...", "asked the conservative who he thought would win",
    # "asked the frontrunner about the kerfuffle": what was asked hangs on the listener
    return not parse.kids(parts[0], "ccomp", "acl", "relcl", "advcl", "prep")


def _around_parenthetical(parse: ParsedArticle, index: int) -> tuple[tuple[int, int], ...]:
    """The clause a parenthetical cue interrupts or closes: the words before the cue, and
    after it when the cue sits inside the clause rather than before an added one."""
    root = _clause_root(parse, index)
    if _said_elsewhere(parse, root):
        return ()  # "X said this to reporters, according to Y": the words are elsewhere
    own = set(parse.subtree(index))
    if _closing_conjunct(parse, index):  # '... like “maybe” and “perhaps”, he told reporters'
        first = parse.subtree(parse.kids(index, "nsubj")[0])[0]  # the cue's phrase begins
        own = {i for i in own if i >= first}
    for asked in parse.kids(root, "advcl"):
        if _put_to_them(parse, asked):  # "Asked what ..., Adelson said, “...”": the question
            own.update(parse.subtree(asked))
    words = [i for i in parse.subtree(root) if i not in own]
    before = _without_connective(parse, root, [i for i in words if i < min(own)])
    after = [i for i in words if i > max(own)]
    if after and (_follows_quote(parse, min(own)) or not _continues_clause(parse, after)):
        after = []
    return _pieces(parse, before) + _pieces(parse, _without_trailing_asides(parse, after))


def _said_elsewhere(parse: ParsedArticle, verb: int) -> bool:
    """A verb of saying whose object points back ("said this", "said so")."""
    if parse.lemma(verb) not in CUE_LEMMAS:
        return False
    return any(parse.lower(c) in _POINTING_WORDS for c in parse.kids(verb, "dobj", "advmod"))


def _clause_root(parse: ParsedArticle, index: int) -> int:
    """The head a parenthetical cue hangs from, raised to the sentence's root for
    "according to", which often hangs from a clause inside the reported sentence."""
    head = parse.tokens[index].head
    if parse.word(index).lower() != "according":
        return head
    while parse.tokens[head].head != head:
        head = parse.tokens[head].head
    return head


def _follows_quote(parse: ParsedArticle, index: int) -> bool:
    """The cue comes right after a closing quotation mark ("'Too much hate,' she said,
    blaming ..."): what follows it is the writer's narration, not the rest of a clause."""
    before = parse.text[max(0, parse.tokens[index].start - 5) : parse.tokens[index].start]
    return before.rstrip(" ,").endswith(("”", '"', "''", "’", "»"))


def _continues_clause(parse: ParsedArticle, after: Sequence[int]) -> bool:
    """Words after "he said," that finish the interrupted clause, not a new conjunct or
    a participle the writer adds ("..., he said, adding ...")."""
    words = [i for i in after if parse.tokens[i].pos not in {"PUNCT", "SPACE"}]
    if not words or parse.word(words[0]).lower().endswith("ing"):
        return False
    return parse.tokens[words[0]].dep not in {"cc", "conj", "advcl", "npadvmod"}


def _without_trailing_asides(parse: ParsedArticle, indices: Sequence[int]) -> list[int]:
    """The phrase without a closing non-restrictive relative clause (", which ...") or the
    writer's closing gloss on it (", a 16-point margin over Sanders")."""
    kept = sorted(indices)
    if not kept:
        return kept
    members, last = set(kept), _last_word(parse, kept)
    for position in range(1, len(kept) - 1):
        if _closing_parenthesis(parse, kept[position:]):
            return kept[:position]
        if parse.word(kept[position]) not in ASIDE_OPENERS:
            continue
        phrase = _phrase_starting_at(parse, kept[position + 1], members)
        if parse.subtree(phrase)[-1] >= last and _is_aside(parse, phrase):
            return kept[:position]
    return kept


def _closing_parenthesis(parse: ParsedArticle, rest: Sequence[int]) -> bool:
    """Words in brackets that close the phrase and make a clause of their own ("... her
    email server (the existence of which, many Democrats say, represents ...)"): the
    writer's aside. A short tag ("(R-Texas)") is part of the name before it."""
    if parse.word(rest[0]) != "(" or parse.word(rest[-1]) not in {")", *_PHRASE_END}:
        return False
    inside = [i for i in rest[1:] if parse.is_word(i) and parse.word(i) != ")"]
    return len(inside) >= _MIN_WORDS_WITHOUT_CLAUSE and all(parse.word(i) != "(" for i in inside)


_PHRASE_END = frozenset(".!?")


def _phrase_starting_at(parse: ParsedArticle, index: int, members: set[int]) -> int:
    """The largest phrase (a head and its subtree) that begins at token `index`."""
    head = index
    while True:
        up = parse.tokens[head].head
        if up == head or up not in members or parse.subtree(up)[0] != index:
            return head
        head = up


def _is_aside(parse: ParsedArticle, index: int) -> bool:
    first = parse.subtree(index)[0]
    dep = parse.tokens[index].dep
    if dep == "relcl":
        return parse.word(first).lower() in RELATIVE_WORDS
    return _is_gloss(parse, index, first)


def _is_gloss(parse: ParsedArticle, index: int, first: int) -> bool:
    """A noun phrase set off at the end that describes what came before ("..., a result
    which drew murmurs", "..., the founder of Theranos"): the writer's, not the speaker's.
    A time ("..., the next day") stays: when is part of what was said, and so does a phrase
    going on with "and" (", the nuclear deal and the court"): the rest of a list."""
    token = parse.tokens[index]
    return (
        token.dep in ("appos", "npadvmod")
        and token.pos in ("NOUN", "PROPN")
        and parse.lower(first) in _GLOSS_OPENERS
        and not parse.names_a_time(index)
        and not parse.kids(index, "cc")
    )


_GLOSS_OPENERS = frozenset({"a", "an", "the"})


def _last_word(parse: ParsedArticle, indices: Sequence[int]) -> int:
    words = [i for i in indices if parse.tokens[i].pos not in {"PUNCT", "SPACE"}]
    return words[-1] if words else indices[-1]


def _pieces(parse: ParsedArticle, indices: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """The character spans of the runs of adjacent words among `indices`: words of the
    clause the parse puts elsewhere ("which an FBI investigation said was ...") split it,
    so a reported clause never holds its own cue."""
    words = sorted(i for i in set(indices) if parse.is_word(i))
    runs: list[list[int]] = []
    for index in words:
        if runs and not _gap_has_words(parse, runs[-1][-1], index):
            runs[-1].append(index)
        else:
            runs.append([index])
    runs = [kept for run in runs if (kept := _without_dangling(parse, run))]
    return tuple((parse.tokens[r[0]].start, parse.tokens[r[-1]].end) for r in runs)


def _without_dangling(parse: ParsedArticle, run: list[int]) -> list[int]:
    """A piece does not end on a conjunction left by what was cut after it ("... continues”
    and")."""
    while run and parse.tokens[run[-1]].pos == "CCONJ":
        run = run[:-1]
    return run


def _gap_has_words(parse: ParsedArticle, before: int, after: int) -> bool:
    return any(parse.is_word(i) for i in range(before + 1, after))


def _parenthetical(parse: ParsedArticle, index: int) -> bool:
    token = parse.tokens[index]
    if parse.word(index).lower() == "according":
        return parse.tokens[token.head].pos in {"VERB", "AUX", "NOUN", "PROPN", "NUM"}
    return (
        token.dep == "parataxis"
        or _as_reported(parse, index)
        or _inverted_close(parse, index)
        or _closing_conjunct(parse, index)
    )


def _inverted_close(parse: ParsedArticle, index: int) -> bool:
    """ "The plant would then be run by the US, writes Bloomberg.": a cue after a comma
    that closes the sentence with its subject after it, which the parse may join to the
    clause it attributes as a conjunct."""
    token = parse.tokens[index]
    if token.dep != "conj" or token.head > index or parse.kids(index, "cc"):
        return False
    if parse.kids(index, "dobj", "ccomp", "xcomp", "prep"):
        return False
    subjects = parse.kids(index, "nsubj")
    if not subjects or min(subjects) < index:
        return False
    return _after_a_comma(parse, token.start) and _closes_its_sentence(parse, index)


def _closing_conjunct(parse: ParsedArticle, index: int) -> bool:
    """ "People should provide evidence ..., he told reporters.": a cue with its subject,
    after a comma, closing the sentence, which the parse joined to the clause it attributes
    as a conjunct; it may name whom it was said to, never what."""
    token = parse.tokens[index]
    if token.dep != "conj" or token.head > index or parse.kids(index, "cc", "ccomp", "xcomp"):
        return False
    objects = parse.kids(index, "dobj")
    if objects and not (_is_listener(parse, objects[0]) or _only_a_listener(parse, objects)):
        return False
    subjects = parse.kids(index, "nsubj")
    if len(subjects) != 1 or subjects[0] > index:
        return False
    first = parse.tokens[parse.subtree(subjects[0])[0]]
    return _after_a_comma(parse, first.start) and _closes_its_sentence(parse, index)


def _after_a_comma(parse: ParsedArticle, start: int) -> bool:
    return parse.text[:start].rstrip().endswith(",")


def _closes_its_sentence(parse: ParsedArticle, index: int) -> bool:
    """Nothing but closing marks after the token's phrase in its sentence."""
    sentence = parse.sentence_of(index)
    rest = parse.text[parse.tokens[parse.subtree(index)[-1]].end : sentence.end]
    return not rest.strip(" .!?\n\"”’'")


def _as_reported(parse: ParsedArticle, index: int) -> bool:
    """ "As Reuters reported, the talks stalled", "..., as Comey noted, people could still
    be ...": a cue in an "as" clause attributes the clause it hangs from. It must report
    (not "as he spoke, ..."), have a subject of its own, no adverb before "as" ("even as he
    says" concedes), a comma or a dash setting it off (or open the sentence), and no object
    but "it" ("as she put it") or a listener ("as Clinton told the Daily News")."""
    token = parse.tokens[index]
    if token.dep != "advcl" or parse.lemma(index) not in AS_REPORTED_LEMMAS:
        return False
    marks = [c for c in parse.kids(index, "mark") if parse.lower(c) == "as"]
    if not marks or not parse.kids(index, "nsubj"):
        return False
    if any(a < marks[0] for a in parse.kids(index, "advmod")):
        return False  # "even as he says ...", "just as she said she would": not a source
    opens = parse.tokens[marks[0]].start <= parse.sentence_of(index).start
    before = parse.text[: parse.tokens[marks[0]].start].rstrip()[-1:]
    ends = parse.tokens[parse.subtree(index)[-1]].end
    after = {parse.text[e:].lstrip()[:1] for e in (parse.tokens[index].end, ends)}
    if not opens and before not in _SETTING_OFF and not after & _SETTING_OFF:
        return False  # a parenthetical is set off by a comma or a dash
    objects = parse.kids(index, "dobj")
    if parse.lemma(index) in ADDRESSEE_LEMMAS:
        return all(_is_listener(parse, c) or parse.tokens[c].pos == "PROPN" for c in objects)
    return all(parse.lower(c) == "it" for c in objects)


_SETTING_OFF = frozenset(",—–-(")


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
    pieces: tuple[tuple[int, int], ...] = ()  # set when one attribution has several spans


def find_quotes(article_id: str, parsed: ParsedArticle, referents: Referents) -> tuple[Quote, ...]:
    """Direct and reported quotes in one article, in text order, speakers resolved.

    `parsed` must hold a dependency parse (`annotate(..., components="parse")`).
    """
    text = parsed.text
    quoted = [q for q in quoted_spans(text) if q.depth == 0 and q.end > q.start]
    cues = _pointing_back(parsed, find_cues(parsed, referents, quoted))
    drafts = _direct_drafts(parsed, referents, quoted, cues)
    drafts += _reported_drafts(text, quoted, cues)
    drafts.sort(key=lambda d: (d.start, d.end))
    units = _one_per_clause(text, _units(text, quoted, drafts))
    return tuple(_resolve(article_id, parsed, referents, units))


def _pointing_back(parsed: ParsedArticle, cues: Sequence[Cue]) -> list[Cue]:
    """ "Russia will not give up the regions. This was stated by Kremlin spokesman Dmitry
    Peskov.", "... Brandt said this in front of reporters.": a cue whose object points back
    reports the sentence before it in the paragraph, when that one has no cue or quotation
    marks of its own."""
    with_cue = {cue.sentence.start for cue in cues}
    lent = []
    for cue in cues:
        if cue.content or cue.speaker is None or not _points_back(parsed, cue.verb):
            lent.append(cue)
            continue
        before = parsed.sentence_before(cue.sentence)
        if before is None or before.start in with_cue:
            lent.append(cue)
            continue
        words = parsed.text[before.start : before.end]
        if _has_quotation_marks(words) or not _same_or_whole_paragraph(parsed.text, before, cue):
            lent.append(cue)
            continue
        end = before.start + len(words.rstrip().rstrip(".!?…").rstrip())
        lent.append(replace(cue, content=((before.start, end),)))
    return lent


def _same_or_whole_paragraph(text: str, before: Sentence, cue: Cue) -> bool:
    """The sentence before is in the cue's paragraph, or is a whole paragraph right before
    it (translated agency copy sets one sentence per paragraph: "Zelenskyj decided to cut
    his visit short. // The head of state announced this in Telegram.")."""
    between = text[before.start : cue.sentence.start]
    if "\n" not in between:
        return True
    opens_line = before.start == 0 or text[: before.start].rstrip(" \t").endswith("\n")
    return (
        opens_line
        and "\n" not in text[before.start : before.end].strip()
        and (text[before.end : cue.sentence.start].count("\n") <= 2)
    )


def _points_back(parse: ParsedArticle, verb: int) -> bool:
    """ "said this", "said so", "This was stated by ...": the words are the sentence before.
    Not "that" (a complementiser or relative pronoun as often as a pointer), and only a
    plain verb of saying ("proposed this" or "tweeted this" is no report of the words)."""
    if parse.lemma(verb) not in _SAYING_BACK:
        return False
    pointing = parse.kids(verb, "dobj", "advmod", "nsubjpass")
    return any(parse.lower(c) in {"this", "so"} for c in pointing)


_SAYING_BACK = frozenset(
    {"say", "state", "announce", "write", "report", "tell", "declare", "confirm", "claim",
     "note", "stress", "add", "emphasize", "emphasise", "mention", "explain", "inform"}
)  # fmt: skip


def _direct_drafts(
    parsed: ParsedArticle, referents: Referents, quoted: Sequence[QuotedSpan], cues: Sequence[Cue]
) -> list[_Draft]:
    drafts: list[_Draft] = []
    before: tuple[QuotedSpan, Cue | None] | None = None
    for span in quoted:
        cue = _cue_for(parsed, span, cues)
        going_on = None
        if cue is None and before is not None and span.depth == 0:
            going_on = _short_sentence_going_on(parsed, span, *before)
        before = (span, cue) if span.depth == 0 else before
        if going_on is not None:
            drafts.append(_Draft(span.start, span.end, True, going_on, going_on.speaker, 0.6))
            continue
        split = cue is not None and _opens_split_quote(parsed.text, span, cue)
        answer = cue is not None and _said_alone(parsed, span, cue)
        if _is_title(parsed.text[span.start : span.end]) and not split and not answer:
            continue
        label = _SPEAKER_LABEL.match(parsed.text, span.start, span.end)
        if label is not None:  # a transcript's '"WALLACE: But, Governor ...': Wallace speaks
            speaker = (label.start(1), label.end(1))
            drafts.append(_Draft(label.end(), span.end, True, None, speaker, 0.7))
            continue
        draft = _direct_draft(parsed, referents, span, cue, drafts)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _direct_draft(
    parsed: ParsedArticle,
    referents: Referents,
    span: QuotedSpan,
    cue: Cue | None,
    earlier: Sequence[_Draft],
) -> _Draft | None:
    text = parsed.text
    words = len(text[span.start : span.end].split())
    attached = cue is not None and (
        _inside(span, cue.content)
        or (not cue.content and _distance(cue, span) <= 20)
        or _opens_split_quote(parsed.text, span, cue)
    )
    if cue is not None and (attached or words >= _MIN_WORDS_WITHOUT_CLAUSE):
        confidence = 0.9 if cue.speaker else 0.5
        # the quoted words ending a clause or an object the cue reports: reported speech
        opening = _clause_opening(parsed, span, cue.end) or _object_opening(parsed, span, cue.verb)
        start = span.start if opening is None else opening
        return _Draft(start, span.end, opening is None, cue, cue.speaker, confidence)
    # 'Trump criticized the attack on Truth Social: "Vladimir, STOP!"': a named subject's
    # clause ending in a colon introduces the quote, however short, when it says something
    # (a verb, an exclamation or a question; 'a new title for his resume: "song
    # anthropologist."' names a label)
    signed = _signed_below(parsed, referents, span) if cue is None else None
    if signed is not None:  # '"Great speech. ..."\n\n-President Obama, tweeting ...'
        return _Draft(span.start, span.end, True, None, signed, 0.7)
    introducer = _introducer(parsed, referents, span) or _name_label(parsed, referents, span)
    if words < _MIN_WORDS_WITHOUT_CLAUSE:
        if introducer is None or not _says_something(parsed, span):
            return None
        return _Draft(span.start, span.end, True, None, introducer, 0.5)
    previous = earlier[-1] if earlier else None
    near = previous is not None and span.mark_start - previous.end <= _CONTINUATION_GAP
    # "Moore thanked him for “stepping up ...”": Moore's words, not the last speaker's
    narrator = (
        _narrator(parsed, referents, span) if words >= _MIN_WORDS_CONTINUING else None
    ) or introducer
    runs_on = previous is not None and near and _runs_on(parsed, previous, span)
    if previous is not None and runs_on and _same_speaker(parsed.text, narrator, previous):
        return _Draft(span.start, span.end, True, previous.cue, previous.speaker, 0.6)
    if narrator is not None:
        opening = _clause_opening(parsed, span, narrator[1])
        start = span.start if opening is None else opening
        return _Draft(start, span.end, opening is None, None, narrator, 0.5)
    if previous is None or not near or words < _MIN_WORDS_CONTINUING:
        # a short quote on its own is mostly a title, a slogan or a scare quote
        actor = _actor_before(parsed, referents, span) if words >= _MIN_WORDS_CONTINUING else None
        return None if actor is None else _Draft(span.start, span.end, True, None, actor, 0.5)
    if _inside_narration(parsed, span):  # "... the net was becoming “a hammock ...”"
        return _Draft(span.start, span.end, True, None, None, 0.3)
    actor = None if runs_on else _actor_before(parsed, referents, span)
    if actor is not None:  # '... said Robinson.\n\nDianne Bystrom agreed. "Mainstream ..."'
        return _Draft(span.start, span.end, True, None, actor, 0.5)
    return _Draft(span.start, span.end, True, None, previous.speaker, 0.6)


def _signed_below(
    parsed: ParsedArticle, referents: Referents, span: QuotedSpan
) -> tuple[int, int] | None:
    """A quote signed on the line after it, or after it in its own line, with a dash and
    a name ('"We can win on Tuesday." - Sanders.', '... our next president."\n-President
    Obama, tweeting after the speech'): the one named signs it."""
    signature = _SIGNATURE.match(parsed.text, span.mark_end)
    if signature is None:
        return None
    start = signature.start(1)
    end = start + len(signature.group(1).rstrip(" \t."))  # "- Sanders.": the name alone
    signer = referents.resolve(start, end)  # a person: "— Reuters" credits a wire report
    return (start, end) if signer is not None and signer.kind == PERSON else None


_SIGNATURE = re.compile(
    rf"(?:[ \t]*\n){{0,2}}[ \t]*[{DASH_CHARS}][ \t]?((?:[A-Z][\w.'’-]*[ \t]?){{1,5}})"
)


def _actor_before(
    parsed: ParsedArticle, referents: Referents, span: QuotedSpan
) -> tuple[int, int] | None:
    """ "The president shrugged his left shoulder. “Sure, I'm willing to do that. ...”": a
    quote that is whole sentences of its own, right after a narrated sentence of its
    paragraph whose subject is a person (a name, "he" or "she", "the" and a role), is that
    person's answer."""
    sentence = parsed.sentence_at(span.mark_start)
    last = parsed.sentence_at(max(span.mark_end - 1, span.mark_start))
    before = parsed.sentence_before(sentence) if sentence is not None else None
    if sentence is None or last is None or before is None:
        return None
    around = parsed.text[sentence.start : span.mark_start] + parsed.text[span.mark_end : last.end]
    words = parsed.text[before.start : before.end]
    if any(c.isalpha() for c in around) or _has_quotation_marks(words):
        return None
    if "\n" in parsed.text[before.end : sentence.start].strip(" \t") or "\n" in words.strip():
        return None  # another paragraph: who speaks there, the text would say
    tokens = parsed.sentence_tokens(before)
    root = next((i for i in tokens if parsed.head(i) is None), None)
    if root is None:
        return None
    # "Playbook won't go that far, but Sherman wants to ...": the clause nearest the quote
    root = max((c for c in parsed.kids(root, "conj") if parsed.kid(c, "nsubj")), default=root)
    if parsed.tokens[root].pos != "VERB":
        return None
    subject = parsed.kid(root, "nsubj")
    if subject is None or _cannot_speak(parsed, subject):
        return None
    person = parsed.mention_at(subject, _PERSON) is not None
    role = parsed.kid(subject, "det") is not None and referents.gazetteer.role_at_end(
        [parsed.lower(subject)]
    )
    if not person and not role and parsed.lower(subject) not in _HE_OR_SHE:
        return None
    return _speaker_phrase(parsed, referents, subject)


_HE_OR_SHE = frozenset({"he", "she"})


def _object_opening(parsed: ParsedArticle, span: QuotedSpan, verb: int) -> int | None:
    """ "calls her “an extremely intelligent woman”", "decried the issue of “systemic
    racism”": the quoted words end the verb's object, and what the verb reports is the whole
    object from its first word."""
    first = parsed.token_at(span.start)
    if first is None or parsed.tokens[verb].end > span.mark_start:
        return None
    path = [first, *parsed.ancestors(first)]
    if verb not in path:
        return None
    below = path[path.index(verb) - 1]
    if parsed.tokens[below].dep not in _OBJECT_OPENING_DEPS:
        return None
    objects = [o for o in parsed.kids(verb, *_OBJECT_OPENING_DEPS) if verb < o <= below]
    start = parsed.tokens[min(min(parsed.subtree(o)) for o in objects)].start
    return start if _runs_into(parsed.text, start, span) else None


_OBJECT_OPENING_DEPS = frozenset({"dobj", "oprd", "dative"})


def _clause_opening(parsed: ParsedArticle, span: QuotedSpan, after: int) -> int | None:
    """ "Ryan worried that the safety net was becoming “a hammock ...”", "Clinton argued
    for the second debate that “if everyone had voted ...”": the quoted words end a clause
    opened by "that" after the verb (at `after`), and the reported words are the whole
    clause from its "that", however the parse attached it. None when a line or another
    quotation mark stands between the "that" and the quote."""
    first = parsed.token_at(span.start)
    if first is None:
        return None
    for verb in parsed.ancestors(first):
        if parsed.tokens[verb].end <= after:
            return None
        for mark in parsed.kids(verb, "mark"):
            token = parsed.tokens[mark]
            if parsed.lower(mark) != "that" or not after <= token.start < span.mark_start:
                continue
            return token.start if _runs_into(parsed.text, token.start, span) else None
    return None


def _runs_into(text: str, start: int, span: QuotedSpan) -> bool:
    """The words from `start` run into the quote within its line, no other quotation mark
    between them."""
    between = text[start : span.mark_start]
    return start < span.mark_start and "\n" not in between and not _has_quotation_marks(between)


def _has_quotation_marks(text: str) -> bool:
    return _QUOTE_CHARS.search(_IN_A_WORD.sub("", text)) is not None


def _short_sentence_going_on(
    parsed: ParsedArticle, span: QuotedSpan, previous: QuotedSpan, cue: Cue | None
) -> Cue | None:
    """'"They sue," he said. "Everybody sues, right?"', '... he said. "More friendly
    people."': a quoted sentence right after the attribution of the quote before goes on
    with it, however short (a short quote inside narration is a title or a scare quote)."""
    if cue is None or not previous.mark_end <= cue.start < span.mark_start:
        return None
    between = parsed.text[previous.mark_end : span.mark_start]
    if "\n" in between or len(between) > _RUN_ON_GAP or between.rstrip()[-1:] not in _PHRASE_END:
        return None
    if _narration_between(parsed, previous.mark_end, span.mark_start, cue):
        return None  # '"...," said Robinson. Bystrom agreed. "...": a sentence of her own
    sentence = parsed.text[span.start : span.end].rstrip().endswith(".")
    return cue if sentence or _says_something(parsed, span) else None


def _says_something(parsed: ParsedArticle, span: QuotedSpan) -> bool:
    words = parsed.text[span.start : span.end]
    if "!" in words or "?" in words:
        return True
    tokens = parsed.covering(span.start, span.end)
    return any(parsed.tokens[i].pos in {"VERB", "AUX"} for i in tokens)


def _inside_narration(parsed: ParsedArticle, span: QuotedSpan) -> bool:
    """Words of narration open the quote's sentence: the quote is part of a narrated clause,
    not a speaker going on."""
    sentence = parsed.sentence_at(span.mark_start)
    if sentence is None:
        return False
    return any(c.isalpha() for c in parsed.text[sentence.start : span.mark_start])


def _opens_split_quote(text: str, span: QuotedSpan, cue: Cue) -> bool:
    """ "“Judge,” Brafman said, “I have never ...”": the quote's first piece, however short,
    when its cue is all that stands between it and the rest of the quote."""
    start = min((cue.start, *(cue.speaker or ())))
    end = max((cue.end, *(cue.speaker or ())))
    before = text[span.mark_end : start]
    return (
        span.mark_end <= start
        and _TITLE_BEFORE_NAME.fullmatch(before) is not None
        and _SPLIT_REST.match(text, end) is not None
    )


_SPLIT_REST = re.compile(r",\s*[“\"]|,\s*''")
# '"For me," Mr. Bruner concluded, "he was ...': the speaker phrase leaves a title out
_TITLE_BEFORE_NAME = re.compile(r"[ ,]*(?:[A-Z][A-Za-z]{0,4}\. )?")


def _introducer(
    parsed: ParsedArticle, referents: Referents, span: QuotedSpan
) -> tuple[int, int] | None:
    """The named subject of a sentence that ends in a colon right before the quote
    ("Sanders made the following comment: “...”"), when no verb of saying is there."""
    colon = _last_char_before(parsed.text, span.mark_start)
    before = parsed.sentence_at(colon) if colon >= 0 else None
    if before is None or not _introduces(parsed.text, before, span):
        return None
    tokens = parsed.sentence_tokens(before)
    root = next((i for i in tokens if parsed.head(i) is None), None)
    if root is not None and parsed.tokens[root].start > colon:
        return None  # the sentence's own verb is inside the quote: no clause introduces it
    subject = parsed.kid(root, *_SUBJECT_DEPS) if root is not None else None
    if subject is None or parsed.tokens[subject].pos not in {"PROPN", "PRON"}:
        return None
    return _speaker_phrase(parsed, referents, subject)


def _name_label(
    parsed: ParsedArticle, referents: Referents, span: QuotedSpan
) -> tuple[int, int] | None:
    """A person's name and a colon right before the quote, with no verb before the name in
    its sentence: a label, as a roundup or a headline writes one ("Philip Bump: “Two weeks
    ago ...”", "Former secretary of state Hillary Rodham Clinton:"We learned ..."")."""
    colon = _last_char_before(parsed.text, span.mark_start)
    if colon < 0 or parsed.text[colon] != ":" or span.mark_start - colon > 2:
        return None
    name = _NAME_BEFORE.search(parsed.text, max(0, colon - 80), colon)
    if name is None:
        return None
    found = referents.resolve(name.start(), name.end())
    if found is None or found.kind != PERSON:
        return None
    sentence = parsed.sentence_at(name.start())
    opening = sentence.start if sentence is not None else name.start()
    # a roundup's "HEADLINE - Philip Bump: “...”": the label opens after the dash
    dash = _LABEL_DASH.search(parsed.text, opening, name.start())
    opening = dash.end() if dash is not None else opening
    if any(parsed.tokens[i].pos in {"VERB", "AUX"} for i in parsed.covering(opening, name.start())):
        return None  # "The president mocked Philip Bump: “...”": the subject speaks, not the name
    return name.start(), name.end()


_LABEL_DASH = re.compile(rf"\s[{DASH_CHARS}]+\s(?!.*\s[{DASH_CHARS}]+\s)")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]){0,3}[A-Z][\w'’-]*$")


def _same_speaker(text: str, narrator: tuple[int, int] | None, previous: _Draft) -> bool:
    """Whether a quote's narrator may be the previous quote's speaker: no narrator, a
    pronoun (anyone said before), or a name ending in the same word."""
    if narrator is None or previous.speaker is None:
        return True
    words = text[narrator[0] : narrator[1]].split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return True
    return words[-1:] == text[previous.speaker[0] : previous.speaker[1]].split()[-1:]


def _narrator(
    parsed: ParsedArticle, referents: Referents, span: QuotedSpan
) -> tuple[int, int] | None:
    """The subject of the narrated clause a quote sits in, when it is a name or a pronoun
    ("Moore thanked him for “...”", "She called it “...”"): whose words they are, more
    often than the speaker of an earlier quote is."""
    first = parsed.token_at(span.start)
    if first is None or first == 0:
        return None
    for verb in parsed.ancestors(first):
        if span.mark_start <= parsed.tokens[verb].start < span.mark_end:
            continue  # still inside the quote
        subject = parsed.kid(verb, *_SUBJECT_DEPS)
        if subject is None:
            continue
        if parsed.tokens[subject].end > span.mark_start or _cannot_speak(parsed, subject):
            return None
        # "Woods was “awake, responsive and recovering”": said of him, not by him
        described = parsed.lemma(verb) in _LINKING_VERBS
        if described or parsed.tokens[subject].pos not in {"PROPN", "PRON"}:
            if parsed.tokens[verb].dep == "ccomp":
                continue  # "Ryan worried that the net was becoming “...”": Ryan's words
            return None
        return _speaker_phrase(parsed, referents, subject)
    return None


_LINKING_VERBS = frozenset({"be", "remain", "seem", "appear", "become", "look", "sound"})


def _said_alone(parsed: ParsedArticle, span: QuotedSpan, cue: Cue) -> bool:
    """'“Absolutely,” he said', '“Safety,” said Grimm': a word or two opening the sentence,
    closed by a comma and followed by who said them, are an answer, not a name."""
    if cue.content or _distance(cue, span) > 2 or "," not in parsed.text[span.end : span.mark_end]:
        return False
    sentence = parsed.sentence_at(span.mark_start)
    return sentence is not None and not parsed.text[sentence.start : span.mark_start].strip()


def _is_title(words: str) -> bool:
    """A quoted name, not quoted words: the title of a show, a book or a plan ("on “Meet
    the Press”", "his book, ''An American Son''"): a few capitalised words, no sentence."""
    words = words.rstrip().removesuffix(".").removesuffix(",")  # the sentence's, put inside
    found = words.split()
    if not found or len(found) > _TITLE_WORDS or words[-1:] in "!?.…":
        return False
    # every word but the small ones titles leave in lower case ("Meet the Press"); any
    # other lower-case word makes it words said ("Mathematically, yes", "Yes, we can")
    content = [
        w for w in found if any(c.isalpha() for c in w) and w.lower().strip(_EDGES) not in _SMALL
    ]
    return bool(content) and all(w[:1].isupper() for w in content) and not words.isupper()


_SMALL = frozenset(
    {"a", "an", "the", "of", "in", "on", "to", "and", "or", "nor", "for", "at", "by", "with",
     "from", "as", "vs", "into", "upon", "de", "la", "le", "von", "van", "der", "du", "y"}
)  # fmt: skip
_EDGES = ".,:;!?'\"’‘“”()"


def _runs_on(parsed: ParsedArticle, previous: _Draft, span: QuotedSpan) -> bool:
    """The quote goes on with the previous one: in the same paragraph with nothing but its
    attribution between them, or in the next paragraph right after a short attribution
    ("..." he said. / "..."). A sentence of narration between them ends the quote."""
    between = parsed.text[previous.end : span.mark_start]
    cue = previous.cue
    if previous.direct and not between.strip(_MARKS_AND_SPACE):
        return True  # the next paragraph's quote, nothing between: the speaker goes on
    if "\n" not in between:
        return not _narration_between(parsed, previous.end, span.mark_start, cue)
    if cue is None or previous.end > cue.start:
        return False
    if len(between) <= _RUN_ON_GAP:
        return True
    # a longer attribution ("," Viguerie tells Breitbart News in an exclusive interview.\n"):
    # the quote opens the next paragraph and no other sentence stands between them
    opens_paragraph = not between.rpartition("\n")[2].strip(_MARKS_AND_SPACE)
    return opens_paragraph and not _narration_between(parsed, previous.end, span.mark_start, cue)


def _narration_between(parsed: ParsedArticle, start: int, end: int, cue: Cue | None) -> bool:
    """A whole sentence in [start, end) other than the one holding the cue."""
    return any(
        start <= s.start
        and s.end <= end
        and (cue is None or not s.start <= cue.start < s.end)
        and any(c.isalpha() for c in parsed.text[s.start : s.end])
        for s in parsed.sentences_overlapping(start, end)
    )


def _cue_for(parsed: ParsedArticle, span: QuotedSpan, cues: Sequence[Cue]) -> Cue | None:
    """The nearest cue in the quote's sentences, or in a preceding sentence ending in ':'."""
    sentences = parsed.sentences_overlapping(span.mark_start, span.mark_end)
    candidates = [c for c in cues if c.sentence in sentences and not _cue_in_quote(c, span)]
    if not candidates:
        candidates = [c for c in cues if _introduces(parsed.text, c.sentence, span)]
    if not candidates:
        candidates = [c for c in cues if _closes(parsed, c, span)]
    near = [c for c in candidates if _distance(c, span) <= _CUE_REACH]
    return _holding_or_nearest(parsed, span, near)


def _holding_or_nearest(parsed: ParsedArticle, span: QuotedSpan, near: Sequence[Cue]) -> Cue | None:
    """A cue whose reported clause holds the quote comes before a nearer one: in "said that
    her campaign would continue “to break barriers”", "..., he said, adding" the words are
    what "said" reports. A nearer act of saying reported inside that clause ("Right Wing
    Watch reported [Swanson slammed ... “...”]") is the quote's own cue when the quote hangs
    on it (not "said that by refusing to say the words, Democrats are “saying ...”")."""
    nearest = min(near, key=lambda c: (_distance(c, span), c.speaker is None), default=None)
    if nearest is None or _inside(span, nearest.content):
        return nearest
    holding = [
        c
        for c in near
        if _inside(span, c.content)
        and (
            nearest.lemma in DIRECT_ONLY_LEMMAS
            or not _within(nearest.start, c.content)
            or not _hangs_on(parsed, span, nearest.verb)
        )
    ]
    return min(holding, key=lambda c: _distance(c, span), default=nearest)


def _hangs_on(parsed: ParsedArticle, span: QuotedSpan, verb: int) -> bool:
    """The quote's first word hangs on the verb, however far up."""
    first = parsed.token_at(span.start)
    return first is not None and verb in parsed.ancestors(first)


def _cue_in_quote(cue: Cue, span: QuotedSpan) -> bool:
    return span.mark_start <= cue.start < span.mark_end


def _introduces(text: str, sentence: Sentence, span: QuotedSpan) -> bool:
    """A sentence ending in a colon right before the quote ("Trump said:"), or a clause
    ending so inside the sentence that holds the quote ('Trump criticized the attack on
    Truth Social: "Vladimir, STOP!"')."""
    between = text[sentence.end : span.mark_start]
    if sentence.end > span.mark_start:
        colon = _last_char_before(text, span.mark_start)
        return sentence.start < colon and text[colon] == ":"
    return len(between) < 5 and text[sentence.start : sentence.end].rstrip().endswith(":")


def _closes(parsed: ParsedArticle, cue: Cue, span: QuotedSpan) -> bool:
    """An attribution the sentence splitter cut off after "!", "?" or a comma the quote
    closes on ("'... our fix!' Clinton said to People."): a cue opening the next sentence,
    reporting no clause; not after a quote that ends its own sentence with a full stop."""
    gap = parsed.text[span.mark_end : cue.sentence.start]
    opening = cue.sentence.start >= span.mark_end and len(gap) <= 2 and "\n" not in gap
    if not parsed.text[span.start : span.end].rstrip(_AFTER_LAST_WORD).endswith(("!", "?", ",")):
        return False  # '"... a virtual debate." Biden's campaign agreed': a sentence of its own
    # "She went on to say:" introduces the quote after it, not the one before
    introducing = _COLON_AHEAD.match(parsed.text, cue.end) is not None
    return (
        opening
        and not introducing
        and not cue.content
        and cue.start - cue.sentence.start <= _CLOSING_REACH
        and not _passive(parsed, cue.verb)  # "“...” The judge was accused of ...": done to
    )


_AFTER_LAST_WORD = " \n'\"’”"  # what may close a quotation after its last word
_COLON_AHEAD = re.compile(r"[^“”\"\n.!?]{0,40}:")  # "went on to say:" before what it says


def _distance(cue: Cue, span: QuotedSpan) -> int:
    if cue.end <= span.mark_start:
        return span.mark_start - cue.end
    # '“...,” Lewandowski added': the attribution after a quote begins at its speaker
    start, speaker = cue.start, cue.speaker
    if speaker is not None and span.mark_end <= speaker[0] and 0 <= start - speaker[1] <= 1:
        start = speaker[0]
    return max(0, start - span.mark_end)


def _inside(span: QuotedSpan, pieces: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span.start and span.end <= end + 2 for start, end in pieces)


def _reported_drafts(text: str, quoted: Sequence[QuotedSpan], cues: Sequence[Cue]) -> list[_Draft]:
    """A cue's reported words, unless a direct quote already makes up most of them."""
    drafts = []
    for cue in cues:
        if cue.lemma in DIRECT_ONLY_LEMMAS:
            continue
        confidence = 0.8 if cue.speaker else 0.4
        for start, end in cue.content:
            end = _closing_quote_end(text, quoted, end)
            drafts.append(_Draft(start, end, False, cue, cue.speaker, confidence))
    return drafts


def _closing_quote_end(text: str, quoted: Sequence[QuotedSpan], end: int) -> int:
    """ "pledged to oppose legal status for undocumented immigrants “today, tomorrow,
    forever.”": quoted words right after the reported words that close the sentence finish
    them (the parse hung them elsewhere)."""
    for span in quoted:
        if 0 <= span.mark_start - end <= 1 and not text[end : span.mark_start].strip():
            return span.end if _SENTENCE_CLOSE.match(text, span.mark_end) else end
    return end


_SENTENCE_CLOSE = re.compile(r"[.!?]?(?:\s|$)")


def _mostly_quoted(clause: tuple[int, int], quoted: Sequence[QuotedSpan]) -> bool:
    length = clause[1] - clause[0]
    covered = sum(max(0, min(clause[1], q.end) - max(clause[0], q.start)) for q in quoted)
    return length > 0 and covered >= 0.6 * length


def _units(text: str, quoted: Sequence[QuotedSpan], drafts: Sequence[_Draft]) -> list[_Draft]:
    """One draft per attribution: the pieces one cue introduces ("'A,' he said, 'B.'", the
    clause around "he said", quoted words inside the reported clause) become one quote,
    its pieces in text order, a piece inside another dropped."""
    by_cue: dict[int, list[_Draft]] = {}
    units: list[_Draft] = []
    for draft in drafts:
        if draft.cue is None:
            units.append(draft)
            continue
        group = by_cue.setdefault(draft.cue.start, [])
        if not group:
            units.append(draft)
        group.append(draft)
    return [_joined(text, quoted, by_cue[u.cue.start]) if u.cue is not None else u for u in units]


def _one_per_clause(text: str, units: Sequence[_Draft]) -> list[_Draft]:
    """Two cues reporting one clause ("..., according to a document that the US presented
    according to the website, ...") are one attribution: one quote, the better-attributed
    cue's, with the other cue cut out of it too. A clause reported inside another's report
    ("X said that Y said Z") is shorter than it and stays a quote of its own."""
    kept: list[_Draft] = []
    for unit in units:
        twin = next((k for k in kept if _same_clause(k, unit)), None)
        if twin is None:
            kept.append(unit)
            continue
        better, other = (twin, unit) if twin.confidence >= unit.confidence else (unit, twin)
        kept[kept.index(twin)] = _cut(text, better, other)
    return kept


def _same_clause(a: _Draft, b: _Draft) -> bool:
    if a.direct or b.direct or a.cue is None or b.cue is None or a.cue.start == b.cue.start:
        return False
    # the characters each covers, not the extent from first to last piece: the pieces of
    # "refusing to say [the words “radical Islam,”] Democrats are “[saying ...]”" leave
    # out the words around them that another cue reports
    first, second = _spans_of(a), _spans_of(b)
    if _cue_inside(a.cue, second) != _cue_inside(b.cue, first):
        return False  # "The FBI says ..., CNN reported": one report inside the other's words
    longest = max(sum(e - s for s, e in first), sum(e - s for s, e in second))
    shared = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in first for s2, e2 in second)
    return longest > 0 and shared >= 0.8 * longest


def _cue_inside(cue: Cue, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= cue.start and cue.end <= end for start, end in spans)


def _spans_of(draft: _Draft) -> tuple[tuple[int, int], ...]:
    return draft.pieces or ((draft.start, draft.end),)


def _cut(text: str, draft: _Draft, other: _Draft) -> _Draft:
    """`draft` without the words of `other`'s cue and speaker phrase."""
    assert other.cue is not None
    cuts = [(other.cue.start, other.cue.end), *([other.speaker] if other.speaker else [])]
    pieces = [
        p
        for span in (draft.pieces or ((draft.start, draft.end),))
        for p in _minus(text, span, cuts)
    ]
    if not pieces:
        return draft
    return replace(
        draft, start=pieces[0][0], end=pieces[0][1], pieces=tuple(pieces) if len(pieces) > 1 else ()
    )


def _joined(text: str, quoted: Sequence[QuotedSpan], group: Sequence[_Draft]) -> _Draft:
    if len(group) == 1:
        return group[0]
    pieces = _merged_pieces([p for d in group for p in (d.pieces or ((d.start, d.end),))])
    first = group[0]
    return _Draft(
        pieces[0][0],
        pieces[0][1],
        all(d.direct or _all_quoted(text, d, quoted) for d in group),
        first.cue,
        first.speaker,
        max(d.confidence for d in group),
        tuple(pieces) if len(pieces) > 1 else (),
    )


def _all_quoted(text: str, draft: _Draft, quoted: Sequence[QuotedSpan]) -> bool:
    """Every word of a reported clause lies between quotation marks: it is the direct
    quote itself ("“We are ready,” said Lavrov": the parse reports the quoted clause)."""
    marks = [(q.mark_start, q.mark_end) for q in quoted]
    return all(
        not any(c.isalnum() for c in text[start:end])
        for piece in (draft.pieces or ((draft.start, draft.end),))
        for start, end in _outside(piece, marks)
    )


def _outside(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `span` no span of `spans` covers."""
    parts = [span]
    for cut_start, cut_end in spans:
        if cut_end <= span[0] or cut_start >= span[1]:
            continue
        parts = [
            part
            for start, end in parts
            for part in ((start, min(end, cut_start)), (max(start, cut_end), end))
            if part[1] > part[0]
        ]
    return parts


def _merged_pieces(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _without_attribution(text: str, draft: _Draft) -> _Draft | None:
    """The draft with its own cue and speaker phrase cut out of its pieces (a quote never
    holds its own attribution); None when nothing of what was said is left."""
    cut = [span for span in (draft.speaker, draft.cue and (draft.cue.start, draft.cue.end)) if span]
    dateline = _DATELINE.match(text, draft.start)
    if dateline is not None:  # "LOS ANGELES, Feb. 2 (UPI) — The next record ...": the writer's
        cut.append((draft.start, dateline.end()))
    pieces: list[tuple[int, int]] = []
    for start, end in draft.pieces or ((draft.start, draft.end),):
        pieces.extend(_minus(text, (start, end), cut))
    if not pieces:
        return None
    if pieces == list(draft.pieces or ((draft.start, draft.end),)):
        return draft
    first = pieces[0]
    return replace(
        draft, start=first[0], end=first[1], pieces=tuple(pieces) if len(pieces) > 1 else ()
    )


def _minus(
    text: str, span: tuple[int, int], cuts: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """`span` without the `cuts`, each remaining part trimmed; parts without a word dropped."""
    trimmed = [_trimmed_span(text, start, end) for start, end in _outside(span, cuts)]
    return [(s, e) for s, e in trimmed if any(c.isalnum() for c in text[s:e])]


def _trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCTUATION):
        end -= 1
    return start, end


def _resolve(
    article_id: str, parsed: ParsedArticle, referents: Referents, drafts: Sequence[_Draft]
) -> Iterator[Quote]:
    recent: list[Referent] = []
    unnamed: set[tuple[int, int]] = set()  # spans of people the article leaves unnamed
    for found_draft in drafts:
        draft = _without_attribution(parsed.text, found_draft)
        if draft is None or _hollow(parsed, draft):
            continue
        found = None
        phrase = draft.cue.refers if draft.cue is not None else draft.speaker
        if draft.speaker is not None and phrase is not None:
            found = referents.resolve(*phrase, recent=recent)
        if found is not None and found.kind == PLACE:
            found = None  # a place does not speak: a person, a body, a state or an outlet does
        if found is not None and referents.names_one_member(found.kind, found.name):
            found = None  # "the Utah Republican asks": one member of it, left unnamed here
        if found is not None:
            recent.append(found)
            if (found.start, found.end) in unnamed:
                found = None  # "he" goes on with someone unnamed: unnamed still
        elif draft.speaker is not None and phrase is not None:
            someone = _unnamed_person(parsed.text, phrase)
            if someone is not None:  # "A senior official ... told AFP ... “...,” he said."
                recent.append(someone)
                unnamed.add((someone.start, someone.end))
        yield _quote(article_id, parsed, draft, found)


# Words for one person a report leaves unnamed ("a senior Ukrainian official").
_UNNAMED_PERSON_WORDS = frozenset(
    {"official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "source", "man",
     "woman", "person", "officer", "aide", "adviser", "advisor", "negotiator", "commander",
     "witness", "resident", "lawmaker", "analyst", "expert", "envoy", "minister", "ambassador"}
)  # fmt: skip
# Only an indefinite description brings in someone new: "the man who built his career" is
# most often the person named before.
_DESCRIBING = frozenset({"a", "an", "one", "another"})


def _unnamed_person(text: str, phrase: tuple[int, int]) -> Referent | None:
    """One person a speaker phrase describes without a name: a "he" after their quote is
    them, not the last person named before them (who would get words they never said)."""
    words = text[phrase[0] : phrase[1]].split()
    if len(words) < 2 or words[0].lower() not in _DESCRIBING:
        return None
    if words[-1].lower().strip(",.") not in _UNNAMED_PERSON_WORDS:
        return None
    return Referent(" ".join(words), PERSON, phrase[0], phrase[1], None, False)


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that opens a quotation it does not close takes in the closing mark right
    after it ("that Zelenskiy “understands that.”"), and one that closes a quotation it did
    not open takes in the opening mark right before it: words shown with half their marks
    read as a misquote."""
    span = text[start:end]
    if span.count("“") > span.count("”"):
        closing = _CLOSING_AFTER.match(text, end)
        end = closing.end() if closing else end
    if span.count("”") > span.count("“") and start > 0 and text[start - 1] == "“":
        start -= 1
    if span.count('"') % 2:  # straight marks: the one left open or closed is at the edge
        closing = _STRAIGHT_CLOSING_AFTER.match(text, end)
        if closing:
            end = closing.end()
        elif start > 0 and text[start - 1] == '"':
            start -= 1
    return start, end


_CLOSING_AFTER = re.compile(r"[.,!?…]?”")
_STRAIGHT_CLOSING_AFTER = re.compile(r'[.,!?…]?"')


def _hollow(parsed: ParsedArticle, draft: _Draft) -> bool:
    """Reported "words" that are one word naming nothing said: a pronoun ("tweeted her
    thanks"), a time ("talked about today"), a handle ("tweets @pmorici1"), a listener
    ("telling reporters"); "said yes" and "talk about immigration" stay."""
    if draft.direct or draft.pieces or len(parsed.text[draft.start : draft.end].split()) != 1:
        return False
    index = parsed.token_at(draft.start)
    if index is None:
        return False
    word = parsed.lower(index)
    if word in {"yes", "no"}:
        return False
    if word.startswith(("@", "http")) or parsed.names_a_time(index):
        return True
    return parsed.tokens[index].pos not in {"NOUN", "PROPN"} or (
        parsed.tokens[index].dep in {"dobj", "dative"}
        and draft.cue is not None
        and draft.cue.lemma in ADDRESSEE_LEMMAS
    )


def _quote(article_id: str, parsed: ParsedArticle, draft: _Draft, found: Referent | None) -> Quote:
    text, cue, speaker = parsed.text, draft.cue, draft.speaker
    pieces = tuple(_balanced(text, start, end) for start, end in draft.pieces)
    first, last = _balanced(text, draft.start, draft.end)
    draft = replace(draft, start=first, end=last, pieces=pieces)
    spans = draft.pieces or ((draft.start, draft.end),)
    sentences = parsed.sentences_overlapping(spans[0][0], spans[-1][1])
    if cue is not None:
        sentences.append(cue.sentence)
    return Quote(
        article_id=article_id,
        start=draft.start,
        end=draft.end,
        text=" … ".join(text[start:end] for start, end in spans),
        direct=draft.direct,
        speaker_name=found.name if found else None,
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
        name_start=found.start if found else None,
        name_end=found.end if found else None,
        cue=text[cue.start : cue.end] if cue else None,
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        sentence_start=min((s.start for s in sentences), default=draft.start),
        sentence_end=max((s.end for s in sentences), default=draft.end),
        confidence=draft.confidence if found or not speaker else draft.confidence * 0.8,
        pieces=draft.pieces,
    )
