import VerifyHTML

/// A piece of a text node's source bytes, as the reader copies it into pipeline text.
enum HTMLTextRun: Sendable, Hashable {
    /// Bytes copied verbatim (no white space).
    case verbatim(Range<Int>)
    /// A character reference and what it decodes to.
    case reference(Range<Int>, decoded: String)
    /// Foldable white space (ASCII space, tab, LF, FF, CR; UTF-8 NBSP).
    case space(Range<Int>)
    /// Markup the parser ignored inside the text (a stray end tag): no text, no word break.
    case skipped(Range<Int>)

    /// Splits the source bytes `range` of a text node whose decoded text is `decoded`.
    ///
    /// The source is walked against the decoded text: bytes equal to the decoded text are
    /// verbatim (or white space); `&` starts a reference when the parser decoded one there
    /// (`references`, from ``HTMLCharacterReference/resolve(_:)``); CR and CR LF are the LF
    /// the parser made of them; a `<` the decoded text does not have starts a tag the
    /// parser ignored, skipped to its `>`; any other byte the parser dropped (NUL) is skipped.
    static func runs(of range: Range<Int>, in bytes: [UInt8], decoded: String,
                     references: [String: HTMLCharacterReference]) -> [HTMLTextRun] {
        let output = Array(decoded.utf8)
        var runs: [HTMLTextRun] = []
        var index = range.lowerBound
        var cursor = 0
        var wordStart: Int?
        var spaceStart: Int?
        func endWord(at end: Int) {
            if let start = wordStart, start < end { runs.append(.verbatim(start..<end)) }
            wordStart = nil
        }
        func endSpace(at end: Int) {
            if let start = spaceStart, start < end { runs.append(.space(start..<end)) }
            spaceStart = nil
        }
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x26 {  // &
                let candidate = HTMLCharacterReference.candidate(in: bytes[index..<range.upperBound])
                if let reference = references[String(decoding: candidate, as: UTF8.self)],
                   output[cursor...].starts(with: reference.decoded.utf8) {
                    endWord(at: index)
                    endSpace(at: index)
                    runs.append(.reference(index..<(index + reference.length), decoded: reference.decoded))
                    index += reference.length
                    cursor += reference.decoded.utf8.count
                    continue
                }
            }
            let length = spaceLength(bytes, at: index, limit: range.upperBound)
            var matches = cursor < output.count && output[cursor] == byte
            if matches, byte == 0x3C, startsTag(bytes, at: index, limit: range.upperBound) {
                // A literal < that could open a tag only if the text has the whole would-be tag.
                let close = bytes[index..<range.upperBound].firstIndex(of: 0x3E).map { $0 + 1 } ?? range.upperBound
                matches = output[cursor...].starts(with: bytes[index..<close])
            }
            if length > 0, matches || byte == 0x0D {
                endWord(at: index)
                if spaceStart == nil { spaceStart = index }
                if byte == 0x0D {
                    if index + 1 < range.upperBound, bytes[index + 1] == 0x0A { index += 1 }
                    if cursor < output.count, output[cursor] == 0x0A { cursor += 1 }
                    index += 1
                } else {
                    index += length
                    cursor += length
                }
                continue
            }
            if matches {
                endSpace(at: index)
                if wordStart == nil { wordStart = index }
                index += 1
                cursor += 1
                continue
            }
            endWord(at: index)
            endSpace(at: index)
            var end = index + 1
            if byte == 0x3C, startsTag(bytes, at: index, limit: range.upperBound) {  // an ignored tag, up to its >
                var quote: UInt8?
                while end < range.upperBound {
                    let next = bytes[end]
                    end += 1
                    if let open = quote { if next == open { quote = nil } } else if next == 0x22 || next == 0x27 { quote = next } else if next == 0x3E { break }
                }
            }
            runs.append(.skipped(index..<end))
            index = end
        }
        endWord(at: index)
        endSpace(at: index)
        return runs
    }

    /// Whether the `<` at `index` opens a tag (`<` or `</` and an ASCII letter).
    static func startsTag(_ bytes: [UInt8], at index: Int, limit: Int) -> Bool {
        var next = index + 1
        if next < limit, bytes[next] == 0x2F { next += 1 }
        guard next < limit else { return false }
        return (0x41...0x5A).contains(bytes[next]) || (0x61...0x7A).contains(bytes[next])
    }

    /// The length of the foldable white space at `index` (space, tab, LF, FF, CR: 1; a UTF-8 NBSP: 2), else 0.
    static func spaceLength(_ bytes: [UInt8], at index: Int, limit: Int) -> Int {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: return 1
        case 0xC2 where index + 1 < limit && bytes[index + 1] == 0xA0: return 2
        default: return 0
        }
    }
}
