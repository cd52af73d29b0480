/// Line starts of a decoded source, for turning UTF-8 offsets into 1-based line and
/// column numbers as a user's editor shows them. Lines end at LF, CR or CRLF; columns
/// count Unicode scalars.
struct LineIndex: Sendable {
    private let utf8: [UInt8]
    private let lineStarts: [Int]

    init(utf8: [UInt8]) {
        self.utf8 = utf8
        var starts = [0]
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < utf8.count, utf8[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        lineStarts = starts
    }

    /// Number of lines (a final line without a terminator counts).
    var lineCount: Int { lineStarts.count }

    /// 1-based line and column (in Unicode scalars) of UTF-8 offset `offset`.
    /// - Complexity: O(log lines + line length).
    func position(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, utf8.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        var scalars = 0
        var index = lineStarts[low]
        while index < clamped {
            if utf8[index] & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        return (low + 1, scalars + 1)
    }

    /// UTF-8 offset range of line `line` (1-based), without its terminator.
    func range(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : utf8.count
        while end > start, utf8[end - 1] == 0x0A || utf8[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }
}
