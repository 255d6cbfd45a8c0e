"""Closed word lists for "who said what": reporting verbs, speaker nouns, titles and the medium vocabulary.

Kept apart from the matching code so that a missing verb or title is a one-line fix, and so that the
lists can be read (and argued about) on their own. Every entry is lower case; callers lower-case tokens.
"""

from __future__ import annotations

import re
from typing import Final


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and edit than a list)."""
    return frozenset(words.split())


# ------------------------------------------------------------------------------------ reporting verbs
# Finite forms that introduce speech and may take a reported clause ("X said (that) ...").
SAY_VERBS: Final = word_set(
    """said says told tells added adds stated states explained explains noted notes stressed stresses
    emphasized emphasised emphasizes emphasises insisted insists claimed claims argued argues warned warns
    announced announces confirmed confirms denied denies acknowledged acknowledges admitted admits revealed
    reveals asserted asserts maintained maintains reiterated reiterates wrote writes tweeted tweets posted pointed
    points shot declared
    declares replied replies responded responds concluded concludes recalled recalls vowed vows promised
    promises pledged pledges urged urges cautioned cautions predicted predicts remarked remarks observed
    observes conceded concedes complained complains testified testifies reported reports indicated indicates
    suggested suggests affirmed affirms reaffirmed reaffirms underlined underlines underscored underscores
    highlighted highlights contended contends disclosed discloses alleged alleges countered counters
    estimated estimates ruled rules demanded demands reckons reckoned assured assures specified specifies
    informed informs opined opines lamented laments signalled signaled signals hinted hints regretted regrets
    guaranteed guarantees clarified clarifies"""
)
# Verbs by which a report or a study speaks ("the study found that …"); only with such a subject.
FINDING_VERBS: Final = word_set("found finds showed shows")
# Verbs that only count when a quotation sits right next to them ('"...?" she asked.').
QUOTE_ONLY_VERBS: Final = word_set(
    """asked asks continued continues joked quipped wondered reads addressed analyses analyzes analysed analyzed
    confides confided recounts recounted sums summed sighs sighed""")
# Verbs that frame a quoted fragment but never a reported clause ('described the move as "a turning point"').
FRAGMENT_VERBS: Final = word_set(
    """cited cites described describes called calls dubbed dubs termed terms labelled labeled labels branded
    brands referred refers characterized characterised hailed hails praised praises condemned condemns
    criticized criticised criticizes criticises slammed slams denounced denounces welcomed welcomes
    expressed expresses accused accuses blamed blames demanded demands voiced voices threatened threatens
    dismissed dismisses"""
)
# Participles whose subject is the subject of the main clause ("..., adding that ...").
PARTICIPLES: Final = word_set(
    """saying adding telling explaining noting stressing warning insisting claiming arguing stating announcing
    confirming denying acknowledging emphasizing emphasising asserting reiterating declaring writing
    recalling vowing promising pledging urging cautioning predicting calling describing citing referring
    accusing blaming welcoming praising condemning criticizing criticising expressing highlighting
    underlining underscoring revealing suggesting ruling alleging"""
)
# Present tense base forms, accepted only right after a plural subject ("officials say").
PLURAL_PRESENT: Final = word_set("say tell warn claim insist argue note add")
# Base forms that report after "went on to" or "was quick to" ("Mr. X went on to say that …").
CATENATIVE_CUES: Final = word_set(
    """say tell add note stress warn insist explain argue claim emphasise emphasize underline underscore
    acknowledge confirm deny reiterate recall assure"""
)
# Reporting verbs only with their particle ("pointed out that", "shot back that"); without it they report
# nothing ("pointed to the map", "shot three protesters").
PARTICLE_VERBS: Final = {"pointed": "out", "points": "out", "shot": "back", "sums": "up", "summed": "up"}
# Verbs that mark the capitalised word before them as plural ("Manufacturers say", "Critics have").
PLURAL_VERBS: Final = PLURAL_PRESENT | word_set("are were have do believe fear want think complain")
# Which verbs may drop "that" before their clause ("X said the mission would end").
THAT_OPTIONAL: Final = word_set(
    """said says told tells added adds wrote writes tweeted tweets announced announces warned warns confirmed
    confirms insisted insists claimed claims argued argues stressed stresses noted notes acknowledged admitted
    estimated predicted suggested reckons reckoned assured assures say add warn note stress insist"""
)
PARTICIPLES_THAT_OPTIONAL: Final = word_set("saying adding telling writing")

# Words allowed between a subject and its verb ("Brennan also said", "the ministry has repeatedly said").
SUBJECT_VERB_FILLERS: Final = word_set(
    """also later then has had have would will previously further again earlier recently separately similarly
    too reportedly publicly privately subsequently once repeatedly initially first already himself herself
    itself themselves however meanwhile likewise additionally still just so"""
)

# ------------------------------------------------------------------------------------------ speakers
PRONOUNS: Final = word_set("he she it they")
RELATIVES: Final = frozenset({"who", "which"})
# Nouns that can head a speaker phrase without a name: "a Pentagon spokesperson", "Iraqi officials".
PERSON_NOUNS: Final = word_set(
    """spokesperson spokesman spokeswoman official minister commander officer diplomat source analyst expert
    lawmaker senator legislator adviser advisor aide envoy ambassador president secretary governor mayor
    chief head leader director chairman chairwoman chair representative negotiator researcher professor
    witness resident survivor lawyer attorney prosecutor judge doctor medic activist protester organizer
    organiser campaigner economist strategist historian scholar observer critic manager executive engineer
    scientist investigator inspector coordinator administrator colonel general spokespeople member lecturer
    actor actress author writer filmmaker artist player coach captain skipper founder owner worker farmer student
    teacher journalist editor correspondent commentator agent midfielder striker defender goalkeeper winger
    singer musician rapper novelist poet designer chef athlete runner swimmer cyclist driver pilot
    nurse surgeon physician soldier veteran victim suspect defendant plaintiff mate deputy wife husband son
    daughter father mother brother sister widow widower partner candidate nominee challenger rival opponent
    predecessor successor counterpart ally cousin boss commissioner councillor councilor speaker premier
    chancellor king queen prince princess emir sheikh cleric imam bishop pope priest rabbi pastor chairperson
    treasurer ombudsman mediator facilitator fighter militant sergeant lieutenant photographer reporter blogger
    consultant banker trader investor broker contender refugee migrant patient passenger shopkeeper vendor
    landlord tenant citizen voter supporter delegate colleague neighbour neighbor friend relative
    forecaster meteorologist climatologist seismologist brother-in-law sister-in-law son-in-law daughter-in-law
    father-in-law mother-in-law nephew niece uncle aunt grandson granddaughter grandmother grandfather
    volcanologist epidemiologist virologist physicist chemist biologist geologist psychologist sociologist
    anthropologist archaeologist pollster technician mechanic electrician plumber
    builder contractor dispatcher paramedic firefighter rescuer volunteer organiser coordinator
    pharmacist dentist veterinarian vet midwife carer caregiver therapist counsellor counselor accountant
    auditor analyst architect planner developer programmer entrepreneur businessman businesswoman
    industrialist tycoon billionaire shipowner exporter importer producer grower fisherman herder rancher
    miner trucker labourer laborer cleaner guard bodyguard ranger warden lifeguard detective constable
    inspector officer trooper marine sailor commando paratrooper sniper gunman hostage abductee detainee
    prisoner inmate convict fugitive defector dissident campaigner lobbyist unionist organiser
    negotiator envoy emissary attache consul adviser strategist pundit presenter anchor
    columnist blogger photographer cameraman filmmaker producer publisher curator librarian novelist
    playwright composer conductor dancer comedian footballer cricketer batsman bowler boxer wrestler
    sprinter skier golfer jockey manager referee umpire chaplain monk nun deacon pilgrim"""
)
PLURAL_PERSON_NOUNS: Final = word_set(
    """officials sources analysts experts diplomats lawmakers legislators residents witnesses activists
    protesters observers critics officers commanders ministers leaders doctors medics prosecutors
    investigators researchers scientists economists aides advisers advisors organizers organisers
    campaigners locals villagers relatives survivors lawyers senators negotiators envoys spokespeople
    mediators organisers family parents friends neighbours neighbors colleagues candidates refugees migrants
    fighters militants commissioners councillors councilors traders bankers patients passengers forces troops
    soldiers"""
)
ORG_NOUNS: Final = word_set(
    """ministry department government military army police company firm agency office council committee
    commission command coalition embassy administration presidency cabinet parliament court group
    organization organisation union party movement authority authorities bank alliance palace navy
    secretariat directorate headquarters mission operation staff force club team federation association league
    institute university studio junta regime service bloc body tribunal presidium club airline carrier
    regulator watchdog broadcaster insurer lender operator retailer manufacturer carmaker newspaper militia
    community fund foundation board delegation"""
)
# Kinds of organisation that, just before a name, make it one ("the carrier Aerolineas Sur", "insurer X");
# no word that also titles a person ("party leader", "chief of staff").
KIND_NOUNS: Final = word_set(
    """company firm agency airline carrier regulator watchdog broadcaster insurer lender operator retailer
    manufacturer carmaker chipmaker automaker drugmaker startup conglomerate newspaper militia bank exporter
    producer developer shipbuilder"""
)
# Texts that speak for their author ("the statement said", "the resolution reaffirmed that …").
DECISION_NOUNS: Final = word_set("resolution decision ruling judgment judgement verdict")
# Common nouns for a kind of organisation, and the words in the names of organisations of that kind ("the
# regional bloc" = the Southern African Development Community).
COLLECTIVE_NOUNS: Final = {
    "bloc": word_set("community union alliance bloc association organisation organization league pact"),
    "alliance": word_set("alliance pact treaty coalition"),
    "group": word_set("group movement militia militias forces front brigade brigades battalion network"),
}
STATEMENT_NOUNS: Final = word_set(
    """statement communique communiqué readout release announcement letter post tweet"""
) | DECISION_NOUNS
# Sources of information that are not speakers ("according to the report" is not a quote).
DOCUMENT_NOUNS: Final = word_set(
    """report reports data figures survey poll study estimates records documents footage video images analysis
    count tally census research website"""
)
STATEMENT_ISSUE_VERBS: Final = word_set(
    """published issued released put posted sent made circulated distributed"""
)

# Words that mark a capitalised phrase as a place ("North Kivu", "New York"), never a person.
PLACE_WORDS: Final = word_set(
    """north south east west northern southern eastern western central upper lower new saint port lake mount
    gulf sea river island islands province region district city county valley strait coast airport base camp"""
)
# Words that mark a capitalised phrase as an organisation, not a person.
ORG_WORDS: Final = word_set(
    """ministry department command council forces force army coalition government party office agency committee
    commission organization organisation union bank court parliament assembly police guard corps company corp plc llc
    corporation inc ltd group institute university center centre authority service services navy marines
    embassy house kremlin pentagon federation league movement front brigade brigades battalion division
    mission operation operations region republic kingdom states nations association foundation fund network
    news times post agency talks council cabinet senate congress administration presidency observatory watch
    monitor chamber academy society board college museum church school hospital forum secretariat staff
    directorate headquarters alliance hezbollah hamas taliban reuters ap afp bbc cnn centcom nato un eu isis
    daesh militia militias community programme program bureau trust charity"""
)

# --------------------------------------------------------------------------------------------- titles
# Abbreviated ranks and honorifics, compared without their dot.
TITLE_ABBREVIATIONS: Final = word_set(
    """mr mrs ms dr prof gen lt col maj brig capt cmdr cdr adm sgt cpl pvt gov sen rep rev hon amb sec pres
    supt insp det ret cllr reps sens gens"""
)
# Words that head a title ("Press Secretary", "Prime Minister", "spokesman").
TITLE_HEADS: Final = word_set(
    """president minister secretary adviser advisor spokesperson spokesman spokeswoman commander general
    admiral colonel major captain lieutenant sergeant brigadier director chief chairman chairwoman chair
    ambassador envoy governor senator representative congressman congresswoman mayor speaker leader head
    officer judge justice attorney prosecutor chancellor king queen prince princess emir sheikh pope
    cardinal bishop ayatollah imam premier ceo founder professor doctor lord lady sir dame sultan rabbi
    coordinator administrator inspector commissioner superintendent marshal lawmaker mp councillor
    councilman sheriff treasurer mullah cleric commodore commandant corporal archbishop patriarch mufti
    reverend pastor dean rector chaplain consul magistrate chairperson coach mk mep mla msp td honourable honorable
    councilor councilwoman alderman assemblyman assemblywoman member"""
)
# Commissioned ranks written out, and the abbreviations of ranks: whoever holds one is "the officer".
COMMISSIONED_RANKS: Final = word_set("general admiral colonel major captain lieutenant commander commodore brigadier")
RANK_ABBREVIATIONS: Final = {"gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major", "adm": "admiral",
                             "brig": "brigadier", "capt": "captain", "cmdr": "commander", "cdr": "commander",
                             "sgt": "sergeant", "cpl": "corporal"}


DASHES: Final = frozenset("—–")  # the dashes that set off an aside or stand after a quotation


def spelled_out(title: str) -> list[str]:
    """A title's words in lower case with rank abbreviations written out: "Lt. Gen." → lieutenant general."""
    return [RANK_ABBREVIATIONS.get(w.rstrip("."), w) for w in title.lower().replace("-", " ").split()]


