import Testing
import VerifyICU

@Suite struct WordSegmenterTests {
    @Test func tokensWithKinds() throws {
        let text = "Baku 2024, Əliyev"
        let tokens = try WordSegmenter().words(in: text)
        #expect(tokens.map { TestSupport.slice(text, $0.range) } == ["Baku", " ", "2024", ",", " ", "Əliyev"])
        #expect(tokens.map(\.kind) == [.letter, .none, .number, .none, .none, .letter])
        #expect(tokens.last?.range == 11..<18)  // Ə is two bytes
    }

    @Test func cyrillicWordsAndDecimalNumber() throws {
        let text = "Ракета: 3.5 км"
        let tokens = try WordSegmenter(locale: "ru").words(in: text)
        let words = tokens.filter { $0.kind != .none }
        #expect(words.map { TestSupport.slice(text, $0.range) } == ["Ракета", "3.5", "км"])
        #expect(words.map(\.kind) == [.letter, .number, .letter])
        #expect(tokens.map(\.range.count).reduce(0, +) == text.utf8.count)
    }

    @Test func japaneseIsSplitByTheDictionaryAndTaggedIdeographic() throws {
        // ICU's CJ dictionary engine reports UBRK_WORD_IDEO for kana words too.
        let text = "カタカナ東京"
        let tokens = try WordSegmenter(locale: "ja").words(in: text)
        #expect(tokens.map { TestSupport.slice(text, $0.range) } == ["カタカナ", "東京"])
        #expect(tokens.map(\.kind) == [.ideographic, .ideographic])
    }

    @Test func emptyTextHasNoTokens() throws {
        #expect(try WordSegmenter().words(in: "").isEmpty)
    }
}
