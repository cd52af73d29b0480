import CICUShim

/// Runs a shim break iterator over a String and returns UTF-8 byte boundaries (and, for
/// word iterators, the kind of each segment). Shared by the sentence and word segmenters.
enum BreakBoundaries {
    /// Opens a shim break iterator of `kind` (`VF_BREAK_SENTENCE`, `VF_BREAK_WORD`) for `locale`.
    static func open(_ kind: Int32, locale: String, name: String) throws -> OpaquePointer {
        var handle: OpaquePointer? = nil
        let status = vf_breaker_open(kind, locale, &handle)
        try ICUError.check(status, "ubrk_open(\(name), \(locale))")
        guard let handle else { throw ICUError(operation: "ubrk_open(\(name), \(locale))", code: VF_STATUS_ILLEGAL_ARGUMENT) }
        return handle
    }

    /// Boundaries from 0 to `text.utf8.count`, and `kinds[i]` for the segment ending at
    /// `boundaries[i]` (when requested). `nil` if ICU failed.
    static func run(_ breaker: OpaquePointer, _ text: String, wantKinds: Bool)
        -> (boundaries: [Int], kinds: [Int32])?
    {
        let result = try? ShimText.withUTF8(text, operation: "ubrk_setUText") { (p, n) in
            var bounds: UnsafeMutablePointer<Int32>? = nil
            var kinds: UnsafeMutablePointer<Int32>? = nil
            var count: Int32 = 0
            // The shim detaches the iterator from `p` before returning, so the String's
            // buffer only has to live for this closure.
            let status = wantKinds
                ? vf_breaker_segment(breaker, p, n, &bounds, &kinds, &count)
                : vf_breaker_segment(breaker, p, n, &bounds, nil, &count)
            defer { vf_free(bounds); vf_free(kinds) }
            try ICUError.check(status, "ubrk segmentation")
            let b = bounds.map { Array(UnsafeBufferPointer(start: $0, count: Int(count))).map(Int.init) } ?? []
            let k = kinds.map { Array(UnsafeBufferPointer(start: $0, count: Int(count))) } ?? []
            return (b, k)
        }
        return result
    }
}
