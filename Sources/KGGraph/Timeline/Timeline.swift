import KGCore

/// How the relations of an entity, or of a pair, went over time: evidence per period by polarity and
/// category, and a Goldstein-like score, with every period between the first and last present (empty ones
/// as zeros) so a chart's gaps are real.
public struct Timeline: Sendable, Hashable, Codable {
    /// One dated (or undated) piece of evidence to count.
    public struct Event: Sendable, Hashable {
        /// The document's date, as stored (ISO, possibly with a time).
        public var date: String?
        public var relationClass: RelationClass
        public var negated: Bool

        /// An event of a relation of class `relationClass`.
        public init(date: String?, relationClass: RelationClass, negated: Bool) {
            self.date = date
            self.relationClass = relationClass
            self.negated = negated
        }
    }

    /// The grouping.
    public var period: TimelinePeriod
    /// Consecutive periods, oldest first.
    public var buckets: [TimelineBucket]
    /// Evidence without a usable date, which no period holds.
    public var undated: Int

    /// Most periods a timeline spans; a wider range is cut to the periods that hold evidence.
    public static let maximumBuckets = 4_000

    /// A timeline from its parts.
    public init(period: TimelinePeriod, buckets: [TimelineBucket], undated: Int) {
        self.period = period
        self.buckets = buckets
        self.undated = undated
    }

    /// Counts `events` by `period`, from the period of `from` (or of the earliest event) to that of `to` (or of
    /// the latest); events outside that range are left out.
    public init(events: some Sequence<Event>, by period: TimelinePeriod, from: String? = nil, to: String? = nil) {
        var byStart: [Int: TimelineBucket] = [:]
        var undated = 0
        let lower = from.flatMap(CalendarDay.init(iso:))
        let upper = to.flatMap(CalendarDay.init(iso:))
        for event in events {
            guard let day = event.date.flatMap(CalendarDay.init(iso:)) else {
                undated += 1
                continue
            }
            if let lower, day < lower { continue }
            if let upper, day > upper { continue }
            let start = day.start(of: period)
            byStart[start.dayNumber, default: TimelineBucket(start: start.iso)].add(event.relationClass, negated: event.negated)
        }
        var buckets: [TimelineBucket] = []
        let first = lower?.start(of: period) ?? byStart.keys.min().map(CalendarDay.init(dayNumber:))
        let last = upper?.start(of: period) ?? byStart.keys.max().map(CalendarDay.init(dayNumber:))
        if let first, let last, first <= last {
            var day = first
            while day <= last, buckets.count < Self.maximumBuckets {
                buckets.append(byStart[day.dayNumber] ?? TimelineBucket(start: day.iso))
                let next = day.next(period)
                if next <= day { break }
                day = next
            }
            if day <= last {
                // Too wide a range for every period: keep the ones that hold evidence.
                buckets = byStart.keys.sorted().compactMap { byStart[$0] }
            }
        }
        self.init(period: period, buckets: buckets, undated: undated)
    }

    /// Evidence counted in some period.
    public var datedCount: Int { buckets.reduce(0) { $0 + $1.total } }
}
