import ArgumentParser

/// `newsgraph train parser`; replaced by the real trainer on its branch.
struct TrainParser: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parser", abstract: "Train the parser (not built yet).")

    func run() throws {
        throw ValidationError("training the parser is not built yet")
    }
}