# Words that may precede a title head inside the title ("National Security Adviser", "Vice President").
TITLE_MODIFIERS: Final = word_set(
    """vice deputy prime acting interim former senior under assistant associate executive managing chief press ranking
    national security foreign defense defence interior finance health justice state trade energy oil
    education economy economic labour labor home homeland army navy air force military political public
    affairs communications intelligence general joint staff supreme crown lieutenant brigadier major
    attorney special top regional provincial federal first grand high of rear master field fleet flag principal
    permanent cabinet shadow delegate"""
)
MALE_WORDS: Final = word_set(
    """mr sir lord king prince spokesman chairman congressman councilman sheikh emir sultan"""
)
FEMALE_WORDS: Final = word_set("mrs ms miss dame lady queen princess spokeswoman chairwoman congresswoman")

# Capitalised words that start sentences or name dates, never part of a name.
# (prepositions that open sentences but never stand inside a name: not "Doctors Without Borders", "Global
# Initiative Against Transnational Organized Crime")
NOT_NAME_WORDS: Final = word_set(
    """the a an but and or however in on at after before during meanwhile also speaking asked according earlier
    later last this that these those it he she they we i his her their its our following while when as if
    since although though despite because for from with by to of monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november december
    today yesterday tomorrow moreover furthermore thus still yet so then now there here what why how where
    who which read more related see watch photo is are was were do does did will would can could should
    shall must might has have had some many several such few each every any both no none nobody nothing neither
    within amid amidst upon onto towards toward until unlike throughout"""
)
# Lower-case words allowed inside a name: "Qasim al Araji", "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES: Final = word_set(
    """al el bin ibn bint abu ag ould de da di do du del della dos das van von der den ter la le y zu"""
)
NAME_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|at|az|ash|adh|bin|ibn|abu|abd|ul|ud|ur|uz|us)[-‐][A-Z]")

