/// Word lists the tokenizer and sentence splitter consult: abbreviations that keep their period,
/// hyphen prefixes EWT keeps attached, unit suffixes split off numbers, and common sentence openers.
///
/// Lookups build a lower-cased `String` of a candidate; the tokenizer only does that for the rare
/// candidates (a word followed by `.`, a hyphenated word, digits followed by letters).
enum Abbreviations {
    /// How an abbreviation behaves before a capitalised word.
    enum Kind: Sendable {
        /// Titles (`Mr.`, `Dr.`, `Gen.`): always followed by a name, never end a sentence.
        case title
        /// Abbreviations that introduce what follows (`vs.`, `cf.`, `esp.`): never end a sentence.
        case inline
        /// Other abbreviations (`etc.`, `Inc.`, `Jan.`): may end a sentence.
        case general
    }

    /// Titles before names, lower-cased without the period.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt",
        "cmdr", "adm", "maj", "brig", "cpl", "pvt", "gov", "sen", "rep", "reps", "rev", "fr", "st", "ste", "ft",
        "mt", "hon", "pres", "supt", "insp", "det", "atty", "sec", "amb", "spec", "rt", "sens", "govs", "lt.col",
    ]

    /// Abbreviations that never end a sentence, lower-cased without the period.
    static let inline: Set<String> = ["vs", "v", "c", "cf", "esp", "attn", "viz", "approx", "incl", "arrv", "re", "eg", "ie"]

    /// Abbreviations that may end a sentence, lower-cased without the period.
    static let general: Set<String> = [
        "etc", "inc", "ltd", "corp", "co", "jr", "sr", "bros", "vs", "esp", "approx", "dept", "est", "fig",
        "figs", "vol", "vols", "ed", "eds", "al", "cf", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ave",
        "blvd", "rd", "hwy", "mins", "hrs", "yrs", "lbs", "lb", "oz", "tel", "ext", "attn", "info", "misc",
        "assn", "assoc", "univ", "intl", "natl", "govt", "pp", "pg", "para", "ca", "viz", "dist", "div", "mfg",
        "av", "apt", "bldg", "cont", "contd", "incl", "min", "max", "sq", "mo", "yr", "hr", "wk", "mgr",
        "asst", "dir", "eg", "ie", "et", "ph", "vp", "conf", "fax", "mob", "arrv", "dom", "rec", "ps", "aplo",
        "sc", "que", "mass", "calif", "fla", "tex", "ariz", "colo", "conn", "okla", "tenn", "wash", "mich",
        "minn", "penn", "nev", "ind", "ill", "ky", "md", "pa", "va", "ga", "ala", "ark", "kan", "neb", "ore",
        "wis", "wyo", "vt", "del", "la", "mar", "lv", "eve", "ont", "pop", "cal",
    ]

    /// Abbreviations that only count when capitalised (`Ill.` the state, not `ill.` the adjective).
    static let capitalisedOnly: Set<String> = [
        "mass", "wash", "ind", "ill", "la", "mar", "ont", "cal", "del", "ore", "pa", "va", "ga", "md", "ky", "min", "max",
        "sun", "sat", "wed", "mon", "fri", "que", "sc", "ala", "ark", "kan", "neb", "wis", "co", "mo", "conn",
        "mob", "fax", "ed", "est", "fig", "cont", "para", "ph", "dir", "sec", "det",
        "spec", "rt", "amb", "st", "ste", "mt", "pres", "rev", "gov", "gen", "col", "sen", "rep", "reps",
        "hon", "fr", "ft", "adm", "maj", "insp",
    ]

    /// The kind of `word` (without its period) as an abbreviation, or nil when it is not one.
    static func kind(of word: String) -> Kind? {
        let lower = word.lowercased()
        if word == lower, capitalisedOnly.contains(lower) { return nil }
        if titles.contains(lower) { return .title }
        if inline.contains(lower) { return .inline }
        if general.contains(lower) { return .general }
        return nil
    }

    /// Prefixes after which EWT keeps a hyphenated word in one token (`e-mail`, `non-profit`, `co-workers`).
    static let hyphenPrefixes: Set<String> = [
        "e", "non", "pre", "anti", "mid", "re", "post", "co", "pro", "multi", "ex", "sub", "semi", "cross",
        "neo", "psycho", "socio", "counter", "intra", "inter", "micro", "mini", "proto", "super", "un", "meh",
        "over", "arch", "vice", "macro", "ultra", "pseudo", "quasi", "trans", "bi", "tri", "uni", "de", "mis",
    ]

    /// Unit and magnitude suffixes EWT splits off a number (`5pm` → `5 pm`, `3.2bn` → `3.2 bn`).
    static let numberSuffixes: Set<String> = [
        "m", "k", "b", "bn", "mn", "pm", "am", "mm", "cm", "km", "kg", "g", "mg", "ft", "hz", "khz", "mhz",
        "ghz", "mb", "gb", "kb", "tb", "mph", "kph", "lbs", "lb", "oz", "hrs", "hr", "min", "mins", "sec",
        "secs", "yrs", "yr", "x", "l", "ml", "p", "pts", "bps", "w", "kw", "mw", "v", "ms", "h", "kmh", "cc",
    ]

    /// Capitalised words that usually open a sentence; after `U.S.` or an initial they signal a boundary.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
        "there", "here", "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "so", "yet",
        "however", "in", "on", "at", "for", "of", "from", "with", "as", "when", "while", "if", "although",
        "though", "after", "before", "since", "during", "because", "what", "who", "why", "how", "where",
        "which", "then", "now", "also", "some", "many", "most", "all", "no", "not", "one", "two", "last",
        "first", "today", "yesterday", "meanwhile", "moreover", "thus", "still", "even", "just", "only",
        "both", "each", "every", "other", "such", "according", "is", "are", "was", "were", "do", "does",
        "did", "can", "will", "would", "should", "could", "please", "thanks", "thank", "yes", "hi", "hello",
        "dear", "let", "by", "to", "once", "unlike", "despite", "instead", "until", "let's", "i'm", "it's",
    ]
}
