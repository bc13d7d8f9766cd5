import Foundation

/// Where the package's own files are, for tests that read fixtures, the README or golden files.
public enum PackageFolder {
    /// The package root (the folder holding Package.swift), found from this file's place in Tests/.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder below the package root, e.g. `url("Graphs/seed/…")`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The seed article, the worked example that README and tests quote (it is ours, so it may be quoted).
    public static let seedArticle = url("Graphs/seed/us-sanctions-russia-over-iranian-drones.txt")
}
