import Testing
@testable import VerifyKit

@Suite struct ProvenanceTests {
    @Test func lineIndexCountsCRLFCRAndLFAndScalarColumns() {
        let text = "ab\r\ncd\rКиїв x\nlast"
        let index = LineIndex(utf8: Array(text.utf8))
        #expect(index.lineCount == 4)
        #expect(index.position(of: 0) == (1, 1))
        #expect(index.position(of: 4) == (2, 1))        // "c" after CRLF
        #expect(index.position(of: 7) == (3, 1))        // "К" after CR
        let x = Array(text.utf8).firstIndex(of: UInt8(ascii: "x"))!
        #expect(index.position(of: x) == (3, 6))        // four Cyrillic letters and a space before it
        #expect(index.range(ofLine: 2) == 4..<6)
    }

    @Test func mapGoesThroughRewrittenPieces() {
        let source = Array("<p>A &amp; B</p>".utf8)
        var builder = MappedTextBuilder()
        builder.appendVerbatim(3..<5, of: source)          // "A "
        builder.append("&", replacing: 5..<10)            // "&amp;"
        builder.appendVerbatim(10..<12, of: source)        // " B"
        #expect(builder.text == "A & B")
        #expect(builder.map.sourceOffset(ofStart: 0) == 3)
        #expect(builder.map.sourceOffset(ofStart: 2) == 5)
        #expect(builder.map.sourceOffset(ofEnd: 3) == 10)
        #expect(builder.map.sourceOffset(ofStart: 4) == 11)
        #expect(builder.map.sourceOffset(ofEnd: 5) == 12)
    }

    @Test func trimmingDropsTheMapToo() {
        let source = Array("word   ".utf8)
        var builder = MappedTextBuilder()
        builder.appendVerbatim(0..<7, of: source)
        builder.trimTrailingWhitespace()
        #expect(builder.text == "word")
        #expect(builder.map.sourceOffset(ofEnd: 4) == 4)
    }
}
