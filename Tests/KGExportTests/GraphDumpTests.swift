import Foundation
import KGCore
import KGGraph
import Testing
@testable import KGExport
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("GraphML, Neo4j and the exporter")
struct GraphDumpTests {
    /// A GraphML document read back through Foundation's XMLParser.
    final class GraphMLReader: NSObject, XMLParserDelegate {
        var keys: [String: (domain: String, name: String)] = [:]
        var nodes: [String: [String: String]] = [:]
        var edges: [(source: String, target: String, data: [String: String])] = []
        var undeclared: [String] = []
        private var current: (kind: String, id: String, source: String, target: String)?
        private var data: [String: String] = [:]
        private var dataKey: String?
        private var text = ""

        init?(_ text: String) {
            super.init()
            let parser = XMLParser(data: Data(text.utf8))
            parser.shouldResolveExternalEntities = false
            parser.delegate = self
            guard parser.parse() else { return nil }
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch name {
            case "key": keys[attributes["id"] ?? ""] = (attributes["for"] ?? "", attributes["attr.name"] ?? "")
            case "node", "edge":
                current = (name, attributes["id"] ?? "", attributes["source"] ?? "", attributes["target"] ?? "")
                data = [:]
            case "data":
                dataKey = attributes["key"]
                text = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "data":
                if let dataKey, let current {
                    if keys[dataKey]?.domain != current.kind { undeclared.append(dataKey) }
                    data[dataKey] = text
                }
            case "node": if let current { nodes[current.id] = data }
            case "edge": if let current { edges.append((current.source, current.target, data)) }
            default: break
            }
        }
    }

    @Test func graphMLParsesWithDeclaredKeysAndHostileNamesIntact() throws {
        let graph = Fixtures.hostileGraph()
        let reader = try #require(GraphMLReader(GraphMLWriter().write(graph)), "GraphML is not well-formed XML")
        #expect(reader.undeclared.isEmpty, "data with undeclared keys: \(reader.undeclared)")
        #expect(Set(reader.keys.values.map(\.name)).isSuperset(of: ["label", "type", "relation", "evidence_count", "polarity"]))
        #expect(reader.nodes.count == graph.entityCount)
        #expect(reader.edges.count == graph.edgeCount)
        for name in Fixtures.hostileNames where !name.contains("\u{07}") {
            #expect(reader.nodes["hostile:\(name)"]?["name"] == name, "name \(name.debugDescription) round trips")
        }
        #expect(reader.nodes["hostile:bell\u{FFFD}char"] != nil || reader.nodes.keys.contains { $0.hasPrefix("hostile:bell") })
        #expect(reader.edges.allSatisfy { reader.nodes[$0.source] != nil && reader.nodes[$0.target] != nil })
        #expect(reader.nodes["hostile:Say \"hi\""]?["wikidata"] == "Q42")
    }

    @Test func graphMLEdgesCarryCountsAndTaxonomy() throws {
        let reader = try #require(GraphMLReader(GraphMLWriter().write(Fixtures.weightedGraph())))
        let sanction = try #require(reader.edges.first { $0.data["relation"] == "sanction" })
        #expect(sanction.source == "country:russia" && sanction.target == "org:nato")
        let taxonomy = RelationTaxonomy.classify("sanction")
        #expect(sanction.data["evidence"] == "2" && sanction.data["category"] == taxonomy.category.rawValue)
        #expect(sanction.data["polarity"] == "conflictual")
        let support = try #require(reader.edges.first { $0.data["relation"] == "support" })
        #expect(support.data["contested"] == "true" && support.data["denied"] == "1")
    }

    /// Neo4j-style CSV: quoted fields with doubled quotes, records end in `\n`.
    static func parseNeo4jCSV(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { line in
            var fields: [String] = []
            var field = ""
            var inQuotes = false
            var scalars = Array(line.unicodeScalars)[...]
            while let c = scalars.popFirst() {
                if inQuotes {
                    if c == "\"" {
                        if scalars.first == "\"" { field += "\""; scalars.removeFirst() } else { inQuotes = false }
                    } else { field.unicodeScalars.append(c) }
                } else if c == "\"" { inQuotes = true } else if c == "," { fields.append(field); field = "" } else {
                    field.unicodeScalars.append(c)
                }
            }
            fields.append(field)
            return fields
        }
    }

