import Foundation
import KGCore
import KGGraph

extension PostgresStore: EntityEditing {
    /// Merges the entity named `name` into the one named `targetName` (names or aliases, any case), with the
    /// SQLite store's rules and outcome, in one transaction that holds the edit lock exclusively: ingest
    /// batches of other workers wait for it (and it for them), so none sees half a merge.
    ///
    /// Throws `unknownEntity` (with suggestions) for a name that matches nothing, `invalidInput` when both
    /// names are the same entity.
    @discardableResult
    public func merge(_ name: String, into targetName: String) throws -> MergeSummary {
        try checkWritable()
        let source = try resolveEntity(named: name)
        let target = try resolveEntity(named: targetName)
        try Self.checked { try MergeRules.checkMerge(name, into: targetName, source: source, target: target) }
        let mergedAt = ISO8601DateFormatter().string(from: Date())
        return try edit {
            try PostgresEntityMerger(session: session).merge(sourceKey: source.id, into: target.id, at: mergedAt)
        }
    }

    /// Undoes the merge of the entity once called `name` (its former name, key or one of its former aliases),
    /// as the SQLite store does, in one transaction that holds the edit lock exclusively. A node ingest joined
    /// by surname that is split here stays apart: no later ingest joins it again.
    @discardableResult
    public func split(_ name: String) throws -> SplitSummary {
        try checkWritable()
        return try edit {
            let records = try PostgresMergeRecord.fetch(session)
            let index = try Self.checked { try MergeRules.mergeToSplit(named: name, among: records.map(\.entity)) }
            if records[index].joinedSurname != nil {
                try session.rows("INSERT INTO surnameKeptApart (key) VALUES ($1) ON CONFLICT DO NOTHING",
                                 [records[index].key])
            }
            return try PostgresEntitySplitter(session: session).split(records[index])
        }
    }

    /// Keys of the nodes a user split from their surname join, which no ingest joins again.
    public func surnameNodesKeptApart() throws -> [String] {
        try session.exclusive {
            try session.transaction(readOnly: true) {
                try session.rows("SELECT key FROM surnameKeptApart").map { try $0.decode(String.self) }.sorted()
            }
        }
    }

    /// Keeps the nodes with these keys out of surname joins from now on, in one transaction holding the edit
    /// lock exclusively.
    public func keepApartFromSurnameJoins(_ keys: [String]) throws {
        guard !keys.isEmpty else { return }
        try checkWritable()
        try edit {
            for key in keys {
                try session.rows("INSERT INTO surnameKeptApart (key) VALUES ($1) ON CONFLICT DO NOTHING", [key])
            }
        }
    }

    /// Every merge the store remembers, oldest first.
    public func merges() throws -> [EntityMerge] {
        try session.exclusive {
            try session.transaction(readOnly: true) {
                try PostgresMergeRecord.fetch(session).map { try $0.summary(session) }
            }
        }
    }

    /// Runs `body` in a write transaction holding the edit lock exclusively, then marks cached graphs stale.
    func edit<T>(_ body: () throws -> T) throws -> T {
        try session.exclusive {
            try session.transaction {
                try session.rows("SELECT pg_advisory_xact_lock(\(PostgresSchema.editLock))")
                let result = try body()
                try PostgresCounts(session: session).bumpRevision()
                return result
            }
        }
    }

    private func checkWritable() throws {
        if isReadOnly {
            throw PostgresStoreError(.readOnly, "\(server) was opened read-only",
                                     hint: "open it without readOnly to merge or split")
        }
    }

    /// Runs a `MergeRules` check, turning its refusal into this store's error of the same kind.
    static func checked<T>(_ rule: () throws -> T) throws -> T {
        do {
            return try rule()
        } catch let violation as MergeRules.Violation {
            throw PostgresStoreError(violation.kind == .invalidInput ? .invalidInput : .unknownEntity,
                                     violation.message, hint: violation.hint)
        }
    }
}
