import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL cluster of its own for tests: `initdb` and `pg_ctl` from Debian's `postgresql` package
/// (/usr/lib/postgresql/*/bin) in a temporary directory, run as the unprivileged `postgres` user when the tests
/// run as root, listening on a free loopback port, with password (SCRAM) logins over TCP. One cluster per test
/// process, started on first use and torn down when the process exits.
public final class ThrowawayCluster: Sendable {
    /// The superuser's name and password (a throwaway secret for a throwaway cluster).
    public static let superuser = "postgres"
    public static let superuserPassword = "throwaway-secret-7214"

    /// The directory holding `initdb` and `pg_ctl` (the newest installed version), or nil.
    public static let binDirectory: String? = {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return versions.compactMap(Int.init).sorted(by: >).map { "\(root)/\($0)/bin" }.first { bin in
            FileManager.default.isExecutableFile(atPath: bin + "/initdb")
                && FileManager.default.isExecutableFile(atPath: bin + "/pg_ctl")
        }
    }()

    /// Whether a cluster can be started here (PostgreSQL's server programs are installed).
    public static var isAvailable: Bool { binDirectory != nil }

    /// The process's cluster, started on first use; nil (with the reason in `startError`) when it cannot start.
    public static let shared: ThrowawayCluster? = {
        do {
            return try start()
        } catch {
            FileHandle.standardError.write(Data("ThrowawayCluster: \(error)\n".utf8))
            return nil
        }
    }()

    /// The loopback port the server listens on.
    public let port: Int
    /// The temporary directory holding the data directory, socket, log and password file.
    public let directory: String
    private let bin: String

    /// A cluster of its own, for a test that stops the server; torn down at exit like the shared one.
    public static func start() throws -> ThrowawayCluster {
        try ThrowawayCluster()
    }

    private init() throws {
        guard let bin = Self.binDirectory else { throw ClusterError("no PostgreSQL server programs installed") }
        self.bin = bin
        directory = NSTemporaryDirectory() + "newsgraph-pg-\(UUID().uuidString.prefix(8))"
        port = try Self.freePort()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let passwordFile = directory + "/superuser-password"
        try Self.superuserPassword.write(toFile: passwordFile, atomically: true, encoding: .utf8)
        if getuid() == 0 { try Self.run("/bin/chown", ["-R", "postgres:postgres", directory]) }
        try runAsServerUser(bin + "/initdb", [
            "-D", directory + "/data", "-U", Self.superuser, "--pwfile=\(passwordFile)", "-E", "UTF8", "--no-locale",
            "--auth-local=trust", "--auth-host=scram-sha-256",
        ])
        ThrowawayClusterTeardown.register(bin: bin, directory: directory, asServerUser: getuid() == 0)
        try runAsServerUser(bin + "/pg_ctl", [
            "-D", directory + "/data", "-l", directory + "/server.log", "-w", "-t", "60", "-o",
            "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                + "-c max_connections=60",
            "start",
        ])
    }

    /// A URL for `database` as `user` (the superuser by default), with the password in the URL unless
    /// `password` is nil.
    public func url(database: String, user: String = ThrowawayCluster.superuser,
                    password: String? = ThrowawayCluster.superuserPassword, query: String = "sslmode=disable") -> String {
        let credentials = password.map { "\(user):\($0)" } ?? user
        return "postgresql://\(credentials)@127.0.0.1:\(port)/\(database)" + (query.isEmpty ? "" : "?\(query)")
    }

    /// A new, empty database with a unique name; returns its name.
    public func createDatabase(prefix: String = "test") throws -> String {
        let name = "\(prefix)_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
        try sql("CREATE DATABASE \(name)")
        return name
    }

    /// Runs SQL as the superuser through psql over the socket (trusted locally), failing on the first error.
    public func sql(_ statements: String, database: String = "postgres") throws {
        try runAsServerUser(bin + "/psql", [
            "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", directory, "-p", "\(port)", "-U", Self.superuser, "-d", database,
            "-c", statements,
        ])
    }

    /// Stops the server at once (as a crash would), to test what clients see when it disappears.
    ///
    /// The cluster runs with fsync and synchronous_commit off for speed, under which a crash may lose the last
    /// commits; a checkpoint first makes every commit durable, as a production server's settings would.
    public func stopServer() throws {
        try sql("CHECKPOINT")
        try runAsServerUser(bin + "/pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-w", "stop"])
    }

    /// Starts the server again after `stopServer()`.
    public func startServer() throws {
        try runAsServerUser(bin + "/pg_ctl", [
            "-D", directory + "/data", "-l", directory + "/server.log", "-w", "-t", "60", "-o",
            "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                + "-c max_connections=60",
            "start",
        ])
    }

    private func runAsServerUser(_ program: String, _ arguments: [String]) throws {
        if getuid() == 0 {
            try Self.run("/usr/sbin/runuser", ["-u", "postgres", "--", program] + arguments)
        } else {
            try Self.run(program, arguments)
        }
    }

    /// Runs a program to completion; a non-zero exit is an error carrying its output.
    ///
    /// Through `system(3)`, which waits with `waitpid`: Foundation's `Process.waitUntilExit` can wait forever
    /// for a child that starts a daemon (pg_ctl) when the test runner's threads are all busy.
    @discardableResult
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "newsgraph-pg-output-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let command = ([program] + arguments).map(quoted).joined(separator: " ")
            + " < /dev/null > \(quoted(outputPath)) 2>&1"
        let status = system(command)
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw ClusterError("\(program) \(arguments.joined(separator: " ")) exited \(status >> 8): \(text)")
        }
        return text
    }

    /// `text` quoted for the shell.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// A loopback port nothing listens on right now.
    public static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ClusterError("cannot open a socket to find a free port") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(descriptor, address, length) == 0 && getsockname(descriptor, address, &length) == 0
            }
        }
        guard bound else { throw ClusterError("cannot bind a loopback socket to find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Why the cluster could not be started.
public struct ClusterError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// Stops the cluster and deletes its directory when the test process exits.
enum ThrowawayClusterTeardown {
    nonisolated(unsafe) private static var clusters: [(bin: String, directory: String, asServerUser: Bool)] = []
    private static let lock = NSLock()

    static func register(bin: String, directory: String, asServerUser: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if clusters.isEmpty {
            atexit {
                for (bin, directory, asServerUser) in ThrowawayClusterTeardown.clusters {
                    let stop = [bin + "/pg_ctl", "-D", directory + "/data", "-m", "immediate", "-w", "stop"]
                    _ = try? ThrowawayCluster.run(asServerUser ? "/usr/sbin/runuser" : stop[0],
                                                  asServerUser ? ["-u", "postgres", "--"] + stop : Array(stop.dropFirst()))
                    try? FileManager.default.removeItem(atPath: directory)
                }
            }
        }
        clusters.append((bin, directory, asServerUser))
    }
}
