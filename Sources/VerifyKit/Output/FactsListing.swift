/// What `verify facts <file>` prints: every mention of one document with its type, value,
/// qualifiers, location and quote; the sentences they come from with their event cues;
/// and on request the blocks set aside and why.
public struct FactsListing: Sendable {
    /// One mention, as the Mentions contract of DESIGN.md describes it.
    public struct MentionEntry: Sendable, Codable, Hashable {
        /// `date`, `time`, `quantity`, `count` or `entity`.
        public var type: String
        /// The span as written.
        public var text: String
        /// Normalised value.
        public var value: String
        /// Unit of a quantity.
        public var unit: String?
        /// Qualifiers and hedges.
        public var qualifiers: [String]
        /// What it measures or names.
        public var subtype: String?
        /// The rule that produced it.
        public var rule: String
        /// Index into ``FactsListing/sentences``.
        public var sentence: Int
        /// Where it stands in the file.
        public var location: SourceLocation
    }

    /// A body sentence, or a block set aside.
    public struct Entry: Sendable, Codable, Hashable {
        /// The text as the pipeline sees it.
        public var text: String
        /// `heading`, `paragraph`, `listItem` for sentences; `metadata` or `clutter` for set-aside blocks.
        public var kind: String
        /// The rule that set a block aside.
        public var reason: String?
        /// Event cues of a sentence, `kind: words`.
        public var cues: [String]?
        /// Where it stands in the file.
        public var location: SourceLocation
    }

    /// The document listed.
    public var source: SourceSummary
    /// Every mention, in text order.
    public var mentions: [MentionEntry]
    /// Body sentences in order.
    public var sentences: [Entry]
    /// Blocks kept out of facts (metadata, clutter).
    public var setAside: [Entry]

    /// Lists `document`.
    public init(document: SourceDocument, extractor: FactExtractor, referenceDate: PublishedTime? = nil) {
        source = SourceSummary(document)
        let extracted = extractor.extract(document, referenceDate: referenceDate)
        sentences = extracted.map { item in
            Entry(text: document.slice(item.sentence.range), kind: document.blocks[item.sentence.block].kind.rawValue,
                  reason: nil, cues: item.cues.map { "\($0.kind): \($0.text)" },
                  location: document.location(of: item.sentence.range))
        }
        mentions = extracted.enumerated().flatMap { index, item in
            item.mentions.map { mention in
                MentionEntry(type: mention.type.rawValue, text: mention.text, value: mention.value, unit: mention.unit,
                             qualifiers: mention.qualifiers.map(\.rawValue), subtype: mention.subtype, rule: mention.rule,
                             sentence: index, location: document.location(of: mention.range))
            }
        }
        setAside = document.blocks.filter { !$0.isBody }.map { block in
            Entry(text: document.slice(block.range), kind: block.kind.rawValue, reason: block.reason, cues: nil,
                  location: document.location(of: block.range))
        }
    }

    /// JSON: `{"schemaVersion": 1, "source": {…}, "mentions": […], "sentences": […], "setAside": […]}`.
    public func json() -> String {
        struct Envelope: Encodable {
            var schemaVersion = ToolInfo.schemaVersion
            var source: SourceSummary
            var mentions: [MentionEntry]
            var sentences: [Entry]
            var setAside: [Entry]
        }
        return JSONOutput.encode(Envelope(source: source, mentions: mentions, sentences: sentences, setAside: setAside))
    }

    /// Each sentence as `path:line:column: text`, its mentions indented under it
    /// (`line:column type value [qualifiers] "quote"`); set-aside blocks after, when asked.
    public func text(showSetAside: Bool) -> String {
        var lines: [String] = []
        let byIndex = Dictionary(grouping: mentions, by: \.sentence)
        for (index, sentence) in sentences.enumerated() {
            lines.append("\(sentence.location.path):\(sentence.location.line):\(sentence.location.column): \(sentence.text)")
            if let cues = sentence.cues, !cues.isEmpty { lines.append("    cues: " + cues.joined(separator: ", ")) }
            for mention in byIndex[index] ?? [] {
                var parts = ["    \(mention.location.line):\(mention.location.column)", mention.type, mention.value]
                if let subtype = mention.subtype { parts.append(subtype) }
                if !mention.qualifiers.isEmpty { parts.append("[" + mention.qualifiers.joined(separator: ", ") + "]") }
                parts.append("\"\(mention.text)\"")
                lines.append(parts.joined(separator: "  "))
            }
        }
        lines.append("")
        lines.append("\(mentions.count) mentions in \(sentences.count) sentences")
        lines.append("encoding \(source.encoding) (from \(source.encodingFrom))")
        if showSetAside {
            lines.append("")
            lines.append("Set aside (not read for facts):")
            lines += setAside.map { "\($0.location.path):\($0.location.line):\($0.location.column): [\($0.kind): \($0.reason ?? "")] \($0.text)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
