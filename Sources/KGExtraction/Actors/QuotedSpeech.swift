import KGCore
import KGText

/// A direct quotation that runs over several sentences is the speaker's throughout: in `"Russia is lying. It sent
/// troops to Crimea," Poroshenko said.` the parse attributes only the last sentence, the one that names the
/// speaker, and the first would be stored as the reporter's own fact. The speaker named next to the quotation
/// (after its closing mark, or before its opening mark: `Poroshenko said: "… . …"`) is the speaker of every
/// sentence inside it.
enum QuotedSpeech {
    /// A quotation in document offsets, from its opening mark to its closing mark, and the sentences it touches.
    struct Quotation: Equatable {
        var start: Int
        var end: Int
        var firstSentence: Int
        var lastSentence: Int
    }

    /// Quotations longer than this many sentences are more likely a mark left unclosed than a long quote.
    static let maximumSentences = 8

    /// The document's quotations that span two or more sentences. A mark's direction comes from its shape
    /// (“ ”) or, for a straight quote, from the spaces around it; a straight quote between two letters is an
    /// apostrophe typed wrongly ("doesn"t") and no mark. A quotation left open when another opens is dropped.
    static func quotations(in sentences: [Sentence]) -> [Quotation] {
        var out: [Quotation] = []
        var open: (offset: Int, sentence: Int)?
        for sentence in sentences {
            if let o = open, sentence.index - o.sentence >= maximumSentences { open = nil }
            let scalars = Array(sentence.text.unicodeScalars)
            for (k, scalar) in scalars.enumerated() {
                guard let opening = direction(of: scalar, before: k > 0 ? scalars[k - 1] : nil,
                                              after: k + 1 < scalars.count ? scalars[k + 1] : nil,
                                              inside: open != nil) else { continue }
                let offset = sentence.span.start + k
                if opening {
                    open = (offset, sentence.index)
                } else if let o = open {
                    if sentence.index > o.sentence {
                        out.append(Quotation(start: o.offset, end: offset + 1, firstSentence: o.sentence,
                                             lastSentence: sentence.index))
                    }
                    open = nil
                }
            }
        }
        return out
    }

    /// True for an opening mark, false for a closing one, nil for no quotation mark.
    private static func direction(of scalar: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?,
                                  inside: Bool) -> Bool? {
        switch scalar {
        case "\u{201C}": return true
        case "\u{201D}": return false
        case "\"":
            let spaceBefore = before.map { $0.properties.isWhitespace || "([{\u{2014}\u{2013}-".unicodeScalars.contains($0) } ?? true
            let spaceAfter = after.map { $0.properties.isWhitespace } ?? true
            let letterBefore = before?.properties.isAlphabetic == true
            let letterAfter = after?.properties.isAlphabetic == true
            if letterBefore && letterAfter { return nil }
            if spaceBefore && !spaceAfter { return true }
            if !spaceBefore && (spaceAfter || after.map { ",.;:!?)".unicodeScalars.contains($0) } == true) { return false }
            return !inside
        default: return nil
        }
    }

