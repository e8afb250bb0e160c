"""Words the quote rules read: verbs of saying, what their objects and prepositions
introduce, and the words that open an aside after a reported clause.

Kept apart from the rules so a reader can see (and extend) the vocabulary in one place.
"""

from __future__ import annotations

# verbs whose subject is a speaker and whose complement is what was said
CUE_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "answer",
        "state",
        "claim",
        "argue",
        "announce",
        "write",
        "tweet",
        "post",
        "explain",
        "note",
        "insist",
        "warn",
        "ask",
        "report",
        "suggest",
        "declare",
        "assert",
        "acknowledge",
        "admit",
        "deny",
        "reply",
        "respond",
        "continue",
        "describe",
        "predict",
        "promise",
        "vow",
        "urge",
        "testify",
        "comment",
        "repeat",
        "recall",
        "stress",
        "emphasize",
        "emphasise",
        "contend",
        "maintain",
        "confirm",
        "complain",
        "accuse",
        "charge",
        "allege",
        "joke",
        "quip",
        "boast",
        "concede",
        "caution",
        "observe",
        "remark",
        "conclude",
        "mention",
        "reveal",
        "disclose",
        "shout",
        "yell",
        "retort",
        "counter",
        "proclaim",
        "pledge",
        "lament",
        "tout",
        "brag",
        "scoff",
        "threaten",
        "demand",
        "agree",
        "disagree",
        "dismiss",
        "criticize",
        "criticise",
        "praise",
        "call",
        "inform",
        "assure",
        "reiterate",
        "recount",
        "muse",
        "wonder",
        "cite",
        "speak",
        "talk",
        "exclaim",
        "propose",
        "recommend",
        "reaffirm",
        "blast",
        "slam",
        "question",
        "dispute",
        "refute",
        "decry",
        "applaud",
        "press",  # "“Would it be negotiable?” Hannity pressed."
        "interject",
        "retaliate",  # "“France will always be France,” an angry Hollande retaliated."
    ]
)

# verbs whose direct object or infinitive is itself the message ("announced his
# candidacy", "vowed to fight", "accused him of lying"); for the
# other cue verbs only a clause counts ("praised the plan" reports no words)
MESSAGE_OBJECT_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "announce",
        "report",
        "claim",
        "deny",
        "confirm",
        "reveal",
        "disclose",
        "accuse",
        "charge",
        "allege",
        "promise",
        "pledge",
        "vow",
        "urge",
        "ask",
        "repeat",
        "mention",
        "describe",
        "note",
        "predict",
        "warn",
        "suggest",
        "tweet",
        "reiterate",
        "recount",
        "acknowledge",
        "declare",
        "recall",
        "comment",
        "speak",
        "talk",
        "complain",
        "insist",
        "boast",
        "cite",
        # what is stressed, touted or lamented is the speaker's point ("touted his victories
        # in various states"); what is praised, criticised or dismissed is most often a
        # person or a thing, no words (measured on PolNeAR train, one verb at a time)
        "tout",
        "lament",
        "emphasize",
        "emphasise",
        "stress",
    ]
)
# left out on purpose: verbs whose object is usually an act or a thing, not words
# ("proposed a tax", "demanded a $15 wage", "threatened to run", "admitting students"). What
# is cited is the speaker's point unless it is a source ("citing people familiar with the
# talks"): quotes._cites_a_source tells them apart.

