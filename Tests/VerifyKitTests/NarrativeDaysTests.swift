import Testing
@testable import VerifyKit

/// "The next day", "later that day", "two days later" with no day before them in their
/// sentence count from the last day their paragraph wrote (``NarrativeDays``), never from
/// a day of another paragraph, nor over a weekday or month of their own sentence.
@Suite struct NarrativeDaysTests {
    /// The date values of document 0, in order, as "text=value".
    static func dates(_ body: String) throws -> [String] {
        let tiny = try TinyReports([.init("a.md", published: "2025-05-10T10:00:00Z", body)])
        return tiny.extracted[0].sentences.flatMap(\.mentions).filter { $0.type == .date }.map { "\($0.text)=\($0.value)" }
    }

    @Test func aNarrativeGoesOnAcrossSentences() throws {
        let dates = try Self.dates("The levee broke on May 3. Two days later the army arrived. Later that day the road reopened. The next morning the search resumed.")
        #expect(dates == ["May 3=2025-05-03", "Two days later=2025-05-05", "Later that day=2025-05-05", "The next morning=2025-05-06"])
    }

    @Test func aNewParagraphStartsWithNoDay() throws {
        let dates = try Self.dates("The levee broke on May 3.\n\nSix were swept away and were presumed dead the following day.")
        #expect(dates == ["May 3=2025-05-03", "the following day=relative:the following day"])
    }

    @Test func aWeekdayOfItsOwnSentenceIsNotOverridden() throws {
        let dates = try Self.dates("The levee broke on May 3. It gave way again on Tuesday and they were found the next day.")
        #expect(dates.contains("the next day=relative:the next day"))
        #expect(!dates.contains("the next day=2025-05-04"))
    }
}
