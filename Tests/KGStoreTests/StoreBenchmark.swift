import Foundation
import KGCore
import KGGraph
import KGStore
import Testing

/// Prints ingest and query timings on a synthetic corpus shaped like newsarticles-2017 (3,800 articles);
/// runs only when NEWSGRAPH_STORE_BENCH is set, and asserts nothing about speed. Use a release build:
/// `swift build -c release --build-tests -Xswiftc -enable-testing`, then
/// `NEWSGRAPH_STORE_BENCH=1 swift test -c release --skip-build --filter StoreBenchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_STORE_BENCH"] != nil))
struct StoreBenchmark {
    /// SplitMix64, so every run measures the same corpus.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let documents = 3_800
    static let assertionsPerDocument = 25
    static let entityCount = 3_000
    static let relations = (0..<60).map { "relation\($0)" }

    static func entity(_ index: Int) -> Entity {
        let type: EntityType = index % 4 == 3 ? .concept : .country
        return Entity(name: "Entity \(index)", type: type, aliases: index % 3 == 0 ? ["Alias \(index)"] : [])
    }

    /// Zipf-like pick: low indices (the "United States" of the corpus) are far more frequent.
    static func pick(_ generator: inout Generator) -> Int {
        let u = Double.random(in: 0..<1, using: &generator)
        return min(entityCount - 1, Int(pow(Double(entityCount), u)) - 1)
    }

    static func corpus() -> [IngestItem] {
        var generator = Generator(state: 2017)
        let sentence = String(repeating: "word ", count: 24)
        return (0..<documents).map { number in
            let id = "article-\(number)"
            let info = DocumentInfo(id: id, title: "Article \(number)", date: "2017-01-01", sourcePath: "corpus.jsonl",
                                    contentHash: "hash-\(number)")
            var graph = KnowledgeGraph()
            for index in 0..<assertionsPerDocument {
                let subject = entity(pick(&generator))
                let object = entity(pick(&generator))
                guard subject.id != object.id else { continue }
                graph.insert(subject)
                graph.insert(object)
                let relation = relations[Int.random(in: 0..<relations.count, using: &generator)]
                graph.addEvidence(
                    Evidence(documentID: id, sentenceIndex: index,
                             span: TextSpan(start: index * 130, end: index * 130 + 60), sentence: sentence,
                             relationText: relation, negated: false, modality: nil, attribution: nil,
                             date: info.date, confidence: 0.7),
                    subject: subject.id, relation: relation, object: object.id)
            }
            return IngestItem(info: info, sentenceCount: assertionsPerDocument + 5, graph: graph)
        }
    }

    /// Milliseconds of CPU the whole process has used; on a shared machine it says more than wall time.
    static func cpuMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }

    /// Median wall time and median CPU time of `runs` calls, in milliseconds.
    func median(_ runs: Int = 15, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        var wall: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            let startCPU = Self.cpuMilliseconds()
            try body()
            let elapsed = ContinuousClock.now - start
            cpu.append(Self.cpuMilliseconds() - startCPU)
            wall.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
        }
        return (wall.sorted()[runs / 2], cpu.sorted()[runs / 2])
    }

    @Test func ingestAndQueryTimings() throws {
        let directory = try StoreFixture.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bench.sqlite").path
        let items = Self.corpus()
        let store = try GraphStore(path: path)
        let batchSize = 64
        let start = ContinuousClock.now
        let startCPU = Self.cpuMilliseconds()
        var summary = IngestSummary()
        for first in stride(from: 0, to: items.count, by: batchSize) {
            summary.add(try store.ingest(Array(items[first..<min(first + batchSize, items.count)])))
        }
        let ingestTime = ContinuousClock.now - start
        let ingestCPU = Self.cpuMilliseconds() - startCPU
        let reingestStart = ContinuousClock.now
        for first in stride(from: 0, to: items.count, by: batchSize) {
            _ = try store.ingest(Array(items[first..<min(first + batchSize, items.count)]))
        }
        let reingestTime = ContinuousClock.now - reingestStart
        let stats = try store.stats()
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
            + ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0)
        print("store bench: \(stats)")
        print("store bench: ingest \(items.count) documents in batches of \(batchSize): \(ingestTime) "
              + "(\(Int(ingestCPU)) ms CPU); "
              + "re-ingest unchanged: \(reingestTime); file \(size / 1_048_576) MiB")

        let hub = Self.entity(0).name
        let middle = Self.entity(Self.entityCount / 10).name
        func egoNetwork(_ name: String, depth: Int, _ direction: Direction) -> GraphQuery {
            GraphQuery(.neighbors(entity: name, depth: depth, direction: direction), evidence: .all)
        }
        let hubGraph = try store.answer(egoNetwork(hub, depth: 1, .both)).graph
        let hubOut = try store.answer(egoNetwork(hub, depth: 1, .out)).graph
        let middleGraph = try store.answer(egoNetwork(middle, depth: 1, .both)).graph
        let middleTwo = try store.answer(egoNetwork(middle, depth: 2, .both)).graph
        let rows: [(String, (wall: Double, cpu: Double))] = [
            ("neighbors, all evidence, hub depth 1 both (\(hubGraph.edgeCount) edges, \(hubGraph.evidenceCount) evidence)",
             try median { _ = try store.answer(egoNetwork(hub, depth: 1, .both)) }),
            ("neighbors, all evidence, hub depth 1 out (\(hubOut.edgeCount) edges)",
             try median { _ = try store.answer(egoNetwork(hub, depth: 1, .out)) }),
            ("neighbors, all evidence, mid entity depth 1 (\(middleGraph.edgeCount) edges)",
             try median { _ = try store.answer(egoNetwork(middle, depth: 1, .both)) }),
            ("neighbors, all evidence, mid entity depth 2 (\(middleTwo.edgeCount) edges)",
             try median(5) { _ = try store.answer(egoNetwork(middle, depth: 2, .both)) }),
            ("resolveEntity hit by alias", try median { _ = try store.resolveEntity(named: "alias 300") }),
            ("resolveEntity miss with suggestions", median { _ = try? store.resolveEntity(named: "Entiti 3001") }),
            ("whole graph, strongest 50, all evidence",
             try median { _ = try store.answer(GraphQuery(.whole, limit: 50, evidence: .all)) }),
            ("stats", try median { _ = try store.stats() }),
            ("loadGraph (whole)", try median(3) { _ = try store.loadGraph() }),
        ]
        for (name, time) in rows {
            print("store bench: \(name): \(String(format: "%.2f", time.wall)) ms wall, "
                  + "\(String(format: "%.2f", time.cpu)) ms CPU")
        }
        #expect(summary.documentsAdded == items.count)
    }
}