# --------------------------------------------------------------------------------------------- medium
# The medium vocabulary (lower case, closed): statement, tweet, post, interview, press conference,
# briefing, told reporters, speech, letter, email, video, broadcast. None when the article does not say.
_MEDIUM_PATTERNS: Final = (
    ("tweet", r"\btweet(?:s|ed)?\b|\bon twitter\b|\bon x\b"),
    ("statement", r"\bstatement\b|\bcommuniqu[eé]\b|\bpress release\b|\breadout\b"),
    ("post", r"\bpost(?:s|ed)?\s+(?:on|to)\b|\bin\s+an?\s+(?:\w+\s+)?post\b|\bon\s+(?:facebook|telegram|instagram|"
             r"truth social|social media|linkedin|threads|bluesky)\b"),
    ("press conference", r"\b(?:press|news) conference\b"),
    ("briefing", r"\bbriefing\b"),
    ("interview", r"\binterview\b"),
    ("told reporters", r"\b(?:told|telling|said to|speaking to)\s+(?:\w+\s+)?(?:reporters|journalists)\b"),
    ("speech", r"\bspeech\b|\baddress(?:ing)?\b(?!es)|\bremarks\b|\bspeaking (?:at|to|in|before)\b"),
    ("letter", r"\bletter\b"),
    ("email", r"\be-?mail(?:ed)?\b"),
    ("video", r"\bvideo\b"),
    ("broadcast", r"\b(?:television|televised|tv|radio|broadcast(?:er)?)\b"),
)
MEDIUMS: Final = tuple(name for name, _ in _MEDIUM_PATTERNS)
_MEDIUM_RES: Final = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _MEDIUM_PATTERNS)
# all of them at once: most attributions name no medium, and one scan says so
_ANY_MEDIUM: Final = re.compile("|".join(f"(?:{pattern})" for _, pattern in _MEDIUM_PATTERNS), re.IGNORECASE)


