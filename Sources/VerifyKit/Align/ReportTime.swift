import Foundation

/// When a source said what it says of a fact: the cut-off time its sentence gives ("as of
/// 10 pm", "by 6 p.m.") on its publication day, else its publication instant, else its
/// publication day alone, else nothing. Two reports are in a known order only when these
/// say so; otherwise the order is unknown and said to be.
struct ReportTime: Sendable, Hashable {
    /// Seconds since 1970, when known to the minute.
    var instant: Double?
    /// Start of the publication day (UTC midnight of its calendar date), when dated.
    var day: Double?

    /// No time at all.
    static let unknown = ReportTime(instant: nil, day: nil)

    /// How two reports stand in time.
    enum Order: Sendable, Equatable {
        /// Within ``FactBuilder/updateGapSeconds`` of each other: the same point in time.
        case together
        case earlier
        case later
        /// Nothing says which came first (a report without a date, or two of one day of
        /// which one gives no time).
        case unknown
    }

    /// How `self` stands to `other`.
    func order(to other: ReportTime, gap: Double) -> Order {
        if let a = instant, let b = other.instant {
            return abs(a - b) < gap ? .together : a < b ? .earlier : .later
        }
        guard let a = day, let b = other.day, a != b else { return .unknown }
        return a < b ? .earlier : .later
    }

    /// A number to list reports by: the instant, else the day's start; nil when undated.
    var sortKey: Double? { instant ?? day }
}

extension ReportTime {
    /// A report's publication time: its instant when stated to the minute with a zone, and
    /// the start of its day (UTC midnight of its calendar date) when it has a year.
    init(published time: PublishedTime?) {
        guard let time, let year = time.year else {
            self = .unknown
            return
        }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        day = utc.date(from: DateComponents(year: year, month: time.month, day: time.day))?.timeIntervalSince1970
        instant = nil
        if let hour = time.hour, let offset = time.utcOffset {
            var local = Calendar(identifier: .gregorian)
            local.timeZone = TimeZone(secondsFromGMT: offset) ?? TimeZone(identifier: "UTC")!
            instant = local.date(from: DateComponents(year: year, month: time.month, day: time.day, hour: hour,
                                                      minute: time.minute ?? 0))?.timeIntervalSince1970
        }
    }
}

extension AlignmentContext {
    /// The time `document` said what `sentence` says: see ``ReportTime``.
    func reportTime(document: Int, sentence: Int) -> ReportTime {
        var time = ReportTime(published: documents[document].published)
        if let offset = documents[document].published?.utcOffset, let day = time.day,
           let cutOff = documents[document].sentences[sentence].mentions.first(where: { $0.type == .time && $0.qualifiers.contains(.asOf) })?.time {
            let zone = cutOff.utcOffsetMinutes.map { $0 * 60 } ?? offset
            // The cut-off's wall clock on the publication day, in its own zone or the report's.
            time.instant = day + Double(cutOff.hour * 3600 + cutOff.minute * 60 - zone)
        }
        return time
    }
}
