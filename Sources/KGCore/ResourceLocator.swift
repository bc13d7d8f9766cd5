import Foundation

/// Finds newsgraph's data files (models, tables) at run time, without SwiftPM's `Bundle.module`, whose
/// accessor stops the process when the build folder is gone (an installed or copied binary).
///
/// Each module's files sit in a folder named like SwiftPM's resource bundle (`newsgraph_KGSyntax.resources`),
/// looked for, in order: in `$NEWSGRAPH_DATA`; beside the executable (the build folder, or a copied binary
/// with its folders); in `../share/newsgraph` from the executable's folder (`Scripts/install.sh`).
public enum ResourceLocator {
    /// Environment variable naming a folder that holds the resource folders (checked first).
    public static let environmentVariable = "NEWSGRAPH_DATA"

    /// The folders where `bundle` may be, in the order they are tried.
    public static func candidates(for bundle: String) -> [URL] {
        var bases: [URL] = []
        if let data = ProcessInfo.processInfo.environment[environmentVariable], !data.isEmpty {
            bases.append(URL(fileURLWithPath: data, isDirectory: true))
        }
        for executable in executableFolders {
            bases.append(executable)
            bases.append(executable.deletingLastPathComponent().appendingPathComponent("share/newsgraph", isDirectory: true))
        }
        // Test bundles on macOS live beside the resource folders they need.
        for bundleURL in Bundle.allBundles.map(\.bundleURL) where bundleURL.pathExtension == "xctest" {
            bases.append(bundleURL.deletingLastPathComponent())
        }
        var seen = Set<String>()
        return bases.map { $0.appendingPathComponent(bundle, isDirectory: true).standardizedFileURL }
            .filter { seen.insert($0.path).inserted }
    }

    /// The file `relativePath` inside the first candidate folder of `bundle` that holds it, or an error naming
    /// every place looked and what to do.
    public static func url(of relativePath: String, in bundle: String) throws -> URL {
        let places = candidates(for: bundle)
        for folder in places {
            let url = folder.appendingPathComponent(relativePath)
            if FileManager.default.isReadableFile(atPath: url.path) { return url }
        }
        throw ResourceError(
            message: "cannot find newsgraph's data file \(bundle)/\(relativePath); looked in "
                + places.map(\.path).joined(separator: ", "),
            hint: "install with `Scripts/install.sh PREFIX` (binary in PREFIX/bin, data in PREFIX/share/newsgraph), "
                + "or set \(environmentVariable) to a folder holding \(bundle)")
    }

    /// The executable's folder, with symbolic links resolved (a binary linked into PATH finds its real place).
    private static var executableFolders: [URL] {
        var folders: [URL] = []
        let fromProc = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if fromProc.path != "/proc/self/exe" { folders.append(fromProc.deletingLastPathComponent()) }
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        if let first = CommandLine.arguments.first, first.contains("/") {
            folders.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        return folders
    }
}
