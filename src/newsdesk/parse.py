"""One parsed article: the view of a parse every extractor shares, built once per article.

The annotate stage turns spaCy's `Doc` into the plain `model.Annotation` (sentences, entity
mentions, tokens with their head). Extractors need more than that flat list: a token's
children and subtree, the sentence it stands in, the mention that covers it, the character
extent of a phrase. `ParsedArticle` computes those once and answers them, the way spaCy
components share one `Doc`; quotes, claims, quantities, event dates, attributions and the
referent resolver all read the same object and never rebuild their own.

Token indices are the article-wide indices `Token.head` uses. Whitespace tokens (line breaks)
are kept so those indices match spaCy's, and left out of every phrase and extent. An
annotation without tokens (named entities only) still gives sentences and mentions.

A selective parse (`annotate(..., components="selective")`) carries tokens for some
sentences only: the token list holds the parsed sentences' tokens in text order, with
article-wide character offsets and heads indexing that list. Every look-up works on it
unchanged: a sentence not parsed simply has no tokens (`sentence_tokens` is empty,
`token_at` and `covering` find nothing in it), and `is_parsed` tells the two apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import cached_property

from newsdesk.model import PLACE_LABELS, Annotation, Mention, Sentence, Token

# Clauses hanging off a noun are what is said about it, not part of its name.
_NOT_IN_PHRASE = frozenset({"relcl", "acl", "punct", "advcl", "parataxis"})
_PERSON = frozenset({"PERSON"})
# What a noun phrase naming a speaker is made of ("the Air Forces of the Armed Forces of Ukraine")
_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "PART", "CCONJ", "SPACE"})
_WHEN_LABELS = frozenset({"DATE", "TIME"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})
_AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
_NOT_WORDS = frozenset({"SPACE", "PUNCT"})
# The dashes set between words, as tokens and as a regular expression class
DASHES = frozenset({"—", "–", "-", "--"})
DASH_CHARS = "-–—"
# Plural nouns whose lemma is the word itself, so the lemma cannot tell them apart.
_PLURAL_AS_LEMMA = frozenset({"people", "police", "men", "women", "children", "folks"})
_SINGULAR_HELPERS = frozenset({"has", "is", "was", "does", "'s", "’s"})
_SINGULAR_ENDINGS = ("ss", "us", "is")  # names ending in s: "Congress", "Marcus", "Paris"
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


def names_as_read(
    mentions: Sequence[Mention], text: str = "", tokens: Sequence[Token] = ()
) -> tuple[Mention, ...]:
    """The tagger's mentions as every stage reads them (the extractors through
    `ParsedArticle`, the linker and the grouping directly): a name without the day it ran on
    into; never a word an editor bracketed a letter of ('"[W]e encourage ..."': "W]e" is
    "we"); and, given the parse, the surnames the tagger left untagged."""
    read = [
        _without_an_office(_without_a_source(_without_a_day(_without_a_dash(m))), text)
        for m in mentions
        if not _EDITED_WORD.search(m.text)
    ]
    if tokens:
        read = sorted(read + _untagged_surnames(read, text, tokens), key=lambda m: m.start)
    return tuple(read)


def _untagged_surnames(
    mentions: Sequence[Mention], text: str, tokens: Sequence[Token]
) -> list[Mention]:
    """ "Sen. Bernie Sanders ended his campaign ... Sanders made the announcement": the small
    tagger leaves a surname alone at a sentence's start untagged (a NOUN) at times, and
    the sentence then has no one in it for "his campaign said". A name word that is the
    surname of a person the article names in full, standing alone (no name word beside it),
    as the head of a noun phrase, is that person's mention."""
    surnames = {
        words[-1] for m in mentions if m.label == "PERSON" and len(words := _bare_words(m.text)) > 1
    }
    if not surnames:
        return []
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for index, token in enumerate(tokens):
        word = text[token.start : token.end]
        if (
            word in surnames
            and token.pos in _SURNAME_TAGS
            and token.dep in _HEAD_OF_PHRASE
            and not any(s < token.end and token.start < e for s, e in taken)
            and not _name_word_beside(text, tokens, index)
        ):
            found.append(Mention(token.start, token.end, word, "PERSON"))
    return found


