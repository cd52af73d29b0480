import VerifyHTML

/// A compact rendering of a parsed tree for comparisons: elements as `<name>...</name>`
/// (SVG and MathML prefixed `svg:`/`math:`), text as is, comments as `<!--...-->`, CDATA
/// as `<![CDATA[...]]>`, template contents inside `<template>`.
enum TreeRendering {
    /// The body of `html` (or the whole document when `body` is false), rendered.
    static func render(_ html: String, body: Bool = true) -> String {
        let tree = HTMLParser.parse(Array(html.utf8))
        let root = body ? (tree.firstElement(named: "body") ?? 0) : 0
        return tree.children(of: root).map { render(tree, $0) }.joined()
    }

    /// The subtree at `index`, rendered.
    static func render(_ tree: HTMLTree, _ index: Int) -> String {
        let node = tree.nodes[index]
        switch node.kind {
        case .text, .whitespace: return node.text
        case .comment: return "<!--\(node.text)-->"
        case .cdata: return "<![CDATA[\(node.text)]]>"
        case .document: return tree.children(of: index).map { render(tree, $0) }.joined()
        case .element, .template:
            let prefix = node.namespace == .svg ? "svg:" : node.namespace == .mathML ? "math:" : ""
            let attributes = tree.attributes(of: node).map { " \($0.name)=\($0.value)" }.joined()
            let inner = tree.children(of: index).map { render(tree, $0) }.joined()
            return "<\(prefix)\(node.name)\(attributes)>\(inner)</\(prefix)\(node.name)>"
        }
    }
}
