import KGCore
import Testing
@testable import KGText

@Suite("CoNLL-U")
struct CoNLLUTests {
    static let sample = """
        # sent_id = s1
        # text = I don't know.
        1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
        4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

        # sent_id = s2
        # newpar
        # text = Bye!
        1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No
        2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_


        """

    @Test func readsWordsMultiwordTokensAndOffsets() throws {
        let sentences = try CoNLLU.parse(Self.sample)
        #expect(sentences.count == 2)
        #expect(sentences[0].text == "I don't know.")
        #expect(sentences[0].words.map(\.form) == ["I", "do", "n't", "know", "."])
        #expect(sentences[0].multiwordTokens == [.init(first: 2, last: 3, form: "don't", spaceAfter: true)])
        #expect(sentences[0].words[1].span == TextSpan(start: 2, end: 7))
        #expect(sentences[0].words[4].span == TextSpan(start: 12, end: 13))
        #expect(sentences[1].words.map(\.head) == [0, 1])
    }

    @Test func roundTripsThroughFormat() throws {
        let sentences = try CoNLLU.parse(Self.sample)
        let written = CoNLLU.format(sentences)
        #expect(try CoNLLU.parse(written) == sentences)
        #expect(written == Self.sample)
    }

    @Test func rejectsLinesWithoutTenColumns() {
        #expect(throws: CoNLLUError.self) { try CoNLLU.parse("1\tword\n\n") }
    }

    @Test func entityLabelsTravelInMiscAsNE() throws {
        let text = "1\tAnna\t_\t_\t_\t_\t2\tnsubj\t_\tNE=B-PER\n2\tSmith\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No|NE=I-PER\n3\t.\t_\t_\t_\t_\t2\tpunct\t_\t_\n\n"
        var sentences = try CoNLLU.parse(text)
        #expect(sentences.first?.words.map(\.entity) == ["B-PER", "I-PER", ""])
        #expect(sentences.first?.words[1].spaceAfter == false)
        sentences[0].words[2].entity = "O"
        let written = CoNLLU.format(sentences)
        #expect(written.contains("\tNE=B-PER\n"))
        #expect(written.contains("\tSpaceAfter=No|NE=I-PER\n"))
        #expect(written.contains("\tpunct\t_\t_\n"))
        #expect(try CoNLLU.parse(written).first?.words.map(\.entity) == ["B-PER", "I-PER", ""])
    }
}
