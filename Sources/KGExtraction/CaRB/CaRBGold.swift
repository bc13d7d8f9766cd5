/// CaRB gold tuples, grouped by sentence in file order.
///
/// Gold line: `sentence<TAB>relation<TAB>arg1<TAB>arg2[<TAB>arg3…]`. Arguments containing `C: `
/// (context/attribution) are dropped, as the official scorer does.
public struct CaRBGold: Sendable, Hashable {
    /// One gold sentence and its tuples.
    public struct Entry: Sendable, Hashable {
        /// The sentence as written in the gold file.
        public var sentence: String
        /// Its gold tuples, in file order.
        public var tuples: [CaRBTuple]

        /// Creates an entry.
        public init(sentence: String, tuples: [CaRBTuple]) {
            self.sentence = sentence
            self.tuples = tuples
        }
    }

    /// Sentences in order of first appearance.
    public private(set) var entries: [Entry]

    /// Creates gold from entries built in code.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The number of gold tuples over all sentences.
    public var tupleCount: Int { entries.reduce(0) { $0 + $1.tuples.count } }

    /// Reads a gold TSV file.
    public static func load(goldTSV path: String) throws -> CaRBGold {
        try parse(tsv: CaRBTSV.read(path: path, what: "CaRB gold"), source: path)
    }

    /// Parses gold TSV text; `source` names it in error messages.
    public static func parse(tsv: String, source: String = "gold") throws -> CaRBGold {
        var entries: [Entry] = []
        var indexBySentence: [String: Int] = [:]
        for (line, fields) in CaRBTSV.rows(tsv) {
            guard fields.count >= 2 else {
                throw CaRBError(source: source, line: line, problem: "a gold line needs a sentence and a relation",
                                hint: "expected sentence<TAB>relation<TAB>arg1[<TAB>arg2…]")
            }
            let sentence = CaRBTSV.stripped(fields[0])
            let arguments = fields[2...].filter { !$0.contains("C: ") }.map { CaRBTSV.stripped($0) }
            let tuple = CaRBTuple(relation: CaRBTSV.stripped(fields[1]), arguments: arguments)
            if let index = indexBySentence[sentence] {
                entries[index].tuples.append(tuple)
            } else {
                indexBySentence[sentence] = entries.count
                entries.append(Entry(sentence: sentence, tuples: [tuple]))
            }
        }
        return CaRBGold(entries: entries)
    }

    /// The gold tuples as predictions with one confidence: the scorer's ceiling check.
    public func asPredictions(confidence: Double = 1) -> CaRBPredictions {
        CaRBPredictions(entries: entries.map { entry in
            CaRBPredictions.Entry(sentence: entry.sentence,
                                  predictions: entry.tuples.map { CaRBPrediction(tuple: $0, confidence: confidence) })
        })
    }
}
