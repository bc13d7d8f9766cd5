/// Text from articles made safe to show: on a terminal (where control characters run escape sequences) and
/// in labels and pages (where bidirectional overrides such as U+202E reverse what follows and disguise it).
public enum InertText {
    /// Whether `scalar` is a bidirectional embedding, override, isolate or mark.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` with control characters as spaces and bidirectional controls as U+FFFD, on one line.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || isBidiControl($0) })
        else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                out.append(" ")
            } else if isBidiControl(scalar) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` as a person meant to type it: terminal escape sequences (ESC, an optional `[` with parameters,
    /// and the final letter, as a paste of coloured terminal output carries), other control characters and
    /// bidirectional controls removed. For matching what a user typed, never for storing article text.
    public static func typed(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || isBidiControl($0) })
        else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                // Skip "[" and the parameter bytes up to the final byte (0x40–0x7E), or the one character after ESC.
                guard let next = scalars.next(), next == "[" else { continue }
                while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
            } else if scalar.properties.generalCategory != .control && !isBidiControl(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
