/// Keeps spreadsheets from running article text as formulas (CSV injection): a cell starting with `=`, `+`,
/// `-`, `@`, tab or carriage return gets a leading `'`, as OWASP recommends, so Excel, LibreOffice and Google
/// Sheets show it as text. Used by the CSV and Neo4j CSV dumps; TSV, JSONL and RDF keep text verbatim.
enum FormulaGuard {
    /// The characters that make a spreadsheet read a cell as a formula.
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `field`, prefixed with `'` when a spreadsheet would take it for a formula.
    static func neutralized(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, triggers.contains(first) else { return field }
        return "'" + field
    }
}
