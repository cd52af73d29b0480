/// Reads Markdown: ATX and Setext headings, paragraphs joined across soft line breaks,
/// list items, block quotes; thematic breaks dropped. Inline markup is removed by
/// ``MarkdownInline`` while keeping the map to the original bytes.
enum MarkdownReader {
    static func read(_ bytes: [UInt8], from start: Int) -> ExtractedText {
        var builder = MappedTextBuilder()
        var blocks: [TextBlock] = []
        var blockStart: Int?
        var blockKind = BlockKind.paragraph
        var previous: SourceLine?
        var inFence = false

        func close(at offset: Int, as kind: BlockKind? = nil) {
            if let start = blockStart {
                builder.endBlock(startingAt: start, kind: kind ?? blockKind, into: &blocks, sourceOffset: offset)
            }
            blockStart = nil
        }
        func open(_ kind: BlockKind) {
            blockStart = builder.count
            blockKind = kind
        }

        for var line in SourceLine.split(bytes, from: start) {
            let content = bytes[line.content]
            if content.starts(with: "```".utf8) || content.starts(with: "~~~".utf8) {
                close(at: line.range.lowerBound)
                inFence.toggle()
                previous = nil
                continue
            }
            if line.isBlank {
                close(at: line.range.lowerBound)
                previous = nil
                continue
            }
            if inFence {
                close(at: line.range.lowerBound)
                open(.paragraph)
                builder.appendVerbatim(line.content, of: bytes)
                close(at: line.range.upperBound)
                continue
            }
            if isThematicBreak(content) {
                // A line of === or --- under a one-line paragraph is a Setext heading.
                let setext = content.first == UInt8(ascii: "=") || content.first == UInt8(ascii: "-")
                close(at: line.range.lowerBound, as: setext && blockKind == .paragraph && previous != nil ? .heading : nil)
                previous = nil
                continue
            }
            // Block quote markers.
            while line.content.count > 0, bytes[line.content.lowerBound] == UInt8(ascii: ">") {
                line.content = SourceLine.trimmed(line.content.lowerBound + 1..<line.content.upperBound, in: bytes)
            }
            if line.content.isEmpty { close(at: line.range.lowerBound); previous = nil; continue }
            if let level = atxHeadingLevel(bytes[line.content]) {
                close(at: line.range.lowerBound)
                open(.heading)
                var text = SourceLine.trimmed(line.content.lowerBound + level..<line.content.upperBound, in: bytes)
                while text.count > 0, bytes[text.upperBound - 1] == UInt8(ascii: "#") { text = text.lowerBound..<text.upperBound - 1 }
                MarkdownInline.append(SourceLine.trimmed(text, in: bytes), of: bytes, to: &builder)
                close(at: line.range.upperBound)
                previous = nil
                continue
            }
            if let marker = SourceLine.listMarkerLength(line.content, in: bytes) {
                close(at: line.range.lowerBound)
                open(.listItem)
                MarkdownInline.append(line.content.lowerBound + marker..<line.content.upperBound, of: bytes, to: &builder)
                previous = line
                continue
            }
            if blockStart != nil, let previous {
                builder.append(" ", replacing: previous.content.upperBound..<line.content.lowerBound)
            } else {
                close(at: line.range.lowerBound)
                open(.paragraph)
            }
            MarkdownInline.append(line.content, of: bytes, to: &builder)
            previous = line
        }
        close(at: bytes.count)
        return ExtractedText(text: builder.text, map: builder.map, blocks: blocks)
    }

    private static func isThematicBreak(_ content: ArraySlice<UInt8>) -> Bool {
        guard let first = content.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*")
            || first == UInt8(ascii: "_") || first == UInt8(ascii: "=") else { return false }
        let marks = content.filter { $0 != 0x20 }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    private static func atxHeadingLevel(_ content: ArraySlice<UInt8>) -> Int? {
        let hashes = content.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(hashes), content.count > hashes, content[content.startIndex + hashes] == 0x20 else { return nil }
        return hashes
    }
}
