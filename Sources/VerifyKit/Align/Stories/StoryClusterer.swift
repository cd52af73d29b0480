import Foundation

/// Groups documents into stories by what they share (see ``StoryProfile``), without
/// chaining and without comparing every document with every other:
///
/// 1. Each term is weighted by its rarity, `ln((n + 1) / df)` for `n` documents of which
///    `df` have it. A content word that more than ``rareWordShare`` of the documents of
///    some language use ("said", "people", "informaron") is a stop word and left out.
/// 2. Candidate pairs come from an inverted index of the terms found in 2 to
///    ``maximumPosting`` documents; pairs published too far apart are dropped and pairs that
///    write different days count less (``dayFactor(_:_:)``). Each pair is scored: the cosine
///    of their weighted profiles. A name, number or date of one document only weighs in its
///    norm (a fact no other document states is evidence of another happening); a content
///    word of one document does not (its own wording is not).
/// 3. What the pair's ``EventSignature``s say against it (``EvidenceAgainst``) multiplies
///    its score: leads that state different days, the later not recalling the earlier's,
///    are two happenings (0); leads naming places the other never names count half. Shared
///    wording cannot say that two reports tell two strikes on one city days apart; the
///    days their leads state can.
/// 4. Centroid agglomeration (``CentroidLinkage``) merges the two groups whose centroids
///    are most alike (pairs never scored count 0) while their cosine is at least
///    ``threshold``. A document close to one member of a group but not to the rest does
///    not pull the groups together, unlike single link.
///
/// - Complexity: O(Σ df²) over the indexed terms for the candidates (each at most
///   ``maximumPosting``²), O(k) per candidate for profiles of k terms, then O(p log p)
///   for p candidate pairs.
enum StoryClusterer {
    /// The least cosine between two groups' centroids at which they are one story.
    static let threshold = 0.09
    /// The most days between the publication of two documents of one story when one of
    /// them writes no date.
    static let windowDays = 14
    /// The most days between the written days of two documents of one story (one, for
    /// time zones and reports written after midnight).
    static let dayTolerance = 1
    /// The factor on the similarity of two documents that write different days.
    static let otherDayFactor = 0.2
    /// Documents a term may be in and still propose candidate pairs.
    static let maximumPosting = 256
    /// The largest share of the documents of one language a content word may be in and
    /// still count: a word most reports use says nothing about which happening they tell.
    static let rareWordShare = 0.1
    /// How much a name, number or date that no other document states weighs against a pair.
    static let uniqueFactor = 0.25

    /// A story index for every profile (0, 1, … in order of first document); `against`
    /// says what in their signatures weighs against a pair (the shipped rule unless measured).
    static func stories(profiles: [StoryProfile], threshold: Double = threshold,
                        against: EvidenceAgainst = .shipped) -> [Int] {
        // Copies (the same report filed under several names, a wire story repeated word for
        // word) have one profile: they are grouped once and share their story. Otherwise
        // two hundred copies would make each of their terms common and propose no pair.
        let copies = StageTimes.measure("stories: same profiles") {
            EquivalenceClasses(count: profiles.count) { ProfileKey(profiles[$0]) }
        }
        let distinct = copies.representatives.map { profiles[$0] }
        let pairs = StageTimes.measure("stories: pairs scored") { similarities(profiles: distinct, against: against) }
        let grouped = StageTimes.measure("stories: linkage") {
            CentroidLinkage.groups(count: distinct.count, similarities: pairs, threshold: threshold)
        }
        // Story indices renumbered in order of first document, as before.
        var renumbered: [Int: Int] = [:]
        return copies.classOf.map { klass in
            let story = grouped[klass]
            if let known = renumbered[story] { return known }
            renumbered[story] = renumbered.count
            return renumbered.count - 1
        }
    }

    /// What makes two profiles the same for grouping.
    private struct ProfileKey: Hashable {
        var weights: [String: Double]
        var days: [Int]
        var weeks: Set<String>
        var publishedDay: Int?
        var language: String
        var signature: EventSignature

        init(_ profile: StoryProfile) {
            weights = profile.weights
            days = profile.days
            weeks = profile.weeks
            publishedDay = profile.publishedDay
            language = profile.language
            signature = profile.signature
        }

