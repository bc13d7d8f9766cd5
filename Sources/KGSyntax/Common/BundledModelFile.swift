import Foundation

/// Files of KGSyntax's bundled `Models` folder (a SwiftPM resource).
enum BundledModelFile {
    /// The URL of `name` in the bundled `Models` folder, or a clear error when it is not there.
    static func url(named name: String) throws -> URL {
        guard let folder = Bundle.module.url(forResource: "Models", withExtension: nil) else {
            throw SyntaxModelError(path: "Models", reason: "KGSyntax's bundled Models folder is missing",
                                   hint: "rebuild the package; the folder is a SwiftPM resource of KGSyntax")
        }
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw SyntaxModelError(path: url.path, reason: "no bundled model \(name)",
                                   hint: "train it with `newsgraph train tagger --output Sources/KGSyntax/Models`")
        }
        return url
    }
}
