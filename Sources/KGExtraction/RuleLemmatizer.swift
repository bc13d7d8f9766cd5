/// Verb lemmas by rule, for the baseline extractor (the syntax path uses the trained lemmatizer).
enum RuleLemmatizer {
    private static let irregular: [String: String] = [
        "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "has": "have", "had": "have",
        "said": "say", "says": "say", "sent": "send", "made": "make", "took": "take", "taken": "take",
        "met": "meet", "told": "tell", "sold": "sell", "bought": "buy", "held": "hold", "fought": "fight",
        "struck": "strike", "won": "win", "led": "lead", "gave": "give", "given": "give", "began": "begin",
        "begun": "begin", "brought": "bring", "spoke": "speak", "spoken": "speak", "sought": "seek",
        "thought": "think", "left": "leave", "lost": "lose", "went": "go", "gone": "go", "did": "do", "does": "do",
        "saw": "see", "seen": "see", "came": "come", "got": "get", "kept": "keep", "built": "build",
        "paid": "pay", "shot": "shoot", "hit": "hit", "put": "put", "cut": "cut", "set": "set", "let": "let",
        "fled": "flee", "flew": "fly", "drove": "drive", "wrote": "write", "written": "write", "chose": "choose",
        "threw": "throw", "stood": "stand", "understood": "understand", "withdrew": "withdraw", "warned": "warn",
        "stole": "steal", "broke": "break", "sanctions": "sanction", "accused": "accuse", "used": "use",
    ]

    /// Endings after which a stripped `-ed`/`-ing` stem takes back its silent `e` (accus-ed → accuse).
    private static let silentEEndings = ["c", "v", "z", "ir", "ur", "at", "ut", "os", "us", "is", "rg", "dg", "nc", "uc", "iz", "yz", "as", "id", "od", "ud", "ag", "ar", "ot"]

    /// The lemma of a verb form ("acquiring" → "acquire", "sanctioned" → "sanction").
    static func verbLemma(_ word: String) -> String {
        let w = word.lowercased()
        if let lemma = irregular[w] { return lemma }
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("ied"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        for suffix in ["sses", "ches", "shes", "xes", "zes"] where w.hasSuffix(suffix) { return String(w.dropLast(2)) }
        if w.hasSuffix("ing"), w.count > 5 { return restoreStem(String(w.dropLast(3))) }
        if w.hasSuffix("ed"), w.count > 4 { return restoreStem(String(w.dropLast(2))) }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), w.count > 3 { return String(w.dropLast()) }
        return w
    }

    private static func restoreStem(_ stem: String) -> String {
        let chars = Array(stem)
        if chars.count >= 3, chars[chars.count - 1] == chars[chars.count - 2], !"lsz".contains(chars[chars.count - 1]) {
            return String(chars.dropLast())
        }
        if silentEEndings.contains(where: { stem.hasSuffix($0) }) {
            return stem + "e"
        }
        return stem
    }
}
