import CICUShim

/// Unicode normalization through ICU's `unorm2`.
public enum ICUNormalizer {
    /// Canonical composition (NFC).
    public static func nfc(_ s: String) throws -> String {
        try ShimText.transform(s, operation: "unorm2_normalize(NFC)") { vf_normalize(VF_NORM_NFC, $0, $1, $2, $3) }
    }

    /// NFKC_Casefold: compatibility composition plus full case folding and removal of
    /// default-ignorables ("ﬁre" → "fire", "１２３" → "123", "Straße" → "strasse").
    /// Locale-independent: Turkish dotted/dotless i is not special-cased.
    public static func nfkcCasefold(_ s: String) throws -> String {
        try ShimText.transform(s, operation: "unorm2_normalize(NFKC_Casefold)") {
            vf_normalize(VF_NORM_NFKC_CASEFOLD, $0, $1, $2, $3)
        }
    }
}
