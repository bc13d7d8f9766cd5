import Foundation

extension NamedEntityTagger {
    static let fileMagic = "KGNE"
    /// Version 2 adds the gazetteer table after the case profile (and decodes with Viterbi, so its weights mean
    /// something else); version 3 adds word classes after the gazetteer. Older files are refused with a message
    /// asking for retraining.
    static let fileVersion: UInt32 = 3
    /// Changes whenever `NamedEntityFeatures` changes meaning, so old weights are refused instead of misread.
    static let featureVersion: UInt32 = 4

    /// Reads a tagger written by `save(to:)`. With `checkingLabels` (the default) the model must have `B-` and
    /// `I-` labels for every `NamedEntityType`; tests of toy models turn it off.
    public static func load(from url: URL, checkingLabels: Bool = true) throws -> NamedEntityTagger {
        var reader = try ModelFileReader(url: url, magic: fileMagic, version: fileVersion)
        let features: UInt32 = try reader.readInteger()
        guard features == featureVersion else {
            throw reader.invalid("feature templates version \(features), this build uses \(featureVersion)")
        }
        let labels = try reader.readStrings()
        guard labels.first == "O", Set(labels).count == labels.count, labels.count <= Int(UInt16.max),
              labels.dropFirst().allSatisfy({ EntitySpan.split($0).prefix != nil })
        else { throw reader.invalid("the label list is not IOB2 with O first") }
        let hasProfile: UInt8 = try reader.readInteger()
        let profile = hasProfile == 0 ? nil : try CaseProfile.read(from: &reader)
        let hasGazetteer: UInt8 = try reader.readInteger()
        guard hasGazetteer <= 1, hasProfile <= 1 else { throw reader.invalid("unknown optional section flag") }
        let gazetteer = hasGazetteer == 0 ? nil : try NamedEntityGazetteer.read(from: &reader)
        let hasClusters: UInt8 = try reader.readInteger()
        guard hasClusters <= 1 else { throw reader.invalid("unknown optional section flag") }
        let clusters = hasClusters == 0 ? nil : try WordClusters.read(from: &reader)
        let weights = try SparseLinearModel.read(from: &reader, classCount: labels.count)
        guard reader.isAtEnd else { throw reader.invalid("unexpected bytes after the weights") }
        if checkingLabels {
            let missing = NamedEntityType.allCases.flatMap { ["B-\($0.rawValue)", "I-\($0.rawValue)"] }
                .filter { !labels.contains($0) }
            if !missing.isEmpty {
                throw SyntaxModelError(
                    path: url.path,
                    reason: "the model cannot assign \(missing.map { "'\($0)'" }.joined(separator: ", ")), which NamedEntityType names",
                    hint: "train it on Universal NER English EWT with `newsgraph train ner`")
            }
        }
        return NamedEntityTagger(labels: labels, weights: weights, profile: profile, gazetteer: gazetteer, clusters: clusters)
    }

    /// Name of the bundled model file.
    public static let defaultModelName = "ner.bin"

    /// Loads the tagger bundled with KGSyntax (`Models/ner.bin`, trained on Universal NER English EWT).
    public static func loadDefault() throws -> NamedEntityTagger {
        try bundled.get()
    }

    private static let bundled = BundledModelFile.loadOnce(defaultModelName) { try load(from: $0) }

    /// Writes the model as a compact versioned binary file.
    public func save(to url: URL) throws {
        try ModelFileWriter.save(encoded(), to: url)
    }

    /// The model file's bytes.
    func encoded() -> [UInt8] {
        var writer = ModelFileWriter(magic: Self.fileMagic, version: Self.fileVersion)
        writer.write(Self.featureVersion)
        writer.write(labels)
        writer.write(UInt8(profile == nil ? 0 : 1))
        profile?.write(to: &writer)
        writer.write(UInt8(gazetteer == nil ? 0 : 1))
        gazetteer?.write(to: &writer)
        writer.write(UInt8(clusters == nil ? 0 : 1))
        clusters?.write(to: &writer)
        weights.write(to: &writer)
        return writer.bytes
    }
}
