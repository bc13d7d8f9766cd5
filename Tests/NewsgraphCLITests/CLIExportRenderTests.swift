import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `export` in every format and `render`'s styling, layout choice and size caps, through the binary.
@Suite(.serialized) struct CLIExportRenderTests {
    @Test func exportWritesEveryFormatFromTheSeed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", CLIRunner.seedArticle, "--date", "2022-12-16"]).status == 0)

        let nt = try cli.run(["export", "--output", "graph.nt"])
        #expect(nt.status == 0, "\(nt.stderr)")
        let triples = try String(contentsOfFile: cli.path("graph.nt"), encoding: .utf8)
        #expect(triples.split(separator: "\n").allSatisfy { $0.hasPrefix("<https://newsgraph.invalid/") && $0.hasSuffix(" .") })
        #expect(triples.contains("<https://newsgraph.invalid/entity/country%3Aunited%20states> <https://newsgraph.invalid/relation/sanction> <https://newsgraph.invalid/entity/country%3Arussia> ."))

        let turtle = try cli.run(["export", "--format", "turtle"])
        #expect(turtle.status == 0 && turtle.stdout.hasPrefix("@prefix rdf:"))

        let graphml = try cli.run(["export", "--format", "graphml", "--output", "graph.graphml"])
        #expect(graphml.status == 0)
        let parser = try #require(XMLParser(contentsOf: URL(fileURLWithPath: cli.path("graph.graphml"))))
        #expect(parser.parse(), "GraphML parses as XML")

        let neo4j = try cli.run(["export", "--format", "neo4j", "--output", "neo4j"])
        #expect(neo4j.status == 0, "\(neo4j.stderr)")
        let nodes = try String(contentsOfFile: cli.path("neo4j/nodes.csv"), encoding: .utf8)
        let relationships = try String(contentsOfFile: cli.path("neo4j/relationships.csv"), encoding: .utf8)
        #expect(nodes.hasPrefix("id:ID,name,:LABEL,"))
        #expect(relationships.hasPrefix(":START_ID,:END_ID,:TYPE,"))
        #expect(relationships.contains("country:united states,country:russia,SANCTION,sanction"))

        let toStdout = try cli.run(["export", "--format", "neo4j"])
        #expect(toStdout.status != 0 && toStdout.stderr.contains("give a directory"))

