import Foundation
import KGCore
import KGGraph
import PostgresNIO

/// A row of `entityMerge`: the entity as it was before `newsgraph merge`, and the key it was merged into.
/// The same record as the SQLite store's, lists kept as JSON text.
struct PostgresMergeRecord {
    var id: Int64
    var key: String
    var name: String
    var type: EntityType
    var wikidata: String?
    var aliases: [String]
    var addedAliases: [String]
    var droppedDocuments: [String]
    var targetKey: String
    var mergedAt: String
    /// The folded surname when ingest made the merge (`SurnameJoin`); nil for a user's merge.
    var joinedSurname: String?

    /// The entity as it was before the merge.
    var entity: Entity { Entity(id: key, name: name, type: type, aliases: aliases, wikidata: wikidata) }

    /// The records `condition` (an SQL `WHERE` clause, or empty) selects, oldest first.
    static func fetch(_ session: PostgresSession, where condition: String = "",
                      _ arguments: [PostgresSession.Argument] = []) throws -> [PostgresMergeRecord] {
        let filter = condition.isEmpty ? "" : " WHERE " + condition
        return try session.rows("""
            SELECT id, key, name, type, wikidata, aliases, addedAliases, droppedDocuments, targetKey, mergedAt,
                   joinedSurname
            FROM entityMerge
            """ + filter + " ORDER BY id", arguments).map { row in
            let (id, key, name, typeName, wikidata, aliases, added, dropped, targetKey, mergedAt, joinedSurname) =
                try row.decode((Int64, String, String, String, String?, String, String, String, String, String, String?).self)
            guard let type = EntityType(rawValue: typeName) else {
                throw PostgresStoreError(.database, "merged entity '\(key)' in \(session.location) has unknown type "
                                         + "'\(typeName)'", hint: "the database may have been written by a newer newsgraph")
            }
            return PostgresMergeRecord(
                id: id, key: key, name: name, type: type, wikidata: wikidata, aliases: try decodeList(aliases, session),
                addedAliases: try decodeList(added, session), droppedDocuments: try decodeList(dropped, session),
                targetKey: targetKey, mergedAt: mergedAt, joinedSurname: joinedSurname)
        }
    }

    /// The public view: the entity as it was, and the name its key leads to now.
    func summary(_ session: PostgresSession) throws -> EntityMerge {
        let finalKey = try Self.follow(targetKey, session).key
        let targetName = try session.rows("SELECT name FROM entity WHERE key = $1", [finalKey]).first?
            .decode(String.self)
        let evidence = try session.rows("SELECT COUNT(*) FROM mergedEvidence WHERE mergeID = $1", [id]).first?
            .decode(Int.self) ?? 0
        return EntityMerge(entity: entity, targetKey: targetKey, targetName: targetName, mergedAt: mergedAt,
                           evidenceCount: evidence, joinedSurname: joinedSurname)
    }

    /// The key an entity key leads to after following merges, with the merges passed on the way.
    static func follow(_ key: String, _ session: PostgresSession) throws -> (key: String, merges: [Int64]) {
        var key = key
        var merges: [Int64] = []
        while let row = try session.rows("SELECT id, targetKey FROM entityMerge WHERE key = $1", [key]).first {
            let (id, target) = try row.decode((Int64, String).self)
            merges.append(id)
            key = target
            // Merges always point at an entity that exists, so chains end; the bound guards a damaged database.
            if merges.count > 1_000 {
                throw PostgresStoreError(.database, "the merges of entity '\(key)' in \(session.location) form a cycle",
                                         hint: "the database is inconsistent; split the entities involved")
            }
        }
        return (key, merges)
    }

    static func encodeList(_ list: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
    }

    static func decodeList(_ text: String, _ session: PostgresSession) throws -> [String] {
        do {
            return try JSONDecoder().decode([String].self, from: Data(text.utf8))
        } catch {
            throw PostgresStoreError(.database, "a merge record in \(session.location) holds a malformed list: "
                                     + String(text.prefix(80)), hint: "the database is inconsistent; restore it from a backup")
        }
    }
}
