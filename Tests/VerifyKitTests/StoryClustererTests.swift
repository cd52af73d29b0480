import Testing
@testable import VerifyKit

/// Story grouping: documents are profiled by rare shared terms, candidate pairs come from
/// an inverted index, weighed by whether their days agree, and groups merge while their centroids' cosine
/// reaches the threshold (it does not chain like single link).
@Suite struct StoryClustererTests {
    static func profile(_ terms: [String], day: Int? = 20_000) -> StoryProfile {
        StoryProfile(weights: Dictionary(uniqueKeysWithValues: terms.map { ($0, 1.0) }), day: day)
    }

    /// Terms that make a document of its own story (nobody else has them).
    static func own(_ tag: String) -> [String] { (0..<3).map { "word|\(tag)\($0)" } }

    @Test func documentsSharingTheirIdentifyingTermsAreOneStory() {
        let shared = ["name|place|paiporta", "number|killed 62", "date|2024-10-29", "kind|flood"]
        let stories = StoryClusterer.stories(profiles: [
            Self.profile(shared + Self.own("a")), Self.profile(shared + Self.own("b")),
            Self.profile(["name|place|kiv", "number|killed 3", "date|2025-11-14"] + Self.own("c")),
            Self.profile(["name|place|kiv", "number|killed 3", "date|2025-11-14"] + Self.own("d")),
        ])
        #expect(stories == [0, 0, 1, 1])
    }

    @Test func manyCopiesOfTwoStoriesAreStillTwoStories() {
        // Three hundred copies of each of two reports of one story and of a report of another:
        // every term is in hundreds of documents, yet copies are grouped as one.
        let shared = ["name|place|paiporta", "number|killed 62", "date|2024-10-29", "kind|flood"]
        let a = Self.profile(shared + Self.own("a")), b = Self.profile(shared + Self.own("b"))
        let c = Self.profile(["name|place|kiv", "number|killed 3", "date|2025-11-14"] + Self.own("c"))
        let profiles = (0..<300).flatMap { _ in [a, b, c] }
        let stories = StoryClusterer.stories(profiles: profiles)
        #expect(Set(stories).count == 2)
        #expect(stories.prefix(3) == [0, 0, 1])
        #expect(zip(stories, stories.dropFirst(3)).allSatisfy { $0 == $1 })
    }

    @Test func documentsSharingNothingRareStayApart() {
        // Both say "killed" and "strike" on Kyiv, as every report of an archive of strikes does,
        // but their days, tolls and districts differ: two stories.
        let common = ["name|place|kiv", "kind|strike"]
        let filler = (0..<6).map { Self.profile(common + Self.own("f\($0)")) }
        let stories = StoryClusterer.stories(profiles: filler + [
            Self.profile(common + ["date|2025-11-14", "number|killed 3", "name|place|solomianskyi"], day: 20_406),
            Self.profile(common + ["date|2025-11-17", "number|killed 7", "name|place|darnytskyi"], day: 20_409),
        ])
        #expect(stories[6] != stories[7])
    }

