import Foundation
import KGCore
import KGGraph

/// A timeline as a chart people read at a glance: per period, asserted cooperative (green) and neutral (grey)
/// evidence stacked above the zero line, conflictual (red) and denied (pale) below it, and the Goldstein-like
/// score as a dark line on its own axis (right) sharing the zero line; title, axes, legend and tooltips.
///
/// Drawn by us as SVG (`svg()`), or through Graphviz as PNG (`png()`), from the same marks.
public struct TimelineChart: Sendable {
    /// The counts drawn.
    public var timeline: Timeline
    /// Caption (entity names come from articles: escaped on output).
    public var title: String
    /// Smaller line under the title.
    public var subtitle: String?
    /// Canvas size in points.
    public var width: Double
    public var height: Double
    /// The SVG element's id, unique within a page that shows several charts.
    public var id = "timeline-chart"

    /// A chart of `timeline` under `title`.
    public init(timeline: Timeline, title: String, subtitle: String? = nil, width: Double = 960, height: Double = 400) {
        self.timeline = timeline
        self.title = title
        self.subtitle = subtitle
        self.width = max(320, width)
        self.height = max(220, height)
    }

    /// A chart of a timeline answer, titled by whose relations it counts.
    public init(_ result: TimelineResult, width: Double = 960, height: Double = 400) {
        let timeline = result.timeline
        let total = timeline.datedCount
        var subtitle = "\(total) dated sentence\(total == 1 ? "" : "s") over \(result.edgeCount) relation"
            + "\(result.edgeCount == 1 ? "" : "s"), by \(timeline.period.rawValue)"
        if timeline.undated > 0 { subtitle += "; \(timeline.undated) undated left out" }
        self.init(timeline: timeline, title: "Relations of \(result.subjectText) over time", subtitle: subtitle,
                  width: width, height: height)
    }

    static let colours = (cooperative: "#2e8b3e", neutral: "#b5b5b5", conflictual: "#d0342c", denied: "#f2b8b5",
                          score: "#1f3a93", axis: "#555555", grid: "#e4e4e4", text: "#222222", muted: "#666666")

    /// Everything to draw, back to front.
    var marks: [ChartMark] {
        var marks: [ChartMark] = []
        let colours = Self.colours
        marks.append(.text(x: 16, y: 26, text: title, size: 17, anchor: .start, color: colours.text, bold: true,
                           className: "title"))
        if let subtitle {
            marks.append(.text(x: 16, y: 46, text: subtitle, size: 11, anchor: .start, color: colours.muted, bold: false,
                               className: "subtitle"))
        }
        marks += legend(y: 66)
        let plot = (left: 64.0, right: width - 64, top: 84.0, bottom: height - 44)
        let buckets = timeline.buckets
        guard !buckets.isEmpty else {
            marks.append(.text(x: width / 2, y: (plot.top + plot.bottom) / 2, text: "No dated evidence matches.",
                               size: 13, anchor: .middle, color: colours.muted, bold: false, className: "empty"))
            return marks
        }
        let up = buckets.map { Double($0.cooperative + $0.neutral) }
        let down = buckets.map { Double($0.conflictual + $0.denied) }
        let step = Self.niceStep(max(up.max() ?? 0, down.max() ?? 0, 1) / 3)
        let top = max(step, ((up.max() ?? 0) / step).rounded(.up) * step)
        let bottom = ((down.max() ?? 0) / step).rounded(.up) * step
        let scale = (plot.bottom - plot.top) / (top + bottom)
        let zero = plot.top + top * scale
        // Count axis (left) with a light grid.
        var tick = -bottom
        while tick <= top + step / 2 {
            let y = zero - tick * scale
            marks.append(.line(x1: plot.left, y1: y, x2: plot.right, y2: y, stroke: tick == 0 ? colours.axis : colours.grid,
                               width: tick == 0 ? 1.2 : 0.8, dashed: false, className: tick == 0 ? "zero" : "grid"))
            marks.append(.text(x: plot.left - 6, y: y + 4, text: Self.format(abs(tick)), size: 10, anchor: .end,
                               color: colours.muted, bold: false, className: "axis count"))
            tick += step
        }
        marks.append(.text(x: 16, y: plot.top - 4, text: "sentences", size: 10, anchor: .start, color: colours.muted,
                           bold: false, className: "axis-title"))
        // Bars.
        let slot = (plot.right - plot.left) / Double(buckets.count)
        let barWidth = max(1, slot * 0.72)
        for (index, bucket) in buckets.enumerated() {
            let x = plot.left + slot * Double(index) + (slot - barWidth) / 2
            let tooltip = Self.tooltip(bucket, period: timeline.period)
            var y = zero
            for (count, colour, name) in [(bucket.cooperative, colours.cooperative, "cooperative"),
                                          (bucket.neutral, colours.neutral, "neutral")] where count > 0 {
                let h = Double(count) * scale
                y -= h
                marks.append(.rect(x: x, y: y, width: barWidth, height: h, fill: colour, className: "bar \(name)",
                                   tooltip: tooltip))
            }
            y = zero
            for (count, colour, name) in [(bucket.conflictual, colours.conflictual, "conflictual"),
                                          (bucket.denied, colours.denied, "denied")] where count > 0 {
                let h = Double(count) * scale
                marks.append(.rect(x: x, y: y, width: barWidth, height: h, fill: colour, className: "bar \(name)",
                                   tooltip: tooltip))
                y += h
            }
        }
        marks += xLabels(buckets, plot: plot, slot: slot)
        marks += scoreMarks(buckets, plot: plot, slot: slot, zero: zero)
        return marks
    }

