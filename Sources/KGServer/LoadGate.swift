import Foundation

/// Bounds how many store queries run at once; one past the bound is refused at once (503 with Retry-After)
/// instead of queueing, so a flood of expensive requests (misspelt names make the store search every name
/// for suggestions) cannot make every other request wait.
final class LoadGate: @unchecked Sendable {
    /// Queries allowed to run at once.
    let capacity: Int
    private let lock = NSLock()
    private var running = 0

    /// A gate letting `capacity` queries through at once.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Runs `body` if there is room, else throws a 503 `ServerError`.
    func run<T>(_ body: () throws(ServerError) -> T) throws(ServerError) -> T {
        lock.lock()
        guard running < capacity else {
            lock.unlock()
            throw ServerError(.unavailable, "the server is busy: \(capacity) queries are running",
                              hint: "retry in a moment")
        }
        running += 1
        lock.unlock()
        defer {
            lock.lock()
            running -= 1
            lock.unlock()
        }
        return try body()
    }
}
