/// The formats a corpus may hold, chosen by file extension.
public enum SourceFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text (`.txt`, `.text`).
    case text
    /// Markdown with optional YAML front matter (`.md`, `.markdown`).
    case markdown
    /// A saved web page (`.html`, `.htm`).
    case html

    /// The format for a file extension, or nil when the file is not a report.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}
