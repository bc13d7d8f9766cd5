import KGGraph

extension DOTOptions {
    /// These options drawing `selection`: its role lines in node labels, its notes under the subtitle and, with
    /// `clusters`, people and bodies grouped in a box of their country or organisation.
    public func drawing(_ selection: DiagramSelection, switches: DiagramSelection.Switches, clusters: Bool)
        -> DOTOptions
    {
        var options = self
        options.notes = selection.notes(switches: switches)
        options.nodeLines = selection.roles.mapValues { Array($0.prefix(DiagramSelection.maximumRoleLines)) }
        if clusters {
            options.clusters = selection.groups.filter { selection.graph.entities[$0.key] != nil }
            // A group drawn as a node sits in its own box, unless it belongs to another group.
            for group in Set(options.clusters.values) where selection.graph.entities[group] != nil {
                if options.clusters[group] == nil { options.clusters[group] = group }
            }
            options.clusterNames = selection.groupNames
        }
        return options
    }
}
