import Foundation
import KGCore
import KGText

/// A labelled arc-hybrid dependency parser with a greedily trained averaged-perceptron model, decoded
/// greedily or with a small beam (`beamWidth`).
///
/// Reads each word's `form`, `xpos` and `upos`; writes `head` (1-based, 0 = root) and `relation` (full UD
/// label such as `nsubj:pass`). Every output is a projective tree with exactly one root. Immutable and
/// `Sendable`: share one instance across tasks; each call uses its own buffers.
public struct DependencyParser: Sendable {
    let model: ParserModel

    /// Beam width for decoding: 1 parses greedily (the default of `load(from:)`; `loadDefault()` sets
    /// `defaultBeamWidth`), larger values keep that many partial parses ranked by summed log-probabilities
    /// (see `beamTemperature`); cost grows about linearly with the width.
    public var beamWidth = 1
    /// Weight of the label score relative to the transition score when ranking beam items.
    public var beamLabelWeight: Float = 1
    /// Labels tried per arc transition when ranking beam items (1 = only the best label).
    public var beamLabelsPerArc = 1
    /// For a locally trained model: when > 0, beam items are ranked by summed log-probabilities, softmax(score /
    /// temperature) per decision; 0 sums the raw perceptron scores (which hurts a locally trained model). A
    /// globally trained model always sums raw scores, so this is ignored for it.
    public var beamTemperature: Float = 0

    /// Whether the model was trained globally (beam search with max-violation updates), as the bundled one is.
    public var isGloballyTrained: Bool { model.globallyTrained }

    init(model: ParserModel) {
        self.model = model
    }

    /// The dependency relations this model can assign.
    public var relations: [String] { model.labels }

    /// Loads a model file written by `save(to:)`. With `checkingLabels` (the default) the model's relations
    /// must be exactly `DependencyRelation`'s cases; tests of toy models trained on a few sentences turn it off.
    public static func load(from url: URL, checkingLabels: Bool = true) throws -> DependencyParser {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw ParserError(path: url.path, reason: "cannot read: \(error.localizedDescription)",
                              hint: "check the path, or train one with `newsgraph train parser`")
        }
        let model = try data.withUnsafeBytes { try ParserModel(bytes: $0, path: url.path) }
        if checkingLabels, let mismatch = LabelSetCheck.mismatch(DependencyRelation.self, modelLabels: model.labels) {
            throw ParserError(path: url.path, reason: mismatch,
                              hint: "train the parser on UD English EWT 2.16 (`newsgraph train parser`), or update DependencyRelation and the rules naming the label")
        }
        return DependencyParser(model: model)
    }

    /// Name of the model file inside the bundled `Models` folder.
    public static let defaultModelName = "parser.kgdp"

    /// Loads the model bundled with KGSyntax (trained on UD English EWT).
    /// Read once per process; each call returns a copy whose beam settings the caller may change.
    public static func loadDefault() throws -> DependencyParser {
        try bundled.get()
    }

    private static let bundled = BundledModelFile.loadOnce(defaultModelName) { url in
        var parser = try load(from: url)
        parser.beamWidth = defaultBeamWidth
        parser.beamTemperature = defaultBeamTemperature
        return parser
    }

    /// Beam width `loadDefault()` sets: chosen on EWT dev for the bundled model (about +0.8 UAS and LAS over
    /// greedy; width 4 adds 0.05 dev LAS for about 15 % more ingest CPU; see Models/parser.md).
    public static let defaultBeamWidth = 3
    /// Softmax temperature `loadDefault()` sets, matched to the bundled model's score scale on EWT dev.
    public static let defaultBeamTemperature: Float = 15

    /// Writes the model to `url`, Int8-quantised per row; rows whose largest weight is below `pruneBelow` are
    /// dropped (0 keeps every non-zero row).
    public func save(to url: URL, pruneBelow: Float = 0) throws {
        let bytes = model.serialized(pruneBelow: pruneBelow)
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw ParserError(path: url.path, reason: "cannot write: \(error.localizedDescription)",
                              hint: "check that the folder exists and is writable")
        }
    }

    /// Parses one sentence in place.
    public func parse(_ sentence: inout Sentence) {
        var workspace = ParserBeamWorkspace()
        run(&workspace, &sentence.words)
    }

    /// Parses a word sequence in place (e.g. the words of a `CoNLLUSentence`).
    public func parse(words: inout [Word]) {
        var workspace = ParserBeamWorkspace()
        run(&workspace, &words)
    }

    /// Parses many sentences in place, reusing one set of buffers.
    public func parse(_ sentences: inout [Sentence]) {
        var workspace = ParserBeamWorkspace()
        for i in sentences.indices { run(&workspace, &sentences[i].words) }
    }

    /// Parses every sentence of a document in place, reusing one set of buffers.
    public func parse(_ document: inout Document) {
        parse(&document.sentences)
    }

    /// Parses many word sequences in place (a document's sentences), reusing one set of buffers.
    public func parse(wordLists: inout [[Word]]) {
        var workspace = ParserBeamWorkspace()
        for i in wordLists.indices { run(&workspace, &wordLists[i]) }
    }

    /// Parses many CoNLL-U sentences in place (their gold heads and relations are overwritten).
    public func parse(_ sentences: inout [CoNLLUSentence]) {
        var workspace = ParserBeamWorkspace()
        for i in sentences.indices { run(&workspace, &sentences[i].words) }
    }

    private func run(_ workspace: inout ParserBeamWorkspace, _ words: inout [Word]) {
        workspace.parse(&words, model: model, width: beamWidth, labelWeight: beamLabelWeight,
                        labelsPerArc: beamLabelsPerArc, temperature: beamTemperature)
    }
}
