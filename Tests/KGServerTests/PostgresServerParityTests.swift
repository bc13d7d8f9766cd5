import Foundation
import Hummingbird
import HummingbirdTesting
import KGCore
import KGGraph
import KGPostgres
import KGServer
import KGStore
import KGTestSupport
import Testing

/// The web server over an SQLite file and over a PostgreSQL server holding the same articles: the timelines,
/// the changes report (JSON and the home page's panel) and the refusals of bad input are the same, byte for byte.
@Suite(.enabled(if: ThrowawayCluster.isAvailable, "needs PostgreSQL's server programs (apt-get install postgresql)"))
struct PostgresServerParityTests {
    typealias F = ServerFixture

    /// The fixture's two articles with an earlier and a later one, so the last week of the data (from 2017-03-28)
    /// holds new actors, busiest pairs, a stance flip (Russia buying from Iran, asserted before, denied since)
    /// and a polarity flip (the United States and Russia, mostly sanctions before, mostly support since).
    static var items: [IngestItem] {
        let earlier: [F.Line] = [
            (F.russia, "buy", F.iran, "Russia bought drones from Iran.", false, nil),
            (F.russia, "buy", F.iran, "Moscow bought more drones from Tehran.", false, nil),
            (F.unitedStates, "support", F.russia, "The United States supported Russia at the talks.", false, nil),
        ]
        let later: [F.Line] = [
            (F.russia, "buy", F.iran, "Russia did not buy drones from Iran, the Kremlin said.", true, nil),
            (F.unitedStates, "support", F.russia, "Washington supported Moscow's proposal.", false, nil),
            (F.unitedStates, "support", F.russia, "The United States supported Russia again.", false, nil),
            (F.unitedStates, "support", F.russia, "Washington supported the Kremlin's plan.", false, nil),
            (F.unitedStates, "sanction", F.russia, "The United States sanctioned Russia once more.", false, nil),
        ]
        return [F.item("doc-0", date: "2017-02-01", lines: earlier)] + F.items
            + [F.item("doc-c", date: "2017-04-03", lines: later)]
    }

    /// A status and a body.
    struct Answer: Equatable, CustomStringConvertible {
        var status: Int
        var body: String
        var description: String { "\(status) \(body)" }
    }

