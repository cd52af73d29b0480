/// What ``StoryClusterer/dayFactor(_:_:)`` needs to rule a pair out, held without
/// references, so that the millions of candidate pairs of a large corpus are tested
/// without touching their profiles: documents anchored too far apart whose written days
/// do not meet, neither writing a week, are ruled out here; every other pair is left to
/// `dayFactor`.
struct DayWindow: Sendable {
    /// The publication day, else the first written day.
    private var anchor: Int?
    private var writesWeeks: Bool
    /// The written days, when there are at most four (else the window rules nothing out).
    private var days = SIMD4<Int>()
    private var dayCount: Int
    private var isExact: Bool

    init(_ profile: StoryProfile) {
        anchor = profile.publishedDay ?? profile.days.first
        writesWeeks = !profile.weeks.isEmpty
        isExact = profile.days.count <= 4
        dayCount = min(profile.days.count, 4)
        for k in 0..<dayCount { days[k] = profile.days[k] }
    }

    /// True only when `dayFactor` of the two profiles is 0: both anchored more than
    /// ``StoryClusterer/windowDays`` apart, neither writing a week, and no written days
    /// within ``StoryClusterer/dayTolerance`` of each other.
    func rulesOut(_ other: DayWindow) -> Bool {
        guard isExact, other.isExact, let x = anchor, let y = other.anchor, abs(x - y) > StoryClusterer.windowDays,
              !writesWeeks, !other.writesWeeks else { return false }
        for i in 0..<dayCount {
            for j in 0..<other.dayCount where abs(days[i] - other.days[j]) <= StoryClusterer.dayTolerance { return false }
        }
        return true
    }
}
