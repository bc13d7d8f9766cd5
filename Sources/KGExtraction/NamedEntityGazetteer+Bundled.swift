import KGCore
import KGText
import KGSyntax

extension NamedEntityGazetteer {
    /// The lists the named-entity tagger is trained with: the gazetteer's names by type and kind
    /// ("country-name", "country-demonym", "org-name" (parties included), …), its role phrases, and the lexicon's
    /// given names and person titles. `newsgraph train ner` hashes them into `ner.bin`.
    public init(gazetteer: Gazetteer) {
        var lists: [String: Set<[String]>] = [:]
        for entry in gazetteer.entries {
            lists["\(entry.type.rawValue)-\(entry.kind.rawValue)", default: []].insert(entry.words)
        }
        let tokenizer = Tokenizer()
        func words(_ phrase: String) -> [String] { tokenizer.tokenize(phrase).map(\.form) }
        lists["role"] = Set(gazetteer.roles.keys.map(words))
        lists["given-name"] = Set(Lexicon.rows(.givenNames).compactMap(\.fields.first).map(words))
        lists["person-title"] = Set(Lexicon.rows(.personTitles).compactMap(\.fields.first).map(words))
        self.init(lists: lists.keys.sorted().map { name in
            (name, lists[name, default: []].sorted { $0.lexicographicallyPrecedes($1) })
        })
    }
}
