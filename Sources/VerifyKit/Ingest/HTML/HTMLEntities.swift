/// HTML character references: a table of named references (the common ones, all of
/// Latin-1, typographic punctuation, arrows, maths and Greek letters), numeric decimal and
/// hexadecimal references, and the HTML5 rules for references written without `;`.
enum HTMLEntities {
    /// Latin-1 names for U+00A0...U+00FF, in code point order. HTML5 also accepts these
    /// without a trailing semicolon (legacy references).
    static let latin1Names: [String] = [
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
        "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr",
        "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
        "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
        "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil",
        "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
        "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
        "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
        "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
        "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
        "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
        "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
    ]

    /// Named references beyond Latin-1 (these need their `;`), name → code points.
    static let otherNames: [String: [UInt32]] = [
        "amp": [38], "lt": [60], "gt": [62], "quot": [34], "apos": [39],
        "AMP": [38], "LT": [60], "GT": [62], "QUOT": [34], "COPY": [169], "REG": [174],
        "Tab": [9], "NewLine": [10], "excl": [33], "num": [35], "dollar": [36], "percnt": [37],
        "lpar": [40], "rpar": [41], "ast": [42], "plus": [43], "comma": [44], "period": [46],
        "sol": [47], "colon": [58], "semi": [59], "equals": [61], "quest": [63], "commat": [64],
        "lsqb": [91], "bsol": [92], "rsqb": [93], "lowbar": [95], "grave": [96],
        "lcub": [123], "verbar": [124], "rcub": [125],
        "OElig": [338], "oelig": [339], "Scaron": [352], "scaron": [353], "Yuml": [376],
        "fnof": [402], "circ": [710], "tilde": [732],
        "ensp": [8194], "emsp": [8195], "thinsp": [8201], "zwnj": [8204], "zwj": [8205],
        "lrm": [8206], "rlm": [8207], "hyphen": [8208], "dash": [8208], "ndash": [8211],
        "mdash": [8212], "horbar": [8213], "lsquo": [8216], "rsquo": [8217], "sbquo": [8218],
        "ldquo": [8220], "rdquo": [8221], "bdquo": [8222], "dagger": [8224], "Dagger": [8225],
        "bull": [8226], "hellip": [8230], "permil": [8240], "prime": [8242], "Prime": [8243],
        "lsaquo": [8249], "rsaquo": [8250], "oline": [8254], "frasl": [8260], "euro": [8364],
        "numero": [8470], "trade": [8482], "TRADE": [8482],
        "larr": [8592], "uarr": [8593], "rarr": [8594], "darr": [8595], "harr": [8596],
        "minus": [8722], "lowast": [8727], "radic": [8730], "infin": [8734], "sim": [8764],
        "asymp": [8776], "ne": [8800], "equiv": [8801], "le": [8804], "ge": [8805],
        "loz": [9674], "spades": [9824], "clubs": [9827], "hearts": [9829], "diams": [9830],
        "Alpha": [913], "Beta": [914], "Gamma": [915], "Delta": [916], "Epsilon": [917],
        "Zeta": [918], "Eta": [919], "Theta": [920], "Iota": [921], "Kappa": [922],
        "Lambda": [923], "Mu": [924], "Nu": [925], "Xi": [926], "Omicron": [927], "Pi": [928],
        "Rho": [929], "Sigma": [931], "Tau": [932], "Upsilon": [933], "Phi": [934], "Chi": [935],
        "Psi": [936], "Omega": [937],
        "alpha": [945], "beta": [946], "gamma": [947], "delta": [948], "epsilon": [949],
        "zeta": [950], "eta": [951], "theta": [952], "iota": [953], "kappa": [954],
        "lambda": [955], "mu": [956], "nu": [957], "xi": [958], "omicron": [959], "pi": [960],
        "rho": [961], "sigmaf": [962], "sigma": [963], "tau": [964], "upsilon": [965],
        "phi": [966], "chi": [967], "psi": [968], "omega": [969],
    ]

