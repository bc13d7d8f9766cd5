import Foundation

/// Everything a trained parser needs: its label inventory and the two weight tables
/// (unlabelled transition scores, and label scores for the arc being built).
struct ParserModel: Sendable, Equatable {
    /// Bumped whenever a feature template changes, so old model files are rejected instead of misread.
    static let featureSchema: UInt32 = 2

    /// Dependency relations, full UD labels with subtypes; index = class in `labelWeights`.
    var labels: [String]
    /// Index of `root` in `labels`.
    var rootLabel: Int
    /// Rows of width 3: shift, left arc, right arc.
    var actionWeights: ParserWeights
    /// Rows of width `labels.count`.
    var labelWeights: ParserWeights
    /// Trained globally (beam search, max-violation updates): sequences are ranked by summed raw scores, and
    /// every decoding, width 1 included, adds the label's score to its transition's.
    var globallyTrained = false
    /// Word classes read as features (Koo, Carreras & Collins 2008), stored in the model file so that the
    /// parser reads the classes it was trained with; nil for a model without them.
    var clusters: WordClusters?
}
