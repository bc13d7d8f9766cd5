import KGCore
import KGGraph
import Testing

/// The pieces both query executors share: the two-ended path search, name matching, sampled edge totals.
@Suite struct QueryPartsTests {
    typealias Paths = ShortestPaths<String, String>

    /// A small undirected graph given as "a-b" pairs; each pair's edge is named after it.
    static func expand(_ pairs: [String]) -> ([String]) -> [Paths.Step] {
        let edges = pairs.map { pair -> (String, String, String) in
            let ends = pair.split(separator: "-").map(String.init)
            return (ends[0], ends[1], pair)
        }
        return { nodes in
            edges.flatMap { a, b, name -> [Paths.Step] in
                (nodes.contains(a) ? [Paths.Step(from: a, to: b, edge: name)] : [])
                    + (nodes.contains(b) ? [Paths.Step(from: b, to: a, edge: name)] : [])
            }
        }
    }

    @Test func findsEveryShortestPathAndNoLongerOne() {
        // Two ways of length 3 from a to z, one of length 4.
        let search = Paths(from: "a", to: "z", maxLength: 6,
                           expand: Self.expand(["a-b", "b-c", "c-z", "a-d", "d-c", "a-e", "e-f", "f-g", "g-z"]))
        #expect(Set(search.paths) == [["a", "b", "c", "z"], ["a", "d", "c", "z"]])
        #expect(search.edges(between: "c", and: "z") == ["c-z"])
        #expect(search.edges(between: "b", and: "a") == ["a-b"])
        #expect(!search.truncated)
    }

    @Test func respectsTheMaximumLengthAndTheCap() {
        let chain = ["a-b", "b-c", "c-d"]
        #expect(Paths(from: "a", to: "d", maxLength: 2, expand: Self.expand(chain)).paths.isEmpty)
        #expect(Paths(from: "a", to: "d", maxLength: 3, expand: Self.expand(chain)).paths == [["a", "b", "c", "d"]])
        #expect(Paths(from: "a", to: "a", maxLength: 1, expand: Self.expand(chain)).paths == [["a"]])
        // Five middles give five paths of length 2; a cap of 3 keeps three and says so.
        let fan = (1...5).flatMap { ["a-m\($0)", "m\($0)-z"] }
        let capped = Paths(from: "a", to: "z", maxLength: 4, cap: 3, expand: Self.expand(fan))
        #expect(capped.paths.count == 3 && capped.truncated)
        #expect(Paths(from: "a", to: "z", maxLength: 4, expand: Self.expand(fan)).paths.count == 5)
    }

    @Test func parallelEdgesJoinOneHop() {
        let search = Paths(from: "a", to: "b", maxLength: 2, expand: Self.expand(["a-b", "b-a"]))
        #expect(search.paths == [["a", "b"]])
        #expect(Set(search.edges(between: "a", and: "b")) == ["a-b", "b-a"])
    }

    @Test(arguments: [
        ("russia", "russia", NameMatch.exact),
        ("russ", "russia", .prefix),
        ("putin", "vladimir putin", .wordPrefix),
        ("kraine", "ukraine", .substring),
        ("rusia", "russia", .similar(distance: 1)),
        ("unted states", "united states", .similar(distance: 1)),
    ])
    func matchesNamesByKind(search: String, name: String, expected: NameMatch) {
        #expect(NameSearch(search)?.match(normalizedName: name) == expected)
    }

    @Test func shortOrEmptySearchesDoNotMatchBySpelling() {
        #expect(NameSearch("  ") == nil)
        #expect(NameSearch("uk")?.match(normalizedName: "us") == nil)
        #expect(NameSearch("iraq")?.match(normalizedName: "spain") == nil)
        #expect(NameMatch.exact < .prefix && NameMatch.substring < .similar(distance: 1))
        #expect(NameMatch.similar(distance: 1) < .similar(distance: 2))
    }

    @Test func sampledEdgesKeepTheirTotalsThroughMerges() {
        let evidence = (0..<3).map { index in
            Evidence(documentID: "d", sentenceIndex: index, span: TextSpan(start: index, end: index + 1),
                     sentence: "s\(index)", relationText: "r", negated: index == 2, modality: nil, attribution: nil,
                     date: "2024-01-0\(index + 1)", confidence: 1)
        }
        let full = Edge(subject: "a", relation: "r", object: "b", evidence: evidence)
        let sample = full.sampled([evidence[0]])
        #expect(sample.evidence.count == 1 && sample.isSampled)
        #expect(sample.evidenceCount == 3 && sample.deniedCount == 1 && sample.isContested)
        #expect(sample.firstDate == "2024-01-01" && sample.lastDate == "2024-01-03")
        var graph = KnowledgeGraph(entities: [Entity(id: "a", name: "A", type: .country),
                                              Entity(id: "b", name: "B", type: .country)], edges: [sample])
        graph.insert(Edge(subject: "a", relation: "r", object: "b", evidence: [evidence[1]]))
        #expect(graph.edges[full.id]?.evidenceCount == 4)
        #expect(graph.edges[full.id]?.evidence.count == 2)
    }
}
