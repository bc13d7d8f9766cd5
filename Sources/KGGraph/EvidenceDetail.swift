/// How much of each edge's evidence a query answer carries.
public enum EvidenceDetail: String, Sendable, Hashable, Codable, CaseIterable {
    /// One example sentence per edge (a contested edge: its first asserting and first denying sentence), with
    /// the counts and dates of all of it in `Edge.totals`: enough for tables and the JSON API.
    case sample
    /// Every sentence behind each chosen edge, read for those edges alone: for dumps and diagrams, whose
    /// titles count articles exactly.
    case all
}
