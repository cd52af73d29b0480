import CICUShim

/// Parses spelled-out numbers ("thirty-five") with ICU's rule-based spell-out formatter in
/// lenient mode. Not thread-safe: create one per task.
public final class SpelloutParser {
    private let handle: OpaquePointer
    /// Longest text, in UTF-8 bytes, given to ICU ("seven hundred and seventy-seven thousand
    /// seven hundred and seventy-seven" is 64; "siebenhundertsiebenundsiebzigtausend…" 50).
    public static let maximumLength = 160

    /// Opens the spell-out rules of `locale`.
    public init(locale: String = "en") throws {
        var h: OpaquePointer? = nil
        let status = vf_spellout_open(locale, &h)
        try ICUError.check(status, "unum_open(SPELLOUT, \(locale))")
        guard let h else { throw ICUError(operation: "unum_open(SPELLOUT, \(locale))", code: VF_STATUS_ILLEGAL_ARGUMENT) }
        handle = h
    }

    deinit { vf_spellout_close(handle) }

    /// `value` spelled out by the same rules: 35 → "thirty-five", 200 → "two hundred"
    /// (German "dreihundert"); nil if ICU fails.
    public func format(_ value: Double) -> String? {
        try? ShimText.output(operation: "unum_formatDouble") { out, outLen in vf_spellout_format(handle, value, out, outLen) }
    }

    /// The value of `text` if the whole of it is a spelled-out number: "thirty-five" and
    /// "thirty five" → 35, "two hundred" → 200; "tree", "3 apples" and "" → nil.
    /// No trimming is done ("a hundred" is not understood by ICU). Texts longer than
    /// ``maximumLength`` bytes are no number: ICU's lenient parse is far worse than linear
    /// in the length of a text that is not one (minutes for 7 KB), and no number written in
    /// words is that long.
    public func parse(_ text: String) -> Double? {
        guard text.utf8.count <= Self.maximumLength else { return nil }
        return try? ShimText.withUTF8(text, operation: "unum_parseDouble") { (p, n) -> Double in
            var value = 0.0
            try ICUError.check(vf_spellout_parse(handle, p, n, &value), "unum_parseDouble")
            return value
        }
    }
}
