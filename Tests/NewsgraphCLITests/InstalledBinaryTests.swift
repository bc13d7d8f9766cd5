import Foundation
import KGTestSupport
import Testing

/// `Scripts/install.sh PREFIX` gives a binary that works on its own: run from an empty folder, it finds its
/// models in PREFIX/share/newsgraph (or `NEWSGRAPH_DATA`), and a missing or corrupt model is a clear error with
/// a non-zero exit, never a crash. Removing the installed models must break it, which shows it does not
/// quietly read them from the build folder.
@Suite struct InstalledBinaryTests {
    struct Installed {
        let prefix: URL
        var binary: URL { prefix.appendingPathComponent("bin/newsgraph") }
        var share: URL { prefix.appendingPathComponent("share/newsgraph") }
        var tagger: URL { share.appendingPathComponent("newsgraph_KGSyntax.resources/Models/tagger.bin") }
    }

    /// Installs the built binary into a fresh prefix with the real script (NEWSGRAPH_BIN skips its build).
    static func install() throws -> Installed {
        let binary = try #require(CLIRunner.binary, "build with --build-tests first")
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-install-\(UUID().uuidString)")
        let result = try run(URL(fileURLWithPath: "/bin/bash"),
                             [PackageFolder.url("Scripts/install.sh").path, prefix.path],
                             in: PackageFolder.root, environment: ["NEWSGRAPH_BIN": binary.path])
        #expect(result.status == 0, "install.sh failed: \(result.stderr)")
        return Installed(prefix: prefix)
    }

    /// Runs `executable` in `directory` with the given extra environment (and no NEWSGRAPH_DATA unless given).
    static func run(_ executable: URL, _ arguments: [String], in directory: URL, environment extra: [String: String] = [:],
                    stdin: String = "") throws -> (status: Int32, signalled: Bool, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NEWSGRAPH_DATA"] = nil
        environment.merge(extra) { $1 }
        process.environment = environment
        let (exit, outData, errData) = try CLIRunner.runCollecting(process, stdin: stdin)
        return (exit.status, exit.signalled,
                String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    static func emptyFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let sentence = "Russia condemned the sanctions imposed by the United States.\n"

    @Test func theInstalledCopyExtractsAndStoresFromAnEmptyFolder() throws {
        let installed = try Self.install()
        defer { try? FileManager.default.removeItem(at: installed.prefix) }
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extract = try Self.run(installed.binary, ["extract", "-"], in: folder, stdin: Self.sentence)
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(extract.stdout.contains("condemn"))
        let ingest = try Self.run(installed.binary, ["ingest", "-"], in: folder, stdin: Self.sentence)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("edges: 2 added"))
    }

    @Test func missingModelsAreAClearErrorNamingWhereItLooked() throws {
        let installed = try Self.install()
        defer { try? FileManager.default.removeItem(at: installed.prefix) }
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let moved = installed.prefix.appendingPathComponent("elsewhere")
        try FileManager.default.moveItem(at: installed.share, to: moved)
        let missing = try Self.run(installed.binary, ["extract", "-"], in: folder, stdin: Self.sentence)
        #expect(!missing.signalled && missing.status != 0)
        #expect(missing.stderr.contains("cannot find newsgraph's data file newsgraph_"))
        #expect(missing.stderr.contains(installed.share.standardizedFileURL.path + "/newsgraph_"))
        #expect(missing.stderr.contains("NEWSGRAPH_DATA"))
        // NEWSGRAPH_DATA points to the data wherever it is.
        let pointed = try Self.run(installed.binary, ["extract", "-"], in: folder, environment: ["NEWSGRAPH_DATA": moved.path],
                                   stdin: Self.sentence)
        #expect(pointed.status == 0, "\(pointed.stderr)")
    }

    @Test func aCorruptModelIsAClearErrorNotACrash() throws {
        let installed = try Self.install()
        defer { try? FileManager.default.removeItem(at: installed.prefix) }
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for length in [0, 3, 40, 5000] {
            let original = try Data(contentsOf: installed.tagger)
            try original.prefix(length).write(to: installed.tagger)
            let result = try Self.run(installed.binary, ["extract", "-"], in: folder, stdin: Self.sentence)
            try original.write(to: installed.tagger)
            #expect(!result.signalled && result.status != 0, "truncated to \(length) bytes: \(result.stderr)")
            #expect(result.stderr.contains("tagger.bin"), "truncated to \(length) bytes: \(result.stderr)")
        }
    }
}
