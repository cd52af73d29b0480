/// Removes inline Markdown (emphasis markers, link targets, images, code ticks, inline
/// HTML tags, backslash escapes) from a span while copying the visible text verbatim, so
/// that every character still maps to its place in the file.
enum MarkdownInline {
    static func append(_ range: Range<Int>, of bytes: [UInt8], to builder: inout MappedTextBuilder) {
        var index = range.lowerBound
        var runStart = index
        let end = range.upperBound

        func flush(to offset: Int) {
            if runStart < offset { builder.appendVerbatim(runStart..<offset, of: bytes) }
        }

        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\") where index + 1 < end && isASCIIPunctuation(bytes[index + 1]):
                flush(to: index)
                runStart = index + 1
                index += 2
            case UInt8(ascii: "!") where index + 1 < end && bytes[index + 1] == UInt8(ascii: "["):
                if let close = linkEnd(from: index + 1, in: bytes, end: end) {
                    flush(to: index)
                    index = close.after
                    runStart = index
                } else {
                    index += 1
                }
            case UInt8(ascii: "["):
                if let close = linkEnd(from: index, in: bytes, end: end) {
                    flush(to: index)
                    append(index + 1..<close.textEnd, of: bytes, to: &builder)
                    index = close.after
                    runStart = index
                } else {
                    index += 1
                }
            case UInt8(ascii: "*"), UInt8(ascii: "`"):
                flush(to: index)
                while index < end, bytes[index] == byte { index += 1 }
                runStart = index
            case UInt8(ascii: "_") where isWordBoundary(before: index, after: index, in: bytes, range: range):
                flush(to: index)
                while index < end, bytes[index] == byte { index += 1 }
                runStart = index
            case UInt8(ascii: "<"):
                if let close = tagEnd(from: index, in: bytes, end: end) {
                    flush(to: index)
                    index = close
                    runStart = index
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        flush(to: end)
    }

    /// For `[text](target)` or `[text][ref]` starting at `open`: where the text ends and
    /// where the whole link ends.
    private static func linkEnd(from open: Int, in bytes: [UInt8], end: Int) -> (textEnd: Int, after: Int)? {
        var depth = 0
        var index = open
        while index < end {
            if bytes[index] == UInt8(ascii: "[") { depth += 1 }
            if bytes[index] == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < end, index + 1 < end else { return nil }
        let textEnd = index
        let opener = bytes[index + 1]
        let closer: UInt8 = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : opener == UInt8(ascii: "[") ? UInt8(ascii: "]") : 0
        guard closer != 0, let close = bytes[(index + 2)..<end].firstIndex(of: closer) else { return nil }
        return (textEnd, close + 1)
    }

    /// End of an inline HTML tag or autolink (`<b>`, `</a>`, `<https://…>`) at `open`.
    private static func tagEnd(from open: Int, in bytes: [UInt8], end: Int) -> Int? {
        guard open + 1 < end else { return nil }
        let next = bytes[open + 1]
        let isLetter = (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
        guard isLetter || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") else { return nil }
        guard let close = bytes[(open + 1)..<end].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        return bytes[(open + 1)..<close].contains(UInt8(ascii: "<")) ? nil : close + 1
    }

    private static func isWordBoundary(before: Int, after: Int, in bytes: [UInt8], range: Range<Int>) -> Bool {
        let left = before > range.lowerBound ? bytes[before - 1] : 0x20
        var right = after
        while right < range.upperBound, bytes[right] == UInt8(ascii: "_") { right += 1 }
        let rightByte = right < range.upperBound ? bytes[right] : 0x20
        return !isWordByte(left) || !isWordByte(rightByte)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
