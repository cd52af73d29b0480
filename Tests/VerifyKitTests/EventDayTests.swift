import Testing
@testable import VerifyKit

/// The day a report says the event happened: a date an event cue governs, compared with
/// the story's main date; a report that dates the event a day off, and never writes the
/// main date, is a conflict with the reports that do.
@Suite struct EventDayTests {
    /// The dates of `text`, "value" with a star when marked as the day of the event.
    static func days(_ text: String) -> [String] {
        TestRules.mentions(text).filter(EventDays.isDay).map { $0.value + ($0.qualifiers.contains(.eventDay) ? "*" : "") }
    }

    @Test func aDateTheCueGovernsIsTheEventsDay() {
        #expect(Self.days("The floods that struck the region on 30 October 2024 killed 155.") == ["2024-10-30*"])
        #expect(Self.days("On 2 May 2025 a blast hit the depot.") == ["2025-05-02*"])
        // Another clause, or an outcome word, does not date the happening.
        #expect(Self.days("The blast was loud, and on 2 May 2025 the depot closed.") == ["2025-05-02"])
        #expect(Self.days("Two more people died on 3 May 2025.") == ["2025-05-03"])
    }

    @Test func aReportThatDatesTheEventADayOffConflicts() throws {
        // Leads that state two different calendar days would be two happenings (the story
        // clusterer keeps them apart); here the others date the blast by weekday in their leads.
        let tiny = try TinyReports([
            .init("a.md", published: "2025-05-03T08:00:00Z",
                  "A blast hit the Kessler Chemicals depot in Varnholt on Friday. Ten workers were hurt, said mayor Anna Brisk. "
                  + "The depot held 40 tonnes of ammonia.\n\nThe 2 May blast was the first at the site."),
            .init("b.md", published: "2025-05-03T09:00:00Z",
                  "The blast that hit the Kessler Chemicals depot in Varnholt on Friday hurt ten workers, mayor Anna Brisk said. "
                  + "The depot held 40 tonnes of ammonia.\n\nInspectors visited the site after the 2 May blast."),
            .init("c.md", published: "2025-05-03T10:00:00Z",
                  "The blast that hit the Kessler Chemicals depot in Varnholt on 3 May hurt ten workers, mayor Anna Brisk said. "
                  + "The depot held 40 tonnes of ammonia."),
        ])
        let conflicts = tiny.verify().findings(.conflict, slot: "date")
        #expect(conflicts.count == 1, "\(conflicts.map(\.message))")
        #expect(conflicts.first?.groups == [["c"], ["a", "b"]])
    }

    @Test func aReportThatAlsoWritesTheMainDateIsNotOff() throws {
        let tiny = try TinyReports([
            .init("a.md", published: "2025-05-03T08:00:00Z", "A blast hit the Varnholt depot on 2 May. Ten workers were hurt in Varnholt."),
            .init("b.md", published: "2025-05-03T10:00:00Z",
                  "After the blast of 2 May at the Varnholt depot, a second blast hit the depot on 3 May; ten workers were hurt in Varnholt."),
        ])
        #expect(tiny.verify().findings(.conflict, slot: "date").isEmpty)
    }
}
