import Foundation
import Testing
import KGCore
import KGPipeline
import KGText

/// Whatever the text, the whole NLP path (split, tag, parse, extract) finishes without crashing.
@Suite struct HostileTextTests {
    /// A deterministic generator, so a failure can be replayed.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "Russia", "the", "United", "States", "said", ",", ".", "and", "who", "which", "that", "not", "\"", "(", ")",
        "-", "Moscow's", "sanctions", "on", "by", "was", "condemned", "Iran", "Amir-Abdollahian", "\u{FFFD}", "\"?",
        "\u{201C}", "\u{201D}", "…", "—", "U.S.", "Mr.", "3.5%", "$4", "@user", "http://x.y/z", "😀", "é", "\u{0301}",
        "\n", "\n\n", "  ", "\t", "he", "it", "to", "of", "is", "president", "Kirby", "spokesman", "denied", "accused",
    ]

    static let pipeline = Result { try Pipeline() }

    @Test(arguments: 0..<40)
    func randomTokenSoupExtractsWithoutCrashing(seed: Int) throws {
        var random = SplitMix64(state: UInt64(seed))
        let count = Int(random.next() % 400)
        let text = (0..<count).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined(separator: " ")
        let pipeline = try Self.pipeline.get()
        let (document, assertions) = pipeline.process(Document(info: DocumentInfo(id: "soup", sourcePath: "-", contentHash: ""), text: text))
        let length = text.unicodeScalars.count
        for assertion in assertions {
            #expect(assertion.subject.start >= 0 && assertion.subject.end <= length && assertion.subject.start <= assertion.subject.end)
            #expect(assertion.sentenceIndex < document.sentences.count)
        }
    }

    @Test func aVeryLongSentenceIsSplitAndExtracted() throws {
        let text = Array(repeating: "Moscow condemned Washington and", count: 800).joined(separator: " ") + " Kiev."
        let (document, assertions) = try Self.pipeline.get().process(Document(info: DocumentInfo(id: "long", sourcePath: "-", contentHash: ""), text: text))
        #expect(document.sentences.count > 1)
        #expect(document.sentences.allSatisfy { $0.words.count <= 500 })
        #expect(!assertions.isEmpty)
    }
}
