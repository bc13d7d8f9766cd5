/// A Universal Dependencies relation as UD English EWT 2.16 annotates it, subtypes included (`nsubj:pass`).
///
/// Rules name relations through this type, never as strings; `DependencyParser.load(from:)` refuses a model
/// that cannot emit one of these cases (or emits a label missing here), so a rule cannot be silently dead.
public enum DependencyRelation: String, CaseIterable, Sendable, Hashable, Codable {
    case acl, aclRelcl = "acl:relcl"
    case advcl, advclRelcl = "advcl:relcl"
    case advmod, amod, appos
    case aux, auxPass = "aux:pass"
    case `case`
    case cc, ccPreconj = "cc:preconj"
    case ccomp
    case compound, compoundPrt = "compound:prt"
    case conj, cop
    case csubj, csubjOuter = "csubj:outer", csubjPass = "csubj:pass"
    case dep
    case det, detPredet = "det:predet"
    case discourse, dislocated, expl, fixed, flat, goeswith, iobj, list, mark
    case nmod, nmodDesc = "nmod:desc", nmodPoss = "nmod:poss", nmodUnmarked = "nmod:unmarked"
    case nsubj, nsubjOuter = "nsubj:outer", nsubjPass = "nsubj:pass"
    case nummod
    case obj
    case obl, oblAgent = "obl:agent", oblUnmarked = "obl:unmarked"
    case orphan, parataxis, punct, reparandum, root, vocative, xcomp

    /// The universal relation without its subtype (`nsubj:pass` → `nsubj`).
    public var base: DependencyRelation {
        let raw = rawValue
        guard let colon = raw.firstIndex(of: ":") else { return self }
        return DependencyRelation(rawValue: String(raw[..<colon])) ?? self
    }

    /// The subtype after the colon (`pass` for `nsubj:pass`), or nil for a bare relation.
    public var subtype: Substring? {
        rawValue.firstIndex(of: ":").map { rawValue[rawValue.index(after: $0)...] }
    }

    /// Whether the relation marks a passive construction (`nsubj:pass`, `csubj:pass`, `aux:pass`).
    public var isPassive: Bool { subtype == "pass" }
}
