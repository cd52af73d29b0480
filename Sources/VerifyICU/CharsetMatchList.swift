import CICUShim

/// Owns one ICU charset detector run (detector, its copy of the bytes, and its matches).
final class CharsetMatchList {
    private let handle: OpaquePointer

    init(bytes: [UInt8]) throws {
        guard bytes.count <= Int(Int32.max) else {
            throw ICUError(operation: "ucsdet_setText", code: VF_STATUS_INDEX_OUTOFBOUNDS)
        }
        var h: OpaquePointer? = nil
        // The shim copies the bytes: ucsdet keeps a pointer to its input.
        let status = bytes.withUnsafeBytes { raw in
            vf_csdet_detect(raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), &h)
        }
        try ICUError.check(status, "ucsdet_detectAll")
        guard let h else { throw ICUError(operation: "ucsdet_detectAll", code: VF_STATUS_ILLEGAL_ARGUMENT) }
        handle = h
    }

    deinit { vf_csmatches_close(handle) }

    var matches: [CharsetMatch] {
        (0..<vf_csmatches_count(handle)).map { i in
            CharsetMatch(
                name: String(cString: vf_csmatches_name(handle, i)),
                confidence: vf_csmatches_confidence(handle, i),
                language: String(cString: vf_csmatches_language(handle, i)))
        }
    }
}
