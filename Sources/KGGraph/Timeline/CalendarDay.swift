/// A calendar day as an article's date gives it, with the arithmetic timelines need (week and month starts,
/// the next period), done on the numbers alone: no time zone can move a date to the day before.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The day with these numbers; nil unless the month has that day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// The date an ISO text starts with, as written: "2017-03-01", "2017-03-01T23:30:00-05:00" and
    /// "2017-03-01 08:00" are all 1 March 2017 (a date with a time is the article's local date); nil when the
    /// text does not start with a valid `YYYY-MM-DD`.
    public init?(iso text: String) {
        let utf8 = Array(text.utf8.prefix(11))
        guard utf8.count >= 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        if utf8.count == 11, utf8[10] != UInt8(ascii: "T"), utf8[10] != UInt8(ascii: " ") { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in utf8[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days since 1970-01-01 (negative before), by the proleptic Gregorian calendar.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01 (clamped to years 1…9999).
    public init(dayNumber: Int) {
        let clamped = min(max(dayNumber, -719_162), 2_932_896)
        let z = clamped + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        (self.year, self.month, self.day) = (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Monday = 0 … Sunday = 6.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    /// The first day of the period holding this day: itself, its week's Monday (ISO weeks), or the 1st.
    public func start(of period: TimelinePeriod) -> CalendarDay {
        switch period {
        case .day: self
        case .week: CalendarDay(dayNumber: dayNumber - weekday)
        case .month: CalendarDay(year: year, month: month, day: 1) ?? self
        }
    }

    /// The first day of the next period (from a period's first day).
    public func next(_ period: TimelinePeriod) -> CalendarDay {
        switch period {
        case .day: CalendarDay(dayNumber: dayNumber + 1)
        case .week: CalendarDay(dayNumber: dayNumber + 7)
        case .month:
            month == 12 ? CalendarDay(year: year + 1, month: 1, day: 1) ?? self
                : CalendarDay(year: year, month: month + 1, day: 1) ?? self
        }
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
