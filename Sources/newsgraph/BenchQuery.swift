import ArgumentParser
import Foundation
import KGGraph
import KGStore

/// `newsgraph bench-query` (hidden, for Scripts/bench-query.sh): times each kind of query in-process on the most
/// connected entity, so process start and model loading do not count.
struct BenchQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-query", abstract: "Time every kind of query on a database (p50/p95 in ms).",
        shouldDisplay: false)

    @Option(help: "Centre entity (default: the most connected).")
    var entity: String?

    @Option(help: "Times to run each query.")
    var runs: Int = 30

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be at least 1, not \(runs)") }
    }

    func run() throws {
        let graphStore = try store.openForReading()
        let top = try graphStore.answer(GraphQuery(.entities(type: nil, search: nil), limit: 100)).entities
        guard top.count >= 2 else { throw ValidationError("the database at \(store.db) holds too few entities to benchmark") }
        let hub = try entity.map { try graphStore.answer(GraphQuery(.entities(type: nil, search: $0), limit: 1)).entities.first?.entity }
            ?? top[0].entity
        guard let hub else { throw ValidationError("no entity matches '\(entity ?? "")'") }
        let neighbors = try graphStore.answer(GraphQuery(.neighbors(entity: hub.name, depth: 1, direction: .both), limit: 1))
        let strongest = neighbors.rows.first
        let far = top[top.count - 1].entity
        let typo = String(hub.name.prefix(2)) + String(hub.name.dropFirst(3))
        var conflictual = GraphFilter()
        conflictual.polarities = [.conflictual]
        var dated = GraphFilter()
        (dated.fromDate, dated.toDate) = ("2017-03-01", "2017-03-31")
        let queries: [(String, GraphQuery)] = [
            ("entities: most connected, top 20", GraphQuery(.entities(type: nil, search: nil), limit: 20)),
            ("entities: persons, top 20", GraphQuery(.entities(type: .person, search: nil), limit: 20)),
            ("entities: search '\(hub.name.prefix(4).lowercased())'", GraphQuery(.entities(type: nil, search: String(hub.name.prefix(4))), limit: 20)),
            ("entities: search '\(typo)' (misspelt)", GraphQuery(.entities(type: nil, search: typo), limit: 20)),
            ("neighbors \(hub.name), depth 1, limit 50", GraphQuery(.neighbors(entity: hub.name, depth: 1, direction: .both), limit: 50)),
            ("neighbors \(hub.name), depth 1, all rows", GraphQuery(.neighbors(entity: hub.name, depth: 1, direction: .both))),
            ("neighbors \(hub.name), depth 1, conflictual", GraphQuery(.neighbors(entity: hub.name, depth: 1, direction: .both), filter: conflictual, limit: 50)),
            ("neighbors \(hub.name), depth 1, March 2017", GraphQuery(.neighbors(entity: hub.name, depth: 1, direction: .both), filter: dated, limit: 50)),
            ("neighbors \(hub.name), depth 2, limit 50", GraphQuery(.neighbors(entity: hub.name, depth: 2, direction: .both), limit: 50)),
            ("path \(hub.name) → \(far.name)", GraphQuery(.path(from: hub.name, to: far.name, maxLength: 4), limit: 5)),
            ("path \(top[1].entity.name) → \(far.name)", GraphQuery(.path(from: top[1].entity.name, to: far.name, maxLength: 4), limit: 5)),
            ("evidence \(strongest?.subjectName ?? "-") → \(strongest?.objectName ?? "-")",
             GraphQuery(.evidence(subject: strongest?.subjectName ?? hub.name, object: strongest?.objectName ?? hub.name, relation: nil))),
            ("contested, top 50", GraphQuery(.contested, limit: 50)),
            ("whole graph, top 150 edges", GraphQuery(.whole, limit: 150)),
        ]
        var timed: [(String, () throws -> Int)] = queries.map { name, query in
            (name, { let result = try graphStore.answer(query); return result.rows.count + result.entities.count + result.paths.count })
        }
        // The busiest pair over all dates, and the hub, by week; what changed in the corpus's last week or so.
        if let pair = try graphStore.changes(since: "0001-01-01", until: nil, limit: 1, includeConcepts: false)
            .busiestPairs.first {
            timed.append(("timeline \(pair.first.name) & \(pair.second.name), by week", {
                try graphStore.timeline(of: pair.first.name, with: pair.second.name, direction: .both,
                                        filter: GraphFilter(), by: .week).timeline.buckets.count
            }))
        }
        timed.append(("timeline \(hub.name), by week", {
            try graphStore.timeline(of: hub.name, with: nil, direction: .both, filter: GraphFilter(), by: .week)
                .timeline.buckets.count
        }))
        timed.append(("changes since 2017-03-23", {
            let report = try graphStore.changes(since: "2017-03-23", until: nil, limit: 10, includeConcepts: false)
            return report.newActors.count + report.newEdges.count + report.flips.count + report.busiestPairs.count
        }))
        Terminal.write("centre: \(hub.name) (\(top[0].degree) edges); \(runs) runs each\n")
        var lines: [[String]] = []
        for (name, run) in timed {
            var times: [Double] = []
            var rows = 0
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                rows = try run()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            times.sort()
            func percentile(_ p: Double) -> String {
                String(format: "%.2f", times[min(times.count - 1, Int((Double(times.count - 1) * p).rounded()))])
            }
            lines.append([name, "\(rows)", percentile(0.5), percentile(0.95)])
        }
        Terminal.write(QueryOutput.table(header: ["QUERY", "ROWS", "P50 MS", "P95 MS"], rows: lines))
    }
}
