import Foundation
import Testing

/// The `Tests/Hostile` corpus through ingest, queries and every output format: nothing crashes, the store stays
/// sound, and no formula, terminal escape or bidi override gets through where it could do harm.
@Suite(.serialized) struct CLIHostileCorpusTests {
    static let corpus = CLIRunner.packageRoot.appendingPathComponent("Tests/Hostile").path

    static func hostileDatabase(_ cli: CLIRunner) throws -> String {
        let db = cli.path("hostile.sqlite")
        let ingest = try cli.run(["ingest", "--quiet", "--db", db, corpus])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("warning:"), "the corpus is meant to raise warnings")
        let check = try cli.run(["stats", "--check", "--db", db])
        #expect(check.status == 0, "\(check.stderr)")
        return db
    }

    static func isFormula(_ cell: Substring) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        return ["=", "+", "-", "@"].contains(first)
    }

    @Test func theHostileCorpusIngestsAndEveryFormatIsWritten() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try Self.hostileDatabase(cli)
        for format in ["tsv", "csv", "jsonl", "ntriples", "turtle", "graphml"] {
            let export = try cli.run(["export", "--format", format, "-o", "out.\(format)", "--db", db])
            #expect(export.status == 0, "\(format): \(export.stderr)")
        }
        let neo4j = try cli.run(["export", "--format", "neo4j", "-o", "neo4j", "--db", db])
        #expect(neo4j.status == 0, "\(neo4j.stderr)")
        // Every CSV cell, quoted or not, must not open like a formula (a quoted cell starts after its quote).
        for file in ["out.csv", "neo4j/nodes.csv", "neo4j/relationships.csv"] {
            let text = try String(contentsOfFile: cli.path(file), encoding: .utf8)
            let cells = text.split(whereSeparator: \.isNewline).flatMap { $0.split(separator: ",") }
                .map { $0.hasPrefix("\"") ? $0.dropFirst() : $0 }
            #expect(!cells.contains(where: Self.isFormula), "\(file)")
        }
        let formulaSeen = try String(contentsOfFile: cli.path("out.jsonl"), encoding: .utf8).contains("@SUM")
            || (try String(contentsOfFile: cli.path("out.csv"), encoding: .utf8)).contains("'=")
        #expect(formulaSeen, "the corpus's formulas should reach the dumps (neutralised), or the test tests nothing")
        let render = try cli.run(["render", "--format", "dot", "-o", "graph.dot", "--db", db])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(!(try String(contentsOfFile: cli.path("graph.dot"), encoding: .utf8)).unicodeScalars.contains("\u{202E}"))
    }

    @Test func noEscapeOrOverrideReachesTheTerminal() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try Self.hostileDatabase(cli)
        let outputs = try [
            cli.run(["neighbors", "Russia", "--depth", "2", "--db", db]),
            cli.run(["neighbors", "Russia", "--format", "tsv", "--db", db]),
            cli.run(["entities", "--db", db]),
            cli.run(["neighbors", "Rusia\u{1B}[2J", "--db", db]),
            cli.run(["contested", "--db", db]),
        ]
        #expect(outputs[0].status == 0, "\(outputs[0].stderr)")
        for output in outputs {
            let text = output.stdout + output.stderr
            #expect(!text.unicodeScalars.contains("\u{1B}"), "an escape reached the terminal: \(text.prefix(200))")
            #expect(!text.unicodeScalars.contains("\u{202E}"), "a bidi override reached the terminal")
        }
        #expect(outputs[3].status != 0 && outputs[3].stderr.contains("did you mean"), "\(outputs[3].stderr)")
    }
}
