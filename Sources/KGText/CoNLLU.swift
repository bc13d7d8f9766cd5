import KGCore

/// One sentence of a CoNLL-U file: its comments, syntactic words and raw-text tokens.
public struct CoNLLUSentence: Sendable, Hashable {
    /// Comment lines without the leading `# ` (e.g. `sent_id = …`, `text = …`).
    public var comments: [String]
    /// Syntactic words (integer-id lines); `span` is relative to the sentence's `# text`, when known.
    public var words: [Word]
    /// Multiword-token ranges: first and last word index (1-based) and the surface form.
    public var multiwordTokens: [MultiwordToken]

    public struct MultiwordToken: Sendable, Hashable {
        public var first: Int
        public var last: Int
        public var form: String
        public var spaceAfter: Bool

        public init(first: Int, last: Int, form: String, spaceAfter: Bool) {
            self.first = first
            self.last = last
            self.form = form
            self.spaceAfter = spaceAfter
        }
    }

    public init(comments: [String] = [], words: [Word], multiwordTokens: [MultiwordToken] = []) {
        self.comments = comments
        self.words = words
        self.multiwordTokens = multiwordTokens
    }

    /// The `# text = …` comment, if present.
    public var text: String? { comment(named: "text") }
    /// The `# sent_id = …` comment, if present.
    public var sentenceID: String? { comment(named: "sent_id") }

    /// The value of a `# key = value` comment.
    public func comment(named key: String) -> String? {
        let prefix = key + " = "
        return comments.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }
}

/// A malformed CoNLL-U line.
public struct CoNLLUError: NewsgraphError {
    public var path: String
    public var line: Int
    public var reason: String

    public init(path: String, line: Int, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var message: String { "\(path):\(line): not valid CoNLL-U: \(reason)" }
    public var hint: String? { "each word line needs 10 tab-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC)" }
}

/// Reads and writes CoNLL-U. Empty-node lines (`5.1`) are skipped; multiword ranges are kept aside.
public enum CoNLLU {
    /// Parses CoNLL-U text; `path` is only used in error messages.
    public static func parse(_ text: String, path: String = "<input>") throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var comments: [String] = []
        var words: [Word] = []
        var multiword: [CoNLLUSentence.MultiwordToken] = []
        var lineNumber = 0

        func flush() {
            if !words.isEmpty {
                var sentence = CoNLLUSentence(comments: comments, words: words, multiwordTokens: multiword)
                assignOffsets(&sentence)
                sentences.append(sentence)
            }
            comments = []
            words = []
            multiword = []
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                comments.append(String(line.dropFirst(line.hasPrefix("# ") ? 2 : 1)))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw CoNLLUError(path: path, line: lineNumber, reason: "expected 10 columns, found \(columns.count)")
            }
            let id = columns[0]
            if id.contains(".") { continue }
            let spaceAfter = !columns[9].split(separator: "|").contains("SpaceAfter=No")
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]) else {
                    throw CoNLLUError(path: path, line: lineNumber, reason: "bad token range '\(id)'")
                }
                multiword.append(.init(first: first, last: last, form: String(columns[1]), spaceAfter: spaceAfter))
                continue
            }
            guard Int(id) == words.count + 1 else {
                throw CoNLLUError(path: path, line: lineNumber, reason: "word id '\(id)' out of sequence")
            }
            guard let head = Int(columns[6]) ?? (columns[6] == "_" ? -1 : nil) else {
                throw CoNLLUError(path: path, line: lineNumber, reason: "bad head '\(columns[6])'")
            }
            words.append(Word(
                form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]),
                xpos: String(columns[4]), features: String(columns[5]), head: head,
                relation: String(columns[7]), span: TextSpan(start: 0, end: 0), spaceAfter: spaceAfter))
            if let entity = columns[9].split(separator: "|").first(where: { $0.hasPrefix("NE=") }) {
                words[words.count - 1].entity = String(entity.dropFirst(3))
            }
        }
        flush()
        return sentences
    }

    /// Gives each word a span within the sentence's raw text, rebuilt from forms and `SpaceAfter=No`.
    private static func assignOffsets(_ sentence: inout CoNLLUSentence) {
        var offset = 0
        var wordIndex = 0
        var ranges = sentence.multiwordTokens.makeIterator()
        var nextRange = ranges.next()
        while wordIndex < sentence.words.count {
            if let range = nextRange, range.first == wordIndex + 1 {
                let length = range.form.unicodeScalars.count
                for i in (range.first - 1)..<min(range.last, sentence.words.count) {
                    sentence.words[i].span = TextSpan(start: offset, end: offset + length)
                    sentence.words[i].spaceAfter = range.spaceAfter
                }
                offset += length + (range.spaceAfter ? 1 : 0)
                wordIndex = range.last
                nextRange = ranges.next()
                continue
            }
            let length = sentence.words[wordIndex].form.unicodeScalars.count
            sentence.words[wordIndex].span = TextSpan(start: offset, end: offset + length)
            offset += length + (sentence.words[wordIndex].spaceAfter ? 1 : 0)
            wordIndex += 1
        }
    }

    /// Writes sentences as CoNLL-U (comments, then one line per word, then a blank line).
    public static func format(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences {
            for comment in sentence.comments { out += "# \(comment)\n" }
            var ranges = sentence.multiwordTokens.makeIterator()
            var nextRange = ranges.next()
            for (i, word) in sentence.words.enumerated() {
                if let range = nextRange, range.first == i + 1 {
                    out += "\(range.first)-\(range.last)\t\(range.form)\t_\t_\t_\t_\t_\t_\t_\t\(range.spaceAfter ? "_" : "SpaceAfter=No")\n"
                    nextRange = ranges.next()
                }
                let insideRange = sentence.multiwordTokens.contains { $0.first <= i + 1 && i + 1 <= $0.last }
                var miscFields: [String] = []
                if !insideRange && !word.spaceAfter { miscFields.append("SpaceAfter=No") }
                // Only entity words carry NE= (B-X/I-X); O stays implicit, as SpaceAfter=Yes does.
                if word.entity.hasPrefix("B-") || word.entity.hasPrefix("I-") { miscFields.append("NE=" + word.entity) }
                let misc = miscFields.isEmpty ? "_" : miscFields.joined(separator: "|")
                let columns = [
                    String(i + 1), word.form, orUnderscore(word.lemma), orUnderscore(word.upos),
                    orUnderscore(word.xpos), orUnderscore(word.features),
                    word.head >= 0 ? String(word.head) : "_", orUnderscore(word.relation), "_", misc,
                ]
                out += columns.joined(separator: "\t") + "\n"
            }
            out += "\n"
        }
        return out
    }

    private static func orUnderscore(_ s: String) -> String { s.isEmpty ? "_" : s }
}
