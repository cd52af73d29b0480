import Foundation
import Testing

/// The CI story of docs/ci.md, end to end with the built binary: accept the founding pair,
/// then a pull request adds a source that contradicts it (fails), or one that agrees (passes),
/// and finally the contradiction is accepted into the baseline (passes).
@Suite struct GatingScenarioTests {
    /// Same 2 January 2024 Kinzhal strike, but a crater ten times wider.
    static let conflicting = """
        Azerbaijan protests to Russia over strikes near its embassy in Kyiv

        14 November 2025

        Azerbaijan's Ministry of Foreign Affairs handed a protest note to the Russian ambassador on November 14 after a missile hit the territory of the Azerbaijani embassy in Kyiv.

        The ministry recalled that as a result of a Kinzhal missile strike by Russia on January 2, 2024, a crater 30 meters in diameter was formed 350 steps from the embassy's administrative building.

        """

    /// Restates what the founding pair agrees on.
    static let consistent = """
        Baku protests to Moscow after missile falls on embassy grounds in Kyiv

        14 November 2025

        Azerbaijan's Ministry of Foreign Affairs handed a protest note to the Russian ambassador on November 14 after a missile hit the territory of the Azerbaijani embassy in Kyiv.

        The ministry recalled that as a result of a Kinzhal missile strike by Russia on January 2, 2024, a crater approximately 3 meters in diameter was formed about 35 steps from the embassy's administrative building, and an unexploded ordnance was found at a depth of 8 meters.

        """

    @Test func pullRequestsAddingSourcesAreGated() throws {
        let folder = try BinaryRunner.scratchCorpus()
        let added = folder.appendingPathComponent("Corpus/002_new_source.txt")

        // 1. Accept the founding pair.
        let write = try BinaryRunner.run(["Corpus", "--write-baseline", ".verify-baseline.json"], in: folder)
        #expect(write.status == 0, "\(write.stderr)")
        let baseline = try String(contentsOf: folder.appendingPathComponent(".verify-baseline.json"), encoding: .utf8)
        #expect(baseline.contains("\"schemaVersion\" : 1"))
        #expect(!baseline.contains(folder.path), "paths are relative")

        // 2. A contradicting source: exit 1, the conflict annotated as an error.
        try Self.conflicting.write(to: added, atomically: true, encoding: .utf8)
        let failing = try BinaryRunner.run(["Corpus", "--format", "github"], in: folder)
        #expect(failing.status == 1, "\(failing.stdout)\(failing.stderr)")
        #expect(failing.stdout.contains("::error file=Corpus/"), "\(failing.stdout)")
        #expect(failing.stdout.contains("title=verify conflict"))

        // 3. A consistent source instead: omissions and variants do not fail --fail-on conflict.
        try Self.consistent.write(to: added, atomically: true, encoding: .utf8)
        let passing = try BinaryRunner.run(["Corpus"], in: folder)
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
        #expect(passing.stdout.hasPrefix("3 sources · 0 conflicts"), "\(passing.stdout)")

        // 4. The contradiction accepted on purpose: the baseline is rewritten, runs pass.
        try Self.conflicting.write(to: added, atomically: true, encoding: .utf8)
        #expect(try BinaryRunner.run(["Corpus", "--write-baseline", ".verify-baseline.json"], in: folder).status == 0)
        let accepted = try BinaryRunner.run(["Corpus"], in: folder)
        #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
        #expect(accepted.stdout.contains("accepted by the baseline"))
        #expect(accepted.stdout.contains("(accepted)"))

        // 5. Removing the source leaves stale accepted findings: a note, still exit 0.
        try FileManager.default.removeItem(at: added)
        let stale = try BinaryRunner.run(["Corpus", "--format", "json"], in: folder)
        #expect(stale.status == 0)
        #expect(stale.stderr.contains("verify: note: baseline: "), "\(stale.stderr)")
        #expect(stale.stderr.contains("no longer occur"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stale.stdout.utf8)) as? [String: Any])
        let section = try #require(object["baseline"] as? [String: Any])
        #expect((section["stale"] as? [String])?.isEmpty == false)
    }

    @Test func githubFormatAppendsTheJobSummary() throws {
        let folder = try BinaryRunner.scratchCorpus()
        let summary = folder.appendingPathComponent("summary.md")
        try "previous step\n".write(to: summary, atomically: true, encoding: .utf8)
        let run = try BinaryRunner.run(["Corpus", "--format", "github", "--fail-on", "none"], in: folder,
                                       environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(run.status == 0)
        let text = try String(contentsOf: summary, encoding: .utf8)
        #expect(text.hasPrefix("previous step\n### verify"))
        #expect(text.contains("| severity | kind | slot | where | message | status |"))
        #expect(run.stdout.contains("::warning file=Corpus/"))
    }

    @Test func writesTheDefaultReportAtomically() throws {
        let folder = try BinaryRunner.scratchCorpus()
        let run = try BinaryRunner.run(["Corpus"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Reports").path)
        #expect(reports == ["Corpus.md"], "no temporary file left behind")
        let report = try String(contentsOf: folder.appendingPathComponent("Reports/Corpus.md"), encoding: .utf8)
        #expect(report.contains("](../Corpus/"), "links relative to Reports/")

        let custom = try BinaryRunner.run(["Corpus", "--report", "out/x.md", "--format", "json"], in: folder)
        #expect(custom.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/x.md").path))

        let markdown = try BinaryRunner.run(["Corpus", "--format", "markdown", "--report", "-"], in: folder)
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("](Corpus/"), "links relative to .")
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let folder = try BinaryRunner.scratchCorpus()
        // Pipes are not terminals: no escape codes whatever the environment says.
        let plain = try BinaryRunner.run(["Corpus"], in: folder, environment: ["NO_COLOR": "", "TERM": "xterm-256color"])
        #expect(!plain.stdout.contains("\u{1B}["))
        #expect(!plain.stderr.contains("\u{1B}["))
    }
}
