import KGCore

/// What changed in the graph from a date on (by the articles' dates): actors first seen, edges first seen,
/// edges and pairs whose balance flipped, and the busiest pairs of the period.
public struct ChangeReport: Sendable, Hashable, Codable {
    /// An actor whose earliest evidence falls in the period.
    public struct NewActor: Sendable, Hashable, Codable {
        public var entity: Entity
        /// Its first dated evidence.
        public var firstDate: String
        /// Evidence behind its edges.
        public var evidenceCount: Int

        /// A new actor.
        public init(entity: Entity, firstDate: String, evidenceCount: Int) {
            self.entity = entity
            self.firstDate = firstDate
            self.evidenceCount = evidenceCount
        }
    }

    /// Evidence between two actors (either direction), counted before and in the period.
    public struct Balance: Sendable, Hashable, Codable {
        public var asserted = 0
        public var denied = 0
        public var cooperative = 0
        public var conflictual = 0

        /// A balance from its counts.
        public init(asserted: Int = 0, denied: Int = 0, cooperative: Int = 0, conflictual: Int = 0) {
            self.asserted = asserted
            self.denied = denied
            self.cooperative = cooperative
            self.conflictual = conflictual
        }

        /// The four counts added up: what flips are ranked by (a flip's balance fills only one side of them).
        var total: Int { asserted + denied + cooperative + conflictual }
    }

    /// A relation or a pair whose balance flipped: mostly asserted before and mostly denied since (or the
    /// reverse), or mostly cooperative before and mostly conflictual since (or the reverse).
    public struct Flip: Sendable, Hashable, Codable {
        /// What flipped.
        public enum Kind: String, Sendable, Hashable, Codable {
            /// An edge's asserted/denied majority (`relation` is set).
            case stance
            /// A pair's cooperative/conflictual majority over all its edges.
            case polarity
        }

        public var kind: Kind
        public var subject: Entity
        public var object: Entity
        /// The edge's relation, for a stance flip.
        public var relation: String?
        public var before: Balance
        public var since: Balance

        /// A flip.
        public init(kind: Kind, subject: Entity, object: Entity, relation: String?, before: Balance, since: Balance) {
            self.kind = kind
            self.subject = subject
            self.object = object
            self.relation = relation
            self.before = before
            self.since = since
        }

        /// The order of flips in a report: most evidence in the period first, then by subject key, object key
        /// and relation, so that every store lists ties alike.
        public static func strongestFirst(_ lhs: Flip, _ rhs: Flip) -> Bool {
            let (l, r) = (lhs.since.total, rhs.since.total)
            return l != r ? l > r
                : (lhs.subject.id, lhs.object.id, lhs.relation ?? "") < (rhs.subject.id, rhs.object.id, rhs.relation ?? "")
        }
    }

    /// Two actors and their evidence in the period.
    public struct Pair: Sendable, Hashable, Codable {
        public var first: Entity
        public var second: Entity
        public var balance: Balance
        /// Evidence in the period, denied included.
        public var evidenceCount: Int { balance.asserted + balance.denied }

        /// A pair.
        public init(first: Entity, second: Entity, balance: Balance) {
            self.first = first
            self.second = second
            self.balance = balance
        }
    }

    /// First day of the period (inclusive).
    public var since: String
    /// Last day, when the period is closed.
    public var until: String?
    /// Actors first seen in the period, most evidence first.
    public var newActors: [NewActor]
    /// How many actors were first seen in the period (`newActors` may hold fewer).
    public var newActorCount: Int
    /// Edges first seen in the period, most evidence first.
    public var newEdges: [EdgeRow]
    /// How many edges were first seen in the period.
    public var newEdgeCount: Int
    /// Edges and pairs whose balance flipped, most evidence in the period first.
    public var flips: [Flip]
    /// Pairs with the most evidence in the period.
    public var busiestPairs: [Pair]

    /// A report from its parts.
    public init(since: String, until: String?, newActors: [NewActor], newActorCount: Int, newEdges: [EdgeRow],
                newEdgeCount: Int, flips: [Flip], busiestPairs: [Pair]) {
        self.since = since
        self.until = until
        self.newActors = newActors
        self.newActorCount = newActorCount
        self.newEdges = newEdges
        self.newEdgeCount = newEdgeCount
        self.flips = flips
        self.busiestPairs = busiestPairs
    }