# verbs whose first object may be the listener, not the message ("told him ...")
# Verbs whose "as" clause attributes the clause it hangs from ("as Reuters reported, ...");
# "as he spoke", "as they talked" only say when.
AS_REPORTED_LEMMAS = frozenset(
    {
        "say",
        "report",
        "write",
        "note",
        "put",
        "tell",
        "explain",
        "argue",
        "point",
        "observe",
        "state",
        "claim",
        "acknowledge",
        "warn",
        "predict",
        "recall",
        "announce",
        "confirm",
        "reveal",
        "disclose",
        "suggest",
        "declare",
        "insist",
        "admit",
        "concede",
        "remark",
        "describe",
        "detail",
        "document",
        "show",
        "indicate",
        "emphasize",
        "stress",
        "mention",
        "assert",
        "contend",
        "recount",
        "tweet",
        "post",
        "inform",  # "As the agency Interfax informs, ..." (translated news)
        "add",
    }
)
ADDRESSEE_LEMMAS = frozenset({"tell", "ask", "warn", "urge", "inform", "assure", "remind"})

# prepositions that introduce what was said, by verb ("warned of", "accused ... of",
# "asked about", "commented on", "called for"); a preposition after another verb is
# read as a circumstance ("said on Sunday", "spoke at the rally"); "insisted on building a
# wall" is a demand or an act, no words (claims read it)
TOPIC_PREPOSITIONS: dict[str, frozenset[str]] = {
    "accuse": frozenset({"of"}),
    "charge": frozenset({"with"}),
    "warn": frozenset({"of", "about", "against"}),
    "boast": frozenset({"of", "about"}),
    "ask": frozenset({"about"}),
    "comment": frozenset({"on"}),
    "speak": frozenset({"about", "of"}),
    "talk": frozenset({"about"}),
    "complain": frozenset({"about", "of"}),
    "report": frozenset({"on"}),
    "press": frozenset({"on"}),
    "grill": frozenset({"on"}),
    "question": frozenset({"on"}),
    "challenge": frozenset({"on"}),
}

# a comma (or dash) and a relative clause opened by one of these after a reported clause
# are an aside the writer adds ("..., which is investigating"), not the speaker's words;
# concessive clauses and appositions were tried too, but annotators keep those as often;
# the relative words are the resolver's (referents.RELATIVE_WORDS)
ASIDE_OPENERS = frozenset({",", "--", "—", "–"})

# cue verbs that attach a direct quote ("'No,' he agreed") but whose clause or object is
# not reported words: a state of mind ("wondered whether"), a stance ("agreed that",
# "questioned whether"), or an act ("demanded a recount", "continued to campaign");
# measured on the PolNeAR train split, their reported clauses matched an attribution
# of speech in fewer than one case in five
DIRECT_ONLY_LEMMAS = frozenset(
    {"wonder", "agree", "disagree", "question", "assure", "continue", "demand"}
)

# nouns for a message someone issues: a participle cue on one speaks for the issuer ("His
# office put out a statement saying ...", "the campaign released a memo arguing ...")
STATEMENT_NOUNS = frozenset(
    {
        "statement",
        "release",
        "memo",
        "letter",
        "post",
        "tweet",
        "message",
        "note",
        "email",
        "sign",
        "banner",
        "placard",
        "request",
        "petition",
        "filing",
        "motion",
        "ad",
        "advertisement",
        "commercial",
        "video",
        "report",
        "piece",
        "op-ed",
        "editorial",
        "column",
        "essay",
        "data",
    }
)

# what one tells or asks, as against whom ("told the story", "asked a question"; "told
# reporters", "asked the senator" name a listener)
MESSAGE_NOUNS = frozenset(
    {"question", "truth", "lie", "story", "tale", "joke", "secret", "difference", "news",
     "insight", "response", "answer", "thing", "something", "anything", "nothing", "everything",
     "lot", "favor", "favour", "permission", "detail", "fact", "name", "time", "way",
     "version", "account"}
)  # fmt: skip

# verbs that are verbs of saying only with their particle ("fired back", "pointed out")
PHRASAL_CUES = frozenset(
    {
        ("shoot", "back"), ("fire", "back"), ("hit", "back"), ("push", "back"),
        ("write", "back"), ("point", "out"), ("lash", "out"), ("chime", "in"),
        ("weigh", "in"), ("go", "on"), ("sound", "off"),
    }
)  # fmt: skip
