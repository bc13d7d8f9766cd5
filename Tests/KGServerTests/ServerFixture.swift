import Foundation
import Hummingbird
import HummingbirdTesting
import KGCore
import KGGraph
import KGServer
import KGStore

/// A small graph with hostile names, stored in a temporary database and served in-process.
enum ServerFixture {
    static let script = Entity(name: "<script>alert(\"x\")</script>", type: .person, aliases: ["Mallory"])
    static let svgBreaker = Entity(name: "</svg><img src=x onerror=alert(1)>", type: .org)
    static let quoted = Entity(name: "Bob \"the\" O'Neil & Co", type: .org)
    static let russia = Entity(name: "Russia", type: .country, aliases: ["Moscow", "the Kremlin"])
    static let unitedStates = Entity(name: "United States", type: .country, aliases: ["Washington"])
    static let iran = Entity(name: "Iran", type: .country, aliases: ["Tehran"])
    static let drones = Entity(name: "Iranian drones", type: .concept)

    typealias Line = (subject: Entity, relation: String, object: Entity, sentence: String, negated: Bool,
                      attribution: Attribution?)

    static let lines: [Line] = [
        (unitedStates, "sanction", russia, "The United States sanctioned Russia over the drones.", false, nil),
        (unitedStates, "sanction", russia, "Washington again sanctioned Moscow, officials said.", false,
         Attribution(text: "officials", entity: nil, verb: "say")),
        (russia, "buy", iran, "Russia bought drones from Iran, the White House claimed.", false,
         Attribution(text: "the White House", entity: "United States", verb: "claim")),
        (russia, "buy", iran, "Russia did not buy drones from Iran, Moscow said.", true,
         Attribution(text: "Moscow", entity: "Russia", verb: "say")),
        (iran, "supply", drones, "Iran supplied Iranian drones.", false, nil),
        (script, "attack", russia, "<script>alert(\"x\")</script> attacked Russia </svg> \"quoted\" & more.", false, nil),
        (svgBreaker, "support", script, "</svg><img src=x onerror=alert(1)> supported <script>.", false, nil),
        (quoted, "criticize", unitedStates, "Bob \"the\" O'Neil & Co criticized the United States.", false, nil),
    ]

    /// A database holding `lines` in two documents, in a fresh temporary directory.
    static func makeDatabase() throws -> (path: String, directory: URL) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-server-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("graph.sqlite").path
        let store = try GraphStore(path: path)
        _ = try store.ingest(items)
        return (path, directory)
    }

    /// `lines` as two documents, dated 2017-03-01 and 2017-04-02.
    static var items: [IngestItem] {
        [("doc-a", 0..<4), ("doc-b", 4..<lines.count)].map { document, range in
            item(document, date: document == "doc-a" ? "2017-03-01" : "2017-04-02", lines: Array(lines[range]))
        }
    }

    /// One document of `lines`, each line a sentence.
    static func item(_ document: String, date: String, lines: [Line]) -> IngestItem {
        let info = DocumentInfo(id: document, title: "Title <i>of</i> \(document)", date: date,
                                sourcePath: "\(document).txt", contentHash: document)
        var graph = KnowledgeGraph()
        for (offset, line) in lines.enumerated() {
            graph.insert(line.subject)
            graph.insert(line.object)
            let evidence = Evidence(
                documentID: document, sentenceIndex: offset, span: TextSpan(start: offset * 100, end: offset * 100 + 50),
                sentence: line.sentence, relationText: line.negated ? "did not \(line.relation)" : line.relation,
                negated: line.negated, modality: nil, attribution: line.attribution, date: info.date, confidence: 0.8)
            graph.addEvidence(evidence, subject: line.subject.id, relation: line.relation, object: line.object.id)
        }
        return IngestItem(info: info, sentenceCount: lines.count, graph: graph)
    }

    /// Runs `body` against the router of a server over the fixture, opened read-only.
    static func withServer<T: Sendable>(
        limits: ServerLimits = ServerLimits(), renderQueue: RenderQueue? = nil,
        _ body: @escaping @Sendable (any TestClientProtocol, GraphServer) async throws -> T
    ) async throws -> T {
        let (path, directory) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = GraphServer(store: try GraphStore.openExisting(path: path), limits: limits, renderQueue: renderQueue)
        let app = Application(router: server.router())
        return try await app.test(.router) { client in try await body(client, server) }
    }

    /// The inline `<svg>…</svg>` of a page, or nil.
    static func inlineSVG(_ page: String) -> String? {
        guard let start = page.range(of: "<svg"), let end = page.range(of: "</svg>", options: .backwards) else { return nil }
        return String(page[start.lowerBound..<end.upperBound])
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}
