import Foundation
import Testing
import KGSyntax
import KGTestSupport
import KGText

@Suite struct SyntaxAnnotatorTests {
    static let seedText: String = {
        (try? String(contentsOf: PackageFolder.seedArticle, encoding: .utf8)) ?? ""
    }()

    @Test func bundledModelsLoadQuickly() throws {
        let start = ContinuousClock.now
        _ = try SyntaxAnnotator.loadDefault()
        // Generous bound for debug builds on a loaded machine; the release figure is in the README.
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func parsesTheSeedArticleIntoWellFormedTrees() throws {
        #expect(!Self.seedText.isEmpty)
        let annotator = try SyntaxAnnotator.loadDefault()
        var sentences = SentenceSplitter().split(Self.seedText)
        annotator.annotate(&sentences)
        #expect(sentences.count >= 12)
        for sentence in sentences {
            let words = sentence.words
            #expect(words.filter { $0.head == 0 }.count == 1, "one root in: \(sentence.text)")
            for word in words {
                #expect(!word.upos.isEmpty && !word.xpos.isEmpty && !word.lemma.isEmpty && !word.relation.isEmpty)
                #expect((0...words.count).contains(word.head))
            }
            // Every word reaches the root without a cycle.
            for start in words.indices {
                var node = start + 1
                var steps = 0
                while node != 0 && steps <= words.count {
                    node = words[node - 1].head
                    steps += 1
                }
                #expect(node == 0)
            }
        }
    }

    @Test func findsSubjectAndObjectOfASimpleClause() throws {
        let annotator = try SyntaxAnnotator.loadDefault()
        var sentences = SentenceSplitter().split("Russia condemned the United States on Friday.")
        annotator.annotate(&sentences)
        let words = try #require(sentences.first).words
        let verb = try #require(words.firstIndex { $0.form == "condemned" })
        #expect(words[verb].upos == "VERB")
        #expect(words[verb].lemma == "condemn")
        #expect(words[verb].relation == "root")
        #expect(words[0].relation == "nsubj" && words[0].head == verb + 1)
        let states = try #require(words.firstIndex { $0.form == "States" })
        #expect(words[states].relation == "obj" && words[states].head == verb + 1)
    }
}
