import Testing
@testable import KGSyntax

/// Word classes learnt by the exchange algorithm: words followed by the same words share a class, words
/// followed by different ones do not, and the same corpus always gives the same classes.
struct WordClusterTests {
    /// Cities are always followed by "on", weekdays by ",", so a class-to-next-word model is best with each
    /// group in a class of its own.
    static let corpus: [[String]] = {
        let cities = ["Paris", "Berlin", "Rome", "Madrid", "Vienna"]
        let days = ["Monday", "Tuesday", "Friday", "Sunday"]
        let verbs = ["visited", "left", "reached"]
        var sentences: [[String]] = []
        for (i, city) in cities.enumerated() {
            for (j, day) in days.enumerated() {
                let verb = verbs[(i + j) % verbs.count]
                sentences.append(["the", "minister", verb, city, "on", day, ",", "officials", "said", "."])
            }
        }
        return sentences
    }()

    static func fine(_ clusters: WordClusters, _ word: String) -> UInt32 {
        clusters.classes(ofLowercased: FeatureHashing.hashLowercased(word)) & 0xffff
    }

    @Test func wordsFollowedByTheSameWordsShareAClass() {
        let clusters = WordClusters.build(sentences: Self.corpus, minimumCount: 1, coarse: 2, fine: 6)
        let cities = Set(["Paris", "Berlin", "Rome", "Madrid", "Vienna"].map { Self.fine(clusters, $0) })
        let days = Set(["Monday", "Tuesday", "Friday", "Sunday"].map { Self.fine(clusters, $0) })
        #expect(cities.count == 1 && days.count == 1)
        #expect(cities != days)
        #expect(!cities.contains(0))
        #expect(Self.fine(clusters, "Atlantis") == 0)
    }

    @Test func theSameCorpusGivesTheSameClassesAndTheyRoundTrip() throws {
        let first = WordClusters.build(sentences: Self.corpus, minimumCount: 1, coarse: 2, fine: 6)
        let second = WordClusters.build(sentences: Self.corpus, minimumCount: 1, coarse: 2, fine: 6)
        #expect(first.keys == second.keys && first.values == second.values)
        var writer = ModelFileWriter(magic: "TEST", version: 1)
        first.write(to: &writer)
        var reader = try ModelFileReader(bytes: writer.bytes, path: "inline", magic: "TEST", version: 1)
        let read = try WordClusters.read(from: &reader)
        #expect(read.keys == first.keys && read.values == first.values)
    }
}
