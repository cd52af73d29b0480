import CICUShim

/// Writing-system statistics of text, from ICU's `uscript_getScript` per alphabetic
/// scalar; Common, Inherited and Unknown scalars (digits, punctuation, marks) are ignored.
public enum ScriptDetector {
    /// ISO 15924 short script codes ("Latn", "Cyrl", "Arab", "Hani"...) mapped to the number
    /// of alphabetic scalars in that script.
    public static func scripts(of s: String) -> [String: Int] {
        var byCode: [Int32: Int] = [:]
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                guard (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) else { continue }
            }
            let code = vf_script_of_letter(Int32(bitPattern: scalar.value))
            if code >= 0 { byCode[code, default: 0] += 1 }
        }
        var result: [String: Int] = [:]
        for (code, count) in byCode {
            guard let name = vf_script_short_name(code) else { continue }
            result[String(cString: name), default: 0] += count
        }
        return result
    }

    /// The script with the most letters (ties broken alphabetically by code), or nil when
    /// the text has no letters.
    public static func dominantScript(of s: String) -> String? {
        scripts(of: s).max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }
}
