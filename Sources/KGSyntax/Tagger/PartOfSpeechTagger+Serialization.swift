import Foundation
import KGCore

extension PartOfSpeechTagger {
    static let fileMagic = "KGTG"
    static let fileVersion: UInt32 = 4
    /// Changes whenever `TaggerFeatures` changes meaning, so old weights are refused instead of misread.
    static let featureVersion: UInt32 = 6

    /// Reads a tagger written by `save(to:)`. With `checkingLabels` (the default) the model's UPOS tags must be
    /// exactly `UniversalPOS`'s cases; tests of toy models trained on a few sentences turn it off.
    public static func load(from url: URL, checkingLabels: Bool = true) throws -> PartOfSpeechTagger {
        var reader = try ModelFileReader(url: url, magic: fileMagic, version: fileVersion)
        let tagger = try read(from: &reader)
        if checkingLabels, let mismatch = LabelSetCheck.mismatch(UniversalPOS.self, modelLabels: tagger.universalTags) {
            throw SyntaxModelError(path: url.path, reason: mismatch,
                                   hint: "train the tagger on UD English EWT (`newsgraph train tagger`), or update UniversalPOS and the rules naming the tag")
        }
        return tagger
    }

    /// The tagger bundled with KGSyntax (`Models/tagger.bin`), read once per process.
    public static func loadDefault() throws -> PartOfSpeechTagger {
        try bundled.get()
    }

    private static let bundled = BundledModelFile.loadOnce("tagger.bin") { try load(from: $0) }

    /// Writes the model as a compact versioned binary file.
    public func save(to url: URL) throws {
        try ModelFileWriter.save(encoded(), to: url)
    }

    /// The model file's bytes.
    func encoded() -> [UInt8] {
        var writer = ModelFileWriter(magic: Self.fileMagic, version: Self.fileVersion)
        writer.write(Self.featureVersion)
        writer.write(universalTags)
        writer.write(pennTags)
        writer.write(UInt32(stages.count))
        for stage in stages { stage.write(to: &writer) }
        let clusters = stages.first?.clusters
        writer.write(UInt8(clusters == nil ? 0 : 1))
        clusters?.write(to: &writer)
        return writer.bytes
    }

    static func read(from reader: inout ModelFileReader) throws -> PartOfSpeechTagger {
        let features: UInt32 = try reader.readInteger()
        guard features == featureVersion else {
            throw reader.invalid("feature templates version \(features), this build uses \(featureVersion)")
        }
        let universal = try reader.readStrings()
        let penn = try reader.readStrings()
        guard !universal.isEmpty, universal.count == penn.count, universal.count <= Int(UInt16.max) else {
            throw reader.invalid("label lists are empty or of different lengths")
        }
        let stageCount = Int(try reader.readInteger() as UInt32)
        guard (1...4).contains(stageCount) else { throw reader.invalid("implausible number of passes \(stageCount)") }
        var stages: [TaggerStage] = []
        for _ in 0..<stageCount { stages.append(try TaggerStage.read(from: &reader, classCount: universal.count)) }
        let hasClusters: UInt8 = try reader.readInteger()
        guard hasClusters <= 1 else { throw reader.invalid("unknown optional section flag") }
        if hasClusters == 1 {
            let clusters = try WordClusters.read(from: &reader)
            for i in stages.indices { stages[i].clusters = clusters }
        }
        guard reader.isAtEnd else { throw reader.invalid("unexpected bytes after the weights") }
        return PartOfSpeechTagger(universalTags: universal, pennTags: penn, stages: stages)
    }
}
