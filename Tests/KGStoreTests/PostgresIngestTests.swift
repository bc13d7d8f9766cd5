import Dispatch
import Foundation
import KGCore
import KGGraph
import KGPostgres
import KGStore
import Testing

/// Ingest into PostgreSQL: idempotent, replacing changed documents, and concurrent workers with overlapping
/// inputs ending with exactly the graph one SQLite ingest builds.
@Suite(.enabled(if: PostgresFixture.isAvailable, PostgresFixture.absence))
struct PostgresIngestTests {
    typealias F = QueryFixture

    @Test func reingestingTheSameDocumentsAddsNothing() throws {
        let store = try PostgresFixture.newStore()
        let first = try store.ingest(F.items)
        #expect(first.documentsAdded == 4 && first.edgesAdded == 8 && first.evidenceAdded == 11)
        let again = try store.ingest(F.items)
        #expect(again.documentsUnchanged == 4 && again.documentsAdded == 0 && again.evidenceAdded == 0)
        #expect(try store.stats() == F.store().stats())
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func aChangedDocumentReplacesItsEvidenceAndOrphansGo() throws {
        let store = try PostgresFixture.newStore()
        let sqlite = try GraphStore.inMemory()
        let changed = F.document("d", date: "2024-04-11", hash: "d2", [(F.russia, "praise", F.belarus, false)])
        for target in [store as any GraphSink, sqlite] {
            _ = try target.ingest(F.items)
            let summary = try target.ingest([changed])
            #expect(summary.documentsReplaced == 1 && summary.evidenceRemoved == 2 && summary.edgesRemoved == 2)
            #expect(summary.entitiesRemoved == 1)
        }
        #expect(StoreFixture.canonical(try store.loadGraph()) == StoreFixture.canonical(try sqlite.loadGraph()))
        #expect(try store.stats() == sqlite.stats())
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func concurrentWorkersWithOverlappingBatchesBuildTheSingleWorkerGraph() throws {
        let (_, url) = try PostgresFixture.newDatabase()
        let location = try PostgresLocation(url: url)
        // Twelve documents over the fixture's entities; each worker gets an overlapping, shuffled share.
        let documents = (0..<12).map { n in
            F.document("doc\(n)", date: "2024-0\(n % 9 + 1)-1\(n % 10)", [
                (F.russia, ["attack", "support", "buy"][n % 3], [F.ukraine, F.iran, F.belarus, F.germany][n % 4], n % 5 == 0),
                ([F.unitedStates, F.germany][n % 2], "sanction", F.russia, false),
                (F.iran, "supply", n % 2 == 0 ? F.drones : F.russia, false),
            ])
        }
        let stores = try (0..<3).map { _ in try PostgresStore(location: location) }
        let errors = ErrorList()
        // Threads of their own: the workers block on the server and must all run at once, whatever the cores.
        let group = DispatchGroup()
        for worker in 0..<3 {
            group.enter()
            Thread {
                var share = documents.enumerated().filter { $0.offset % 3 != worker }.map(\.element)
                share.shuffle()
                do {
                    for batch in stride(from: 0, to: share.count, by: 2) {
                        _ = try stores[worker].ingest(Array(share[batch..<min(batch + 2, share.count)]))
                    }
                } catch {
                    errors.append(error)
                }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(errors.all.isEmpty, "\(errors.all)")
        let sqlite = try GraphStore.inMemory()
        _ = try sqlite.ingest(documents)
        #expect(StoreFixture.canonical(try stores[0].loadGraph()) == StoreFixture.canonical(try sqlite.loadGraph()))
        #expect(try stores[0].stats() == sqlite.stats())
        #expect(try stores[0].integrityProblems().isEmpty)
    }

    @Test func aReadOnlyStoreRefusesToIngestAndAnEmptyDatabaseIsNotAGraph() throws {
        let (_, url) = try PostgresFixture.newDatabase()
        #expect { try PostgresStore(location: PostgresLocation(url: url), readOnly: true) } throws: { error in
            (error as? PostgresStoreError)?.kind == .notInitialized
        }
        _ = try PostgresStore(location: PostgresLocation(url: url)).ingest(F.items)
        let reader = try PostgresStore(location: PostgresLocation(url: url), readOnly: true)
        #expect { try reader.ingest(F.items) } throws: { error in (error as? PostgresStoreError)?.kind == .readOnly }
        #expect(try reader.stats().documents == 4)
    }

    @Test func aSelfContradictingBatchStoresNothing() throws {
        let store = try PostgresFixture.newStore()
        var broken = F.items[1]
        broken.info.id = "other"
        #expect { try store.ingest([F.items[0], broken]) } throws: { error in
            (error as? PostgresStoreError)?.kind == .invalidInput
        }
        #expect(try store.stats() == StoreStats())
    }
}

/// Errors collected from concurrent workers.
final class ErrorList: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func append(_ error: any Error) {
        lock.lock()
        defer { lock.unlock() }
        errors.append(error)
    }

    var all: [any Error] {
        lock.lock()
        defer { lock.unlock() }
        return errors
    }
}
