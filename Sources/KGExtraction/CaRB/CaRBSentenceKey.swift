/// The key CaRB aligns gold and predicted sentences by, so tokenization differences do not matter.
///
/// Spaces are removed, PTB bracket escapes (`-LRB-` …) turned back into brackets, and every ASCII
/// punctuation character deleted (Python's `string.punctuation`).
public enum CaRBSentenceKey {
    /// The normalized key of a raw sentence.
    public static func normalize(_ sentence: String) -> String {
        // Works on UTF-8 bytes: spaces, escapes and ASCII punctuation never occur inside a multi-byte
        // sequence. The brackets an escape turns into are punctuation, so every escape simply vanishes;
        // escapes are matched after spaces are gone, as the official scorer does.
        let bytes = Array(sentence.utf8).filter { $0 != 0x20 }
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x2D, let length = escapeLength(in: bytes, at: index) {
                index += length
                continue
            }
            if !isASCIIPunctuation(bytes[index]) { key.append(bytes[index]) }
            index += 1
        }
        return String(decoding: key, as: UTF8.self)
    }

    private static let escapes: [[UInt8]] = ["-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"].map { Array($0.utf8) }

    /// The length of the bracket escape starting at `index`, if one does.
    private static func escapeLength(in bytes: [UInt8], at index: Int) -> Int? {
        guard index + 5 <= bytes.count else { return nil }
        for escape in escapes where bytes[index..<(index + 5)].elementsEqual(escape) { return 5 }
        return nil
    }

    /// `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`
    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }
}
