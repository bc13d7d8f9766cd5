import KGCore

/// How a node of one entity type looks: shape and colours, chosen to stay readable in print and on screen.
///
/// Actors get saturated pastel fills and darker borders of the same hue; concepts (things, not actors) are
/// drawn lighter so the actors stand out.
public struct EntityStyle: Sendable, Hashable {
    /// Graphviz shape name.
    public var shape: String
    /// Graphviz `style` list, e.g. "rounded,filled".
    public var style: String
    /// Fill colour (hex RGB).
    public var fillColor: String
    /// Border colour.
    public var color: String
    /// Label colour.
    public var fontColor: String

    /// The style newsgraph draws `type` with.
    public static func style(for type: EntityType) -> EntityStyle {
        switch type {
        case .country:
            EntityStyle(shape: "box", style: "rounded,filled", fillColor: "#c6dbef", color: "#2f5f8a", fontColor: "#102a43")
        case .org:
            EntityStyle(shape: "box", style: "filled", fillColor: "#c7e9c0", color: "#357a38", fontColor: "#12301a")
        case .person:
            EntityStyle(shape: "ellipse", style: "filled", fillColor: "#fdd0a2", color: "#b35806", fontColor: "#3d1d00")
        case .group:
            EntityStyle(shape: "hexagon", style: "filled", fillColor: "#dadaeb", color: "#54468f", fontColor: "#231b45")
        case .location:
            EntityStyle(shape: "house", style: "filled", fillColor: "#fff2ae", color: "#9a7d0a", fontColor: "#3b3000")
        case .concept:
            EntityStyle(shape: "box", style: "rounded,filled", fillColor: "#f7f7f7", color: "#bdbdbd", fontColor: "#555555")
        }
    }

    /// The style of a node an edge names but the graph does not describe (a trimmed subgraph's border).
    public static let unknown = EntityStyle(
        shape: "box", style: "dashed", fillColor: "#ffffff", color: "#9e9e9e", fontColor: "#616161")
}
