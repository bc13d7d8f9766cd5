import ArgumentParser
import KGCore
import KGGraph

/// Edge filter flags shared by every command that queries the graph (`neighbors`, `path`, `evidence`,
/// `render`, `export`); `filter()` turns them into the `GraphFilter` the libraries take.
struct QueryFilterOptions: ParsableArguments {
    @Option(name: .customLong("relation"), help: "Keep only this relation lemma (repeatable), e.g. sanction.")
    var relations: [String] = []

    @Option(name: .customLong("category"), help: ArgumentHelp(
        "Keep only relations of this category (repeatable).",
        discussion: "One of: " + RelationCategory.allCases.map(\.rawValue).joined(separator: ", ") + "."))
    var categories: [RelationCategory] = []

    @Option(name: .customLong("polarity"), help: "Keep only relations of this polarity (repeatable): cooperative, neutral or conflictual.")
    var polarities: [Polarity] = []

    @Option(help: "Keep only relations with at least this many sentences behind them.")
    var minEvidence: Int = 1

    @Option(help: "Keep only relations with a sentence dated on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Keep only relations with a sentence dated on or before this day (YYYY-MM-DD).")
    var to: String?

    @Flag(inversion: .prefixedNo, help: "Keep relations to concepts (non-actor objects such as 'Iranian drones').")
    var includeConcepts = true

    @Flag(help: "Keep only contested relations: asserted by some sentences and denied by others.")
    var contestedOnly = false

    /// The filter the flags describe.
    func filter() -> GraphFilter {
        GraphFilter(
            relations: Set(relations.map { $0.lowercased() }), categories: Set(categories),
            polarities: Set(polarities), minimumEvidence: minEvidence, fromDate: from, toDate: to,
            includeConcepts: includeConcepts, contestedOnly: contestedOnly)
    }

    func validate() throws {
        do {
            try filter().validate()
        } catch let error as QueryError {
            throw ValidationError(error.description)
        }
    }
}

extension RelationCategory: ExpressibleByArgument {}
extension Polarity: ExpressibleByArgument {}
extension EntityType: ExpressibleByArgument {}
