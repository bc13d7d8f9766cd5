import Foundation
import KGCore

/// Files of KGSyntax's bundled `Models` folder (a SwiftPM resource, installed beside the binary or in
/// `share/newsgraph`; see `ResourceLocator`).
enum BundledModelFile {
    /// The resource folder's name, as SwiftPM builds it and `Scripts/install.sh` installs it.
    static let bundle = "newsgraph_KGSyntax.resources"

    /// The URL of `name` in the bundled `Models` folder, or a clear error naming where it looked.
    static func url(named name: String) throws -> URL {
        try ResourceLocator.url(of: "Models/\(name)", in: bundle)
    }

    /// Reads bundled model `name` with `load`, for a `static let` that keeps it for the whole process: the
    /// models are 14 MB and immutable, and the CLI, server and test suites ask for them many times.
    static func loadOnce<Model: Sendable>(_ name: String, _ load: (URL) throws -> Model) -> Result<Model, ResourceError> {
        Result { try load(try url(named: name)) }.mapError(ResourceError.init)
    }
}
