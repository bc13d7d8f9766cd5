import KGCore

extension KnowledgeGraph {
    /// What changed from `since` on (through `until`, when given), by the evidence's dates: the report the SQLite
    /// store's `changes` gives, counted from this graph (which must hold every sentence of its edges). Ties go by
    /// entity key and pairs are oriented by entity key, so every store gives the same report.
    ///
    /// Throws `QueryError` (`invalidQuery`) for a malformed date or an empty range.
    public func changes(since: String, until: String? = nil, limit: Int = 10, includeConcepts: Bool = false) throws
        -> ChangeReport
    {
        var range = GraphFilter()
        (range.fromDate, range.toDate) = (since, until)
        try range.validate()
        let limit = max(1, limit)
        // Dates may carry a time ("2017-03-01T08:00"): the period ends before the day after `until`.
        let end = until.flatMap(CalendarDay.init(iso:))?.next(.day).iso
        func isBefore(_ date: String?) -> Bool { date.map { $0 < since } ?? false }
        func isInPeriod(_ date: String?) -> Bool {
            guard let date else { return false }
            return date >= since && (end.map { date < $0 } ?? true)
        }
        func isActor(_ key: String) -> Bool { includeConcepts || entities[key]?.type != .concept }
        func entity(_ key: String) -> Entity { entities[key] ?? Entity(id: key, name: key, type: .concept) }
        /// A pair of distinct actors in key order: the same pair whichever way its edges point.
        func pair(_ edge: Edge) -> Pair { edge.subject < edge.object ? Pair(edge.subject, edge.object) : Pair(edge.object, edge.subject) }

        // Actors first seen in the period: the earliest first date over all their edges (concepts' included).
        var firstSeen: [String: (first: String?, evidence: Int)] = [:]
        for edge in edges.values {
            for key in edge.subject == edge.object ? [edge.subject] : [edge.subject, edge.object] {
                var seen = firstSeen[key] ?? (nil, 0)
                if let date = edge.firstDate, seen.first.map({ date < $0 }) ?? true { seen.first = date }
                seen.evidence += edge.evidenceCount
                firstSeen[key] = seen
            }
        }
        let newActors = firstSeen.compactMap { key, seen -> ChangeReport.NewActor? in
            guard let first = seen.first, isInPeriod(first), isActor(key) else { return nil }
            return ChangeReport.NewActor(entity: entity(key), firstDate: first, evidenceCount: seen.evidence)
        }.sorted { ($1.evidenceCount, $0.entity.id) < ($0.evidenceCount, $1.entity.id) }

        // Edges first seen in the period.
        let newEdges = edges.values.filter { isInPeriod($0.firstDate) && isActor($0.subject) && isActor($0.object) }
            .sorted { QueryResult.strongestFirst(($0.id, $0.evidenceCount), ($1.id, $1.evidenceCount)) }

        // Stance flips (edges with denials and evidence on both sides of `since`) and polarity flips (pairs of
        // actors, either direction, over their cooperative and conflictual edges spanning `since`).
        var flips: [ChangeReport.Flip] = []
        var polarity: [Pair: (before: ChangeReport.Balance, since: ChangeReport.Balance)] = [:]
        for edge in edges.values where isActor(edge.subject) && isActor(edge.object) {
            guard let first = edge.firstDate, let last = edge.lastDate, first < since, last >= since else { continue }
            if edge.deniedCount > 0 {
                var before = ChangeReport.Balance(), after = ChangeReport.Balance()
                for piece in edge.evidence {
                    if isBefore(piece.date) {
                        if piece.negated { before.denied += 1 } else { before.asserted += 1 }
                    } else if isInPeriod(piece.date) {
                        if piece.negated { after.denied += 1 } else { after.asserted += 1 }
                    }
                }
                if ChangeReport.stanceFlipped(before, after) {
                    flips.append(ChangeReport.Flip(kind: .stance, subject: entity(edge.subject), object: entity(edge.object),
                                                   relation: edge.relation, before: before, since: after))
                }
            }
            let edgePolarity = edge.relationClass.polarity
            guard edgePolarity != .neutral, edge.subject != edge.object else { continue }
            var balance = polarity[pair(edge)] ?? (ChangeReport.Balance(), ChangeReport.Balance())
            for piece in edge.evidence where !piece.negated {
                if isBefore(piece.date) {
                    if edgePolarity == .cooperative { balance.before.cooperative += 1 } else { balance.before.conflictual += 1 }
                } else if isInPeriod(piece.date) {
                    if edgePolarity == .cooperative { balance.since.cooperative += 1 } else { balance.since.conflictual += 1 }
                }
            }
            polarity[pair(edge)] = balance
        }
        for (pair, balance) in polarity where ChangeReport.polarityFlipped(balance.before, balance.since) {
            flips.append(ChangeReport.Flip(kind: .polarity, subject: entity(pair.first), object: entity(pair.second),
                                           relation: nil, before: balance.before, since: balance.since))
        }
        flips.sort(by: ChangeReport.Flip.strongestFirst)

        // The busiest pairs of the period.
        var pairs: [Pair: ChangeReport.Balance] = [:]
        for edge in edges.values where edge.subject != edge.object && isActor(edge.subject) && isActor(edge.object) {
            let edgePolarity = edge.relationClass.polarity
            for piece in edge.evidence where isInPeriod(piece.date) {
                var balance = pairs[pair(edge)] ?? ChangeReport.Balance()
                if piece.negated {
                    balance.denied += 1
                } else {
                    balance.asserted += 1
                    if edgePolarity == .cooperative { balance.cooperative += 1 }
                    if edgePolarity == .conflictual { balance.conflictual += 1 }
                }
                pairs[pair(edge)] = balance
            }
        }
        let busiest = pairs.map { ChangeReport.Pair(first: entity($0.key.first), second: entity($0.key.second), balance: $0.value) }
            .sorted { ($1.evidenceCount, $0.first.id, $0.second.id) < ($0.evidenceCount, $1.first.id, $1.second.id) }

        return ChangeReport(
            since: since, until: until, newActors: Array(newActors.prefix(limit)), newActorCount: newActors.count,
            newEdges: newEdges.prefix(limit).map { EdgeRow(QueryResult.sample($0, contrast: false), in: self) },
            newEdgeCount: newEdges.count, flips: Array(flips.prefix(limit)), busiestPairs: Array(busiest.prefix(limit)))
    }
}

/// Two entity keys, the smaller first.
private struct Pair: Hashable {
    var first: String
    var second: String

    init(_ first: String, _ second: String) {
        (self.first, self.second) = (first, second)
    }
}
