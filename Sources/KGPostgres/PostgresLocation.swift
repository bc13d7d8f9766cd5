import Foundation
import KGCore

/// A PostgreSQL server and database named by a `postgresql://user:password@host:port/dbname?sslmode=…` URL.
///
/// The password is kept apart from `description`, which is what every message shows: it never appears in output.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// How the connection uses TLS, as libpq's `sslmode` says (verify-ca and verify-full also check the
    /// server's certificate; require only encrypts).
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// The server's host name or address.
    public var host: String
    /// The server's port.
    public var port: Int
    /// The role to log in as.
    public var user: String
    /// The database on the server.
    public var database: String
    /// How the connection uses TLS.
    public var sslMode: SSLMode
    /// How long to wait for any one answer from the server before calling the connection lost (`?timeout=`,
    /// seconds; default 300). A server that vanishes without closing its sockets is noticed after this long.
    public var answerTimeoutSeconds: Int = 300
    /// The password, from the URL, `PGPASSWORD` or the password file; never shown.
    var password: String?

    /// Whether `text` is a server URL (`postgresql://` or `postgres://`) rather than a file path.
    public static func isServerURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    /// Parses `url`; a password missing from it comes from `PGPASSWORD`, else from `~/.pgpass` (or `PGPASSFILE`).
    ///
    /// Throws a `PostgresStoreError` of kind `badLocation` that says which part is wrong; the message never
    /// repeats the password.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isServerURL(url), let components = URLComponents(string: url) else {
            throw PostgresStoreError(.badLocation, "'\(Self.redacted(url))' is not a PostgreSQL URL",
                                     hint: "write it as postgresql://user@host:5432/dbname")
        }
        guard let host = components.host, !host.isEmpty else {
            throw PostgresStoreError(.badLocation, "the PostgreSQL URL '\(Self.redacted(url))' names no host",
                                     hint: "write it as postgresql://user@host:5432/dbname")
        }
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        port = components.port ?? 5432
        guard (1...65_535).contains(port) else {
            throw PostgresStoreError(.badLocation, "the PostgreSQL URL '\(Self.redacted(url))' has port \(port)",
                                     hint: "use a port between 1 and 65535 (the server's default is 5432)")
        }
        let defaultUser = environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        user = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? defaultUser
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? (environment["PGDATABASE"] ?? user) : path
        guard !database.contains("/") else {
            throw PostgresStoreError(.badLocation, "the PostgreSQL URL '\(Self.redacted(url))' has a path "
                                     + "'\(database)' that is not one database name",
                                     hint: "write it as postgresql://user@host:5432/dbname")
        }
        var mode = SSLMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value, let parsed = SSLMode(rawValue: value) else {
                    throw PostgresStoreError(
                        .badLocation, "sslmode '\(item.value ?? "")' in '\(Self.redacted(url))' is not one libpq knows",
                        hint: "use one of " + SSLMode.allCases.map(\.rawValue).joined(separator: ", "))
                }
                mode = parsed
            case "user": user = item.value ?? user
            case "password": password = item.value
            case "dbname": database = item.value ?? database
            case "host": self.host = item.value ?? self.host
            case "port":
                guard let text = item.value, let value = Int(text), (1...65_535).contains(value) else {
                    throw PostgresStoreError(.badLocation, "port '\(item.value ?? "")' is not a port number",
                                             hint: "use a port between 1 and 65535")
                }
                port = value
            case "timeout":
                guard let text = item.value, let value = Int(text), (1...86_400).contains(value) else {
                    throw PostgresStoreError(.badLocation, "timeout '\(item.value ?? "")' is not a number of seconds",
                                             hint: "use ?timeout=SECONDS with 1 to 86400 seconds (default 300)")
                }
                answerTimeoutSeconds = value
            default:
                continue
            }
        }
        sslMode = mode
        if password == nil { password = components.password.flatMap { $0.isEmpty ? nil : $0 } }
        if password == nil { password = environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 } }
        if password == nil {
            let home = environment["HOME"] ?? NSHomeDirectory()
            let file = environment["PGPASSFILE"] ?? (home as NSString).appendingPathComponent(".pgpass")
            password = PasswordFile(path: file).password(host: self.host, port: port, database: database, user: user)
        }
    }

    /// The URL without its password: what messages show.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgresql://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// `url` with any password between `user:` and `@` replaced, for messages about a URL that did not parse.
    static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url.range(of: "@", options: .backwards),
              scheme.upperBound < at.lowerBound else { return url }
        let credentials = url[scheme.upperBound..<at.lowerBound]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":…" + String(url[at.lowerBound...])
    }
}

extension PostgresLocation {
    /// Whether the password found for this location is `password` (for tests: the password itself is never
    /// handed out).
    public func hasPassword(equalTo password: String?) -> Bool {
        self.password == password
    }
}
