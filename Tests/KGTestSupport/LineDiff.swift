/// A line diff of two texts (longest common subsequence), rendered like `diff -u` hunks for test failures.
public struct LineDiff: Sendable {
    /// One line of the diff.
    public enum Line: Sendable, Hashable {
        case same(String), removed(String), added(String)
    }

    /// The lines of both texts in order, each marked kept, removed or added.
    public let lines: [Line]

    /// Diffs `old` against `new` line by line.
    public init(old: String, new: String) {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Common prefix and suffix first: golden changes are usually a few lines in a long file.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let x = Array(a[prefix..<(a.count - suffix)]), y = Array(b[prefix..<(b.count - suffix)])
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var middle: [Line] = []
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                middle.append(.same(x[i])); i += 1; j += 1
            } else if i < x.count, j == y.count || table[i + 1][j] >= table[i][j + 1] {
                middle.append(.removed(x[i])); i += 1
            } else {
                middle.append(.added(y[j])); j += 1
            }
        }
        lines = a[..<prefix].map(Line.same) + middle + a[(a.count - suffix)...].map(Line.same)
    }

    /// The changed lines with `context` unchanged lines around each, at most `limit` lines, numbered by the
    /// golden file's lines.
    public func rendered(context: Int = 2, limit: Int = 80) -> String {
        let changed = lines.indices.filter { if case .same = lines[$0] { false } else { true } }
        guard !changed.isEmpty else { return "(no line differs)" }
        var shown = Set<Int>()
        for index in changed {
            for k in max(0, index - context)...min(lines.count - 1, index + context) { shown.insert(k) }
        }
        var out: [String] = []
        // `oldLine`: lines of the golden file before this one.
        var oldLine = 0, previous = -2
        for (index, line) in lines.enumerated() {
            defer { if case .added = line {} else { oldLine += 1 } }
            guard shown.contains(index) else { continue }
            if index != previous + 1 { out.append("@@ golden line \(oldLine + 1) @@") }
            previous = index
            switch line {
            case .same(let text): out.append("  " + text)
            case .removed(let text): out.append("- " + text)
            case .added(let text): out.append("+ " + text)
            }
            if out.count >= limit {
                out.append("… \(changed.count) changed lines in all")
                break
            }
        }
        return out.joined(separator: "\n")
    }
}
