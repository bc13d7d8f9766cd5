import KGCore
internal import GRDB

/// Moves edges and evidence to other (subject, relation, object) keys inside a write transaction, folding into
/// the edge that already has the key. Evidence counts and dates follow through the schema's triggers.
struct EdgeMover {
    /// Where a moved edge ended up.
    struct Outcome {
        /// The edge that now holds the evidence.
        var edgeID: Int64
        /// Whether the key was taken, so the evidence went to that edge and the moved edge was deleted.
        var combined: Bool
        /// Evidence rows now on `edgeID` that were on the moved edge.
        var evidenceMoved: Int
        /// Evidence rows dropped because the target already had the same sentence and span.
        var duplicatesDropped: Int
    }

    let db: Database

    /// Gives the edge a new key: in place when the key is free, else by moving its evidence to the edge that
    /// has the key (a sentence and span already there is dropped) and deleting it.
    func move(_ edge: GraphReader.EdgeRow, toSubject subject: Int64, relation: String, object: Int64) throws
        -> Outcome
    {
        let count = try Int.fetchOne(db, sql: "SELECT evidenceCount FROM edge WHERE id = ?", arguments: [edge.rowID])
            ?? 0
        if let existing = try find(subject: subject, relation: relation, object: object), existing != edge.rowID {
            try db.execute(sql: "UPDATE OR IGNORE evidence SET edgeID = ? WHERE edgeID = ?",
                           arguments: [existing, edge.rowID])
            let moved = db.changesCount
            try db.execute(sql: "DELETE FROM edge WHERE id = ?", arguments: [edge.rowID])
            return Outcome(edgeID: existing, combined: true, evidenceMoved: moved, duplicatesDropped: count - moved)
        }
        let relationClass = RelationTaxonomy.classify(relation)
        try db.execute(sql: """
            UPDATE edge SET subjectID = ?, relation = ?, objectID = ?, category = ?, polarity = ?, weight = ?
            WHERE id = ?
            """, arguments: [
                subject, relation, object, relationClass.category.rawValue, relationClass.polarity.rawValue,
                relationClass.weight, edge.rowID,
            ])
        return Outcome(edgeID: edge.rowID, combined: false, evidenceMoved: count, duplicatesDropped: 0)
    }

    /// Moves one evidence row to another edge; false (the row stays) when that edge has the same sentence span.
    func moveEvidence(_ evidenceID: Int64, to edgeID: Int64) throws -> Bool {
        try db.execute(sql: "UPDATE OR IGNORE evidence SET edgeID = ? WHERE id = ?", arguments: [edgeID, evidenceID])
        return db.changesCount > 0
    }

    /// The edge with this key, created (classified by the taxonomy, without evidence) when missing.
    func edgeID(subject: Int64, relation: String, object: Int64) throws -> Int64 {
        if let found = try find(subject: subject, relation: relation, object: object) { return found }
        let relationClass = RelationTaxonomy.classify(relation)
        try db.execute(sql: """
            INSERT INTO edge (subjectID, relation, objectID, category, polarity, weight) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [
                subject, relation, object, relationClass.category.rawValue, relationClass.polarity.rawValue,
                relationClass.weight,
            ])
        return db.lastInsertedRowID
    }

    /// Deletes those of the edges that have no evidence left; returns how many.
    func deleteEmpty(_ edgeIDs: some Sequence<Int64>) throws -> Int {
        var deleted = 0
        let statement = try db.cachedStatement(sql: "DELETE FROM edge WHERE id = ? AND evidenceCount = 0")
        for id in edgeIDs {
            try statement.execute(arguments: [id])
            deleted += db.changesCount
        }
        return deleted
    }

    private func find(subject: Int64, relation: String, object: Int64) throws -> Int64? {
        try Int64.fetchOne(
            db, sql: "SELECT id FROM edge WHERE subjectID = ? AND relation = ? AND objectID = ?",
            arguments: [subject, relation, object])
    }
}
