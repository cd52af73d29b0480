import CICUShim

/// Owns an ICU date format (`udat`) used to read a locale's Gregorian month and weekday names.
final class DateSymbols {
    private let handle: OpaquePointer
    private let locale: String

    init(locale: String) throws {
        var h: OpaquePointer? = nil
        let status = vf_datesyms_open(locale, &h)
        try ICUError.check(status, "udat_open(\(locale))")
        guard let h else { throw ICUError(operation: "udat_open(\(locale))", code: VF_STATUS_ILLEGAL_ARGUMENT) }
        handle = h
        self.locale = locale
    }

    deinit { vf_datesyms_close(handle) }

    /// Symbol `index` of shim kind `kind` (a `VF_SYM_*` value), lowercased for the locale.
    func symbol(_ kind: Int32, _ index: Int) throws -> String {
        try ShimText.output(operation: "udat_getSymbols(\(locale), \(kind), \(index))") { out, outLen in
            vf_datesyms_get(handle, kind, Int32(index), out, outLen)
        }
    }
}
