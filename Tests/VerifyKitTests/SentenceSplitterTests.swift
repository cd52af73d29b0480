import Testing
@testable import VerifyKit

/// Sentences of a body: ICU's breaks, undone inside a dotted name and after a title.
@Suite struct SentenceSplitterTests {
    private func sentences(_ body: String) throws -> [String] {
        let tiny = try TinyReports([.init("a.md", published: nil, body)])
        let document = tiny.documents[0]
        return SentenceSplitter().sentences(of: document).map { String(document.slice($0.range)) }
    }

    @Test func aTitleBeforeANameDoesNotEndTheSentence() throws {
        #expect(try sentences("Maryland Gov. Wes Moore declared an emergency. Divers searched the river.")
            == ["Maryland Gov. Wes Moore declared an emergency.", "Divers searched the river."])
        #expect(try sentences("Col. Roland Butler Jr. spoke first.") == ["Col. Roland Butler Jr. spoke first."])
    }

    @Test func aFullWordTitleAtTheEndStillEndsIt() throws {
        // "Chair" is a title of names.yaml, but not an abbreviation: the period ends the sentence.
        #expect(try sentences("She was elected Chair. Members applauded.") == ["She was elected Chair.", "Members applauded."])
    }

    @Test func aMiddleInitialDoesNotEndTheSentence() throws {
        #expect(try sentences("Port director Paul J. Wiedefeld said traffic stopped.") == ["Port director Paul J. Wiedefeld said traffic stopped."])
        #expect(try sentences("It was the end of World War I. The city rebuilt.") == ["It was the end of World War I.", "The city rebuilt."])
    }
}
