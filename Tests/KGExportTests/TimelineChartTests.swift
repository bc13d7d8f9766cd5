import Foundation
import KGCore
import KGExport
import KGGraph
import Testing

/// The timeline chart: structure of the SVG we draw, hostile names in labels, the empty chart, and PNG
/// through Graphviz.
@Suite struct TimelineChartTests {
    static func timeline() -> Timeline {
        let fight = RelationClass(category: .fight, weight: -10)
        let consult = RelationClass(category: .consult, weight: 1)
        let events = [
            Timeline.Event(date: "2017-01-02", relationClass: consult, negated: false),
            Timeline.Event(date: "2017-01-20", relationClass: fight, negated: false),
            Timeline.Event(date: "2017-03-05", relationClass: fight, negated: true),
        ]
        return Timeline(events: events, by: .week)
    }

    @Test func drawsBarsAScoreLineAxesAndALegend() throws {
        let chart = TimelineChart(timeline: Self.timeline(), title: "Relations of Russia over time")
        let svg = try #require(SVGDocument(Data(chart.svg().utf8)), "the SVG is well-formed XML")
        #expect(svg.root.attributes["id"] == "timeline-chart")
        let classes = svg.all.flatMap(\.classes)
        #expect(classes.filter { $0 == "bar" }.count == 3)
        #expect(classes.contains("cooperative") && classes.contains("conflictual") && classes.contains("denied"))
        #expect(classes.contains("score") && classes.contains("legend") && classes.contains("zero"))
        let bars = svg.all.filter { $0.classes.contains("bar") }
        #expect(bars.contains { $0.title == "week of 2017-01-16: 0 cooperative, 0 neutral, 1 conflictual, 0 denied; score -10" })
        // Nine weeks from 2017-01-02 to 2017-02-27, empty ones included, each labelled at most once.
        let periods = svg.all.filter { $0.classes.contains("period") }.map(\.text)
        #expect(periods.first == "2017-01-02" && periods.count <= 10)
    }

    @Test(arguments: ["<script>alert(1)</script> & \"co\"", "two\nlines\u{07}", "</svg><svg onload=alert(1)>", "Zürich 北京 🇺🇦"])
    func keepsHostileNamesAsText(name: String) throws {
        let chart = TimelineChart(timeline: Self.timeline(), title: "Relations of \(name) over time", subtitle: name)
        let text = chart.svg()
        #expect(!text.contains("<script>") && !text.contains("<svg onload"))
        let svg = try #require(SVGDocument(Data(text.utf8)))
        let title = try #require(svg.all.first { $0.classes.contains("title") })
        #expect(title.text.contains(name.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{07}", with: "␇")))
        let png = try chart.png()
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "Graphviz draws the same marks as PNG")
    }

    @Test func saysSoWhenNothingIsDated() throws {
        let chart = TimelineChart(timeline: Timeline(events: [], by: .month), title: "Nothing")
        let svg = try #require(SVGDocument(Data(chart.svg().utf8)))
        #expect(svg.all.contains { $0.classes.contains("empty") && $0.text == "No dated evidence matches." })
        #expect(!svg.all.contains { $0.classes.contains("bar") })
        #expect(try chart.png().count > 100)
    }

    @Test func pngIsTheChartsSizeAtTheRenderersResolution() throws {
        let png = try TimelineChart(timeline: Self.timeline(), title: "Size", width: 900, height: 400).png()
        let bytes = [UInt8](png.prefix(24))
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        // 900 × 400 points at 144 dpi, give or take Graphviz's rounding.
        #expect(abs(int(16) - 1_800) <= 4 && abs(int(20) - 800) <= 4, "\(int(16)) × \(int(20))")
    }
}
