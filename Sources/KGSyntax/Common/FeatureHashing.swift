/// Integer hashing for model features: FNV-1a over UTF-8 bytes, a strong 64-bit mixer, and order-sensitive
/// combination, so a feature is a `UInt64` computed without allocating a `String`.
enum FeatureHashing {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// Finalizer of SplitMix64: spreads every input bit over the result.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines a running hash with one more value (order-sensitive).
    @inline(__always)
    static func combine(_ seed: UInt64, _ value: UInt64) -> UInt64 {
        mix(seed ^ (value &* 0xff51_afd7_ed55_8ccd &+ 0x632b_e59b_d9b4_e019))
    }

    /// A feature key from a template id and one value; never 0 (0 marks an empty slot in `FeatureIndex`).
    @inline(__always)
    static func key(_ template: UInt64, _ value: UInt64) -> UInt64 {
        let k = combine(mix(template), value)
        return k == 0 ? 1 : k
    }

    /// A feature key from a template id and two values; never 0.
    @inline(__always)
    static func key(_ template: UInt64, _ first: UInt64, _ second: UInt64) -> UInt64 {
        let k = combine(combine(mix(template), first), second)
        return k == 0 ? 1 : k
    }

    /// FNV-1a over `bytes[start..<end]`, optionally ASCII-lowercased, then mixed.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, lowercase: Bool) -> UInt64 {
        var h = fnvOffset
        var i = start
        while i < end {
            var byte = bytes[i]
            if lowercase, byte >= 65, byte <= 90 { byte += 32 }
            h = (h ^ UInt64(byte)) &* fnvPrime
            i += 1
        }
        return mix(h ^ UInt64(end - start))
    }

    /// Hash of a whole string's UTF-8 bytes (exact case).
    static func hash(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { hash($0, from: 0, to: $0.count, lowercase: false) }
    }

    /// Hash of a string's UTF-8 bytes with ASCII letters lowercased.
    static func hashLowercased(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { hash($0, from: 0, to: $0.count, lowercase: true) }
    }
}
