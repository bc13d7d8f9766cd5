import Foundation
import KGTestSupport

/// Runs the built `newsgraph` binary as a user would, in a scratch directory.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's path.
    static let packageRoot: URL = PackageFolder.root

    /// The seed article shipped in Graphs/seed.
    static let seedArticle = PackageFolder.seedArticle.path

    /// The `newsgraph` binary built beside the test bundle.
    static let binary: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("newsgraph"),
            Bundle.main.bundleURL.appendingPathComponent("newsgraph"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("newsgraph"),
            packageRoot.appendingPathComponent(".build/debug/newsgraph"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A path inside the scratch directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Writes bytes into the scratch directory and returns the path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: directory.appendingPathComponent(name))
        return path(name)
    }

    /// Runs `newsgraph args…` with the scratch directory as working directory and `PATH` without Graphviz's `dot`.
    func run(_ args: [String], stdin: String? = nil) throws -> Result {
        guard let binary = Self.binary else { throw CLIError.binaryNotBuilt }
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = "/nonexistent"
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot fill a pipe and block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    enum CLIError: Error, CustomStringConvertible {
        case binaryNotBuilt
        var description: String { "the newsgraph binary was not found beside the tests; build with `swift build --build-tests`" }
    }
}
