/// A parsed HTML document: every node in document order (node 0 is the document) and
/// the attributes of every element.
public struct HTMLTree: Sendable {
    /// The nodes, in document (pre-)order.
    public var nodes: [HTMLNode]
    /// Every element's attributes; a node's are ``HTMLNode/attributeRange``.
    public var attributes: [HTMLAttribute]
    /// Whether the document is rendered in quirks mode (no or an old DOCTYPE).
    public var isQuirksMode: Bool

    /// The attributes of `node`.
    public func attributes(of node: HTMLNode) -> ArraySlice<HTMLAttribute> {
        attributes[node.attributeRange]
    }

    /// Indices of the children of the node at `index`, in order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].subtreeEnd {
            result.append(child)
            child = nodes[child].subtreeEnd
        }
        return result
    }

    /// The decoded text inside the node at `index` (text and CDATA descendants, in order).
    public func textContent(of index: Int) -> String {
        var text = ""
        for node in nodes[index..<nodes[index].subtreeEnd] where node.kind == .text || node.kind == .whitespace || node.kind == .cdata {
            text += node.text
        }
        return text
    }

    /// The index of the first HTML element called `name`, if any.
    public func firstElement(named name: String) -> Int? {
        nodes.firstIndex { $0.isHTML(name) }
    }
}