    /// Whether the majority of `before` and of `since` disagree on asserted vs denied.
    public static func stanceFlipped(_ before: Balance, _ since: Balance) -> Bool {
        let a = (before.asserted - before.denied).signum(), b = (since.asserted - since.denied).signum()
        return a != 0 && b != 0 && a != b
    }

    /// Whether the majority of `before` and of `since` disagree on cooperative vs conflictual.
    public static func polarityFlipped(_ before: Balance, _ since: Balance) -> Bool {
        let a = (before.cooperative - before.conflictual).signum()
        let b = (since.cooperative - since.conflictual).signum()
        return a != 0 && b != 0 && a != b
    }
}

extension ChangeReport {
    /// What a store counted for a report, by entity row id, before names are read: both stores count in SQL
    /// and assemble the report here.
    public struct Counts<Row: StoredEdgeSummary> {
        /// Actors first seen in the period (at most the limit), strongest first: row id, first date, evidence.
        public var newActors: [(rowID: Int64, firstDate: String, evidence: Int)] = []
        public var newActorCount = 0
        /// Edges first seen in the period (at most the limit), strongest first.
        public var newEdges: [Row] = []
        public var newEdgeCount = 0
        /// Every flip found (cut to the limit here, strongest first); a polarity flip's pair in either order.
        public var flips: [(kind: Flip.Kind, a: Int64, b: Int64, relation: String?, before: Balance, since: Balance)] = []
        /// The busiest pairs (at most the limit), busiest first, oriented by key.
        public var pairs: [(a: Int64, b: Int64, balance: Balance)] = []

        public init() {}
    }

    /// The report from a store's counts: `entities` reads entities by row id, `sampledEdges` the new edges
    /// with their first sentence, given the endpoint keys by row id.
    public static func assemble<Row>(since: String, until: String?, limit: Int, counts: Counts<Row>,
                                     entities read: ([Int64]) throws -> [Int64: Entity],
                                     sampledEdges: ([Row], [Int64: String]) throws -> [Int64: Edge]) throws
        -> ChangeReport
    {
        var rowIDs = Set(counts.newActors.map(\.rowID))
        rowIDs.formUnion(counts.newEdges.flatMap { [$0.subjectID, $0.objectID] })
        rowIDs.formUnion(counts.flips.flatMap { [$0.a, $0.b] })
        rowIDs.formUnion(counts.pairs.flatMap { [$0.a, $0.b] })
        let entities = try read(Array(rowIDs).sorted())
        func entity(_ id: Int64) -> Entity { entities[id] ?? Entity(id: "#\(id)", name: "#\(id)", type: .concept) }
        let flips = counts.flips.map { item in
            var (subject, object) = (entity(item.a), entity(item.b))
            if item.kind == .polarity && object.id < subject.id { swap(&subject, &object) }
            return Flip(kind: item.kind, subject: subject, object: object, relation: item.relation,
                        before: item.before, since: item.since)
        }.sorted(by: Flip.strongestFirst)

        var graph = KnowledgeGraph()
        for summary in counts.newEdges {
            for end in [summary.subjectID, summary.objectID] { graph.insert(entity(end)) }
        }
        let keys = Dictionary(uniqueKeysWithValues: rowIDs.map { ($0, entity($0).id) })
        let sampled = try sampledEdges(counts.newEdges, keys)
        var edgeRows: [EdgeRow] = []
        for summary in counts.newEdges {
            guard let edge = sampled[summary.rowID] else { continue }
            graph.insert(edge)
            edgeRows.append(EdgeRow(edge, in: graph))
        }
        return ChangeReport(
            since: since, until: until,
            newActors: counts.newActors.map { NewActor(entity: entity($0.rowID), firstDate: $0.firstDate, evidenceCount: $0.evidence) },
            newActorCount: counts.newActorCount, newEdges: edgeRows, newEdgeCount: counts.newEdgeCount,
            flips: Array(flips.prefix(limit)),
            busiestPairs: counts.pairs.map { Pair(first: entity($0.a), second: entity($0.b), balance: $0.balance) })
    }
}
