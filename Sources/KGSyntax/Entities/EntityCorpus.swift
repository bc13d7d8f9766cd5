import Foundation
import KGCore
import KGText

/// Reads Universal NER's IOB2 files (`# comments`, then `ID<TAB>FORM<TAB>TAG<TAB>…`, a blank line between
/// sentences) as words whose `entity` holds the gold tag, normalised to valid IOB2 (`B-O`/`I-O` read as `O`; an
/// `I-X` that continues nothing begins an entity).
public enum EntityCorpus {
    /// The sentences of the file at `path`.
    public static func read(path: String) throws -> [[Word]] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SyntaxModelError(path: path, reason: "cannot read the IOB2 file (\(error.localizedDescription))",
                                   hint: "pass a Universal NER .iob2 file, e.g. ../shared/data/ner/en_ewt-uner-test.iob2")
        }
        return try parse(text, path: path)
    }

    /// The sentences of IOB2 text (`path` names it in errors).
    public static func parse(_ text: String, path: String) throws -> [[Word]] {
        var sentences: [[Word]] = []
        var words: [Word] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty {
                if !words.isEmpty { sentences.append(normalized(words)) }
                words = []
                continue
            }
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 3, !columns[1].isEmpty else {
                throw SyntaxModelError(path: path, reason: "line \(lineNumber): expected ID, FORM and TAG separated by tabs",
                                       hint: "pass a Universal NER .iob2 file")
            }
            var word = Word(form: String(columns[1]), span: TextSpan(start: 0, end: 0))
            word.entity = String(columns[2])
            words.append(word)
        }
        if !words.isEmpty { sentences.append(normalized(words)) }
        return sentences
    }

    /// Valid IOB2: outside tags as `O`, an `I-X` that continues nothing as `B-X`.
    static func normalized(_ words: [Word]) -> [Word] {
        var out = words
        var previousType: Substring?
        for i in out.indices {
            let (prefix, type) = EntitySpan.split(out[i].entity)
            guard let prefix, type != "O" else {
                out[i].entity = "O"
                previousType = nil
                continue
            }
            if prefix == "I", previousType != type { out[i].entity = "B-" + type }
            previousType = type
        }
        return out
    }
}
