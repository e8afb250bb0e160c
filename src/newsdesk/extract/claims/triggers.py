"""Trigger words: the verbs and nouns that carry an action, with their type."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsdesk.extract.claims.actors import names_people
from newsdesk.extract.claims.issue import apart_by_a_semicolon, pressed_to_act, said_somewhere
from newsdesk.extract.claims.lexicon import (
    ACCEPT,
    ACTS_ONLY_WITH,
    AGENT_NOUNS,
    AID,
    AID_VERBS,
    ASSAULT,
    CLAIM_NOUNS,
    COERCE,
    CONCEDE,
    CONSULT,
    CONTESTS,
    DEMAND,
    DISAPPROVE,
    DOCUMENT_NOUNS,
    ENDING_VERBS,
    ENVOY_NOUNS,
    EVENTS_TAKEN_PART_IN,
    FOUGHT_OVER,
    HELD_PLACES,
    LIGHT_VERB_NOUNS,
    LIGHT_VERBS,
    LOCAL_ROLES,
    MOBILIZE,
    NATURAL_EVENTS,
    NEEDS_OBJECT,
    NEEDS_PARTICLE,
    NO_ACT_WITH,
    NOT_HANDED_OVER,
    NOUNS,
    OPENINGS,
    PACTS,
    PHRASAL,
    PROTEST,
    QUESTION_WORDS,
    RECOGNISED,
    REJECT,
    RELATIONS,
    RULE_NOUNS,
    SANCTION,
    SANCTIONED_THINGS,
    SAYING_ONLY,
    SAYING_OR_KNOWING,
    STATEMENTS,
    STRUCK_AGREEMENTS,
    SUMMONED,
    SUPPORT,
    TACKLED,
    TROOP_NOUNS,
    VERBAL_TARGETS,
    VERBAL_WEAPONS,
    VERBS,
)
from newsdesk.parse import ParsedArticle, first_found
from newsdesk.referents import RELATIVE_PRONOUNS

# A word of a name is no act: "Meet the Press", "the Clean Power Plan".
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "FAC"})
_CUTTING = frozenset({"suspend", "cancel", "reduce"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_ARRANGING = frozenset({"will", "would", "shall", "should", "must", "'ll", "’ll", "can", "could"})
# Participles used as adjectives ("Russian-occupied land") describe, they do not claim.
_NOT_CLAUSES = frozenset({"amod", "compound", "nmod", "npadvmod"})
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True, slots=True)
class Trigger:
    index: int  # the token the trigger's syntax hangs on (verb, or the action noun)
    action: str
    start: int  # the trigger words as written
    end: int
    nominal: bool = False  # an action noun with its own actor ("a US demand that ...")
    verb: int | None = None  # for a light verb: the verb whose subject acts


# A trigger inside the complement of another is that claim's content, not a claim:
# "demand that Russia recognize ...", "refusing to accept ...", "a demand that ...".
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "acl", "conj"})


def find_triggers(parsed: ParsedArticle) -> list[Trigger]:
    """The triggers of an article, leaving out those that are another's content."""
    found = list(_all_triggers(parsed))
    heads = {t.index for t in found} | {t.verb for t in found if t.verb is not None}
    answers = {t.index for t in found if not t.nominal and t.action == ACCEPT}
    return [
        t
        for t in found
        if not _is_content(parsed, t, heads) and not _answered_request(parsed, t, answers)
    ]


def _answered_request(parsed: ParsedArticle, trigger: Trigger, answers: set[int]) -> bool:
    """ "granted Judicial Watch's request for discovery": the request is what is granted,
    part of that claim, not one of its own (a rejected demand or an accepted offer stays a
    position of its own: "rejected Theresa May's offer")."""
    if not trigger.nominal or trigger.action != DEMAND:
        return False  # an accepted offer stays the offerer's position: "accepted an Orvenian offer"
    return parsed.tokens[trigger.index].dep == "dobj" and parsed.head(trigger.index) in answers


def _is_content(parsed: ParsedArticle, trigger: Trigger, heads: set[int]) -> bool:
    current = trigger.verb if trigger.verb is not None else trigger.index
    while parsed.tokens[current].dep in _CONTENT_DEPS:
        head = parsed.head(current)
        if head is None:
            return False
        if apart_by_a_semicolon(parsed, current, head):
            return False
        if head in heads and parsed.tokens[current].dep != "conj":
            return True
        current = head
    return False


def _all_triggers(parsed: ParsedArticle) -> Iterator[Trigger]:
    for index, token in enumerate(parsed.tokens):
        if parsed.mention_at(index, _NAME_LABELS) is not None or _in_a_name(parsed, index):
            continue
        if _counted_in_a_statistic(parsed, index):
            continue
        if token.pos == "VERB" and token.dep not in _NOT_CLAUSES:
            trigger = verb_trigger(parsed, index)
        elif token.pos in ("NOUN", "PROPN"):
            trigger = _noun_trigger(parsed, index)
        else:
            continue
        if trigger is not None and not _labels_a_list(parsed, index):
            yield trigger


def verb_trigger(parsed: ParsedArticle, verb: int) -> Trigger | None:
    """The trigger a verb is, with its particle or light-verb object, if any."""
    lemma = parsed.tokens[verb].lemma.lower()
    subject = parsed.kid(verb, "nsubj")
    if subject is not None and parsed.kids(subject, "case"):
        return None  # "make J&J's shot a weapon": a possessor, so a noun the parse made a verb
    return (
        _phrasal(parsed, verb, lemma)
        or _called_to_act(parsed, verb, lemma)
        or _asked_to_act(parsed, verb, lemma)
        or _light(parsed, verb, lemma)
        or _phone_call(parsed, verb, lemma)
        or _pressure(parsed, verb)
        or _plain(parsed, verb, lemma)
    )


def _pressure(parsed: ParsedArticle, verb: int) -> Trigger | None:
    """ "ramped up pressure on Zelenskiy to accept a peace deal", "increased pressure on
    Russia to withdraw": pressing someone to act is a demand of it."""
    obj = parsed.kid(verb, "dobj")
    if obj is None or parsed.lemma(obj) != "pressure" or pressed_to_act(parsed, obj) is None:
        return None
    if _preposition(parsed, obj, "on") is None or _preposition(parsed, obj, "from") is not None:
        return None  # "Obama faces pressure from Congress to help Iran": Congress presses
    return Trigger(verb, DEMAND, parsed.tokens[verb].start, parsed.tokens[obj].end, verb=verb)


def _phrasal(parsed: ParsedArticle, verb: int, lemma: str) -> Trigger | None:
    particles = parsed.kids(verb, "prt", "prep", "dobj", "advmod")
    asked_for = parsed.for_to_clause(verb)  # "called for Barr to resign": "for" is its mark
    if asked_for is not None:
        particles = [*particles, *parsed.kids(asked_for, "mark")]
    for particle in particles:
        if particle < verb:
            continue  # "On Twitter, Jeb Bush called Trump ...": a particle follows its verb
        action = PHRASAL.get((lemma, parsed.lower(particle)))
        if action == CONCEDE and lemma == "pull" and parsed.kid(verb, "dobj") is not None:
            continue  # "pulling out her New York credentials": taken out, not withdrawn
        if lemma == "give" and parsed.lemma(parsed.kid(verb, "dobj") or verb) in _GIVEN_UP:
            continue  # "gave a thumbs up", "a heads up", "given up hope": no concession
        if action == CONCEDE and lemma == "give" and not _gives_up_something(parsed, verb):
            continue  # "when people have given up": despair, nothing conceded
        if parsed.lemma(parsed.kid(particle, "pobj") or particle) == "anonymity":
            return None  # "asking for anonymity to speak freely": how a source talks
        when = parsed.kid(particle, "pobj")
        if when is not None and parsed.lemma(when) in ("example", "instance"):
            continue  # "asked, for example, whether ...": an aside, nothing asked for
        if action == CONSULT and when is not None and parsed.lemma(when).lower() in _AUDIENCES:
            continue  # "had to talk to the nation after a shooting": addressed, no talks
        if when is not None and parsed.names_a_time(when):
            continue  # "pressed his knee into his neck for several minutes", "on Saturday"
        if when is not None and parsed.lemma(when) in _FORECAST_CHANGES:
            continue  # "economists had called for a decline to 364,000": a forecast
        if action == DEMAND and lemma == "push" and _pushed_a_thing(parsed, verb):
            continue  # "push the button for R": a thing pushed, nothing pushed for
        if (
            lemma == "call"
            and parsed.lower(particle) in ("for", "on")
            and _object_before(parsed, verb, particle)
        ):
            # "called Arizona for Biden", "called a vote for Friday", "called Clinton's
            # remarks on 9/11 a new low": nothing asked
            continue
        if parsed.lower(particle) == "for" and any(
            verb < k < particle for k in parsed.kids(verb, "xcomp", "ccomp")
        ):
            continue  # "ask Americans to mask up, but only for a limited period": how long
        if (
            action == CONCEDE
            and lemma == "pull"
            and _words_of(parsed, _out_of(parsed, verb)) & PACTS
        ):
            action = REJECT  # "pulled out of an advertising agreement": left it
        if action is not None:
            end = max(parsed.tokens[verb].end, parsed.tokens[particle].end)
            return Trigger(verb, action, parsed.tokens[verb].start, end, verb=verb)
    return None


def _object_before(parsed: ParsedArticle, verb: int, particle: int) -> bool:
    return any(obj < particle for obj in parsed.kids(verb, "dobj"))


# what is asked of an authority, and granting it approves it ("grants the vaccine full
# approval", "granted the request")
_ASKED_FOR = CLAIM_NOUNS | frozenset(
    {"motion", "petition", "appeal", "application", "bid", "approval", "permission",
     "authorization", "authorisation", "waiver", "license", "licence", "permit"}
)  # fmt: skip
# What is published when released: "released a final rule", "released their budget".
_PUBLISHED = frozenset(
    {"budget", "budgets", "figure", "figures", "statistic", "statistics", "data", "album",
     "amount", "amounts", "number", "numbers", "total", "totals", "cost", "costs",
     "research",
     "single", "trailer", "film", "movie", "book", "game", "product", "version", "app",
     "update", "guidance", "guideline", "guidelines", "standard", "standards", "regulation",
     "regulations", "framework", "proposal", "proposals", "forecast", "estimate", "estimates",
     "brochure", "brochures", "pamphlet", "pamphlets", "leaflet", "leaflets", "flyer",
     "flyers", "poster", "posters", "manifesto", "documentary", "newsletter", "catalog",
     "catalogue", "slate", "tally", "audio", "transcript", "transcripts", "recording",
     "recordings", "footage"}
)  # fmt: skip
_HELD_IN = frozenset(
    {"prison", "jail", "custody", "detention", "gaol", "cell", "internment", "camp", "camps"}
)  # fmt: skip
_HELD_SEATS = frozenset({"seat", "seats", "state", "states", "title", "majority", "number"})
# Nouns whose compound names the act they are about: "a ceasefire declaration".
_ABOUT_AN_ACT = DOCUMENT_NOUNS | STATEMENTS | frozenset(
    {"declaration", "initiative", "deal", "agreement", "talks", "effort", "efforts",
     "campaign", "operation", "operations", "mission", "proposal", "plan", "threat", "offer"}
)  # fmt: skip
_FIRED_ONLY = frozenset({"shot", "shots"})
_IMPOSED_ONLY = frozenset({"tariff", "tariffs"})
# What one fights by opposing it: "fights efforts to restrict firearm sales".
_OPPOSED_MEASURES = frozenset(
    {"effort", "attempt", "bill", "law", "measure", "proposal", "plan", "rule", "regulation",
     "ban", "mandate", "order", "policy", "move", "push", "nomination", "ruling", "decision",
     "charge", "lawsuit", "suit", "subpoena", "extradition", "deportation", "indictment"}
)  # fmt: skip
_CAPTIVES = frozenset(
    {"prisoner", "captive", "detainee", "hostage", "pow", "body", "soldier", "serviceman",
     "spy", "civilian", "fighter", "pows"}
)  # fmt: skip
_GIVEN_UP = frozenset({"thumb", "thumbs", "head", "heads", "hope"})
_TRADED_BLOWS = frozenset({"fire", "gunfire", "shot", "blow", "salvo", "rocket", "missile"})


