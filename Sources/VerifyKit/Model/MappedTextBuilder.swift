/// Builds pipeline text piece by piece from a source's UTF-8 bytes while recording the
/// ``SourceMap`` that takes every piece back to where it stood in the source.
struct MappedTextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var map = SourceMap()

    /// The UTF-8 length of the text built so far.
    var count: Int { bytes.count }

    /// Copies `range` of `source` verbatim.
    mutating func appendVerbatim(_ range: Range<Int>, of source: [UInt8]) {
        guard !range.isEmpty else { return }
        map.append(.init(textStart: bytes.count, textLength: range.count,
                         sourceStart: range.lowerBound, sourceLength: range.count))
        bytes.append(contentsOf: source[range])
    }

    /// Appends `replacement` as the rendering of `sourceRange` (an entity, folded white space).
    mutating func append(_ replacement: String, replacing sourceRange: Range<Int>) {
        let utf8 = Array(replacement.utf8)
        guard !utf8.isEmpty else { return }
        map.append(.init(textStart: bytes.count, textLength: utf8.count,
                         sourceStart: sourceRange.lowerBound, sourceLength: sourceRange.count))
        bytes.append(contentsOf: utf8)
    }

    /// Appends text that has no source of its own (a block separator), anchored at `sourceOffset`.
    mutating func appendSynthetic(_ text: String, at sourceOffset: Int) {
        append(text, replacing: sourceOffset..<sourceOffset)
    }

    /// Drops trailing ASCII white space bytes (and their map), e.g. before a block ends.
    mutating func trimTrailingWhitespace() {
        var newCount = bytes.count
        while newCount > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[newCount - 1]) { newCount -= 1 }
        guard newCount < bytes.count else { return }
        bytes.removeLast(bytes.count - newCount)
        map.truncate(toTextLength: newCount)
    }

    /// The text built, as a String (the bytes are valid UTF-8 by construction).
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension SourceMap {
    /// Cuts the map so that it covers only the first `length` bytes of text.
    mutating func truncate(toTextLength length: Int) {
        var kept = segments.filter { $0.textStart < length }
        if var last = kept.popLast() {
            let newLength = length - last.textStart
            if last.isVerbatim {
                last.sourceLength = newLength
            }
            last.textLength = newLength
            kept.append(last)
        }
        self = SourceMap()
        for segment in kept { append(segment) }
    }
}
