import VerifyICU

/// Turns a file's bytes into text: byte-order marks first, then strict UTF-8, then ICU
/// charset detection for legacy encodings. Refuses empty and binary files.
enum SourceDecoder {
    /// Decoded text and the name of the encoding used.
    struct Decoded {
        var text: String
        var encoding: String
    }

    /// Why bytes could not be decoded; the message is one line for the user.
    struct Failure: Error {
        var message: String
    }

    /// Lowest ICU confidence (0–100) accepted for a legacy encoding guess.
    static let minimumConfidence: Int32 = 10

    static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if bytes.isEmpty { throw Failure(message: "empty file") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            guard let text = String(validating: body, as: UTF8.self) else {
                throw Failure(message: "invalid UTF-8 after a UTF-8 byte-order mark at byte \(3 + invalidUTF8Offset(body))")
            }
            return try nonBlank(Decoded(text: text, encoding: "UTF-8"))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try nonBlank(decodeUTF16(bytes.dropFirst(2), bigEndian: false)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try nonBlank(decodeUTF16(bytes.dropFirst(2), bigEndian: true)) }
        if looksBinary(bytes) { throw Failure(message: "binary file (control bytes), not a report") }
        if let text = String(validating: bytes, as: UTF8.self) {
            return try nonBlank(Decoded(text: text, encoding: "UTF-8"))
        }
        let offset = invalidUTF8Offset(bytes)
        let matches = (try? CharsetDetector.detect(bytes)) ?? []
        guard let best = matches.first(where: { $0.confidence >= minimumConfidence && !$0.name.hasPrefix("UTF") }) else {
            throw Failure(message: "invalid UTF-8 at byte \(offset) and no legacy encoding recognised")
        }
        guard let text = try? CharsetDetector.decode(bytes, charset: best.name) else {
            throw Failure(message: "invalid UTF-8 at byte \(offset); could not decode as \(best.name)")
        }
        return try nonBlank(Decoded(text: text, encoding: best.name))
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
        return Decoded(text: text, encoding: bigEndian ? "UTF-16BE" : "UTF-16LE")
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
