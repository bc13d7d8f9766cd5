import ArgumentParser

@main
struct Newsgraph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph of who does what to whom.",
        subcommands: [Extract.self, Train.self]
    )
}
