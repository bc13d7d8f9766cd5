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
        let (exit, outData, errData) = try Self.runCollecting(process, stdin: stdin ?? "")
        return Result(
            status: exit.status,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `process` to its end with `stdin` as its input and returns what it wrote to stdout and stderr.
    /// Files, not pipes: a server another test starts at the same moment can inherit a pipe's write end, and
    /// reading that pipe to its end then waits for the server to exit (a hang seen in CI, with a PostgreSQL
    /// server of the store tests holding a CLI test's stdout pipe). The files sit in a folder of their own, not
    /// in a scratch directory the command may read or list.
    static func runCollecting(_ process: Process, stdin: String) throws -> (exit: Exit, stdout: Data, stderr: Data) {
        let io = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-cli-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: io, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: io) }
        let outURL = io.appendingPathComponent("stdout"), errURL = io.appendingPathComponent("stderr")
        let inURL = io.appendingPathComponent("stdin")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try Data(stdin.utf8).write(to: inURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer {
            try? out.close()
            try? err.close()
            try? input.close()
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let exit = waitForExit(process)
        return (exit, try Data(contentsOf: outURL), try Data(contentsOf: errURL))
    }

    /// How a process ended: its exit status, or the signal that ended it.
    typealias Exit = ChildProcess.Exit

    /// Waits for `process` to end without Foundation's `waitUntilExit`, which can hang on Linux
    /// (`ChildProcess.waitForExit`).
    @discardableResult
    static func waitForExit(_ process: Process) -> Exit { ChildProcess.waitForExit(process) }

    enum CLIError: Error, CustomStringConvertible {
        case binaryNotBuilt
        var description: String { "the newsgraph binary was not found beside the tests; build with `swift build --build-tests`" }
    }
}
