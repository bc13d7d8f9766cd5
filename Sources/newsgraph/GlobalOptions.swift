import ArgumentParser
import KGCore
import KGPipeline

/// Options every subcommand that touches the graph database shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database holding the graph.")
    var db: String = "./newsgraph.sqlite"
}

/// Options for commands that read articles and extract assertions.
struct ExtractionOptions: ParsableArguments {
    @Option(name: .long, help: "Extractor: baseline (gazetteer + verb between actors) or syntax (dependency parse).")
    var extractor: ExtractorKind = .syntax

    @Option(name: .long, help: "Date (YYYY-MM-DD) for plain-text documents that carry none.")
    var date: String?

    @Option(name: .long, help: "Parser beam width (default 4; 1 parses greedily, about 2.5x faster and about 1 LAS point less accurate).")
    var beam: Int?

    func validate() throws {
        if let beam, !(1...16).contains(beam) {
            throw ValidationError("--beam must be between 1 and 16, not \(beam)")
        }
        if let date, !Self.isISODate(date) {
            throw ValidationError("--date must look like 2022-10-21, not '\(date)'")
        }
    }

    static func isISODate(_ s: String) -> Bool { ISODate.isValid(s) }
}

extension ExtractorKind: ExpressibleByArgument {}