    /// Every named reference the reader knows, name (case-sensitive, without `&` and `;`) → text.
    static let named: [String: String] = {
        var table: [String: String] = [:]
        for (index, name) in latin1Names.enumerated() {
            table[name] = String(Character(Unicode.Scalar(UInt32(0xA0 + index))!))
        }
        for (name, scalars) in otherNames {
            table[name] = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
        }
        return table
    }()

    /// Names HTML5 also decodes when the `;` is missing (`&copy 2024`, `&amp`).
    static let legacyNames: Set<String> = Set(latin1Names).union(["amp", "lt", "gt", "quot", "AMP", "LT", "GT", "QUOT", "COPY", "REG"])

    /// What HTML5 makes of numeric references to the C1 control range 0x80...0x9F
    /// (they meant Windows-1252).
    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020,
        0x87: 0x2021, 0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152,
        0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022,
        0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A,
        0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// The longest name looked at after `&`.
    static let maximumNameLength = 32

    /// Reads the character reference that starts with the `&` at `start` of `bytes`.
    /// Returns the decoded text and the offset just past the reference, or `nil` when the
    /// bytes are not a reference (the `&` is then literal text). In an attribute value a
    /// legacy name without `;` followed by an alphanumeric or `=` is not a reference (HTML5).
    /// Only bytes before `limit` are looked at.
    static func reference(in bytes: [UInt8], at start: Int, limit: Int? = nil,
                          inAttribute: Bool = false) -> (text: String, end: Int)? {
        let end = min(limit ?? bytes.count, bytes.count)
        guard start >= 0, start + 1 < end, bytes[start] == UInt8(ascii: "&") else { return nil }
        if bytes[start + 1] == UInt8(ascii: "#") {
            return numericReference(in: bytes, at: start, end: end)
        }
        var index = start + 1
        while index < end, index - start - 1 < maximumNameLength, isASCIIAlphanumeric(bytes[index]) {
            index += 1
        }
        guard index > start + 1 else { return nil }
        let name = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
        if index < end, bytes[index] == UInt8(ascii: ";"), let text = named[name] {
            return (text, index + 1)
        }
        // No `;`: the longest legacy name that prefixes the run.
        var length = name.utf8.count
        while length > 1 {
            let prefix = String(decoding: bytes[(start + 1)..<(start + 1 + length)], as: UTF8.self)
            if legacyNames.contains(prefix), let text = named[prefix] {
                let after = start + 1 + length
                if inAttribute, after < end, isASCIIAlphanumeric(bytes[after]) || bytes[after] == UInt8(ascii: "=") {
                    return nil
                }
                return (text, after)
            }
            length -= 1
        }
        return nil
    }

    /// `&#123;` / `&#x7B;` (the `;` optional), with HTML5's replacements for 0, surrogates,
    /// out-of-range values and the Windows-1252 range.
    private static func numericReference(in bytes: [UInt8], at start: Int, end: Int) -> (text: String, end: Int)? {
        var index = start + 2
        var hex = false
        if index < end, bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X") {
            hex = true
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        while index < end, let digit = digitValue(bytes[index], hex: hex) {
            value = min(value &* (hex ? 16 : 10) &+ digit, 0x110000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < end, bytes[index] == UInt8(ascii: ";") { index += 1 }
        var scalarValue = value
        if let mapped = windows1252[value] { scalarValue = mapped }
        if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { scalarValue = 0xFFFD }
        let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
        return (String(Character(scalar)), index)
    }

    /// Decodes every character reference in `string` (text rules), leaving anything else as it is.
    static func decode(_ string: String) -> String {
        decode(Array(string.utf8), range: 0..<string.utf8.count, inAttribute: false)
    }

    /// Decodes the references in `range` of `bytes`.
    static func decode(_ bytes: [UInt8], range: Range<Int>, inAttribute: Bool) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else {
            return String(decoding: bytes[range], as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "&"),
               let reference = reference(in: bytes, at: index, limit: range.upperBound, inAttribute: inAttribute) {
                output.append(contentsOf: reference.text.utf8)
                index = reference.end
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `byte` is an ASCII letter or digit.
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// The value of a decimal (or, when `hex`, hexadecimal) digit, else `nil`.
    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x61...0x66 where hex: return UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where hex: return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }
}
