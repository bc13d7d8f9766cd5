/// Integer hashing for parser features: 64-bit FNV-1a over UTF-8 bytes, and a strong mixer for combining ids.
///
/// FNV-1a and the mixer are `FeatureHashing`'s; `combine` keeps its own constant because the bundled parser
/// model's feature keys were hashed with it.
enum ParserHashing {
    static let fnvOffset = FeatureHashing.fnvOffset
    static let fnvPrime = FeatureHashing.fnvPrime

    /// FNV-1a over the UTF-8 bytes of `text`, optionally ASCII-lowercased; never 0.
    @inline(__always)
    static func hash(_ text: String, lowercased: Bool = false) -> UInt64 {
        var h = fnvOffset
        var copy = text
        copy.withUTF8 { bytes in
            for var byte in bytes {
                if lowercased, byte >= 65, byte <= 90 { byte += 32 }
                h = (h ^ UInt64(byte)) &* fnvPrime
            }
        }
        return h == 0 ? 1 : h
    }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 { FeatureHashing.mix(value) }

    /// Combines a running hash with one more value (order-sensitive).
    @inline(__always)
    static func combine(_ seed: UInt64, _ value: UInt64) -> UInt64 {
        mix(seed ^ (value &* 0x9e37_79b9_7f4a_7c15 &+ 0x632b_e59b_d9b4_e019))
    }
}
