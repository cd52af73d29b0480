/// WHATWG "prescan a byte stream to determine its encoding": the `<meta charset>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">` in the first 1,024
/// bytes, skipping comments and other tags' attributes as a browser does.
enum MetaCharsetPrescan {
    /// How many bytes are looked at.
    static let limit = 1024

    /// The canonical encoding name a `<meta>` declares, or `nil`. UTF-16 declarations
    /// mean UTF-8 and `x-user-defined` means Windows-1252, as the standard says.
    static func encoding(in bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(limit))
        var position = 0
        while position < head.count {
            if starts(head, at: position, with: "<!--") {
                guard let end = find("-->", in: head, from: position + 2) else { return nil }
                position = end + 3
            } else if starts(head, at: position, with: "<meta", caseInsensitive: true),
                      position + 5 < head.count, isSpaceOrSlash(head[position + 5]) {
                position += 5
                if let found = meta(head, at: &position) { return found }
            } else if head[position] == 0x3C, position + 1 < head.count,
                      isLetter(head[position + 1]) || (head[position + 1] == 0x2F && position + 2 < head.count && isLetter(head[position + 2])) {
                position += 1
                while position < head.count, !isSpace(head[position]), head[position] != 0x3E { position += 1 }
                while attribute(head, at: &position) != nil {}
            } else if head[position] == 0x3C, position + 1 < head.count, [0x21, 0x2F, 0x3F].contains(head[position + 1]) {
                guard let end = head[position...].firstIndex(of: 0x3E) else { return nil }
                position = end + 1
            } else {
                position += 1
            }
        }
        return nil
    }

    /// The attributes of one `<meta>` (after its name): the encoding they declare, if any.
    private static func meta(_ bytes: [UInt8], at position: inout Int) -> String? {
        var seen: Set<String> = []
        var gotPragma = false
        var needPragma: Bool?
        var charset: String?
        while let (name, value) = attribute(bytes, at: &position) {
            guard seen.insert(name).inserted else { continue }
            switch name {
            case "http-equiv":
                if value.lowercased() == "content-type" { gotPragma = true }
            case "content":
                if charset == nil, let label = charsetInContent(value), let found = EncodingLabel.encoding(forLabel: label) {
                    charset = found
                    needPragma = true
                }
            case "charset":
                charset = EncodingLabel.encoding(forLabel: value)
                needPragma = false
            default:
                break
            }
        }
        guard let needPragma, var found = charset, !(needPragma && !gotPragma) else { return nil }
        if found.hasPrefix("UTF-16") { found = "UTF-8" }
        if found == "x-user-defined" { found = "windows-1252" }
        return found
    }

    /// WHATWG "get an attribute": the next attribute's lowercase name and raw value, or
    /// `nil` at `>` or the end.
    private static func attribute(_ bytes: [UInt8], at position: inout Int) -> (String, String)? {
        while position < bytes.count, isSpaceOrSlash(bytes[position]) { position += 1 }
        guard position < bytes.count, bytes[position] != 0x3E else { return nil }
        var name: [UInt8] = []
        var value: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x3D, !name.isEmpty { position += 1; break }
            if isSpace(byte) {
                while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count, bytes[position] == 0x3D else { return (string(name), "") }
                position += 1
                break
            }
            if byte == 0x2F || byte == 0x3E { return (string(name), "") }
            name.append(lower(byte))
            position += 1
        }
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        guard position < bytes.count else { return (string(name), "") }
        let first = bytes[position]
        if first == 0x22 || first == 0x27 {
            position += 1
            while position < bytes.count, bytes[position] != first { value.append(lower(bytes[position])); position += 1 }
            position += 1
            return (string(name), string(value))
        }
        if first == 0x3E { return (string(name), "") }
        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != 0x3E {
            value.append(lower(bytes[position]))
            position += 1
        }
        return (string(name), string(value))
    }

    /// WHATWG "extract a character encoding from a meta element": the label after `charset=` in `content`.
    static func charsetInContent(_ content: String) -> String? {
        let bytes = Array(content.utf8)
        var position = 0
        while let found = find("charset", in: bytes, from: position, caseInsensitive: true) {
            var index = found + 7
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == 0x3D else { position = found + 7; continue }
            index += 1
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index] == 0x22 || bytes[index] == 0x27 {
                let quote = bytes[index]
                guard let end = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                return string(Array(bytes[(index + 1)..<end]))
            }
            var end = index
            while end < bytes.count, !isSpace(bytes[end]), bytes[end] != 0x3B { end += 1 }
            return end > index ? string(Array(bytes[index..<end])) : nil
        }
        return nil
    }

    private static func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
    private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
    private static func isSpace(_ byte: UInt8) -> Bool { [0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(byte) }
    private static func isSpaceOrSlash(_ byte: UInt8) -> Bool { isSpace(byte) || byte == 0x2F }
    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    private static func starts(_ bytes: [UInt8], at position: Int, with text: String, caseInsensitive: Bool = false) -> Bool {
        let needle = Array(text.utf8)
        guard position + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count {
            let byte = caseInsensitive ? lower(bytes[position + offset]) : bytes[position + offset]
            if byte != needle[offset] { return false }
        }
        return true
    }

    private static func find(_ text: String, in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        var position = start
        while position < bytes.count {
            if starts(bytes, at: position, with: text, caseInsensitive: caseInsensitive) { return position }
            position += 1
        }
        return nil
    }
}
