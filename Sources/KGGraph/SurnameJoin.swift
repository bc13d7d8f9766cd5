import KGCore

/// Which people an article named only by surname ("Novak (doc-7)", scoped by extraction) join the one person
/// of that surname a store knows in full: the rule both stores' ingest applies, so they join alike. When two
/// people of that surname are known in full, or none, nothing is joined. A bare "Putin" someone stored is
/// theirs to merge, not this rule's.
public enum SurnameJoin {
    /// One join: the surname-only person, the full-name person it joins, and the name kept as an alias.
    public struct Join: Sendable, Hashable {
        public let sourceKey: String
        public let targetKey: String
        public let alias: String
    }

    /// The joins for `surnames` (folded, `PersonName.surnameKey`) among the stored people (key, name), in a
    /// fixed order (by surname, then source key) so the result does not depend on how rows came back.
    public static func joins(people: [(key: String, name: String)], surnames: Set<String>) -> [Join] {
        guard !surnames.isEmpty else { return [] }
        var fullNames: [String: Set<String>] = [:]
        var surnameOnly: [String: [(key: String, name: String)]] = [:]
        for (key, name) in people {
            guard let surname = PersonName.surnameKey(name), surnames.contains(surname) else { continue }
            if PersonName.isSurnameOnly(name) {
                guard PersonName.unscoped(name) != name else { continue }
                surnameOnly[surname, default: []].append((key, name))
            } else {
                fullNames[surname, default: []].insert(key)
            }
        }
        var out: [Join] = []
        for (surname, people) in surnameOnly.sorted(by: { $0.key < $1.key }) {
            guard let keys = fullNames[surname], keys.count == 1, let target = keys.first else { continue }
            for person in people.sorted(by: { $0.key < $1.key }) {
                out.append(Join(sourceKey: person.key, targetKey: target, alias: PersonName.unscoped(person.name)))
            }
        }
        return out
    }
}
