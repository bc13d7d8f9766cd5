import KGCore
import KGGraph

/// Writes the two CSV files `neo4j-admin database import full` reads: `nodes.csv` and `relationships.csv`.
///
/// Import with `neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j`.
/// Fields holding `,` or `"` are quoted with doubled quotes; line breaks inside names become spaces (so no
/// `--multiline-fields` is needed); `;` (Neo4j's array delimiter) inside an alias becomes `,`; a field starting
/// with `= + - @` gets a leading `'` so a spreadsheet opening the file does not run it (`FormulaGuard`).
public struct Neo4jWriter: Sendable {
    /// File name of the node file inside the output directory.
    public static let nodesFile = "nodes.csv"
    /// File name of the relationship file inside the output directory.
    public static let relationshipsFile = "relationships.csv"

    /// Header of `nodes.csv`.
    public static let nodeHeader = ["id:ID", "name", ":LABEL", "type", "aliases:string[]", "wikidata"]
    /// Header of `relationships.csv`.
    public static let relationshipHeader = [
        ":START_ID", ":END_ID", ":TYPE", "relation", "category", "polarity", "evidence_count:int", "asserted:int",
        "denied:int", "contested:boolean", "first_date", "last_date", "example",
    ]

    /// A writer.
    public init() {}

    /// Streams both files.
    public func write<Nodes: TextOutputStream, Relationships: TextOutputStream>(
        _ graph: KnowledgeGraph, nodes: inout Nodes, relationships: inout Relationships
    ) {
        nodes.write(Self.nodeHeader.joined(separator: ",") + "\n")
        var written = Set<String>()
        for entity in graph.sortedEntities {
            written.insert(entity.id)
            let typeLabel = entity.type.rawValue.prefix(1).uppercased() + entity.type.rawValue.dropFirst()
            let aliases = entity.aliases.filter { $0 != entity.name }.sorted()
                .map { String($0.map { $0 == ";" ? "," : $0 }) }
            nodes.write(Self.line([
                entity.id, entity.name, "Entity;\(typeLabel)", entity.type.rawValue, aliases.joined(separator: ";"),
                entity.wikidata ?? "",
            ]))
        }
        // Every relationship end must be a node, or the import fails.
        for id in Set(graph.edges.values.flatMap { [$0.subject, $0.object] }).subtracting(written).sorted() {
            nodes.write(Self.line([id, id, "Entity", "", "", ""]))
        }
        relationships.write(Self.relationshipHeader.joined(separator: ",") + "\n")
        for edge in graph.sortedEdges {
            let relationClass = edge.relationClass
            let example = edge.evidence.max(by: { $0.confidence < $1.confidence })?.sentence ?? ""
            relationships.write(Self.line([
                edge.subject, edge.object, Self.relationshipType(edge.relation), edge.relation,
                relationClass.category.rawValue, relationClass.polarity.rawValue, String(edge.evidenceCount),
                String(edge.assertedCount), String(edge.deniedCount), edge.isContested ? "true" : "false",
                edge.firstDate ?? "", edge.lastDate ?? "", example,
            ]))
        }
    }

    /// Both files as strings, keyed by file name.
    public func files(_ graph: KnowledgeGraph) -> [String: String] {
        var nodes = ""
        var relationships = ""
        write(graph, nodes: &nodes, relationships: &relationships)
        return [Self.nodesFile: nodes, Self.relationshipsFile: relationships]
    }

    /// A Neo4j relationship type from a lemma: `talk with` → `TALK_WITH`; ASCII letters and digits, other runs
    /// as one `_`; `RELATED_TO` when nothing is left.
    public static func relationshipType(_ relation: String) -> String {
        var out = ""
        for scalar in relation.uppercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("_") {
                out += "_"
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        return out.isEmpty ? "RELATED_TO" : out
    }

    /// One CSV record, `\n` at the end: fields holding `,` or `"` quoted with doubled quotes, line breaks as
    /// spaces; others bare, so numbers stay numbers and empty fields import as absent properties.
    static func line(_ fields: [String]) -> String {
        fields.map { raw in
            // Ids are neutralised too, consistently in both files, so relationships still find their nodes.
            let field = FormulaGuard.neutralized(raw)
            var out = ""
            var needsQuotes = false
            for scalar in field.unicodeScalars {
                switch scalar {
                case "\"": out += "\"\""; needsQuotes = true
                case ",": out += ","; needsQuotes = true
                case "\n", "\r": out += " "
                default: out.unicodeScalars.append(scalar)
                }
            }
            return needsQuotes ? "\"" + out + "\"" : out
        }.joined(separator: ",") + "\n"
    }
}
