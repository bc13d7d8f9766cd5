import ArgumentParser

/// `newsgraph eval …`: accuracy measurements that print numbers.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure accuracy: syntax on UD CoNLL-U files, extraction on CaRB, actor edges on the team's gold.",
        subcommands: [EvalUD.self, EvalCaRB.self, EvalActors.self])
}
