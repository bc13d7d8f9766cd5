// swift-tools-version:6.0
import PackageDescription

// Modules follow ../shared/STYLE.md: text flows one way, and the NLP column (KGText, KGSyntax,
// KGExtraction) never imports the graph column (KGGraph, KGStore, KGExport); they meet in KGPipeline.
let package = Package(
    name: "newsgraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "KGPipeline", targets: ["KGPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "KGCore", resources: [
            // Linguistic knowledge as data (Lexicon.swift), compiled in so no installed copy can lose it.
            .embedInCode("Lexicon/relations.tsv"), .embedInCode("Lexicon/spellings.tsv"),
            .embedInCode("Lexicon/phrases.tsv"), .embedInCode("Lexicon/person-titles.tsv"),
            .embedInCode("Lexicon/pronouns.tsv"), .embedInCode("Lexicon/given-names.tsv"),
            .embedInCode("Lexicon/words.tsv"),
        ]),
        .target(name: "KGText", dependencies: ["KGCore"]),
        .target(name: "KGGraph", dependencies: ["KGCore"]),
        .target(name: "KGSyntax", dependencies: ["KGCore", "KGText"], resources: [.copy("Models")]),
        .target(name: "KGStore", dependencies: [
            "KGCore", "KGGraph",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The second store: the same graph in a PostgreSQL server, for many ingest workers (issue 15).
        .target(name: "KGPostgres", dependencies: [
            "KGCore", "KGGraph",
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "KGExport", dependencies: ["KGCore", "KGGraph", "CGraphviz"]),
        .target(
            name: "KGExtraction",
            dependencies: ["KGCore", "KGText", "KGSyntax"],
            resources: [
                .copy("Resources/countries.tsv"), .copy("Resources/names.tsv"), .copy("Resources/roles.tsv"),
                .copy("Resources/parties.tsv"),
            ]
        ),
        .target(
            name: "KGPipeline",
            dependencies: ["KGCore", "KGText", "KGSyntax", "KGExtraction", "KGGraph", "KGStore"]
        ),
        // The web front end: a thin shell like the CLI (layer 5), over the graph column only.
        .target(name: "KGServer", dependencies: [
            "KGCore", "KGGraph", "KGStore", "KGExport",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .executableTarget(name: "newsgraph", dependencies: [
            "KGCore", "KGText", "KGSyntax", "KGExtraction", "KGGraph", "KGStore", "KGExport", "KGPipeline",
            "KGServer", "KGPostgres",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Shared test helpers: where ../shared/data is, golden files and their diffs, a throwaway PostgreSQL
        // cluster for the tests that need a real server (Tests/KGTestSupport).
        .target(name: "KGTestSupport", path: "Tests/KGTestSupport"),
        .testTarget(name: "KGCoreTests", dependencies: ["KGCore"]),
        .testTarget(name: "KGTextTests", dependencies: ["KGCore", "KGText", "KGTestSupport"]),
        .testTarget(name: "KGGraphTests", dependencies: ["KGCore", "KGGraph"]),
        .testTarget(name: "KGSyntaxTests", dependencies: ["KGCore", "KGText", "KGSyntax", "KGTestSupport"]),
        .testTarget(name: "KGStoreTests", dependencies: [
            "KGCore", "KGGraph", "KGStore", "KGPostgres", "KGTestSupport",
        ]),
        .testTarget(name: "KGExportTests", dependencies: ["KGCore", "KGGraph", "KGExport"]),
        .testTarget(name: "KGExtractionTests", dependencies: [
            "KGCore", "KGText", "KGSyntax", "KGExtraction", "KGTestSupport",
        ]),
        .testTarget(name: "KGPipelineTests", dependencies: [
            "KGCore", "KGText", "KGGraph", "KGStore", "KGExport", "KGPipeline", "KGTestSupport",
        ]),
        .testTarget(name: "KGServerTests", dependencies: [
            "KGCore", "KGGraph", "KGStore", "KGPostgres", "KGServer", "KGTestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "NewsgraphCLITests", dependencies: ["newsgraph", "KGTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
