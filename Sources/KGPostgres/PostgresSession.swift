import Foundation
import PostgresNIO

/// One connection to the server, used synchronously: every call blocks until the server answers, so the
/// store's methods stay as plain as the SQLite store's. One caller at a time (`exclusive(_:)`).
final class PostgresSession: @unchecked Sendable {
    /// A value bound to a `$n` placeholder; nil binds NULL.
    typealias Argument = (any PostgresDynamicTypeEncodable)?

    let location: PostgresLocation
    private let connection: PostgresConnection
    private let lock = NSLock()
    private let logger: Logger

    /// Connects and logs in; failures name the server and say what to check, never the password.
    init(_ location: PostgresLocation) throws {
        self.location = location
        var logger = Logger(label: "newsgraph.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let configuration: PostgresConnection.Configuration
        do {
            configuration = PostgresConnection.Configuration(
                host: location.host, port: location.port, username: location.user, password: location.password,
                database: location.database, tls: try Self.tls(location.sslMode))
        } catch {
            throw PostgresStoreError(.cannotConnect, "cannot set up TLS for \(location): \(error)",
                                     hint: "try ?sslmode=disable on a trusted network")
        }
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw Self.describe(error, location: location, connecting: true)
        }
        // Our statements are short and many: compiling them (PostgreSQL 11+ does when a plan's estimated cost
        // is high) took 130 ms of a 225 ms change-report statement. Servers without JIT refuse the setting.
        _ = try? rows("SET jit = off")
    }

    deinit {
        _ = try? connection.close().wait()
    }

