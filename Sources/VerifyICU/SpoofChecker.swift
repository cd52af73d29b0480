import CICUShim

/// Confusable detection (UTS #39) with ICU's `uspoof`. Not thread-safe: create one per task.
public final class SpoofChecker {
    private let handle: OpaquePointer

    /// Opens a spoof checker with ICU's default checks (highly restrictive restriction
    /// level, invisible characters, mixed numbers).
    public init() throws {
        var h: OpaquePointer? = nil
        let status = vf_spoof_open(&h)
        try ICUError.check(status, "uspoof_open")
        guard let h else { throw ICUError(operation: "uspoof_open", code: VF_STATUS_ILLEGAL_ARGUMENT) }
        handle = h
    }

    deinit { vf_spoof_close(handle) }

    /// The confusable skeleton: strings that look alike ("Kуiv" with Cyrillic у, and
    /// "Kyiv") have equal skeletons. Compare skeletons, do not display them.
    public func skeleton(_ s: String) throws -> String {
        try ShimText.transform(s, operation: "uspoof_getSkeletonUTF8") {
            vf_spoof_skeleton(handle, $0, $1, $2, $3)
        }
    }

    /// Whether any default check fails (e.g. mixed Latin and Cyrillic in "Kуiv").
    /// Single-script text such as "Kyiv" or "Киев" is not suspicious. Returns false if
    /// ICU itself fails.
    public func isSuspicious(_ s: String) -> Bool {
        let r = try? ShimText.withUTF8(s, operation: "uspoof_check2UTF8") { (p, n) -> Int32 in
            var result: Int32 = 0
            try ICUError.check(vf_spoof_check(handle, p, n, &result), "uspoof_check2UTF8")
            return result
        }
        return (r ?? 0) != 0
    }
}
