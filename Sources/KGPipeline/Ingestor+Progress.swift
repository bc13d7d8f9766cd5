extension Ingestor {
    /// Where an ingest is after a committed batch, for progress lines.
    public struct Progress: Sendable, Hashable {
        /// Documents stored so far (added, replaced or unchanged).
        public var documents: Int
        /// Sentences of those documents that were annotated (unchanged documents have none).
        public var sentences: Int
        /// Input bytes read up to the last stored document.
        public var bytes: Int
        /// Bytes of all the input files; nil when unknown (standard input).
        public var totalBytes: Int?
        /// Time since the ingest started.
        public var elapsed: Duration

        /// Progress with these counts.
        public init(documents: Int, sentences: Int, bytes: Int = 0, totalBytes: Int? = nil, elapsed: Duration) {
            self.documents = documents
            self.sentences = sentences
            self.bytes = bytes
            self.totalBytes = totalBytes
            self.elapsed = elapsed
        }

        /// Elapsed time in seconds.
        public var seconds: Double { elapsed.seconds }

        /// Documents stored per second so far.
        public var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }

        /// Sentences annotated per second so far.
        public var sentencesPerSecond: Double { seconds > 0 ? Double(sentences) / seconds : 0 }

        /// Share of the input bytes stored, 0…1; nil when the total is unknown.
        public var fraction: Double? {
            guard let totalBytes, totalBytes > 0 else { return nil }
            return min(1, Double(bytes) / Double(totalBytes))
        }

        /// Seconds left at the rate so far, from the bytes read; nil when the total is unknown or nothing is done.
        public var secondsRemaining: Double? {
            guard let totalBytes, bytes > 0, seconds > 0 else { return nil }
            return Double(max(0, totalBytes - bytes)) * seconds / Double(bytes)
        }
    }
}