def medium_of(context: str) -> str | None:
    """The first medium of the fixed vocabulary that the attribution words name, if any."""
    if not _ANY_MEDIUM.search(context):
        return None
    for name, pattern in _MEDIUM_RES:
        if pattern.search(context):
            return name
    return None

# Irregular past forms: after a lone capitalised word they make it a subject ("Marsh left no doubt").
# The common ones are verbs wherever they stand; the rarer ones only before a reported clause's first comma.
COMMON_PAST: Final = word_set(
    """held fell rose won lost left took made went came saw began kept sent spent built struck fought brought
    paid told met grew hit ran stood broke gave found became knew thought led"""
)
RARER_PAST: Final = word_set(
    """got cost chose drove wrote spoke flew threw drew wore hid sold bought sought taught caught meant felt fled
    fed froze rode shook swore tore woke sank"""
)
IRREGULAR_PAST: Final = COMMON_PAST | RARER_PAST | word_set("sat smiled")
# A nationality adjective ("Lithuanian", "Estonian", "Chinese", "Iraqi"), as it opens a title or an office.
DEMONYM: Final = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)")


def is_office(name: str) -> bool:
    """"Deputy Head of Mission", "Chief of Staff": a post someone holds, not the body "the mission" means."""
    words = name.lower().split()
    of = words.index("of") if "of" in words else 0
    return of > 0 and words[of - 1] in TITLE_HEADS and all(w in TITLE_HEADS or w in TITLE_MODIFIERS for w in words[:of])
