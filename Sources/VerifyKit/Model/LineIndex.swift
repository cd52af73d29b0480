/// Line starts of a decoded source, for turning UTF-8 offsets into 1-based line and
/// column numbers as a user's editor shows them. Lines end at LF, CR or CRLF; columns
/// count Unicode scalars.
struct LineIndex: Sendable {
    private let utf8: [UInt8]
    private let lineStarts: [Int]
    /// Unicode scalars before each multiple of ``checkpointStride`` bytes, so that a column
    /// costs at most one stride of counting however long the line (one 1 MB line of a
    /// scraped page would otherwise make every position a scan from the line's start).
    private let scalarsBeforeCheckpoint: [Int]
    /// Bytes between two checkpoints.
    static let checkpointStride = 1024

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
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(utf8.count / Self.checkpointStride + 1)
        var scalars = 0
        for (offset, byte) in utf8.enumerated() {
            if offset % Self.checkpointStride == 0 { checkpoints.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        if utf8.count % Self.checkpointStride == 0 { checkpoints.append(scalars) }
        scalarsBeforeCheckpoint = checkpoints
    }

    /// Unicode scalars in `utf8[0..<offset]`.
    private func scalars(before offset: Int) -> Int {
        let checkpoint = offset / Self.checkpointStride
        var count = scalarsBeforeCheckpoint[checkpoint]
        var index = checkpoint * Self.checkpointStride
        while index < offset {
            if utf8[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// Number of lines (a final line without a terminator counts).
    var lineCount: Int { lineStarts.count }

    /// 1-based line and column (in Unicode scalars) of UTF-8 offset `offset`.
    /// - Complexity: O(log lines + ``checkpointStride``), whatever the line's length.
    func position(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, utf8.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        return (low + 1, scalars(before: clamped) - scalars(before: lineStarts[low]) + 1)
    }

    /// UTF-8 offset range of line `line` (1-based), without its terminator.
    func range(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : utf8.count
        while end > start, utf8[end - 1] == 0x0A || utf8[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }
}