def _questioned(parsed: ParsedArticle, verb: int) -> bool:
    """Pressed on or about something, or pressed by someone, with no act pressed for."""
    if parsed.kid(verb, "xcomp") is not None or _preposition(parsed, verb, "for") is not None:
        return False
    asked = _preposition(parsed, verb, "about", "on", "over") is not None
    return asked or parsed.kid(verb, "agent") is not None


def _gives_up_something(parsed: ParsedArticle, verb: int) -> bool:
    """ "gave up the claim", "gave up on the talks": something given up is named."""
    if parsed.kids(verb, "dobj", "xcomp", "pcomp"):
        return True
    return any(parsed.kid(p, "pobj") is not None for p in parsed.kids(verb, "prep", "prt"))


def _light(parsed: ParsedArticle, verb: int, lemma: str) -> Trigger | None:
    """ "carried out the biggest airstrike", "imposed sanctions": the noun says what."""
    if lemma not in LIGHT_VERBS and lemma != "deliver":
        return None
    obj = parsed.kid(verb, "dobj")
    noun = _action_noun_in(parsed, obj) if obj is not None else None
    if obj is None or noun is None:
        return None
    if lemma == "deliver" and parsed.lemma(noun) not in _ATTACK_NOUNS:
        return None  # "delivered a pointed attack on critics"; delivered shells: aid
    if _press_event(parsed, noun) or parsed.lower(noun) == "talk":
        return None  # "a talk on immigration": a speech; "talks" are a meeting
    if parsed.lemma(noun) == "rally" and _held_by_a_person(parsed, verb):
        return None  # "Trump will be holding a rally in Salem": a campaign event
    if parsed.lemma(noun) in _FIRED_ONLY and lemma not in ("fire", "open"):
        return None  # "make J&J's shot a helpful weapon": a vaccine
    if lemma == "make" and _made_into(parsed, verb, obj):
        return None  # "made the climate emergency one of his top priorities": ranked it
    if _war_on_a_problem(parsed, noun):
        return None  # "declaring a moral equivalent of war against dependence on foreign oil"
    action = _in_words_or(parsed, noun, NOUNS[parsed.lemma(noun)])
    return Trigger(obj, action, parsed.tokens[verb].start, parsed.tokens[obj].end, verb=verb)


def _made_into(parsed: ParsedArticle, verb: int, obj: int) -> bool:
    """ "made X one of his priorities", "made X a priority": what X was made, not X made."""
    if parsed.kid(verb, "oprd") is not None:
        return True
    return any(_a_rank(parsed, k) for k in parsed.kids(obj, "appos"))


def _a_rank(parsed: ParsedArticle, noun: int) -> bool:
    """ "one of his top priorities", "a centerpiece": not "an offer, a generous one"."""
    if parsed.lemma(noun) == "one":
        return any(parsed.lower(p) == "of" for p in parsed.kids(noun, "prep"))
    return parsed.lemma(noun) in _RANKS


_RANKS = frozenset(
    {"one", "part", "priority", "centerpiece", "cornerstone", "focus", "pillar", "hallmark",
     "theme", "issue", "plank", "linchpin", "keystone"}
)  # fmt: skip


def _war_on_a_problem(parsed: ParsedArticle, noun: int) -> bool:
    """A war or a fight declared on a problem, not on anyone: "war against dependence on
    foreign oil", "a war on poverty"."""
    if parsed.lemma(noun) not in _WARS:
        return False
    of = parsed.head(noun) if parsed.tokens[noun].dep == "pobj" else None
    described = parsed.head(of) if of is not None and parsed.lower(of) == "of" else None
    for owner in (noun, described):  # "war against X", "an equivalent of war against X"
        enemy = _preposition(parsed, owner, "against", "on") if owner is not None else None
        if enemy is not None:
            if parsed.lemma(enemy) in TACKLED | _SCOURGES:
                return True  # "the war on terror" ("terror" reads as a doer's word)
            return not (_names_someone(parsed, enemy) or names_people(parsed, enemy))
    return False


_WARS = frozenset({"war", "battle", "fight", "crusade", "offensive", "campaign"})
_SCOURGES = frozenset(
    {"terror", "terrorism", "drug", "drugs", "dependence", "crime", "disease", "cancer",
     "hunger", "extremism", "want", "illiteracy", "obesity", "addiction"}
)  # fmt: skip


def _action_noun_in(parsed: ParsedArticle, obj: int) -> int | None:
    """The action noun an object names: itself ("an airstrike"), a modifier of it ("a
    mediation effort", "an offensive military operation"), or what it is of or in ("a
    state of siege", "$33 million in assistance")."""
    if parsed.lemma(obj) in _CALLED_OFF and parsed.lemma(obj) not in NOUNS:
        return None  # "announced the cancellation of their rally": nothing held
    # a document's modifier only says what kind it is: "filed an emergency notice"
    candidates = [obj]
    if parsed.lemma(obj) not in _FILED_TEXTS:
        candidates.extend(parsed.kids(obj, "compound", "amod"))
    # "launched 120 drones and 40 missiles at", "air and artillery strikes": arms joined
    candidates.extend(c for c in parsed.kids(obj, "conj") if NOUNS.get(parsed.lemma(c)) == ASSAULT)
    for prep in parsed.kids(obj, "prep"):
        # "a state of siege", "$33 million in assistance"; not "a change in its plans"
        amount = parsed.tokens[obj].pos == "NUM" or parsed.lemma(obj) in _AMOUNTS
        if parsed.lower(prep) == "of" or (parsed.lower(prep) == "in" and amount):
            # "announced a consequence of the tariffs": tariffs are imposed, not announced
            found = parsed.kids(prep, "pobj")
            candidates.extend(c for c in found if parsed.lemma(c) not in _IMPOSED_ONLY)
    # a name or a date is no act: "announced his candidacy in March" held no march
    return next(
        (
            c
            for c in candidates
            if parsed.lemma(c) in NOUNS
            and not _name_or_date(parsed, c)
            and not _roll_call(parsed, c)
        ),
        None,
    )


def _roll_call(parsed: ParsedArticle, index: int) -> bool:
    """ "began the roll call vote": a vote, no call for anything."""
    return parsed.lemma(index) == "call" and index > 0 and parsed.lower(index - 1) == "roll"


# Texts one files or sends: their modifier says what kind ("an emergency notice"), while a
# plan's or an initiative's names its act ("a ceasefire initiative").
_FILED_TEXTS = STATEMENTS | frozenset(
    {"notice", "notices", "memo", "memos", "email", "emails", "tweet", "tweets", "post",
     "posts", "filing", "filings", "motion", "motions", "brief", "briefs", "complaint"}
)  # fmt: skip
_AMOUNTS = frozenset(
    {"million", "billion", "trillion", "thousand", "$", "dollar", "euro", "increase", "rise",
     "boost", "cut", "reduction", "surge", "jump", "hike", "drop", "fall"}
)  # fmt: skip


def _pushed_a_thing(parsed: ParsedArticle, verb: int) -> bool:
    pushed = parsed.kid(verb, "dobj")
    if pushed is None:
        return False
    return not (_names_someone(parsed, pushed) or names_people(parsed, pushed))


def _held_by_a_person(parsed: ParsedArticle, verb: int) -> bool:
    subject = parsed.kid(verb, "nsubj")
    for _ in range(3):  # "Trump sought to lend credence to it, holding his first rally"
        head = parsed.head(verb)
        if subject is not None or head is None or parsed.tokens[verb].dep not in _SHARING_SUBJECT:
            break
        verb = head
        subject = parsed.kid(head, "nsubj")  # "Sanders visited Missouri, holding a rally"
    if subject is None:
        return False
    named = parsed.mention_at(subject, _PERSON) is not None
    # "the Vermont senator opened a Rochester rally": one holder of an elected office
    office = parsed.lemma(subject) in LOCAL_ROLES and not parsed.is_plural(subject)
    return named or office or parsed.lower(subject) in _surnames(parsed) | {"he", "she"}


_SHARING_SUBJECT = frozenset({"advcl", "conj", "xcomp"})
_FORECAST_CHANGES = frozenset(
    {"decline", "rise", "increase", "drop", "fall", "gain", "growth", "contraction",
     "slowdown", "rebound", "decrease", "reading"}
)  # fmt: skip
_CALLED_OFF = frozenset(
    {"cancellation", "postponement", "suspension", "delay", "end", "halt", "cancelation"}
)


def _campaign_event(parsed: ParsedArticle, noun: int) -> bool:
    """ "a Trump rally", "Sanders' rally", "holding his first rally": one person's event."""
    owners = parsed.kids(noun, "compound", "poss")
    return any(parsed.mention_at(o, _PERSON) is not None for o in owners) or any(
        parsed.lower(o) in _surnames(parsed) | {"his", "her"} for o in owners
    )


def _surnames(parsed: ParsedArticle) -> set[str]:
    return {word.casefold() for word in parsed.person_last_words}


def _out_of(parsed: ParsedArticle, verb: int) -> int | None:
    """What "pulled out of" names: "of" hangs on "out" or on the verb."""
    for head in (verb, *parsed.kids(verb, "prt", "prep")):
        found = _preposition(parsed, head, "of")
        if found is not None:
            return found
    return None


def _labels_a_list(parsed: ParsedArticle, index: int) -> bool:
    """ "Contributing: Iris Ouyang, Thomas Vogel": a word labelling a credit line."""
    after = parsed.text[parsed.tokens[index].end : parsed.tokens[index].end + 2]
    return after.startswith(":") and parsed.tokens[index].start == parsed.sentence_of(index).start


def _in_a_name(parsed: ParsedArticle, index: int) -> bool:
    """A capitalised noun right after a capitalised name word is part of a name the NER
    missed: "Rite Aid reported ..." holds no aid."""
    word = parsed.word(index)
    if index == 0 or not word[:1].isupper() or word.isupper():
        return False
    if parsed.tokens[index].pos not in ("NOUN", "PROPN"):
        return False  # a headline's verb: "Malloy Says Refugees Granted Asylum Are Welcome"
    before = index - 1
    if not parsed.word(before)[:1].isupper():
        return False
    opening = parsed.tokens[before].start <= parsed.sentence_of(before).start
    return parsed.tokens[before].pos == "PROPN" or not opening


def _counted_in_a_statistic(parsed: ParsedArticle, index: int) -> bool:
    """ "The number of Americans newly seeking jobless benefits fell": a count, no act."""
    if parsed.tokens[index].dep != "acl":
        return False
    noun = parsed.head(index)
    of = parsed.head(noun) if noun is not None and parsed.tokens[noun].dep == "pobj" else None
    owner = parsed.head(of) if of is not None and parsed.lower(of) == "of" else None
    return owner is not None and parsed.lemma(owner) in _STATISTICS


