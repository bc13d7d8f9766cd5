import KGCore
import KGGraph

/// Scores the pipeline's actor edges against hand-annotated gold (`eval actors`).
///
/// Per article: a predicted node stands for the gold entity whose canonical name or alias equals its name (or,
/// failing that, one of its aliases) after normalising case, spaces and a leading "the"; aliases that are
/// pronouns or that two entities share map nothing. A predicted edge matches a gold edge when subject, object
/// and relation match and it was read from the gold edge's sentence: the pipeline's sentence holding the gold
/// offset, or the one after it when the pipeline cut that sentence in two (tried second). The relation matches
/// when the predicted relation, or it without its final preposition, equals one of the gold's relations
/// canonicalised through `RelationTaxonomy` (also without a final preposition). Each gold edge is matched at
/// most once, each prediction too.
public enum ActorEvaluation {
    /// Scores every gold article; an article without a prediction counts as one with no edges.
    public static func score(gold: ActorGold, predictions: [ActorPrediction]) -> ActorScore {
        var byID: [String: ActorPrediction] = [:]
        for prediction in predictions where byID[prediction.id] == nil { byID[prediction.id] = prediction }
        var total = ActorScore()
        for article in gold.articles {
            let prediction = byID[article.id] ?? ActorPrediction(id: article.id, sentenceSpans: [], edges: [])
            total.add(ArticleMatcher(article: article, prediction: prediction).score())
        }
        return total
    }

    /// The form names are compared in: case- and space-folded, without a leading "the".
    public static func normalizedName(_ name: String) -> String {
        let folded = Entity.normalize(name)
        return folded.hasPrefix("the ") ? String(folded.dropFirst(4)) : folded
    }

    /// The gold entity each normalised name stands for in the article; shared names and pronouns are left out.
    static func names(of article: ActorGold.Article) -> [String: String] {
        var candidates: [String: Set<String>] = [:]
        for entity in article.entities {
            for name in [entity.canonical] + entity.aliases {
                let key = normalizedName(name)
                guard !key.isEmpty, !pronouns.contains(key) else { continue }
                candidates[key, default: []].insert(entity.canonical)
            }
        }
        return candidates.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The gold entity a predicted node stands for: by its name, else by its first alias that names one.
    static func goldName(of node: ActorPrediction.Node, in names: [String: String]) -> String? {
        for name in [node.name] + node.aliases {
            if let canonical = names[normalizedName(name)] { return canonical }
        }
        return nil
    }

    /// The forms a relation lemma matches in: canonical, and canonical without its final preposition; a copula in
    /// front says nothing more ("be president of" is "president of", as `ANNOTATION.md` writes copular facts
    /// "be spokesman for" and titles "foreign minister of").
    static func relationForms(_ lemma: String) -> Set<String> {
        let copulaless = lemma.lowercased().hasPrefix("be ") ? String(lemma.dropFirst(3)) : lemma
        let canonical = RelationTaxonomy.canonicalLemma(copulaless)
        return [canonical, RelationTaxonomy.withoutFinalPreposition(canonical)]
    }

    /// Words that refer without naming: an alias like this never maps a predicted node (an unresolved "he"
    /// is not the person).
    static let pronouns: Set<String> = [
        "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "hers", "its",
        "their", "our", "my", "your", "himself", "herself", "itself", "themselves", "ourselves", "myself",
    ]
}
