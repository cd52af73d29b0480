/// Helpers shared by the VerifyICU tests.
enum TestSupport {
    /// The substring at a UTF-8 byte range of `text`.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    /// Windows-1251 bytes of ASCII + basic Russian Cyrillic (А..я, Ё, ё), computed without
    /// ICU so the detector test is not circular.
    static func cp1251(_ s: String) -> [UInt8] {
        s.unicodeScalars.map { u -> UInt8 in
            switch u.value {
            case 0..<0x80: UInt8(u.value)
            case 0x0410...0x044F: UInt8(u.value - 0x0410 + 0xC0)
            case 0x0401: 0xA8
            case 0x0451: 0xB8
            default: fatalError("not in the test subset of cp1251: \(u)")
            }
        }
    }
}
