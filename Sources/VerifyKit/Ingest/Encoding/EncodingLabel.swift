/// WHATWG encoding labels (`<meta charset="...">` values) and the ICU converter that
/// decodes each encoding. Labels are matched ASCII case-insensitively after trimming.
enum EncodingLabel {
    /// Label → canonical WHATWG name, for the encodings saved news pages use.
    static let labels: [String: String] = {
        var table: [String: String] = [:]
        func add(_ name: String, _ labels: [String]) { for label in labels { table[label] = name } }
        add("UTF-8", ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"])
        add("windows-1252", ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                             "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
                             "us-ascii", "windows-1252", "x-cp1252"])
        for code in 1250...1258 where code != 1252 {
            add("windows-\(code)", ["cp\(code)", "windows-\(code)", "x-cp\(code)"])
        }
        add("windows-1254", ["csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
                             "iso_8859-9:1989", "l5", "latin5"])
        for part in [2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16] {
            add("ISO-8859-\(part)", ["iso-8859-\(part)", "iso8859-\(part)", "iso8859\(part)", "iso_8859-\(part)"])
        }
        add("ISO-8859-2", ["csisolatin2", "iso-ir-101", "l2", "latin2"])
        add("ISO-8859-5", ["csisolatincyrillic", "cyrillic", "iso-ir-144"])
        add("ISO-8859-7", ["greek", "greek8", "iso-ir-126", "sun_eu_greek", "elot_928", "ecma-118"])
        add("ISO-8859-8", ["hebrew", "iso-ir-138", "visual", "csisolatinhebrew"])
        add("ISO-8859-8-I", ["iso-8859-8-i", "logical", "csiso88598i"])
        add("ISO-8859-15", ["csisolatin9", "l9"])
        add("windows-874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"])
        add("KOI8-R", ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"])
        add("KOI8-U", ["koi8-ru", "koi8-u"])
        add("IBM866", ["866", "cp866", "csibm866", "ibm866"])
        add("macintosh", ["csmacintosh", "mac", "macintosh", "x-mac-roman"])
        add("Shift_JIS", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"])
        add("EUC-JP", ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"])
        add("ISO-2022-JP", ["csiso2022jp", "iso-2022-jp"])
        add("GBK", ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"])
        add("gb18030", ["gb18030"])
        add("Big5", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"])
        add("EUC-KR", ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
                       "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"])
        add("UTF-16LE", ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"])
        add("UTF-16BE", ["unicodefffe", "utf-16be"])
        add("x-user-defined", ["x-user-defined"])
        return table
    }()

    /// The canonical name for `label`, or `nil` for a label the standard does not know.
    static func encoding(forLabel label: String) -> String? {
        let trimmed = label.trimmingASCIIWhitespace().lowercased()
        return labels[trimmed]
    }

    /// The ICU converter for a canonical name (WHATWG's EUC-KR is Windows-949, its
    /// ISO-8859-8-I decodes as ISO-8859-8).
    static func icuConverter(for encoding: String) -> String {
        switch encoding {
        case "EUC-KR": return "windows-949"
        case "ISO-8859-8-I": return "ISO-8859-8"
        case "Shift_JIS": return "windows-31j"
        default: return encoding
        }
    }
}

extension String {
    /// The string without leading and trailing ASCII white space (tab, LF, FF, CR, space).
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { [0x09, 0x0A, 0x0C, 0x0D, 0x20].contains($0.value) }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
