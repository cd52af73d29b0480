/// What `verify facts <file>` prints: the body sentences of one document with their
/// locations, and on request the blocks that were set aside and why.
public struct FactsListing: Sendable {
    /// One sentence or set-aside block.
    public struct Entry: Sendable, Codable, Hashable {
        /// The text as the pipeline sees it.
        public var text: String
        /// `heading`, `paragraph`, `listItem` for sentences; `metadata` or `clutter` for set-aside blocks.
        public var kind: String
        /// The rule that set a block aside.
        public var reason: String?
        /// Where it stands in the file.
        public var location: SourceLocation
    }

    /// The document listed.
    public var source: SourceSummary
    /// Body sentences in order.
    public var sentences: [Entry]
    /// Blocks kept out of facts (metadata, clutter).
    public var setAside: [Entry]

    /// Lists `document`.
    public init(document: SourceDocument, splitter: SentenceSplitter) {
        source = SourceSummary(document)
        sentences = splitter.sentences(of: document).map { sentence in
            Entry(text: document.slice(sentence.range), kind: document.blocks[sentence.block].kind.rawValue,
                  reason: nil, location: document.location(of: sentence.range))
        }
        setAside = document.blocks.filter { !$0.isBody }.map { block in
            Entry(text: document.slice(block.range), kind: block.kind.rawValue, reason: block.reason,
                  location: document.location(of: block.range))
        }
    }

    /// JSON: `{"schemaVersion": 1, "source": {…}, "sentences": […], "setAside": […]}`.
    public func json() -> String {
        struct Envelope: Encodable {
            var schemaVersion = ToolInfo.schemaVersion
            var source: SourceSummary
            var sentences: [Entry]
            var setAside: [Entry]
        }
        return JSONOutput.encode(Envelope(source: source, sentences: sentences, setAside: setAside))
    }

    /// `path:line:column: sentence`, one per line; set-aside blocks after, when asked.
    public func text(showSetAside: Bool) -> String {
        var lines = sentences.map { "\($0.location.path):\($0.location.line):\($0.location.column): \($0.text)" }
        if showSetAside {
            lines.append("")
            lines.append("Set aside (not read for facts):")
            lines += setAside.map { "\($0.location.path):\($0.location.line):\($0.location.column): [\($0.kind): \($0.reason ?? "")] \($0.text)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
