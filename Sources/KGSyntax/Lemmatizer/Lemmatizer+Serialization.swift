import Foundation
import KGCore

extension Lemmatizer {
    static let fileMagic = "KGLM"
    static let fileVersion: UInt32 = 2

    /// Reads a lemmatizer written by `save(to:)`. (Version 1 files, without known-word lists, are refused: the
    /// bundled model is version 2 and nothing writes version 1 any more.)
    public static func load(from url: URL) throws -> Lemmatizer {
        var reader = try ModelFileReader(url: url, magic: fileMagic, version: fileVersion)
        return try read(from: &reader)
    }

    /// The lemmatizer bundled with KGSyntax (`Models/lemmatizer.bin`), read once per process.
    public static func loadDefault() throws -> Lemmatizer {
        try bundled.get()
    }

    private static let bundled = BundledModelFile.loadOnce("lemmatizer.bin", load(from:))

    /// Writes the model as a compact versioned binary file.
    public func save(to url: URL) throws {
        try ModelFileWriter.save(encoded(), to: url)
    }

    /// The model file's bytes.
    func encoded() -> [UInt8] {
        var writer = ModelFileWriter(magic: Self.fileMagic, version: Self.fileVersion)
        writer.write(UInt32(maximumSuffix))
        writer.write(UInt32(scripts.count))
        for script in scripts {
            writer.write(UInt8(script.lowercase ? 1 : 0))
            writer.write(UInt32(script.strip))
            writer.write(script.append)
        }
        writer.writeArray(ruleKeys)
        writer.writeArray(ruleScripts)
        writer.writeArray(exactKeys)
        writer.write(exactLemmas)
        writer.writeArray(lowerKeys)
        writer.write(lowerLemmas)
        writer.writeArray(trainingLemmas.hashes)
        writer.writeArray(wordList.hashes)
        return writer.bytes
    }

    static func read(from reader: inout ModelFileReader) throws -> Lemmatizer {
        let maximumSuffix = Int(try reader.readInteger() as UInt32)
        let scriptCount = Int(try reader.readInteger() as UInt32)
        guard maximumSuffix <= 64, scriptCount <= 1_000_000 else { throw reader.invalid("implausible dimensions") }
        var scripts: [EditScript] = []
        for _ in 0..<scriptCount {
            let lowercase: UInt8 = try reader.readInteger()
            let strip = Int(try reader.readInteger() as UInt32)
            scripts.append(EditScript(lowercase: lowercase != 0, strip: strip, append: try reader.readString()))
        }
        let ruleKeys: [UInt64] = try reader.readArray()
        let ruleScripts: [UInt32] = try reader.readArray(expectedCount: ruleKeys.count)
        let exactKeys: [UInt64] = try reader.readArray()
        let exactLemmas = try reader.readStrings()
        let lowerKeys: [UInt64] = try reader.readArray()
        let lowerLemmas = try reader.readStrings()
        let trainingLemmas = KnownWords(sortedHashes: try reader.readArray())
        let wordList = KnownWords(sortedHashes: try reader.readArray())
        guard trainingLemmas.isWellFormed, wordList.isWellFormed, ruleScripts.allSatisfy({ Int($0) < scripts.count }),
              exactLemmas.count == exactKeys.count, lowerLemmas.count == lowerKeys.count, reader.isAtEnd,
              [ruleKeys, exactKeys, lowerKeys].allSatisfy({ Set($0).count == $0.count && !$0.contains(0) })
        else { throw reader.invalid("inconsistent lemmatizer tables") }
        return Lemmatizer(maximumSuffix: maximumSuffix, scripts: scripts, ruleKeys: ruleKeys, ruleScripts: ruleScripts,
                          exactKeys: exactKeys, exactLemmas: exactLemmas, lowerKeys: lowerKeys,
                          lowerLemmas: lowerLemmas,
                          trainingLemmas: trainingLemmas, wordList: wordList)
    }
}
