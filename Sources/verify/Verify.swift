import ArgumentParser
import VerifyKit

/// The `verify` command: checks a folder of reports (the default subcommand) or lists
/// what was read from one file.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Cross-check news reports about the same story: facts, conflicts, omissions, variants.",
        discussion: """
            Examples:
              verify                          check Corpus/
              verify reports/ --format json   sources and metadata as JSON
              verify facts Corpus/a.txt       the sentences read from one file, with line:column

            Exit status: 0 nothing at or above --fail-on; 1 there is; 2 usage error or unusable input.
            """,
        version: VerifyKitInfo.version,
        subcommands: [Check.self, Facts.self, Diff.self],
        defaultSubcommand: Check.self
    )
}
