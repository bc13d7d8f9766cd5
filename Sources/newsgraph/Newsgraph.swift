import ArgumentParser

@main
struct Newsgraph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph of who does what to whom.",
        subcommands: [
            Ingest.self, Extract.self, Triples.self, Export.self, Neighbors.self, Path.self, Entities.self,
            EvidenceCommand.self, Render.self, TimelineCommand.self, Changes.self, Stats.self, Merge.self, Split.self,
            Contested.self, Serve.self, Parse.self, Eval.self, Train.self, BenchQuery.self, BenchDiagrams.self, Copy.self,
        ]
    )
}
