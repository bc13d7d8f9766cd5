import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Issue 14 through the built binary: no trap on same-entity evidence, write failures that are not usage
/// errors, ids that do not collide, JSONL on standard input, and an interrupted ingest that says what it kept.
@Suite(.serialized) struct CLIReliabilityTests {
    static func seedDatabase(_ cli: CLIRunner) throws -> String {
        let db = cli.path("seed.sqlite")
        let ingest = try cli.run(["ingest", "--quiet", "--db", db, CLIRunner.seedArticle])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return db
    }

    @Test func evidenceBetweenTwoNamesOfOneEntityExitsWithAMessageNotATrap() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try Self.seedDatabase(cli)
        for (subject, object) in [("Iran", "Tehran"), ("Russia", "Russia")] {
            let result = try cli.run(["evidence", subject, object, "--db", db])
            #expect(result.status == 1, "\(subject)/\(object): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("same entity"), "\(result.stderr)")
        }
    }

    @Test func renderWriteFailureIsAnErrorNotAUsageMistake() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try Self.seedDatabase(cli)
        let result = try cli.run(["render", "--format", "dot", "-o", cli.path("missing/dir/graph.dot"), "--db", db])
        #expect(result.status == 1, "\(result.status) \(result.stderr)")
        #expect(!result.stderr.contains("Usage:"), "\(result.stderr)")
        #expect(result.stderr.contains("missing/dir"))
        let toStandardOutput = try cli.run(["render", "--format", "dot", "-o", "-", "--db", db])
        #expect(toStandardOutput.status == 0 && toStandardOutput.stdout.contains("digraph"))
    }

    @Test func exportThroughASymbolicLinkKeepsTheLink() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try Self.seedDatabase(cli)
        let target = try cli.write("real.tsv", Array("old".utf8))
        try FileManager.default.createSymbolicLink(atPath: cli.path("link.tsv"), withDestinationPath: target)
        let result = try cli.run(["export", "-o", "link.tsv", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: cli.path("link.tsv")) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("subject"))
    }

    @Test func twoArticlesPipedThroughStandardInputBothStay() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("stdin.sqlite")
        for text in ["France condemned Russia over the talks.", "Germany praised Japan after the summit."] {
            let result = try cli.run(["ingest", "--quiet", "--db", db, "-"], stdin: text)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("1 added"), "\(result.stdout)")
        }
        let stats = try cli.run(["stats", "--json", "--db", db])
        let counts = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Int]
        #expect(counts?["documents"] == 2)
    }

    @Test func jsonlOnStandardInputIsReadAsJSONL() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("jsonl.sqlite")
        let result = try cli.run(["ingest", "--quiet", "--db", db, "-"], stdin: GeneratedCorpus.jsonl(count: 3))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3 read, 3 added"), "\(result.stdout)")
        let contents = try cli.run(["stats", "--contents", "--db", db])
        #expect(contents.stdout.contains("document\t\"gen-0\""))
    }

    @Test func anArticleReplacingOneFromAnotherPathIsAnnounced() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = cli.path("paths.sqlite")
        try FileManager.default.createDirectory(atPath: cli.path("d1"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: cli.path("d2"), withIntermediateDirectories: true)
        try cli.write("d1/article1.txt", Array("France condemned Russia over the talks.".utf8))
        try cli.write("d2/article1.txt", Array("Germany praised Japan after the summit.".utf8))
        #expect(try cli.run(["ingest", "--quiet", "--db", db, "d1/article1.txt"]).status == 0)
        let second = try cli.run(["ingest", "--quiet", "--db", db, "d2/article1.txt"])
        #expect(second.status == 0)
        #expect(second.stderr.contains("replaced the one of that id read from d1/article1.txt"), "\(second.stderr)")
    }

    @Test func anInterruptedIngestSaysWhatIsCommittedAndResumes() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let corpus = try cli.write("corpus.jsonl", Array(GeneratedCorpus.jsonl(count: 1_500).utf8))
        let db = cli.path("interrupted.sqlite")
        let command = ["ingest", "--json-progress", "--beam", "1", "--batch-size", "20", "--db", db, corpus]
        let ingest = try cli.start(command)
        #expect(ingest.waitForLine(where: CLICrashSafetyTests.isProgress) != nil)
        _ = kill(ingest.process.processIdentifier, SIGINT)
        let status = ingest.wait()
        #expect(status != 0)
        let notice = ingest.lines.first { $0.hasPrefix("interrupted:") }
        #expect(notice?.contains("committed") == true, "\(ingest.lines.suffix(3))")
        #expect(notice?.contains("Run the same command again") == true)
        let (checked, _) = try CLICrashSafetyTests.checkedStats(cli, db)
        #expect(checked == 0)
        let resumed = try cli.run(command)
        #expect(resumed.status == 0, "\(resumed.stderr)")
    }

    @Test func anOversizedDocumentIsSkippedWithAHint() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let big = String(repeating: "Russia attacked Ukraine. ", count: 200)
        let lines = #"{"id": "big", "text": "\#(big)"}"# + "\n" + #"{"id": "small", "text": "France condemned Russia."}"# + "\n"
        let corpus = try cli.write("docs.jsonl", Array(lines.utf8))
        let db = cli.path("big.sqlite")
        let result = try cli.run(["ingest", "--quiet", "--max-document-bytes", "1000", "--db", db, corpus])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("--max-document-bytes"))
        #expect(result.stdout.contains("1 read"), "\(result.stdout)")
    }

    @Test func aTakenPortIsNamedWithAHint() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try Self.seedDatabase(cli)
        let first = Process()
        first.executableURL = CLIRunner.binary
        first.arguments = ["serve", "--db", db, "--host", "127.0.0.1", "--port", "0"]
        let out = Pipe()
        first.standardOutput = out
        first.standardError = FileHandle.nullDevice
        try first.run()
        defer {
            first.terminate()
            CLIRunner.waitForExit(first)
        }
        let taken = try #require(Self.servedPort(out), "serve printed no URL")
        let second = try cli.run(["serve", "--db", db, "--host", "127.0.0.1", "--port", taken])
        #expect(second.status != 0)
        #expect(second.stderr.contains("127.0.0.1:\(taken)") && second.stderr.contains("already in use"), "\(second.stderr)")
        #expect(second.stderr.contains("--port 0"))
    }

    #if os(Linux)
    @Test func anIdleConnectionIsClosed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = try Self.seedDatabase(cli)
        let server = Process()
        server.executableURL = CLIRunner.binary
        server.arguments = ["serve", "--db", db, "--host", "127.0.0.1", "--port", "0", "--idle-timeout", "1"]
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            CLIRunner.waitForExit(server)
        }
        let port = try #require(Self.servedPort(out), "serve printed no URL")
        // A client that connects and never sends a request: the server must hang up, not keep it forever.
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)!).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        // Wait at most 20 s for the close; recv returns 0 once the server has closed the connection.
        var limit = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var byte: UInt8 = 0
        let start = Date()
        let received = recv(socket, &byte, 1, 0)
        #expect(received == 0, "the idle connection was not closed (recv gave \(received))")
        #expect(Date().timeIntervalSince(start) < 15)
    }
    #endif

    /// The port `serve` reports on its first "open http://host:port/" line.
    static func servedPort(_ out: Pipe) -> String? {
        var text = ""
        while true {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { return nil }
            text += String(decoding: data, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("open ") }),
               let last = line.split(separator: ":").last {
                return String(last.filter(\.isNumber))
            }
        }
    }
}
