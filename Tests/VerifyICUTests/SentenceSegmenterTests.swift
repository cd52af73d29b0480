import Testing
import VerifyICU

@Suite struct SentenceSegmenterTests {
    @Test func abbreviationsDoNotEndSentences() throws {
        let text = "Mr. Smith went to Baku. He met Prof. Ivanov."
        let ranges = try SentenceSegmenter().sentences(in: text)
        #expect(ranges == [0..<24, 24..<44])
        #expect(ranges.map { TestSupport.slice(text, $0) } == ["Mr. Smith went to Baku. ", "He met Prof. Ivanov."])
    }

    @Test func byteRangesOverMultibyteText() throws {
        let text = "Əliyev Bakıya gəldi. Посол встретил Prof. Иванова! Ещё?"
        let ranges = try SentenceSegmenter().sentences(in: text)
        #expect(ranges.map { TestSupport.slice(text, $0) } ==
            ["Əliyev Bakıya gəldi. ", "Посол встретил Prof. Иванова! ", "Ещё?"])
        #expect(ranges.first?.lowerBound == 0)
        #expect(ranges.last?.upperBound == text.utf8.count)
        // "Əliyev Bakıya gəldi. " is 21 characters but 24 bytes (Ə, ı, ə are 2 bytes each).
        #expect(ranges.first == 0..<24)
    }

    @Test func plainLocaleBreaksAfterAbbreviation() throws {
        let ranges = try SentenceSegmenter(locale: "en").sentences(in: "Mr. Smith went to Baku.")
        #expect(ranges.count == 2)
    }

    @Test func emptyTextHasNoSentences() throws {
        #expect(try SentenceSegmenter().sentences(in: "").isEmpty)
    }

    @Test func segmenterIsReusable() throws {
        let s = try SentenceSegmenter()
        #expect(s.sentences(in: "One. Two.").count == 2)
        #expect(s.sentences(in: "Three.") == [0..<6])
    }
}
