import Foundation
import KGText

/// Averaged-perceptron tagger predicting UPOS and XPOS jointly (one combined label per word).
///
/// Two greedy passes: a right-to-left pass, then a left-to-right pass that also sees the first pass's tags of
/// the words to its right. Frequent unambiguous words are tagged from a tag dictionary without scoring.
/// Thread-safe: tagging only reads the model, so one instance can serve many tasks.
public struct PartOfSpeechTagger: Sendable {
    /// Universal POS tag of each class.
    public let universalTags: [String]
    /// Penn Treebank (XPOS) tag of each class.
    public let pennTags: [String]
    /// The passes, in the order they run; the last one decides.
    let stages: [TaggerStage]

    init(universalTags: [String], pennTags: [String], stages: [TaggerStage]) {
        self.universalTags = universalTags
        self.pennTags = pennTags
        self.stages = stages
    }

    /// The word classes the tagger reads as features (learnt from news when it was trained), or nil.
    public var clusters: WordClusters? { stages.first?.clusters }

    /// Number of classes (UPOS/XPOS pairs).
    public var classCount: Int { universalTags.count }

    /// Number of non-zero weights kept in the model, over all passes.
    public var weightCount: Int { stages.reduce(0) { $0 + $1.weights.entryCount } }

    /// Fills `upos` and `xpos` of every word of `sentence`.
    public func tag(_ sentence: inout Sentence) {
        tag(&sentence.words)
    }

    /// Fills `upos` and `xpos` of every word, reading only the word forms.
    public func tag(_ words: inout [Word]) {
        let classes = predictClasses(words)
        for i in words.indices {
            words[i].upos = universalTags[Int(classes[i])]
            words[i].xpos = pennTags[Int(classes[i])]
        }
    }

    /// The predicted class of each word.
    func predictClasses(_ words: [Word]) -> [Int32] {
        var classes: [Int32] = []
        for stage in stages { classes = stage.predict(words, lookahead: classes) }
        return classes
    }
}