_STATISTICS = frozenset(
    {"number", "share", "percentage", "proportion", "count", "rate", "majority", "minority",
     "fraction", "tally", "total"}
)  # fmt: skip


def _quoted_words(parsed: ParsedArticle, obj: int) -> bool:
    """The object's phrase opens with a quotation mark: someone's words."""
    first = parsed.subtree(obj)[0]
    if parsed.word(first) in _OPENING_MARKS:
        return True  # the parse hung the mark on the phrase
    start = parsed.tokens[first].start
    return parsed.text[max(0, start - 2) : start].rstrip().endswith(tuple(_OPENING_MARKS))


_OPENING_MARKS = frozenset({'"', "“", "‘"})


def _out_of_a_contest(parsed: ParsedArticle, verb: int) -> bool:
    out = next((p for p in parsed.kids(verb, "prep", "prt") if parsed.lower(p) == "out"), None)
    return out is not None and bool(_words_of(parsed, out) & CONTESTS)


def _asked_which(parsed: ParsedArticle, obj: int) -> bool:
    """An object that opens an indirect question ("what other techniques he would support",
    "which candidate she will endorse"): nothing is done yet, the question is open."""
    return any(parsed.lower(d) in ("what", "which") for d in parsed.kids(obj, "det"))


def _counted_thing(parsed: ParsedArticle, obj: int | None) -> int | None:
    """What a collective object is made of: "deploys an array of tactics" deploys tactics,
    "shared a couple of stories" shares stories."""
    if obj is None or parsed.lemma(obj) not in _COLLECTIVES:
        return obj
    of = parsed.preposition(obj, "of")
    inner = parsed.kid(of, "pobj") if of is not None else None
    return inner if inner is not None else obj


_BURNED_IN_PROTEST = frozenset({"flag", "flags", "effigy", "effigies"})
_BURNED_PAPERS = frozenset(
    {"mortgage", "copy", "copies", "card", "cards", "book", "books", "ballot", "ballots",
     "jersey", "jerseys", "hat", "hats", "photo", "photos", "paper", "papers"}
)  # fmt: skip
# Agreements that bind a person, not a truce: "violated a nondisclosure agreement".
_PRIVATE_AGREEMENTS = frozenset(
    {"nondisclosure", "non-disclosure", "confidentiality", "licensing", "employment",
     "settlement", "plea", "lease", "rental", "purchase", "sales", "noncompete"}
)  # fmt: skip
_OWN_PLANS = frozenset(
    {"trip", "fundraiser", "rally", "event", "appearance", "speech", "tour", "show",
     "concert", "interview", "vacation", "holiday", "party", "dinner", "lunch", "performance",
     "campaign", "ad", "plan", "plans", "flight", "reservation", "subscription"}
)  # fmt: skip
_SHARES = frozenset({"%", "percent", "percentage", "share", "majority", "plurality", "fraction"})


def _a_practice(parsed: ParsedArticle, obj: int) -> bool:
    """A way of acting, which is sanctioned (allowed), not punished: "discrimination",
    "the use of force", "such conduct"."""
    lemma = parsed.lemma(obj)
    if _names_someone(parsed, obj) or lemma in AGENT_NOUNS or parsed.lower(obj) in AGENT_NOUNS:
        return False
    return lemma in _PRACTICES or lemma.endswith(("tion", "ism", "ance", "ence"))


_PRACTICES = frozenset({"use", "practice", "behavior", "behaviour", "conduct", "abuse"})


def _stated(parsed: ParsedArticle, clause: int | None) -> bool:
    """A clause that states a fact, not what should be done: a modal of mere chance, or a
    past or present verb of being ("that he might not win", "that the plan was a mistake");
    "that he resign", "that they should talk", "that they could host talks" propose."""
    if clause is None:
        return False
    if any(parsed.lower(a) in _CHANCE for a in parsed.kids(clause, "aux")):
        return True
    return parsed.lower(clause) in _BEING


# ("could", "can": "officials suggest they could back out of the talks" threatens it)
_CHANCE = frozenset({"might", "may"})
_BEING = frozenset({"is", "was", "are", "were", "'s", "’s", "has", "had", "have"})


def _hyphenated(parsed: ParsedArticle, word: int | None) -> set[str]:
    """The whole word a hyphen splits into tokens: "e-mail" read as "e", "-", "mail"."""
    if word is None or word + 2 >= len(parsed.tokens) or parsed.word(word + 1) != "-":
        return set()
    start, end = parsed.tokens[word].start, parsed.tokens[word + 2].end
    joined = parsed.text[start:end].lower()
    return {joined} if " " not in joined else set()


def _a_number(parsed: ParsedArticle, obj: int) -> bool:
    """An object that is a percentage ("only from 10% to 25% of infections"), not a count of
    people ("20 of its soldiers")."""
    return parsed.lower(obj) in ("%", "percent") or any(
        parsed.lower(k) in ("%", "percent") for k in parsed.kids(obj)
    )


def _moral_ground(parsed: ParsedArticle, obj: int) -> bool:
    kinds = {parsed.lower(k) for k in parsed.kids(obj, "amod")}
    return parsed.lemma(obj) == "ground" and bool(kinds & {"high", "moral"})


def _a_private_agreement(parsed: ParsedArticle, obj: int) -> bool:
    if parsed.lemma(obj) not in ("agreement", "agreements"):
        return False
    kinds = {parsed.lower(k) for k in parsed.kids(obj, "compound", "amod")}
    return bool(kinds & _PRIVATE_AGREEMENTS)


_COLLECTIVES = frozenset(
    {"array", "range", "series", "set", "host", "variety", "couple", "bunch", "lot", "kind",
     "sort", "type", "handful", "string", "raft", "slew", "number", "pair", "collection",
     "many", "some", "most", "several", "few", "all", "much"}
)  # fmt: skip


def _name_or_date(parsed: ParsedArticle, index: int) -> bool:
    return parsed.tokens[index].pos == "PROPN" or parsed.names_a_time(index)


def _called_to_act(parsed: ParsedArticle, verb: int, lemma: str) -> Trigger | None:
    """ "Trump called to ban Muslims from entering": a call for an act, the act its issue."""
    infinitive = parsed.kid(verb, "xcomp")
    if lemma != "call" or infinitive is None or parsed.kid(verb, "dobj") is not None:
        return None
    if not parsed.has_to(infinitive):
        return None
    token = parsed.tokens[verb]
    return Trigger(verb, DEMAND, token.start, token.end, verb=verb)


def _quoted(parsed: ParsedArticle, index: int) -> bool:
    """A phrase right after a quotation mark."""
    first = parsed.subtree(index)[0]
    return first > 0 and parsed.word(first - 1) in ('"', "“", "''", "‘", "'")


def _asked_to_act(parsed: ParsedArticle, verb: int, lemma: str) -> Trigger | None:
    """ "Biden asked Andrew Saul to resign", "Sanders pushes Democrats to reject the deal":
    asking or pushing someone to act demands it (asking a question is no demand, and "asked
    for", "pushed for" are phrasal triggers of their own)."""
    obj, infinitive = parsed.kid(verb, "dobj"), parsed.kid(verb, "xcomp")
    if lemma not in _PUSHING or obj is None or infinitive is None or not obj < infinitive:
        return None
    if parsed.lemma(infinitive) in SAYING_OR_KNOWING | {"lay"}:
        return None  # "asked Kasich to lay out his path", "to explain": a question put
    if not parsed.has_to(infinitive):
        return None
    token = parsed.tokens[verb]
    return Trigger(verb, DEMAND, token.start, token.end, verb=verb)


_PUSHING = frozenset({"ask", "push", "press", "pressure", "encourage", "lobby", "nudge"})


def _a_candidate_wins_a_place(parsed: ParsedArticle, verb: int, obj: int) -> bool:
    """A person captures a place only at the polls: armies, forces and states take places by
    force, and the news names them ("Russian forces captured Avdiivka")."""
    agent = parsed.kid(verb, "agent")  # "four states captured by President-elect Biden"
    subject = parsed.kid(verb, "nsubj") if agent is None else parsed.kid(agent, "pobj")
    if subject is None:
        return False
    named = parsed.mention_at(subject, _PERSON) is not None
    person = named or parsed.lower(subject) in ("he", "she")
    place = parsed.mention_at(obj, _PLACES) is not None or parsed.lemma(obj) == "state"
    return person and place


_PERSON = frozenset({"PERSON"})
_PLACES = frozenset({"GPE", "LOC"})


def _phone_call(parsed: ParsedArticle, verb: int, lemma: str) -> Trigger | None:
    """ "Tillerson called Lavrov to discuss ...": a call to a named person is a contact;
    "called Obama's ignorance disrespectful" names, it calls no one."""
    obj = parsed.kid(verb, "dobj")
    if lemma != "call" or obj is None or parsed.mention_at(obj, _PERSON) is None:
        return None
    if parsed.kid(verb, "oprd", "ccomp") is not None or parsed.kids(obj, "case"):
        return None
    if any(parsed.kids(a, "det") or _quoted(parsed, a) for a in parsed.kids(obj, "appos")):
        return None  # "called Mrs. Schlafly an ''Aunt Tom''": a name given, no call made
    if any(parsed.lower(n) == "one" and parsed.kids(n, "prep") for n in parsed.kids(obj)):
        return None  # "calling Adam Schiff one of the biggest liars": named so, not phoned
    token = parsed.tokens[verb]
    return Trigger(verb, CONSULT, token.start, token.end, verb=verb)


def _plain(parsed: ParsedArticle, verb: int, lemma: str) -> Trigger | None:
    action = (
        VERBS.get(lemma) or _ending_relations(parsed, verb, lemma) or _opening(parsed, verb, lemma)
    )
    if action is None or lemma in NEEDS_PARTICLE:
        return None
    if lemma in NEEDS_OBJECT and _own_object(parsed, verb) is None:
        return None
    action = _sense(parsed, verb, lemma, action)
    if action is None:
        return None
    token = parsed.tokens[verb]
    return Trigger(verb, action, token.start, token.end, verb=verb)


def _own_object(parsed: ParsedArticle, verb: int) -> int | None:
    """The verb's object, unless a clause of its own comes between them: in "members return
    to Capitol Hill to begin advancing the party's makeover" the parse made "makeover" the
    object of "return", across the clause it belongs to."""
    obj = parsed.kid(verb, "dobj")
    clauses = parsed.kids(verb, "advcl", "xcomp", "ccomp")
    if obj is not None and any(verb < c < obj for c in clauses):
        return None
    return obj


def _ending_relations(parsed: ParsedArticle, verb: int, lemma: str) -> str | None:
    """ "suspended talks", "cut aid", "ended mediation efforts": ending relations is a
    sanction."""
    obj = parsed.kid(verb, "dobj")
    if lemma not in ENDING_VERBS or obj is None:
        return None
    words = {parsed.lemma(i) for i in [obj, *parsed.kids(obj, "compound", "amod")]}
    return SANCTION if words & RELATIONS else None


def _opening(parsed: ParsedArticle, verb: int, lemma: str) -> str | None:
    """ "opened the border to aid convoys": opening a way to the other side concedes it."""
    obj = parsed.kid(verb, "dobj")
    if lemma != "open" or obj is None:
        return None
    return CONCEDE if parsed.lemma(obj) in OPENINGS or parsed.lower(obj) in OPENINGS else None


