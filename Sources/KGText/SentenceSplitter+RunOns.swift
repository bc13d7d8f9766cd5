import KGCore

extension SentenceSplitter {
    /// The sentence ranges to keep, and the run-ons cut short: a run is a sequence of sentences that ended only
    /// at `maxWords`, together with the sentence that finally ends it at a real boundary.
    func droppingRunOns(_ sentences: [Range<Int>], forced: [Bool], tokens: [Range<Int>])
        -> (kept: [Range<Int>], runOns: [RunOn]) {
        guard let limit = maxRunOnWords else { return (sentences, []) }
        var kept: [Range<Int>] = []
        kept.reserveCapacity(sentences.count)
        var runOns: [RunOn] = []
        var i = 0
        while i < sentences.count {
            guard forced[i] else {
                kept.append(sentences[i])
                i += 1
                continue
            }
            var end = i
            while end < sentences.count, forced[end] { end += 1 }
            if end == sentences.count { end -= 1 } // the text ended inside the run
            var total = 0, keptTokens = 0
            var full = false
            for k in i...end {
                total += sentences[k].count
                full = full || (k > i && keptTokens + sentences[k].count > limit)
                if !full {
                    kept.append(sentences[k])
                    keptTokens += sentences[k].count
                }
            }
            if keptTokens < total {
                let span = TextSpan(
                    start: tokens[sentences[i].lowerBound].lowerBound,
                    end: tokens[sentences[end].upperBound - 1].upperBound)
                runOns.append(RunOn(span: span, tokens: total, keptTokens: keptTokens))
            }
            i = end + 1
        }
        return (kept, runOns)
    }
}
