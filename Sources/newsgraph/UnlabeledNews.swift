import ArgumentParser
import Foundation
import KGText

/// Unlabeled news the models learn word statistics from (case profiles, word classes).
enum UnlabeledNews {
    /// Article texts of JSON Lines files (field `text`), split into sentences of word forms by our tokenizer.
    static func sentences(_ paths: [String]) throws -> [[String]] {
        struct Article: Decodable { var text: String? }
        var sentences: [[String]] = []
        let decoder = JSONDecoder()
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("cannot read news file \(path)")
            }
            var lineNumber = 0
            for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
                lineNumber += 1
                let article: Article
                do {
                    article = try decoder.decode(Article.self, from: Data(line))
                } catch {
                    throw ValidationError("\(path):\(lineNumber): not a JSON object with a text field")
                }
                guard let text = article.text else { continue }
                for sentence in SentenceSplitter().split(text) { sentences.append(sentence.words.map(\.form)) }
            }
        }
        return sentences
    }
}
