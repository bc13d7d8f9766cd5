import Foundation
import KGText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Accuracy of tags and lemmas against gold CoNLL-U words (gold tokenization, punctuation included).
public struct TaggingScores: Sendable, Hashable, CustomStringConvertible {
    /// Empty scores, to be filled by `TaggingEvaluator`.
    public init() {}

    /// Words scored.
    public var words = 0
    /// Words whose predicted UPOS equals the gold one.
    public var uposCorrect = 0
    /// Words whose predicted XPOS equals the gold one.
    public var xposCorrect = 0
    /// Words with both UPOS and XPOS right.
    public var jointCorrect = 0
    /// Words whose predicted lemma equals the gold one (0 when no lemmatizer was scored).
    public var lemmaCorrect = 0
    /// CPU seconds of the tagging thread (and lemmatizing, when a lemmatizer was given); CPU time rather than
    /// wall-clock time, so a busy machine does not distort speed measurements.
    public var seconds = 0.0

    /// UPOS accuracy in percent.
    public var uposAccuracy: Double { percent(uposCorrect) }
    /// XPOS accuracy in percent.
    public var xposAccuracy: Double { percent(xposCorrect) }
    /// Share of words with UPOS and XPOS both right, in percent.
    public var jointAccuracy: Double { percent(jointCorrect) }
    /// Lemma accuracy in percent.
    public var lemmaAccuracy: Double { percent(lemmaCorrect) }
    /// Words per CPU second.
    public var wordsPerSecond: Double { seconds > 0 ? Double(words) / seconds : 0 }

    /// One line: UPOS, XPOS, both, lemma accuracy and speed.
    public var description: String {
        String(format: "UPOS %.2f  XPOS %.2f  UPOS+XPOS %.2f  lemma %.2f  (%d words, %.0f words/s)",
               uposAccuracy, xposAccuracy, jointAccuracy, lemmaAccuracy, words, wordsPerSecond)
    }

    private func percent(_ count: Int) -> Double { words == 0 ? 0 : 100 * Double(count) / Double(words) }
}

/// Scores a tagger and lemmatizer on gold-tokenized CoNLL-U sentences.
public enum TaggingEvaluator {
    /// Tags (and, with a lemmatizer, lemmatizes from the predicted tags) copies of `sentences` and compares
    /// with their gold columns. Lemma accuracy counts only when a lemmatizer is given.
    public static func evaluate(
        _ sentences: [CoNLLUSentence], tagger: PartOfSpeechTagger?, lemmatizer: Lemmatizer? = nil
    ) -> TaggingScores {
        var predicted = sentences.map { sentence in
            sentence.words.map { Word(form: $0.form, upos: $0.upos, xpos: $0.xpos, span: $0.span) }
        }
        let start = threadCPUSeconds()
        for i in predicted.indices {
            tagger?.tag(&predicted[i])
            lemmatizer?.lemmatize(&predicted[i])
        }
        var scores = TaggingScores()
        scores.seconds = threadCPUSeconds() - start
        for (sentence, words) in zip(sentences, predicted) {
            for (gold, guess) in zip(sentence.words, words) {
                scores.words += 1
                if gold.upos == guess.upos { scores.uposCorrect += 1 }
                if gold.xpos == guess.xpos { scores.xposCorrect += 1 }
                if gold.upos == guess.upos, gold.xpos == guess.xpos { scores.jointCorrect += 1 }
                if lemmatizer != nil, gold.lemma == guess.lemma { scores.lemmaCorrect += 1 }
            }
        }
        return scores
    }

    /// CPU time consumed by the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
