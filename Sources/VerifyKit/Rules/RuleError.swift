/// A rule file that cannot be used: it does not parse, or an entry contradicts the
/// schema. Names the file, the line and the field, for a one-line diagnostic and exit 2.
public struct RuleError: Error, Sendable, CustomStringConvertible {
    /// Path of the rule file, as found.
    public var path: String
    /// 1-based line of the problem, when known.
    public var line: Int?
    /// The field, as a dotted path (`entries[2].country`), when known.
    public var field: String?
    /// What is wrong.
    public var problem: String

    /// Creates an error.
    public init(path: String, line: Int? = nil, field: String? = nil, problem: String) {
        self.path = path
        self.line = line
        self.field = field
        self.problem = problem
    }

    /// `path:line: field 'x': problem`.
    public var description: String {
        var text = path
        if let line { text += ":\(line)" }
        text += ": "
        if let field, !field.isEmpty { text += "field '\(field)': " }
        return text + problem
    }
}
