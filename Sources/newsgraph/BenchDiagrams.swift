import ArgumentParser
import Foundation
import KGExport
import KGGraph
import KGStore

/// `newsgraph bench-diagrams` (hidden): draws the default ego diagram (PNG) of each of the most connected
/// entities and prints its size in pixels, its edges and how many are interactions (not role or membership),
/// and the time it took, so the readable-by-default targets are checked by a command, not by eye.
struct BenchDiagrams: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-diagrams", abstract: "Size and content of the default ego diagrams of the top entities.",
        shouldDisplay: false)

    @Option(help: "How many of the most connected entities.")
    var top: Int = 20

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1, not \(top)") }
    }

    func run() throws {
        let graphStore = try store.openForReading()
        let entities = try graphStore.answer(GraphQuery(.entities(type: nil, search: nil), limit: top)).entities
        var lines: [[String]] = []
        var fits = 0
        var halfInteractions = 0
        for row in entities {
            let render = try Render.parse(["--entity", row.entity.name, "--format", "png", "--output", "-",
                                           "--example-length", "0", "--db", store.db])
            let start = DispatchTime.now().uptimeNanoseconds
            let drawing = try render.draw(from: graphStore)
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            let (width, height) = Self.pngSize(drawing.data) ?? (0, 0)
            let edges = drawing.graph.edges.values
            let interactions = edges.filter { !DiagramSelection.isRoleEdge($0) }.count
            if width <= 2_000 && height <= 2_000 { fits += 1 }
            if interactions * 2 >= edges.count { halfInteractions += 1 }
            lines.append([QueryOutput.clip(row.entity.name, 30), "\(row.degree)", "\(drawing.graph.entityCount)",
                          "\(edges.count)", "\(interactions)", "\(width)×\(height)", String(format: "%.0f", milliseconds)])
        }
        Terminal.write(QueryOutput.table(
            header: ["ENTITY", "DEGREE", "NODES", "EDGES", "INTERACTIONS", "PNG PX", "MS"], rows: lines))
        Terminal.write("\(fits) of \(entities.count) fit 2000×2000 px; \(halfInteractions) of \(entities.count) have at "
            + "least half interactions\n")
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[12...15] == [0x49, 0x48, 0x44, 0x52] else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }
}
