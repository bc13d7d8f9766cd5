import Foundation
import Testing

/// The team's shared data (`../shared/data` beside the package, or `NEWSGRAPH_SHARED_DATA`), found one way by
/// every suite. It is never in the repository, so a test that needs it declares so with
/// `.enabled(if: SharedData.has(.ud))`-style traits (`SharedData.required(_:)`) and shows as skipped without it.
public enum SharedData {
    /// The folders of the shared data that tests use, each with a file that proves it is there.
    public enum Part: String, Sendable, CaseIterable {
        case ud, carb, ner, news, parties

        /// A file inside the part whose presence means the part is usable.
        var marker: String {
            switch self {
            case .ud: "ud/en_ewt-ud-dev.conllu"
            case .carb: "carb/dev_gold.tsv"
            case .ner: "ner/en_ewt-uner-dev.iob2"
            case .news: "news/newsarticles-2017/articles.jsonl"
            case .parties: "parties/partyfacts-core-parties.csv"
            }
        }
    }

    /// The shared data folder: `NEWSGRAPH_SHARED_DATA` when set, else `../shared/data` beside the package root.
    public static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["NEWSGRAPH_SHARED_DATA"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        return PackageFolder.root.deletingLastPathComponent().appendingPathComponent("shared/data", isDirectory: true)
    }()

    /// Whether the shared data folder exists at all.
    public static var isPresent: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether `part` is present (its marker file exists).
    public static func has(_ part: Part) -> Bool {
        FileManager.default.fileExists(atPath: url(part.marker).path)
    }

    /// A file or folder inside the shared data, e.g. `url("ud/en_ewt-ud-dev.conllu")`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The path of `url(relativePath)`.
    public static func path(_ relativePath: String) -> String {
        url(relativePath).path
    }

    /// A trait that runs the test only when `parts` are present, and says what is missing otherwise.
    public static func required(_ parts: Part...) -> ConditionTrait {
        .enabled(
            if: parts.allSatisfy(has),
            Comment(rawValue: "needs \(parts.map { root.appendingPathComponent($0.rawValue).path }.joined(separator: ", ")) "
                + "(shared data, not in the repository; set NEWSGRAPH_SHARED_DATA to point elsewhere)"))
    }
}
