"""Which words carry which action: PLOVER-style types for verbs, phrasal verbs and nouns.

Hand-written and short on purpose: the verbs news about diplomacy and war keeps using.
A word missing here is a claim missed, never a wrong claim, so entries are only added
when their usual news sense is unambiguous (or disambiguated by a particle below).
"""

from __future__ import annotations

DEMAND = "DEMAND"
PROPOSE = "PROPOSE"
ACCEPT = "ACCEPT"
REJECT = "REJECT"
CONCEDE = "CONCEDE"
THREATEN = "THREATEN"
ASSAULT = "ASSAULT"
COERCE = "COERCE"
CONSULT = "CONSULT"
SANCTION = "SANCTION"
SUPPORT = "SUPPORT"
DISAPPROVE = "DISAPPROVE"
COOPERATE = "COOPERATE"
AID = "AID"
PROTEST = "PROTEST"
MOBILIZE = "MOBILIZE"
INVESTIGATE = "INVESTIGATE"

ACTION_TYPES = (
    DEMAND,
    PROPOSE,
    ACCEPT,
    REJECT,
    CONCEDE,
    THREATEN,
    ASSAULT,
    COERCE,
    CONSULT,
    SANCTION,
    SUPPORT,
    DISAPPROVE,
    COOPERATE,
    AID,
    PROTEST,
    MOBILIZE,
    INVESTIGATE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _table(**groups: str) -> dict[str, str]:
    return {word: action for action, words in groups.items() for word in words.split()}


VERBS: dict[str, str] = _table(
    DEMAND="demand insist urge request appeal want seek require press pressure order",
    PROPOSE="propose suggest offer pledge promise vow",
    ACCEPT="accept agree approve ratify recognize recognise sign allow",
    REJECT="reject refuse deny dismiss veto oppose resist decline refute",
    CONCEDE=(
        "concede cede yield surrender withdraw retreat release free lift ease return resign"
        " grant reopen remove waive exchange swap"
    ),
    THREATEN="threaten warn",
    ASSAULT=(
        "attack kill bomb shell shoot invade wound injure assassinate massacre strike"
        " hit storm burn ambush abduct kidnap behead fight clash occupy capture torture"
        " destroy pound overrun violate"
    ),
    COERCE=(
        "arrest detain jail imprison expel deport ban raid confiscate seize outlaw apprehend force"
    ),
    CONSULT="meet discuss visit host negotiate consult",
    SANCTION="sanction embargo boycott suspend cancel reduce",
    SUPPORT="support back praise welcome endorse commend hail thank congratulate defend",
    DISAPPROVE=(
        "criticize criticise condemn accuse blame denounce slam rebuke summon assail blast"
        " castigate chastise charge convict indict"
    ),
    COOPERATE="cooperate collaborate share extradite participate",
    AID=("provide supply deliver donate fund send lend distribute contribute evacuate rescue give"),
    PROTEST="protest demonstrate march rally riot",
    MOBILIZE="deploy mobilize mobilise station",
    INVESTIGATE="investigate probe",
)

# (verb lemma, particle or preposition) -> action; checked before VERBS.
PHRASAL: dict[tuple[str, str], str] = {
    ("call", "on"): DEMAND,
    ("call", "for"): DEMAND,
    ("push", "for"): DEMAND,
    ("press", "for"): DEMAND,
    ("ask", "for"): DEMAND,
    ("lash", "out"): DISAPPROVE,
    ("call", "out"): DISAPPROVE,
    ("speak", "out"): DISAPPROVE,
    ("rule", "out"): REJECT,
    ("give", "up"): CONCEDE,
    ("pull", "out"): CONCEDE,
    ("back", "down"): CONCEDE,
    ("back", "out"): REJECT,
    ("back", "away"): CONCEDE,
    ("back", "off"): CONCEDE,  # "backed off his plan to impose tariffs": gave it up
    ("rally", "behind"): SUPPORT,
    ("hit", "back"): DISAPPROVE,
    ("hit", "out"): DISAPPROVE,
    ("rally", "around"): SUPPORT,
    ("push", "back"): DISAPPROVE,
    ("crack", "down"): COERCE,
    ("strike", "down"): REJECT,
    ("hand", "over"): CONCEDE,
    ("give", "back"): CONCEDE,  # "give back a $26.5 million donation": returned, no aid
    ("hand", "back"): CONCEDE,
    ("stop", "work"): PROTEST,
    ("open", "fire"): ASSAULT,
    ("talk", "with"): CONSULT,
    ("talk", "to"): CONSULT,
    ("meet", "with"): CONSULT,
}

# Words that open a question or an indirect one ("asked whether ...", "recognized how absurd
# it was"): what follows is asked or understood, not claimed.
QUESTION_WORDS = frozenset({"if", "whether", "what", "why", "how", "when", "who", "which", "where"})

# Verbs whose meaning is their object's: "carried out an airstrike", "launched an attack".
LIGHT_VERBS = frozenset(
    {"carry", "launch", "stage", "conduct", "mount", "make", "hold", "impose", "issue"}
    | {"declare", "announce", "open", "pay", "attend", "begin", "start", "give", "step"}
    | {"intensify", "escalate", "resume", "wage", "host", "establish", "file", "fire", "reach"}
)

# Ambiguous verbs that only count with a particle (PHRASAL) or a light-verb object.
NEEDS_PARTICLE = frozenset({"call", "push", "ask", "lash", "rule", "give", "pull", "talk"})

# Verbs that carry their action only with an object: "returned artifacts to Italy" (not
# "returned home"), "sent aid", "shared evidence", "reduced aid".
NEEDS_OBJECT = frozenset(
    {
        "exchange",
        "swap",
        "return",
        "send",
        "share",
        "reduce",
        "cancel",
        "defend",
        "violate",
        "charge",
        "remove",
        "contribute",
    }
    | {"grant", "reopen", "waive", "evacuate", "rescue"}
)

NOUNS: dict[str, str] = _table(
    DEMAND="demand request call ultimatum requirement",
    PROPOSE="proposal offer plan",
    REJECT="rejection refusal veto",
    THREATEN="threat warning deadline",
    ASSAULT=(
        "attack airstrike strike bombing offensive assault invasion raid shelling warfare war"
        " missile missiles rocket rockets shot shots shell shells mortar mortars artillery"
        " drone drones"
    ),
    COERCE="curfew blockade crackdown emergency siege",
    INVESTIGATE="investigation inquiry probe",
    CONSULT=(
        "talks talk meeting visit summit discussion discussions negotiation negotiations"
        " consultation consultations conference mediation"
    ),
    AID="assistance aid relief funding donation",
    ACCEPT="permission approval consent agreement deal accord compromise settlement consensus",
    MOBILIZE="deployment",
    COOPERATE="relations ties cooperation partnership",
    PROTEST="protest protests demonstration demonstrations rally march",
    SANCTION="sanction sanctions embargo suspension tariff tariffs",
    CONCEDE="concession withdrawal ceasefire release",
    DISAPPROVE="criticism condemnation lawsuit complaint suit",
    SUPPORT="support",
)

# Nouns that carry an action only after a light verb ("reached an agreement", "declared a
# state of siege", "announced the release of ..."): alone ("the Iran deal", "a press
# release") they name a thing, not someone's act.
LIGHT_VERB_NOUNS = frozenset(
    {"agreement", "deal", "accord", "compromise", "settlement", "consensus", "release",
     "deployment", "mediation", "siege", "emergency", "permission", "approval", "consent",
     "tariff", "tariffs"}
)  # fmt: skip

# Nouns that make a claim on their own ("a US demand that ..."), not only after a light verb.
CLAIM_NOUNS = frozenset(
    ["demand", "request", "proposal", "offer", "ultimatum", "threat", "concession"]
)

# Actions handing their object over to someone: "sent aid to Gaza", "imposed sanctions on
# Iran", "withdrew troops from the border"; the receiver, not the object, is the target.
TRANSFERS = frozenset({AID, CONCEDE, SANCTION, MOBILIZE, COOPERATE})

# Actions whose object is usually a thing wanted, offered, accepted or refused ("sought
# refuge in Amman", "accepted an invitation to meet Kim"): aimed at whoever is named with it.
WANTS_THINGS = frozenset({DEMAND, PROPOSE, ACCEPT, REJECT})

# What a participle after them says is their author's act: "issued a statement urging X".
STATEMENTS = frozenset(
    {"statement", "letter", "message", "resolution", "report", "communique", "declaration"}
)

# Accepting, agreeing or conceding, negated, is rejecting: "would not cede territory".
NEGATED_BECOMES_REJECT = frozenset({ACCEPT, CONCEDE, SUPPORT})

REPORTING_VERBS = frozenset(
    [
        "say",
        "tweet",
        "report",
        "tell",
        "claim",
        "state",
        "announce",
        "add",
        "write",
        "cite",
        "quote",
        "confirm",
        "reveal",
        "note",
    ]
)
EXPECTING_VERBS = frozenset(["expect", "set", "plan", "intend", "prepare", "schedule", "go", "aim"])
PROPOSING = frozenset(["propose", "suggest", "offer", "proposal", "plan", "suggestion"])

# Descriptions that can act (a group of people, a body): "protesters", "the government",
# "Russian troops"; a description naming a thing ("the strike", "the plan", "fears", "the
# law") is never an actor (a thing's author acts, when the text names it).
AGENT_NOUNS = _words(
    """people person man woman men women official officials leader leaders authorities
    authority government governments administration ministry ministries army armies military
    forces force troops soldiers police officers officer militants rebels insurgents
    fighters gunmen protesters demonstrators activists critics supporters opponents voters
    residents villagers citizens workers lawmakers legislators senators deputies members
    delegation delegations negotiators diplomats envoy ministers party parties court courts
    judge judges committee council congress senate parliament assembly cabinet agency
    company companies firm firms group groups union unions coalition alliance side sides
    country countries state states nation nations regime junta prosecutors prosecutor
    investigators campaign team staff aides aide adviser advisers spokesman spokeswoman
    spokesperson president minister secretary chairman chief commander general board
    bank banks organization organisation organizations organisations movement movements
    community students teachers doctors nurses farmers families family relatives parents
    hackers police ally allies partner partners neighbor neighbors neighbour neighbours national
    rival rivals units battalion battalions brigade brigades regiment regiments
    division divisions squad squads platoon platoons
    navy guard guards coast office diplomat diplomats household households militia
    militias oligarchs elites nationals migrants refugees immigrants civilians children
    employees players fans veterans pilgrims tourists passengers prisoners detainees hostages
    journalists reporters victims"""
)
# Words that end like a doer ("-er", "-or", "-ant") but name a thing.
THING_NOUNS = _words(
    """number order power paper water center centre letter border matter quarter chapter
    layer corner shelter tower computer cancer river manner error factor sector monitor
    motor mirror pillar anchor harbor harbour flavor favor favour honor honour meter
    dollar percent elephant restaurant plant giant tenant variant warrant instant
    amount point joint element statement agreement barrier fee tree degree decree spree
    coffee guarantee knee glee jubilee answer answers merger mergers bluster disaster
    danger dinner theater theatre trigger offer offers filter thunder laughter"""
)

# Objects that make a hand-over or a release no act at all: words, documents and media are
# delivered or released, not given as aid or conceded ("provided clarity", "delivered a
# speech", "released his tax returns", "released a video").
NOT_HANDED_OVER = _words(
    """speech speeches address remarks statement statements message messages report reports
    tweet tweets text texts question questions questionnaire questionnaires post posts
    details detail information data figures numbers evidence clarity account accounts update
    updates version verdict ruling opinion comment comments views answer answers explanation
    explanations insight insights moment moments example examples look glimpse return
    returns taxes video videos footage image images photo photos picture pictures album song
    film book memoir record records document documents transcript transcripts email emails
    letter letters list results result findings analysis study survey poll polls plan plans
    proposal proposals schedule name names guidance advice testimony reading readout summary
    platform coverage service services opportunity opportunities chance stage ad ads advert
    advertisement advertisements commercial commercials spot spots podcast compliment
    compliments favor favour favors favours call calls fire serve gesture visit finale finales
    request requests invitation invitations bill bills stance stances
    indictment indictments rebuttal rebuttals denunciation denunciations signal signals
    apology apologies rebukes eulogies sermons lectures keynotes warning warnings pitches
    bite bites soundbite soundbites jab jabs barb barbs dig digs zinger zingers salvo
    challenge challenges job jobs map maps roadmap blueprint blueprints template article
    articles nominee nominees nomination nominations
    argument arguments lecture lectures sermon eulogy rebuke performance performances keynote
    line lines punchline pitch victory win wins sheet sheets memo memos briefing paper papers
    tape tapes recording recordings text texts assurance assurances reassurance excuse
    excuses rationale justification upset surprise boost lift spark test challenge contrast
    reminder backdrop opening lesson lessons inspiration momentum drama fodder framework
    reporting writing tirade tirades rant rants diatribe diatribes talk talks heads agenda
    agendas blow blows setback setbacks alert alerts warning warnings notice notices release
    releases forgery forgeries leak leaks note notes response responses reply replies
    description descriptions revelation revelations disclosure disclosures
    context perspective hope comfort tirade tirades rant rants diatribe broadside critique
    denunciation monologue screen screenshot screenshots outline overview sketch breakdown
    estimate estimates timeline blueprint imagery deposition depositions override
    overrides delegates ear ears voice credence credibility wave waves shockwave shockwaves
    outlook outlooks forecast forecasts prediction predictions projection projections
    specifics particulars
    assessment assessments
    ripple ripples shiver shivers chill chills jolt audience audiences e-mail e-mails mail
    reason reasons snapshot snapshots"""
)
# What an attack in words goes at: "attacked her record", "an attack on the campaign's decision".
# (A person attacked is mostly criticised too: named people are rarely hit in the news.)
VERBAL_TARGETS = NOT_HANDED_OVER | _words(
    """decision decisions remark idea ideas stance character credibility
    rhetoric agenda candidacy leadership performance tweet tweets claim claims judgment
    integrity approach handling response view values ideology policy policies record
    comments bill law deal plan agreement strategy proposal life past temperament motives
    patriotism honesty competence marriage faith background tenure legacy ticket tickets
    campaign campaigns candidate candidates nominee nominees party parties media press
    opponent opponents rival rivals critic critics administration establishment"""
)
# What hits someone in words: "hitting Clinton with ads", "slammed him with a lawsuit".
VERBAL_WEAPONS = _words(
    """ad ads advert adverts advertisement advertisements commercial commercials attack
    attacks criticism criticisms accusation accusations charge charges lawsuit lawsuits suit
    suits complaint complaints question questions insult insults barb barbs tweet tweets
    broadside broadsides message messages mailer mailers"""
)
# Problems tackled, not attacked: "attacked coal-power-plant emissions".
TACKLED = _words(
    """emission emissions problem problems issue issues crisis poverty inflation deficit debt
    cost costs pollution corruption waste fraud unemployment violence crime racism hatred
    bigotry extremism hunger disease addiction epidemic"""
)
# Places held without force: "occupied an elevated position", "occupies the chair".
HELD_PLACES = _words(
    """position positions seat seats role roles office post posts place places spot spots rank
    slot niche chair throne perch status lane berth spotlight limelight center centre tier
    tiers"""
)
# What is shared in talk, not in cooperation: "shared a story from a White House reception".
SHARED_IN_TALK = _words(
    """story stories anecdote anecdotes thought thoughts experience experiences memory memories
    view views opinion opinions feeling feelings concern concerns sentiment joke jokes laugh
    moment moments photo photos picture pictures video videos post posts tweet tweets link
    links stage podium screen platform ticket billing credit blame residence home house
    apartment room office bed byline idea ideas vision talent talents message messages
    belief beliefs news update updates excitement condolences prayer prayers greeting greetings
    enemy enemies goal goals value values interest interests trait traits heritage border
    borders
    selfie selfies ad ads advert adverts advertisement clip clips image images"""
)
# Whom a summons goes to: "summoned the ambassador" protests; "summon stats" does not.
SUMMONED = _words(
    """ambassador ambassadors envoy envoys diplomat diplomats representative representatives
    attache attaches minister ministers official officials charge chargé affaires"""
)
# What is deployed without forces: "deployed his father as a surrogate", "deployed a tactic".
DEPLOYED_NOT_FORCES = _words(
    """strategy strategies tactic tactics argument arguments rhetoric language message
    messages father mother son daughter wife husband brother sister surrogate surrogates
    lawyer lawyers money cash charm humor humour joke jokes line lines encryption
    technology technologies software tool tools app apps algorithm
    algorithms resource resources"""
)
# What a threat to which endangers it, not a threat someone makes: "threaten existing
# benefits", "threatens the ceasefire".
ENDANGERED = _words(
    """benefit benefits stability security peace future job jobs life lives economy
    democracy health safety livelihood livelihoods existence progress recovery growth system
    relationship relationships region environment credibility reputation independence
    sovereignty right rights freedom freedoms integrity unity majority chance chances
    prospect prospects presidency campaign nomination candidacy career legacy party
    coalition ceasefire truce"""
)
# What lifting which is a concession: "lifted sanctions"; "lifted the stock market" is not.
LIFTED = _words(
    """sanction sanctions ban bans restriction restrictions embargo blockade curfew siege
    lockdown veto hold freeze suspension limit limits cap caps tariff tariffs measure measures
    order orders quarantine moratorium requirement requirements mandate mandates barrier
    barriers curb curbs control controls emergency state boycott boycotts rule rules
    regulation regulations protection protections law laws decree decrees"""
)
# What is seized without taking anything: "seizing the moment".
SEIZED_CHANCES = _words(
    """moment opportunity chance initiative momentum spotlight occasion advantage day
    headlines attention imagination"""
)
# What acts without being anyone: "Hurricanes Harvey and Irma hit Texas".
NATURAL_EVENTS = _words(
    """hurricane hurricanes storm storms typhoon typhoons cyclone cyclones earthquake
    earthquakes quake quakes flood floods wildfire wildfires fire fires virus viruses pandemic
    tornado tornadoes tsunami drought heatwave blizzard avalanche landslide eruption outbreak
    floodwaters floodwater flooding mudslide mudslides
    disease coronavirus covid"""
)
# What accepting or signing is no agreement to: "accepted her award", "signed an open letter".
ACCEPTED_HONOURS = _words(
    "award awards prize prizes honor honour honors honours medal trophy degree"
    " congratulations thanks applause praise plaudits interview interviews principle"
    " principles premise science fact facts reality"
)
SIGNED_NOT_AGREED = _words(
    """letter letters petition petitions statement card cards book books autograph autographs
    rebuke rebukes
    copy copies jersey shirt ball poster guestbook
    order orders decree decrees directive directives proclamation proclamations
    action actions memorandum memoranda memo memos"""
)
# What hosting which is no meeting of parties: "did not host the tournament".
HOSTED_EVENTS = _words(
    """tournament tournaments show shows concert concerts party parties fundraiser
    fundraisers gala event events game games festival podcast program programme debate
    debates rally rallies contest championship"""
)
# Nouns of looking into something: their modifier is the topic ("the Russia probe").
INQUIRIES = _words("probe investigation inquiry inquest review audit")
# What is struck or hit without a blow: "struck a similar tune", "hit the campaign trail".
STRUCK_NOT_HIT = _words(
    """tune tone note notes chord balance pose nerve squad list job piece song single case
    cases level levels high low peak milestone threshold
    match theme mark trail road airwaves headlines shelves stores market ground button brakes
    pause reset snag wall jackpot home stride figure optimistic line lines yard yards phone
    phones street streets book books"""
)
# What is pressed by hand, not pressed for: "pressed his knee into his neck".
PRESSED_THINGS = _words(
    """knee knees hand hands button buttons key keys finger fingers face foot feet palm lips
    ear nose charge charges flesh advantage advantages case point question questions attack
    attacks argument arguments claim claims"""
)
# Places left when they are evacuated ("thousands evacuated their homes"): no one is rescued.
EVACUATED_PLACES = _words(
    "home homes house houses building buildings area areas premises office offices school"
)
# What is struck by agreeing on it: "struck a deal with the United Nations".
STRUCK_AGREEMENTS = _words("deal agreement bargain compromise accord pact truce")
# Taking part in these is no cooperation: "participated in the Democratic caucus".
EVENTS_TAKEN_PART_IN = _words(
    """primary primaries nomination vote votes election caucus caucuses race debate debates
    event events ceremony ceremonies competition tournament survey study contest seminar
    seminars conference conferences panel panels forum forums workshop workshops"""
)
# What suspending, cancelling or reducing cuts that makes it a sanction.
SANCTIONED_THINGS = _words(
    """relations ties cooperation aid talks assistance funding support trade contacts
    negotiations dialogue membership mediation visit meeting trip summit deal agreement
    contract flight export import shipment delivery supply donation visa payment loan account
    license licence accreditation sanction embassy consulate operation program programme
    project investment tariff tax duty publication broadcast broadcasting service"""
)
# What an offer of which is no proposal: "offered the smiling feel of a reunion tour".
OFFERED_NOT_PROPOSED = NOT_HANDED_OVER | _words(
    """feel sense hint reminder preview taste window thoughts prayers condolences sympathy
    tribute praise assessment glimpse view perspective apology apologies congratulations
    approach take defense defence language words rhetoric quip quips review reviews
    evaluation evaluations critique critiques specifics embrace hug handshake welcome
    compliment compliments thanks greeting greetings smile nod wink"""
)
# What is fought over by force, not championed: "fought for control of the city".
FOUGHT_OVER = _words("control territory ground city town village district region land")
# What is broken or defied, not attacked: "violated its own policies", "broke the rules".
RULE_NOUNS = _words(
    """policy policies rule rules law laws regulation regulations principle principles norm
    right rights privacy act acts amendment amendments
    norms procedure procedures guideline guidelines standard standards requirement
    requirements constitution code protocol protocols obligation obligations commitment
    commitments pledge pledges promise promises term terms condition conditions clause
    clauses statute statutes contract contracts injunction injunctions order orders subpoena
    subpoenas oath orthodoxy tradition traditions taboo taboos etiquette decorum"""
)
TROOP_NOUNS = frozenset(
    {"troops", "soldiers", "forces", "force", "units", "marines", "army", "operators",
     "commandos", "paratroopers", "warships", "warship", "jets", "bombers", "battalion",
     "battalions", "brigade", "brigades", "peacekeepers"}
)  # fmt: skip
# Sending these is a contact, not aid: "sent top officials to Qatar", "sent an envoy".
ENVOY_NOUNS = frozenset(
    {"official", "officials", "delegation", "delegations", "envoy", "envoys", "diplomat",
     "diplomats", "team", "negotiator", "negotiators", "minister", "ministers", "mission"}
)  # fmt: skip
# Verbs whose action depends on what they take: no act when they hand over words.
# Verbs of a wanted clause that give its subject something rather than ask it to act.
HOLDING_VERBS = frozenset({"have", "get", "keep", "retain", "receive", "gain", "enjoy"})
AID_VERBS = frozenset(
    {"provide", "supply", "deliver", "donate", "send", "give", "contribute", "lend"}
)

# Auxiliaries of a content clause: what must be done (a demand), what will or may be done.
OBLIGATION = frozenset({"must", "should", "need", "needs", "ought"})  # "has to": a verb, no aux
FUTURE_OR_MAYBE = frozenset({"will", "would", "could", "might", "may", "can", "shall", "'ll"})
# What is "captured" or "taken" by winning it, not by force: "captured the primary".
CONTESTS = frozenset(
    {"primary", "nomination", "vote", "votes", "delegate", "delegates", "seat", "seats",
     "majority", "election", "caucus", "caucuses", "race", "title", "crown", "attention",
     "imagination", "mood", "headlines", "heart", "hearts", "spirit", "senate", "house",
     "image", "images", "screen", "footage", "video", "photo", "photos", "moment", "scene",
     "chamber", "presidency", "governorship", "mayoralty", "frustration", "anger",
     "sentiment", "essence", "zeitgeist", "win", "wins", "victory", "victories", "support",
     "backing", "endorsement", "endorsements", "trust", "confidence", "loyalty", "portrait",
     "portraits", "picture", "pictures", "likeness", "challenge", "challenges", "challenger",
     "bid"}
)  # fmt: skip
# People a place names without their acting for its state: "the Florida senator".
LOCAL_ROLES = frozenset(
    {"senator", "congressman", "congresswoman", "lawmaker", "legislator", "representative",
     "candidate", "nominee", "voter", "voters", "donor", "delegate", "governor", "mayor",
     "republican", "democrat", "resident", "residents", "native"}
)  # fmt: skip
# Subjects that deny their own existence: nobody acts ("None of the candidates ...") and
# what they do is negated ("nobody would sign").
NOBODY = frozenset({"nobody", "none", "noone", "neither", "nothing"})
# Words that count people without saying who: "others defended their agenda", "many fled".
ANYBODY = frozenset({"others", "another", "many", "most", "few", "several"})
# Weapons and the machines of war: a state's or a group's weapons stand for it ("Syrian
# government warplanes pounded", "a Taliban-claimed car bomb struck").
WEAPONS = _words(
    """warplane warplanes jet jets aircraft plane planes drone drones helicopter helicopters
    gunship gunships bomber bombers fighter fighters tank tanks ship ships warship warships
    vessel vessels submarine submarines bomb bombs missile missiles rocket rockets shell
    shells artillery mortar mortars gun guns battery batteries convoy convoys"""
)
# What recognising gives standing to (besides a named party): "recognized the annexation".
RECOGNISED = _words(
    """sovereignty independence annexation government state states border borders right
    rights result results election elections victory win legitimacy authority claim claims
    jurisdiction regime republic country nation marriage marriages union unions status
    occupation territory peninsula region regions"""
)
# People a name before them does not make its voice: "a White House reporter" is no one
# from the White House, "the Trump campaign" is not Trump, "Kremlin critics" oppose it.
OWN_VOICES = LOCAL_ROLES | frozenset(
    {"reporter", "reporters", "journalist", "journalists", "correspondent", "correspondents",
     "campaign", "lawyer", "lawyers", "attorney", "attorneys", "supporter", "supporters",
     "critic", "critics", "opponent", "opponents", "fan", "fans", "employee", "employees",
     "student", "students", "customer", "customers", "user", "users", "winner", "winners",
     "recipient", "recipients", "laureate", "laureates", "alumnus", "alumni", "graduate",
     "graduates", "national", "nationals", "team"}
)  # fmt: skip
# Acts against another or walking away from it: one's own, said to be possible, threatens.
HOSTILE_ACTS = frozenset({REJECT, SANCTION, ASSAULT, COERCE})

# Bodies that stand for a state when a pronoun owns them: "his army", "its government".
STATE_BODIES = frozenset(
    {"army", "military", "government", "administration", "forces", "troops", "country",
     "navy", "regime", "state", "ministry", "soldiers", "authorities", "force", "troop",
     "soldier", "authority", "defence", "defense", "defences", "defenses", "air force"}
)  # fmt: skip
# Names of documents, never actors (their authors act): "The Clean Power Plan".
DOCUMENT_NOUNS = frozenset(
    {"plan", "act", "law", "bill", "rule", "rules", "program", "programme", "treaty",
     "legislation", "measure", "package",
     "agreement", "deal", "report", "order", "policy", "initiative", "strategy", "accord",
     "resolution", "amendment", "statement", "memo", "letter", "document", "constitution",
     "disclaimer", "disclaimers", "notice", "notices", "sign", "signs", "poster", "posters",
     "banner", "banners", "ad", "ads", "advertisement", "email", "emails", "tweet", "tweets",
     "video", "videos", "website", "websites", "post", "posts", "flyer", "flyers", "leaflet",
     "leaflets", "scripture", "scriptures", "bible", "koran", "quran"}
)  # fmt: skip

# Things a claim acts on that are never whom it is aimed at: "accepted the agreement",
# "proposed a deal", "backed down from his demand", "criticized ... with the words".
ACTED_ON_NOUNS = DOCUMENT_NOUNS | STATEMENTS | frozenset(
    {"demand", "demands", "proposal", "offer", "condition", "conditions", "word", "words",
     "position", "idea", "vow", "pledge", "promise", "claim", "identity", "attack", "attacks",
     "strike", "strikes", "airstrike", "airstrikes", "ceasefire", "truce", "talks"}
)  # fmt: skip

# What a refusal that is no act refuses: "declined to comment", "refused to say".
SAYING_ONLY = frozenset(
    {
        "comment",
        "say",
        "elaborate",
        "discuss",
        "speculate",
        "confirm",
        "answer",
        "respond",
        "address",
        "define",
        "specify",
        "detail",
        "explain",
        "identify",
        "disclose",
        "reveal",
        "describe",
        "clarify",
    }
)

# Infinitives after "wants to" that are words or knowledge, not an act demanded.
SAYING_OR_KNOWING = SAYING_ONLY | frozenset(
    {"argue", "say", "tell", "talk", "know", "see", "hear", "learn", "understand", "think",
     "clarify", "explain", "emphasize", "emphasise", "stress", "reassure", "downplay",
     "portray", "write", "read", "speak", "address", "characterize", "characterise", "cast",
     "describe", "depict", "frame", "convey", "show", "prove", "remind"}
)  # fmt: skip

# Actions that say nothing without what they are about: a want, an offer, a stance, a meeting
# (with whom, about what?), an attack (on what?).
NEEDS_ISSUE = frozenset(
    {DEMAND, PROPOSE, ACCEPT, REJECT, THREATEN, SUPPORT, DISAPPROVE, CONSULT, ASSAULT}
)

# Ending or cutting these is reducing relations: "suspended talks", "cut aid", "froze ties".
RELATIONS = frozenset(
    {"relations", "ties", "cooperation", "aid", "talks", "assistance", "funding", "support",
     "trade", "contacts", "negotiations", "dialogue", "membership", "mediation"}
)  # fmt: skip
ENDING_VERBS = frozenset({"end", "stop", "halt", "suspend", "cut", "freeze", "sever", "break"})

# Opening these to the other side is a concession: "opened the border", "reopened a crossing".
# What a party withdraws from by leaving it: "withdrew from the nuclear agreement" rejects it.
PACTS = _words(
    """agreement agreements deal deals treaty treaties accord accords pact pacts talks
    negotiations convention conventions framework alliance coalition"""
)
OPENINGS = frozenset(
    {"border", "borders", "crossing", "crossings", "corridor", "corridors", "embassy",
     "consulate", "airspace", "port", "ports", "road", "roads", "bridge", "checkpoint"}
)  # fmt: skip

# Verb -> the objects with which it is no act at all: "struck a tune", "offered condolences",
# "pressed his knee", "evacuated their homes", "seizing the moment", "hosted the tournament",
# "accepted her award", "signed an open letter", "shared a story", "deployed his father",
# "threaten existing benefits" (endangers them), "who they want as president".
NO_ACT_WITH: dict[str, frozenset[str]] = {
    "strike": STRUCK_NOT_HIT,
    "hit": STRUCK_NOT_HIT,
    "offer": OFFERED_NOT_PROPOSED,
    "press": PRESSED_THINGS,
    "evacuate": EVACUATED_PLACES,
    "seize": SEIZED_CHANCES,
    "host": HOSTED_EVENTS,
    "accept": ACCEPTED_HONOURS,
    "sign": SIGNED_NOT_AGREED,
    "share": SHARED_IN_TALK,
    "deploy": DEPLOYED_NOT_FORCES,
    "threaten": ENDANGERED,
    "want": frozenset({"who", "whom", "what", "whoever", "whatever", "which"}),
    "pledge": frozenset({"delegate", "delegates"}),  # "pledged delegates": a kind of delegate
    "thank": frozenset({"god", "goodness", "heaven", "heavens"}),  # "Thank God they can ..."
}
# Verb -> the only objects with which it acts: "lifted sanctions" concedes, "lifted the stock
# market" does not; "reopen the border", not "their economies"; "rally" with an object
# gathers support ("rally core voter groups"), no protest.
ACTS_ONLY_WITH: dict[str, frozenset[str]] = {
    "lift": LIFTED,
    "remove": LIFTED | TROOP_NOUNS | OPENINGS | _words("checkpoint checkpoints weapons"),
    "reopen": OPENINGS,
    "ease": LIFTED | _words("tension tensions"),  # "ease sanctions", not "ease public anxiety"
    "rally": frozenset(),
    # a force or its arms: "deployed the National Guard", "Patriot missile systems"; not
    # "operational changes deployed by the postmaster general", "new sorting machines"
    "deploy": TROOP_NOUNS
    | _words(
        """guard guards guardsmen police officer officers agent agents personnel troop
        soldier marine sailor sailors ship ships vessel vessels carrier carriers destroyer
        destroyers submarine submarines aircraft plane planes fighter fighters helicopter
        helicopters drone drones missile missiles weapon weapons tank tanks artillery
        battery batteries squadron squadrons fleet warplanes rocket rockets
        interceptor interceptors militia militias fighters mercenaries"""
    ),
}
