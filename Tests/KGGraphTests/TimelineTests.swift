import KGCore
import KGGraph
import Testing

/// Period bucketing: calendar arithmetic, month and year boundaries, dates with times and offsets, empty periods.
@Suite struct TimelineTests {
    static let fight = RelationClass(category: .fight, weight: -10)
    static let consult = RelationClass(category: .consult, weight: 1)
    static let statement = RelationClass(category: .makeStatement, weight: 0)

    static func event(_ date: String?, _ relationClass: RelationClass = consult, negated: Bool = false) -> Timeline.Event {
        Timeline.Event(date: date, relationClass: relationClass, negated: negated)
    }

    @Test(arguments: [
        ("2017-03-01", "2017-03-01"),
        ("2017-12-31T23:30:00-05:00", "2017-12-31"),
        ("2018-01-01T00:30:00+09:00", "2018-01-01"),
        ("2016-02-29 08:00", "2016-02-29"),
        ("2000-02-29", "2000-02-29"),
    ])
    func readsTheDateAsWritten(text: String, iso: String) {
        #expect(CalendarDay(iso: text)?.iso == iso)
    }

    @Test(arguments: ["2017-02-29", "1900-02-29", "2017-13-01", "2017-3-1", "17-03-01", "", "2017-03-01x", "2017-04-31"])
    func rejectsWhatIsNotADay(text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }

    @Test func countsDaysBothWays() {
        #expect(CalendarDay(iso: "1970-01-01")?.dayNumber == 0)
        #expect(CalendarDay(iso: "2017-03-01")?.dayNumber == 17_226)
        for number in stride(from: -719_162, to: 2_932_896, by: 997) {
            #expect(CalendarDay(dayNumber: number).dayNumber == number)
        }
        #expect(CalendarDay(iso: "2017-01-01")?.weekday == 6, "a Sunday")
        #expect(CalendarDay(iso: "2018-12-31")?.weekday == 0, "a Monday")
    }

    @Test(arguments: [
        // (date, period, first day of its period)
        ("2017-01-01", TimelinePeriod.week, "2016-12-26"),
        ("2018-12-31", .week, "2018-12-31"),
        ("2019-01-06", .week, "2018-12-31"),
        ("2017-03-01", .week, "2017-02-27"),
        ("2016-12-31", .month, "2016-12-01"),
        ("2017-01-01", .month, "2017-01-01"),
        ("2016-02-29", .month, "2016-02-01"),
        ("2017-12-31T23:30:00-05:00", .month, "2017-12-01"),
        ("2017-12-31T23:30:00-05:00", .day, "2017-12-31"),
    ])
    func bucketsAcrossMonthAndYearBoundaries(date: String, period: TimelinePeriod, start: String) {
        let timeline = Timeline(events: [Self.event(date)], by: period)
        #expect(timeline.buckets.map(\.start) == [start])
    }

    @Test func fillsEmptyPeriodsWithZeros() {
        let timeline = Timeline(events: [Self.event("2016-11-15"), Self.event("2017-02-02", Self.fight)], by: .month)
        #expect(timeline.buckets.map(\.start) == ["2016-11-01", "2016-12-01", "2017-01-01", "2017-02-01"])
        #expect(timeline.buckets.map(\.total) == [1, 0, 0, 1])
        #expect(timeline.buckets[1].meanScore == nil)
        let weeks = Timeline(events: [Self.event("2016-12-30"), Self.event("2017-01-09")], by: .week)
        #expect(weeks.buckets.map(\.start) == ["2016-12-26", "2017-01-02", "2017-01-09"])
    }

    @Test func aRangeWithoutEvidenceIsAllZeros() {
        let timeline = Timeline(events: [Self.event("2020-01-01")], by: .month, from: "2017-01-15", to: "2017-03-02")
        #expect(timeline.buckets.map(\.start) == ["2017-01-01", "2017-02-01", "2017-03-01"])
        #expect(timeline.datedCount == 0)
        #expect(Timeline(events: [], by: .week).buckets.isEmpty)
    }

    @Test func countsByPolarityAndCategoryAndScoresAssertedEvidenceOnly() {
        let events = [
            Self.event("2017-03-01", Self.fight), Self.event("2017-03-02", Self.fight),
            Self.event("2017-03-03", Self.consult), Self.event("2017-03-03", Self.statement),
            Self.event("2017-03-04", Self.fight, negated: true), Self.event(nil), Self.event("March 2017"),
        ]
        let timeline = Timeline(events: events, by: .month)
        #expect(timeline.undated == 2)
        let bucket = timeline.buckets[0]
        #expect((bucket.cooperative, bucket.neutral, bucket.conflictual, bucket.denied) == (1, 1, 2, 1))
        #expect(bucket.categories == ["fight": 2, "consult": 1, "make-statement": 1])
        #expect(bucket.score == -19, "two fights and a consultation; the denied fight does not count")
        #expect(bucket.meanScore == -19.0 / 4)
    }
}
