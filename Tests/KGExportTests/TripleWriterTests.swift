import Foundation
import KGCore
import KGGraph
import Testing
@testable import KGExport

@Suite("TripleWriter")
struct TripleWriterTests {
    /// RFC 4180 reader: quoted fields may hold commas, doubled quotes, CR and LF; records end in CRLF.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if scalars.first == "\"" { field += "\""; scalars.removeFirst() } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                inQuotes = true
            } else if scalar == "," {
                record.append(field); field = ""
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    /// Reverses the TSV backslash escapes.
    static func unescapeTSV(_ field: Substring) -> String {
        var out = ""
        var escaped = false
        for character in field {
            if escaped {
                switch character {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// Expected (subject, relation, object) names of a graph's edges in dump order.
    static func expectedRows(_ graph: KnowledgeGraph) -> [[String]] {
        graph.sortedEdges.map { edge in
            [graph.entities[edge.subject]?.name ?? edge.subject, edge.relation, graph.entities[edge.object]?.name ?? edge.object]
        }
    }

    @Test func csvRoundTripsHostileNames() {
        let graph = Fixtures.hostileGraph()
        let csv = TripleWriter(format: .csv).write(graph)
        let records = Self.parseCSV(csv)
        #expect(records.first == TripleWriter.columns)
        let rows = records.dropFirst()
        #expect(rows.count == graph.edgeCount)
        #expect(rows.allSatisfy { $0.count == TripleWriter.columns.count })
        #expect(rows.map { [$0[0], $0[2], $0[3]] } == Self.expectedRows(graph))
        #expect(rows.first?[1] == "person")
        #expect(rows.first?[5] == "1" && rows.first?[6] == "1" && rows.first?[7] == "0")
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test func tsvEscapesTabsAndNewlines() {
        let graph = Fixtures.hostileGraph()
        let tsv = TripleWriter(format: .tsv).write(graph)
        let lines = tsv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == graph.edgeCount + 1, "one line per edge plus the header; newlines escaped")
        #expect(lines.first.map(String.init) == TripleWriter.columns.joined(separator: "\t"))
        let rows = lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(Self.unescapeTSV) }
        #expect(rows.allSatisfy { $0.count == TripleWriter.columns.count })
        #expect(rows.map { [$0[0], $0[2], $0[3]] } == Self.expectedRows(graph))
        #expect(!tsv.contains("\r"))
    }

    @Test func jsonlLinesParseBackWithFullEvidence() throws {
        var graph = Fixtures.weightedGraph()
        let attributed = Evidence(
            documentID: "doc-\"x\"", sentenceIndex: 7, span: TextSpan(start: 3, end: 30),
            sentence: "Kyiv claims Russia will not\tsanction NATO.\u{2028}", relationText: "will not sanction",
            negated: true, modality: "will", attribution: Attribution(text: "Kyiv", entity: "Ukraine", verb: "claim"),
            date: nil, confidence: .nan)
        graph.addEvidence(attributed, subject: "country:russia", relation: "sanction", object: "org:nato")
        let jsonl = TripleWriter(format: .jsonl).write(graph)
        let lines = jsonl.split(separator: "\n")
        #expect(lines.count == graph.edgeCount)
        var objects: [[String: Any]] = []
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            objects.append(try #require(object))
        }
        #expect(objects.map { [$0["subject"] as? String, $0["relation"] as? String, $0["object"] as? String].compactMap { $0 } }
            == Self.expectedRows(graph))
        let sanction = try #require(objects.first { $0["relation"] as? String == "sanction" })
        #expect(sanction["subject_type"] as? String == "country")
        #expect(sanction["evidence_count"] as? Int == 3)
        #expect(sanction["denied"] as? Int == 1)
        #expect(sanction["first_date"] as? String == "2024-03-01")
        let evidence = try #require(sanction["evidence"] as? [[String: Any]])
        #expect(evidence.count == 3)
        let claim = try #require(evidence.first { $0["doc"] as? String == "doc-\"x\"" })
        #expect(claim["sentence_index"] as? Int == 7)
        #expect(claim["start"] as? Int == 3 && claim["end"] as? Int == 30)
        #expect(claim["sentence"] as? String == attributed.sentence)
        #expect(claim["negated"] as? Bool == true)
        #expect(claim["modality"] as? String == "will")
        #expect(claim["date"] is NSNull)
        #expect(claim["confidence"] is NSNull, "NaN becomes null, never invalid JSON")
        let attribution = try #require(claim["attribution"] as? [String: Any])
        #expect(attribution["verb"] as? String == "claim" && attribution["entity"] as? String == "Ukraine")
    }

    @Test func dumpsAreDeterministic() {
        let graph = Fixtures.weightedGraph()
        let reversed = KnowledgeGraph(entities: graph.sortedEntities.reversed(), edges: graph.sortedEdges.reversed())
        for format in TripleFormat.allCases {
            #expect(TripleWriter(format: format).write(graph) == TripleWriter(format: format).write(reversed))
        }
    }

    @Test func streamingMatchesTheWholeString() {
        let graph = Fixtures.weightedGraph()
        var streamed = ""
        TripleWriter(format: .jsonl).write(graph, to: &streamed)
        #expect(streamed == TripleWriter(format: .jsonl).write(graph))
    }
}
