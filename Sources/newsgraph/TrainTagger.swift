import ArgumentParser

/// `newsgraph train tagger`; replaced by the real trainer on its branch.
struct TrainTagger: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tagger", abstract: "Train the tagger (not built yet).")

    func run() throws {
        throw ValidationError("training the tagger is not built yet")
    }
}
