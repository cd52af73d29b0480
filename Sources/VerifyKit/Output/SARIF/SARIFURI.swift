/// Artifact URIs: a path relative to the base folder as a relative URI reference
/// (`Corpus/a%20b.txt`); a path outside it as a `file://` URI.
enum SARIFURI {
    static func make(_ path: String, base: String) -> String {
        let relative = WorkspacePath.make(path, base: base)
        if relative.hasPrefix("/") { return "file://" + encode(relative) }
        return encode(relative)
    }

    /// Percent-encodes every byte outside RFC 3986 unreserved characters and `/`.
    static func encode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || "-._~/".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
