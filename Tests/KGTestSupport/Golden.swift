import Foundation
import Testing

/// Golden files under `Tests/Goldens`: whole-pipeline outputs checked in, compared on every run and rewritten
/// only on purpose (`NEWSGRAPH_REGENERATE_GOLDENS=1`), so a change in extraction shows up as a reviewed diff.
public enum Golden {
    /// The environment variable that makes golden tests rewrite their files instead of comparing.
    public static let regenerateVariable = "NEWSGRAPH_REGENERATE_GOLDENS"

    /// Whether this run rewrites golden files.
    public static var isRegenerating: Bool {
        ProcessInfo.processInfo.environment[regenerateVariable] == "1"
    }

    /// The folder holding the golden files.
    public static let folder = PackageFolder.url("Tests/Goldens")

    /// Compares `actual` with the golden file `name` (relative to `Tests/Goldens`) and records an issue with a
    /// line diff when they differ; when regenerating, writes `actual` to the file instead.
    public static func expect(
        _ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        if let problem = mismatch(actual, name) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }

    /// The golden files present below `subfolder`, relative to `Tests/Goldens`, for finding stale ones.
    public static func files(in subfolder: String) -> Set<String> {
        let base = folder.appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return Set(names.filter { !$0.hasPrefix(".") }.map { "\(subfolder)/\($0)" })
    }

    /// Reports golden files that no case produced (a selection changed); regenerating deletes them.
    public static func expectNoStaleFiles(
        in subfolder: String, produced: Set<String>, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let stale = files(in: subfolder).subtracting(produced).sorted()
        guard !stale.isEmpty else { return }
        if isRegenerating {
            for name in stale { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
            return
        }
        Issue.record(
            Comment(rawValue: "golden files no case produces: \(stale.joined(separator: ", ")); \(howToRegenerate)"),
            sourceLocation: sourceLocation)
    }

    /// What to run to accept a change.
    public static let howToRegenerate =
        "if the change is intended, run `\(regenerateVariable)=1 swift test -c release --filter Golden` and review `git diff Tests/Goldens`"

    /// Nil when `actual` equals the golden file (or was just written), else a readable report.
    static func mismatch(_ actual: String, _ name: String) -> String? {
        let url = folder.appendingPathComponent(name)
        if isRegenerating {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "cannot write golden file \(url.path): \(error)"
            }
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden file Tests/Goldens/\(name); \(howToRegenerate)"
        }
        guard expected != actual else { return nil }
        return "Tests/Goldens/\(name) differs (- golden, + now):\n"
            + LineDiff(old: expected, new: actual).rendered() + "\n" + howToRegenerate
    }
}
