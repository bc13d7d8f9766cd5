extension DiagramSelection {
    /// What the picture leaves out and how to get it, one clause per kind, or nil when nothing was left out:
    /// "36 strongest of 812 relations drawn, spread over categories and neighbours (--limit N or --all for
    /// more)", "280 edges to concepts not drawn (--show-concepts)", "54 role and membership edges shown in
    /// names (--show-roles)".
    public func notes(switches: Switches) -> [String] {
        var notes: [String] = []
        if omitted.weakerEdges > 0 {
            let shown = graph.edgeCount
            let of = shown + omitted.weakerEdges
            notes.append("\(shown) strongest of \(of) relation\(of == 1 ? "" : "s") drawn, spread over categories "
                + "and neighbours (\(switches.more) for more)")
        }
        if omitted.conceptEdges > 0 {
            let count = omitted.conceptEdges
            notes.append("\(count) edge\(count == 1 ? "" : "s") to concepts not drawn (\(switches.concepts))")
        }
        if omitted.roleEdges > 0 {
            let count = omitted.roleEdges
            notes.append("\(count) role and membership edge\(count == 1 ? "" : "s") shown in names, not drawn "
                + "(\(switches.roles))")
        }
        return notes
    }

    /// The notes joined into one sentence ("…; …."), or nil when nothing was left out.
    public func note(switches: Switches) -> String? {
        let notes = notes(switches: switches)
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }
}
