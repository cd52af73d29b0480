import Foundation
import VerifyKit

/// Writes to standard output and standard error.
enum Terminal {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("verify: error: \(message)\n".utf8))
    }

    static func diagnostic(_ diagnostic: Diagnostic) {
        FileHandle.standardError.write(Data("verify: \(diagnostic)\n".utf8))
    }
}
