/// An open-addressing hash table from non-zero 64-bit feature keys to dense row numbers.
///
/// Lookups do no allocation and no `Hashable` work: keys are already well-mixed hashes. Insertion order
/// decides row numbers, so a deterministic trainer gives a deterministic table.
struct FeatureIndex: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private var mask: Int
    /// Number of keys stored.
    private(set) var count: Int = 0

    /// An empty table sized for `capacity` keys without growing.
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The row of `key`, or -1 when absent.
    @inline(__always)
    func row(of key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return rows[slot] }
            if k == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// The row of `key`, inserting it with row number `count` when absent.
    mutating func rowInserting(_ key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return rows[slot] }
            if k == 0 { break }
            slot = (slot + 1) & mask
        }
        if (count + 1) * 2 > keys.count {
            grow()
            return rowInserting(key)
        }
        keys[slot] = key
        rows[slot] = Int32(count)
        count += 1
        return rows[slot]
    }

    /// All keys ordered by row number.
    func keysByRow() -> [UInt64] {
        var result = [UInt64](repeating: 0, count: count)
        for slot in 0..<keys.count where keys[slot] != 0 { result[Int(rows[slot])] = keys[slot] }
        return result
    }

    private mutating func grow() {
        let ordered = keysByRow()
        self = FeatureIndex(capacity: keys.count)
        for key in ordered { _ = rowInserting(key) }
    }
}
