/// Makes text taken from a source safe to place in a Markdown report (GitHub Flavoured
/// Markdown): a hostile report cannot inject links, images, HTML, headings, code, math,
/// list markers or table breaks, and cannot span lines.
public enum MarkdownEscaping {
    /// Characters that start or end Markdown constructs; each is escaped with a backslash.
    private static let punctuation: Set<Character> = ["\\", "`", "*", "_", "[", "]", "(", ")", "#", "|", "!", "~", "$", "{", "}"]

    /// `text` as one line of inert Markdown: newlines become spaces, `&`, `<`, `>` become
    /// HTML entities, Markdown punctuation is backslash-escaped, a leading list or quote
    /// marker (`-`, `+`, `=`, `1.`, `1)`) is neutralised and bare URLs are not autolinked.
    /// Safe inside table cells, emphasis, blockquotes and link text.
    public static func text(_ text: String) -> String {
        escape(oneLine(text), atLineStart: true)
    }

    /// Escapes one line of text (see ``text(_:)``); the leading-marker rule applies only
    /// when the piece starts a line.
    private static func escape(_ line: String, atLineStart: Bool) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count + 16)
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case ":" where index + 2 < characters.count && characters[index + 1] == "/" && characters[index + 2] == "/":
                out += "\\:"    // http\:// is not autolinked
            case "." where index >= 3 && String(characters[(index - 3)..<index]).lowercased() == "www":
                out += "\\."    // www\.example.com is not autolinked
            case "@":
                out += "\\@"    // no e-mail autolinks, no @mentions
            default:
                if punctuation.contains(character) { out += "\\" }
                out.append(character)
            }
        }
        return atLineStart ? neutraliseLeadingMarker(out) : out
    }

    /// `text` with every line break (CR, LF, CRLF, NEL, LS, PS), tab and other control
    /// character replaced by a space, runs of spaces collapsed, and ends trimmed;
    /// bidirectional controls are shown as their code points (``VisibleControls``).
    public static func oneLine(_ text: String) -> String {
        var out = ""
        var lastWasSpace = true
        for scalar in VisibleControls.shown(text).unicodeScalars {
            let isBreak = scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                || scalar == "\u{85}" || scalar == " "
            if isBreak {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// Escapes a leading `-`, `+`, `=` or ordered-list marker (`12.`, `12)`), which would
    /// otherwise start a list, a setext heading or a thematic break at the start of a line.
    private static func neutraliseLeadingMarker(_ text: String) -> String {
        guard let first = text.first else { return text }
        if first == "-" || first == "+" || first == "=" { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = text.dropFirst(digits.count)
            if rest.first == "." || rest.first == ")" { return digits + "\\" + rest }
        }
        return text
    }

    /// `quote` escaped, with the first occurrence of `value` in **bold** (exact match first,
    /// then ignoring case and diacritics); the plain escaped quote when `value` is not in it.
    public static func quote(_ quote: String, highlighting value: String) -> String {
        let line = oneLine(quote)
        let needle = oneLine(value)
        guard !needle.isEmpty,
              let range = line.range(of: needle) ?? line.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive])
        else { return text(line) }
        let before = String(line[..<range.lowerBound]), span = String(line[range]), after = String(line[range.upperBound...])
        // Escape the pieces separately so that the bold markers stay real Markdown.
        return escape(before, atLineStart: true) + "**" + escape(span, atLineStart: false) + "**"
            + escape(after, atLineStart: false)
    }

    /// A link target: the path percent-encoded except for unreserved characters and `/`,
    /// so that spaces, parentheses and angle brackets cannot end the link early.
    public static func linkTarget(_ path: String, fragment: String? = nil) -> String {
        var out = ""
        for byte in path.utf8 {
            let allowed = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "~") || byte == UInt8(ascii: "/")
            if allowed {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        if let fragment { out += "#" + fragment }
        return out
    }

    /// A Markdown link whose text is escaped and whose target is percent-encoded.
    public static func link(_ text: String, to path: String, fragment: String? = nil) -> String {
        "[\(self.text(text))](\(linkTarget(path, fragment: fragment)))"
    }
}
