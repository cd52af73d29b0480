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
            if blockStart != nil, blockKind == .paragraph, let previous, continues(previous, into: line, in: bytes) {
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

    /// Whether `next` continues `line` as a hard-wrapped paragraph: `line` is long, has no
    /// closing punctuation, and `next` starts in lower case or `line` ends with a comma,
    /// hyphen or semicolon. Lines that merely follow each other (a headline, a tag cloud,
    /// other-language links) stay apart.
    private static func continues(_ line: SourceLine, into next: SourceLine, in bytes: [UInt8]) -> Bool {
        guard line.content.count >= wrapWidth, let last = bytes[line.content].last else { return false }
        if ",;-".utf8.contains(last) { return true }
        if ".!?:\"')".utf8.contains(last) { return false }
        let firstScalar = String(decoding: bytes[next.content.prefix(4)], as: UTF8.self).unicodeScalars.first
        return firstScalar.map { $0.properties.isLowercase || ("0"..."9").contains($0) } ?? false
    }
}
