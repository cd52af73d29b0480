/// Reads plain text: a paragraph per line, or per run of lines when the text is wrapped;
/// list items on their own. Everything is kept verbatim; line breaks inside a wrapped
/// paragraph read as one space.
enum PlainTextReader {
    /// A line at least this long that ends without sentence punctuation continues on the next line.
    static let wrapWidth = 60

    static func read(_ bytes: [UInt8], from start: Int = 0) -> ExtractedText {
        var builder = MappedTextBuilder()
        var blocks: [TextBlock] = []
        var blockStart: Int?
        var blockKind = BlockKind.paragraph
        var previous: SourceLine?

        func close(at offset: Int) {
            if let start = blockStart {
                builder.endBlock(startingAt: start, kind: blockKind, into: &blocks, sourceOffset: offset)
            }
            blockStart = nil
        }

        for line in SourceLine.split(bytes, from: start) {
            if line.isBlank {
                close(at: line.range.lowerBound)
                previous = nil
                continue
            }
            if let marker = SourceLine.listMarkerLength(line.content, in: bytes) {
                close(at: line.range.lowerBound)
                blockStart = builder.count
                blockKind = .listItem
                builder.appendVerbatim(line.content.lowerBound + marker..<line.content.upperBound, of: bytes)
                previous = line
                continue
            }
            if blockStart != nil, blockKind == .paragraph, let previous, continues(previous, in: bytes) {
                builder.append(" ", replacing: previous.content.upperBound..<line.content.lowerBound)
            } else {
                close(at: line.range.lowerBound)
                blockStart = builder.count
                blockKind = .paragraph
            }
            builder.appendVerbatim(line.content, of: bytes)
            previous = line
        }
        close(at: bytes.count)
        return ExtractedText(text: builder.text, map: builder.map, blocks: blocks)
    }

    /// Whether a line is a hard wrap of a longer paragraph.
    private static func continues(_ line: SourceLine, in bytes: [UInt8]) -> Bool {
        guard line.content.count >= wrapWidth, let last = bytes[line.content].last else { return false }
        return !".!?:\"')»”".utf8.contains(last) && !(last == 0x9D && bytes[line.content].suffix(3).elementsEqual([0xE2, 0x80, 0x9D]))
    }
}