    /// `assertions` with the speaker of each multi-sentence quotation given to its unattributed assertions, and the
    /// speaker of a quotation given to the quoted sentence right after it that names no speaker (`continuations`).
    static func attribute(_ assertions: [Assertion], sentences: [Sentence]) -> [Assertion] {
        let quotations = quotations(in: sentences)
        let continued = continuations(assertions, sentences: sentences)
        guard !quotations.isEmpty || !continued.isEmpty else { return assertions }
        let byIndex = Dictionary(sentences.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        var out = assertions
        for i in out.indices where out[i].attribution == nil {
            if let speaker = continued[out[i].sentenceIndex] { out[i].attribution = speaker }
        }
        for quotation in quotations {
            // (`"He was friendly," Weber said. "He had a nice family. He loved his family."`: a quotation naming no
            // speaker that opens its sentence right after one that does goes on with that speaker's.)
            guard let speaker = speaker(of: quotation, in: assertions, sentences: byIndex) ?? continued[quotation.firstSentence] else { continue }
            for i in out.indices where out[i].attribution == nil && inside(out[i], quotation) {
                out[i].attribution = speaker
                // The speaker's "I", as inside a one-sentence quotation.
                if out[i].subject.entity == nil, out[i].subject.text == "I", let entity = speaker.entity,
                   let type = type(of: entity, in: assertions) {
                    out[i].subject.entity = entity
                    out[i].subject.type = type
                    out[i].subject.coreferent = true
                }
            }
        }
        return out
    }

    /// `"He's authentic," said Olsen. "He has real good instincts."`: a sentence that is one quotation from its
    /// first word to its last (or opens a quotation that runs on into the next sentences), with no speaker of its
    /// own, goes on the quotation of the sentence before it, whose speaker (a speech verb's, not a denial's) it
    /// takes; by sentence index.
    static func continuations(_ assertions: [Assertion], sentences: [Sentence]) -> [Int: Attribution] {
        var attributed: [Int: Attribution] = [:]
        var ownSpeaker: Set<Int> = []
        for a in assertions {
            guard let attribution = a.attribution else { continue }
            ownSpeaker.insert(a.sentenceIndex)
            if attribution.entity != nil, !SyntaxLexicon.denialVerbs.contains(attribution.verb), attributed[a.sentenceIndex] == nil,
               isQuoted(a.relation.start ?? a.subject.start, in: a) {
                attributed[a.sentenceIndex] = attribution
            }
        }
        var out: [Int: Attribution] = [:]
        for (k, sentence) in sentences.enumerated() where k > 0 && !ownSpeaker.contains(sentence.index)
            && (isWhollyQuoted(sentence) || opensRunningQuotation(sentence)) {
            if let speaker = attributed[sentences[k - 1].index] { out[sentence.index] = speaker }
        }
        return out
    }

    /// Whether a sentence opens with a quotation mark and its only closing mark ends it (a final stop may follow).
    static func isWhollyQuoted(_ sentence: Sentence) -> Bool {
        // Most sentences open with a word: no copy of their text.
        guard let first = sentence.text.unicodeScalars.first, first == "\"" || first == "\u{201C}" else { return false }
        let scalars = Array(sentence.text.unicodeScalars)
        guard scalars.count > 2 else { return false }
        var end = scalars.count - 1
        while end > 0, ".!?".unicodeScalars.contains(scalars[end]) { end -= 1 }
        guard scalars[end] == "\"" || scalars[end] == "\u{201D}" else { return false }
        return !scalars[1..<end].contains { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }
    }

    /// Whether a sentence opens with a quotation mark and has no other: the quotation runs on past its end.
    static func opensRunningQuotation(_ sentence: Sentence) -> Bool {
        guard let first = sentence.text.unicodeScalars.first, first == "\"" || first == "\u{201C}" else { return false }
        return !sentence.text.unicodeScalars.dropFirst().contains { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }
    }

    /// Whether a document offset in an assertion's sentence lies inside quotation marks: after an odd number of
    /// straight marks, or after more opening than closing curly ones, or before a closing mark with none before it
    /// (the sentence goes on a quotation opened in an earlier one: `He loved his children."`). A straight mark
    /// between two letters is an apostrophe typed wrongly ("wouldn"t"), no mark.
    static func isQuoted(_ offset: Int, in assertion: Assertion) -> Bool {
        var straight = 0, opened = 0, closed = 0
        let scalars = Array(assertion.sentence.unicodeScalars)
        for (k, scalar) in scalars.enumerated() {
            if scalar == "\"", k > 0, k + 1 < scalars.count, scalars[k - 1].properties.isAlphabetic, scalars[k + 1].properties.isAlphabetic {
                continue
            }
            if assertion.sentenceSpan.start + k >= offset {
                guard straight == 0, opened == 0, closed == 0 else { break }
                // The first mark after the offset closes a quotation.
                if let mark = scalars[k...].indices.first(where: { ["\"", "\u{201C}", "\u{201D}"].contains(scalars[$0]) }) {
                    return direction(of: scalars[mark], before: mark > 0 ? scalars[mark - 1] : nil,
                                     after: mark + 1 < scalars.count ? scalars[mark + 1] : nil, inside: true) == false
                }
                break
            }
            switch scalar {
            case "\"": straight += 1
            case "\u{201C}": opened += 1
            case "\u{201D}": closed += 1
            default: break
            }
        }
        return straight % 2 == 1 || opened > closed
    }

    /// The type an argument naming `entity` has in the document (a person speaks as "I"; so may a body).
    private static func type(of entity: String, in assertions: [Assertion]) -> EntityType? {
        for a in assertions {
            for argument in [a.subject] + (a.object.map { [$0] } ?? []) where argument.entity == entity && argument.type.isActor {
                return argument.type
            }
        }
        return nil
    }

    private static func inside(_ assertion: Assertion, _ quotation: Quotation) -> Bool {
        let at = assertion.relation.start ?? assertion.subject.start
        return at >= quotation.start && at < quotation.end
    }

    /// The attribution the parse gave inside the quotation's last sentence to a speaker named after the closing
    /// mark, else inside its first sentence to a speaker named before the opening mark. Never a denial: what a
    /// quoted denial says is not the denied thing.
    private static func speaker(of quotation: Quotation, in assertions: [Assertion], sentences: [Int: Sentence]) -> Attribution? {
        let ends: [(sentence: Int, outside: (Sentence) -> Substring)] = [
            (quotation.lastSentence, { s in Self.text(of: s, from: quotation.end, to: s.span.end) }),
            (quotation.firstSentence, { s in Self.text(of: s, from: s.span.start, to: quotation.start) }),
        ]
        for end in ends {
            guard let sentence = sentences[end.sentence] else { continue }
            let outside = end.outside(sentence)
            let found = assertions.first { a in
                guard a.sentenceIndex == end.sentence, let attribution = a.attribution, inside(a, quotation),
                      !SyntaxLexicon.denialVerbs.contains(attribution.verb) else { return false }
                return outside.contains(attribution.text)
            }
            if let attribution = found?.attribution { return attribution }
        }
        return nil
    }

    /// The sentence's text between two document offsets (clamped to the sentence).
    private static func text(of sentence: Sentence, from start: Int, to end: Int) -> Substring {
        let scalars = sentence.text.unicodeScalars
        let lower = max(0, min(start - sentence.span.start, scalars.count))
        let upper = max(lower, min(end - sentence.span.start, scalars.count))
        let from = scalars.index(scalars.startIndex, offsetBy: lower)
        let to = scalars.index(scalars.startIndex, offsetBy: upper)
        return Substring(scalars[from..<to])
    }
}