    @Test func neo4jFilesHaveImportHeadersAndConsistentIDs() throws {
        let graph = Fixtures.hostileGraph()
        let files = Neo4jWriter().files(graph)
        let nodes = Self.parseNeo4jCSV(try #require(files["nodes.csv"]))
        let relationships = Self.parseNeo4jCSV(try #require(files["relationships.csv"]))
        #expect(nodes.first?.prefix(3) == ["id:ID", "name", ":LABEL"])
        #expect(relationships.first?.prefix(3) == [":START_ID", ":END_ID", ":TYPE"])
        #expect(nodes.count == graph.entityCount + 1, "one line per entity: no line breaks inside fields")
        #expect(relationships.count == graph.edgeCount + 1)
        #expect(nodes.allSatisfy { $0.count == Neo4jWriter.nodeHeader.count })
        #expect(relationships.allSatisfy { $0.count == Neo4jWriter.relationshipHeader.count })
        let ids = Set(nodes.dropFirst().map { $0[0] })
        #expect(relationships.dropFirst().allSatisfy { ids.contains($0[0]) && ids.contains($0[1]) })
        #expect(ids.contains("hostile:Say \"hi\"") && ids.contains("hostile:<script>alert(1)</script>"))
        #expect(relationships.dropFirst().allSatisfy { $0[2] == "MEET_WITH_B_B" })
        #expect(nodes.dropFirst().allSatisfy { $0[2] == "Entity;Person" })
        #expect(Neo4jWriter.relationshipType("talk with") == "TALK_WITH")
        #expect(Neo4jWriter.relationshipType("北京") == "RELATED_TO")
    }

    @Test(arguments: ExportFormat.allCases)
    func everyFormatWritesHostileNamesToFileOrDirectory(format: ExportFormat) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ng-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(format.writesDirectory ? "neo4j" : "graph.\(format.fileExtension ?? "")").path
        let written = try GraphExporter(format: format).write(Fixtures.hostileGraph(), toPath: path)
        #expect(written.count == (format == .neo4j ? 2 : 1))
        for file in written {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(text.contains("<script>") || text.contains("%3Cscript%3E") || text.contains("&lt;script&gt;"))
            switch format {
            case .graphml: #expect(GraphMLReader(text) != nil)
            case .ntriples: #expect(text.split(separator: "\n").allSatisfy { RDFWriterTests.isNTriplesLine(String($0)) })
            case .turtle: #expect(throws: Never.self) { try TurtleReader.triples(text) }
            case .jsonl:
                for line in text.split(separator: "\n") {
                    #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(line.utf8)) }
                }
            case .csv: #expect(TripleWriterTests.parseCSV(text).dropFirst().count == Fixtures.hostileGraph().edgeCount)
            case .tsv: #expect(text.split(separator: "\n").count == Fixtures.hostileGraph().edgeCount + 1)
            case .neo4j: #expect(Self.parseNeo4jCSV(text).count > 1)
            }
        }
    }

    @Test func singleFileFormatRefusesADirectoryPath() throws {
        let directory = FileManager.default.temporaryDirectory.path
        let error = try #require(throws: ExportError.self) {
            try GraphExporter(format: .turtle).write(Fixtures.weightedGraph(), toPath: directory)
        }
        #expect(error.message.contains("is a directory") && error.hint?.contains("graph.ttl") == true)
    }

    @Test func formatsAreFoundByExtension() {
        #expect(ExportFormat(fileExtension: "ttl") == .turtle)
        #expect(ExportFormat(fileExtension: "NT") == .ntriples)
        #expect(ExportFormat(fileExtension: "graphml") == .graphml)
        #expect(ExportFormat(fileExtension: "xml") == nil)
    }

    @Test func tableDumpsCarryCategoryAndPolarity() {
        let csv = TripleWriterTests.parseCSV(TripleWriter(format: .csv).write(Fixtures.weightedGraph()))
        let header = csv[0]
        let sanction = csv.first { $0[2] == "sanction" } ?? []
        #expect(sanction.count == header.count)
        let row = Dictionary(uniqueKeysWithValues: zip(header, sanction))
        #expect(row["category"] == RelationTaxonomy.classify("sanction").category.rawValue)
        #expect(row["polarity"] == "conflictual")
    }
}
