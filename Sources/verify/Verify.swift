import ArgumentParser
import VerifyKit

/// The `verify` command: checks a folder of reports (the default subcommand), lists what
/// was read from one file, or compares two.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Cross-check news reports about the same story: facts, conflicts, omissions, variants.",
        discussion: """
            Examples:
              verify                          check Corpus/; report in Reports/
              verify story/ --format json     everything as JSON
              verify story/ --write-baseline .verify-baseline.json
                                              accept today's findings
              verify story/ --format github   GitHub Actions annotations
              verify story/ --format sarif    SARIF for code scanning
              verify facts Corpus/a.txt       every mention read from a file
              verify diff a.txt b.txt         two sources side by side

            Exit status: 0 nothing at or above --fail-on; 1 there is; 2 usage error or unusable input.
            """,
        version: VerifyKitInfo.version,
        subcommands: [Check.self, Facts.self, Diff.self],
        defaultSubcommand: Check.self
    )
}
