import Foundation

/// How the parser read one `&...` in text: which source bytes it consumed and what they
/// decode to. Found by asking the parser itself, so the table is the standard's (2,231
/// names, legacy names without `;`, numeric references with the Windows-1252 fixes).
public struct HTMLCharacterReference: Sendable, Hashable {
    /// The number of source bytes the reference covers, from its `&`.
    public var length: Int
    /// The decoded text.
    public var decoded: String

    /// Creates a reference reading.
    public init(length: Int, decoded: String) {
        self.length = length
        self.decoded = decoded
    }

    /// The candidate at the start of `bytes` (which starts with `&`): the `&`, then
    /// letters, digits and `#`, then one `;` if there is one. Longer than any reference.
    public static func candidate(in bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var end = bytes.startIndex + 1
        while end < bytes.endIndex, end - bytes.startIndex < 48 {
            let byte = bytes[end]
            let isNameByte = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x23
            guard isNameByte else { break }
            end += 1
        }
        if end < bytes.endIndex, bytes[end] == 0x3B { end += 1 }
        return bytes[bytes.startIndex..<end]
    }

    /// What text content does with each candidate (as returned by ``candidate(in:)``):
    /// the reference it starts, or `nil` when the `&` is literal. One parse for all of them.
    public static func resolve(_ candidates: [String]) -> [String: HTMLCharacterReference] {
        guard !candidates.isEmpty else { return [:] }
        var html = "<!DOCTYPE html><body>"
        for candidate in candidates { html += "<p>" + candidate + "</p>" }
        let tree = HTMLParser.parse(Array(html.utf8))
        let paragraphs = tree.nodes.indices.filter { tree.nodes[$0].isHTML("p") }
        var result: [String: HTMLCharacterReference] = [:]
        for (candidate, paragraph) in zip(candidates, paragraphs) {
            let decoded = tree.textContent(of: paragraph)
            guard decoded != candidate else { continue }
            // What follows the reference is literal, so it ends both strings.
            let source = Array(candidate.unicodeScalars), output = Array(decoded.unicodeScalars)
            var common = 0
            while common < source.count - 1, common < output.count - 1,
                  source[source.count - 1 - common] == output[output.count - 1 - common] { common += 1 }
            let length = candidate.utf8.count - common   // the literal tail is ASCII
            var text = String.UnicodeScalarView()
            text.append(contentsOf: output[0..<(output.count - common)])
            result[candidate] = HTMLCharacterReference(length: length, decoded: String(text))
        }
        return result
    }
}

extension HTMLCharacterReference {
    /// `text` with every character reference decoded as in HTML text content (markup is
    /// not interpreted: `<` stays `<`).
    public static func decodeAll(in text: String) -> String {
        guard text.contains("&") else { return text }
        let escaped = text.replacingOccurrences(of: "<", with: "&lt;")
        let tree = HTMLParser.parse(Array(("<!DOCTYPE html><body><p>" + escaped).utf8))
        guard let paragraph = tree.firstElement(named: "p") else { return text }
        return tree.textContent(of: paragraph)
    }
}
