/// Invisible characters that change how a quote reads: bidirectional controls (U+202A–U+202E
/// embeddings and overrides, U+2066–U+2069 isolates, U+200E/U+200F marks, U+061C) can make
/// "killed 12" display as "killed 21". In text for people (Markdown, GitHub annotations,
/// the terminal summary) each is shown as its code point, `⟦U+202E⟧`, and so does nothing.
/// Machine formats (JSON, SARIF) keep the source's characters as they are.
public enum VisibleControls {
    /// Whether `scalar` is a bidirectional control.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// The marker shown for `scalar`: `⟦U+202E⟧`.
    public static func marker(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "⟦U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟧"
    }

    /// `text` with every bidirectional control shown as its marker.
    public static func shown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isBidiControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isBidiControl(scalar) { out += marker(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
