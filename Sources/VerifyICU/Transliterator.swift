import CICUShim

/// Romanizes names to lowercase ASCII with ICU's `utrans`, for matching names across
/// scripts. Not thread-safe: create one per task (transliteration is slow; cache results
/// per distinct token).
public final class Transliterator {
    /// The rules compiled by `init()`: `Any-Latin`, then Azerbaijani schwa to `e`
    /// (which `Latin-ASCII` would otherwise keep), then `Latin-ASCII` and `Lower`.
    static let rules = "::Any-Latin; ə > e; Ə > E; ::Latin-ASCII; ::Lower;"

    private let handle: OpaquePointer

    /// Compiles the `Any-Latin; ə > e; Ə > E; Latin-ASCII; Lower` transliterator.
    public init() throws {
        var h: OpaquePointer? = nil
        let status = vf_translit_open("Verify-LatinASCII", Self.rules, &h)
        try ICUError.check(status, "utrans_openU(\(Self.rules))")
        guard let h else { throw ICUError(operation: "utrans_openU", code: VF_STATUS_ILLEGAL_ARGUMENT) }
        handle = h
    }

    deinit { vf_translit_close(handle) }

    /// Lowercase ASCII romanization: "Искандер" → "iskander", "Azərbaycan" → "azerbaycan",
    /// "Харьков" → "har'kov" (apostrophes for soft signs are kept). Pure-ASCII input is
    /// lowercased without calling ICU.
    public func toLatinASCII(_ s: String) throws -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: s.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return try ShimText.transform(s, operation: "utrans_transUChars") {
            vf_translit_apply(handle, $0, $1, $2, $3)
        }
    }
}
