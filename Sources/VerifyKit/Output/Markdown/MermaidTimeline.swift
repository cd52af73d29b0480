/// A Mermaid `timeline` of the events found, which GitHub renders as a diagram.
public struct MermaidTimeline: Sendable {
    /// The events, in result order (by story, then date).
    public var events: [Event]

    /// Creates the timeline of `events`.
    public init(events: [Event]) { self.events = events }

    /// A fenced `mermaid` block, one period per event (its date) with its label and how
    /// many sources report it; one section per story when there are several. Empty when
    /// there are no events.
    public func render() -> String {
        guard !events.isEmpty else { return "" }
        var lines = ["```mermaid", "timeline"]
        let stories = events.reduce(into: [String]()) { if !$0.contains($1.story) { $0.append($1.story) } }
        for story in stories {
            if stories.count > 1 { lines.append("    section " + Self.escape(story)) }
            for event in events where event.story == story {
                lines.append("    \(Self.escape(event.date)) : \(Self.escape(Self.caption(event)))")
            }
        }
        lines.append("```")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The label without its leading date, with the number of sources: `strike — Kyiv (2 sources)`.
    static func caption(_ event: Event) -> String {
        var label = event.label
        if label.hasPrefix(event.date) {
            label = String(label.dropFirst(event.date.count))
            label = String(label.drop { $0 == ":" || $0 == " " })
        }
        let count = event.sources.count
        let sources = "\(count) source\(count == 1 ? "" : "s")"
        let main = event.isMain ? "main event, " : ""
        return label.isEmpty ? "(\(main)\(sources))" : "\(label) (\(main)\(sources))"
    }

    /// Text Mermaid can hold in a timeline entry: one line, and no character that Mermaid
    /// reads as syntax (`:` separates entries, `;` ends statements, `#` starts an entity,
    /// `%%` a comment, backticks close the fence, `<>&{}` reach its HTML labels). Each
    /// is replaced by a look-alike so the label still reads the same.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in MarkdownEscaping.oneLine(text) {
            switch character {
            case ":": out.append("\u{A789}")     // ꞉ modifier letter colon
            case ";": out.append(",")
            case "#": out.append("\u{FF03}")     // ＃
            case "%": out.append("\u{FF05}")     // ％
            case "`": out.append("\u{2019}")
            case "<": out.append("\u{2039}")
            case ">": out.append("\u{203A}")
            case "&": out.append("\u{FF06}")
            case "{": out.append("(")
            case "}": out.append(")")
            case "\\": out.append("\u{FF3C}")
            case "\"": out.append("\u{201D}")
            default: out.append(character)
            }
        }
        return out
    }
}
