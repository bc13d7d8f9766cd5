import KGCore

/// A system's extractions in CaRB's tabbed format, grouped by sentence in file order.
///
/// Prediction line: `sentence<TAB>confidence<TAB>relation[<TAB>arg1<TAB>arg2…]`.
public struct CaRBPredictions: Sendable, Hashable {
    /// One predicted sentence (as the system wrote it) and its extractions.
    public struct Entry: Sendable, Hashable {
        /// The sentence as written in the prediction file.
        public var sentence: String
        /// Its extractions, in file order.
        public var predictions: [CaRBPrediction]

        /// Creates an entry.
        public init(sentence: String, predictions: [CaRBPrediction]) {
            self.sentence = sentence
            self.predictions = predictions
        }
    }

    /// Sentences in order of first appearance.
    public private(set) var entries: [Entry]

    /// Creates predictions from entries built in code.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The number of extractions over all sentences.
    public var predictionCount: Int { entries.reduce(0) { $0 + $1.predictions.count } }

    /// The predictions as TSV text, one line per extraction, that `parse(tsv:)` reads back unchanged.
    ///
    /// Tabs and newlines inside fields would break the format, so they are written as spaces
    /// (CaRB splits tokens on whitespace anyway).
    public var tsv: String {
        var text = ""
        for entry in entries {
            for prediction in entry.predictions {
                let fields = [entry.sentence, "\(prediction.confidence)", prediction.tuple.relation]
                    + prediction.tuple.arguments
                text += fields.map(TextEscaping.tsvFlattened).joined(separator: "\t") + "\n"
            }
        }
        return text
    }

    /// Reads a prediction TSV file.
    public static func load(path: String) throws -> CaRBPredictions {
        try parse(tsv: CaRBTSV.read(path: path, what: "CaRB prediction"), source: path)
    }

    /// Parses prediction TSV text; `source` names it in error messages.
    public static func parse(tsv: String, source: String = "predictions") throws -> CaRBPredictions {
        var entries: [Entry] = []
        var indexBySentence: [String: Int] = [:]
        for (line, fields) in CaRBTSV.rows(tsv) {
            guard fields.count >= 3 else {
                throw CaRBError(source: source, line: line,
                                problem: "a prediction line needs a sentence, a confidence and a relation",
                                hint: "expected sentence<TAB>confidence<TAB>relation<TAB>arg1[<TAB>arg2…]")
            }
            let confidenceText = CaRBTSV.stripped(fields[1])
            guard let confidence = Double(confidenceText), !confidence.isNaN else {
                throw CaRBError(source: source, line: line,
                                problem: "confidence '\(confidenceText)' is not a number",
                                hint: "the second column must be the extraction's confidence, e.g. 0.87")
            }
            let tuple = CaRBTuple(relation: fields[2], arguments: Array(fields[3...]))
            let prediction = CaRBPrediction(tuple: tuple, confidence: confidence, line: line)
            let sentence = fields[0]
            if let index = indexBySentence[sentence] {
                entries[index].predictions.append(prediction)
            } else {
                indexBySentence[sentence] = entries.count
                entries.append(Entry(sentence: sentence, predictions: [prediction]))
            }
        }
        return CaRBPredictions(entries: entries)
    }
}
