import Foundation
import KGCore

/// Which nodes named only by a surname join the person of that surname a store knows in full: the rule both
/// stores' ingest applies, so they join alike.
///
/// A surname-only person scoped by extraction to its article ("Novak (doc-7)", after "Mr Novak") joins the
/// full-name person of that surname when the store knows one, or when one of several has at least
/// `dominantShare` of their evidence (and `dominantEvidence` pieces) — "Trump" is Donald Trump beside Ivanka
/// and Melania; when two people share it evenly, nothing is joined. A courtesy title's gender ("Mrs Novak",
/// from the node's aliases) must agree with the given name's.
///
/// A node every article shares is held to more: a bare "Putin", or a one-word organisation or place without a
/// Wikidata id ("Trump" typed an organisation where the tagger missed the name), joins only a person whose
/// name opens with a known given name, with `dominantEvidence` pieces of evidence and at least as many as the
/// bare node (five times as many for an organisation or place, so "Dell" the company stays apart from a rarely
/// named Michael Dell). Without these, an early batch joined "Shanghai" to a "person" Niu Shanghai, "Davis" to
/// the first Davis stored.
///
/// A person named by a given name and the surname joins the one well-named person of the surname written elsewhere
/// with that word as a middle name ("Tayyip Erdogan" → Recep Tayyip Erdogan: `middleNameJoins`).
///
/// Stores apply the rule through `reconcile` at the end of every batch that names a person of the surname:
/// persons are weighed without the evidence joins gave them, and joins the rule no longer makes are undone, so
/// the joins a store ends with follow from the articles it holds, not from their order or from how workers
/// split them.
public enum SurnameJoin {
    /// One join: the surname-only node, the full-name person it joins, and the name kept as an alias.
    public struct Join: Sendable, Hashable {
        public let sourceKey: String
        public let targetKey: String
        public let alias: String
        /// The folded surname the two share, recorded with the merge.
        public let surname: String
    }

    /// A stored node the rule looks at: a person, or a one-word organisation or place without a Wikidata id.
    public struct Candidate: Sendable, Hashable {
        public let key: String
        public let name: String
        public let type: EntityType
        public let evidence: Int

        public init(key: String, name: String, type: EntityType, evidence: Int) {
            self.key = key
            self.name = name
            self.type = type
            self.evidence = evidence
        }
    }

    /// Share of the evidence of all full-name people of a surname the most named must have to take its bare uses.
    public static let dominantShare = 0.9
    /// Evidence the most named of several people of a surname must have to take its bare uses.
    public static let dominantEvidence = 10
    /// How many times a one-word organisation's or place's evidence the person must have to take it.
    public static let nonPersonRatio = 5

    /// The types of one-word nodes without a Wikidata id that may be a person the tagger missed.
    public static let mistypedTypes: [EntityType] = [.org, .location]

    /// The folded surname under which a batch's node takes part in joins: a person's, or that of a one-word
    /// organisation or place without a Wikidata id; nil for any other node.
    public static func surname(of entity: Entity) -> String? {
        let facts = memo.name(entity.name)
        guard entity.type == .person || entity.wikidata == nil && isSource(entity.name, entity.type, facts) else { return nil }
        return facts.surname
    }

    /// The gender the courtesy titles among a node's names give ("Mrs Novak"), nil when none or both do.
    public static func titleGender(aliases: [String]) -> Gender? {
        let genders = Set(aliases.compactMap { alias in
            alias.split(separator: " ").first.flatMap { PersonVocabulary.title(String($0))?.gender }
        })
        return genders.count == 1 ? genders.first : nil
    }

    /// Whether a node is one the rule may join: a surname-only person, or a one-word organisation or place with
    /// a surname key.
    static func isSource(_ name: String, _ type: EntityType, _ facts: NameMemo.Facts) -> Bool {
        if type == .person { return facts.isSurnameOnly }
        return mistypedTypes.contains(type) && !name.contains(" ") && facts.surname != nil
    }

