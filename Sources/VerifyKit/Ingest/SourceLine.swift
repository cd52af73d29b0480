/// One line of a decoded source: where it starts and ends, without its terminator, and
/// its content with surrounding blanks trimmed.
struct SourceLine {
    /// The whole line, terminator excluded.
    var range: Range<Int>
    /// The line with leading and trailing blanks (space, tab, no-break space) removed.
    var content: Range<Int>

    var isBlank: Bool { content.isEmpty }

    /// Splits UTF-8 text into lines at LF, CR and CRLF.
    static func split(_ bytes: [UInt8], from start: Int = 0) -> [SourceLine] {
        var lines: [SourceLine] = []
        var lineStart = start
        var index = start
        while index <= bytes.count {
            let atEnd = index == bytes.count
            if atEnd || bytes[index] == 0x0A || bytes[index] == 0x0D {
                if !atEnd || lineStart < index {
                    lines.append(SourceLine(range: lineStart..<index, content: trimmed(lineStart..<index, in: bytes)))
                }
                if atEnd { break }
                if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                lineStart = index + 1
            }
            index += 1
        }
        return lines
    }

    /// `range` without leading and trailing blanks.
    static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            if bytes[low] == 0x20 || bytes[low] == 0x09 || bytes[low] == 0x0C { low += 1 } else if bytes[low] == 0xC2, low + 1 < high, bytes[low + 1] == 0xA0 { low += 2 } else { break }
        }
        while high > low {
            if bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 || bytes[high - 1] == 0x0C { high -= 1 } else if high - 2 >= low, bytes[high - 2] == 0xC2, bytes[high - 1] == 0xA0 { high -= 2 } else { break }
        }
        return low..<high
    }

    /// Length of a list marker (`- `, `* `, `+ `, `• `, `– `, `1. `, `2) `) at the start of
    /// `content`, or nil.
    static func listMarkerLength(_ content: Range<Int>, in bytes: [UInt8]) -> Int? {
        let start = content.lowerBound
        guard content.count >= 2 else { return nil }
        let first = bytes[start]
        if first == 0x2D || first == 0x2A || first == 0x2B, bytes[start + 1] == 0x20 { return 2 }
        // "• " (E2 80 A2) and "– " (E2 80 93)
        if content.count >= 4, first == 0xE2, bytes[start + 1] == 0x80,
           bytes[start + 2] == 0xA2 || bytes[start + 2] == 0x93, bytes[start + 3] == 0x20 { return 4 }
        var index = start
        while index < content.upperBound, index - start < 3, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        if index > start, index + 1 < content.upperBound, bytes[index] == 0x2E || bytes[index] == 0x29, bytes[index + 1] == 0x20 {
            return index + 2 - start
        }
        return nil
    }
}