_SURNAME_TAGS = frozenset({"PROPN", "NOUN"})
# the head of a noun phrase that names someone; not a modifier ("a Sanders rally")
_HEAD_OF_PHRASE = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss"})


def _bare_words(name: str) -> list[str]:
    return name.strip().removesuffix("’s").removesuffix("'s").split()


def _name_word_beside(text: str, tokens: Sequence[Token], index: int) -> bool:
    """A capitalised word right before or after: the word is part of a longer name
    ("Sanders Theatre", "Colonel Sanders") the tagger did not take."""
    return any(
        0 <= other < len(tokens)
        and tokens[other].pos == "PROPN"
        and text[tokens[other].start : tokens[other].start + 1].isupper()
        for other in (index - 1, index + 1)
    )


_EDITED_WORD = re.compile(r"\w[\[\]]\w")


def _without_a_day(mention: Mention) -> Mention:
    """A name the NER ran on into the day after it ("President Trump Saturday signed"):
    the name alone."""
    head, _, last = mention.text.rpartition(" ")
    if not head or last not in _WEEKDAYS or mention.label in _WHEN_LABELS:
        return mention
    return Mention(mention.start, mention.start + len(head.rstrip()), head.rstrip(), mention.label)


def _without_a_dash(mention: Mention) -> Mention:
    """A name the NER ran on over a dash into the aside after it ("Michael Flynn - a top
    Trump surrogate - said": "Michael Flynn - a"): the name before the dash."""
    found = _DASH_ON.search(mention.text)
    if found is None:
        return mention
    name = mention.text[: found.start()]
    return Mention(mention.start, mention.start + len(name), name, mention.label)


_DASH_ON = re.compile(rf"\s+[{DASH_CHARS}]+\s+(?=[a-z])")


def _without_an_office(mention: Mention, text: str) -> Mention:
    """A name the NER ran on from the office before it ("Secretary of Homeland Security
    Kirstjen Nielsen": "Homeland Security Kirstjen Nielsen", tagged an organisation): the
    holder's name, a person. The office's words stay in the title before it."""
    if not _OFFICE_OF.search(text, max(0, mention.start - 40), mention.start):
        return mention
    words = mention.text.split()
    cut = 0
    while len(words) - cut > 2 and words[cut].lower() in _DEPARTMENT_WORDS:
        cut += 1
    if not cut or not all(w[:1].isupper() for w in words[cut:]):
        return mention
    start = mention.start + mention.text.index(words[cut])
    return Mention(start, mention.end, text[start : mention.end], "PERSON")


# "Secretary of ", "Minister for ", right before a name the tagger ran on from the office
_OFFICE_OF = re.compile(r"\b(?:[Ss]ecretary|[Mm]inister)\s+(?:of|for)\s+$")
_DEPARTMENT_WORDS = frozenset(
    {"defense", "defence", "state", "homeland", "security", "treasury", "commerce", "energy",
     "education", "health", "human", "services", "transportation", "agriculture", "labor",
     "labour", "interior", "veterans", "affairs", "housing", "urban", "development",
     "justice", "foreign", "war", "home", "trade", "environment", "and", "&"}
)  # fmt: skip


def _without_a_source(mention: Mention) -> Mention:
    """A name glued to the agency credit before it ("(CNN)MGM Resorts International"): the
    name alone."""
    name = without_glued_credit(mention.text)
    if name == mention.text:
        return mention
    cut = len(mention.text) - len(name)
    return Mention(mention.start + cut, mention.end, name, mention.label)


def without_glued_credit(text: str) -> str:
    """A name without the agency credit the NER glued before it: "CNN)The House" -> "The
    House", for the parse's mentions and the resolver's names alike."""
    glued = _GLUED_SOURCE.match(text)
    return text[glued.end() :] if glued else text


