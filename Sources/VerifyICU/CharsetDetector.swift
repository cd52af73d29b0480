import CICUShim

/// Charset detection (`ucsdet`) and conversion to String (`ucnv`) for raw input bytes.
public enum CharsetDetector {
    /// All candidate charsets for `bytes`, best first. Empty input gives `[]`.
    /// Check for valid UTF-8 before trusting a legacy-charset guess.
    public static func detect(_ bytes: [UInt8]) throws -> [CharsetMatch] {
        guard !bytes.isEmpty else { return [] }
        return try CharsetMatchList(bytes: bytes).matches
    }

    /// Decodes `bytes` from the named charset (any ICU converter name or alias, e.g.
    /// `"windows-1251"`). Invalid sequences become U+FFFD; an unknown charset throws.
    public static func decode(_ bytes: [UInt8], charset: String) throws -> String {
        guard bytes.count <= Int(Int32.max) else {
            throw ICUError(operation: "ucnv_toUChars(\(charset))", code: VF_STATUS_INDEX_OUTOFBOUNDS)
        }
        return try bytes.withUnsafeBytes { raw in
            try ShimText.output(operation: "ucnv_toUChars(\(charset))") { out, outLen in
                vf_decode(charset, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), out, outLen)
            }
        }
    }
}
