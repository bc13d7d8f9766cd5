import Foundation
import KGCore
import Testing
@testable import KGText

/// One row of the sentence table: text and the expected sentence texts.
struct SplitCase: Sendable, CustomTestStringConvertible {
    let input: String
    let sentences: [String]
    var testDescription: String { input.replacingOccurrences(of: "\n", with: "⏎") }

    init(_ input: String, _ sentences: [String]) {
        self.input = input
        self.sentences = sentences
    }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    static let table: [SplitCase] = [
        .init("Mr. Smith went to Washington. He met Dr. Jones there.",
              ["Mr. Smith went to Washington.", "He met Dr. Jones there."]),
        .init("U.S. officials said so. Others disagreed.", ["U.S. officials said so.", "Others disagreed."]),
        .init("He lives in the U.S. The next day he left.", ["He lives in the U.S.", "The next day he left."]),
        .init("The U.S. Army left.", ["The U.S. Army left."]),
        .init("Bush nominated Jennifer M. Anderson for the post.", ["Bush nominated Jennifer M. Anderson for the post."]),
        .init("They sold apples, pears, etc. Then they left.", ["They sold apples, pears, etc.", "Then they left."]),
        .init("It starts on Jan. 5 at noon.", ["It starts on Jan. 5 at noon."]),
        .init("He said, \"Stop.\" Then he left.", ["He said, \"Stop.\"", "Then he left."]),
        .init("It was over (or so he thought.) Then it began.", ["It was over (or so he thought.)", "Then it began."]),
        .init("“Really?” she asked. Yes.", ["“Really?” she asked.", "Yes."]),
        .init("‘Why not?’ He shrugged.", ["‘Why not?’", "He shrugged."]),
        .init("Wow! That was fast?! Indeed...", ["Wow!", "That was fast?!", "Indeed..."]),
        .init("I waited... and waited.", ["I waited... and waited."]),
        .init("It cost $5.50. Nobody paid.", ["It cost $5.50.", "Nobody paid."]),
        // Scraped news joins paragraphs with a dash glued to the end: a boundary, the dash in neither sentence;
        // a hyphen after an abbreviation is no such dash.
        .init("It causes autism.- \"Claims are false,\" he said.", ["It causes autism.", "\"Claims are false,\" he said."]),
        .init("It opened on Feb. 11.-The musical ran.", ["It opened on Feb. 11.", "The musical ran."]),
        .init("What would it look like?\"-  Mayor Jim Kenney spoke.", ["What would it look like?\"", "Mayor Jim Kenney spoke."]),
        .init("The U.S.-Mexico border is long.", ["The U.S.-Mexico border is long."]),
        // A scraped page's share bar ends at its permalink; the article goes on after it.
        .init("He left. Send Facebook Twitter Permalink http://dw.com/p/2Xhmb Trump's adviser was fired.",
              ["He left.", "Send Facebook Twitter Permalink http://dw.com/p/2Xhmb", "Trump's adviser was fired."]),
        // Scraped news glues a heading or caption without punctuation to the sentence after it.
        .init("Trade tensions rise The announcement came on Monday.", ["Trade tensions rise", "The announcement came on Monday."]),
        .init("Ten new trams hit the road A fleet of trams began service.", ["Ten new trams hit the road", "A fleet of trams began service."]),
        .init("It was needed for the safety of all He said roads were shut.", ["It was needed for the safety of all", "He said roads were shut."]),
        .init("Talks resume in 2018 In a statement, the ministry agreed.", ["Talks resume in 2018", "In a statement, the ministry agreed."]),
        // Not after a function word or a word naming a class or point, nor before a name or "A and B".
        .init("She is the It girl of the season.", ["She is the It girl of the season."]),
        .init("It sold class A shares and series A warrants.", ["It sold class A shares and series A warrants."]),
        .init("They flew from point A to point B.", ["They flew from point A to point B."]),
        .init("The court in The Hague ruled.", ["The court in The Hague ruled."]),
        .init("He spoke to reporters At The Hague court.", ["He spoke to reporters At The Hague court."]),
        // A scraped byline glued to the next sentence.
        .init("Author: Rita Holm The merger smoothed the transition.", ["Author: Rita Holm", "The merger smoothed the transition."]),
        .init("Author: Rita Holm", ["Author: Rita Holm"]),
        .init("one two three\n\nfour five", ["one two three", "four five"]),
        .init("Markets rally on news\nStocks rose sharply on Monday.", ["Markets rally on news", "Stocks rose sharply on Monday."]),
        .init("Shopping list:\n- eggs\n- milk", ["Shopping list:", "- eggs", "- milk"]),
        .init("great movie :) I loved it", ["great movie :)", "I loved it"]),
        .init("1. The pricing is fine.\n2. The attachment is here.",
              ["1. The pricing is fine.", "2. The attachment is here."]),
        .init("He stayed until July 1805. [6] He left.", ["He stayed until July 1805. [6]", "He left."]),
        .init("Best regards, Sara", ["Best regards,", "Sara"]),
        .init("Kay Mann 04/26/2001 07:17 AM Will you come?", ["Kay Mann", "04/26/2001 07:17 AM", "Will you come?"]),
        .init("\"It is a bad choice,\"?Sen. Warren said.", ["\"It is a bad choice,\"?Sen. Warren said."]),
        .init("See e.g. The Beatles.", ["See e.g. The Beatles."]),
        .init("Enron Canada Corp. Suite 1100 is there.", ["Enron Canada Corp. Suite 1100 is there."]),
        .init("", []),
        .init("  \n\n \t ", []),
        // A dateline opening the text is a sentence of its own; the agency in brackets elsewhere is not.
        .init("Washington (CNN)President Donald Trump is leaning into fear.", ["Washington (CNN)", "President Donald Trump is leaning into fear."]),
        .init("Beirut, Lebanon (AP) - Three people died.", ["Beirut, Lebanon (AP)", "- Three people died."]),
        .init("He told CNN (CNN) nothing new.", ["He told CNN (CNN) nothing new."]),
        .init("Washington (D.C.) is the capital.", ["Washington (D.C.) is the capital."]),
    ]

