import Foundation
import KGCore
import KGGraph
import KGPostgres
import KGStore
import Testing

/// Merge and split on both stores: the same sequence of ingests, merges and splits gives the same summaries,
/// the same refusals, the same stored graph, counts, merge records and query answers on an SQLite file and a
/// PostgreSQL server.
@Suite(.enabled(if: PostgresFixture.isAvailable, PostgresFixture.absence))
struct PostgresMergeParityTests {
    typealias F = StoreFixture
    typealias M = MergeTests

    /// One thing done to a store.
    enum Step: Sendable, CustomStringConvertible {
        case ingest([IngestItem])
        case merge(String, into: String)
        case split(String)

        var description: String {
            switch self {
            case let .ingest(items): "ingest \(items.map(\.info.id))"
            case let .merge(name, target): "merge \(name) into \(target)"
            case let .split(name): "split \(name)"
            }
        }
    }

    static var dC: IngestItem { F.item("dC", [(M.putin, "visit", F.ukraine), (M.putin, "meet", M.vladimirPutin)]) }
    static var dN: IngestItem {
        F.item("dN", [(Entity(name: "Volodya", type: .person, aliases: ["Vladimir Vladimirovich"]), "visit", F.ukraine)])
    }
    static var dM: IngestItem { F.item("dM", [(M.medvedev, "meet", F.iran), (M.medvedev, "visit", F.ukraine)]) }
    static var dAChanged: IngestItem {
        var item = M.dA
        item.info.contentHash = "v2"
        return item
    }

    /// Merges and splits with later ingests landing through merged keys, chains, re-ingests and refusals.
    static let mergeSequence: [Step] = [
        .ingest([M.dA, M.dB]), .merge("Volodya", into: "volodya"), .merge("Moscow", into: "Russia"),
        .merge("Volodia", into: "Vladimir Putin"), .split("Volodya"),
        .merge("Volodya", into: "vladimir putin"), .ingest([dC]), .ingest([dN]), .split("volodya"), .ingest([M.dA]),
        .merge("Volodya", into: "Vladimir Putin"), .ingest([dAChanged]), .ingest([dM]),
        .merge("Vladimir Putin", into: "Dmitry Medvedev"), .split("Volodya"), .merge("Mr Volodya", into: "Dmitry Medvedev"),
        .split("Vladimir Putin"), .split("Volodya"), .split("Nobody"),
    ]

    /// People joined by surname in either order and batching, kept apart when two share it, split apart again.
    static let joinSequence: [Step] = [
        .ingest([PersonJoinTests.bare]), .ingest([PersonJoinTests.full]), .split("Novak (bare)"),
        .ingest([PersonJoinTests.second]), .ingest([F.item("late", [(PersonJoinTests.scoped("late"), "meet", F.iran)])]),
        .merge("Peter Novak", into: "Anna Novak"), .ingest([F.item("later", [(PersonJoinTests.scoped("later"), "visit", F.russia)])]),
    ]

    /// A join undone when a second person of the surname arrives, made again when one of them dominates, and
    /// a user's split that keeps the node apart from later joins.
    static let rejoinSequence: [Step] = [
        .ingest([PersonJoinTests.full]), .ingest([PersonJoinTests.bare]), .ingest([PersonJoinTests.second]),
        .ingest([PersonJoinTests.annaSays(12)]), .split("Novak (bare)"), .ingest([PersonJoinTests.titled("Dr", "dr")]),
    ]

    /// A given name that is another person's middle name, and a surname with its particle, joined alike; split
    /// apart and re-ingested alike.
    static let middleNameSequence: [Step] = [
        .ingest([F.item("tayyip", [(Entity(name: "Tayyip Erdogan", type: .person), "meet", F.iran)])]),
        .ingest([F.item("recep", Array(repeating: (Entity(name: "Recep Erdogan", type: .person, aliases: ["Recep Tayyip Erdogan"]),
                                                   "criticize", F.germany), count: 12))]),
        .ingest([F.item("bare", [(Entity(name: "De Mistura", type: .person), "visit", F.russia)])]),
        .ingest([F.item("staffan", Array(repeating: (Entity(name: "Staffan de Mistura", type: .person), "meet", F.ukraine), count: 11))]),
        .split("Tayyip Erdogan"), .ingest([F.item("tayyip2", [(Entity(name: "Tayyip Erdogan", type: .person), "visit", F.ukraine)])]),
    ]