def _sense(parsed: ParsedArticle, verb: int, lemma: str, action: str) -> str | None:
    """The action of a verb whose sense is its object's: "sent troops" is MOBILIZE;
    "provided clarity", "delivered a speech", "released his tax returns" are no claims."""
    obj = parsed.kid(verb, "dobj", "nsubjpass")
    if obj is None and lemma in AID_VERBS:
        obj = parsed.kid(verb, "xcomp")  # "contributed reporting" parsed as a verb
    if obj is None and _describes_its_object(parsed, verb):
        obj = parsed.head(verb)  # "an opinion released by", "answers he provided": those
    if obj is not None and _relative_object(parsed, verb, obj):
        obj = parsed.head(verb)  # "an executive order that Biden will sign": the order
    phrase = parsed.subtree(obj, frozenset({"relcl", "acl", "appos"})) if obj is not None else []
    given = _preposition(parsed, verb, "with") if lemma in AID_VERBS else None
    if given is not None:  # "provided lawmakers with an account": the account is given
        phrase = [*phrase, *parsed.subtree(given, frozenset({"relcl", "acl", "appos"}))]
    what = {parsed.lemma(i) for i in phrase} | {parsed.lower(i) for i in phrase}
    what |= _hyphenated(parsed, obj)
    if lemma == "send" and _causative(parsed, verb):
        return None  # "sending the S&P 500 swooning": made it do something, sent nothing
    if lemma == "send" and what & TROOP_NOUNS:
        return MOBILIZE
    if lemma == "send" and obj is not None and parsed.lemma(obj) in _PAPERS_PASSED_ON:
        return None  # "sending the legislation to the president's desk": passed on, no aid
    if lemma == "send" and what & ENVOY_NOUNS:
        return CONSULT
    if lemma in AID_VERBS and obj is not None and parsed.lemma(obj) in PACTS:
        return None  # "delivered the immunity agreements": papers handed over, no aid
    if lemma in AID_VERBS and obj is not None and parsed.lemma(obj) in ("defense", "defence"):
        return None  # "delivered a heartfelt defense of her husband": words, not arms
    if lemma in ("release", "grant") and _money(parsed, obj):
        return AID  # "released the funds to the Palestinian Authority", "granted $500": money
    if (
        lemma in ("return", "send")
        and _words_of(parsed, _preposition(parsed, verb, "to")) & _HELD_IN
    ):
        return COERCE  # "returned him to prison": locked up again, nothing given back
    if lemma == "exchange" and obj is not None and parsed.lemma(obj) in _TRADED_BLOWS:
        return ASSAULT  # "troops exchanged fire with Hezbollah fighters": a clash
    if lemma in ("exchange", "swap") and (obj is None or parsed.lemma(obj) not in _CAPTIVES):
        return None  # "exchanged views", "exchanged fire", "exchange ambassadors": no one freed
    if lemma in ("release", "free") and obj is None and not _captives_misplaced(parsed, verb):
        return None  # "released on Tuesday text of the resolution": no one named freed
    if lemma in ("release", "free") and obj is not None and not _all_captive(parsed, verb, obj):
        return None  # "released their budget resolution", "a final rule": published, no one freed
    if lemma == "release" and _a_text_released(parsed, verb):
        return None  # "a transcript of the call released by the White House": published
    if lemma == "deliver" and _preposition(parsed, verb, "on") is not None:
        return None  # "can't deliver on his promises": keep them, nothing handed over
    if lemma == "deliver" and obj is None and _preposition(parsed, verb, "to") is None:
        return None  # "convincing voters he can deliver": keeps his word, gives nothing
    if lemma == "provide" and obj is None and parsed.kid(verb, "ccomp") is not None:
        return None  # "would testify provided certain conditions are met": a condition
    if lemma == "rally" and _a_market(parsed, parsed.kid(verb, "nsubj")):
        return None  # "the Dow Jones Industrial Average rallied": prices rose, nobody marched
    if lemma in ("ease", "lift") and obj is None:
        return None  # "claims eased from the peak", "stocks lifted": nothing lifted by anyone
    if lemma == "seek" and obj is None and _making_a_case(parsed, parsed.kid(verb, "xcomp")):
        # "sought to contrast the nominee's position", "sought to blame the group": an
        # argument made, asked of no one (a blame is a claim of its own); "seeks to raise
        # barriers to trade" still wants a policy
        return None
    if lemma == "press" and _questioned(parsed, verb):
        return None  # "was pressed by ABC's host about ...": questioned, no demand
    if lemma == "kill" and obj is not None and parsed.lemma(obj) in DOCUMENT_NOUNS:
        return REJECT  # "ultimately killing a religious-freedom bill": voted down
    if lemma == "fight" and obj is not None and _war_on_a_problem(parsed, obj):
        return None  # "fighting the same war on terror": a policy, no one fought
    if lemma == "give" and _preposition(parsed, verb, "up") is not None and obj is None:
        return None  # "when people have given up": despair, nothing conceded
    if lemma in AID_VERBS and obj is not None and parsed.lemma(obj) == "news":
        return None  # "the good news was delivered to Trump": told, nothing given
    if lemma in AID_VERBS and obj is not None and parsed.lemma(obj) in ("position", "positions"):
        return None  # "providing his clearest position on an issue": a stance stated
    if lemma in AID_VERBS and _describes_words(parsed, verb):
        return None  # "the challenge Palin sent ISIS": words sent, nothing given
    if lemma in AID_VERBS and _only_a_recipient(parsed, verb, obj):
        return None  # "an email Palin had sent him": whom, but nothing given is named
    if lemma == "send" and obj is not None and parsed.mention_at(obj, _PERSON) is not None:
        return None  # "sending Mr. Manafort to assure party stalwarts": dispatched, no aid
    if lemma in AID_VERBS or lemma in ("release", "free", "return"):
        return None if what & NOT_HANDED_OVER else action
    if action == ASSAULT and obj is not None and parsed.lemma(obj) in RULE_NOUNS:
        return None  # "violated its own policies": a rule is broken, nobody is attacked
    if action == ASSAULT and obj is not None and _a_private_agreement(parsed, obj):
        return None  # "violated a nondisclosure agreement": a contract broken, no truce
    if action == ASSAULT and _recorded(parsed, verb):
        return None  # "Footage captured Warren getting out of a blue SUV"
    if lemma == "seize" and obj is not None and _moral_ground(parsed, obj):
        return None  # "tried to seize the high ground": an argument, no territory
    if action == ASSAULT and obj is not None and (what & _SHARES or _a_number(parsed, obj)):
        return None  # "capturing only 10% to 25% of infections", "took 40 percent": a share
    if action == ASSAULT and obj is not None and what & CONTESTS:
        return None  # "captured the Democratic primary": won, nobody is attacked
    if action == ASSAULT and obj is not None and parsed.lemma(obj) in _MINDS:
        return None  # "unable to capture the soul of the party", "seized the spotlight"
    if action == ASSAULT and lemma != "attack" and what & _FORTUNES:
        return None  # "is destroying the party's chance", "destroying my career": ruined
    if action == ASSAULT and obj is not None and parsed.lower(obj).endswith("ism"):
        return None  # "journalists are killing journalism": an idea, nobody is struck
    if action == ASSAULT and obj is not None and _a_plague(parsed, obj):
        # "the nation fights a resurgence of coronavirus", "he fought corruption", "attacked
        # coal-power-plant emissions": a problem tackled, no one is fought
        return None
    if lemma in _STRIKING and obj is not None and parsed.lemma(obj) in _STRUCK_THINGS:
        return None  # "slammed his hand on a table": a gesture, nobody taken to task
    if lemma == "share" and what & _HELD_IN_MIND:
        return None  # "shares more of Mr. Ryan's views": agrees, nothing is pooled
    if lemma == "clash" and _in_a_forum(parsed, verb):
        return None  # "clashed at Saturday's debate": a quarrel in words, no fight
    if lemma == "capture" and obj is not None and _a_candidate_wins_a_place(parsed, verb, obj):
        return None  # "Ted Cruz has captured Texas and Oklahoma": states won, not taken
    if lemma == "occupy" and obj is not None and parsed.lemma(obj) in HELD_PLACES:
        return None  # "occupied an elevated position": held, not taken by force
    if lemma == "seize" and _particle(parsed, verb, "on", "upon"):
        return None  # "seized on the video", "was seized upon by Democrats": made use of it
    if lemma in _PARTICLES_OF_NO_ACT and _particle(parsed, verb, *_PARTICLES_OF_NO_ACT[lemma]):
        # "blasted off to space", "stormed out of the committee", "marching forward with
        # some ideas": no blow, no protest
        return None
    if lemma == "fight" and parsed.kid(verb, "dobj") is None and _championed(parsed, verb):
        return SUPPORT  # "fought for our right to bear arms"
    if lemma == "fight" and _on_the_side(parsed, verb):
        return None  # "fighting on the Eritrean side": an ally, not an attacker of it
    if lemma == "attack" and obj is not None and _in_words(parsed, obj):
        return DISAPPROVE  # "attacked her record", "attacked Trump": criticised
    if lemma in _VERBAL_HITS and _with_arms(parsed, verb):
        return ASSAULT  # "Israel slammed the Gaza Strip with airstrikes": force, not words
    if lemma in _VERBAL_HITS and said_somewhere(parsed, verb):
        return DISAPPROVE  # "attacked Pelosi on Twitter", "in a statement": in words
    if lemma in _VERBAL_HITS and obj is not None and _blamed_for(parsed, verb, obj):
        return DISAPPROVE  # "an ad hitting Strickland for job losses": criticism
    if lemma in _VERBAL_HITS and obj is not None and _quoted_words(parsed, obj):
        return DISAPPROVE  # 'hitting “their misdirected compassion”': words taken to task
    if lemma in _VERBAL_HITS and _held_by_a_person(parsed, verb) and _a_person_named(parsed, obj):
        return DISAPPROVE  # "Biden hit Trump on his handling of the pandemic": in words
    if lemma == "hit" and obj is not None and parsed.lemma(obj) in _REACHED:
        return None  # "the campaign hit new problems", "hit a record high": met, not struck
    if lemma == "hit" and obj is None and _running_start(parsed, verb):
        return None  # "ready to hit the ground running": to start at once
    if lemma == "fight" and obj is None and _preposition(parsed, verb, "over", "about"):
        return None  # "still fighting over the details of this plan": a quarrel
    if lemma == "fight" and obj is not None and parsed.lemma(obj) in _OPPOSED_MEASURES:
        return DISAPPROVE  # "the lobbying group fights efforts to restrict sales": opposes
    if lemma == "protest" and obj is not None and not _names_someone(parsed, obj):
        return DISAPPROVE  # "Democrats protested the fact that ...": an objection in words
    if lemma == "protest" and parsed.kid(verb, "ccomp") is not None:
        return DISAPPROVE  # "His campaign protested that Clinton aides were disingenuous"
    if lemma == "concede" and parsed.kid(verb, "ccomp") is not None:
        return None  # "conceded that the race was lost", '"...," he conceded': admitted, said
    if lemma == "suggest" and _stated(parsed, parsed.kid(verb, "ccomp")):
        return None  # "suggested that he might not win": hinted at a fact, proposed nothing
    if lemma == "clash" and _preposition(parsed, verb, "over", "about") is not None:
        return None  # "supporters clashed over the credentials of delegates": a dispute
    if lemma == "force" and obj is not None and parsed.lemma(obj) == "hand":
        return None  # "force their hand": pressed to decide, nobody coerced
    if lemma in ("force", "push", "drive") and _out_of_a_contest(parsed, verb):
        return None  # "won Indiana, forcing Cruz and Kasich out of the race": outvoted
    if lemma == "sanction" and obj is not None and _a_practice(parsed, obj):
        return None  # "discrimination should never be sanctioned": allowed, not punished
    if lemma in ("cancel", "scrap") and obj is not None and parsed.lemma(obj) in _OWN_PLANS:
        return None  # "canceled a trip she was scheduled to take": her own plans, no sanction
    if lemma == "burn" and obj is None and parsed.kid(verb, "nsubjpass") is None:
        return None  # "she should burn at the stake": burning, no one attacked
    if lemma == "shell" and _preposition(parsed, verb, "out") is not None:
        return None  # "shell out as much as $449,400": pay, nothing is shelled
    if lemma == "burn" and _preposition(parsed, verb, "up") is not None:
        return None  # "burn up their email accounts and phone lines": use them hard
    if lemma == "burn" and what & _BURNED_IN_PROTEST:
        return PROTEST  # "protesters burned the Macedonian flag": a protest, no one attacked
    if lemma == "burn" and what & (DOCUMENT_NOUNS | _BURNED_PAPERS):
        return None  # "burning the mortgage to the farm": a celebration, no one attacked
    if lemma in ("rescue", "evacuate") and obj is not None and not _people(parsed, obj):
        return None  # "rescued the economy": saved a thing, no one taken to safety
    if lemma == "fight" and any(
        parsed.lower(a) in ("hard", "harder") for a in parsed.kids(verb, "advmod")
    ):
        return None  # "he fought really hard": an effort, no fighting
    if lemma == "fight" and obj is not None and parsed.lemma(obj) == "way":
        return None  # "fought his way back to respectability": made headway
    if lemma == "fight" and _held_by_a_person(parsed, verb) and _names_a_person_only(parsed, obj):
        return DISAPPROVE  # "helped fight Oneida leader Ray Halbritter": opposed in politics
    if lemma == "fight" and _to_the_end(parsed, verb):
        return None  # "fighting to the bitter end": holding on, no one attacked
    if lemma == "fight" and parsed.kid(verb, "xcomp") is not None:
        return None  # "fighting to kill the law in the Supreme Court": striving, the act is next
    if lemma in ("decline", "refuse") and obj is not None and parsed.lemma(obj) == "comment":
        return None  # "declined comment": nothing refused
    if lemma == "support" and obj is not None and parsed.lemma(obj) in _PROVIDED_FOR:
        return None  # "able to support their families": provides for them
    if lemma == "meet" and obj is not None and not _names_someone(parsed, obj):
        return None  # "meet the law's requirements": nobody is met
    if lemma == "violate" and obj is not None:
        return _violated(parsed, obj)
    if lemma == "withdraw" and _words_of(parsed, _preposition(parsed, verb, "from")) & PACTS:
        return REJECT  # "will withdraw the US from the nuclear agreement": leaves it
    if lemma == "dismiss" and obj is not None and _preposition(parsed, verb, "as") is not None:
        return DISAPPROVE  # "dismissed Walker as an ineffective leader": disparaged
    if lemma == "dismiss" and obj is not None and _names_a_person_only(parsed, obj):
        return None  # "did not dismiss Lewandowski": fired (or kept), nothing rejected
    if lemma == "welcome" and obj is not None and _words_of(parsed, obj) & _BIRTHS:
        return None  # "had just welcomed a second baby girl": born, nobody backed
    if lemma == "allow" and _enables_us(parsed, verb, obj):
        return None  # "allows us to get our message out": makes it possible, grants nothing
    if lemma == "discuss" and _discussed_alone(parsed, verb):
        return None  # "Mitchell tried to discuss the challenges": a topic, no meeting
    if lemma == "demonstrate" and (obj is not None or parsed.kid(verb, "ccomp") is not None):
        return None  # "demonstrated that he has the guts": showed, no protest
    if lemma == "summon" and obj is not None and not _summoned(parsed, obj, what):
        return None  # "could still summon stats and an anecdote": called up, no protest
    if lemma == "blame" and parsed.lemma(parsed.head(verb) or verb) == "be":
        return None  # "Obama is to blame for ...": at fault, nobody blames
    if lemma == "appeal" and _appeals_to_a_thing(parsed, verb):
        return None  # "trying to appeal to a sense of displacement": courting, no demand
    if lemma == "meet" and obj is None and not _met_by_several(parsed, verb):
        return None  # "an advisory panel will meet Friday": a body sits, no parties meet
    if lemma == "defend" and obj is not None and parsed.lemma(obj) in _HELD_SEATS:
        return None  # "Democrats are defending a number of red states" in an election
    if lemma == "blast" and _preposition(parsed, verb, "out") is not None:
        return None  # "blasting out missives": sending, no criticism
    if lemma == "rally" and _held_by_a_person(parsed, verb):
        return None  # "Trump rallied with his base": a campaign event, no protest
    if lemma == "clash" and _held_by_a_person(parsed, verb) and _with_a_person(parsed, verb):
        return DISAPPROVE  # "Fauci clashed with Rand Paul": words, not arms
    if lemma == "clash" and _held_by_a_person(parsed, verb) and _joined_by_a_person(parsed, verb):
        return DISAPPROVE  # "Hillary Clinton and Bernie Sanders clashed on the debate stage"
    if lemma == "host" and obj is not None and not _names_a_guest(parsed, obj):
        return None  # "will host the forum", "hosting families of victims": no party met
    return _other_sense(parsed, verb, lemma, obj, action)


