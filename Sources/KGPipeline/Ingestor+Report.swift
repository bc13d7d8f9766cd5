import KGCore
import KGGraph
import KGStore

extension Ingestor {
    /// What an ingest did, in total.
    public struct Report: Sendable {
        /// What the store changed, summed over the batches.
        public var summary = IngestSummary()
        /// Documents read and stored (added, replaced or found unchanged).
        public var documentsRead = 0
        /// Assertions extracted from the new and changed documents.
        public var assertions = 0
        /// Every problem with the input, in the order found.
        public var warnings: [InputWarning] = []
        /// Inputs (lines or files) skipped, by reason ("not valid JSON", "duplicate id", …).
        public var skipped: [String: Int] = [:]
        /// Wall-clock time of the whole ingest.
        public var elapsed: Duration = .zero
        /// Time the writer spent in transactions (overlapping extraction of the next batch).
        public var writeTime: Duration = .zero

        /// `elapsed` in seconds.
        public var seconds: Double { elapsed.seconds }

        /// `writeTime` in seconds.
        public var writeSeconds: Double { writeTime.seconds }

        /// The skipped inputs as one phrase ("2 not valid JSON, 1 binary"), most frequent first; nil when none.
        public var skippedSummary: String? {
            guard !skipped.isEmpty else { return nil }
            return skipped.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        }
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
