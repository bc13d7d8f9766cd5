/// Integer hashing for parser features: 64-bit FNV-1a over UTF-8 bytes, and a strong mixer for combining ids.
///
/// Kept local to the parser so it does not depend on the tagger's utilities (the lead may dedupe them later).
enum ParserHashing {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

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

    /// Finalizer of SplitMix64 / murmur3: spreads every input bit over the result.
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
        mix(seed ^ (value &* 0x9e37_79b9_7f4a_7c15 &+ 0x632b_e59b_d9b4_e019))
    }
}

/// SplitMix64: a tiny, fast, seeded PRNG so training is reproducible across runs and platforms.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Fisher–Yates shuffle driven only by this generator (Swift's `shuffle(using:)` is not guaranteed stable).
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            array.swapAt(i, j)
        }
    }
}