def _names_a_person_only(parsed: ParsedArticle, obj: int | None) -> bool:
    """An object that is a person, not what they said or filed ("Trump's lawsuit")."""
    if obj is None or parsed.kids(obj, "case"):
        return False
    return parsed.mention_at(obj, _PERSON) is not None


def _with_a_person(parsed: ParsedArticle, verb: int) -> bool:
    """With someone named, or with people by what they are ("clashed repeatedly with other
    members of the task force", "clashes with lawmakers"): one person quarrels in words."""
    other = _preposition(parsed, verb, "with")
    if other is None:
        return False
    return parsed.mention_at(other, _PERSON) is not None or parsed.lemma(other) in _COLLEAGUES


_COLLEAGUES = frozenset(
    {"member", "colleague", "lawmaker", "official", "leader", "aide", "adviser", "advisor",
     "senator", "governor", "mayor", "minister", "reporter", "journalist", "critic",
     "rival", "opponent", "democrat", "republican", "leadership", "administration"}
)  # fmt: skip


def _joined_by_a_person(parsed: ParsedArticle, verb: int) -> bool:
    subject = parsed.kid(verb, "nsubj")
    joined = parsed.kids(subject, "conj") if subject is not None else []
    return any(parsed.mention_at(j, _PERSON) is not None for j in joined)


def _names_a_guest(parsed: ParsedArticle, obj: int) -> bool:
    """A guest one hosts to meet: a name in the object's phrase ("the Saudi crown prince",
    "a private dinner for Netanyahu"), not an audience or an event."""
    own = parsed.subtree(obj, frozenset({"relcl", "acl", "appos"}))
    return any(_names_someone(parsed, i) for i in own)


def _other_sense(
    parsed: ParsedArticle, verb: int, lemma: str, obj: int | None, action: str
) -> str | None:
    """Verbs with a sense that is no act at all, told by their object or particle."""
    if obj is not None and obj < verb and _asked_which(parsed, obj):
        return None  # "isn't saying what other techniques he would support": a question
    obj = _counted_thing(parsed, obj)
    things = {parsed.lemma(obj), parsed.lower(obj)} if obj is not None else set()
    if things & NO_ACT_WITH.get(lemma, frozenset()):
        return None  # "struck a tune", "accepted her award", "shared a story" (the table)
    kinds = {parsed.lemma(k) for k in parsed.kids(obj, "compound")} if obj is not None else set()
    if lemma in ACTS_ONLY_WITH and things and not (things | kinds) & ACTS_ONLY_WITH[lemma]:
        return None  # "lifted the stock market", "reopen their economies" ("curfew hours": yes)
    if lemma == "strike" and things & STRUCK_AGREEMENTS:
        return ACCEPT  # "struck a deal with the United Nations"
    if lemma == "shoot" and _preposition(parsed, verb, "back") is not None:
        return None  # "shot back with a laugh": a retort
    if lemma == "sign" and _names_a_person_only(parsed, obj):
        return None  # "Trump signed Walker to a rich contract": hired, no agreement
    if lemma == "grant" and obj is not None and parsed.lemma(obj) in _ASKED_FOR:
        return ACCEPT  # "a federal judge granted the request": approved it
    if lemma == "sign" and _signing_up(parsed, verb):
        return None  # "sign up for updates", "signs up to be a delegate": no agreement
    if lemma == "participate":
        event = _preposition(parsed, verb, "in")
        if event is not None and parsed.lemma(event) in EVENTS_TAKEN_PART_IN:
            return None  # "participated in the Democratic caucus"
    if lemma in _CUTTING and not _words_of(parsed, obj) & SANCTIONED_THINGS:
        return None  # "reduce its exercises", "cancel the show": no relation is cut
    if lemma in _CUTTING and obj is not None and _one_sided(parsed, verb, obj):
        return None  # "canceling border wall construction projects": its own, no one's cut off
    if lemma == "charge" and not _accused(parsed, verb, obj):
        return None  # "charge less to play": a price
    return _sense_by_clause(parsed, verb, lemma, things, action)


def _sense_by_clause(
    parsed: ParsedArticle, verb: int, lemma: str, things: set[str], action: str
) -> str | None:
    """Verbs that are no act with a clause or a preposition ("allowed that ...")."""
    if lemma in ("recognize", "recognise") and _preposition(parsed, verb, "in") is not None:
        return None  # "recognizes his family in Trump's supporters": sees a likeness
    said_that = (_that_clause(parsed, verb) or _bare_clause(parsed, verb)) and not things
    if lemma == "agree" and parsed.lemma(_preposition(parsed, verb, "on") or verb) in _VIEWS:
        return None  # "agreed on one thing: abortion will become ...": a view shared
    if lemma == "agree" and said_that and not _arranged(parsed, verb):
        return None  # "agreed that the shift was a matter of geography": an opinion shared
    if lemma in ("recognize", "recognise") and things and not _recognised_as_a_party(parsed, verb):
        return None  # "parties belatedly recognize the anxiety of workers": acknowledge
    if lemma in _GRANTING_A_POINT and (said_that or _question_clause(parsed, verb)):
        # "he allowed that some might be good people", "folks recognize that we have time",
        # "he recognized how absurd that would be": a point granted in talk or a thing
        # understood, not a permission or a recognition
        return None
    return action


def _recognised_as_a_party(parsed: ParsedArticle, verb: int) -> bool:
    """What recognising grants standing to: a named party ("recognize Israel"), or a claim
    to power or land ("recognize the annexation", "Ukraine's sovereignty", "the results")."""
    obj = parsed.kid(verb, "dobj", "nsubjpass")
    if obj is None:
        return True
    if parsed.mention_at(obj, _ACTOR_LABELS) is not None or parsed.tokens[obj].pos == "PROPN":
        return True
    return parsed.lemma(obj) in RECOGNISED


# Verbs that with a "that" clause grant a point in talk: "allowed that", "conceded that".
_GRANTING_A_POINT = frozenset({"allow", "recognize", "recognise", "concede", "grant"})


