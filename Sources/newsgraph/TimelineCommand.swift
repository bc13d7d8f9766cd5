import ArgumentParser
import Foundation
import KGCore
import KGExport
import KGGraph

/// `newsgraph timeline A [B]`: how an entity's (or a pair's) relations went over time.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Count an entity's (or two entities') relations per day, week or month, by polarity and category.",
        discussion: """
            Each period counts the sentences behind the relations, asserted ones by polarity (cooperative,
            neutral, conflictual) and category, denied ones apart, and a Goldstein-like score: the sum of the
            relations' weights (-10 most conflictual … +10 most cooperative). Periods without evidence are listed
            as zeros. With B, only relations between A and B (either direction). Every `neighbors` filter applies.
            --format svg or png draws a chart (to --output, or standard output).
            """)

    @ArgumentParser.Argument(help: "Entity name or alias, e.g. Russia.")
    var entity: String

    @ArgumentParser.Argument(help: "A second entity: only relations between the two.")
    var other: String?

    @Option(help: "Period: day, week (Monday to Sunday) or month.")
    var by: TimelinePeriod = .week

    @Option(help: "Without a second entity: follow outgoing, incoming or both kinds of edges.")
    var direction: Direction = .both

    @Option(help: "Output: table, tsv, jsonl, svg or png.")
    var format: TimelineFormat = .table

    @Option(name: .shortAndLong, help: "File to write; - (the default) writes to standard output.")
    var output: String = "-"

    @OptionGroup var filter: QueryFilterOptions
    @OptionGroup var store: StoreOptions

    /// Text and picture formats of a timeline.
    enum TimelineFormat: String, CaseIterable, ExpressibleByArgument {
        case table, tsv, jsonl, svg, png
    }

    func run() throws {
        OutputFile.prepareProcess()
        let result = try store.openForReading()
            .timeline(of: entity, with: other, direction: direction, filter: filter.filter(), by: by)
        let data: Data
        switch format {
        case .table: data = Data(Self.table(result).utf8)
        case .tsv: data = Data(Self.tsv(result).utf8)
        case .jsonl: data = Data(try QueryOutput.jsonLines(result.timeline.buckets).utf8)
        case .svg: data = Data(TimelineChart(result).svg().utf8)
        case .png: data = try TimelineChart(result).png()
        }
        try OutputFile.write(data, toPath: output)
        guard output != "-" else { return }
        Terminal.warn("wrote \(output) (\(format.rawValue), \(result.timeline.buckets.count) \(by.rawValue)s, "
            + "\(result.timeline.datedCount) dated sentences)")
    }

    static func tsv(_ result: TimelineResult) -> String {
        let buckets = result.timeline.buckets
        let categories = RelationCategory.allCases
        let header = ["period_start", "total", "cooperative", "neutral", "conflictual", "denied", "score", "mean_score"]
            + categories.map(\.rawValue)
        let rows = buckets.map { bucket in
            ["\(bucket.start)", "\(bucket.total)", "\(bucket.cooperative)", "\(bucket.neutral)", "\(bucket.conflictual)",
             "\(bucket.denied)", TimelineChart.format(bucket.score), bucket.meanScore.map { String(format: "%.2f", $0) } ?? ""]
                + categories.map { "\(bucket.categories[$0.rawValue] ?? 0)" }
        }
        return QueryOutput.tsv(header: header, rows: rows)
    }

    static func table(_ result: TimelineResult) -> String {
        let timeline = result.timeline
        var text = "\(QueryOutput.singleLine(result.subjectText)): \(QueryOutput.plural(timeline.datedCount, "dated sentence")) "
            + "over \(QueryOutput.plural(result.edgeCount, "relation")), by \(timeline.period.rawValue)"
        if timeline.undated > 0 { text += " (\(timeline.undated) undated left out)" }
        text += "\n"
        guard !timeline.buckets.isEmpty else { return text + "no dated evidence matches\n" }
        let rows = timeline.buckets.map { bucket -> [String] in
            let top = bucket.categories.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3)
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return [timeline.period == .month ? String(bucket.start.prefix(7)) : bucket.start, "\(bucket.total)",
                    "\(bucket.cooperative)", "\(bucket.neutral)", "\(bucket.conflictual)", "\(bucket.denied)",
                    TimelineChart.format(bucket.score, signed: true), top]
        }
        return text + QueryOutput.table(
            header: ["PERIOD", "TOTAL", "COOP", "NEUTRAL", "CONFLICT", "DENIED", "SCORE", "TOP CATEGORIES"], rows: rows)
    }
}

extension TimelinePeriod: ExpressibleByArgument {}
