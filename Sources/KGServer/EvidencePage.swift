import Foundation
import KGCore
import KGGraph

/// `/evidence?subject=…&object=…&relation=…`: the sentences behind the edges between two entities, with
/// document, date, attribution and negation marked.
enum EvidencePage {
    static func html(answer: EvidenceAnswer, rows: Int) -> String {
        let subject = answer.subject.name
        let object = answer.object.name
        let relation = answer.relation.map { " — \($0) —" } ?? " and"
        var body = "<h1>\(HTML.link(HTML.entityURL(subject), subject))\(TextEscaping.html(relation)) "
            + "\(HTML.link(HTML.entityURL(object), object))</h1>\n"
        let edges = RelationTable.ranked(answer.graph)
        if edges.isEmpty {
            body += "<p class=\"muted\">No evidence links these two entities"
                + (answer.relation.map { " with the relation “\(TextEscaping.html($0))”" } ?? "") + ".</p>\n"
        }
        var shown = 0
        for edge in edges {
            let from = answer.graph.entities[edge.subject]?.name ?? edge.subject
            let to = answer.graph.entities[edge.object]?.name ?? edge.object
            body += "<h2 class=\"edge\">\(TextEscaping.html(from)) — \(TextEscaping.html(edge.relation)) → \(TextEscaping.html(to)) "
            body += "<span class=\"muted\">(\(edge.evidenceCount) sentence\(edge.evidenceCount == 1 ? "" : "s")"
            if edge.deniedCount > 0 { body += ", \(edge.deniedCount) denying it" }
            body += ")</span></h2>\n<ol class=\"evidence\">\n"
            for evidence in edge.evidence.sorted(by: Self.chronological) {
                guard shown < rows else { break }
                shown += 1
                body += item(evidence)
            }
            body += "</ol>\n"
        }
        if answer.totalSentences > shown {
            body += "<p class=\"muted\">\(shown) of \(answer.totalSentences) sentences are shown; "
                + "add <code>limit=\(rows)</code> to the address to see more.</p>\n"
        }
        return PageLayout.document(title: "\(subject) and \(object)", body: body)
    }

    private static func chronological(_ a: Evidence, _ b: Evidence) -> Bool {
        (a.date ?? "", a.documentID, a.sentenceIndex) < (b.date ?? "", b.documentID, b.sentenceIndex)
    }

    /// One sentence with its source line.
    static func item(_ evidence: Evidence) -> String {
        var out = "<li class=\"evidence\(evidence.negated ? " negated" : "")\">"
        out += "<div class=\"sentence\">\(highlighted(evidence))</div>"
        var meta: [String] = []
        let title = evidence.documentTitle.flatMap { $0.isEmpty ? nil : $0 } ?? evidence.documentID
        meta.append("<cite>\(TextEscaping.html(title))</cite>")
        if let date = evidence.date { meta.append("<time>\(TextEscaping.html(date))</time>") }
        if let attribution = evidence.attribution {
            meta.append("according to <b>\(TextEscaping.html(attribution.entity ?? attribution.text))</b> "
                        + "(\(TextEscaping.html(attribution.verb)))")
        }
        if evidence.negated { meta.append("<span class=\"tag denied\">denied</span>") }
        if let modality = evidence.modality { meta.append("<span class=\"tag\">\(TextEscaping.html(modality))</span>") }
        if evidence.coreferent { meta.append("<span class=\"tag\">via coreference</span>") }
        out += "<div class=\"meta\">\(meta.joined(separator: " · "))</div></li>\n"
        return out
    }

    /// Negation words a denied relation is marked by.
    static let negationCues = ["not", "n't", "never", "no", "deny", "denies", "denied", "neither", "nor"]

    /// The sentence escaped, with the attribution phrase and (for denied evidence) the negation cue marked.
    static func highlighted(_ evidence: Evidence) -> String {
        let sentence = evidence.sentence
        var marks: [(Range<String.Index>, String)] = []
        if let attribution = evidence.attribution?.text, !attribution.isEmpty,
           let range = sentence.range(of: attribution)
        {
            marks.append((range, "attribution"))
        }
        if evidence.negated, let range = negationRange(in: sentence, near: evidence.relationText),
           !marks.contains(where: { $0.0.overlaps(range) })
        {
            marks.append((range, "negation"))
        }
        marks.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out = ""
        var position = sentence.startIndex
        for (range, kind) in marks {
            out += TextEscaping.html(String(sentence[position..<range.lowerBound]))
            out += "<mark class=\"\(kind)\">\(TextEscaping.html(String(sentence[range])))</mark>"
            position = range.upperBound
        }
        out += TextEscaping.html(String(sentence[position...]))
        return out
    }

    /// The first negation cue in the relation's words, else in the sentence, as a whole word.
    private static func negationRange(in sentence: String, near relationText: String) -> Range<String.Index>? {
        let searchArea = sentence.range(of: relationText).map { sentence[$0] } ?? sentence[...]
        for cue in negationCues {
            var start = searchArea.startIndex
            while let range = searchArea.range(of: cue, options: .caseInsensitive, range: start..<searchArea.endIndex) {
                let before = range.lowerBound == sentence.startIndex ? nil : sentence[sentence.index(before: range.lowerBound)]
                let after = range.upperBound == sentence.endIndex ? nil : sentence[range.upperBound]
                let startsWord = cue.hasPrefix("n'") || !(before?.isLetter ?? false)
                if startsWord && !(after?.isLetter ?? false) { return range }
                start = range.upperBound
            }
        }
        return nil
    }
}
