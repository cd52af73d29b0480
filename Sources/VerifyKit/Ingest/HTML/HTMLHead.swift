import VerifyHTML

/// What a page says about itself outside its text: the `<title>`, the `lang` of `<html>`,
/// and the `<meta>` contents.
struct HTMLHead: Sendable {
    /// The first HTML `<title>`'s text, references decoded, white space folded; `nil` without one.
    var title: String?
    /// The `lang` of `<html>` (or its `xml:lang`).
    var language: String?
    /// `<meta>` contents by lowercased `name`, `property`, `itemprop` or `http-equiv`; the
    /// first occurrence wins. JSON-LD article fields join them as `ld:headline`,
    /// `ld:datepublished` and `ld:publisher` (``HTMLStructuredData``).
    var meta: [String: String] = [:]

    /// Reads them off a parsed page.
    init(tree: HTMLTree) {
        if let index = tree.firstElement(named: "title") {
            let folded = HTMLExtractor.folded(tree.textContent(of: index))
            title = folded.isEmpty ? nil : folded
        }
        if let index = tree.firstElement(named: "html") {
            let attributes = Array(tree.attributes(of: tree.nodes[index]))
            language = Self.nonEmpty(attributes.value(of: "lang")) ?? Self.nonEmpty(attributes.value(of: "xml:lang"))
        }
        for node in tree.nodes where node.isHTML("meta") {
            let attributes = Array(tree.attributes(of: node))
            guard let content = attributes.value(of: "content") else { continue }
            let value = content.htmlTrimmed()
            for key in ["name", "property", "itemprop", "http-equiv"] {
                guard let raw = attributes.value(of: key) else { continue }
                let name = raw.htmlTrimmed().lowercased()
                if !name.isEmpty, meta[name] == nil { meta[name] = value }
            }
        }
        for (key, value) in HTMLStructuredData.fields(in: tree) where meta[key] == nil { meta[key] = value }
    }

    /// `value`, or `nil` when it is empty after trimming.
    private static func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.htmlTrimmed(), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
