import KGCore

/// Matches one article's predicted edges with its gold edges and gives each miss and false edge its cause
/// (the rules are on `ActorEvaluation`).
struct ArticleMatcher {
    let article: ActorGold.Article
    let prediction: ActorPrediction
    /// Gold entity of each predicted edge's subject and object (nil: none).
    let subjects: [String?]
    let objects: [String?]
    /// The pipeline's sentence holding each gold edge's offset.
    let goldSentences: [Int]
    let goldForms: [Set<String>]
    let predictedForms: [Set<String>]

    init(article: ActorGold.Article, prediction: ActorPrediction) {
        self.article = article
        self.prediction = prediction
        let names = ActorEvaluation.names(of: article)
        subjects = prediction.edges.map { ActorEvaluation.goldName(of: $0.subject, in: names) }
        objects = prediction.edges.map { ActorEvaluation.goldName(of: $0.object, in: names) }
        goldSentences = article.edges.map { edge in
            prediction.sentenceSpans.lastIndex { $0.start <= edge.offset } ?? 0
        }
        goldForms = article.edges.map { $0.relation.reduce(into: Set<String>()) { $0.formUnion(ActorEvaluation.relationForms($1)) } }
        predictedForms = prediction.edges.map { ActorEvaluation.relationForms($0.relation) }
    }

    /// 0 when prediction `p` is from gold edge `g`'s sentence, 1 when from the pipeline's next sentence, else nil.
    func distance(gold g: Int, prediction p: Int) -> Int? {
        switch prediction.edges[p].sentenceIndex - goldSentences[g] {
        case 0: return 0
        case 1: return 1
        default: return nil
        }
    }

    func samePair(_ g: Int, _ p: Int) -> Bool {
        subjects[p] == article.edges[g].subject && objects[p] == article.edges[g].object
    }

    func reversedPair(_ g: Int, _ p: Int) -> Bool {
        subjects[p] == article.edges[g].object && objects[p] == article.edges[g].subject
    }

    func sameRelation(_ g: Int, _ p: Int) -> Bool { !goldForms[g].isDisjoint(with: predictedForms[p]) }

    /// One-to-one matching of compatible pairs, same-sentence pairs first; the prediction matched to each gold edge.
    func match(_ compatible: (Int, Int) -> Bool) -> [Int?] {
        var matchOf = [Int?](repeating: nil, count: article.edges.count)
        var used = Set<Int>()
        for level in 0...1 {
            for p in prediction.edges.indices where !used.contains(p) {
                for g in article.edges.indices where matchOf[g] == nil && distance(gold: g, prediction: p) == level && compatible(g, p) {
                    matchOf[g] = p
                    used.insert(p)
                    break
                }
            }
        }
        return matchOf
    }

    func score() -> ActorScore {
        var score = ActorScore()
        score.articles = 1
        score.goldEdges = article.edges.count
        score.predictedEdges = prediction.edges.count
        let full = match { samePair($0, $1) && sameRelation($0, $1) }
        score.pairMatched = match { samePair($0, $1) }.compactMap { $0 }.count
        for (g, edge) in article.edges.enumerated() {
            if !edge.coref { score.goldWithoutCoref += 1 }
            guard let p = full[g] else {
                score.misses.append(ActorScore.Miss(articleID: article.id, edge: edge, cause: missCause(g)))
                continue
            }
            score.matched += 1
            if !edge.coref { score.matchedWithoutCoref += 1 }
            if prediction.edges[p].negated == edge.negated {
                score.negationAgreed += 1
            } else {
                score.misses.append(ActorScore.Miss(articleID: article.id, edge: edge, cause: .negationDiffers))
            }
        }
        let matchedPredictions = Set(full.compactMap { $0 })
        for (p, edge) in prediction.edges.enumerated() where !matchedPredictions.contains(p) {
            let span = prediction.sentenceSpans.indices.contains(edge.sentenceIndex) ? prediction.sentenceSpans[edge.sentenceIndex] : nil
            score.falseEdges.append(ActorScore.FalseEdge(
                articleID: article.id, offset: span?.start ?? 0, edge: edge, subject: subjects[p], object: objects[p],
                cause: falseCause(p)))
        }
        return score
    }

    /// Why gold edge `g` found no match, judged on the predictions of its sentence.
    func missCause(_ g: Int) -> ActorScore.MissCause {
        let gold = article.edges[g]
        let near = prediction.edges.indices.filter { distance(gold: g, prediction: $0) != nil }
        let found = Set(near.flatMap { [subjects[$0], objects[$0]] }.compactMap { $0 })
        if !found.contains(gold.subject) { return .subjectNotFound }
        if !found.contains(gold.object) { return .objectNotFound }
        if near.contains(where: { reversedPair(g, $0) }) { return .directionReversed }
        if near.contains(where: { samePair(g, $0) }) { return .relationDiffers }
        return .pairNotLinked
    }

    /// Why prediction `p` matches no gold edge, judged on the gold edges of its sentence.
    func falseCause(_ p: Int) -> ActorScore.FalseEdgeCause {
        guard subjects[p] != nil, objects[p] != nil else { return .entityNotInGold }
        let near = article.edges.indices.filter { distance(gold: $0, prediction: p) != nil }
        if near.contains(where: { samePair($0, p) && sameRelation($0, p) }) { return .duplicate }
        if near.contains(where: { samePair($0, p) }) { return .relationNotInGold }
        if near.contains(where: { reversedPair($0, p) }) { return .reversed }
        return .pairNotInGold
    }
}
