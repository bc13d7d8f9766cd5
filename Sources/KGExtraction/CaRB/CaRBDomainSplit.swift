/// Which domain (e.g. `newswire`, `wiki`) each CaRB sentence comes from, read from `dev_domain.tsv`.
///
/// Line: `sentence<TAB>domain`; a first line `sentence<TAB>domain` is a header and skipped.
public struct CaRBDomainSplit: Sendable, Hashable {
    /// Domain by raw sentence.
    public private(set) var domainBySentence: [String: String]

    /// Creates a split from a mapping built in code.
    public init(domainBySentence: [String: String]) {
        self.domainBySentence = domainBySentence
    }

    /// The domain names, sorted.
    public var domains: [String] { Set(domainBySentence.values).sorted() }

    /// The sentences of one domain, to pass as `sentences:` to `CaRBScorer.score`.
    public func sentences(inDomain domain: String) -> Set<String> {
        Set(domainBySentence.compactMap { $0.value == domain ? $0.key : nil })
    }

    /// Reads a domain TSV file.
    public static func load(path: String) throws -> CaRBDomainSplit {
        try parse(tsv: CaRBTSV.read(path: path, what: "CaRB domain"), source: path)
    }

    /// Parses domain TSV text; `source` names it in error messages.
    public static func parse(tsv: String, source: String = "domains") throws -> CaRBDomainSplit {
        var domainBySentence: [String: String] = [:]
        for (index, row) in CaRBTSV.rows(tsv).enumerated() {
            if index == 0, row.fields == ["sentence", "domain"] { continue }
            guard row.fields.count == 2, !row.fields[1].isEmpty else {
                throw CaRBError(source: source, line: row.line, problem: "expected sentence<TAB>domain",
                                hint: "each line names one sentence and its domain, e.g. newswire or wiki")
            }
            let sentence = CaRBTSV.stripped(row.fields[0])
            let domain = CaRBTSV.stripped(row.fields[1])
            if let earlier = domainBySentence[sentence], earlier != domain {
                throw CaRBError(source: source, line: row.line,
                                problem: "sentence is listed as both '\(earlier)' and '\(domain)'")
            }
            domainBySentence[sentence] = domain
        }
        return CaRBDomainSplit(domainBySentence: domainBySentence)
    }

    /// Scores `predictions` separately on each domain, keyed by domain name.
    public func scores(gold: CaRBGold, predictions: CaRBPredictions,
                       matching: CaRBMatching = .manyToOne) -> [String: CaRBScore] {
        var scores: [String: CaRBScore] = [:]
        for domain in domains {
            scores[domain] = CaRBScorer.score(gold: gold, predictions: predictions, matching: matching,
                                              sentences: sentences(inDomain: domain))
        }
        return scores
    }
}
