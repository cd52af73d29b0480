/// Where a span stands in the original file: 1-based lines, columns in Unicode scalars,
/// the end exclusive (`endColumn` is one past the last character, as SARIF counts).
public struct SourceLocation: Sendable, Hashable, Codable {
    /// Path as given on the command line or relative to the working directory.
    public var path: String
    /// 1-based line of the first character.
    public var line: Int
    /// 1-based column (Unicode scalars) of the first character.
    public var column: Int
    /// 1-based line of the last character.
    public var endLine: Int
    /// Column just past the last character on `endLine`.
    public var endColumn: Int

    /// Creates a location from its parts.
    public init(path: String, line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// `path:line:column`, as compilers and editors print it.
    public var description: String { "\(path):\(line):\(column)" }
}