_VIEWS = frozenset({"thing", "point", "need", "fact", "importance", "view", "assessment"})


def _arranged(parsed: ParsedArticle, verb: int) -> bool:
    """ "agreed that the ceasefire would start Monday", "agreed with the Senate that ...":
    what is to be done, or with whom, not how things are."""
    if _preposition(parsed, verb, "with") is not None:
        return True
    clauses = parsed.kids(verb, "ccomp")
    if any(parsed.kids(c, "acomp", "attr") for c in clauses):
        return False  # "agree that the change will be incremental": how things will be
    auxiliaries = [a for c in clauses for a in parsed.kids(c, "aux")]
    return any(parsed.lower(a) in _ARRANGING for a in auxiliaries)


def _bare_clause(parsed: ParsedArticle, verb: int) -> bool:
    """A finite clause with a subject of its own and no "that" ("agreed the benefits of the
    vaccine outweigh the risks"); not "allow X to deliver food", a permission."""
    return any(
        clause > verb
        and parsed.kid(clause, "nsubj", "nsubjpass") is not None
        and not any(parsed.lower(a) == "to" for a in parsed.kids(clause, "aux"))
        for clause in parsed.kids(verb, "ccomp")
    )


def _question_clause(parsed: ParsedArticle, verb: int) -> bool:
    """The verb's clause after it opens with a question word ("recognized how absurd it
    was")."""
    return any(
        clause > verb and parsed.lower(parsed.subtree(clause)[0]) in QUESTION_WORDS
        for clause in parsed.kids(verb, "ccomp")
    )


def _that_clause(parsed: ParsedArticle, verb: int) -> bool:
    clause = parsed.kid(verb, "ccomp")
    marks = parsed.kids(clause, "mark") if clause is not None else []
    return any(parsed.lower(m) == "that" for m in marks)


def _one_sided(parsed: ParsedArticle, verb: int, obj: int) -> bool:
    """A thing one side may hold alone ("projects", "a program", "investments") that the
    clause ties to no one else: cutting it cuts no relation ("suspended the joint project
    with Japan", "canceled the program with NASA" do)."""
    if parsed.lemma(obj) not in _HELD_ALONE:
        return False
    preps = [p for p in parsed.kids(verb, "prep") if parsed.lower(p) in ("with", "to", "for")]
    own = parsed.subtree(obj, frozenset({"relcl", "acl", "appos"}))  # "that were paid for by"
    others = [*own, *(i for p in preps for i in parsed.subtree(p))]
    return not any(parsed.mention_at(i, _PARTIES) is not None for i in others)


# Things a state or a firm may run on its own; the rest of SANCTIONED_THINGS are ties
_HELD_ALONE = frozenset(
    {"project", "program", "programme", "operation", "investment", "service", "publication",
     "broadcast", "broadcasting"}
)  # fmt: skip
_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _words_of(parsed: ParsedArticle, head: int | None) -> set[str]:
    """The lemmas of a phrase's own words (its clauses aside)."""
    if head is None:
        return set()
    return {parsed.lemma(i) for i in parsed.subtree(head, frozenset({"relcl", "acl", "appos"}))}


def _accused(parsed: ParsedArticle, verb: int, obj: int | None) -> bool:
    """ "charged him with assault", "charged the officers": someone is accused."""
    if _preposition(parsed, verb, "with") is not None:
        return True
    return obj is not None and (_names_someone(parsed, obj) or parsed.lemma(obj).endswith("er"))


def _preposition(parsed: ParsedArticle, head: int, *words: str) -> int | None:
    """The object of the first of `words` hanging from `head` as a preposition or particle;
    a time is none ("seized the town on Tuesday" has not "seized on" anything)."""
    for prep in parsed.kids(head, "prep", "prt"):
        if parsed.lower(prep) not in words:
            continue
        if parsed.tokens[prep].dep != "prep":
            return prep
        found = parsed.kid(prep, "pobj")
        if found is None or not parsed.names_a_time(found):
            return found
    return None


def _particle(parsed: ParsedArticle, head: int, *words: str) -> bool:
    """One of `words` follows `head` as a particle or a preposition, stranded ("seized
    upon by") or with an object that is no time ("seized on the video")."""
    for prep in parsed.kids(head, "prep", "prt", "advmod"):
        if prep > head and parsed.lower(prep) in words:
            found = parsed.kid(prep, "pobj")
            if found is None or not parsed.names_a_time(found):
                return True
    return False


# What is ruined, never struck: "destroying the party's chance", "hit his reputation".
_FORTUNES = frozenset(
    {"chance", "chances", "career", "careers", "reputation", "credibility", "hope", "hopes",
     "legacy", "prospect", "prospects", "candidacy", "momentum", "brand", "standing",
     "future", "dream", "dreams", "relationship", "relationships", "marriage", "economy"}
)  # fmt: skip
# What is won over, not taken by force: "captured the imagination", "grabbed headlines".
_MINDS = frozenset(
    {"soul", "imagination", "attention", "heart", "mood", "spirit", "zeitgeist",
     "spotlight", "limelight", "headline", "interest", "fancy"}
)  # fmt: skip
# Where a clash is one of words: "clashed at the debate", "clashed during the hearing".
_FORUMS = frozenset(
    {"debate", "debates", "hearing", "hearings", "meeting", "meetings", "forum", "interview",
     "session", "summit", "talks", "conference", "panel", "committee", "podcast", "show"}
)  # fmt: skip


def _in_a_forum(parsed: ParsedArticle, verb: int) -> bool:
    where = _preposition(parsed, verb, "at", "in", "during")
    return where is not None and parsed.lemma(where) in _FORUMS


# Verbs a particle takes out of their hostile sense: "blasted off", "stormed out".
_PARTICLES_OF_NO_ACT = {
    "blast": ("off",),
    "storm": ("out", "off", "away"),
    "march": ("forward", "ahead", "along"),  # "marching forward with some ideas"
}


def _money(parsed: ParsedArticle, obj: int | None) -> bool:
    """What is released or granted is money itself ("the funds", "$500 million"), not a
    thing its size is told in dollars ("its $1.5 trillion coronavirus plan")."""
    if obj is None:
        return False
    if {parsed.lemma(obj), parsed.lower(obj)} & _MONEY:
        return True
    if any(parsed.word(k) in _CURRENCY_SIGNS for k in parsed.kids(obj)):
        return True  # "granted an additional $500": the sign hangs on the amount
    return parsed.mention_at(obj, frozenset({"MONEY"})) is not None


_CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})


def _describes_words(parsed: ParsedArticle, verb: int) -> bool:
    """A relative clause on something said ("the challenge she sent ISIS")."""
    noun = parsed.head(verb) if parsed.tokens[verb].dep == "relcl" else None
    return noun is not None and parsed.lemma(noun) in NOT_HANDED_OVER


def _recorded(parsed: ParsedArticle, verb: int) -> bool:
    """ "Footage captured Warren getting out of a blue SUV": a recording, no capture."""
    subject = parsed.kid(verb, "nsubj")
    return subject is not None and parsed.lemma(subject) in _RECORDINGS


_RECORDINGS = frozenset(
    {"footage", "video", "camera", "photo", "photograph", "image", "picture", "tape",
     "recording", "photographer", "cameraman", "film", "clip", "poll", "survey"}
)  # fmt: skip


def _only_a_recipient(parsed: ParsedArticle, verb: int, obj: int | None) -> bool:
    """The verb's one object is a personal pronoun and nothing else is given ("sent him",
    "provided them"): the thing given is elsewhere, often a noun the parse lost."""
    if obj is None or parsed.lower(obj) not in _RECIPIENT_PRONOUNS:
        return False
    others = parsed.kids(verb, "dobj", "dative", "xcomp", "ccomp")
    return all(o == obj for o in others) and _preposition(parsed, verb, "with") is None


_RECIPIENT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})


def _describes_its_object(parsed: ParsedArticle, verb: int) -> bool:
    """A participle or relative clause whose noun is its object: "an opinion released by
    the office", "answers he provided" (a clause with its own subject)."""
    dep = parsed.tokens[verb].dep
    if dep == "acl":
        return True
    subject = parsed.kid(verb, "nsubj")
    return dep == "relcl" and subject is not None and parsed.lower(subject) not in _RELATIVES


def _met_by_several(parsed: ParsedArticle, verb: int) -> bool:
    """ "Trump and Putin met", "the leaders met", "met with Abbas": parties meet."""
    if _preposition(parsed, verb, "with") is not None:
        return True
    subject = parsed.kid(verb, "nsubj")
    if subject is None:
        return False
    plural = parsed.is_plural_noun(subject)
    several = parsed.kid(subject, "conj") is not None or parsed.lower(subject) in ("they", "we")
    return plural or several


def _press_event(parsed: ParsedArticle, noun: int) -> bool:
    """ "held a press conference", "a news conference": a statement to the press, no
    meeting of parties."""
    return any(parsed.lower(k) in ("press", "news") for k in parsed.kids(noun, "compound"))


def _causative(parsed: ParsedArticle, verb: int) -> bool:
    """ "sending prices soaring", "sent the markets into a spin" aside: a participle or
    adjective saying what the object was made to do (an infinitive is a purpose: "sent
    troops to fight")."""
    obj = parsed.kid(verb, "dobj")
    told = parsed.kids(verb, "advcl", "xcomp", "oprd", "acomp", "ccomp")
    if obj is not None:  # "sending shoppers scurrying for cover" ("convoys carrying food":
        # what they carry, not what they were made to do)
        told += [k for k in parsed.kids(obj, "acl") if parsed.kid(k, "dobj") is None]
    for kid in told:
        infinitive = parsed.has_to(kid)
        made_to = parsed.tokens[kid].pos == "ADJ" or parsed.lower(kid).endswith("ing")
        if made_to and not infinitive:
            return True
    into = _preposition(parsed, verb, "into")
    return into is not None and parsed.lemma(into) in _STATES_SENT_INTO


# What someone is sent into that is a state, not a place: "sent writers into a tizzy".
_STATES_SENT_INTO = frozenset(
    {"tizzy", "frenzy", "panic", "spin", "tailspin", "turmoil", "chaos", "disarray", "shock",
     "overdrive", "meltdown", "spiral", "freefall", "fit", "fits", "rage", "uproar"}
)  # fmt: skip


def _championed(parsed: ParsedArticle, verb: int) -> bool:
    """ "fought for our right" champions a cause; "fought for control of the city" and
    "fought for Bakhmut" are battles over ground."""
    cause = _preposition(parsed, verb, "for")
    if cause is None:
        for_ = next((p for p in parsed.kids(verb, "prep") if parsed.lower(p) == "for"), None)
        believed = parsed.kid(for_, "pcomp") if for_ is not None else None
        return believed is not None  # "fight for what they believe in": a clause, a cause
    if parsed.tokens[cause].pos == "ADP":
        return False
    place = parsed.names_a_place(cause)
    return parsed.lemma(cause) not in FOUGHT_OVER and not place


def _discussed_alone(parsed: ParsedArticle, verb: int) -> bool:
    """One person discussing a topic with no one named: "discussed the challenges". A
    meeting needs a partner ("discussed the crisis with Erdogan") or several parties."""
    if _preposition(parsed, verb, "with") is not None:
        return False
    if parsed.kid(verb, "neg") is not None:
        return True  # "spokesmen would not discuss the investigation": no comment, no talks
    subject = first_found(parsed.kid(verb, "nsubj"), _infinitive_subject(parsed, verb))
    if subject is None or parsed.kids(subject, "conj"):
        return False
    one = parsed.lower(subject) in ("he", "she")
    singular = parsed.tokens[subject].pos == "NOUN" and not parsed.is_plural_noun(subject)
    described = singular and names_people(parsed, subject)
    return one or described or parsed.mention_at(subject, _PERSON) is not None


