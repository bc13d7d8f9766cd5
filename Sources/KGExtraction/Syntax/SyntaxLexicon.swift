import KGCore

/// Word lists the syntax extractor's rules consult; kept in one place so they can be tuned and later moved
/// to data files.
enum SyntaxLexicon {
    /// Verbs whose clausal complement is someone's claim: the complement is attributed to the subject.
    static let speechVerbs: Set<String> = [
        "say", "claim", "allege", "insist", "deny", "admit", "accuse", "tell", "state", "announce", "report",
        "add", "argue", "assert", "believe", "confirm", "contend", "declare", "explain", "maintain", "note",
        "reject", "reiterate", "stress", "suggest", "warn", "write", "acknowledge", "clarify", "dispute",
        "think", "charge", "assure", "repeat", "indicate", "predict", "concede", "dismiss", "refute",
    ]
    /// Speech and belief verbs whose object is a clause, never an actor: "Russia denied Iran supplied drones"
    /// parsed with "Iran" as the object of "denied" is a clause cut down to its subject, not Russia –deny→ Iran.
    static let clauseTakingVerbs: Set<String> = [
        "say", "claim", "allege", "insist", "deny", "admit", "state", "add", "argue", "assert", "believe",
        "contend", "explain", "maintain", "note", "reiterate", "stress", "suggest", "acknowledge", "think",
        "concede", "predict", "indicate", "declare", "hope", "fear", "expect", "know", "doubt", "suspect",
    ]
    /// Nouns whose "that" clause is someone's claim, not a fact the sentence states: "rejected the idea that
    /// X posed a threat", "dismissed reports (that) he told Y".
    static let contentNouns: Set<String> = [
        "idea", "notion", "report", "claim", "suggestion", "allegation", "accusation", "speculation", "rumor",
        "rumour", "assertion", "story", "charge", "belief", "theory", "possibility", "prospect", "assessment",
        "impression", "contention", "hypothesis", "assumption",
    ]
    /// Verbs whose clausal complement is wanted, feared or demanded rather than stated ("demanded that Russia
    /// withdraw"), with the modality the complement keeps.
    static let irrealisComplementVerbs: [String: String] = [
        "demand": "demand", "urge": "urge", "ask": "ask", "request": "request", "propose": "propose",
        "recommend": "recommend", "hope": "hope", "wish": "wish", "want": "want", "fear": "fear", "expect": "expect",
        "plan": "plan", "order": "order", "require": "require",
        "call": "call for",
    ]
    /// Subordinating words that make a clause hypothetical or intended, with the modality it keeps: "if Russia
    /// attacks", "unless Iran stops", "whether China would", "(sent troops) to attack".
    static let irrealisMarks: [String: String] = [
        "if": "if", "unless": "unless", "whether": "whether", "lest": "lest", "to": "in order to",
        "so": "so that", "once": "once",
    ]
    /// Subjects that deny the predicate: "nobody criticized X", "none of them met Y" ("no country" by its
    /// determiner, see `PropositionFinder.isNegated`).
    static let negativeSubjects: Set<String> = ["nobody", "nothing", "none", "neither", "noone"]
    /// Role nouns the tagger sometimes takes for verbs ("party deputy leader Y" with "deputy" as a verb): never a
    /// predicate. Role nouns that are also verbs ("head", "chair", "judge") are left out.
    static let roleNounsNeverVerbs: Set<String> = [
        "deputy", "leader", "minister", "president", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "chancellor", "ambassador", "envoy", "governor", "mayor", "senator", "general", "commander", "chairman",
        "chairwoman", "premier", "official", "member", "lawmaker", "vice", "candidate", "nominee", "aide",
        "diplomat", "prosecutor", "director", "negotiator",
    ]
    /// Speech verbs that deny what they report.
    static let denialVerbs: Set<String> = ["deny", "reject", "dispute", "refute", "dismiss"]
    /// Control verbs whose `xcomp` carries the real relation, with the modality (or negation) they add.
    static let controlModality: [String: String] = [
        "plan": "plan to", "threaten": "threaten to", "want": "want to", "intend": "intend to", "hope": "hope to",
        "try": "try to", "seek": "seek to", "decide": "decide to", "promise": "promise to", "vow": "vow to",
        "pledge": "pledge to", "aim": "aim to", "agree": "agree to", "offer": "offer to", "prepare": "prepare to",
        "attempt": "attempt to", "continue": "continue to", "begin": "begin to", "start": "start to",
        "expect": "expect to", "wish": "wish to", "need": "need to", "have": "have to", "be": "be to",
        "set": "set to", "poise": "poised to", "urge": "urge to", "ask": "ask to", "order": "order to",
        "press": "press to", "encourage": "encourage to", "demand": "demand to", "propose": "propose to",
        "consider": "consider", "call": "call on to", "push": "push to", "dream": "dream of",
    ]
    /// Control verbs addressed to someone ("urged Iran to", "called on Russia to"): the act towards the addressee
    /// is a relation of its own, besides the complement it asks for.
    static let directiveVerbs: Set<String> = ["urge", "ask", "order", "press", "encourage", "call", "push", "demand"]
    /// Adjectives that control a complement, with the modality it keeps ("is set to abolish", "likely to veto").
    static let adjectiveControl: [String: String] = [
        "set": "set to", "poised": "poised to", "likely": "likely to", "unlikely": "unlikely to", "due": "due to",
        "ready": "ready to", "willing": "willing to", "unwilling": "unwilling to", "eager": "eager to",
        "about": "about to", "keen": "keen to", "determined": "determined to", "prepared": "prepared to",
        "reluctant": "reluctant to", "expected": "expected to", "unable": "unable to",
        "sure": "sure to", "certain": "certain to",
    ]
    /// Adjectives that deny their complement: "was unable to reach X" (did not reach).
    static let negatingAdjectives: Set<String> = ["unable"]
    /// Control verbs that make a complement hypothetical rather than denied or stated: "has yet to name" (not
    /// named), handled with its adverb in `PropositionFinder.applyControl`.
    static let notYetAdverbs: Set<String> = ["yet"]
    /// Control verbs that negate their complement ("refused to meet X" → meet, negated).
    static let negatingControl: Set<String> = [
        "refuse", "decline", "fail", "reject", "stop", "cease", "avoid", "halt", "rule out", "neglect", "forgo",
    ]
    static let modals: Set<String> = ["will", "would", "may", "might", "could", "should", "must", "can", "shall", "ought"]
    static let negations: Set<String> = ["not", "never", "n't", "no"]
    /// Light verbs + event nouns: "impose sanctions on X" → sanction X.
    static let lightVerbs: Set<String> = [
        "impose", "launch", "hold", "sign", "carry", "conduct", "make", "stage", "level", "mount", "deliver",
        "announce", "issue", "slap", "place", "put", "take", "have", "open", "begin", "start", "wage",
        "reach", "strike", "file", "lodge", "give", "express", "voice", "offer", "extend", "declare", "lend",
        "pay", "step", "throw", "register", "send",
    ]
    static let eventNouns: [String: String] = [
        "sanction": "sanction", "attack": "attack", "strike": "attack", "airstrike": "attack", "talk": "meet",
        "discussion": "meet", "consultation": "consult with", "protest": "protest", "complaint": "complain",
        "lawsuit": "sue", "suit": "sue", "warning": "warn", "ultimatum": "threaten", "support": "support",
        "backing": "support", "solidarity": "support", "pact": "sign agreement with", "treaty": "sign agreement with",
        "contract": "sign agreement with", "memorandum": "sign agreement with", "settlement": "sign agreement with",
        "probe": "investigate", "inquiry": "investigate", "condolence": "sympathize with", "tribute": "praise",
        "invitation": "invite", "apology": "apologize to", "contact": "contact", "crackdown": "crack down on",
        "allegation": "accuse", "airstrikes": "attack", "talks": "meet",
        "deal": "sign deal with", "agreement": "sign agreement with", "accord": "sign agreement with",
        "accusation": "accuse", "threat": "threaten", "invasion": "invade", "offensive": "attack", "raid": "raid",
        "negotiation": "negotiate with", "meeting": "meet with", "visit": "visit", "trip": "visit", "criticism": "criticize",
        "war": "wage war on", "part": "take part in", "embargo": "embargo", "ban": "ban", "investigation": "investigate",
        "call": "call", "tariff": "impose tariffs on", "restriction": "restrict", "pressure": "pressure",
        "assault": "attack", "bombardment": "bombard", "campaign": "campaign against",
    ]
    /// Event nouns whose target may also follow "for" ("expressed support for Assad").
    static let forTargetNouns: Set<String> = ["support", "backing", "solidarity", "sympathy"]
    /// Prepositions that carry the real target of an event noun or a verb ("sanctions on Russia").
    static let targetPrepositions: Set<String> = ["on", "against", "with", "to", "at", "into", "toward", "towards", "over", "from"]
    /// Words naming a time, so that "said in October" does not become "say in → October".
    static let temporalNouns: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tomorrow", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
        "morning", "afternoon", "evening", "night", "weekend", "hour", "hours", "minute", "minutes", "time", "period",
        "spring", "summer", "autumn", "fall", "winter", "past", "future", "moment", "quarter", "season",
    ]
    /// Prepositions that only ever introduce a time.
    static let temporalPrepositions: Set<String> = ["since", "until", "till", "during", "throughout", "ago", "amid", "despite"]
    /// Prepositions that mark a recipient, target or source of the verb ("supplied drones to Russia",
    /// "bought missiles from Russia").
    static let recipientPrepositions: Set<String> = ["to", "against", "into", "toward", "towards", "from"]
    /// Verbs that follow an emphatic "did" and that the tagger may take for nouns ("did supply drones").
    static let emphaticDoVerbs: Set<String> = [
        "send", "supply", "provide", "deliver", "ship", "transfer", "sell", "buy", "acquire", "help", "support",
        "attack", "use", "sign", "meet", "order", "approve", "offer", "fund", "train", "arm",
    ]
    /// Nouns for the people or bodies acting for a country ("Russian troops" → Russia).
    static let bodyNouns: Set<String> = [
        "official", "officials", "troops", "troop", "forces", "force", "government", "authorities", "authority",
        "military", "army", "navy", "diplomat", "diplomats", "organization", "organizations", "organisation",
        "organisations", "leader", "leaders", "president", "minister", "ministry", "administration", "embassy",
        "regime", "soldiers", "soldier", "police", "lawmakers", "parliament", "state", "side", "delegation",
        "negotiators", "spokesman", "spokeswoman", "envoy", "ambassador", "prosecutors", "court", "intelligence",
        "agency", "agencies", "company", "companies", "firms", "firm", "banks", "bank", "entities", "people",
        "militants", "fighters", "rebels", "separatists", "warplanes", "jets", "aircraft", "media", "press",
        "counterpart", "counterparts", "team", "aerospace", "defense", "defence",
    ]
    /// Words in a proper name that make it an organisation.
    static let organizationWords: Set<String> = [
        "Council", "Ministry", "Forces", "Agency", "Party", "Bank", "Company", "Inc", "Inc.", "Corp", "Corp.",
        "Center", "Centre", "University", "Committee", "Commission", "Department", "Office", "Army", "Navy",
        "Court", "Union", "Organization", "Organisation", "Association", "Institute", "Group", "Ltd", "Ltd.",
        "Service", "Services", "Bureau", "Authority", "Federation", "Guard", "Corps", "Parliament", "Senate",
        "Congress", "Assembly", "Police", "Foundation", "Times", "News", "Post", "Journal", "Network", "Front",
        "Brigade", "Movement", "Administration", "Fund", "League", "Board", "Reserve", "Airlines", "Motors",
    ]
    /// Words in an organisation's name that make it a body of its country's state ("Defense Ministry",
    /// "Aerospace Forces", "State Center"): part of that country in the graph.
    static let governmentBodyWords: Set<String> = [
        "Ministry", "Forces", "Force", "Council", "Agency", "Department", "Army", "Navy", "Guard", "Guards", "Corps",
        "Service", "Services", "Committee", "Commission", "Office", "Bureau", "Authority", "Parliament", "Senate",
        "Congress", "Assembly", "Police", "Administration", "Center", "Centre", "Court", "Embassy", "Government",
        "Directorate", "Command", "Ministries", "Cabinet",
    ]
    /// Words that belong to a title rather than naming an organisation or a person ("Prime Minister",
    /// "Secretary of State", "Vice President").
    static let titleWords: Set<String> = [
        "prime", "foreign", "vice", "first", "deputy", "defense", "defence", "finance", "interior", "home", "justice",
        "health", "trade", "economy", "economic", "energy", "education", "chief", "senior", "former", "acting",
        "executive", "press", "state", "general", "attorney", "majority", "minority", "supreme", "grand", "lord",
        "labor", "labour", "environment", "agriculture", "transport", "culture", "information", "treasury",
    ]
    /// Lower-case particles inside personal names ("Bashar al-Assad", "Ursula von der Leyen").
    static let nameParticles: Set<String> = ["al", "el", "bin", "ibn", "de", "da", "di", "del", "der", "van", "von", "la", "le", "du", "dos", "das", "abu"]
    /// Prepositions after which an unknown one-word name is a place ("in Aleppo", "near Bakhmut").
    static let placePrepositions: Set<String> = ["in", "at", "near", "outside", "inside", "across", "around", "into"]
    /// Courtesy titles in front of a surname ("Mr Kirby"): the person, not part of their name.
    static let honorifics: Set<String> = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Prof", "Prof."]
    /// Words that make a proper name a place ("Trump Tower", "Red Square").
    static let locationWords: Set<String> = [
        "Tower", "Square", "Street", "Avenue", "Road", "Airport", "Hospital", "Hotel", "Palace", "Bridge", "River",
        "Mountain", "Mountains", "Island", "Islands", "Sea", "Ocean", "Lake", "Valley", "Province", "Region", "County",
        "City", "Park", "Port", "Harbor", "Harbour", "Strait", "Gulf", "Peninsula", "Desert", "Plaza", "Stadium",
        "Base", "Camp", "Prison", "District", "State",
    ]
    /// Role nouns for appositions, titles and copulas ("foreign minister", "spokesman"): the taxonomy's list,
    /// so extraction and the graph agree on what a role is.
    static let roleNouns: Set<String> = RelationTaxonomy.roleNouns
}

extension SyntaxLexicon {
    /// Capitalised words that open a sentence or clause and are never the first word of a name ("Meanwhile
    /// Ms Novak", "Whether Navalny"), in lower case.
    static let nameOpeners: Set<String> = [
        "meanwhile", "however", "whether", "later", "earlier", "also", "still", "yet", "instead", "but", "and", "so",
        "then", "now", "afterwards", "separately", "elsewhere", "nevertheless", "indeed", "moreover", "furthermore",
        "thus", "hence", "therefore", "although", "though", "while", "when", "after", "before", "since", "because",
        "if", "as", "unlike", "like", "despite", "last", "next", "this", "that", "on", "in", "at", "by", "for",
        "with", "from", "during", "until", "former", "ex", "both", "even", "only", "why", "how", "what", "where",
        "said", "says", "told", "asked", "dear", "thanks", "speaking", "according",
    ]
}
