import Foundation
import KGCore
import KGGraph
import Testing
@testable import KGExport

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    let renderer = GraphvizRenderer()

    @Test func startsAndReportsItsVersion() throws {
        try renderer.checkAvailability()
        let version = try renderer.graphvizVersion()
        #expect(version.first?.isNumber == true, "version \(version)")
    }

    @Test func rendersPNGAndPDF() throws {
        let graph = Fixtures.weightedGraph()
        let png = try renderer.render(graph, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 1_000)
        // PNGs default to 144 dpi: twice as wide as the same graph at 72 dpi.
        let dot = DOTWriter().write(graph)
        let at72 = try renderer.render(dot: dot.replacingOccurrences(of: "\tgraph [", with: "\tgraph [dpi=\"72\", "), format: .png)
        func width(_ png: Data) -> Int { png.dropFirst(16).prefix(4).reduce(0) { $0 << 8 | Int($1) } }
        #expect(abs(Double(width(png)) / Double(width(at72)) - 2) < 0.05, "widths \(width(png)) and \(width(at72))")
        let pdf = try renderer.render(graph, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test func dotFormatChecksSyntaxAndPassesTextThrough() throws {
        let dot = DOTWriter().write(Fixtures.weightedGraph())
        #expect(try renderer.render(dot: dot, format: .dot) == Data(dot.utf8))
        #expect(throws: RenderError.self) { try renderer.render(dot: "digraph {", format: .dot) }
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineLaysOutTheSampleGraph(engine: LayoutEngine) throws {
        let svg = try #require(SVGDocument(try renderer.render(Fixtures.weightedGraph(), engine: engine)))
        #expect(svg.groups("node").count == 7)
        #expect(svg.groups("edge").count == 6)
    }

    @Test func badDOTGivesGraphvizsMessageAndLaterRendersStillWork() throws {
        let error = try #require(throws: RenderError.self) {
            try renderer.render(dot: "digraph broken { a -> ; }")
        }
        #expect(error.kind == .invalidDOT)
        #expect(error.message.contains("syntax error in line 1"), "message: \(error.message)")
        #expect(!error.graphvizMessages.isEmpty)
        #expect(error.hint != nil)
        #expect(error.description.contains("hint:"))

        let empty = try #require(throws: RenderError.self) { try renderer.render(dot: "") }
        #expect(empty.kind == .invalidDOT)

        let svg = try #require(SVGDocument(try renderer.render(dot: "digraph after { x -> y }")))
        #expect(svg.groups("graph").first?.title == "after")
    }

    @Test func textAfterTheFirstGraphDoesNotLeakIntoTheNextRender() throws {
        let first = try #require(SVGDocument(try renderer.render(dot: "digraph first { a } digraph second { b }")))
        #expect(first.groups("graph").first?.title == "first")
        let next = try #require(SVGDocument(try renderer.render(dot: "digraph third { c }")))
        #expect(next.groups("graph").first?.title == "third")
        _ = try? renderer.render(dot: "digraph fourth { d } junk junk")
        let last = try #require(SVGDocument(try renderer.render(dot: "digraph fifth { e }")))
        #expect(last.groups("graph").first?.title == "fifth")
    }

    @Test func unknownEnginesAreReported() throws {
        let parsed = try #require(throws: RenderError.self) { try LayoutEngine(parsing: "bogus") }
        #expect(parsed.kind == .unknownLayoutEngine)
        #expect(parsed.hint?.contains("dot, neato, sfdp, circo") == true)
        #expect(try LayoutEngine(parsing: " SFDP ") == .sfdp)

        // A name that reaches Graphviz: its own list of engines comes back in the message.
        let error = try #require(throws: RenderError.self) {
            try renderer.render(dot: "digraph g { a -> b }", formatName: "svg", engineName: "bogus", layout: true)
        }
        #expect(error.kind == .unknownLayoutEngine)
        #expect(error.message.contains("'bogus'") && error.message.contains("neato"), "message: \(error.message)")
    }

    @Test func unknownFormatsAreReported() throws {
        let error = try #require(throws: RenderError.self) {
            try renderer.render(dot: "digraph g { a -> b }", formatName: "bogusfmt", engineName: "dot", layout: true)
        }
        #expect(error.kind == .unknownFormat, "\(error)")
    }

    @Test func refusesGraphsTooLargeForTheEngine() throws {
        let entities = (0...LayoutEngine.dot.maximumNodes).map { Entity(name: "n\($0)", type: .concept) }
        let graph = KnowledgeGraph(entities: entities, edges: [])
        let error = try #require(throws: RenderError.self) { try renderer.render(graph, engine: .dot) }
        #expect(error.kind == .graphTooLarge)
        #expect(error.hint?.contains("sfdp") == true)
        #expect(try renderer.render(graph, format: .dot, engine: .dot).count > 0, "DOT text needs no layout")
    }

    @Test func largerDOTLayoutsGetTheFastSettingsUnlessTheTextChoseItsOwn() throws {
        let count = GraphvizRenderer.fastDOTThreshold.nodes + 1
        let entities = (0..<count).map { Entity(name: "n\($0)", type: .person) }
        let edges = zip(entities, entities.dropFirst()).map {
            Edge(subject: $0.0.id, relation: "meet", object: $0.1.id, evidence: [Fixtures.evidence()])
        }
        let dot = DOTWriter().write(KnowledgeGraph(entities: entities, edges: edges))
        func laidOut(_ text: String) throws -> String {
            let data = try renderer.render(dot: text, formatName: "dot", engineName: "dot", layout: true)
            return String(decoding: data ?? Data(), as: UTF8.self)
        }
        let fast = try laidOut(dot)
        #expect(fast.contains("nslimit=2") && fast.contains("splines=false"))
        let chosen = try laidOut(dot.replacingOccurrences(of: "\tgraph [", with: "\tgraph [nslimit=\"5\", "))
        #expect(chosen.contains("nslimit=5") && chosen.contains("nslimit1=2"))
        let small = try laidOut(DOTWriter().write(Fixtures.weightedGraph()))
        #expect(!small.contains("nslimit"))
    }

    /// 32 tasks at once, every fourth with broken DOT: each success has its own graph, each failure its own message.
    @Test func concurrentRendersAreIsolated() async throws {
        let results = await withTaskGroup(of: (Int, Result<Data, RenderError>).self) { group in
            for index in 0..<32 {
                group.addTask {
                    let renderer = GraphvizRenderer()
                    do throws(RenderError) {
                        if index % 4 == 3 {
                            return (index, .success(try renderer.render(dot: "digraph broken\(index) {\n a -> ;\n}")))
                        }
                        var graph = Fixtures.weightedGraph()
                        graph.insert(Entity(name: "Extra \(index)", type: .person))
                        let options = DOTOptions(graphName: "g\(index)")
                        let engine = LayoutEngine.allCases[index % LayoutEngine.allCases.count]
                        return (index, .success(try renderer.render(graph, options: options, engine: engine)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var results: [Int: Result<Data, RenderError>] = [:]
            for await (index, result) in group { results[index] = result }
            return results
        }
        #expect(results.count == 32)
        for (index, result) in results.sorted(by: { $0.key < $1.key }) {
            switch result {
            case .success(let data):
                #expect(index % 4 != 3, "broken DOT \(index) rendered")
                let svg = SVGDocument(data)
                #expect(svg?.groups("graph").first?.title == "g\(index)")
                // The node is titled by the entity's key, which folds a person's name (issue 16: "x" → "ks", so that
                // Aleksei and Alexei are one node); ask the key rather than spell it.
                #expect(svg?.node(titled: Entity.key(name: "Extra \(index)", type: .person)) != nil)
            case .failure(let error):
                #expect(index % 4 == 3, "render \(index) failed: \(error)")
                #expect(error.kind == .invalidDOT)
                #expect(error.graphvizMessages == ["syntax error in line 2 near ';'"], "\(error.graphvizMessages)")
            }
        }
    }
}
