import Testing
@testable import VerifyKit

/// Story grouping: two documents are one story when one of their leading dates falls
/// within a day of the other's and they name at least two of the same things; stories
/// are the connected groups, numbered in order of first document.
@Suite struct StoryClustererTests {
    static func stories(_ documents: [(dates: [String], things: [String])]) -> [Int] {
        StoryClusterer.stories(dates: documents.map(\.dates), entities: documents.map(\.things))
    }

    @Test func twoSharedThingsOnTheSameDayMakeOneStory() {
        #expect(Self.stories([(["2025-11-14"], ["place:kyiv", "weapon:iskander"]),
                              (["2025-11-14"], ["weapon:iskander", "place:kyiv", "organisation:socar"])]) == [0, 0])
    }

    @Test func oneSharedThingIsNotEnough() {
        // Kyiv on both, but one names Iskander and the other Kinzhal.
        #expect(Self.stories([(["2025-11-14"], ["place:kyiv", "weapon:iskander"]),
                              (["2025-11-14"], ["place:kyiv", "weapon:kinzhal"])]) == [0, 1])
    }

    @Test func datesADayApartMeetTwoDoNot() {
        let things = ["place:al-haouz", "place:marrakesh"]
        #expect(Self.stories([(["2023-09-08"], things), (["2023-09-09"], things)]) == [0, 0])
        #expect(Self.stories([(["2023-09-09"], things), (["2023-09-08"], things)]) == [0, 0])
        // Across a month's end too.
        #expect(Self.stories([(["2024-10-31"], things), (["2024-11-01"], things)]) == [0, 0])
        #expect(Self.stories([(["2023-09-08"], things), (["2023-09-10"], things)]) == [0, 1])
    }

    @Test func aLeadingDateOtherThanTheMainOneJoins() {
        // A report of 14 November recalls the strike of 2 January 2024 that another reports.
        let things = ["place:kyiv", "weapon:kinzhal"]
        #expect(Self.stories([(["2025-11-14", "2024-01-02"], things), (["2024-01-02"], things)]) == [0, 0])
        #expect(Self.stories([(["2025-11-14"], things), (["2024-01-02"], things)]) == [0, 1])
    }

    @Test func storiesAreConnectedGroupsNumberedByFirstDocument() {
        // 0 and 2 share nothing, but both share two things with 3: one story. 1 stands alone.
        let result = Self.stories([
            (["2025-11-14"], ["place:kyiv", "weapon:iskander"]),
            (["2023-09-08"], ["place:al-haouz", "place:marrakesh"]),
            (["2025-11-14"], ["organisation:socar", "place:odesa"]),
            (["2025-11-14"], ["place:kyiv", "weapon:iskander", "organisation:socar", "place:odesa"]),
        ])
        #expect(result == [0, 1, 0, 0])
        #expect(Self.stories([(["2023-09-08"], ["a", "b"]), (["2025-11-14"], ["c", "d"]), (["2023-09-08"], ["a", "b"])]) == [0, 1, 0])
    }

    @Test func onlyTheMostMentionedThingsCount() {
        // Things are listed most mentioned first; only the first 24 are looked at.
        let filler = (0..<StoryClusterer.maximumEntities).map { "place:filler-\($0)" }
        let late = filler + ["place:kyiv", "weapon:iskander"]
        let early = ["place:kyiv", "weapon:iskander"] + filler
        let other = (["2025-11-14"], ["place:kyiv", "weapon:iskander"])
        #expect(Self.stories([(["2025-11-14"], late), other]) == [0, 1])
        #expect(Self.stories([(["2025-11-14"], early), other]) == [0, 0])
    }

    @Test func undatedDocumentsMeetOnlyUndatedOnes() {
        let things = ["place:kyiv", "weapon:iskander"]
        #expect(Self.stories([(["undated"], things), (["undated"], things)]) == [0, 0])
        #expect(Self.stories([(["undated"], things), (["2025-11-14"], things)]) == [0, 1])
    }

    @Test func noDocumentsNoStories() {
        #expect(StoryClusterer.stories(dates: [], entities: []) == [])
        #expect(Self.stories([(["2025-11-14"], [])]) == [0])
    }
}
