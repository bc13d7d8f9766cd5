/// What kind of event a relation is: CAMEO's 20 root classes, plus roles ("foreign minister of") and membership
/// ("part of"), and `other` for relations the taxonomy does not know.
///
/// Raw values are the kebab-case names users type (`--category fight`); `cameoCode` is CAMEO's two-digit root.
public enum RelationCategory: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case makeStatement = "make-statement"
    case appeal
    case expressIntent = "express-intent"
    case consult
    case diplomaticCooperation = "diplomatic-cooperation"
    case materialCooperation = "material-cooperation"
    case provideAid = "provide-aid"
    case yield
    case investigate
    case demand
    case disapprove
    case reject
    case threaten
    case protest
    case forcePosture = "force-posture"
    case reduceRelations = "reduce-relations"
    case coerce
    case assault
    case fight
    case massViolence = "mass-violence"
    /// A person's role in an organisation or country ("foreign minister of").
    case role
    /// Structural membership ("part of", "member of").
    case membership
    /// Not in the taxonomy.
    case other

    /// CAMEO's root code ("01" … "20"), nil for the categories CAMEO does not have.
    public var cameoCode: String? {
        guard let index = Self.cameoOrder.firstIndex(of: self) else { return nil }
        let code = index + 1
        return code < 10 ? "0\(code)" : "\(code)"
    }

    /// The polarity a relation of this category has unless the taxonomy says otherwise.
    public var defaultPolarity: Polarity {
        switch self {
        case .makeStatement, .investigate, .role, .membership, .other: .neutral
        case .appeal, .expressIntent, .consult, .diplomaticCooperation, .materialCooperation, .provideAid, .yield:
            .cooperative
        case .demand, .disapprove, .reject, .threaten, .protest, .forcePosture, .reduceRelations, .coerce, .assault,
             .fight, .massViolence:
            .conflictual
        }
    }

    /// Human-readable name ("diplomatic cooperation").
    public var title: String { String(rawValue.map { $0 == "-" ? " " : $0 }) }

    private static let cameoOrder: [RelationCategory] = [
        .makeStatement, .appeal, .expressIntent, .consult, .diplomaticCooperation, .materialCooperation,
        .provideAid, .yield, .investigate, .demand, .disapprove, .reject, .threaten, .protest, .forcePosture,
        .reduceRelations, .coerce, .assault, .fight, .massViolence,
    ]

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// Whether a relation brings its actors together, pushes them apart, or neither.
public enum Polarity: String, Sendable, Hashable, Codable, CaseIterable {
    case cooperative, neutral, conflictual
}

/// Where a relation sits in the taxonomy: category, polarity and a Goldstein-like weight (-10 … +10).
public struct RelationClass: Sendable, Hashable, Codable {
    public var category: RelationCategory
    public var polarity: Polarity
    /// Goldstein-scale-like intensity: -10 (most conflictual) … +10 (most cooperative).
    public var weight: Double

    public init(category: RelationCategory, polarity: Polarity? = nil, weight: Double) {
        self.category = category
        self.polarity = polarity ?? category.defaultPolarity
        self.weight = weight
    }

    /// The class of relations the taxonomy does not know.
    public static let unknown = RelationClass(category: .other, weight: 0)
}
