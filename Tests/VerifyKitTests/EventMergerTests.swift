import Testing
@testable import VerifyKit

/// Event merging within a story: a day next to the story's main date is the main event;
/// a month or a year with one day-level event in it joins that event; a month with several
/// joins the one whose sentences share most cues and named things with it, when one stands
/// out; a year with one month-level event joins that month; a date stated less precisely
/// than its event is keyed by the event's date.
///
/// Hand-made input: one sentence per claim, whose cues and named things are given.
@Suite struct EventMergerTests {
    /// A claim and the sentence it stands in.
    struct Claim {
        var document: Int
        var eventDate: String
        var slot: String
        var value: String
        var cues: [String] = []
        var things: [String] = []
    }

    /// Runs the merger over `claims` (sentence i of its document is claim i's sentence) and
    /// returns each claim's event date and key.
    static func merge(_ claims: [Claim], storyOf: [Int] = [0, 0], storyMain: [String] = ["2025-11-14"]) -> [(date: String, key: String?)] {
        var extracted = Array(repeating: [ExtractedSentence](), count: storyOf.count)
        var records: [ClaimRecord] = []
        for claim in claims {
            let sentence = extracted[claim.document].count
            let mention = Mention(type: claim.slot == "date" ? .date : .entity, range: 0..<1, text: claim.value, value: claim.value,
                                  subtype: claim.slot == "date" ? nil : claim.slot, rule: "test")
            let things = claim.things.map { Mention(type: .entity, range: 0..<1, text: $0, value: $0, subtype: "place", rule: "test") }
            extracted[claim.document].append(ExtractedSentence(
                sentence: Sentence(range: 0..<1, block: sentence), text: claim.value,
                location: SourceLocation(path: "test", line: 1, column: 1, endLine: 1, endColumn: 2), mentions: [mention] + things,
                cues: claim.cues.map { EventCue(kind: $0, text: $0, range: 0..<1) }))
            records.append(ClaimRecord(document: claim.document, sentence: sentence, mention: mention, eventDate: claim.eventDate,
                                       slot: Slot(rawValue: claim.slot), key: claim.slot == "date" ? claim.value : nil, offset: nil))
        }
        let documents = extracted.enumerated().map { index, sentences in
            ExtractedDocument(source: SourceSummary(id: "d\(index)", path: "d\(index).md"), published: nil, sentences: sentences)
        }
        return EventMerger(documents: documents, storyOf: storyOf, storyMain: storyMain).merge(records).map { ($0.eventDate, $0.key) }
    }

    static func dates(_ claims: [Claim], storyOf: [Int] = [0, 0], storyMain: [String] = ["2025-11-14"]) -> [String] {
        merge(claims, storyOf: storyOf, storyMain: storyMain).map(\.date)
    }

    @Test func aDayNextToTheMainDateIsTheMainEvent() {
        // The quake on Friday night (the 8th), its toll on Saturday (the 9th).
        let claims = [Claim(document: 0, eventDate: "2023-09-09", slot: "killed", value: "2012"),
                      Claim(document: 1, eventDate: "2023-09-07", slot: "killed", value: "296"),
                      Claim(document: 1, eventDate: "2023-09-10", slot: "killed", value: "2862"),
                      Claim(document: 0, eventDate: "2023-09-08", slot: "magnitude", value: "6.8 magnitude")]
        #expect(Self.dates(claims, storyMain: ["2023-09-08"]) == ["2023-09-08", "2023-09-08", "2023-09-10", "2023-09-08"])
    }

    @Test func aMonthWithOneDayInItJoinsThatDay() {
        // "January 2024" and "January 2, 2024": one strike.
        let claims = [Claim(document: 0, eventDate: "2024-01-02", slot: "weapon", value: "weapon:kinzhal"),
                      Claim(document: 1, eventDate: "2024-01", slot: "weapon", value: "weapon:kinzhal"),
                      Claim(document: 1, eventDate: "2024-01", slot: "date", value: "2024-01")]
        let merged = Self.merge(claims)
        #expect(merged.map(\.date) == ["2024-01-02", "2024-01-02", "2024-01-02"])
        // The month's own date claim is keyed by the day it stands for: one date fact, not two.
        #expect(merged.map(\.key) == [nil, nil, "2024-01-02"])
    }

