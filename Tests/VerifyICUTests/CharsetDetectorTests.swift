import Testing
import VerifyICU

@Suite struct CharsetDetectorTests {
    static let phrase = "Посольство Азербайджана в Киеве повредила ракета. "

    @Test func detectsAndDecodesWindows1251Russian() throws {
        let text = String(repeating: Self.phrase, count: 4)
        let bytes = TestSupport.cp1251(text)
        let matches = try CharsetDetector.detect(bytes)
        let best = try #require(matches.first)
        #expect(best.name == "windows-1251")
        #expect(best.language == "ru")
        #expect(best.confidence > 10)
        #expect(!matches.contains { $0.name == "UTF-8" })
        #expect(try CharsetDetector.decode(bytes, charset: best.name) == text)
    }

    @Test func detectsUTF8() throws {
        let text = String(repeating: Self.phrase, count: 2)
        let best = try #require(try CharsetDetector.detect(Array(text.utf8)).first)
        #expect(best.name == "UTF-8")
        #expect(best.confidence == 100)
        #expect(try CharsetDetector.decode(Array(text.utf8), charset: "UTF-8") == text)
    }

    @Test func matchesAreBestFirst() throws {
        let matches = try CharsetDetector.detect(TestSupport.cp1251(String(repeating: Self.phrase, count: 3)))
        #expect(matches.count > 1)
        #expect(matches.map(\.confidence) == matches.map(\.confidence).sorted(by: >))
    }

    @Test func emptyInputHasNoMatches() throws {
        #expect(try CharsetDetector.detect([]).isEmpty)
    }

    @Test func unknownCharsetThrows() {
        #expect(throws: ICUError.self) { try CharsetDetector.decode([0x41], charset: "no-such-charset") }
    }

    @Test func decodesKOI8R() throws {
        // "Киев" in KOI8-R.
        #expect(try CharsetDetector.decode([0xEB, 0xC9, 0xC5, 0xD7], charset: "KOI8-R") == "Киев")
    }
}
