import Foundation
import KGCore
import KGGraph
import Testing
@testable import KGExport

@Suite("RDF dumps")
struct RDFWriterTests {
    // N-Triples grammar (https://www.w3.org/TR/n-triples/), restricted to what we write: no blank nodes.
    static let iri = #"<[^<>"{}|^`\\\x00-\x20]+>"#
    static let literal = #""(?:[^"\\\n\r]|\\[tbnrf"'\\]|\\u[0-9A-Fa-f]{4})*"(?:\^\^"# + iri + #")?"#
    static let line = try! NSRegularExpression(pattern: "^" + iri + " " + iri + " (?:" + iri + "|" + literal + #") \.$"#)

    static func isNTriplesLine(_ text: String) -> Bool {
        line.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test func grammarCheckerRejectsBrokenLines() {
        #expect(Self.isNTriplesLine(#"<https://a/b> <https://a/c> "x \"y\" \\ \n" ."#))
        #expect(!Self.isNTriplesLine(#"<https://a/b c> <https://a/c> "x" ."#), "space in IRI")
        #expect(!Self.isNTriplesLine(#"<https://a/b> <https://a/c> "x"y" ."#), "bare quote")
        #expect(!Self.isNTriplesLine(#"<https://a/b> <https://a/c> <x<y> ."#), "< in IRI")
    }

    static func fixture(_ name: String) -> KnowledgeGraph {
        name == "hostile" ? Fixtures.hostileGraph() : Fixtures.weightedGraph()
    }

    @Test(arguments: ["hostile", "weighted"])
    func everyNTriplesLineFollowsTheGrammar(fixture: String) {
        let graph = Self.fixture(fixture)
        let text = RDFWriter(syntax: .nTriples).write(graph)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(text.hasSuffix(" .\n"))
        #expect(lines.count > graph.edgeCount + graph.entityCount)
        let bad = lines.filter { !Self.isNTriplesLine(String($0)) }
        #expect(bad.isEmpty, "lines breaking the grammar: \(bad.prefix(3))")
    }

    @Test func entitiesHaveStableIRIsLabelsAndWikidataLinks() {
        let text = RDFWriter(syntax: .nTriples).write(Fixtures.hostileGraph())
        let first = Fixtures.hostileNames[0]
        let iri = "<https://newsgraph.invalid/entity/hostile%3ASay%20%22hi%22>"
        #expect(RDFVocabulary.entityIRI("hostile:" + first) == "https://newsgraph.invalid/entity/hostile%3ASay%20%22hi%22")
        #expect(text.contains("\(iri) <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q42> ."))
        #expect(text.contains(#"\#(iri) <http://www.w3.org/2000/01/rdf-schema#label> "Say \"hi\"" ."#))
        #expect(!text.contains("evil.example"), "a malformed Wikidata id is not linked")
        #expect(text.contains(#""two\nlines""#) && text.contains(#""back\\slash""#))
        #expect(text.contains("<https://newsgraph.invalid/vocab#Person>"))
    }

    @Test func deniedEdgesAreReifiedButNotAsserted() {
        let text = RDFWriter(syntax: .nTriples).write(Fixtures.weightedGraph())
        let buy = "<https://newsgraph.invalid/relation/buy>"
        let attack = "<https://newsgraph.invalid/relation/attack>"
        #expect(!text.contains("<https://newsgraph.invalid/entity/country%3Arussia> \(buy) "), "every buy is denied")
        #expect(text.contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> \(buy) ."))
        #expect(text.contains("<https://newsgraph.invalid/entity/country%3Arussia> \(attack) <https://newsgraph.invalid/entity/country%3Aukraine> ."))
        let statement = "<https://newsgraph.invalid/statement/country%3Arussia/buy/concept%3Airanian%20drones>"
        #expect(text.contains(#"\#(statement) <https://newsgraph.invalid/vocab#deniedCount> "3"^^<http://www.w3.org/2001/XMLSchema#integer> ."#))
        #expect(text.contains("\(statement) <https://newsgraph.invalid/vocab#evidence> \(statement.dropLast())/evidence/3> ."))
        #expect(text.contains(#"<https://newsgraph.invalid/vocab#negated> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> ."#))
        #expect(text.contains(#"<https://newsgraph.invalid/vocab#date> "2024-03-01"^^<http://www.w3.org/2001/XMLSchema#date> ."#))
    }

    @Test(arguments: ["hostile", "weighted"])
    func turtleSaysTheSameAsNTriples(fixture: String) throws {
        let graph = Self.fixture(fixture)
        let turtle = RDFWriter(syntax: .turtle).write(graph)
        let triples = try TurtleReader.triples(turtle)
        let nTriples = Set(RDFWriter(syntax: .nTriples).write(graph).split(separator: "\n").map(String.init))
        #expect(Set(triples) == nTriples)
        #expect(triples.count == nTriples.count, "no triple written twice")
    }

    @Test func turtleReaderRejectsUndeclaredPrefixesAndUnterminatedStatements() {
        #expect(throws: TurtleReader.Failure.self) { try TurtleReader.triples("<a:b> foo:bar <c:d> .\n") }
        #expect(throws: TurtleReader.Failure.self) { try TurtleReader.triples("<a:b> <c:d> \"x\"\n") }
        #expect(throws: TurtleReader.Failure.self) { try TurtleReader.triples("<a:b> <c:d> \"x\" .\n<a:b c> <d:e> <f:g> .") }
    }
}

/// Just enough of a Turtle reader to check our output: `@prefix`, IRIs, prefixed names, string literals with
/// datatypes, `;` lists and `.`; returns the triples in N-Triples form.
enum TurtleReader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    enum Token: Equatable {
        case iri(String), prefixed(String, String), literal(String), datatypeMark, semicolon, dot, prefixKeyword
    }

    static func tokens(_ text: String) throws -> [Token] {
        var tokens: [Token] = []
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.first {
            if c == " " || c == "\n" || c == "\t" { scalars.removeFirst(); continue }
            if c == "<" {
                scalars.removeFirst()
                var iri = ""
                while let d = scalars.popFirst(), d != ">" {
                    guard !" <\"{}|^`\\\n".unicodeScalars.contains(d) else { throw Failure(description: "bad IRI character \(d)") }
                    iri.unicodeScalars.append(d)
                }
                tokens.append(.iri(iri))
            } else if c == "\"" {
                scalars.removeFirst()
                var raw = "\""
                var closed = false
                while let d = scalars.popFirst() {
                    guard d != "\n" else { throw Failure(description: "newline in literal") }
                    raw.unicodeScalars.append(d)
                    if d == "\\", let e = scalars.popFirst() { raw.unicodeScalars.append(e); continue }
                    if d == "\"" { closed = true; break }
                }
                guard closed else { throw Failure(description: "unterminated literal") }
                tokens.append(.literal(raw))
            } else if c == "^" {
                guard scalars.dropFirst().first == "^" else { throw Failure(description: "lone ^") }
                scalars.removeFirst(2)
                tokens.append(.datatypeMark)
            } else if c == ";" {
                scalars.removeFirst(); tokens.append(.semicolon)
            } else if c == "." {
                scalars.removeFirst(); tokens.append(.dot)
            } else if c == "@" {
                let word = String(String.UnicodeScalarView(scalars.prefix(7)))
                guard word == "@prefix" else { throw Failure(description: "unknown directive") }
                scalars.removeFirst(7); tokens.append(.prefixKeyword)
            } else {
                var word = ""
                while let d = scalars.first, d.properties.isAlphabetic || ("0"..."9").contains(d) || d == ":" || d == "_" {
                    word.unicodeScalars.append(d); scalars.removeFirst()
                }
                guard let colon = word.firstIndex(of: ":") else { throw Failure(description: "unexpected \(c)") }
                tokens.append(.prefixed(String(word[..<colon]), String(word[word.index(after: colon)...])))
            }
        }
        return tokens
    }

    static func triples(_ text: String) throws -> [String] {
        var prefixes: [String: String] = [:]
        var out: [String] = []
        var tokens = try self.tokens(text)[...]
        func term() throws -> String {
            switch tokens.popFirst() {
            case .iri(let iri): return "<\(iri)>"
            case .prefixed(let prefix, let local):
                guard let namespace = prefixes[prefix] else { throw Failure(description: "undeclared prefix \(prefix)") }
                return "<\(namespace)\(local)>"
            case .literal(let raw):
                if tokens.first == .datatypeMark {
                    tokens.removeFirst()
                    return raw + "^^" + (try term())
                }
                return raw
            default: throw Failure(description: "expected a term")
            }
        }
        while let first = tokens.first {
            if first == .prefixKeyword {
                tokens.removeFirst()
                guard case .prefixed(let prefix, "")? = tokens.popFirst(), case .iri(let namespace)? = tokens.popFirst(),
                      tokens.popFirst() == .dot else { throw Failure(description: "bad @prefix") }
                prefixes[prefix] = namespace
                continue
            }
            let subject = try term()
            while true {
                let predicate = try term()
                let object = try term()
                out.append("\(subject) \(predicate) \(object) .")
                switch tokens.popFirst() {
                case .semicolon: continue
                case .dot: break
                default: throw Failure(description: "statement not ended by . after \(subject)")
                }
                break
            }
        }
        return out
    }
}
