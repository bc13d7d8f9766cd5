/// How a timeline groups evidence: by day, by ISO week (Monday to Sunday, named by its Monday) or by month.
public enum TimelinePeriod: String, Sendable, Hashable, Codable, CaseIterable {
    case day, week, month
}
