import KGCore

/// The relation renames a change of `RelationTaxonomy` calls for, decided once for both stores so an SQLite
/// file and a PostgreSQL database refreshed from the same edges end with the same edges and evidence.
///
/// A store applies the renames in order, moving each edge of `from` to the key (subject, `to`, object) and
/// folding it into the edge already there. The order matters only when two old spellings meet at a key
/// neither had ("criticise" and "Criticise" at "criticize"): the first renamed keeps its place, and of two
/// evidence rows for one sentence span the one already on the key stays.
public struct RelationRenaming: Sendable, Hashable {
    /// One stored relation and its canonical form.
    public struct Rename: Sendable, Hashable {
        /// The relation as stored.
        public var from: String
        /// Its canonical form under the current taxonomy.
        public var to: String
    }

    /// The renames, ordered by the stored relation.
    public let renames: [Rename]

    /// The renames among `storedRelations` (the distinct relations of the stored edges, in any order).
    public init(storedRelations: some Sequence<String>) {
        renames = Set(storedRelations).sorted().compactMap { relation in
            let canonical = RelationTaxonomy.canonicalLemma(relation)
            return canonical == relation ? nil : Rename(from: relation, to: canonical)
        }
    }
}
