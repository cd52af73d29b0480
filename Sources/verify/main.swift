import ArgumentParser
import Foundation
import VerifyKit

// Entry point: parse, run, and map every outcome to the exit codes of DESIGN.md
// (0 clean, 1 findings at or above --fail-on, 2 usage error or unusable input).
do {
    var command = try Verify.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let message = Verify.fullMessage(for: error)
    if Verify.exitCode(for: error) == .success {
        print(message)
        exit(0)
    }
    FileHandle.standardError.write(Data(("verify: " + message + "\n").utf8))
    exit(2)
}
