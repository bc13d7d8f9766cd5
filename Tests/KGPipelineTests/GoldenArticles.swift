import Foundation
import KGTestSupport
import KGText

/// The shared-corpus articles whose pipeline output is kept as golden files, picked by a rule written before
/// any was read (see Tests/Goldens/README.md):
/// - from each corpus, the articles of 150–600 whitespace-separated words that are not in the gold-set
///   selection (`Tests/Gold/selection.tsv`), sorted by id;
/// - of those `n`, the `k` at positions ⌊(2i + 1)·n / 2k⌋ for i = 0 ..< k (evenly spread, first and last avoided);
/// - k = 4 for gum-wikinews, 10 for newsarticles-2017, 6 for reuters21578: 20 articles.
enum GoldenArticles {
    /// Corpus files under the shared data, and how many articles each gives.
    static let corpora: [(file: String, count: Int)] = [
        ("news/gum-wikinews/articles.jsonl", 4),
        ("news/newsarticles-2017/articles.jsonl", 10),
        ("news/reuters21578/articles.jsonl", 6),
    ]

    /// Article length in whitespace-separated words: long enough to say something, short enough to review.
    static let words = 150...600

    /// The selected documents, read through `DocumentReader` as `ingest` reads them; read once per process.
    static let documents = Result { try select() }

    private static func select() throws -> [Document] {
        let excluded = try goldSetIDs()
        var picked: [Document] = []
        for corpus in corpora {
            let eligible = try DocumentReader(paths: [SharedData.path(corpus.file)]).readAll()
                .filter { !excluded.contains($0.id) && words.contains($0.text.split(whereSeparator: \.isWhitespace).count) }
                .sorted { $0.id < $1.id }
            let n = eligible.count, k = min(corpus.count, eligible.count)
            picked += (0..<k).map { eligible[(2 * $0 + 1) * n / (2 * k)] }
        }
        return picked
    }

    /// Ids of the articles in the team's hand-annotated gold set, which tests must not use.
    private static func goldSetIDs() throws -> Set<String> {
        let text = try String(contentsOf: PackageFolder.url("Tests/Gold/selection.tsv"), encoding: .utf8)
        return Set(text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first.map(String.init) })
    }
}