        /// Hashes the parts that are cheap to hash (the weights by count and the exclusive-or
        /// of their bits, not term by term); equality still compares everything.
        func hash(into hasher: inout Hasher) {
            hasher.combine(weights.count)
            hasher.combine(weights.values.reduce(UInt64(0)) { $0 ^ ($1 == 0 ? 0 : $1.bitPattern) })
            hasher.combine(days)
            hasher.combine(publishedDay)
            hasher.combine(language)
        }
    }

    /// The scored candidate pairs (`i < j`) with their cosine times the day and signature
    /// factors, in order of `(i, j)`; pairs either factor rules out are left out.
    static func similarities(profiles: [StoryProfile], against: EvidenceAgainst = .shipped) -> [(Int, Int, Double)] {
        let terms = StageTimes.measure("stories: term vectors") {
            TermVectors(profiles: profiles, maximumPosting: maximumPosting, rareWordShare: rareWordShare, uniqueFactor: uniqueFactor)
        }
        let norms = terms.norms
        let windows = profiles.map(DayWindow.init)
        // Documents in blocks, on every core (each worker with its own scratch arrays); the
        // blocks' pairs joined in block order are the pairs in order of `(i, j)`.
        let blocks = Array(stride(from: 0, to: profiles.count, by: similarityBlock))
        let found = ParallelMap.map(blocks, makeState: {
            (seen: Array(repeating: -1, count: profiles.count), spread: Array(repeating: 0.0, count: terms.postings.count))
        }) { scratch, first -> [(Int, Int, Double)] in
            var result: [(Int, Int, Double)] = []
            for i in first..<min(first + similarityBlock, profiles.count) where norms[i] > 0 {
                let candidates = terms.candidates(after: i, seen: &scratch.seen)
                guard !candidates.isEmpty else { continue }
                terms.spread(i, into: &scratch.spread)
                let a = profiles[i]
                for j in candidates where norms[j] > 0 && !windows[i].rulesOut(windows[j]) {
                    // Most candidates are published too far apart: the signatures are not read for them.
                    let days = dayFactor(a, profiles[j])
                    guard days > 0 else { continue }
                    let factor = days * against.factor(a.signature, profiles[j].signature)
                    guard factor > 0 else { continue }
                    result.append((i, j, factor * terms.dot(j, spread: scratch.spread) / (norms[i] * norms[j])))
                }
                terms.spread(i, into: &scratch.spread, clear: true)
            }
            return result
        }
        return found.flatMap { $0 }
    }

    /// Documents scored together by one worker in ``similarities(profiles:against:)``.
    static let similarityBlock = 64

    static let wordPrefix = StoryProfile.Kind.word.rawValue + "|"

    /// How far two documents' days allow them to report one happening, as a factor on
    /// their similarity: 1 when both write full dates and one of each is at most
    /// ``dayTolerance`` apart, or one writes the ISO week of a day the other writes, or when one writes none and they were published at most
    /// ``windowDays`` apart (or a day is unknown); ``otherDayFactor`` when they write other
    /// days but were published within the window (a follow-up may write only the day of a
    /// later development; reports of two happenings days apart write different days);
    /// 0 otherwise.
    static func dayFactor(_ a: StoryProfile, _ b: StoryProfile) -> Double {
        if !a.days.isEmpty, !b.days.isEmpty,
           a.days.contains(where: { x in b.days.contains { y in abs(x - y) <= dayTolerance } }) {
            return 1
        }
        // A week one writes ("last week") that holds a day the other writes is the same time.
        if !a.weeks.isDisjoint(with: b.weeksOfDays) || !b.weeks.isDisjoint(with: a.weeksOfDays) {
            return 1
        }
        guard let x = a.publishedDay ?? a.days.first, let y = b.publishedDay ?? b.days.first else { return 1 }
        guard abs(x - y) <= windowDays else { return 0 }
        return a.days.isEmpty || b.days.isEmpty ? 1 : otherDayFactor
    }

    /// The ISO week (`2024-W13`) of a day number (days since 1970-01-01).
    static func week(ofDay day: Int) -> String {
        let (year, month, dayOfMonth) = CalendarDate.adding(days: day, to: 1970, 1, 1)
        return CalendarDate.isoWeek(year, month, dayOfMonth)
    }
}