    /// The score line on its own axis (right), zero on the count axis's zero.
    private func scoreMarks(_ buckets: [TimelineBucket], plot: (left: Double, right: Double, top: Double, bottom: Double),
                            slot: Double, zero: Double) -> [ChartMark]
    {
        let colours = Self.colours
        let highest = max(buckets.map(\.score).max() ?? 0, 0)
        let lowest = min(buckets.map(\.score).min() ?? 0, 0)
        guard highest > 0 || lowest < 0 else { return [] }
        let scale = min(highest > 0 ? (zero - plot.top) / highest : .infinity,
                        lowest < 0 ? (plot.bottom - zero) / -lowest : .infinity)
        guard scale.isFinite, scale > 0 else { return [] }
        var marks: [ChartMark] = []
        let points = buckets.enumerated().map { index, bucket in
            (plot.left + slot * (Double(index) + 0.5), zero - bucket.score * scale)
        }
        if points.count > 1 {
            marks.append(.polyline(points: points, stroke: colours.score, width: 2, className: "score"))
        }
        for (point, bucket) in zip(points, buckets) where buckets.count <= 120 {
            marks.append(.dot(x: point.0, y: point.1, radius: 2.6, fill: colours.score, className: "score-point",
                              tooltip: Self.tooltip(bucket, period: timeline.period)))
        }
        for value in [highest, lowest] where value != 0 {
            let y = zero - value * scale
            marks.append(.text(x: plot.right + 6, y: y + 4, text: Self.format(value, signed: true), size: 10,
                               anchor: .start, color: colours.score, bold: false, className: "axis score"))
        }
        marks.append(.text(x: width - 16, y: plot.top - 4, text: "score", size: 10, anchor: .end, color: colours.score,
                           bold: false, className: "axis-title"))
        return marks
    }

    /// At most about a dozen period labels under the axis, evenly spaced, always the first.
    private func xLabels(_ buckets: [TimelineBucket], plot: (left: Double, right: Double, top: Double, bottom: Double),
                         slot: Double) -> [ChartMark]
    {
        let every = max(1, Int((Double(buckets.count) / 10).rounded(.up)))
        var marks: [ChartMark] = []
        for index in stride(from: 0, to: buckets.count, by: every) {
            let x = plot.left + slot * (Double(index) + 0.5)
            let start = buckets[index].start
            let text = timeline.period == .month ? String(start.prefix(7)) : start
            marks.append(.line(x1: x, y1: plot.bottom, x2: x, y2: plot.bottom + 4, stroke: Self.colours.axis, width: 1,
                               dashed: false, className: "tick"))
            marks.append(.text(x: x, y: plot.bottom + 18, text: text, size: 10, anchor: .middle,
                               color: Self.colours.muted, bold: false, className: "axis period"))
        }
        return marks
    }

    private func legend(y: Double) -> [ChartMark] {
        let colours = Self.colours
        var marks: [ChartMark] = []
        var x = 16.0
        for (name, colour) in [("cooperative", colours.cooperative), ("neutral", colours.neutral),
                               ("conflictual", colours.conflictual), ("denied", colours.denied)] {
            marks.append(.rect(x: x, y: y - 9, width: 11, height: 11, fill: colour, className: "legend \(name)", tooltip: nil))
            marks.append(.text(x: x + 15, y: y, text: name, size: 11, anchor: .start, color: colours.text, bold: false,
                               className: "legend"))
            x += 22 + Double(name.count) * 6.2
        }
        marks.append(.line(x1: x, y1: y - 4, x2: x + 18, y2: y - 4, stroke: colours.score, width: 2, dashed: false,
                           className: "legend score"))
        marks.append(.text(x: x + 24, y: y, text: "score (sum of Goldstein-like weights, right axis)", size: 11,
                           anchor: .start, color: colours.text, bold: false, className: "legend"))
        return marks
    }

    /// "week of 2017-03-06: 4 cooperative, 1 neutral, 3 conflictual, 0 denied; score -12.5".
    static func tooltip(_ bucket: TimelineBucket, period: TimelinePeriod) -> String {
        let name = switch period {
        case .day: bucket.start
        case .week: "week of \(bucket.start)"
        case .month: String(bucket.start.prefix(7))
        }
        return "\(name): \(bucket.cooperative) cooperative, \(bucket.neutral) neutral, \(bucket.conflictual) conflictual, "
            + "\(bucket.denied) denied; score \(format(bucket.score, signed: true))"
    }

    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let power = pow(10, floor(log10(rough)))
        for factor in [1.0, 2, 5, 10] where factor * power >= rough { return max(1, factor * power) }
        return max(1, 10 * power)
    }

    /// A number with one decimal at most and without a needless ".0"; `signed` adds "+" to positive values.
    public static func format(_ value: Double, signed: Bool = false) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
        return signed && rounded > 0 ? "+" + text : text
    }
}
