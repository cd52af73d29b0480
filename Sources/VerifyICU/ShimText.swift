import CICUShim

/// Helpers that move text across the C shim boundary (UTF-8 in, malloc'd UTF-8 out).
/// Everything thrown here is an `ICUError`.
enum ShimText {
    /// Calls `body` with a contiguous UTF-8 view of `s` as a C pointer and byte count.
    static func withUTF8<R>(
        _ s: String, operation: @autoclosure () -> String,
        _ body: (UnsafePointer<CChar>?, Int32) throws -> R
    ) throws -> R {
        var s = s
        return try s.withUTF8 { buf in
            guard buf.count <= Int(Int32.max) else {
                throw ICUError(operation: operation(), code: VF_STATUS_INDEX_OUTOFBOUNDS)
            }
            let p = buf.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            return try body(p, Int32(buf.count))
        }
    }

    /// Calls a shim function that writes malloc'd UTF-8 to `out`/`outLen`, frees it, and
    /// returns it as a `String`, or throws on failure.
    static func output(
        operation: @autoclosure () -> String,
        _ call: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<Int32>) -> Int32
    ) throws -> String {
        var out: UnsafeMutablePointer<CChar>? = nil
        var len: Int32 = 0
        let status = call(&out, &len)
        defer { vf_free(out) }
        try ICUError.check(status, operation())
        guard let out, len > 0 else { return "" }
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(out).assumingMemoryBound(to: UInt8.self), count: Int(len))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Transforms `s` with a shim function of the shape `(in, inLen, out, outLen) -> status`.
    static func transform(
        _ s: String, operation: @autoclosure () -> String,
        _ call: (UnsafePointer<CChar>?, Int32,
                 UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<Int32>) -> Int32
    ) throws -> String {
        try withUTF8(s, operation: operation()) { p, n in
            try output(operation: operation()) { out, outLen in call(p, n, out, outLen) }
        }
    }
}
