/// The key CaRB aligns gold and predicted sentences by, so tokenization differences do not matter.
///
/// Spaces are removed, PTB bracket escapes (`-LRB-` …) turned back into brackets, and every ASCII
/// punctuation character deleted (Python's `string.punctuation`).
public enum CaRBSentenceKey {
    private static let bracketEscapes: [(String, String)] = [
        ("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("-LCB-", "{"), ("-RCB-", "}"),
    ]

    /// The normalized key of a raw sentence.
    public static func normalize(_ sentence: String) -> String {
        var text = sentence.replacingAll(" ", with: "")
        for (escape, bracket) in bracketEscapes where text.contains(escape) {
            text = text.replacingAll(escape, with: bracket)
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isASCIIPunctuation(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`
    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced, scanning left to right without overlaps (Python `str.replace`).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.unicodeScalars)
        let source = Array(unicodeScalars)
        guard !pattern.isEmpty, source.count >= pattern.count else { return self }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < source.count {
            if index + pattern.count <= source.count, source[index] == pattern[0],
               source[index..<(index + pattern.count)].elementsEqual(pattern) {
                result.append(contentsOf: replacement.unicodeScalars)
                index += pattern.count
            } else {
                result.append(source[index])
                index += 1
            }
        }
        return String(result)
    }
}
