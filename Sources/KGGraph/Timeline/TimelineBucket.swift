import KGCore

/// One period of a timeline: its evidence counted by polarity and category, and a Goldstein-like score.
public struct TimelineBucket: Sendable, Hashable, Codable {
    /// The period's first day (ISO `YYYY-MM-DD`): the day, the week's Monday, or the month's 1st.
    public var start: String
    /// Asserted evidence of cooperative, neutral and conflictual relations.
    public var cooperative = 0
    public var neutral = 0
    public var conflictual = 0
    /// Evidence that denies its relation ("did not attack"); counted apart, and not in the score.
    public var denied = 0
    /// Asserted evidence by relation category (raw value, e.g. `fight`).
    public var categories: [String: Int] = [:]
    /// Sum of the taxonomy weights (-10 … +10) of the asserted evidence: below 0 when conflict outweighs
    /// cooperation, as GDELT's and ICEWS's Goldstein-weighted counts.
    public var score: Double = 0

    /// An empty period starting on `start`.
    public init(start: String) {
        self.start = start
    }

    /// All evidence of the period, denied included.
    public var total: Int { cooperative + neutral + conflictual + denied }
    /// Asserted evidence.
    public var asserted: Int { cooperative + neutral + conflictual }
    /// The score per asserted piece of evidence, nil for a period without any.
    public var meanScore: Double? { asserted == 0 ? nil : score / Double(asserted) }

    /// Counts one piece of evidence of a relation of class `relationClass`.
    public mutating func add(_ relationClass: RelationClass, negated: Bool) {
        if negated {
            denied += 1
            return
        }
        switch relationClass.polarity {
        case .cooperative: cooperative += 1
        case .neutral: neutral += 1
        case .conflictual: conflictual += 1
        }
        categories[relationClass.category.rawValue, default: 0] += 1
        score += relationClass.weight
    }

    enum CodingKeys: String, CodingKey {
        case start = "period_start", cooperative, neutral, conflictual, denied, categories, score
    }

    private enum DerivedKeys: String, CodingKey {
        case total, meanScore = "mean_score"
    }

    /// The stored counts, plus `total` and `mean_score` for readers that do not derive them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(cooperative, forKey: .cooperative)
        try container.encode(neutral, forKey: .neutral)
        try container.encode(conflictual, forKey: .conflictual)
        try container.encode(denied, forKey: .denied)
        try container.encode(categories, forKey: .categories)
        try container.encode((score * 100).rounded() / 100, forKey: .score)
        var derived = encoder.container(keyedBy: DerivedKeys.self)
        try derived.encode(total, forKey: .total)
        try derived.encode(meanScore.map { ($0 * 100).rounded() / 100 }, forKey: .meanScore)
    }
}
