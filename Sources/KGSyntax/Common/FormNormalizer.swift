/// Maps typographic punctuation to the ASCII spelling the English treebanks use, so news text with curly
/// quotes and dashes ("don’t", “…”, —) gets the same features as the training data.
enum FormNormalizer {
    /// The form with typographic quotes, dashes and ellipses in ASCII; the form itself when it is ASCII.
    static func normalized(_ form: String) -> String {
        if !form.utf8.contains(where: { $0 >= 128 }) { return form }
        if form == "—" || form == "–" { return "--" }
        var out = String.UnicodeScalarView()
        for scalar in form.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x201B, 0x2032: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x2033: out.append("\"")
            case 0x2010, 0x2011, 0x2013, 0x2014: out.append("-")
            case 0x2026: out.append(contentsOf: "...".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
