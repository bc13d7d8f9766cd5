/// Fast character classes for the tokenizer and sentence splitter: an ASCII table first, Unicode
/// properties only for non-ASCII scalars (those lookups are the slow part of tokenizing).
extension Unicode.Scalar {
    /// Letters (any script), including ideographs.
    @inline(__always) var isLetterLike: Bool {
        let v = value
        if v < 128 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if isMarkLike { return false }
        return properties.isAlphabetic
    }

    /// ASCII or other decimal digits.
    @inline(__always) var isDigitLike: Bool {
        let v = value
        if v < 128 { return v >= 0x30 && v <= 0x39 }
        return properties.numericType == .decimal
    }

    /// Letter or digit.
    @inline(__always) var isAlphanumericLike: Bool { isLetterLike || isDigitLike }

    /// Upper-case letters (and title-case ones).
    @inline(__always) var isUppercaseLike: Bool {
        let v = value
        if v < 128 { return v >= 0x41 && v <= 0x5A }
        return properties.isUppercase || properties.generalCategory == .titlecaseLetter
    }

    /// Lower-case letters.
    @inline(__always) var isLowercaseLike: Bool {
        let v = value
        if v < 128 { return v >= 0x61 && v <= 0x7A }
        return properties.isLowercase
    }

    /// Whitespace and control characters: both separate tokens and never become part of one.
    @inline(__always) var isSeparatorLike: Bool {
        let v = value
        if v < 128 { return v <= 0x20 || v == 0x7F }
        if v == 0xA0 || v == 0x85 || (v >= 0x2000 && v <= 0x200B) || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0xFEFF {
            return true
        }
        if v >= 0x80 && v < 0xA0 { return true }
        return false
    }

    /// Combining marks and joiners that belong to the scalar before them (accents, variation
    /// selectors, zero-width joiner, emoji skin tones).
    @inline(__always) var isMarkLike: Bool {
        let v = value
        if v < 0x300 { return false }
        if v == 0x200D || (v >= 0xFE00 && v <= 0xFE0F) || (v >= 0x1F3FB && v <= 0x1F3FF) { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Line feed, carriage return and the Unicode line/paragraph separators.
    @inline(__always) var isLineBreakLike: Bool {
        let v = value
        return v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// ASCII lower-casing (other scalars unchanged); used for comparisons against word lists.
    @inline(__always) var asciiLowercased: UInt32 {
        let v = value
        return (v >= 0x41 && v <= 0x5A) ? v | 0x20 : v
    }

    /// Apostrophes that may start a clitic: `'`, `’`, and the backtick some writers use.
    @inline(__always) var isApostropheLike: Bool {
        value == 0x27 || value == 0x2019 || value == 0x60
    }
}