        let csv = try cli.run(["export", "--format", "csv", "--entity", "Iran", "--depth", "1"])
        #expect(csv.status == 0)
        let rows = csv.stdout.split(separator: "\r\n")
        #expect(rows.count > 1 && rows.dropFirst().allSatisfy { $0.contains("Iran") }, "only Iran's edges: \(rows)")
        #expect(rows.first?.hasSuffix("category,polarity") == true)
    }

    @Test func renderDrawsAStyledTitledEgoNetwork() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", CLIRunner.seedArticle, "--date", "2022-12-16"]).status == 0)
        let render = try cli.run(["render", "--entity", "Russia", "--output", "russia.dot"])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stderr.contains("dot layout"))
        let dot = try String(contentsOfFile: cli.path("russia.dot"), encoding: .utf8)
        #expect(dot.contains("Russia: relations within 1 hop"))
        #expect(dot.contains("1 article"))
        #expect(dot.contains("class=\"entity country actor focus\""), "the centre is emphasised")
        #expect(dot.contains("rankdir=\"LR\""))
        // The headline states the sanctions as done, the body as announced ("it will impose"): one edge from
        // both sentences, asserted, its label counting them. "Allegedly purchasing" carries its modality.
        #expect(dot.contains("label=\"sanction (2)\"") && dot.contains("conflictual"))
        #expect(dot.contains("label=\"purchase from [allegedly]\""))
        // Iran denies sending weapons to Russia: that edge is denied (or contested) and drawn dashed.
        let iranLine = dot.split(separator: "\n").first { $0.contains("\"country:iran\" -> \"country:russia\"") }
        #expect(iranLine?.contains("style=\"dashed\"") == true, "\(iranLine ?? "no Iran → Russia edge")")
        #expect(iranLine?.contains("relation denied") == true || iranLine?.contains("relation contested") == true)

        let path = try cli.run(["render", "--path-from", "Iran", "--path-to", "United States", "--output", "path.dot"])
        #expect(path.status == 0, "\(path.stderr)")
        let pathDOT = try String(contentsOfFile: cli.path("path.dot"), encoding: .utf8)
        #expect(pathDOT.contains("Shortest paths from Iran to United States"))
        #expect(pathDOT.components(separatedBy: "focus").count - 1 == 2, "both ends emphasised")
        let oneEnd = try cli.run(["render", "--path-from", "Iran", "--output", "x.svg"])
        #expect(oneEnd.status != 0 && oneEnd.stderr.contains("go together"))
    }

    @Test func exportAppliesTheSharedQueryFilters() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", CLIRunner.seedArticle, "--date", "2022-12-16"]).status == 0)
        let all = try cli.run(["export", "--format", "tsv", "--entity", "Russia"])
        let actors = try cli.run(["export", "--format", "tsv", "--entity", "Russia", "--no-include-concepts"])
        #expect(all.status == 0 && actors.status == 0, "\(actors.stderr)")
        let allRows = all.stdout.split(separator: "\n").dropFirst()
        let actorRows = actors.stdout.split(separator: "\n").dropFirst()
        #expect(actorRows.count < allRows.count && !actorRows.isEmpty)
        #expect(actorRows.allSatisfy { !$0.contains("\tconcept\t") })
        let conflictual = try cli.run(["export", "--format", "jsonl", "--polarity", "conflictual"])
        let lines = conflictual.stdout.split(separator: "\n")
        #expect(lines.count >= 2, "sanction and deny are conflictual")
        #expect(lines.allSatisfy { $0.contains(#""polarity":"conflictual""#) })
    }

    /// 380 edges among 20 countries through the fast baseline extractor.
    static func denseText() -> String {
        let names = ["Russia", "France", "Germany", "China", "Japan", "India", "Brazil", "Canada", "Mexico", "Egypt",
                     "Iran", "Iraq", "Israel", "Italy", "Spain", "Poland", "Turkey", "Syria", "Cuba", "Greece"]
        var sentences: [String] = []
        for a in names { for b in names where a != b { sentences.append("\(a) condemned \(b).") } }
        return sentences.joined(separator: " ") + "\n"
    }

    @Test func renderRefusesOversizeLayoutsWithFiltersToTryAndPicksSfdpForLargeGraphs() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let text = try cli.write("dense.txt", Array(Self.denseText().utf8))
        let ingest = try cli.run(["ingest", "--extractor", "baseline", text])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        let refused = try cli.run(["render", "--limit", "1000", "--layout", "circo", "--output", "dense.svg"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("380 edges") && refused.stderr.contains("at most"))
        for filter in ["--min-evidence", "--depth 1", "--limit"] {
            #expect(refused.stderr.contains(filter), "hint names \(filter): \(refused.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.path("dense.svg")))

        let auto = try cli.run(["render", "--limit", "1000", "--output", "dense.svg"])
        #expect(auto.status == 0, "\(auto.stderr)")
        #expect(auto.stderr.contains("sfdp layout"), "\(auto.stderr)")
        let svg = try String(contentsOfFile: cli.path("dense.svg"), encoding: .utf8)
        #expect(svg.components(separatedBy: "class=\"edge").count - 1 == 380)

        let capped = try cli.run(["render", "--output", "capped.dot"])
        #expect(capped.status == 0)
        #expect(capped.stderr.contains("36 strongest of 380 relations drawn"), "the default cap is named: \(capped.stderr)")
        #expect(capped.stderr.contains("--limit N or --all"), "and how to lift it")
    }
}
