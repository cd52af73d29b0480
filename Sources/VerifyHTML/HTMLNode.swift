/// One node of a parsed HTML tree, in document order, with where it came from in the input.
public struct HTMLNode: Sendable, Hashable {
    /// What a node is.
    public enum Kind: Int32, Sendable, Hashable {
        /// The document (always node 0).
        case document = 0
        /// An element.
        case element = 1
        /// Text (character references decoded).
        case text = 2
        /// A CDATA section (only in SVG and MathML content).
        case cdata = 3
        /// A comment.
        case comment = 4
        /// Text made only of white space.
        case whitespace = 5
        /// A `<template>` element (its children are the template contents).
        case template = 6
    }

    /// The namespace of an element.
    public enum Namespace: Int32, Sendable, Hashable {
        /// HTML.
        case html = 0
        /// SVG.
        case svg = 1
        /// MathML.
        case mathML = 2
    }

    /// What the node is.
    public var kind: Kind
    /// The index of the parent node, `nil` for the document.
    public var parent: Int?
    /// The index one past the node's last descendant: its subtree is `index..<subtreeEnd`.
    public var subtreeEnd: Int
    /// The element's namespace (`.html` for nodes that are not elements).
    public var namespace: Namespace
    /// How the parser inserted the node.
    public var flags: HTMLNodeFlags
    /// The lowercase tag name of an element or template, `""` otherwise.
    public var name: String
    /// Indices of the element's attributes in ``HTMLTree/attributes``.
    public var attributeRange: Range<Int>
    /// Decoded text of a text, white space, CDATA or comment node, `""` otherwise.
    public var text: String
    /// The start tag of an element, or the source bytes of a text node; `nil` when the
    /// parser made the node up (an implied `<body>`).
    public var sourceRange: Range<Int>?
    /// The end tag of an element; `nil` when it was closed implicitly.
    public var endTagRange: Range<Int>?
    /// Where the element ended in the input: its end tag, or the token that closed it implicitly.
    public var endOffset: Int?

    /// Whether the node is an element or a template.
    public var isElement: Bool { kind == .element || kind == .template }
    /// Whether the node is an HTML element called `name`.
    public func isHTML(_ name: String) -> Bool { isElement && namespace == .html && self.name == name }
}

/// How the parser put a node into the tree (WHATWG tree construction).
public struct HTMLNodeFlags: OptionSet, Sendable, Hashable {
    /// The raw bits.
    public var rawValue: Int32
    /// Creates flags from their bits.
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// Inserted by the parser without a start tag of its own.
    public static let byParser = HTMLNodeFlags(rawValue: 1 << 0)
    /// Closed without an end tag.
    public static let implicitEndTag = HTMLNodeFlags(rawValue: 1 << 1)
    /// An implied `html`, `head` or `body`.
    public static let implied = HTMLNodeFlags(rawValue: 1 << 3)
    /// A reconstructed formatting element.
    public static let reconstructed = HTMLNodeFlags(rawValue: 1 << 7)
    /// Cloned by the adoption agency algorithm.
    public static let adoptionCloned = HTMLNodeFlags(rawValue: 1 << 8)
    /// Moved by the adoption agency algorithm.
    public static let adoptionMoved = HTMLNodeFlags(rawValue: 1 << 9)
    // Gumbo 0.10.1 defines a foster-parenting flag but never sets it: a foster-parented
    // node is recognised by its source offset, which lies after the table's start tag.
}

/// One attribute of an element.
public struct HTMLAttribute: Sendable, Hashable {
    /// The name, lowercase.
    public var name: String
    /// The value, character references decoded; `""` for a bare attribute.
    public var value: String
    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == HTMLAttribute {
    /// The value of the first attribute called `name` (lowercase); HTML keeps the first of duplicates.
    public func value(of name: String) -> String? {
        first { $0.name == name }?.value
    }
}
