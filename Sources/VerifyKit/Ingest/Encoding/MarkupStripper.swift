/// The bytes of a page that a reader sees as text, for charset detection: tags,
/// comments, scripts and styles removed (on the raw bytes, before decoding, which works
/// for every ASCII-compatible encoding: no legacy multi-byte encoding uses `<` or `>` in
/// a trail byte).
enum MarkupStripper {
    /// `bytes` without markup; runs of removed bytes become one space.
    static func text(of bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 2)
        var index = 0
        let count = bytes.count
        func skip(past needle: String, from start: Int) -> Int {
            let pattern = Array(needle.utf8)
            var position = start
            while position + pattern.count <= count {
                var matched = true
                for offset in 0..<pattern.count where (bytes[position + offset] | 0x20) != (pattern[offset] | 0x20) {
                    matched = false
                    break
                }
                if matched { return position + pattern.count }
                position += 1
            }
            return count
        }
        while index < count {
            let byte = bytes[index]
            guard byte == 0x3C else {
                output.append(byte)
                index += 1
                continue
            }
            if index + 3 < count, bytes[index + 1] == 0x21, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D {
                index = skip(past: "-->", from: index + 4)
            } else if let name = rawTextElement(bytes, at: index) {
                index = skip(past: "</" + name, from: index + 1)
                index = skip(past: ">", from: index)
            } else {
                index = skip(past: ">", from: index + 1)
            }
            if output.last != 0x20 { output.append(0x20) }
        }
        return output
    }

    /// `script` or `style` when a start tag of one begins at `index`.
    private static func rawTextElement(_ bytes: [UInt8], at index: Int) -> String? {
        for name in ["script", "style"] {
            let pattern = Array(name.utf8)
            let end = index + 1 + pattern.count
            guard end < bytes.count else { continue }
            if zip(bytes[(index + 1)..<end], pattern).allSatisfy({ ($0 | 0x20) == $1 }),
               [0x20, 0x09, 0x0A, 0x0C, 0x0D, 0x2F, 0x3E].contains(bytes[end]) {
                return name
            }
        }
        return nil
    }
}
