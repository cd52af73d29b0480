import VerifyICU

/// Turns a file's bytes into text as a browser does: a byte-order mark wins; then, for
/// HTML, the `<meta charset>` / `<meta http-equiv>` prescan of the first 1,024 bytes
/// (WHATWG); then strict UTF-8; then ICU charset detection, run for HTML on the text
/// with tags, comments, scripts and styles removed (markup is ASCII and would drown the
/// signal); then, for HTML, Windows-1252, the browsers' default. Refuses empty and
/// binary files. The decision and where it came from are reported per file.
enum SourceDecoder {
    /// Where the encoding decision came from.
    enum Origin: String, Sendable, Hashable, Codable {
        /// A byte-order mark.
        case bom
        /// The page's `<meta charset>` or `<meta http-equiv="Content-Type">`.
        case meta
        /// The bytes themselves: valid UTF-8, or ICU's detector.
        case detected
        /// Nothing said or showed it: plain ASCII read as UTF-8, or an HTML page in Windows-1252.
        case `default`
    }

    /// Decoded text, the name of the encoding used and where that came from.
    struct Decoded {
        var text: String
        var encoding: String
        var origin: Origin = .detected
        /// A remark for the user about the decision (e.g. a `<meta>` that the bytes contradict).
        var remark: String?
    }

    /// Why bytes could not be decoded; the message is one line for the user.
    struct Failure: Error {
        var message: String
    }

    /// Lowest ICU confidence (0–100) accepted for a legacy encoding guess.
    static let minimumConfidence: Int32 = 10

    /// Fewest non-ASCII bytes of markup-free text for detection to run on it rather than the whole file.
    static let minimumStrippedSignal = 16

    static func decode(_ bytes: [UInt8], html: Bool = false) throws(Failure) -> Decoded {
        if bytes.isEmpty { throw Failure(message: "empty file") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            guard let text = String(validating: body, as: UTF8.self) else {
                throw Failure(message: "invalid UTF-8 after a UTF-8 byte-order mark at byte \(3 + invalidUTF8Offset(body))")
            }
            return try nonBlank(Decoded(text: text, encoding: "UTF-8", origin: .bom))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try nonBlank(decodeUTF16(bytes.dropFirst(2), bigEndian: false)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try nonBlank(decodeUTF16(bytes.dropFirst(2), bigEndian: true)) }
        if looksBinary(bytes) { throw Failure(message: "binary file (control bytes), not a report") }
        let utf8 = String(validating: bytes, as: UTF8.self)
        let hasNonASCII = bytes.contains { $0 >= 0x80 }
        if html, let declared = MetaCharsetPrescan.encoding(in: bytes) {
            if !hasNonASCII, let utf8 {
                return try nonBlank(Decoded(text: utf8, encoding: declared, origin: .meta))
            }
            if declared == "UTF-8" {
                if let utf8 { return try nonBlank(Decoded(text: utf8, encoding: "UTF-8", origin: .meta)) }
                // A page that says UTF-8 and is not: detection below decides.
            } else if let utf8 {
                // Saved pages are often re-encoded to UTF-8 with the old <meta> left in;
                // non-ASCII text that is valid UTF-8 is UTF-8 beyond reasonable doubt.
                return try nonBlank(Decoded(text: utf8, encoding: "UTF-8", origin: .detected,
                                            remark: "<meta> declares \(declared) but the bytes are valid UTF-8"))
            } else if let text = try? CharsetDetector.decode(bytes, charset: EncodingLabel.icuConverter(for: declared)) {
                return try nonBlank(Decoded(text: text, encoding: declared, origin: .meta))
            }
        }
        if let utf8 {
            return try nonBlank(Decoded(text: utf8, encoding: "UTF-8", origin: hasNonASCII ? .detected : .default))
        }
        let offset = invalidUTF8Offset(bytes)
        var sample = bytes
        if html {
            let stripped = MarkupStripper.text(of: bytes)
            if stripped.lazy.filter({ $0 >= 0x80 }).count >= minimumStrippedSignal { sample = stripped }
        }
        let matches = (try? CharsetDetector.detect(sample)) ?? []
        if let best = matches.first(where: { $0.confidence >= minimumConfidence && !$0.name.hasPrefix("UTF") }),
           let text = try? CharsetDetector.decode(bytes, charset: best.name) {
            return try nonBlank(Decoded(text: text, encoding: best.name, origin: .detected))
        }
        guard html else { throw Failure(message: "invalid UTF-8 at byte \(offset) and no legacy encoding recognised") }
        guard let text = try? CharsetDetector.decode(bytes, charset: "windows-1252") else {
            throw Failure(message: "invalid UTF-8 at byte \(offset); could not decode as windows-1252")
        }
        return try nonBlank(Decoded(text: text, encoding: "windows-1252", origin: .default))
    }

    private static func nonBlank(_ decoded: Decoded) throws(Failure) -> Decoded {
        if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw Failure(message: "empty file (white space only)")
        }
        return decoded
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(Failure) -> Decoded {
        guard bytes.count % 2 == 0 else { throw Failure(message: "truncated UTF-16 (odd number of bytes)") }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw Failure(message: "invalid UTF-16 (unpaired surrogate)")
        }
        return Decoded(text: text, encoding: bigEndian ? "UTF-16BE" : "UTF-16LE", origin: .bom)
    }

    /// A NUL byte, or many C0 control bytes other than tab, line feed, form feed and
    /// carriage return, in the first 8 KiB mark a binary file.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D, byte != 0x1B { controls += 1 }
        }
        return controls * 20 > head.count
    }

    /// Byte offset of the first byte that breaks UTF-8.
    static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var valid = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            valid += UTF8.width(scalar)
        }
        return valid
    }
}
