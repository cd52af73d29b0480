import Testing
@testable import VerifyKit

/// Event dating: a document's main date (the most written day near publication, else the
/// most written day, else the publication day, else `undated`), and each mention's event
/// date (a date of its own clause, else the nearest written before it in its sentence,
/// else after it, else the previous sentence's in its paragraph, else the main date).
@Suite struct EventDatingTests {
    static func mainDate(_ published: String?, _ body: String) throws -> String {
        let tiny = try TinyReports([.init("a.md", published: published, body)])
        return EventDating.mainDate(published: tiny.extracted[0].published, sentences: tiny.extracted[0].sentences)
    }

    @Test func mainDateIsTheMostWrittenDayNearPublication() throws {
        // 2 January 2024 twice, 13 November 2025 once: the day before publication is the news.
        #expect(try Self.mainDate("2025-11-14T16:38:00+04:00", """
            The strike of January 2, 2024 left a crater. On January 2, 2024 an ordnance was found. \
            The embassy was hit on November 13, 2025.
            """) == "2025-11-13")
        // Three days before publication is near; four is not; after publication is not.
        #expect(try Self.mainDate("2025-11-14T10:00:00Z", """
            Talks were held on November 10, 2025 and again on November 10, 2025. \
            The strike came on November 11, 2025. A summit is set for November 15, 2025, \
            after a vote on November 15, 2025 and a debate on November 15, 2025.
            """) == "2025-11-11")
    }

    @Test func mainDateFallsBackToTheMostWrittenThenToPublication() throws {
        // Nothing near publication: the most written day.
        #expect(try Self.mainDate("2025-11-14T10:00:00Z", """
            The strike of January 2, 2024 was recalled, and so was the strike of August 28, 2025. \
            Both notes cite January 2, 2024.
            """) == "2024-01-02")
        // No day at all (a month is not a day): the publication day.
        #expect(try Self.mainDate("2025-11-14T10:00:00Z", "Coordinates were handed over in April 2022.") == "2025-11-14")
        // Neither publication nor date.
        #expect(try Self.mainDate(nil, "Officials gave no details.") == "undated")
        // No publication: the most written day; a tie goes to the first written.
        #expect(try Self.mainDate(nil, "Officials gave details. Kharkiv was hit on March 10, 2022. Kyiv was hit on August 28, 2025.")
                == "2022-03-10")
        #expect(try Self.mainDate(nil, """
            Officials gave details. Kharkiv was hit on March 10, 2022. Kyiv was hit on August 28, 2025, \
            and again on August 28, 2025.
            """) == "2025-08-28")
    }

    /// The event date `assign` gives the place mention written `place` (ranges found in the text).
    static func eventDates(_ body: String, places: [String], published: String? = "2025-11-14T10:00:00Z",
                           main: String = "2025-11-14") throws -> [String] {
        let tiny = try TinyReports([.init("a.md", published: published, body)])
        let dates = EventDating.assign(sentences: tiny.extracted[0].sentences, mainDate: main)
        return try places.map { place in
            let sentences = tiny.extracted[0].sentences
            for (s, sentence) in sentences.enumerated() {
                if let m = sentence.mentions.firstIndex(where: { $0.type == .entity && $0.text == place }) { return dates[s][m] }
            }
            Issue.record("no mention '\(place)' in \(sentences.flatMap(\.mentions).map(\.text))")
            throw TinyReportsError()
        }
    }

    @Test func aMentionTakesTheDateOfItsOwnClause() throws {
        // Without clauses, Odesa would take March 10, the nearest date before it.
        #expect(try Self.eventDates("Kharkiv was hit on March 10, 2022, and Odesa was damaged on August 28, 2025.",
                                    places: ["Kharkiv", "Odesa"]) == ["2022-03-10", "2025-08-28"])
        #expect(try Self.eventDates("Kharkiv was hit on March 10, 2022; Odesa was damaged on August 28, 2025.",
                                    places: ["Kharkiv", "Odesa"]) == ["2022-03-10", "2025-08-28"])
    }

    @Test func nearestDateBeforeElseAfter() throws {
        #expect(try Self.eventDates("On January 2, 2024 a missile hit Kyiv, and later on August 28, 2025 Lviv.",
                                    places: ["Kyiv", "Lviv"]) == ["2024-01-02", "2025-08-28"])
        // One clause, the date after the place.
        #expect(try Self.eventDates("Near Dnipro, on January 2, 2024, a crater formed.", places: ["Dnipro"]) == ["2024-01-02"])
        // Dates joined in one span ("August 8 and 18"): the first leads.
        #expect(try Self.eventDates("On August 8 and 18, 2025, drones hit the depot near Odesa.", places: ["Odesa"]) == ["2025-08-08"])
    }

    @Test func aSentenceWithoutDatesTakesThePreviousOnesInItsParagraph() throws {
        let body = """
            Kharkiv was hit on March 10, 2022. Kyiv was hit too.

            Lviv was spared.
            """
        #expect(try Self.eventDates(body, places: ["Kharkiv", "Kyiv", "Lviv"], main: "2025-11-14")
                == ["2022-03-10", "2022-03-10", "2025-11-14"])
    }

    @Test func relativeDatesAreAnchorsOnlyWhenResolved() throws {
        // "last night", resolved against the publication time, is a date like any other.
        #expect(try Self.eventDates("Missiles hit Kyiv last night.", places: ["Kyiv"], main: "2025-11-10") == ["2025-11-14"])
    }

    @Test func clauseStartsAtSemicolonsAndCommaConjunctions() {
        let text = "A fell, and B rose; C, D stayed, but E left, then F."
        let starts = EventDating.clauseStarts(text.utf8, from: 0)
        // The sentence start, after ", and", after ";", after ", but"; not after ", D" nor ", then".
        #expect(starts == [0, 7, 19, 32])
        // Offsets are in the document: a sentence further in shifts them.
        #expect(EventDating.clauseStarts(text.utf8, from: 7) == [7, 14, 26, 39])
    }
}
