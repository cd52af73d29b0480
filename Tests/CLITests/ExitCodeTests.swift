import Foundation
import Testing

/// DESIGN.md's exit status, through the built binary: 0 nothing at or above --fail-on outside
/// the baseline, 1 there is, 2 usage error or unusable input (one line naming the file).
@Suite struct ExitCodeTests {
    func run(_ arguments: [String]) throws -> BinaryRunner.Run {
        try BinaryRunner.run(arguments, in: try BinaryRunner.scratchCorpus())
    }

    /// The founding pair has omissions and variants, no conflict and no update.
    @Test(arguments: [("conflict", Int32(0)), ("update", 0), ("omission", 1), ("variant", 1), ("none", 0)])
    func failOnThresholds(level: String, status: Int32) throws {
        let result = try run(["Corpus", "--fail-on", level])
        #expect(result.status == status, "--fail-on \(level): \(result.stderr)")
    }

    @Test func baselineHidesAcceptedFindingsFromGating() throws {
        let folder = try BinaryRunner.scratchCorpus()
        #expect(try BinaryRunner.run(["Corpus", "--fail-on", "variant", "--write-baseline", "accepted.json"], in: folder).status == 0)
        #expect(try BinaryRunner.run(["Corpus", "--fail-on", "variant", "--baseline", "accepted.json"], in: folder).status == 0)
        // The default file is picked up when present.
        try FileManager.default.moveItem(at: folder.appendingPathComponent("accepted.json"),
                                         to: folder.appendingPathComponent(".verify-baseline.json"))
        #expect(try BinaryRunner.run(["Corpus", "--fail-on", "variant"], in: folder).status == 0)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try run(["Corpus", "--fail-on", "everything"]).status == 2)
        #expect(try run(["Corpus", "--format", "xml"]).status == 2)
        let missing = try run(["Corpus", "--baseline", "nope.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.json"))
        #expect(try run(["NoSuchFolder"]).status == 2)
    }

    @Test func malformedBaselineExitsTwoNamingIt() throws {
        let folder = try BinaryRunner.scratchCorpus()
        try "not json".write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["Corpus", "--baseline", "bad.json"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix("verify: error: bad.json: "), "\(result.stderr)")
    }

    @Test func unwritableReportExitsTwoAndLeavesNothingHalfWritten() throws {
        let folder = try BinaryRunner.scratchCorpus()
        // A file where the report's folder should be: the folder cannot be created.
        try "".write(to: folder.appendingPathComponent("Blocked"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["Corpus", "--report", "Blocked/r.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Blocked/r.md"), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "nothing printed before the report is safely written")
    }
}

/// `--format` takes the registered formats only.
@Suite struct FormatOptionTests {
    @Test func anUnknownFormatIsAUsageErrorNamingTheFormats() throws {
        let scratch = try BinaryRunner.scratchCorpus()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try BinaryRunner.run(["Corpus", "--format", "nonsense"], in: scratch)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--format nonsense: not a format; use one of text, markdown, json, sarif, github"))
        #expect(result.stdout.isEmpty)
    }
}