    /// Each URI's answer from a server over a new SQLite file and from one over a new PostgreSQL database, both
    /// holding `items` and opened read-only as `serve` opens them.
    static func answers(_ uris: [String]) async throws -> (sqlite: [Answer], postgres: [Answer]) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-server-parity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("graph.sqlite").path
        _ = try GraphStore(path: path).ingest(items)
        guard let cluster = ThrowawayCluster.shared else {
            throw PostgresStoreError(.cannotConnect, "the throwaway PostgreSQL cluster did not start (see stderr)")
        }
        let url = cluster.url(database: try cluster.createDatabase())
        _ = try PostgresStore(location: PostgresLocation(url: url)).ingest(items)
        let sqlite = try await answers(uris, from: GraphStore.openExisting(path: path))
        let postgres = try await answers(uris, from: PostgresStore(location: PostgresLocation(url: url), readOnly: true))
        return (sqlite, postgres)
    }

    /// Each URI's answer from a server over `store`.
    static func answers(_ uris: [String], from store: any GraphSource) async throws -> [Answer] {
        let app = Application(router: GraphServer(store: store).router())
        return try await app.test(.router) { client in
            var answers: [Answer] = []
            for uri in uris {
                let response = try await client.execute(uri: uri, method: .get)
                answers.append(Answer(status: Int(response.status.code), body: response.text))
            }
            return answers
        }
    }

    static func object(_ answer: Answer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])
    }

    /// The part of a page from `start` to the first `end` after it (inclusive), or nil.
    static func section(of page: String, from start: String, to end: String) -> String? {
        guard let first = page.range(of: start), let last = page.range(of: end, range: first.upperBound..<page.endIndex)
        else { return nil }
        return String(page[first.lowerBound..<last.upperBound])
    }

    @Test func timelinesAnswerAlikeFromBothStores() async throws {
        let uris = [
            "/api/timeline?entity=Russia",
            "/api/timeline?entity=moscow&with=United%20States&by=day",
            "/api/timeline?entity=Russia&direction=out&by=month&from-date=2017-03-01&polarity=cooperative",
            "/api/timeline?entity=Iran&direction=in&relation=buy",
            "/entity/Russia?with=United%20States&by=month",
        ]
        let (sqlite, postgres) = try await Self.answers(uris)
        for (uri, (a, b)) in zip(uris.dropLast(), zip(sqlite, postgres)) {
            #expect(a.status == 200, "\(uri) on SQLite: \(a)")
            #expect(a == b, "\(uri)")
        }
        // Russia's four relations (sanction, support, buy, attack) and their 13 sentences, from doc-0's week to doc-c's.
        let russia = try Self.object(postgres[0])
        #expect(russia["edge_count"] as? Int == 4)
        let buckets = try #require(russia["buckets"] as? [[String: Any]])
        #expect(buckets.first?["period_start"] as? String == "2017-01-30")
        #expect(buckets.last?["period_start"] as? String == "2017-04-03")
        #expect(buckets.reduce(0) { $0 + ($1["total"] as? Int ?? 0) } == 13)
        let pair = try Self.object(postgres[1])
        #expect((pair["other"] as? [String: Any])?["name"] as? String == "United States")
        #expect((pair["buckets"] as? [[String: Any]])?.isEmpty == false)

        // The entity page's "Over time" section: both charts, the same from both stores.
        #expect(sqlite[4].status == 200 && postgres[4].status == 200)
        let over = (Self.section(of: sqlite[4].body, from: "<h2 id=\"timeline\">", to: "The numbers as JSON"),
                    Self.section(of: postgres[4].body, from: "<h2 id=\"timeline\">", to: "The numbers as JSON"))
        let timeline = try #require(over.1)
        #expect(over.0 == timeline)
        #expect(timeline.contains("id=\"pair-timeline-chart\""))
        #expect(!timeline.contains("No pair timeline"))
    }

    @Test func changesAnswerAlikeFromBothStores() async throws {
        let uris = ["/api/changes", "/api/changes?since=2017-03-01&until=2017-04-02&limit=2", "/api/changes?days=60", "/"]
        let (sqlite, postgres) = try await Self.answers(uris)
        for (uri, (a, b)) in zip(uris.dropLast(), zip(sqlite, postgres)) {
            #expect(a.status == 200, "\(uri) on SQLite: \(a)")
            #expect(a == b, "\(uri)")
        }
        // The last seven days of the data, keyed as `newsgraph changes --format jsonl` keys them.
        let week = try Self.object(postgres[0])
        #expect(week["since"] as? String == "2017-03-28")
        let newActors = try #require(week["new_actors"] as? [[String: Any]])
        #expect(Set(newActors.compactMap { ($0["entity"] as? [String: Any])?["name"] as? String })
            == [F.script.name, F.svgBreaker.name, F.quoted.name])
        let flips = try #require(week["flips"] as? [[String: Any]])
        #expect(Set(flips.compactMap { $0["kind"] as? String }) == ["stance", "polarity"])
        let busiest = try #require(week["busiest_pairs"] as? [[String: Any]])
        #expect(busiest.count >= 2)
        let top = try #require(busiest.first)
        #expect(Set([top["first"], top["second"]].compactMap { ($0 as? [String: Any])?["name"] as? String })
            == ["Russia", "United States"])
        let closed = try Self.object(postgres[1])
        #expect(closed["until"] as? String == "2017-04-02")
        #expect((closed["new_edges"] as? [Any])?.count == 2)
        #expect((closed["new_edge_count"] as? Int ?? 0) > 2)

        // The home page's "What changed" panel.
        let panels = (Self.section(of: sqlite[3].body, from: "<section id=\"changes\"", to: "</section>"),
                      Self.section(of: postgres[3].body, from: "<section id=\"changes\"", to: "</section>"))
        let panel = try #require(panels.1)
        #expect(panels.0 == panel)
        #expect(panel.contains("What changed since 2017-03-28"))
        #expect(panel.contains("<ul class=\"entities\" id=\"flips\">"))
    }

    @Test func badInputGetsTheSameRefusalFromBothStores() async throws {
        let refusals: [(uri: String, status: Int)] = [
            ("/api/timeline?entity=Rusia", 404),
            ("/api/timeline?entity=Russia&with=Nobody%20Known", 404),
            ("/api/timeline?entity=Russia&from-date=2017-02-30", 400),
            ("/api/timeline?entity=Russia&by=year", 400),
            ("/api/changes?since=March", 400),
            ("/api/changes?since=2017-04-02&until=2017-03-01", 400),
            ("/api/changes?days=0", 400),
        ]
        let (sqlite, postgres) = try await Self.answers(refusals.map(\.uri))
        for (refusal, (a, b)) in zip(refusals, zip(sqlite, postgres)) {
            #expect(a.status == refusal.status, "\(refusal.uri) on SQLite: \(a)")
            #expect(a == b, "\(refusal.uri)")
        }
        let unknown = try Self.object(postgres[0])
        #expect(unknown["error"] as? String == "no entity named 'Rusia'")
        #expect((unknown["hint"] as? String)?.contains("'Russia'") == true)
        #expect((try Self.object(postgres[4])["error"] as? String)?.contains("'since'") == true)
        // The empty range is the store's refusal, not the parameter parser's.
        #expect((try Self.object(postgres[5])["error"] as? String)?.contains("is empty") == true)
    }
}
