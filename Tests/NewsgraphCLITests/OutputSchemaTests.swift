import Foundation
import KGTestSupport
import Testing

/// One output schema: an edge has the same field names in `neighbors --format jsonl`, `export --format jsonl`
/// and the JSON API (`/api/neighbors`), so one reader handles all three.
@Suite struct OutputSchemaTests {
    /// Fields every edge carries in all three outputs.
    static let edgeFields: Set<String> = [
        "subject", "subject_id", "relation", "object", "object_id", "category", "polarity", "evidence_count",
        "first_date", "last_date",
    ]

    static func objects(_ jsonLines: String) throws -> [[String: Any]] {
        try jsonLines.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func cliExportAndAPIAgreeOnEdgeFieldNames() throws {
        let cli = try CLIQueryTests.ingestedSeed()
        defer { cli.cleanUp() }
        let neighbors = try Self.objects(try cli.run(["neighbors", "Russia", "--format", "jsonl"]).stdout)
        let export = try Self.objects(try cli.run(["export", "--format", "jsonl", "--output", "-"]).stdout)
        let api = try Self.apiEdges(cli, path: "/api/neighbors?entity=Russia")
        for (name, edges) in [("neighbors --format jsonl", neighbors), ("export --format jsonl", export), ("/api/neighbors", api)] {
            #expect(!edges.isEmpty, "\(name) printed no edges")
            for edge in edges {
                let missing = Self.edgeFields.subtracting(edge.keys)
                #expect(missing.isEmpty, "\(name) lacks \(missing.sorted()) in \(edge.keys.sorted())")
            }
        }
        // The same edge has the same values under the same names.
        let key = { (edge: [String: Any]) in "\(edge["subject_id"] ?? "")|\(edge["relation"] ?? "")|\(edge["object_id"] ?? "")" }
        let fromAPI = Dictionary(api.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        for edge in neighbors {
            let other = try #require(fromAPI[key(edge)], "API lacks \(key(edge))")
            #expect(edge["evidence_count"] as? Int == other["evidence_count"] as? Int)
        }
    }

    /// Serves the scratch store on a free port and fetches `path`'s `edges`.
    static func apiEdges(_ cli: CLIRunner, path: String) throws -> [[String: Any]] {
        let binary = try #require(CLIRunner.binary)
        let server = Process()
        server.executableURL = binary
        server.arguments = ["serve", "--host", "127.0.0.1", "--port", "0"]
        server.currentDirectoryURL = cli.directory
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            CLIRunner.waitForExit(server)
        }
        var text = ""
        var url: String?
        while url == nil {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            url = text.split(separator: "\n").first { $0.hasPrefix("open ") }.map { String($0.dropFirst(5)) }
        }
        let base = try #require(url, "serve printed no URL: \(text)")
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-fsS", base.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + path]
        let (_, data, _) = try CLIRunner.runCollecting(curl, stdin: "")
        let answer = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(answer["edges"] as? [[String: Any]])
    }
}
