import Foundation
import VerifyHTML

/// What a page's schema.org JSON-LD (`<script type="application/ld+json">`) says about its
/// article: headline, publication time, publisher. Read from the first object whose `@type`
/// is an article type, at the top level, in an array or in an `@graph`. Broken JSON is
/// ignored, as a browser ignores it.
enum HTMLStructuredData {
    /// schema.org types that are articles.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "backgroundnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "webpage", "report",
    ]

    /// Fields for the metadata reader, keyed `ld:headline`, `ld:datepublished`, `ld:publisher`.
    static func fields(in tree: HTMLTree) -> [String: String] {
        var articles: [[String: Any]] = []
        for (index, node) in tree.nodes.enumerated() where node.isHTML("script") {
            let type = tree.attributes(of: node).first { $0.name == "type" }?.value.lowercased()
            guard type?.trimmingCharacters(in: .whitespaces) == "application/ld+json" else { continue }
            let text = tree.textContent(of: index)
            guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { continue }
            collect(json, into: &articles)
        }
        // A news article beats a generic web page.
        let article = articles.first { !isType($0, "webpage") } ?? articles.first
        guard let article else { return [:] }
        var fields: [String: String] = [:]
        if let headline = string(article["headline"]) ?? string(article["name"]) { fields["ld:headline"] = headline }
        if let published = string(article["datePublished"]) { fields["ld:datepublished"] = published }
        if let publisher = (article["publisher"] as? [String: Any]).flatMap({ string($0["name"]) }) ?? string(article["publisher"]) {
            fields["ld:publisher"] = publisher
        }
        return fields
    }

    /// Article objects in `json`, in document order.
    private static func collect(_ json: Any, into articles: inout [[String: Any]]) {
        if let array = json as? [Any] {
            for item in array { collect(item, into: &articles) }
        } else if let object = json as? [String: Any] {
            if articleTypes.contains(where: { isType(object, $0) }) { articles.append(object) }
            if let graph = object["@graph"] { collect(graph, into: &articles) }
        }
    }

    /// Whether `object`'s `@type` (a string or a list) is `type` (lowercase).
    private static func isType(_ object: [String: Any], _ type: String) -> Bool {
        if let single = object["@type"] as? String { return single.lowercased() == type }
        if let list = object["@type"] as? [Any] { return list.contains { ($0 as? String)?.lowercased() == type } }
        return false
    }

    /// A non-empty trimmed string value.
    private static func string(_ value: Any?) -> String? {
        guard let text = (value as? String)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return HTMLExtractor.folded(text)
    }
}