    /// Runs `body` while no other caller uses the connection.
    func exclusive<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Runs one statement with `$1…` bound to `arguments` and returns its rows.
    @discardableResult
    func rows(_ sql: String, _ arguments: [Argument] = []) throws -> [PostgresRow] {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            if let argument { Self.bind(argument, into: &bindings) } else { bindings.appendNull() }
        }
        // A connection the server closed fails at once; one that stays silent fails after the answer timeout
        // (a statement sent to a server killed with `pg_ctl -m immediate` otherwise waited forever).
        guard !connection.isClosed else {
            throw PostgresStoreError(.connectionLost, "lost the connection to \(location): the server closed it",
                                     hint: Self.lostHint)
        }
        let query = connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        let answer = query.eventLoop.makePromise(of: PostgresQueryResult.self)
        query.cascade(to: answer)
        let seconds = location.answerTimeoutSeconds
        let timeout = query.eventLoop.scheduleTask(in: .seconds(Int64(seconds))) { answer.fail(SessionClosed()) }
        defer { timeout.cancel() }
        do {
            return try answer.futureResult.wait().rows
        } catch is SessionClosed {
            connection.close().whenComplete { _ in }
            throw PostgresStoreError(.connectionLost, "lost the connection to \(location): no answer within \(seconds) s",
                                     hint: Self.lostHint)
        } catch {
            throw Self.describe(error, location: location, connecting: false)
        }
    }

    /// Runs `body` in one transaction, committed when it returns and rolled back when it throws. A deadlock or
    /// serialisation failure (another worker wrote the same rows) rolls back and runs `body` again.
    func transaction<T>(readOnly: Bool = false, _ body: () throws -> T) throws -> T {
        let attempts = 8
        for attempt in 1...attempts {
            try rows(readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN")
            do {
                let result = try body()
                try rows("COMMIT")
                return result
            } catch let error as PostgresStoreError {
                if error.kind != .connectionLost { _ = try? rows("ROLLBACK") }
                guard error.isRetryable, attempt < attempts else { throw error }
                // Back off a little, differently in each worker, so the same two do not collide again.
                usleep(UInt32.random(in: 5_000...50_000) * UInt32(attempt))
            } catch {
                _ = try? rows("ROLLBACK")
                throw error
            }
        }
        throw PostgresStoreError(.database, "a transaction on \(location) kept failing")
    }

    private static func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value, into bindings: inout PostgresBindings) {
        bindings.append(value)
    }

    private static func tls(_ mode: PostgresLocation.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable:
            return .disable
        case .allow, .prefer:
            configuration.certificateVerification = .none
            return .prefer(try NIOSSLContext(configuration: configuration))
        case .require:
            // libpq's require encrypts without checking the certificate; verify-ca and verify-full check it.
            configuration.certificateVerification = .none
            return .require(try NIOSSLContext(configuration: configuration))
        case .verifyCA:
            configuration.certificateVerification = .noHostnameVerification
            return .require(try NIOSSLContext(configuration: configuration))
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: configuration))
        }
    }

    /// A clear error for what the driver reported, naming the server (never the password).
    static func describe(_ error: any Error, location: PostgresLocation, connecting: Bool) -> PostgresStoreError {
        if let error = error as? PostgresStoreError { return error }
        guard let error = error as? PSQLError else {
            if connecting {
                return PostgresStoreError(.cannotConnect, "cannot connect to \(location): \(error)",
                                          hint: "check that the server runs and listens on \(location.host):\(location.port)")
            }
            return PostgresStoreError(.connectionLost, "lost the connection to \(location): \(error)",
                                      hint: lostHint)
        }
        let serverMessage = error.serverInfo?[.message] ?? "\(error.code)"
        let state = error.serverInfo?[.sqlState] ?? ""
        switch error.code {
        case .server:
            switch state {
            case "28P01", "28000":
                return PostgresStoreError(.authentication, "\(location) refused the login: \(serverMessage)",
                                          hint: "check the role and its password (from the URL, PGPASSWORD or ~/.pgpass)")
            case "3D000":
                return PostgresStoreError(.cannotConnect, "\(location): \(serverMessage)",
                                          hint: "create it first (createdb \(location.database)) or fix the name")
            case "40001", "40P01":
                return PostgresStoreError(.retryable, "\(location): \(serverMessage)")
            case "25006", "42501":
                return PostgresStoreError(.readOnly, "\(location) refused a write: \(serverMessage)",
                                          hint: "use a role that may write to ingest; `serve` and queries need only reads")
            case _ where state.hasPrefix("57P") || state.hasPrefix("08"):
                return PostgresStoreError(.connectionLost, "\(location) ended the connection: \(serverMessage)",
                                          hint: lostHint)
            default:
                let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
                return PostgresStoreError(.database, "\(location): \(serverMessage)\(detail)")
            }
        case .sslUnsupported:
            return PostgresStoreError(.cannotConnect, "\(location) does not offer TLS, and sslmode asks for it",
                                      hint: "use ?sslmode=prefer or ?sslmode=disable, or enable ssl on the server")
        case .authMechanismRequiresPassword:
            return PostgresStoreError(.authentication, "\(location) asks for a password and none was given",
                                      hint: "give it in the URL, in PGPASSWORD or in ~/.pgpass (mode 0600)")
        case .unsupportedAuthMechanism, .saslError:
            return PostgresStoreError(.authentication, "\(location) refused the login (\(error.code))",
                                      hint: "check the role and its password (from the URL, PGPASSWORD or ~/.pgpass)")
        case .connectionError:
            let cause = error.underlying.map { "\($0)" } ?? "\(error.code)"
            return PostgresStoreError(.cannotConnect, "cannot connect to \(location): \(cause)",
                                      hint: "check that the server runs and listens on \(location.host):\(location.port)")
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            if connecting {
                return PostgresStoreError(.cannotConnect, "\(location) closed the connection while logging in",
                                          hint: "check the server's log and pg_hba.conf")
            }
            return PostgresStoreError(.connectionLost, "lost the connection to \(location)", hint: lostHint)
        default:
            return PostgresStoreError(.database, "\(location): \(serverMessage) (\(error.code))")
        }
    }

    static let lostHint = "nothing of the batch in flight was committed and every committed batch is kept; "
        + "run the same command again when the server is back"
}

extension PostgresStoreError {
    /// Whether running the same transaction again may succeed (a deadlock or serialisation failure).
    var isRetryable: Bool { kind == .retryable }
}

/// The server stayed silent past the answer timeout while a statement waited.
private struct SessionClosed: Error {}
