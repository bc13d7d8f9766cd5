import Foundation
import KGCore
import KGGraph
@testable import KGStore
import Testing

@Suite struct OpeningTests {
    typealias F = StoreFixture

    private func expectOpenError(_ path: String, readOnly: Bool = false, _ kind: StoreError.Kind,
                                 containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try GraphStore(path: path, readOnly: readOnly)
            Issue.record("opening '\(path)' should fail", sourceLocation: sourceLocation)
        } catch let error as StoreError {
            #expect(error.kind == kind, sourceLocation: sourceLocation)
            #expect(error.message.contains(fragment), "\(error.message)", sourceLocation: sourceLocation)
            #expect(error.hint != nil, sourceLocation: sourceLocation)
        } catch {
            Issue.record("not a StoreError: \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func storePersistsAcrossOpenings() throws {
        try F.withDatabasePath { path in
            let stats = try GraphStore(path: path).ingest([F.d1, F.d2])
            #expect(stats.documentsAdded == 2)
            let reopened = try GraphStore(path: path)
            #expect(try reopened.stats().documents == 2)
            #expect(F.canonical(try reopened.loadGraph()) == F.canonical(F.merged([F.d1, F.d2])))
            #expect(try reopened.integrityProblems().isEmpty)
        }
    }

    @Test func textFileIsNotADatabaseAndIsLeftUntouched() throws {
        try F.withDatabasePath { path in
            let text = String(repeating: "This is a news article, not a database.\n", count: 200)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            expectOpenError(path, .notADatabase, containing: "not a newsgraph database")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["graph.sqlite"])
        }
    }

    @Test func directoryIsRejected() throws {
        let directory = try F.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        expectOpenError(directory.path, .cannotOpen, containing: "is a directory")
    }

    @Test func missingOrBogusParentDirectoryIsRejected() throws {
        try F.withDatabasePath { path in
            expectOpenError(path + "-missing/graph.sqlite", .cannotOpen, containing: "does not exist")
            try "x".write(toFile: path, atomically: true, encoding: .utf8)
            expectOpenError(path + "/graph.sqlite", .cannotOpen, containing: "is not a directory")
        }
        expectOpenError("", .cannotOpen, containing: "empty")
    }

    @Test func unwritableLocationIsRejected() throws {
        // /proc refuses new files even to root, which the test may well be running as.
        expectOpenError("/proc/newsgraph-test.sqlite", .cannotOpen, containing: "cannot open database")
    }

    @Test func otherSQLiteDatabaseIsRejected() throws {
        try F.withDatabasePath { path in
            let store = try GraphStore(path: path)
            try store.execute(sql: "DROP TABLE grdb_migrations")
            expectOpenError(path, .notADatabase, containing: "not a newsgraph store")
        }
    }

    @Test func readOnlyStoreReadsButNeverWritesOrCreates() throws {
        try F.withDatabasePath { path in
            expectOpenError(path, readOnly: true, .cannotOpen, containing: "no database")
            #expect(!FileManager.default.fileExists(atPath: path))
            _ = try GraphStore(path: path).ingest([F.d1])
            let reader = try GraphStore(path: path, readOnly: true)
            #expect(try reader.stats().documents == 1)
            #expect(try reader.resolveEntity(named: "moscow").id == F.russia.id)
            #expect(reader.isReadOnly)
            #expect { try reader.ingest([F.d2]) } throws: { ($0 as? StoreError)?.kind == .readOnly }
            #expect(try reader.stats().documents == 1)
        }
    }

    @Test func readerSeesTheLastCommittedBatchWhileAWriteIsRunning() throws {
        try F.withDatabasePath { path in
            let writer = try GraphStore(path: path)
            _ = try writer.ingest([F.d1])
            let committed = try writer.stats()
            let earlyReader = try GraphStore(path: path)
            var seenDuringWrite: [StoreStats] = []
            var graphsDuringWrite: [KnowledgeGraph] = []
            let summary = try writer.ingest([F.d2, F.d3]) { _ in
                seenDuringWrite.append(try earlyReader.stats())
                graphsDuringWrite.append(try earlyReader.answer(GraphQuery(
                    .neighbors(entity: F.russia.name, depth: 2, direction: .both), evidence: .all)).graph)
                // A store opened while the batch holds the write lock must open and read, not wait for it.
                let lateReader = try GraphStore(path: path)
                seenDuringWrite.append(try lateReader.stats())
            }
            #expect(summary.documentsAdded == 2)
            #expect(seenDuringWrite == Array(repeating: committed, count: 4))
            let before = F.merged([F.d1]).subgraph(around: F.russia.id, depth: 2, direction: .both)
            #expect(graphsDuringWrite.map(F.canonical) == [F.canonical(before), F.canonical(before)])
            #expect(try earlyReader.stats() == writer.stats())
            #expect(try earlyReader.stats().documents == 3)
        }
    }

    @Test func readersOnOtherThreadsSeeOnlyCommittedBatches() throws {
        final class Shared: @unchecked Sendable {
            private let lock = NSLock()
            private var done = false
            private var observed: [StoreStats] = []
            private var failures: [String] = []
            var isDone: Bool { lock.withLock { done } }
            func finish() { lock.withLock { done = true } }
            func record(_ stats: StoreStats) { lock.withLock { observed.append(stats) } }
            func fail(_ message: String) { lock.withLock { failures.append(message) } }
            var results: ([StoreStats], [String]) { lock.withLock { (observed, failures) } }
        }
        let batches = [[F.d1, F.d2], [F.d3], [F.d2Changed, F.item("d4", [(F.iran, "arm", F.russia)])]]
        let reference = try GraphStore.inMemory()
        var committed: Set<StoreStats> = [try reference.stats()]
        for batch in batches {
            _ = try reference.ingest(batch)
            committed.insert(try reference.stats())
        }
        try F.withDatabasePath { path in
            let writer = try GraphStore(path: path)
            let shared = Shared()
            let group = DispatchGroup()
            let started = DispatchSemaphore(value: 0)
            // Readers on their own GraphStore and on the writer's own pool, on threads outside Swift's
            // cooperative pool so that their busy loops cannot starve the writer.
            for readerIndex in 0..<3 {
                group.enter()
                // Plain threads: the global dispatch queue may start blocks late when the machine is busy.
                Thread {
                    defer { group.leave() }
                    do {
                        let reader = readerIndex == 0 ? writer : try GraphStore(path: path)
                        shared.record(try reader.stats())
                        started.signal()
                        for _ in 0..<5_000 where !shared.isDone {
                            shared.record(try reader.stats())
                            do {
                                _ = try reader.answer(GraphQuery(
                                    .neighbors(entity: F.russia.name, depth: 1, direction: .both), evidence: .all))
                            } catch let error as StoreError where error.kind == .unknownEntity {
                                // Russia arrives with the first batch.
                            }
                        }
                    } catch {
                        shared.fail("\(error)")
                        started.signal()
                    }
                }.start()
            }
            for _ in 0..<3 { started.wait() }
            for batch in batches {
                _ = try writer.ingest(batch)
                Thread.sleep(forTimeInterval: 0.005)
            }
            shared.finish()
            group.wait()
            let (observed, failures) = shared.results
            #expect(failures.isEmpty, "\(failures)")
            #expect(!observed.isEmpty)
            #expect(observed.allSatisfy(committed.contains), "\(Set(observed).subtracting(committed))")
        }
    }
}
