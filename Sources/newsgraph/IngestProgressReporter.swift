import Foundation
import KGCore
import KGPipeline

/// How `ingest` shows its progress on standard error: a rewritten line on a terminal, one JSON object per
/// committed batch for scripts, or nothing. Warnings are printed as they are found, above the progress line.
struct IngestProgressReporter: Sendable {
    enum Style: Sendable {
        case none, line, json
    }

    let style: Style

    /// The style the flags ask for: JSON when asked, else a line on a terminal unless quiet.
    init(quiet: Bool, json: Bool) {
        if json {
            style = .json
        } else if !quiet && Terminal.standardErrorIsTerminal {
            style = .line
        } else {
            style = .none
        }
    }

    /// One JSON progress record (keys are stable: scripts and tests read them).
    struct Record: Codable {
        var documents: Int
        var sentences: Int
        var bytes: Int
        var totalBytes: Int?
        var elapsed: Double
        var rate: Double
        var sentencesPerSecond: Double
        var eta: Double?
    }

    func report(_ progress: Ingestor.Progress) {
        switch style {
        case .none:
            return
        case .json:
            let record = Record(
                documents: progress.documents, sentences: progress.sentences, bytes: progress.bytes,
                totalBytes: progress.totalBytes, elapsed: Self.rounded(progress.seconds),
                rate: Self.rounded(progress.documentsPerSecond), sentencesPerSecond: Self.rounded(progress.sentencesPerSecond),
                eta: progress.secondsRemaining.map(Self.rounded))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            guard let data = try? encoder.encode(record) else { return }
            Terminal.warn(String(decoding: data, as: UTF8.self))
        case .line:
            var line = String(
                format: "%d documents, %d sentences, %.1f documents/s, %.0f sentences/s", progress.documents,
                progress.sentences, progress.documentsPerSecond, progress.sentencesPerSecond)
            if let fraction = progress.fraction { line += String(format: ", %.0f%%", fraction * 100) }
            if let eta = progress.secondsRemaining { line += ", ETA " + Self.clock(eta) }
            Terminal.progress(line)
        }
    }

    func warn(_ warning: InputWarning) {
        if style == .line { Terminal.progress(nil) }
        Terminal.warn("warning: \(warning)")
    }

    /// Clears the progress line before the summary.
    func finish() {
        if style == .line { Terminal.progress(nil) }
    }

    private static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    private static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