    @Test(arguments: [("merges", mergeSequence), ("joins", joinSequence), ("rejoins", rejoinSequence), ("middle names", middleNameSequence)])
    func bothStoresGiveTheSameAnswersStepByStep(_ name: String, _ steps: [Step]) throws {
        let sqlite = try GraphStore.inMemory()
        let server = try PostgresFixture.newStore()
        var refused = 0
        for step in steps {
            let here = Self.outcome(of: step, on: sqlite)
            let there = Self.outcome(of: step, on: server)
            #expect(here == there, "\(name): \(step)")
            if here.hasPrefix("error") { refused += 1 }
            try Self.expectSameContents(sqlite, server, after: "\(name): \(step)")
        }
        #expect(refused == (name == "merges" ? 5 : 0), "the sequence's refusals happen on both stores")
    }

    @Test func aSingleBatchJoinsLikeTwoOnPostgreSQL() throws {
        let server = try PostgresFixture.newStore()
        #expect(try server.ingest([PersonJoinTests.bare, PersonJoinTests.full]).peopleJoined == 1)
        #expect(try server.loadGraph().sortedEntities.filter { $0.type == .person }.map(\.name) == ["Anna Novak"])
        #expect(try server.merges().map(\.entity.name) == ["Novak (bare)"])
    }

    @Test func aReadOnlyStoreRefusesToMerge() throws {
        let (_, url) = try PostgresFixture.newDatabase()
        let writer = try PostgresStore(location: PostgresLocation(url: url))
        _ = try writer.ingest([M.dA, M.dB])
        let reader = try PostgresStore(location: PostgresLocation(url: url), readOnly: true)
        #expect { try reader.merge("Volodya", into: "Vladimir Putin") } throws: { error in
            (error as? PostgresStoreError)?.kind == .readOnly
        }
        #expect(try reader.merges().isEmpty)
    }

    /// What a step returned (its summary) or the refusal it met, in words both stores can be compared by.
    static func outcome(of step: Step, on store: some EntityEditing) -> String {
        do {
            switch step {
            case let .ingest(items): return "\(try store.ingest(items))"
            case let .merge(name, target): return "\(try store.merge(name, into: target))"
            case let .split(name): return "\(try store.split(name))"
            }
        } catch let error as any NewsgraphError {
            return "error \(error.message) | \(error.hint ?? "")"
        } catch {
            return "error \(error)"
        }
    }

    /// The two stores hold the same graph, counts and merges, and answer queries alike.
    static func expectSameContents(_ sqlite: GraphStore, _ server: PostgresStore, after step: String) throws {
        let graph = try sqlite.loadGraph()
        #expect(F.canonical(graph) == F.canonical(try server.loadGraph()), "\(step)")
        #expect(try sqlite.stats() == server.stats(), "\(step)")
        #expect(try server.integrityProblems() == [], "\(step)")
        #expect(try sqlite.integrityProblems() == [], "\(step)")
        func undated(_ merges: [EntityMerge]) -> [EntityMerge] {
            merges.map { var merge = $0; merge.mergedAt = ""; return merge }
        }
        #expect(undated(try sqlite.merges()) == undated(try server.merges()), "\(step)")
        var queries = [GraphQuery(.entities(type: nil, search: nil)), GraphQuery(.whole, evidence: .all),
                       GraphQuery(.contested)]
        for entity in graph.sortedEntities {
            queries.append(GraphQuery(.neighbors(entity: entity.name, depth: 2, direction: .both), evidence: .all))
        }
        for query in queries {
            let here = QueryFixture.canonical(try sqlite.answer(query))
            let there = QueryFixture.canonical(try server.answer(query))
            #expect(here == there, "\(step): \(query)")
        }
    }
}