def _infinitive_subject(parsed: ParsedArticle, verb: int) -> int | None:
    head = parsed.head(verb)
    if head is None or parsed.tokens[verb].dep != "xcomp":
        return None
    return parsed.kid(head, "nsubj")


def _signing_up(parsed: ParsedArticle, verb: int) -> bool:
    """Joining ("sign up for updates", "signs up to be a delegate"); "signs up fully to
    the Covenant" agrees to it."""
    if _preposition(parsed, verb, "up") is None:
        return False
    return _preposition(parsed, verb, "for") is not None or parsed.kid(verb, "xcomp") is not None


def _enables_us(parsed: ParsedArticle, verb: int, obj: int | None) -> bool:
    """ "allows us to get our message out", "allowed me to see", "did allow himself to
    address the hypothetical": made possible for whoever speaks or listens, or for oneself,
    no permission granted to a party."""
    clause = parsed.kid(verb, "ccomp", "xcomp")
    subject = first_found(obj, parsed.kid(clause, "nsubj") if clause is not None else None)
    return subject is not None and parsed.lower(subject) in (
        "us", "me", "you", "one", "himself", "herself", "themselves", "itself", "myself"
    )  # fmt: skip


# What people share by holding it alike, not by handing it over: "shares his views".
_HELD_IN_MIND = frozenset(
    {"view", "concern", "value", "vision", "belief", "goal", "strategy", "story",
     "thought", "opinion", "sentiment", "frustration", "experience", "outlook", "worry",
     "fear", "hope", "priority", "passion", "love", "disdain", "skepticism", "scepticism"}
)  # fmt: skip
# A person's own people, named by the person's surname: "the Koch brothers".
_A_PERSONS_PEOPLE = frozenset(
    {"brother", "sister", "family", "clan", "campaign", "camp", "administration", "team",
     "ally", "supporter", "aide"}
)  # fmt: skip
# A child welcomed into a family: "welcomed a baby girl", "welcomed twins".
_BIRTHS = frozenset(
    {"baby", "babies", "twin", "twins", "triplets", "newborn", "grandchild", "grandson",
     "granddaughter"}
)  # fmt: skip
_PEOPLE_PRONOUNS = frozenset({"him", "her", "them"})
# Whom one talks to when addressing them, no party met: "talk to the nation".
_AUDIENCES = frozenset(
    {"nation", "country", "public", "people", "voter", "voters", "crowd", "crowds", "audience",
     "audiences", "supporter", "supporters", "reporter", "reporters", "journalist",
     "journalists", "press", "media", "student", "students", "congregation", "american",
     "americans", "viewer", "viewers", "listener", "listeners", "rally", "delegates"}
)  # fmt: skip
_VERBAL_HITS = frozenset({"hit", "slam", "blast", "attack", "hammer"})
# What one "hits" by coming to it: a snag, a level, a goal ("hit new problems", "hit a
# record", "hit the campaign trail").
_REACHED = frozenset(
    {"problem", "snag", "hurdle", "roadblock", "obstacle", "wall", "record", "high", "low",
     "peak", "target", "mark", "milestone", "threshold", "stride", "note", "trail", "airwaves",
     "ground", "jackpot", "button", "brake", "pause", "limit", "ceiling", "bottom", "nerve",
     "street", "road", "stump", "book", "level", "point", "stage", "market", "shelf", "screen",
     "run"}
)  # fmt: skip


_STRIKING = _VERBAL_HITS | {"pound", "bang", "strike", "beat"}
# What a fist or a gavel comes down on, never whom: "slammed his hand on a table".
_STRUCK_THINGS = frozenset(
    {"hand", "hands", "fist", "fists", "palm", "gavel", "door", "table", "desk", "lectern",
     "podium", "drum", "phone"}
)  # fmt: skip
# How a plague goes on: "a resurgence of coronavirus", "the spread of the virus".
_COURSES = frozenset({"resurgence", "spread", "surge", "rise", "wave", "outbreak", "toll"})


def _a_plague(parsed: ParsedArticle, obj: int) -> bool:
    """A disease, a disaster or a social ill, or its course: fought, never anyone."""
    plagues = TACKLED | NATURAL_EVENTS
    if parsed.lemma(obj) in plagues:
        return True
    of = _preposition(parsed, obj, "of") if parsed.lemma(obj) in _COURSES else None
    return of is not None and parsed.lemma(of) in plagues


# What is sent on to the next one to act on it, never given: "sent the bill to the Senate",
# "will send the charges to the chamber".
_PAPERS_PASSED_ON = frozenset(
    {"bill", "legislation", "letter", "article", "charge", "nomination", "resolution", "measure"}
)


def _relative_object(parsed: ParsedArticle, verb: int, obj: int) -> bool:
    above = parsed.head(verb)
    relative = parsed.lower(obj) in RELATIVE_PRONOUNS and parsed.tokens[verb].dep == "relcl"
    return relative and above is not None and parsed.tokens[above].pos == "NOUN"


def _a_market(parsed: ParsedArticle, subject: int | None) -> bool:
    return subject is not None and parsed.lemma(subject).casefold() in _MARKETS


_MARKETS = frozenset(
    {"stock", "stocks", "market", "markets", "index", "indexes", "indices", "average", "dow",
     "nasdaq", "share", "shares", "bond", "bonds", "price", "prices", "dollar", "euro", "yen",
     "futures", "equity", "equities", "currency", "oil", "gold"}
)  # fmt: skip


def _with_arms(parsed: ParsedArticle, verb: int) -> bool:
    wielded = _preposition(parsed, verb, "with")
    if wielded is None or parsed.lemma(wielded) in VERBAL_WEAPONS:
        return False  # not "hit Trump with attacks"
    return NOUNS.get(parsed.lemma(wielded)) == ASSAULT


def _making_a_case(parsed: ParsedArticle, infinitive: int | None) -> bool:
    if infinitive is None:
        return False
    made = parsed.kid(infinitive, "dobj")  # "sought to strike a bipartisan tone"
    words = parsed.lemma(made) in _CASES_MADE if made is not None else False
    return words or parsed.lemma(infinitive) in _CASE_MAKING


_CASES_MADE = frozenset(
    {"tone", "note", "chord", "credence", "image", "narrative", "doubt", "concern", "fear"}
)  # "sought to overcome any doubts about its safety": persuasion


# What one seeks to do in words, not asks for: "sought to contrast", "seeking to paint".
_CASE_MAKING = frozenset(
    {"contrast", "differentiate", "distinguish", "distance", "portray", "paint", "cast",
     "frame", "depict", "blame", "downplay", "highlight", "emphasize", "emphasise",
     "reassure", "justify", "deflect", "capitalize", "capitalise", "tie", "link", "position",
     "present", "shift", "minimize", "minimise", "play", "assert", "manage", "project",
     "signal", "show", "demonstrate", "prove", "calm", "soothe", "court", "woo"}
)  # fmt: skip


def _running_start(parsed: ParsedArticle, verb: int) -> bool:
    """ "hit the ground running", which the parse reads as a clause "the ground running"."""
    clause = parsed.kid(verb, "ccomp", "xcomp")
    ground = parsed.kid(clause, "nsubj", "dobj") if clause is not None else None
    return ground is not None and parsed.lemma(ground) in _REACHED


def _a_person_named(parsed: ParsedArticle, obj: int | None) -> bool:
    return obj is not None and parsed.mention_at(obj, _PERSON) is not None


_MONEY = frozenset({"fund", "funds", "funding", "money", "aid", "assistance", "$", "grant"})
_PROVIDED_FOR = frozenset({"family", "families", "child", "children", "household", "kid"})


def _blamed_for(parsed: ParsedArticle, verb: int, obj: int) -> bool:
    """ "hitting Strickland for job losses": a person taken to task for something; "hitting
    Clinton with ads": with words."""
    person = parsed.mention_at(obj, _PERSON) is not None or parsed.lemma(obj) in _PARTISANS
    person = person or parsed.lower(obj) in _PEOPLE_PRONOUNS  # "an ad hitting him for ..."
    reason = _preposition(parsed, verb, "for") or next(
        (
            p
            for p in parsed.kids(verb, "prep")
            if parsed.lower(p) == "for" and parsed.kids(p, "pcomp")
        ),
        None,
    )  # "for job losses", "for how they ran it"; not "for hours"
    wielded = _preposition(parsed, verb, "with")
    in_words = wielded is not None and parsed.lemma(wielded) in VERBAL_WEAPONS
    return (person and reason is not None) or in_words


# Members of parties, taken to task in words: "Democrats attacked Republicans for how ...".
_PARTISANS = frozenset(
    {"democrat", "republican", "democrats", "republicans", "conservative", "conservatives",
     "liberal", "liberals", "tory", "tories", "progressive", "progressives"}
)  # fmt: skip


def _to_the_end(parsed: ParsedArticle, verb: int) -> bool:
    end = _preposition(parsed, verb, "to", "until", "till")
    return end is not None and parsed.lemma(end) == "end"


def _on_the_side(parsed: ParsedArticle, verb: int) -> bool:
    side = _preposition(parsed, verb, "on", "alongside")
    return side is not None and parsed.lemma(side) == "side"


def _summoned(parsed: ParsedArticle, obj: int, words: set[str]) -> bool:
    """A diplomat summoned is a protest; "summon Obama or Biden" to campaign is none."""
    return bool(words & SUMMONED)


def _appeals_to_a_thing(parsed: ParsedArticle, verb: int) -> bool:
    """ "appeal to a sense of displacement", "appealed to voters' fears", "appealed to
    American seniors": to something or to an audience courted, not to someone named and
    asked to act ("appealed to Russia to stop", "appealed to the UN for help")."""
    to = _preposition(parsed, verb, "to")
    if to is None or parsed.kid(verb, "xcomp") is not None:
        return False
    if _preposition(parsed, verb, "for") is not None:
        return False
    return not _names_someone(parsed, to)


def _in_words_or(parsed: ParsedArticle, noun: int, action: str) -> str:
    """An attack noun "on" a person or on words is criticism ("made a bizarre attack on the
    campaign's decision", "Mr. Trump's attacks on him"); a phone or conference call is a
    contact, not a call for something; any other action stays."""
    attack = parsed.lemma(noun) in _ATTACK_NOUNS  # "launched another assault on his record"
    if action == ASSAULT and attack and _attack_in_words(parsed, noun):
        return DISAPPROVE
    if action == ASSAULT and attack and _said_kind(parsed, noun):
        return DISAPPROVE  # "mounting a public attack on the housing secretary"
    kinds = {parsed.lemma(k) for k in parsed.kids(noun, "compound", "amod")}
    if parsed.lemma(noun) == "call" and (kinds & _CALLS_MADE or _calls_to_someone(parsed, noun)):
        return CONSULT  # "held a conference call with researchers", "calls to members"
    return action


def _said_kind(parsed: ParsedArticle, noun: int) -> bool:
    """An attack its own words call one of words: "a public attack", "a personal attack"."""
    kinds = {parsed.lemma(k) for k in parsed.kids(noun, "amod", "compound")}
    return bool(kinds & _ATTACKS_IN_WORDS)


