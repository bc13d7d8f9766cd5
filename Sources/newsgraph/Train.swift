import ArgumentParser

/// `newsgraph train tagger|parser|ner`: our own, deterministic training of the syntax models.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the syntax models on UD CoNLL-U files (deterministic, fixed seed).",
        subcommands: [TrainTagger.self, TrainParser.self, TrainNER.self]
    )
}
