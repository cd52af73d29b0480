import Testing
@testable import VerifyKit

/// Line and column numbers agree with a plain count from the line's start, on long lines
/// with multi-byte letters on both sides of the index's checkpoints.
struct LineIndexTests {
    /// The line and column a plain scan gives: lines end at LF, CR or CRLF; columns count scalars.
    static func naive(_ utf8: [UInt8], _ offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1, index = 0
        while index < offset {
            let byte = utf8[index]
            if byte == 0x0A || (byte == 0x0D && !(index + 1 < utf8.count && utf8[index + 1] == 0x0A)) {
                line += 1
                column = 1
            } else if byte != 0x0D && byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    @Test func positionsOnLongMixedLines() {
        let text = String(repeating: "Київ — Kyiv, 3 km ", count: 400) + "\n" + String(repeating: "é", count: 3000)
            + "\r\n\r" + String(repeating: "ab", count: 1500)
        let utf8 = Array(text.utf8)
        let index = LineIndex(utf8: utf8)
        var offset = 0
        while offset <= utf8.count {
            if offset == utf8.count || utf8[offset] & 0xC0 != 0x80 {
                let got = index.position(of: offset)
                let expected = Self.naive(utf8, offset)
                #expect(got.line == expected.line && got.column == expected.column, "offset \(offset)")
            }
            offset += 7
        }
        #expect(index.position(of: utf8.count).line == 4)
    }

    @Test func emptyAndExactStrideLengths() {
        for count in [0, 1, LineIndex.checkpointStride - 1, LineIndex.checkpointStride, LineIndex.checkpointStride + 1] {
            let utf8 = [UInt8](repeating: 0x61, count: count)
            let index = LineIndex(utf8: utf8)
            #expect(index.position(of: count) == (1, count + 1))
        }
    }
}
