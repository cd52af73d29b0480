import CorpusGen
import Foundation
import Testing
@testable import VerifyKit

/// Story grouping and report size on the generator's archive of confusable stories
/// (`verify-corpus-gen`: the same city and kind a few days apart, one story told in
/// English, Spanish and Russian): B-cubed precision, recall and F1 of the stories against
/// the generator's gold, and the size of the Markdown report, printed; the bars are the
/// ones issue 11 sets (F1 at least 0.95, report under 5 MB).
@Suite struct GeneratedArchiveTests {
    /// Reports in the archive (`VERIFY_ARCHIVE_REPORTS` overrides).
    static let reports = Int(ProcessInfo.processInfo.environment["VERIFY_ARCHIVE_REPORTS"] ?? "") ?? 2000

    @Test func sameSeedSameBytes() {
        let a = CorpusGenerator.generate(reports: 300, seed: 7)
        let b = CorpusGenerator.generate(reports: 300, seed: 7)
        let c = CorpusGenerator.generate(reports: 300, seed: 8)
        #expect(a.files.map(\.name) == b.files.map(\.name) && a.files.map(\.text) == b.files.map(\.text))
        #expect(a.goldJSON == b.goldJSON)
        #expect(a.files.map(\.text) != c.files.map(\.text))
        #expect(a.files.count == 300 && a.gold.storyOfFile.count == 300)
    }

    @Test func bCubedOfAPerfectAndOfAMergedClustering() {
        let gold = ["a": "1", "b": "1", "c": "2", "d": "2"]
        let perfect = BCubed(predicted: gold, gold: gold)
        #expect(perfect.precision == 1 && perfect.recall == 1 && perfect.f1 == 1)
        let merged = BCubed(predicted: ["a": "x", "b": "x", "c": "x", "d": "x"], gold: gold)
        #expect(merged.precision == 0.5 && merged.recall == 1)
        let split = BCubed(predicted: [:], gold: gold)
        #expect(split.precision == 1 && split.recall == 0.5)
    }

    @Test func storiesOfTheGeneratedArchive() throws {
        let corpus = CorpusGenerator.generate(reports: Self.reports, seed: 1)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-archive-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try corpus.write(to: folder.appendingPathComponent("archive"))
        let start = Date()
        let result = try Verifier.verify(paths: [folder.appendingPathComponent("archive").path], rules: TestRules.shipped)
        let seconds = Date().timeIntervalSince(start)
        var predicted: [String: String] = [:]
        for story in result.stories { for source in story.sources { predicted[source + ".md"] = story.id } }
        let score = BCubed(predicted: predicted, gold: corpus.gold.storyOfFile)
        let markdown = MarkdownReport(result: result, reportDirectory: "Reports").render()
        let megabytes = Double(markdown.utf8.count) / 1_000_000
        print(String(format: "generated archive: %d reports, %d gold stories, %d found; B-cubed P %.3f R %.3f F1 %.3f; "
                     + "%d uncompared; Markdown %.2f MB; %.1f s", corpus.files.count, corpus.gold.stories.count,
                     result.stories.count, score.precision, score.recall, score.f1, result.uncompared.count, megabytes, seconds))
        #expect(result.sources.count == Self.reports)
        #expect(megabytes < 5, "Markdown report of \(megabytes) MB")
        // Same-city stories days apart are kept apart by the days their leads state
        // (docs/accuracy.md, "Stories").
        #expect(score.f1 >= 0.95, "B-cubed F1 \(score.f1)")
    }
}