    /// The joins for `surnames` (folded, `PersonName.surnameKey`) among the stored nodes, in a fixed order (by
    /// surname, then source key) so the result does not depend on how rows came back. `aliases` gives a stored
    /// node's other names: the gender a surname-only person's courtesy title says ("Mrs Novak"), and the middle
    /// names a person was written with (`middleNameJoins`).
    public static func joins(candidates: [Candidate], surnames: Set<String>,
                             aliases: (String) throws -> [String] = { _ in [] }) rethrows -> [Join] {
        guard !surnames.isEmpty else { return [] }
        var fullNames: [String: [Candidate]] = [:]
        var sources: [String: [Candidate]] = [:]
        for candidate in candidates {
            let name = memo.name(candidate.name)
            guard let surname = name.surname, surnames.contains(surname) else { continue }
            if candidate.type == .person, !name.isSurnameOnly {
                fullNames[surname, default: []].append(candidate)
            } else if isSource(candidate.name, candidate.type, name) {
                sources[surname, default: []].append(candidate)
            }
        }
        var out: [Join] = []
        for (surname, nodes) in sources.sorted(by: { $0.key < $1.key }) {
            guard let people = fullNames[surname] else { continue }
            for node in nodes.sorted(by: { $0.key < $1.key }) {
                let wanted = node.type == .person ? Self.titleGender(aliases: try aliases(node.key)) : nil
                let compatible = people.filter { person in
                    guard let wanted, let given = person.name.split(separator: " ").first,
                          let known = PersonVocabulary.gender(ofGivenName: String(given)) else { return true }
                    return known == wanted
                }
                guard let target = target(among: compatible) else { continue }
                // A node every article shares (a bare "Putin", an organisation "Trump") joins only a well-known
                // person with a given name ("Niu Shanghai", "Borussia Dortmund", "Camp David" are the tagger's
                // people, not anyone's), named in full at least as often as the bare word stands alone; a
                // bare surname used more than its one full name is likely several people.
                // A surname with its particle ("De Mistura", "bin Salman") names no place or company: the person need
                // only be well known.
                if !isScoped(node.name), surname.contains(" ") {
                    guard target.evidence >= dominantEvidence else { continue }
                } else if !isScoped(node.name) {
                    guard target.evidence >= dominantEvidence, hasGivenName(target.name) else { continue }
                    let ratio = node.type == .person ? 1 : nonPersonRatio
                    guard target.evidence >= ratio * max(node.evidence, 1) else { continue }
                }
                out.append(Join(sourceKey: node.key, targetKey: target.key, alias: PersonName.unscoped(node.name),
                                surname: surname))
            }
        }
        for (surname, people) in fullNames.sorted(by: { $0.key < $1.key }) where people.count > 1 {
            out += try middleNameJoins(people, surname: surname, aliases: aliases)
        }
        return out
    }

    /// "Tayyip Erdogan" is Recep Tayyip Erdogan: a person named by a given name and the surname joins the one
    /// person of the surname written elsewhere with that word as a middle name, when no one of the surname has
    /// it as their given name and that person holds at least `dominantShare` of the other full names' evidence
    /// (and `dominantEvidence` pieces): "Ann Smith" stays apart from one "Mary Ann Smith" among many Smiths.
    static func middleNameJoins(_ people: [Candidate], surname: String,
                                aliases: (String) throws -> [String]) rethrows -> [Join] {
        let words = Dictionary(people.map { ($0.key, PersonName.writtenWords($0.name)) }, uniquingKeysWith: { first, _ in first })
        // Each person's middle names, from their name and aliases, read once.
        var middleNames: [String: Set<String>] = [:]
        func middle(_ person: Candidate) throws -> Set<String> {
            if let known = middleNames[person.key] { return known }
            var found: Set<String> = []
            for name in [person.name] + (try aliases(person.key)) {
                let written = PersonName.writtenWords(name)
                // ("Madeleine Albright and John Kerry" is two people read as one name.)
                guard written.count >= 3, PersonName.surnameKey(name) == surname,
                      !written.contains(where: { ["and", "&", "or"].contains($0) || $0.hasSuffix(",") }) else { continue }
                found.formUnion(written.dropFirst().dropLast().filter { $0 != written[0] })
            }
            middleNames[person.key] = found
            return found
        }
        var out: [Join] = []
        for node in people.sorted(by: { $0.key < $1.key }) {
            guard let own = words[node.key], own.count == 2, let given = own.first, given.count > 1, !given.hasSuffix("."),
                  !PersonName.isParticle(given), people.filter({ words[$0.key]?.first == given }).count == 1
            else { continue }
            let others = people.filter { $0.key != node.key }
            let targets = try others.filter { try middle($0).contains(given) }
            guard targets.count == 1, let target = targets.first, target.evidence >= dominantEvidence else { continue }
            let total = others.reduce(0) { $0 + $1.evidence }
            guard Double(target.evidence) >= dominantShare * Double(total) else { continue }
            out.append(Join(sourceKey: node.key, targetKey: target.key, alias: node.name, surname: surname))
        }
        // No chains: a node that joins another is no one's target.
        let sources = Set(out.map(\.sourceKey))
        return out.filter { !sources.contains($0.targetKey) }
    }

