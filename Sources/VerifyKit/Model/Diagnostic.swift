/// A problem with one input that does not stop the run: the file is skipped or read with
/// a caveat. Printed as one line naming the file.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much the problem matters.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// Informational: a file that is not a report was skipped, a guess was made.
        case note
        /// A report could not be used, or was used with a caveat.
        case warning
        /// The run cannot go on.
        case error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        /// Orders notes before warnings before errors.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// How much it matters.
    public var severity: Severity
    /// The file concerned, as the user named it.
    public var path: String
    /// One sentence saying what is wrong and what was done.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, path: String, _ message: String) {
        self.severity = severity
        self.path = path
        self.message = message
    }

    /// `warning: path: message`.
    public var description: String { "\(severity.rawValue): \(path): \(message)" }
}

/// A problem that stops the run (exit status 2): a missing path, an empty corpus.
public struct VerifyError: Error, Sendable, CustomStringConvertible {
    /// One line naming the file and the problem.
    public var message: String
    /// What was found about individual files on the way (why each was skipped).
    public var diagnostics: [Diagnostic]

    /// Creates an error with a one-line message.
    public init(_ message: String, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.diagnostics = diagnostics
    }

    /// The message.
    public var description: String { message }
}
