import KGText

/// Predicted-tag training data for the parser: a parser trained on gold tags over-trusts them, so the training
/// sentences get tags from taggers that never saw them (k-fold jackknifing), as at run time.
public enum ParserTrainingData {
    /// Overwrites `upos`/`xpos` of every word with `tagger`'s predictions.
    public static func retag(_ sentences: inout [CoNLLUSentence], with tagger: PartOfSpeechTagger) {
        for i in sentences.indices { tagger.tag(&sentences[i].words) }
    }

    /// Tags each of `folds` contiguous blocks of `sentences` with a tagger trained on the other blocks.
    /// Deterministic for a given `trainer` (its seed) and input. `progress` gets the finished fold (1-based).
    public static func jackknifeTags(
        _ sentences: [CoNLLUSentence], folds: Int, trainer: TaggerTrainer,
        progress: (Int) -> Void = { _ in }
    ) -> [CoNLLUSentence] {
        let k = max(2, min(folds, sentences.count))
        var result = sentences
        let fold = { (i: Int) in i * k / sentences.count }
        for f in 0..<k {
            let training = sentences.indices.filter { fold($0) != f }.map { sentences[$0] }
            let tagger = trainer.train(on: training)
            for i in sentences.indices where fold(i) == f { tagger.tag(&result[i].words) }
            progress(f + 1)
        }
        return result
    }
}
