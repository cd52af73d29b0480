import ArgumentParser
import Foundation
import VerifyKit

/// Writes to standard output and standard error: colours only when the stream is a terminal
/// and `NO_COLOR` is unset or empty (https://no-color.org); progress only on a terminal.
enum Terminal {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The text summary, finding kinds coloured when standard output is a colour terminal.
    static func summary(_ text: String) {
        output(useColor(fileDescriptor: STDOUT_FILENO) ? colorize(text) : text)
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("verify: error: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("verify: note: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("verify: warning: \(message)\n".utf8))
    }

    static func diagnostic(_ diagnostic: Diagnostic) {
        FileHandle.standardError.write(Data("verify: \(diagnostic)\n".utf8))
    }

    /// A progress line on standard error, only when it is a terminal (cleared by the next one).
    static func progress(_ message: String) {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(message)".utf8))
    }

    /// Clears the progress line.
    static func endProgress() {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// Whether to colour `fileDescriptor`: a terminal, `NO_COLOR` unset or empty, `TERM` not `dumb`.
    static func useColor(fileDescriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }

    /// Colours the kind word that starts a line (conflict red, update yellow, omission cyan,
    /// variant dim) and `(accepted)` marks.
    static func colorize(_ text: String) -> String {
        let colors: [(String, String)] = [("conflict ", "31;1"), ("update ", "33"), ("omission ", "36"), ("variant ", "2")]
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            if let (word, code) = colors.first(where: { line.hasPrefix($0.0) }) {
                line = "\u{1B}[\(code)m\(word.dropLast())\u{1B}[0m " + line.dropFirst(word.count)
            }
            return line.replacingOccurrences(of: "  (accepted)", with: "  \u{1B}[2m(accepted)\u{1B}[0m")
        }.joined(separator: "\n")
    }
}

extension Terminal {
    /// Reports a fatal error (the files skipped on the way, unless the message already names
    /// them, then one line) and gives exit status 2.
    static func fail(_ error: VerifyError, listingSkippedFiles: Bool = true) -> ExitCode {
        if listingSkippedFiles { for diagnostic in error.diagnostics { Terminal.diagnostic(diagnostic) } }
        Terminal.error(error.message)
        return ExitCode(2)
    }
}
