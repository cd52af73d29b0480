import CGumboShim

/// The WHATWG HTML5 parser (Gumbo, through the CGumboShim C target).
///
/// Gumbo implements the standard's tokenizer and tree construction (insertion modes,
/// the adoption agency algorithm, foster parenting, all 2,231 named character
/// references, `template`, foreign content).
///
/// Scripting is enabled, as in a browser that runs scripts: `<noscript>` content is raw
/// text. Gumbo itself only parses with scripting disabled, which lets text inside a
/// `<noscript>` in `<head>` ("Please enable JavaScript") leak into the body; so before
/// parsing, every `noscript` tag name is renamed `noframes` (same length, so offsets are
/// unchanged; `noframes` is raw text in head and body alike), and the elements get their
/// name back afterwards.
public enum HTMLParser {
    /// Parses UTF-8 bytes. Never fails: any bytes give a tree (invalid UTF-8 is read as
    /// U+FFFD, as Gumbo does); only running out of memory gives an empty document.
    /// Nesting deeper than ``HTMLDepthGuard/maximumDepth`` is flattened first.
    public static func parse(_ utf8: [UInt8]) -> HTMLTree {
        let (input, renamed) = renamingNoscript(HTMLDepthGuard.bounded(utf8))
        var tree = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                GumboDocumentHandle(chars.baseAddress, count: chars.count).tree()
            }
        }
        if !renamed.isEmpty {
            for index in tree.nodes.indices where tree.nodes[index].isHTML("noframes") {
                if let start = tree.nodes[index].sourceRange?.lowerBound, renamed.contains(start) {
                    tree.nodes[index].name = "noscript"
                }
            }
        }
        return tree
    }

    /// `bytes` with each `<noscript` and `</noscript` tag name (any case) renamed
    /// `noframes`, and the offsets of the renamed start tags.
    static func renamingNoscript(_ bytes: [UInt8]) -> (bytes: [UInt8], startTags: Set<Int>) {
        let name = Array("noscript".utf8)
        var output = bytes
        var startTags: Set<Int> = []
        var index = 0
        while index + name.count + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0x3C else { continue }
            let isEnd = bytes[index + 1] == 0x2F
            let nameStart = index + (isEnd ? 2 : 1)
            let after = nameStart + name.count
            guard after <= bytes.count, zip(bytes[nameStart..<after], name).allSatisfy({ ($0 | 0x20) == $1 }) else { continue }
            guard after == bytes.count || [0x20, 0x09, 0x0A, 0x0C, 0x0D, 0x2F, 0x3E].contains(bytes[after]) else { continue }
            output.replaceSubrange(nameStart..<after, with: "noframes".utf8)
            if !isEnd { startTags.insert(index) }
        }
        return (output, startTags)
    }
}

/// Owns one parsed Gumbo document; closed when released. Lives only while the input
/// buffer it points into is alive (inside ``HTMLParser/parse(_:)``).
final class GumboDocumentHandle {
    /// The shim's document, `nil` when out of memory.
    private let document: OpaquePointer?

    /// Parses `count` bytes at `bytes`.
    init(_ bytes: UnsafePointer<CChar>?, count: Int) {
        document = vh_document_parse(bytes, Int64(count))
    }

    deinit {
        vh_document_close(document)
    }

    /// The tree, copied into Swift values.
    func tree() -> HTMLTree {
        guard let document, let rawNodes = vh_document_nodes(document) else {
            let root = HTMLNode(kind: .document, parent: nil, subtreeEnd: 1, namespace: .html, flags: [], name: "",
                                attributeRange: 0..<0, text: "", sourceRange: nil, endTagRange: nil, endOffset: nil)
            return HTMLTree(nodes: [root], attributes: [], isQuirksMode: false)
        }
        var attributes: [HTMLAttribute] = []
        let attributeCount = Int(vh_document_attribute_count(document))
        attributes.reserveCapacity(attributeCount)
        if let rawAttributes = vh_document_attributes(document) {
            for index in 0..<attributeCount {
                let raw = rawAttributes[index]
                attributes.append(HTMLAttribute(name: Self.string(raw.name, Int(raw.name_length)),
                                                value: Self.string(raw.value, Int(raw.value_length))))
            }
        }
        let count = Int(vh_document_node_count(document))
        var nodes: [HTMLNode] = []
        nodes.reserveCapacity(count)
        for index in 0..<count {
            let raw = rawNodes[index]
            let kind = HTMLNode.Kind(rawValue: raw.kind) ?? .comment
            let start = Int(raw.start)
            let sourceRange: Range<Int>? = start >= 0 && raw.source_length > 0 ? start..<(start + Int(raw.source_length)) : nil
            let end = Int(raw.end)
            let endTagRange: Range<Int>? = end >= 0 && raw.end_length > 0 ? end..<(end + Int(raw.end_length)) : nil
            nodes.append(HTMLNode(
                kind: kind, parent: raw.parent >= 0 ? Int(raw.parent) : nil, subtreeEnd: Int(raw.subtree_end),
                namespace: HTMLNode.Namespace(rawValue: raw.ns) ?? .html, flags: HTMLNodeFlags(rawValue: raw.flags),
                name: raw.name.map { Self.string($0, Int(raw.name_length)) } ?? "",
                attributeRange: Int(raw.first_attribute)..<Int(raw.first_attribute + raw.attribute_count),
                text: raw.text.map { Self.string($0, Int(raw.text_length)) } ?? "",
                sourceRange: sourceRange, endTagRange: endTagRange,
                endOffset: kind == .element || kind == .template ? (end >= 0 ? end : nil) : nil))
        }
        return HTMLTree(nodes: nodes, attributes: attributes, isQuirksMode: vh_document_quirks_mode(document) == 1)
    }

    /// `length` bytes of UTF-8 at `pointer` as a String.
    private static func string(_ pointer: UnsafePointer<CChar>?, _ length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}