    @Test func aMonthWithSeveralDaysJoinsTheOneItsSentenceResembles() {
        // The drone attack of 8 August, the strike of 28 August near the embassy, and "a
        // strike in August 2025" near the embassy: the 28th.
        let claims = [Claim(document: 0, eventDate: "2025-08-08", slot: "date", value: "2025-08-08", cues: ["attack"], things: ["organisation:socar"]),
                      Claim(document: 0, eventDate: "2025-08-28", slot: "date", value: "2025-08-28", cues: ["strike"], things: ["place:kyiv"]),
                      Claim(document: 1, eventDate: "2025-08", slot: "date", value: "2025-08", cues: ["strike"], things: ["place:kyiv"])]
        #expect(Self.dates(claims) == ["2025-08-08", "2025-08-28", "2025-08-28"])
        // Resembling neither, it stays a month of its own.
        var unlike = claims
        unlike[2].cues = ["fire"]
        unlike[2].things = ["place:lviv"]
        #expect(Self.dates(unlike) == ["2025-08-08", "2025-08-28", "2025-08"])
    }

    @Test func aTieGoesToTheLargerEventInTheSecondPass() {
        // The month shares "strike" with both days; the 28th has three claims, the 8th one.
        var claims = [Claim(document: 0, eventDate: "2025-08-08", slot: "date", value: "2025-08-08", cues: ["strike"]),
                      Claim(document: 0, eventDate: "2025-08-28", slot: "date", value: "2025-08-28", cues: ["strike"]),
                      Claim(document: 0, eventDate: "2025-08-28", slot: "weapon", value: "weapon:iskander", cues: ["strike"]),
                      Claim(document: 0, eventDate: "2025-08-28", slot: "place", value: "place:kyiv", cues: ["strike"]),
                      Claim(document: 1, eventDate: "2025-08", slot: "date", value: "2025-08", cues: ["strike"])]
        #expect(Self.dates(claims).last == "2025-08-28")
        // Equal in size too: no event stands out, and the month stays.
        claims.removeSubrange(2...3)
        #expect(Self.dates(claims).last == "2025-08")
    }

    @Test func aYearJoinsItsOnlyDayElseItsOnlyMonth() {
        let day = [Claim(document: 0, eventDate: "2022-03-10", slot: "date", value: "2022-03-10"),
                   Claim(document: 1, eventDate: "2022", slot: "date", value: "2022")]
        let merged = Self.merge(day)
        #expect(merged.map(\.date) == ["2022-03-10", "2022-03-10"])
        #expect(merged.last?.key == "2022-03-10")
        // "April 2022" and "2022", no day: the year is April's.
        let month = [Claim(document: 0, eventDate: "2022-04", slot: "date", value: "2022-04"),
                     Claim(document: 1, eventDate: "2022", slot: "date", value: "2022")]
        #expect(Self.dates(month) == ["2022-04", "2022-04"])
        // Two months in the year: it stays a year.
        let months = month + [Claim(document: 0, eventDate: "2022-09", slot: "date", value: "2022-09")]
        #expect(Self.dates(months) == ["2022-04", "2022", "2022-09"])
    }

    @Test func storiesDoNotMix() {
        // The only January day is in story 0; the month in story 1 stays a month.
        let claims = [Claim(document: 0, eventDate: "2024-01-02", slot: "weapon", value: "weapon:kinzhal"),
                      Claim(document: 1, eventDate: "2024-01", slot: "weapon", value: "weapon:kinzhal")]
        #expect(Self.dates(claims, storyOf: [0, 1], storyMain: ["2025-11-14", "2025-11-14"]) == ["2024-01-02", "2024-01"])
        // Nor does a story's main date pull another story's neighbouring day.
        let days = [Claim(document: 0, eventDate: "2025-11-13", slot: "weapon", value: "weapon:kinzhal"),
                    Claim(document: 1, eventDate: "2025-11-13", slot: "weapon", value: "weapon:kinzhal")]
        #expect(Self.dates(days, storyOf: [0, 1], storyMain: ["2025-11-14", "2025-11-20"]) == ["2025-11-14", "2025-11-13"])
    }

    @Test func undatedClaimsStayUndated() {
        let claims = [Claim(document: 0, eventDate: "undated", slot: "weapon", value: "weapon:kinzhal"),
                      Claim(document: 1, eventDate: "2025-11-14", slot: "weapon", value: "weapon:kinzhal")]
        #expect(Self.dates(claims) == ["undated", "2025-11-14"])
    }

    @Test func datePrecisionReadsOnlyISOKeys() {
        #expect(DatePrecision(of: "2025-11-14") == .day)
        #expect(DatePrecision(of: "2025-11") == .month)
        #expect(DatePrecision(of: "2025") == .year)
        #expect(DatePrecision(of: "2025-W46") == .other)
        #expect(DatePrecision(of: "relative:x") == .other)
        #expect(DatePrecision(of: "") == .other)
    }
}
