/// Writes links to sources relative to the folder the report goes to.
public struct SourceLinker: Sendable, Hashable {
    /// The folder the Markdown is written to (`"Reports"`, `"."` for standard output).
    public var reportDirectory: String

    /// Creates a linker for a report written to `reportDirectory`.
    public init(reportDirectory: String) { self.reportDirectory = reportDirectory }

    /// `[Corpus/x.txt:12](../Corpus/x.txt#L12)`: the path as the claim carries it, with its
    /// line, linked to that line of the file.
    public func link(_ location: SourceLocation) -> String {
        MarkdownEscaping.link("\(location.path):\(location.line)", to: RelativePath.from(reportDirectory, to: location.path),
                              fragment: "L\(location.line)")
    }

    /// `[text:12](../Corpus/x.txt#L12)`: a short link to a line, labelled with `text`.
    public func link(_ text: String, line location: SourceLocation) -> String {
        MarkdownEscaping.link("\(text):\(location.line)", to: RelativePath.from(reportDirectory, to: location.path),
                              fragment: "L\(location.line)")
    }

    /// `[text](../Corpus/x.txt)`: a link to a whole file.
    public func link(_ text: String, toFile path: String) -> String {
        MarkdownEscaping.link(text, to: RelativePath.from(reportDirectory, to: path))
    }
}
