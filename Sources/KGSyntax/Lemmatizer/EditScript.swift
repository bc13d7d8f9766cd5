/// How to turn a word form into its lemma: optionally lowercase it, strip `strip` trailing Unicode scalars,
/// append `append` ("sanctions" → strip 1; "Children" → lowercase, strip 3, append "").
struct EditScript: Hashable, Sendable, Comparable {
    var lowercase: Bool
    var strip: Int
    var append: String

    /// The script with the shortest strip that turns `form` into `lemma`; lowercasing wins ties.
    static func between(form: String, lemma: String) -> EditScript {
        let target = Array(lemma.unicodeScalars)
        func script(lowercase: Bool) -> EditScript {
            let base = Array((lowercase ? form.lowercased() : form).unicodeScalars)
            var common = 0
            while common < base.count, common < target.count, base[common] == target[common] { common += 1 }
            var tail = String.UnicodeScalarView()
            tail.append(contentsOf: target[common...])
            return EditScript(lowercase: lowercase, strip: base.count - common, append: String(tail))
        }
        let lowered = script(lowercase: true)
        let kept = script(lowercase: false)
        return kept.strip < lowered.strip ? kept : lowered
    }

    /// The lemma this script makes of `form`, or nil when the form is too short to strip.
    func apply(to form: String) -> String? {
        if strip == 0, append.isEmpty, !lowercase || !form.utf8.contains(where: { $0 >= 65 && $0 <= 90 || $0 >= 128 }) {
            return form
        }
        var scalars = (lowercase ? form.lowercased() : form).unicodeScalars
        guard strip <= scalars.count else { return nil }
        if strip == 0 && append.isEmpty { return String(scalars) }
        scalars.removeLast(strip)
        scalars.append(contentsOf: append.unicodeScalars)
        return String(scalars)
    }

    static func < (lhs: EditScript, rhs: EditScript) -> Bool {
        (lhs.lowercase ? 0 : 1, lhs.strip, lhs.append) < (rhs.lowercase ? 0 : 1, rhs.strip, rhs.append)
    }
}
