import ArgumentParser

/// `newsgraph eval …`: accuracy measurements that print numbers.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure accuracy: syntax on UD CoNLL-U files, entities on Universal NER IOB2 files, extraction on CaRB, actor edges on the team's gold.",
        subcommands: [EvalUD.self, EvalNER.self, EvalCaRB.self, EvalActors.self])
}