    @Test("splits sentences", arguments: table)
    func splitsSentences(_ row: SplitCase) {
        let sentences = SentenceSplitter().split(row.input)
        #expect(sentences.map(\.text) == row.sentences)
    }

    @Test func joinsHardWrappedLinesOfOneSentence() {
        let text = "The committee met on Tuesday to discuss the budget for the coming year and\n"
            + "decided to postpone the vote until the next meeting in March."
        #expect(SentenceSplitter().split(text).count == 1)
    }

    @Test func treatsLineBreaksInHardWrappedParagraphsAsSpaces() {
        let text = """
            Weekly report

            The committee met on Tuesday to discuss the budget for
            the coming year and the plans that Mr Jones made with
            Russia and Iran last spring. It decided to postpone the
            vote until the next meeting.
            """
        #expect(SentenceSplitter().split(text).map(\.text) == [
            "Weekly report",
            "The committee met on Tuesday to discuss the budget for\nthe coming year and the plans that Mr Jones made with\nRussia and Iran last spring.",
            "It decided to postpone the\nvote until the next meeting.",
        ])
    }

    @Test func givesSentenceFinalAbbreviationsPeriodToTheSentenceEnd() {
        let sentences = SentenceSplitter().split("He lives in the U.S. The next day he left.")
        #expect(sentences.first?.words.map(\.form) == ["He", "lives", "in", "the", "U.S", "."])
        #expect(sentences.first?.words.last?.span == TextSpan(start: 19, end: 20))
    }

    @Test func sentenceSpansAndWordOffsetsPointIntoTheDocument() {
        let text = "Hi there.  Don't go!"
        let scalars = Array(text.unicodeScalars)
        let sentences = SentenceSplitter().split(text)
        #expect(sentences.map(\.index) == [0, 1])
        #expect(sentences.map(\.span) == [TextSpan(start: 0, end: 9), TextSpan(start: 11, end: 20)])
        for sentence in sentences {
            for word in sentence.words {
                let surface = String(String.UnicodeScalarView(scalars[word.span.start..<word.span.end]))
                #expect(surface == word.form)
            }
        }
        #expect(sentences[1].words.map(\.form) == ["Do", "n't", "go", "!"])
    }

    static let seedOpening = """
        US sanctions Russia over Iranian drones

        0
        US sanctions Russia over Iranian drones

        The Biden administration has accused Russian aerospace forces and the defense ministry of allegedly \
        purchasing UAVs from Tehran

        The United States has announced it will impose sanctions on three Russian organizations over the \
        alleged purchase of Iranian drones for Moscow’s ongoing military offensive in Ukraine.

        During a White House briefing on Friday, US National Security Council spokesman John Kirby said \
        sanctions would be introduced against entities “at the forefront in terms of acquiring and using \
        Iranian drones.” He named the Russian Aerospace Forces.
        """

    @Test func splitsTheSeedArticlesScrapedOpening() {
        let texts = SentenceSplitter().split(Self.seedOpening).map(\.text)
        #expect(texts.count == 7)
        #expect(texts.prefix(3) == ["US sanctions Russia over Iranian drones", "0", "US sanctions Russia over Iranian drones"])
        #expect(texts[3].hasPrefix("The Biden administration") && texts[3].hasSuffix("from Tehran"))
        #expect(texts[4].hasSuffix("in Ukraine."))
        #expect(texts[5].hasSuffix("Iranian drones.”"))
        #expect(texts[6] == "He named the Russian Aerospace Forces.")
    }

    @Test func megabyteWithoutPunctuationIsCutIntoBoundedSentences() {
        let text = String(repeating: "word ", count: 200_000) // 1 MB, no punctuation, no line breaks
        let splitter = SentenceSplitter()
        let start = ContinuousClock.now
        let sentences = splitter.split(text)
        let elapsed = ContinuousClock.now - start
        #expect(sentences.reduce(0) { $0 + $1.words.count } == 200_000)
        #expect(sentences.allSatisfy { $0.words.count <= splitter.maxWords })
        #expect(sentences.count >= 200_000 / splitter.maxWords)
        #expect(elapsed < .seconds(20)) // generous for debug builds; linear time, not a benchmark
    }

    @Test(arguments: [
        String(repeating: "a-", count: 100_000) + "@",        // e-mail candidates that never complete
        String(repeating: "x", count: 1_000_000),             // one huge token
        String(repeating: "a1b.Cde.", count: 50_000),         // dotted run with a digit
        String(repeating: "1-", count: 100_000),              // hyphenated digits
        String(repeating: "a.", count: 200_000),              // dotted abbreviation-like run
        String(repeating: ", ", count: 200_000),              // punctuation only
    ])
    func pathologicalInputsStayLinear(_ text: String) {
        let start = ContinuousClock.now
        let sentences = SentenceSplitter().split(text)
        #expect(!sentences.isEmpty)
        #expect(ContinuousClock.now - start < .seconds(20)) // a quadratic scan would take hours
    }

    @Test func longSentencesAreCutAtACommaWhenThereIsOne() {
        let clause = Array(repeating: "word", count: 9).joined(separator: " ") + ","
        let text = Array(repeating: clause, count: 200).joined(separator: " ")
        let sentences = SentenceSplitter(maxWords: 100).split(text)
        #expect(sentences.count > 1)
        #expect(sentences.dropLast().allSatisfy { $0.words.last?.form == "," })
    }

    @Test func brokenEncodingsDoNotTrap() {
        let text = "Ã©tÃ© \"?\"? \u{FFFD}.\u{0} \u{301}Hello.\u{7} Next\u{2028}line\u{2029}para. 👍🏽."
        let sentences = SentenceSplitter().split(text)
        #expect(!sentences.isEmpty)
        for sentence in sentences {
            #expect(sentence.span.start < sentence.span.end)
            #expect(!sentence.words.isEmpty)
        }
    }
}

@Suite("Sentence splitter tokens")
struct SentenceSplitterTokenTests {
    @Test func reportsMultiwordTokensPerSentence() {
        let result = SentenceSplitter().splitWithTokens("I can't. You won't!")
        #expect(result.count == 2)
        #expect(result[0].sentence.words.map(\.form) == ["I", "ca", "n't", "."])
        #expect(result[0].tokens.map(\.words) == [0..<1, 1..<3, 3..<4])
        #expect(result[1].tokens[1].span == TextSpan(start: 13, end: 18))
        #expect(result[1].tokens[1].isMultiword)
    }
}