    /// Surnames of the names a store has asked about: every batch of an ingest reads all its people again.
    static let memo = NameMemo()

    /// `PersonName.surnameKey` and `isSurnameOnly` of names seen before, bounded (cleared when full).
    final class NameMemo: @unchecked Sendable {
        struct Facts {
            let surname: String?
            let isSurnameOnly: Bool
        }
        private var facts: [String: Facts] = [:]
        private let lock = NSLock()
        static let capacity = 500_000

        func name(_ name: String) -> Facts {
            lock.lock()
            defer { lock.unlock() }
            if let known = facts[name] { return known }
            if facts.count >= Self.capacity { facts.removeAll(keepingCapacity: true) }
            let computed = Facts(surname: PersonName.surnameKey(name), isSurnameOnly: PersonName.isSurnameOnly(name))
            facts[name] = computed
            return computed
        }
    }

    /// Whether extraction scoped the name to its article ("Novak (doc-7)", after "Mr Novak").
    static func isScoped(_ name: String) -> Bool { PersonName.unscoped(name) != name }

    /// Whether a full name opens with a given name the tables know ("Vladimir Putin", not "Niu Shanghai").
    static func hasGivenName(_ name: String) -> Bool {
        name.split(separator: " ").first.map { PersonVocabulary.gender(ofGivenName: String($0)) != nil } ?? false
    }

    /// A join a store made before (a merge recorded with its surname): the surname-only node as it was, with
    /// the evidence it brought, its own aliases, and the key its merge leads to now.
    public struct Recorded: Sendable, Hashable {
        public let node: Candidate
        public let aliases: [String]
        public let targetKey: String

        public init(node: Candidate, aliases: [String], targetKey: String) {
            self.node = node
            self.aliases = aliases
            self.targetKey = targetKey
        }
    }

    /// What a store changes so that the joins of some surnames are the ones the rule gives on the store as if
    /// nothing had been joined: joins to undo (by source key; a join whose target changed is undone and made
    /// again), and joins to make.
    public struct Plan: Sendable, Hashable {
        public var undo: [String] = []
        public var make: [Join] = []

        /// No change.
        public init() {}
    }

    /// The joins `surnames` should have, as changes to the ones `joined` records, so that which nodes end
    /// joined is a function of what the store holds, not of the order articles arrived in: a join made while
    /// one person of a surname was known is undone when a second, as well named, arrives.
    ///
    /// `people` are the stored nodes as in `joins` (joined nodes are gone from them); the evidence a join
    /// brought its target is taken off the target's, so a person is weighed by what names them in full and
    /// not by what earlier joins gave them. `keptApart` are nodes a user split from their join: never joined
    /// again. `aliases` gives a stored node's other names, as in `joins`.
    public static func reconcile(people: [Candidate], joined: [Recorded], keptApart: Set<String> = [],
                                 surnames: Set<String>,
                                 aliases: (String) throws -> [String] = { _ in [] }) rethrows -> Plan {
        guard !surnames.isEmpty else { return Plan() }
        var brought: [String: Int] = [:]
        for record in joined { brought[record.targetKey, default: 0] += record.node.evidence }
        let base = people.filter { !keptApart.contains($0.key) }.map { person in
            Candidate(key: person.key, name: person.name, type: person.type,
                      evidence: max(0, person.evidence - brought[person.key, default: 0]))
        }
        let recordedAliases = Dictionary(joined.map { ($0.node.key, $0.aliases) }, uniquingKeysWith: { first, _ in first })
        let wanted = try joins(candidates: base + joined.map(\.node), surnames: surnames) { key in
            try recordedAliases[key] ?? aliases(key)
        }
        let current = Dictionary(joined.map { ($0.node.key, $0.targetKey) }, uniquingKeysWith: { first, _ in first })
        let wantedTargets = Dictionary(wanted.map { ($0.sourceKey, $0.targetKey) }, uniquingKeysWith: { first, _ in first })
        var plan = Plan()
        plan.undo = current.keys.sorted().filter { wantedTargets[$0] != current[$0] }
        plan.make = wanted.filter { current[$0.sourceKey] != $0.targetKey }
        return plan
    }

    /// The one person, or the dominant one of several; nil when none is.
    static func target(among people: [Candidate]) -> Candidate? {
        if people.count == 1 { return people[0] }
        let ranked = people.sorted { $0.evidence > $1.evidence || $0.evidence == $1.evidence && $0.key < $1.key }
        guard let top = ranked.first, top.evidence >= dominantEvidence else { return nil }
        let total = people.reduce(0) { $0 + $1.evidence }
        return Double(top.evidence) >= dominantShare * Double(total) ? top : nil
    }
}
