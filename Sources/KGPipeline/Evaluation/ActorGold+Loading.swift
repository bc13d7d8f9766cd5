import Foundation
import KGCore
import KGText

extension ActorGold {
    /// Reads a gold file, keeping only the articles of `split` when given; every problem names the file and line.
    public static func load(path: String, split: String? = nil) throws -> ActorGold {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError(message: "cannot read the gold file \(path)",
                                hint: "check the path, e.g. Tests/Gold/dev.jsonl")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PipelineError(message: "\(path) is not UTF-8 text", hint: "a gold file is JSON Lines (Tests/Gold/README.md)")
        }
        var gold = try ActorGold(jsonl: text, path: path)
        if let split { gold.articles.removeAll { $0.split != split } }
        return gold
    }

    /// Parses gold JSON Lines (one article per non-blank line) and checks that every edge names the article's
    /// entities.
    public init(jsonl text: String, path: String = "-") throws {
        self.init(articles: [], path: path)
        var firstLine: [String: Int] = [:]
        let decoder = JSONDecoder()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let place = "\(path):\(index + 1)"
            var article: Article
            do {
                article = try decoder.decode(Article.self, from: Data(line.utf8))
            } catch {
                throw PipelineError(message: "\(place): not a gold article: \(Self.describe(error))",
                                    hint: "each line is one JSON object {\"id\", \"split\", \"entities\", \"edges\"} as Tests/Gold/README.md describes")
            }
            article.line = index + 1
            if let first = firstLine[article.id] {
                throw PipelineError(message: "\(place): article '\(article.id)' is already annotated on line \(first)",
                                    hint: "keep one line per article")
            }
            firstLine[article.id] = index + 1
            if let problem = Self.problem(in: article) {
                throw PipelineError(message: "\(place): article '\(article.id)': \(problem)",
                                    hint: "fix the line; Tests/Gold/README.md describes the format")
            }
            articles.append(article)
        }
    }

    /// The first thing wrong with an article's annotation, or nil.
    static func problem(in article: Article) -> String? {
        guard ["dev", "test"].contains(article.split) else { return "split is '\(article.split)', not dev or test" }
        var names: Set<String> = []
        for entity in article.entities {
            guard Entity.types.contains(entity.type) else {
                return "entity '\(entity.canonical)' has type '\(entity.type)', not one of country, org, person, group"
            }
            guard names.insert(entity.canonical).inserted else { return "entity '\(entity.canonical)' is listed twice" }
        }
        for (number, edge) in article.edges.enumerated() {
            for name in [edge.subject, edge.object] where !names.contains(name) {
                return "edge \(number + 1): '\(name)' is not the canonical name of one of the article's entities"
            }
            guard !edge.relation.isEmpty else { return "edge \(number + 1) has an empty relation list" }
            guard edge.offset >= 0 else { return "edge \(number + 1) has a negative offset" }
        }
        return nil
    }

    /// A decoding error in a few words: which field is missing or of the wrong type, or that the JSON is invalid.
    static func describe(_ error: any Error) -> String {
        func field(_ path: [any CodingKey]) -> String {
            var text = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            if text.hasPrefix(".") { text.removeFirst() }
            return text
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            let at = field(context.codingPath)
            return "missing field '\(key.stringValue)'" + (at.isEmpty ? "" : " in \(at)")
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "field '\(field(context.codingPath))' has the wrong type"
        case .dataCorrupted(let context)?:
            return context.codingPath.isEmpty ? "not valid JSON" : "field '\(field(context.codingPath))' is invalid"
        default:
            return "\(error)"
        }
    }

    /// The articles' texts, read by id from the JSONL corpora under `directory`, in gold order. An id the corpora
    /// do not hold, or an offset past the end of its text, is an error naming the gold line.
    public func documents(inCorpora directory: String) throws -> [Document] {
        let reader = try DocumentReader(paths: [directory])
        var wanted = Set(articles.map(\.id))
        var found: [String: Document] = [:]
        while !wanted.isEmpty, let document = reader.next() {
            if wanted.remove(document.id) != nil { found[document.id] = document }
        }
        var documents: [Document] = []
        for article in articles {
            guard let document = found[article.id] else {
                throw PipelineError(
                    message: "\(path):\(article.line): article '\(article.id)' is not in the corpora under \(directory)",
                    hint: "check the id, or pass --corpora with the directory holding the news JSONL files (e.g. ../shared/data/news)")
            }
            let length = document.text.unicodeScalars.count
            if let edge = article.edges.first(where: { $0.offset >= length }) {
                throw PipelineError(
                    message: "\(path):\(article.line): article '\(article.id)': offset \(edge.offset) is past the end of its text (\(length) characters)",
                    hint: "offsets are Python str indices into the article's text field")
            }
            documents.append(document)
        }
        return documents
    }
}
