import Foundation
import KGTestSupport
import Testing

/// The README's examples on the seed article are real output: this runs every `$ …` command of its code blocks
/// in order, through a shell in a scratch directory holding `Graphs/seed`, and compares what it prints with
/// the lines under the command. Commands on the team's big corpus store (`news-2017.sqlite`), `eval` and
/// `serve` are left out (they need data or a server).
@Suite struct ReadmeSessionTests {
    /// One `$ command` of the README and the lines printed under it.
    struct Example: Sendable, CustomStringConvertible {
        var line: Int
        var command: String
        var output: [String]
        var description: String { "README.md:\(line): \(command)" }
    }

    static func examples() throws -> [Example] {
        let text = try String(contentsOf: PackageFolder.url("README.md"), encoding: .utf8)
        var examples: [Example] = []
        var inBlock = false
        // The example whose output is being read; code blocks without a `$` line are not sessions.
        var current: Int?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") {
                inBlock.toggle()
                current = nil
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("$ ") {
                examples.append(Example(line: number + 1, command: String(line.dropFirst(2)), output: []))
                current = examples.count - 1
            } else if let current {
                examples[current].output.append(String(line))
            }
        }
        return examples.filter { example in
            !["news-2017", "newsgraph eval", "newsgraph serve", "newsgraph train", "swift build", "Scripts/"]
                .contains { example.command.contains($0) }
                && example.command.contains("newsgraph") || example.command.hasPrefix("printf")
        }
    }

    @Test func theSeedSessionPrintsWhatTheReadmeShows() throws {
        let binary = try #require(CLIRunner.binary, "build with --build-tests first")
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let seedFolder = cli.directory.appendingPathComponent("Graphs/seed")
        try FileManager.default.createDirectory(at: seedFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PackageFolder.seedArticle,
                                         to: seedFolder.appendingPathComponent(PackageFolder.seedArticle.lastPathComponent))
        let scratch = cli.directory.appendingPathComponent("tmp").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let examples = try Self.examples()
        #expect(examples.count >= 10, "the README lost its seed session")
        for example in examples {
            // /tmp in the README becomes a private folder so parallel runs cannot meet.
            let command = example.command.replacingOccurrences(of: "/tmp/", with: scratch + "/")
            let printed = try Self.shell(command, in: cli.directory, binaryFolder: binary.deletingLastPathComponent())
            let lines = { (text: String) -> [String] in
                let lines = text.replacingOccurrences(of: scratch + "/", with: "/tmp/")
                    .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                return lines.last == "" ? lines.dropLast() : lines
            }
            let actual = Self.normalized(lines(printed.stdout) + lines(printed.stderr))
            let expected = Self.normalized(example.output)
            // Behind `| head`, whether the command's closing stderr line comes out depends on when head exits.
            let stdoutOnly = Self.normalized(lines(printed.stdout))
            if actual != expected && !(command.contains("| head") && stdoutOnly == expected) {
                Issue.record(Comment(rawValue: """
                    \(example) prints something else than the README shows (- README, + now):
                    \(LineDiff(old: expected.joined(separator: "\n"), new: actual.joined(separator: "\n")).rendered())
                    if the change is intended, paste the new output into README.md
                    """))
            }
        }
    }

    /// Lines as compared: timings masked (the line must be there, not its numbers), trailing blank lines dropped.
    static func normalized(_ lines: [String]) -> [String] {
        var lines = lines.map { $0.hasPrefix("time: ") ? "time: …" : $0 }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Runs `command` with `sh -c` in `directory`, `newsgraph` first on PATH; the README shows stdout, then
    /// stderr (a terminal would interleave them by timing).
    static func shell(_ command: String, in directory: URL, binaryFolder: URL) throws -> (stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binaryFolder.path + ":/usr/bin:/bin"
        environment["COLUMNS"] = "200"
        process.environment = environment
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("readme-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        // stdout to a file, not a pipe (`CLIRunner.runCollecting` says why).
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("readme-stdout-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let outHandle = try FileHandle(forWritingTo: output)
        defer { try? outHandle.close() }
        process.standardOutput = outHandle
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        CLIRunner.waitForExit(process)
        let data = try Data(contentsOf: output)
        // In a pipeline ("… | head -5") what the upstream commands print to stderr depends on when the reader
        // closes the pipe (a summary line, "Broken pipe"), so the README shows only what reaches stdout there.
        if command.contains("|") { return (String(decoding: data, as: UTF8.self), "") }
        return (String(decoding: data, as: UTF8.self), String(decoding: try Data(contentsOf: errors), as: UTF8.self))
    }
}