_ATTACKS_IN_WORDS = frozenset(
    {"public", "verbal", "personal", "political", "rhetorical", "ad", "pointed", "scathing",
     "blistering", "withering"}
)  # fmt: skip
_ATTACK_NOUNS = frozenset({"attack", "assault"})


def _attack_in_words(parsed: ParsedArticle, noun: int) -> bool:
    """ "attacks on him", "a pre-emptive attack against Obama": at a person, in words; a
    person's attacks on someone by role ("Trump's attacks on a federal judge") too."""
    if _in_words(parsed, noun, "on") or _in_words(parsed, noun, "against"):
        return True
    if {parsed.lemma(i) for i in parsed.subtree(noun)} & _DEPICTING:
        return True  # "a new round of attacks designed to paint him as profiting": in words
    verb = parsed.head(noun) if parsed.tokens[noun].dep == "dobj" else None
    if verb is not None and (_in_words(parsed, verb, "on") or _in_words(parsed, verb, "against")):
        return True  # "launched another assault on Mr Biden's record", "on" hung on the verb
    owners = parsed.kids(noun, "poss")
    target = _preposition(parsed, noun, "on", "against")
    by_a_person = any(parsed.mention_at(o, _PERSON) is not None for o in owners)
    return by_a_person and target is not None and parsed.lemma(target) in _CIVIL_ROLES


# What attacks in words do to their target: "attacks designed to paint him as ...".
_DEPICTING = frozenset({"paint", "portray", "depict", "brand", "label", "caricature"})
# People whom a person attacks in words, not in arms: "Trump's attacks on a federal judge".
_CIVIL_ROLES = frozenset(
    {"judge", "justice", "senator", "governor", "mayor", "reporter", "journalist",
     "moderator", "candidate", "opponent", "rival", "critic", "host", "anchor", "lawmaker",
     "congressman", "congresswoman", "president", "speaker", "chairman", "chairwoman",
     "pope", "nominee", "columnist", "commentator", "prosecutor", "official"}
)  # fmt: skip


def _calls_to_someone(parsed: ParsedArticle, noun: int) -> bool:
    """ "making calls to committee members", "calls with their counterparts": phoning people
    (not "calls to end the war")."""
    called = _preposition(parsed, noun, "to", "with")
    return called is not None and (_names_someone(parsed, called) or names_people(parsed, called))


_CALLS_MADE = frozenset({"conference", "phone", "telephone", "video", "zoom", "cabinet"})


def _in_words(parsed: ParsedArticle, head: int, preposition: str | None = None) -> bool:
    """What an attack goes at is a person or something said or decided: an attack in words.
    With `preposition`, what the attack noun is "on"."""
    target = _preposition(parsed, head, preposition) if preposition else head
    if target is not None and parsed.lower(target) in ("whom", "who", "which", "that"):
        clause = parsed.head(target)  # "Mr. Bush, whom he attacked": Mr. Bush
        relative = clause is not None and parsed.tokens[clause].dep == "relcl"
        target = parsed.head(clause) if relative and clause is not None else target
    if target is None:
        return False
    person = _a_persons_name(parsed, target) or parsed.lower(target) in ("him", "her")
    # "attacked the Koch brothers", "the Clinton campaign": a person's people, by surname
    person = person or (
        parsed.lemma(target) in _A_PERSONS_PEOPLE
        and any(_a_persons_name(parsed, k) for k in parsed.kids(target, "compound"))
    )
    # "attacks rival's foreign policy inexperience": what a person has or did
    owners = parsed.kids(target, "poss")
    owned = any(_a_persons(parsed, o) for o in owners)
    return person or owned or parsed.lemma(target) in VERBAL_TARGETS


def _a_persons_name(parsed: ParsedArticle, index: int) -> bool:
    """A person's name, or the surname of a person the article names ("Clinton's attack on
    Trump" with Trump taken for an organisation)."""
    return parsed.mention_at(index, _PERSON) is not None or parsed.lower(index) in _surnames(parsed)


# A person by their role towards someone ("rival's", "opponent's"); a body ("the country's
# Supreme Court") is no person.
_PERSON_ROLES = LOCAL_ROLES | frozenset(
    {"rival", "opponent", "critic", "predecessor", "successor", "challenger", "incumbent"}
)


def _a_persons(parsed: ParsedArticle, owner: int) -> bool:
    """A person's or people's ("rival's", "Clinton's", "his"), not a state's ("Iran's")."""
    if _a_persons_name(parsed, owner) or parsed.lower(owner) in ("his", "her"):
        return True
    return parsed.mention_at(owner) is None and parsed.lemma(owner) in _PERSON_ROLES


def _captive(parsed: ParsedArticle, index: int) -> bool:
    """Who or what is released or freed: people ("the hostages", "Navalny", "him") or what
    was held ("the Turkish ship"), never a text ("their budget resolution", "a final
    rule", statistics)."""
    if parsed.tokens[index].pos == "PRON":
        return parsed.lower(index) in ("him", "her", "them", "us", "me") and not _things(
            parsed, index
        )
    words = {parsed.lemma(index), parsed.lower(index)}
    return not words & (NOT_HANDED_OVER | DOCUMENT_NOUNS | STATEMENTS | _PUBLISHED)


def _captives_misplaced(parsed: ParsedArticle, verb: int) -> bool:
    """Captives the parse hung on a preposition of the release ("freed on bail two
    ex-ministers": the ministers), not a text ("released on Tuesday text of the resolution")."""
    found = [o for p in parsed.kids(verb, "prep") for o in parsed.kids(p, "pobj")]
    return any(_captive(parsed, o) and not parsed.names_a_time(o) for o in found[-1:])


def _a_text_released(parsed: ParsedArticle, verb: int) -> bool:
    """A participle describing what was released ("a transcript of the conversation
    released by the White House"): the noun it hangs on, or the noun that one is "of",
    is a text, not a captive."""
    noun = parsed.head(verb)
    if parsed.tokens[verb].dep != "acl" or noun is None:
        return False
    of = parsed.head(noun) if parsed.tokens[noun].dep == "pobj" else None
    whole = parsed.head(of) if of is not None and parsed.lower(of) == "of" else None
    described = [noun] if whole is None else [noun, whole]
    return not all(_captive(parsed, n) for n in described)


def _all_captive(parsed: ParsedArticle, verb: int, obj: int) -> bool:
    """The object and the nouns joined to it are all captives ("released its monthly hiring
    and unemployment figures": figures, published; the parse may join them to the verb)."""
    joined = [c for c in parsed.kids(verb, "conj") if parsed.tokens[c].pos == "NOUN"]
    return all(_captive(parsed, i) for i in (obj, *parsed.kids(obj, "conj"), *joined))


def _people(parsed: ParsedArticle, index: int) -> bool:
    """Someone taken to safety: a person, people or a pronoun for them ("rescued survivors")."""
    if parsed.tokens[index].pos == "PRON":
        return not _things(parsed, index)
    return _names_someone(parsed, index) or names_people(parsed, index)


def _things(parsed: ParsedArticle, pronoun: int) -> bool:
    """ "them" after a plural thing in its sentence: "crime statistics ... has not yet
    released them"."""
    if parsed.lower(pronoun) != "them":
        return False
    sentence = parsed.sentence_of(pronoun)
    before = [
        i
        for i, t in enumerate(parsed.tokens)
        if sentence.start <= t.start < parsed.tokens[pronoun].start and t.pos == "NOUN"
    ]
    return bool(before) and not names_people(parsed, before[-1])


def _names_someone(parsed: ParsedArticle, index: int) -> bool:
    named = parsed.mention_at(index, _ACTOR_LABELS) is not None
    if named or parsed.tokens[index].pos == "PROPN":
        return True
    if parsed.tokens[index].pos != "PRON":
        return False
    if parsed.lower(index) not in _PART_OF_WHAT:
        return True
    # "meet all of its financial obligations": all of what the "of" names, someone or not
    whole = _preposition(parsed, index, "of")
    return whole is not None and _names_someone(parsed, whole)


def _violated(parsed: ParsedArticle, obj: int) -> str | None:
    """ "violated Estonian airspace", "violated the ceasefire agreement": force crossed a
    line; "has violated sanctions against Iran", "violated a ban on missile tests": a rule
    defied (CAMEO's "defy norms, law", a rejection); "violated their rights": neither."""
    own = {parsed.lemma(i) for i in (obj, *parsed.kids(obj, "compound", "amod"))}
    if own & _CROSSED_BY_FORCE:
        return ASSAULT
    return None if parsed.lemma(obj) in _RIGHTS else REJECT


_RIGHTS = frozenset({"right", "rights", "privacy", "dignity"})

# What only armed force violates ("violated Estonian airspace", "violated the ceasefire")
_CROSSED_BY_FORCE = frozenset(
    {"airspace", "border", "territory", "ceasefire", "cease-fire", "truce", "armistice",
     "sovereignty", "frontier", "waters", "line"}
)  # fmt: skip

# Pronouns that name a part or a thing, not a party: "meet all of its obligations"
_PART_OF_WHAT = frozenset(
    {"all", "everything", "something", "anything", "nothing", "much", "that", "this",
     "these", "those", "what", "which"}
)  # fmt: skip


# Acts a modifier names the target of when they qualify another noun ("Iran sanctions
# legislation", "the Russia sanctions bill"), never the one who imposes them.
_NAMED_BY_THEIR_TARGET = frozenset({"sanction", "sanctions"})


def _noun_trigger(parsed: ParsedArticle, noun: int) -> Trigger | None:
    """An action noun counts only with an actor modifier of its own ("a US demand")."""
    token = parsed.tokens[noun]
    lemma = token.lemma.lower()
    if lemma not in NOUNS or lemma in LIGHT_VERB_NOUNS:
        return None
    if token.pos == "PROPN":
        return None  # a name's word: "the Clean Power Plan" is a rule's name, not a proposal
    if not parsed.kids(noun, "poss", "compound", "amod", "nmod"):
        return None
    if lemma not in CLAIM_NOUNS and token.dep in ("dobj", "pobj"):
        return None  # "rejected Russian attacks": the verb is the claim
    if lemma == "request" and _words_of(parsed, _preposition(parsed, noun, "for")) & SAYING_ONLY:
        return None  # "USA TODAY's request for comment": a reporter's question, no demand
    if token.dep == "compound" and parsed.lemma(parsed.head(noun) or noun) not in _ABOUT_AN_ACT:
        return None  # "kidnapping insurance", "attack helicopters": a kind of thing, no act
    if token.dep == "compound" and lemma in _NAMED_BY_THEIR_TARGET:
        return None  # "the Russian sanctions bill": sanctions on Russia, by whoever passes it
    if _press_event(parsed, noun) or parsed.lower(noun) == "talk":
        return None
    if lemma in _FIRED_ONLY:
        return None  # "J&J's shot": a vaccine; shots are an attack when fired
    head = parsed.head(noun)
    verb = head if head is not None and parsed.tokens[head].pos in ("VERB", "AUX") else None
    action = _in_words_or(parsed, noun, NOUNS[lemma])
    if lemma == "rally" and _campaign_event(parsed, noun):
        return None  # "a Trump rally": a candidate's event, no protest
    if lemma == "rally" and verb is not None and _held_by_a_person(parsed, verb):
        return None  # "Sanders visited Missouri, holding a rally": his event, no protest
    return Trigger(noun, action, token.start, token.end, nominal=True, verb=verb)
