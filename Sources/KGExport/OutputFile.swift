import Foundation

/// Writing command output to a path the user names: regular files are replaced atomically, devices, FIFOs and
/// `-` (standard output) are written directly, links are followed.
public enum OutputFile {
    /// Writes `data` to `path` ("-" for standard output); a failure is an `ExportError` naming the path.
    public static func write(_ data: Data, toPath path: String) throws(ExportError) {
        let file = try FileOutput(path: path)
        file.write(data)
        try file.finish()
    }

    /// Removes unfinished temporary files when the process is interrupted, and turns an exceeded file-size
    /// limit (`ulimit -f`) into a write error with a hint instead of a silent kill. Call once, early, in a
    /// command that writes files.
    public static func prepareProcess() {
        signal(SIGXFSZ, SIG_IGN)
        PartialFiles.shared.removeOnInterrupt()
    }
}
