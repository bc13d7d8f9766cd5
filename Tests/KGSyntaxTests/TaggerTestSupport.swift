import Foundation
import KGCore
import KGSyntax
import KGTestSupport
import KGText

/// Shared fixtures of the tagger and lemmatizer tests.
enum TaggerTestSupport {
    /// The UD English treebanks in the shared data (see `SharedData`).
    static let treebankFolder: URL = SharedData.url("ud")

    /// The first `count` sentences of a treebank file.
    static func sentences(of file: String, first count: Int) throws -> [CoNLLUSentence] {
        let url = treebankFolder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        return Array(try CoNLLU.parse(text, path: url.path).prefix(count))
    }

    /// Saves a tagger to a temporary file and loads it back.
    static func roundTrip(_ tagger: PartOfSpeechTagger) throws -> PartOfSpeechTagger {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try tagger.save(to: url)
        return try PartOfSpeechTagger.load(from: url, checkingLabels: false)
    }

    /// Words with only their forms filled, as the tokenizer hands them over.
    static func words(_ text: String) -> [Word] {
        text.split(separator: " ").map { Word(form: String($0), span: TextSpan(start: 0, end: 0)) }
    }

    /// A tiny hand-written treebank (form, lemma, UPOS, XPOS per word) for fast training tests.
    static let tinyTreebank: [CoNLLUSentence] = {
        let rows = [
            "The the DET DT|cat cat NOUN NN|sat sit VERB VBD|on on ADP IN|the the DET DT|mat mat NOUN NN|. . PUNCT .",
            "Dogs dog NOUN NNS|were be AUX VBD|barking bark VERB VBG|loudly loudly ADV RB|. . PUNCT .",
            "Russia Russia PROPN NNP|sanctioned sanction VERB VBD|the the DET DT|banks bank NOUN NNS|. . PUNCT .",
            "She she PRON PRP|has have AUX VBZ|two two NUM CD|children child NOUN NNS|. . PUNCT .",
            "The the DET DT|children child NOUN NNS|played play VERB VBD|better well ADV RBR|. . PUNCT .",
            "A a DET DT|better good ADJ JJR|plan plan NOUN NN|was be AUX VBD|accused accuse VERB VBN|. . PUNCT .",
            "Paris Paris PROPN NNP|is be AUX VBZ|a a DET DT|city city NOUN NN|. . PUNCT .",
            "They they PRON PRP|walked walk VERB VBD|to to ADP IN|the the DET DT|cities city NOUN NNS|. . PUNCT .",
        ]
        return rows.map { row in
            CoNLLUSentence(words: row.split(separator: "|").map { entry in
                let parts = entry.split(separator: " ").map(String.init)
                return Word(form: parts[0], lemma: parts[1], upos: parts[2], xpos: parts[3],
                            span: TextSpan(start: 0, end: 0))
            })
        }
    }()
}
