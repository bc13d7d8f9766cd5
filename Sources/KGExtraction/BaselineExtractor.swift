import KGCore
import KGText

/// The first, honest extractor: actors from the gazetteer, and the verb between two actor mentions.
///
/// It needs only tokens, no parse. It finds "US sanctions Russia" and "Moscow has been illegally acquiring
/// Iranian weapons" but not who did what in complex sentences; the syntax extractor replaces it.
public struct BaselineExtractor: Extractor {
    public let gazetteer: Gazetteer
    /// Mentions further apart than this many words are not paired.
    public var maximumGap = 10

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    public var needsSyntax: Bool { false }

    struct Mention {
        var range: Range<Int>
        var entry: Gazetteer.Entry
    }

    public func extractAssertions(from document: Document) -> [Assertion] {
        let scalars = Array(document.text.unicodeScalars)
        var assertions: [Assertion] = []
        for sentence in document.sentences {
            assertions += extract(sentence, documentID: document.id, scalars: scalars)
        }
        return assertions
    }

    func mentions(in forms: [String]) -> [Mention] {
        var found: [Mention] = []
        var i = 0
        while i < forms.count {
            if let entry = gazetteer.longestMatch(in: forms, at: i) {
                var end = i + entry.words.count
                if entry.kind == .demonym {
                    // "Russian troops", "Iranian drones": the demonym heads a noun phrase naming its country's agents.
                    while end < forms.count, end - i <= 2, Self.looksLikeNoun(forms[end]) { end += 1 }
                }
                found.append(Mention(range: i..<end, entry: entry))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    private func extract(_ sentence: Sentence, documentID: String, scalars: [Unicode.Scalar]) -> [Assertion] {
        let words = sentence.words
        let forms = words.map(\.form)
        let found = mentions(in: forms)
        guard found.count >= 2 else { return [] }
        var attribution: Attribution?
        var assertions: [Assertion] = []
        for (left, right) in zip(found, found.dropFirst()) {
            let gap = left.range.upperBound..<right.range.lowerBound
            guard gap.count >= 1, gap.count <= maximumGap,
                  !gap.contains(where: { Self.clauseBreaks.contains(forms[$0]) }),
                  left.entry.entity != right.entry.entity,
                  let verb = relationVerb(forms, in: gap) else { continue }
            let negated = gap.contains { Self.negations.contains(forms[$0].lowercased()) }
            let modality = gap.lazy.map { forms[$0].lowercased() }.first { Self.modals.contains($0) }
            let relationSpan = TextSpan(start: words[gap.lowerBound].span.start, end: words[gap.upperBound - 1].span.end)
            let subject = argument(left, words: words, scalars: scalars)
            let object = argument(right, words: words, scalars: scalars)
            if Self.reportingVerbs.contains(verb.lemma), attribution == nil, left.range.lowerBound <= 1 {
                // "Washington claims Moscow …": what follows is Washington's claim, not a relation to Moscow.
                attribution = Attribution(text: subject.text, entity: subject.entity, verb: verb.lemma)
                continue
            }
            let confidence = max(0.1, 0.6 - 0.04 * Double(gap.count - 1))
            assertions.append(Assertion(
                documentID: documentID, sentenceIndex: sentence.index, sentence: sentence.text, sentenceSpan: sentence.span,
                subject: subject,
                relation: RelationPhrase(lemma: verb.lemma, text: text(relationSpan, scalars), negated: negated, modality: modality),
                object: object, attribution: attribution, confidence: confidence))
        }
        return assertions
    }

    private func argument(_ mention: Mention, words: [Word], scalars: [Unicode.Scalar]) -> Argument {
        let span = TextSpan(start: words[mention.range.lowerBound].span.start, end: words[mention.range.upperBound - 1].span.end)
        return Argument(text: text(span, scalars), entity: mention.entry.entity, type: mention.entry.type, span: span)
    }

    private func text(_ span: TextSpan, _ scalars: [Unicode.Scalar]) -> String {
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars[span.start..<span.end])
        return s
    }

    /// The relation named by the words between two mentions: the first content verb, with light verbs
    /// ("impose sanctions on") turned into the verb of their noun.
    func relationVerb(_ forms: [String], in gap: Range<Int>) -> (lemma: String, index: Int)? {
        for i in gap where Self.lightVerbs.contains(RuleLemmatizer.verbLemma(forms[i])) {
            for j in (i + 1)..<gap.upperBound {
                if let noun = Self.eventRelation(forms[j]) { return (noun, j) }
            }
        }
        for i in gap {
            let word = forms[i]
            let lower = word.lowercased()
            guard let first = word.unicodeScalars.first, first.properties.isLowercase,
                  word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }),
                  !Self.functionWords.contains(lower), !lower.hasSuffix("ly") else { continue }
            // "the alleged purchase", "Moscow's ongoing offensive": a participle after a determiner is an adjective.
            if i > gap.lowerBound, Self.determiners.contains(forms[i - 1].lowercased()) || forms[i - 1].hasSuffix("'s") || forms[i - 1].hasSuffix("\u{2019}s") { continue }
            return (RuleLemmatizer.verbLemma(lower), i)
        }
        return nil
    }

    /// A lower-case content word that does not look like an inflected verb.
    static func looksLikeNoun(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isLowercase,
              word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { return false }
        let lower = word.lowercased()
        return !functionWords.contains(lower) && !lower.hasSuffix("ed") && !lower.hasSuffix("ing") && !lower.hasSuffix("ly")
    }

    // The concepts both extractors use are one list each (`words.tsv`); the rest are the baseline's own.
    static let determiners = Lexicon.words(.baselineDeterminers)
    static let clauseBreaks = Lexicon.words(.baselineClauseBreaks)
    static let functionWords = Lexicon.words(.baselineFunctionWords)
    static let negations = Lexicon.words(.negations)
    static let modals = Lexicon.words(.modals)
    /// Verbs whose object is a clause: what follows them is the subject's claim, not a relation to the next actor.
    static let reportingVerbs = Lexicon.words(.clauseTakingVerbs)
    static let lightVerbs = Lexicon.words(.lightVerbs)
    static let eventNouns = Lexicon.map(.eventNouns)

    /// The relation an event noun makes after a light verb, its plural too ("sanctions" as "sanction").
    static func eventRelation(_ form: String) -> String? {
        let lower = form.lowercased()
        if let relation = eventNouns[lower] { return relation }
        return lower.hasSuffix("s") ? eventNouns[String(lower.dropLast())] : nil
    }
}