_GLUED_SOURCE = re.compile(r"[A-Z][A-Za-z.]{1,15}\)\s*(?=[A-Z])")
_NAMED_BY_AN_OF_PHRASE = frozenset({"PERSON", "ORG", "GPE"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
_DATELINE_REACH = 8  # tokens: "WASHINGTON (AP) —", "KYIV, Ukraine (Reuters) -"


# The quotation marks a sentence splitter leaves alone at a piece's edge.
OPENING_QUOTES = frozenset('"“')
CLOSING_QUOTES = frozenset('"”')


def quotation_unbalanced(text: str) -> bool:
    """Whether a piece of text opens a quotation it does not close, or closes one it did not
    open: a sentence the splitter cut from the rest of a quote ('"There is nothing to talk
    about.'), which alone says nothing of who speaks."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def first_found(*indices: int | None) -> int | None:
    """The first token index that is not None (token 0 is a real token, so never `or`)."""
    return next((i for i in indices if i is not None), None)


class ParsedArticle:
    """The text of one article with its parse, and the look-ups every extractor needs."""

    def __init__(self, text: str, annotation: Annotation) -> None:
        self.text = text
        self.annotation = annotation
        self.article_id = annotation.article_id
        self.tokens: tuple[Token, ...] = annotation.tokens
        self.sentences: tuple[Sentence, ...] = annotation.sentences
        self.mentions: tuple[Mention, ...] = names_as_read(
            annotation.mentions, text, annotation.tokens
        )
        self._token_starts = [t.start for t in self.tokens]
        self._sentence_starts = [s.start for s in self.sentences]

    @property
    def has_parse(self) -> bool:
        """Whether any sentence carries a parse (all of them, unless it was selective)."""
        return bool(self.tokens)

    def is_parsed(self, sentence: Sentence) -> bool:
        """Whether this sentence carries tokens (a selective parse skips some)."""
        return len(self.sentence_tokens(sentence)) > 0

    # --- tokens --------------------------------------------------------------------------

    def word(self, index: int) -> str:
        token = self.tokens[index]
        return self.text[token.start : token.end]

    def lower(self, index: int) -> str:
        return self.word(index).lower()

    def lemma(self, index: int) -> str:
        return self.tokens[index].lemma.lower()

    def is_plural_noun(self, index: int) -> bool:
        """A common noun in the plural: "leaders", "men", "people"."""
        token = self.tokens[index]
        word = self.lower(index)
        return token.pos == "NOUN" and (word != self.lemma(index) or word in _PLURAL_AS_LEMMA)

    def is_plural(self, index: int) -> bool:
        """A plural noun, or a capitalised plural the tagger took for a name though it names
        no person ("Aides" at a paragraph's start, "Conservative Christians")."""
        if self.is_plural_noun(index):
            return True
        if self.tokens[index].pos != "PROPN" or self.mention_at(index, _PERSON):
            return False
        word = self.lower(index)
        return word.endswith("s") and not word.endswith(_SINGULAR_ENDINGS)

    def is_word(self, index: int) -> bool:
        """Neither whitespace nor punctuation."""
        return self.tokens[index].pos not in _NOT_WORDS

    def token_at(self, offset: int) -> int | None:
        """The token whose characters include `offset`, if any."""
        position = bisect_right(self._token_starts, offset) - 1
        if position >= 0 and offset < self.tokens[position].end:
            return position
        return None

    def covering(self, start: int, end: int) -> list[int]:
        """The non-space tokens overlapping [start, end), in text order."""
        first = max(0, bisect_right(self._token_starts, start) - 1)
        found = []
        for index in range(first, len(self.tokens)):
            token = self.tokens[index]
            if token.start >= end:
                break
            if token.end > start and token.pos != "SPACE":
                found.append(index)
        return found

    @cached_property
    def person_last_words(self) -> frozenset[str]:
        """The last word of each PERSON mention, as written, a possessive aside ("Trump" of
        "Donald Trump's"): who a surname alone names, for the resolver and the extractors."""
        people = (m.text for m in self.mentions if m.label == "PERSON")
        return frozenset(words[-1] for words in map(_bare_words, people) if words)

    # --- the tree ------------------------------------------------------------------------

    @cached_property
    def children(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for index, token in enumerate(self.tokens):
            if token.head != index and 0 <= token.head < len(kids):
                kids[token.head].append(index)
        return tuple(tuple(k) for k in kids)

    def head(self, index: int) -> int | None:
        """The token's head, None at the root of its sentence."""
        head = self.tokens[index].head
        return None if head == index else head

    def in_a_source_named_by_according_to(self, index: int) -> bool:
        """The token lies within the source an "according to" names ("according to a document
        that the US presented according to the server, ..."): a verb of saying there tells
        where the source came from, and quotes no words of the sentence."""
        seen: set[int] = set()
        head: int | None = index
        while head is not None and head not in seen:
            seen.add(head)
            to = self.head(head)
            if self.tokens[head].dep == "pobj" and to is not None and self.lower(to) == "to":
                according = self.head(to)
                if according is not None and self.lower(according) == "according":
                    return True
            head = to
        return False

    def kids(self, index: int, *deps: str) -> list[int]:
        """Children of a token, only those with one of `deps` when given."""
        return [k for k in self.children[index] if not deps or self.tokens[k].dep in deps]

    def appositions(self, index: int) -> list[int]:
        """A noun's appositions, with the one the parse hangs on the person, body or state
        its "of" or "for" phrase names: in "The special envoy of President Donald Trump, Steve
        Witkoff, will demand" Witkoff is the envoy, since a person already named needs no name
        beside it, and in "The director of the European Centre, Ina Kirsch, said" a person's
        name is no body's (a title keeps its own: "the spokesman for the President, Donald
        Trump,")."""
        found = self.kids(index, "appos")
        if self.mention_at(index, _PERSON) is not None:
            return found
        for named, person in self.of_phrase_people(index, _NAMED_BY_AN_OF_PHRASE):
            found += [
                a
                for a in self.kids(named, "appos")
                if (other := self.mention_at(a, _PERSON)) is not None and other != person
            ]
        return found

    def of_phrase_people(
        self, index: int, labels: frozenset[str] = _PERSON
    ) -> list[tuple[int, Mention]]:
        """The people a noun's "of" or "for" phrase names: (the phrase's head token, the
        person mention it falls in); names of other `labels` when asked."""
        found = []
        for prep in self.kids(index, "prep"):
            if self.lower(prep) not in ("of", "for"):
                continue
            for named in self.kids(prep, "pobj"):
                person = self.mention_at(named, labels)
                if person is not None:
                    found.append((named, person))
        return found

    def kid(self, index: int, *deps: str) -> int | None:
        found = self.kids(index, *deps)
        return found[0] if found else None

    def verb_done_by_subject(self, obj: int) -> int | None:
        """The verb whose subject does what is done to an object ("accused him", "accused him
        of": accused), climbing infinitives that have no subject of their own ("Trump started
        attacking him": started), but not past one whose governing verb has an object, who
        does it ("urged Cruz to support him": support, done by Cruz). None when `obj` is no
        object of a verb."""
        if self.tokens[obj].dep not in _OBJECT_DEPS:
            return None
        verb = self.head(obj)
        if verb is not None and self.tokens[verb].dep == "prep":
            verb = self.head(verb)  # "accused him of", "a chance for him"
        while verb is not None and self.tokens[verb].dep == "xcomp":
            governing = self.head(verb)
            if self.kid(verb, "nsubj") is not None or governing is None:
                break
            if self.kid(governing, "dobj") is not None:
                break
            verb = governing
        return verb

    def has_to(self, index: int) -> bool:
        """Whether a verb is a "to"-infinitive ("to withdraw", "to be lifted")."""
        return any(self.lower(a) == "to" for a in self.kids(index, "aux"))

    def for_to_clause(self, verb: int) -> int | None:
        """The clause a verb asks for with "for ... to" ("called for Barr to resign", "pushed
        for the bill to be withdrawn"): the parse hangs it on the verb with "for" as its mark."""
        for clause in self.kids(verb, "advcl", "ccomp"):
            mark = self.kid(clause, "mark")
            marked = mark is not None and self.lower(mark) == "for"
            if clause > verb and marked and self.has_to(clause):
                return clause
        return None

    def preposition(self, index: int, word: str) -> int | None:
        """The first preposition `word` hanging from a token ("of" in "one of the advisers")."""
        return next((p for p in self.kids(index, "prep") if self.lower(p) == word), None)

    def ancestors(self, index: int) -> Iterator[int]:
        """Heads from `index` up to its root, `index` excluded (safe on a malformed parse)."""
        seen = {index}
        head = self.head(index)
        while head is not None and head not in seen:
            yield head
            seen.add(head)
            head = self.head(head)

    def described_by(self, clause: int) -> int | None:
        """The noun a relative clause describes: the one it hangs on, or the last of that
        noun's conjuncts when it stands right before the clause and the clause's verb is
        singular ("a battle between Maxwell and Virginia Giuffre, who has accused ...":
        Giuffre; "Maxwell and Giuffre, who have sued": both, by the first)."""
        noun = self.head(clause)
        conjuncts = self.kids(noun, "conj") if noun is not None else []
        if not conjuncts or not self._singular_verb(clause):
            return noun
        last, opening = conjuncts[-1], self.subtree(clause)[0]
        between = range(max(self.subtree(last)) + 1, opening)
        return last if last < opening and all(not self.is_word(i) for i in between) else noun

    def report_it_goes_on(self, participle: int) -> int | None:
        """The reported clause a participle continues when it stands between that clause
        and its closing attribution, whose subject comes only after it ("[the plan calls
        for ...], while pledging ..., Fox News has learned"): the parse hangs it on the
        reporting verb, but the plan pledges."""
        head = self.head(participle)
        if head is None or self.tokens[participle].dep != "advcl":
            return None
        subject = self.kid(head, "nsubj", "nsubjpass")
        if subject is None or subject < participle or not self._ends_sentence(head):
            return None
        opening = self.subtree(subject)[0]
        if opening == 0 or self.word(opening - 1) != ",":
            return None  # "..., forcing her to ... the night she is expected to ...": no report
        return next((c for c in self.kids(head, "ccomp") if c < participle), None)

    def _singular_verb(self, verb: int) -> bool:
        """A verb agreeing with one: "has accused", "was", "says"."""
        helper = self.kid(verb, "aux", "auxpass")
        word = self.lower(helper if helper is not None else verb)
        if word in _SINGULAR_HELPERS:
            return True
        return helper is None and word.endswith("s") and word != self.lemma(verb)

    def root_of_sentence(self, index: int) -> int:
        return next((a for a in self.ancestors(index) if self.head(a) is None), index)

    def subtree(self, index: int, skip: frozenset[str] = frozenset()) -> list[int]:
        """The token and its descendants in text order, whitespace left out, and branches
        whose dep is in `skip` left out (the token itself is always kept)."""
        out, stack, seen = [], [index], {index}
        while stack:
            current = stack.pop()
            out.append(current)
            for kid in self.children[current]:
                if kid not in seen and self.tokens[kid].dep not in skip:
                    seen.add(kid)  # a malformed parse whose heads loop ends here
                    stack.append(kid)
        return sorted(i for i in out if self.tokens[i].pos != "SPACE" or i == index)

    def root_of(self, indices: Sequence[int]) -> int | None:
        """The token of a span whose head lies outside it (the span's syntactic root)."""
        inside = set(indices)
        for index in indices:
            if self.tokens[index].head not in inside or self.tokens[index].head == index:
                return index
        return indices[0] if indices else None

    def is_clause_head(self, index: int) -> bool:
        token = self.tokens[index]
        if token.dep == "ROOT":
            return True
        return token.pos in _CLAUSE_POS and token.dep not in _AUXILIARY_DEPS

    def clause_of(self, index: int) -> int:
        """The verb heading the clause `index` stands in (itself when it is one)."""
        if self.is_clause_head(index):
            return index
        return next((a for a in self.ancestors(index) if self.is_clause_head(a)), index)

    # --- extents -------------------------------------------------------------------------

    def extent(self, indices: Sequence[int]) -> tuple[int, int] | None:
        """The character span of tokens, leading and trailing punctuation left out."""
        words = [i for i in indices if self.is_word(i)]
        if not words:
            return None
        return self.tokens[words[0]].start, self.tokens[words[-1]].end

    def phrase(self, head: int) -> tuple[int, int]:
        """Character span of the noun phrase a token heads, as news annotators mark actors:
        with its determiner, titles, appositions and prepositions ("the UAE Ambassador to
        Bahrain, Abdulridha ..."), without relative or participle clauses, without a time
        ("in May", "on Thursday") and without punctuation at either edge."""
        tokens = self.subtree(head, _NOT_IN_PHRASE)
        dates = {i for k in tokens if k != head and self.is_when(k) for i in self.subtree(k)}
        tokens = [i for i in tokens if i not in dates and self.tokens[i].pos != "SPACE"]
        while len(tokens) > 1 and self.tokens[tokens[-1]].pos == "PUNCT":
            tokens = tokens[:-1]
        while len(tokens) > 1 and self.tokens[tokens[0]].pos == "PUNCT":
            tokens = tokens[1:]
        if not tokens:
            return self.tokens[head].start, self.tokens[head].end
        return self.tokens[tokens[0]].start, self.tokens[tokens[-1]].end

    def names_a_time(self, index: int) -> bool:
        """Whether the token lies in a date or time mention ("on Saturday", "for several
        minutes", "in March")."""
        return self.mention_at(index, _WHEN_LABELS) is not None

    def names_a_place(self, index: int) -> bool:
        """Whether the token lies in a place's name ("Aldmoor", "the Black Sea", "Kyiv's
        airport")."""
        return self.mention_at(index, PLACE_LABELS) is not None

    def is_when(self, index: int) -> bool:
        """A branch that says when: "on Thursday", "within hours", "last month"."""
        token = self.tokens[index]
        if token.dep == "prep":
            obj = self.kid(index, "pobj")
            return obj is not None and self.names_a_time(obj)
        return token.dep == "npadvmod" and self.names_a_time(index)

    # --- sentences -----------------------------------------------------------------------

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character `offset` (None between sentences)."""
        position = bisect_right(self._sentence_starts, offset) - 1
        if position >= 0 and offset < self.sentences[position].end:
            return self.sentences[position]
        return None

    def sentence_of(self, index: int) -> Sentence:
        """The sentence a token stands in (the one before it, for a token between two)."""
        position = bisect_right(self._sentence_starts, self.tokens[index].start) - 1
        return self.sentences[max(position, 0)]

    def closing_phrase(self, index: int, *, verb: bool = False) -> tuple[int, int] | None:
        """ "Russia launched 66 missiles, the Ukrainian air force reports.": a noun ending
        the sentence after a comma and a noun phrase, with a clause before the comma (the
        tagger's reading of a verb of saying it has not seen there). Returns (the comma, the
        noun phrase's head); the callers say which nouns are verbs. With `verb`, a verb the
        parse left without a subject closes the sentence so ("..., the state board of
        elections said.", the board taken for an apposition of a name before it)."""
        tags = {"VERB"} if verb else {"NOUN"}
        if self.tokens[index].pos not in tags or not self._ends_sentence(index):
            return None
        comma = index - 1
        while comma >= 0 and self.word(comma) != "," and self.tokens[comma].pos in _PHRASE_TAGS:
            comma -= 1
        phrase = range(comma + 1, index)
        if comma < 0 or self.word(comma) != "," or not phrase:
            return None
        if self.tokens[phrase[0]].pos not in {"DET", "PROPN"}:
            return None  # "the season of the big, political personal finance promises": a list
        clause = range(self.sentence_tokens(self.sentence_of(index)).start, comma)
        if not any(self.tokens[i].pos in {"VERB", "AUX"} for i in clause):
            return None
        heads = [i for i in phrase if self.tokens[i].head not in phrase]
        if len(heads) != 1 or self.tokens[heads[0]].pos not in {"NOUN", "PROPN"}:
            return None
        return comma, heads[0]

    def _ends_sentence(self, index: int) -> bool:
        after = index + 1
        while after < len(self.tokens) and self.tokens[after].pos == "SPACE":
            after += 1
        return after == len(self.tokens) or self.word(after) in {".", "!", "?", "\n"}

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        position = bisect_left(self._sentence_starts, sentence.start)
        return self.sentences[position - 1] if position > 0 else None

    def main_subject(self, sentence: Sentence) -> int | None:
        """The subject of a sentence's main verb ("The US leader on Thursday said ...")."""
        tokens = self.sentence_tokens(sentence)
        root = next((i for i in tokens if self.head(i) is None), None)
        return self.kid(root, "nsubj", "nsubjpass") if root is not None else None

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        """The span of the sentence holding `start`, stretched to `end`; [start, end) alone
        when no sentence holds it."""
        sentence = self.sentence_at(start)
        if sentence is None:
            return start, end
        return sentence.start, max(sentence.end, end)

    def sentence_tokens(self, sentence: Sentence) -> range:
        """The indices of a sentence's tokens (whitespace ones included)."""
        return range(
            bisect_left(self._token_starts, sentence.start),
            bisect_left(self._token_starts, sentence.end),
        )

    def in_title_case(self, index: int) -> bool:
        """In a sentence written in title case, as headlines are ("GOP Candidates Reject
        Idea Of A Minimum Wage Hike"): a capital there marks no name. Most of its words
        that are longer than three letters begin with a capital."""
        sentence = self.sentence_at(self.tokens[index].start)
        if sentence is None:
            return False
        words = [self.word(i) for i in self.sentence_tokens(sentence) if len(self.word(i)) > 3]
        words = [w for w in words if w[:1].isalpha()]
        capitals = sum(w[:1].isupper() for w in words)
        return len(words) >= 3 and capitals > 0.7 * len(words)

    def in_dateline(self, index: int) -> bool:
        """Before a dash that closes a dateline opening the sentence: capitalised words with
        an agency in brackets or a place in capitals ("WASHINGTON (AP) —", "Kyiv (AFP) –"),
        not a name set off by dashes ("Cruz — the Texas senator — said"). Nobody there
        speaks or acts: "MEXICO CITY (Reuters) - Mexican soldiers detained ..."."""
        sentence = self.sentence_at(self.tokens[index].start)
        if sentence is None:
            return False
        tokens = self.sentence_tokens(sentence)
        first = self.word(tokens.start)
        credited = len(first) > 2 and first.isupper()
        bracketed = False
        for position in range(tokens.start, min(tokens.stop, tokens.start + _DATELINE_REACH)):
            word = self.word(position)
            if word in DASHES and not bracketed and self._spaced(position):
                return credited and index < position
            credited = credited or word == "("
            bracketed = word == "(" or (bracketed and word != ")")  # "Lynch (D-Mass.) said"
            if not (word[:1].isupper() or word.isdigit() or word in {"(", ")", ",", "/"}):
                return False  # "NEW YORK/WASHINGTON —", "WASHINGTON, Aug. 24 (UPI) —"
        return False

    def _spaced(self, index: int) -> bool:
        """A dash with a space or a bracket before it: a dateline's ("(AP) -", "(AP)-"), not
        a hyphen inside a word."""
        start = self.tokens[index].start
        return start == 0 or self.text[start - 1].isspace() or self.text[start - 1] == ")"

    def sentences_overlapping(self, start: int, end: int) -> list[Sentence]:
        first = max(0, bisect_right(self._sentence_starts, start) - 1)
        found = []
        for sentence in self.sentences[first:]:
            if sentence.start >= end:
                break
            if sentence.end > start:
                found.append(sentence)
        return found

    # --- mentions ------------------------------------------------------------------------

    @cached_property
    def _mentions_by_token(self) -> dict[int, tuple[Mention, ...]]:
        covering: dict[int, list[Mention]] = {}
        for mention in self.mentions:
            for index in self.covering(mention.start, mention.end):
                token = self.tokens[index]
                if mention.start <= token.start and token.end <= mention.end:
                    covering.setdefault(index, []).append(mention)
        return {index: tuple(found) for index, found in covering.items()}

    def mention_at(self, index: int, labels: frozenset[str] | None = None) -> Mention | None:
        """The named-entity mention (of one of `labels`, when given) covering a token."""
        for mention in self._mentions_by_token.get(index, ()):
            if labels is None or mention.label in labels:
                return mention
        return None

    def mentions_in(
        self, start: int, end: int, labels: frozenset[str] | None = None
    ) -> list[Mention]:
        """Mentions overlapping [start, end), in text order."""
        return [
            m
            for m in self.mentions
            if m.start < end and start < m.end and (labels is None or m.label in labels)
        ]
