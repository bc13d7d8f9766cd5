import Foundation
import Hummingbird
import HummingbirdTesting
import KGServer
import Testing

@Suite("Caps and timeouts")
struct LimitTests {
    @Test(arguments: [
        "/entity/Russia?depth=9",
        "/api/neighbors?entity=Russia&depth=4",
        "/api/path?from=Russia&to=Iran&max-length=50",
        "/api/entities?limit=100000",
    ])
    func requestsBeyondTheCapsAreRefused(uri: String) async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("must be between"))
        }
    }

    @Test func overlongQueryStringsAreRefused() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(
                uri: "/api/entities?search=" + String(repeating: "a", count: 5_000), method: .get)
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("5007 bytes"))
        }
    }

    @Test func networksLargerThanTheEdgeCapAreRefusedWithAHint() async throws {
        try await ServerFixture.withServer(limits: ServerLimits(maximumEdges: 2)) { client, _ in
            let response = try await client.execute(uri: "/api/neighbors?entity=Russia&limit=1", method: .get)
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("min-evidence"))
        }
    }

    @Test func svgExportBeyondTheDrawingCapIsRefused() async throws {
        try await ServerFixture.withServer(limits: ServerLimits(maximumDrawnEdges: 2)) { client, _ in
            let response = try await client.execute(uri: "/api/export?format=svg&entity=Russia", method: .get)
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("at most"))
        }
    }

    @Test func drawingsBeyondTheCapKeepTheStrongestEdges() async throws {
        try await ServerFixture.withServer(limits: ServerLimits(maximumDrawnEdges: 1)) { client, _ in
            let response = try await client.execute(uri: "/entity/Russia", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("1 strongest of "), "the notes say what was left out")
            #expect(response.text.contains("relations drawn, spread over categories and neighbours (raise “Edges drawn”"))
        }
    }

    @Test func aSlowLayoutTimesOutWithoutBlockingOtherRequests() async throws {
        let queue = RenderQueue(timeout: .milliseconds(300), maximumPending: 4)
        try await ServerFixture.withServer(renderQueue: queue) { client, _ in
            _ = try await client.execute(uri: "/api/entities", method: .get)  // warm the store's caches first
            // Occupy the Graphviz thread the way a pathological layout would, until the test lets it go.
            // Ordering, not wall time: the layout holds the thread until both answers are in, so a loaded
            // machine (the whole suite runs in parallel on two cores) cannot make this flaky.
            let started = LayoutFlag(), released = LayoutFlag(), layoutFinished = LayoutFlag()
            let blocker = Task {
                try await queue.run {
                    started.set()
                    // Released by the test; the cap only keeps a broken server from hanging the suite.
                    for _ in 0..<6_000 where !released.isSet { Thread.sleep(forTimeInterval: 0.01) }
                    layoutFinished.set()
                }
            }
            while !started.isSet { try await Task.sleep(for: .milliseconds(5)) }
            let entities = try await client.execute(uri: "/api/entities", method: .get)
            #expect(entities.status == .ok)
            #expect(!layoutFinished.isSet, "requests that do not draw are not held up by the layout")
            let page = try await client.execute(uri: "/entity/Russia", method: .get)
            #expect(page.status == .serviceUnavailable)
            #expect(page.text.contains("did not finish the drawing"))
            #expect(page.text.contains("Relations (3)"), "the table is still there")
            released.set()
            _ = try? await blocker.value
        }
    }

    @Test func aFullRenderQueueRefusesAtOnce() async throws {
        let queue = RenderQueue(timeout: .seconds(5), maximumPending: 1)
        let blocker = Task { try await queue.run { Thread.sleep(forTimeInterval: 0.5) } }
        try await Task.sleep(for: .milliseconds(50))
        await #expect(throws: ServerError.self) { try await queue.run { 1 } }
        _ = try? await blocker.value
        #expect(try await queue.run { 2 } == 2)
    }
}

/// Set once from the render thread, read from the test.
private final class LayoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