    @Test func writtenDaysThatDifferWeighAgainstAPair() {
        func profile(day: Int?, published: Int?) -> StoryProfile {
            StoryProfile(weights: ["name|paiporta": 1], day: day, published: published)
        }
        let tolerance = StoryClusterer.dayTolerance
        #expect(StoryClusterer.dayFactor(profile(day: 100, published: 100), profile(day: 100 + tolerance, published: 102)) == 1)
        // Two happenings days apart, or a follow-up that writes the day of a later development.
        #expect(StoryClusterer.dayFactor(profile(day: 100, published: 100), profile(day: 101 + tolerance, published: 103))
                == StoryClusterer.otherDayFactor)
        // A report that writes no date: by its publication day, within the window.
        #expect(StoryClusterer.dayFactor(profile(day: 100, published: 100), profile(day: nil, published: 100 + StoryClusterer.windowDays)) == 1)
        #expect(StoryClusterer.dayFactor(profile(day: 100, published: 100), profile(day: nil, published: 101 + StoryClusterer.windowDays)) == 0)
        // Nothing known about its days: no objection.
        #expect(StoryClusterer.dayFactor(profile(day: 100, published: 100), profile(day: nil, published: nil)) == 1)
    }

    /// A follow-up that writes only the day of a later development and "last week" for the
    /// happening is at the happening's time; a week that holds no day of the other is not.
    @Test func aWrittenWeekHoldingTheOthersDayIsTheSameTime() {
        // Day 19808 is Tuesday 26 March 2024 (ISO week 13); 19818 is Friday 5 April (week 14).
        var followUp = StoryProfile(weights: ["name|x": 1], day: 19818, published: 19818)
        followUp.weeks = ["2024-W13"]
        let first = StoryProfile(weights: ["name|x": 1], day: 19808, published: 19808)
        #expect(StoryClusterer.dayFactor(followUp, first) == 1)
        #expect(StoryClusterer.dayFactor(first, followUp) == 1)
        followUp.weeks = ["2024-W12"]
        #expect(StoryClusterer.dayFactor(followUp, first) == StoryClusterer.otherDayFactor)
        #expect(StoryClusterer.week(ofDay: 19808) == "2024-W13")
    }

    @Test func centroidLinkDoesNotChain() {
        // 0–1, 1–2, 2–3, 3–4, 4–5 are close pairs, nothing else is: single link would make one
        // group; centroid link stops once a group's centroid is too far from the next.
        let chain = (0..<5).map { ($0, $0 + 1, 0.5) }
        let groups = CentroidLinkage.groups(count: 6, similarities: chain, threshold: 0.2)
        #expect(Set(groups).count > 1)
        // A tight group of three stays together.
        let tight = [(0, 1, 0.9), (0, 2, 0.8), (1, 2, 0.85)]
        #expect(CentroidLinkage.groups(count: 4, similarities: tight, threshold: 0.2) == [0, 0, 0, 1])
    }

    @Test func groupsDoNotDependOnTheOrderOfDocuments() {
        let profiles = [
            Self.profile(["name|place|kiv", "date|2025-11-14", "number|killed 3", "word|embassy"]),
            Self.profile(["name|place|kiv", "date|2025-11-14", "number|killed 3", "word|ambassador"]),
            Self.profile(["name|place|paiporta", "date|2024-10-29", "number|killed 62"], day: 19_000),
            Self.profile(["name|place|paiporta", "date|2024-10-29", "kind|flood"], day: 19_000),
            Self.profile(["name|place|kiv", "word|embassy", "word|ambassador"]),
        ]
        let base = StoryClusterer.stories(profiles: profiles)
        func partition(_ groups: [Int], order: [Int]) -> Set<Set<Int>> {
            var byGroup: [Int: Set<Int>] = [:]
            for (position, document) in order.enumerated() { byGroup[groups[position], default: []].insert(document) }
            return Set(byGroup.values)
        }
        let expected = partition(base, order: Array(profiles.indices))
        for order in [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 4, 0, 3, 2]] {
            let groups = StoryClusterer.stories(profiles: order.map { profiles[$0] })
            #expect(partition(groups, order: order) == expected, "order \(order)")
        }
    }

    /// Two leads that state different days are two happenings, unless the later report
    /// recalls the earlier's day; a day read from a weekday is a day off at most.
    @Test func leadsStatingDifferentDaysAreTwoHappenings() {
        let strike = EventSignature(leadDays: [100])
        #expect(strike.sameTime(EventSignature(leadDays: [100])))
        #expect(!strike.sameTime(EventSignature(leadDays: [101])))
        #expect(!strike.sameTime(EventSignature(leadDays: [103])))
        // A follow-up leading with a later development that recalls the day, written out or
        // as a weekday ("Tuesday's strike", read a day off at most).
        #expect(strike.sameTime(EventSignature(leadDays: [107], statedDays: [100])))
        #expect(EventSignature(leadDays: [107], resolvedDays: [101]).sameTime(strike))
        #expect(!EventSignature(leadDays: [107], resolvedDays: [102]).sameTime(strike))
        // The earlier report writing the later one's day (its own "overnight" rescue) does not join them.
        #expect(!EventSignature(leadDays: [100], resolvedDays: [103]).sameTime(EventSignature(leadDays: [103])))
        // A lead that states no day says nothing against.
        #expect(strike.sameTime(EventSignature(resolvedDays: [103])))
        #expect(EvidenceAgainst.shipped.factor(strike, EventSignature(leadDays: [103])) == 0)
    }

    @Test func leadsNamingPlacesTheOtherNeverNamesWeighLess() {
        let kharkiv = EventSignature(leadPlaces: ["harkiv"])
        #expect(kharkiv.samePlace(EventSignature(leadPlaces: ["harkiv"])))
        #expect(kharkiv.samePlace(EventSignature(leadPlaces: ["cuguev"], namedPlaces: ["harkiv"])))
        #expect(!kharkiv.samePlace(EventSignature(leadPlaces: ["odesa"])))
        #expect(kharkiv.samePlace(EventSignature()))
        let factor = EvidenceAgainst.shipped.factor(kharkiv, EventSignature(leadPlaces: ["odesa"]))
        #expect(factor > 0 && factor < 1)
    }

    /// Reports worded alike (one city, one kind, one official, one template) are one story
    /// by their wording alone; the days their leads state make them two, and the order of the
    /// documents does not change that.
    @Test func statedDaysSplitStoriesWordedAlike() {
        let template = ["name|place|harkiv", "name|person|ihor terekhov", "kind|strike", "word|missile", "word|struck"]
        func report(_ tag: String, day: Int) -> StoryProfile {
            StoryProfile(weights: Dictionary(uniqueKeysWithValues: (template + Self.own(tag)).map { ($0, 1.0) }), day: nil,
                         published: day, signature: EventSignature(leadDays: [day], leadPlaces: ["harkiv"]))
        }
        let filler = (0..<6).map { Self.profile(Self.own("f\($0)") + ["kind|fire"]) }
        let profiles = filler + [report("a", day: 100), report("b", day: 100), report("c", day: 102), report("d", day: 102)]
        #expect(Set(StoryClusterer.stories(profiles: profiles, against: .none).suffix(4)).count == 1)
        let stories = StoryClusterer.stories(profiles: profiles)
        #expect(stories[6] == stories[7] && stories[8] == stories[9] && stories[6] != stories[8])
        for order in [Array(profiles.indices.reversed()), [9, 0, 6, 3, 8, 1, 7, 2, 5, 4]] {
            let groups = StoryClusterer.stories(profiles: order.map { profiles[$0] })
            let at = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, groups[$0]) })
            #expect(at[6] == at[7] && at[8] == at[9] && at[6] != at[8], "order \(order)")
        }
    }

    /// Read from real reports: two strikes on one city two days apart are two stories, one
    /// of them told twice; a follow-up a week later that recalls the first strike's day joins it.
    @Test func twoStrikesOnOneCityAndAFollowUp() throws {
        let reports = try TinyReports([
            .init("a.md", published: "2025-03-03T18:00:00+02:00",
                  "A missile struck a school in Kharkiv on 3 March 2025, killing 5 people, the head of the city administration, Ihor Terekhov, said."),
            .init("b.md", published: "2025-03-04T09:00:00+02:00",
                  "Five people were killed when a missile struck a school in Kharkiv on 3 March 2025, Ihor Terekhov said."),
            .init("c.md", published: "2025-03-05T20:00:00+02:00",
                  "A missile struck a hospital in Kharkiv on 5 March 2025, killing 8 people, the head of the city administration, Ihor Terekhov, said."),
            .init("d.md", published: "2025-03-06T08:00:00+02:00",
                  "Eight people were killed when a missile struck a hospital in Kharkiv on 5 March 2025, Ihor Terekhov said."),
            .init("e.md", published: "2025-03-10T12:00:00+02:00",
                  "On 10 March 2025 investigators named the missile that struck a school in Kharkiv on 3 March 2025, killing 5 people."),
        ])
        let stories = reports.verify().stories.map { Set($0.sources) }
        #expect(Set(stories) == [["a", "b", "e"], ["c", "d"]], "\(stories)")
    }

    @Test func wordsOfAnyScriptAreProfiled() {
        #expect(StoryProfile.words(of: "Погибли 62 человека в Пайпорте, at Paiporta.") == ["погибли", "человека", "пайпорте", "paiporta"])
    }
}
