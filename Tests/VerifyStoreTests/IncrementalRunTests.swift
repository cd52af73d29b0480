import CorpusGen
import Foundation
import Testing
import VerifyKit
import VerifyStore

/// The run a newsroom makes most: one report added to an archive already in the cache.
/// Story grouping weighs terms by their rarity across the whole corpus, so one report more
/// changes every weight; what the cache reuses must still give the bytes of a run without it.
@Suite struct IncrementalRunTests {
    /// Reports in the archive: enough for many stories, some told in several languages.
    static let reports = 150

    /// The JSON and Markdown reports of a run over `corpus`, with `store` when given.
    static func outputs(_ corpus: String, store: (any ExtractionStore)?) throws -> (json: String, markdown: String) {
        let result = try Verifier.verify(paths: [corpus], rules: SQLiteExtractionStoreTests.rules, store: store)
        return (JSONReportFormat.render(GatedResult(result: result), context: RenderContext()),
                MarkdownReport(result: result, reportDirectory: ".", referenceDate: nil).render())
    }

    /// A generated archive in a scratch folder, and the cache folder beside it.
    static func archive() throws -> (corpus: String, cache: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-incremental-\(UUID().uuidString)")
        let corpus = folder.appendingPathComponent("archive")
        try CorpusGenerator.generate(reports: reports, seed: 1).write(to: corpus)
        try? FileManager.default.removeItem(at: corpus.appendingPathComponent("gold.json"))
        return (corpus.path, folder.appendingPathComponent(".verify-cache").path)
    }

    /// Fills the cache over `corpus`, adds `file` with `text`, and checks that the run served
    /// from the cache reads only the new report and gives the bytes of an uncached run.
    func addOne(named file: String, text: (String) throws -> String) throws {
        let (corpus, cache) = try Self.archive()
        defer { try? FileManager.default.removeItem(atPath: (corpus as NSString).deletingLastPathComponent) }
        let filling = try SQLiteExtractionStore(folder: cache)
        let before = try Self.outputs(corpus, store: filling)
        filling.close()
        let full = try SQLiteExtractionStore(folder: cache)
        #expect(try Self.outputs(corpus, store: full) == Self.outputs(corpus, store: nil))
        #expect(try Self.outputs(corpus, store: nil) == before)
        #expect(full.counts.hits == Self.reports && full.counts.misses == 0)
        full.close()

        try text(corpus).write(toFile: corpus + "/" + file, atomically: true, encoding: .utf8)
        let added = try SQLiteExtractionStore(folder: cache)
        let served = try Self.outputs(corpus, store: added)
        #expect(added.counts.hits == Self.reports && added.counts.misses == 1, "only the new report is read")
        added.close()
        let fresh = try Self.outputs(corpus, store: nil)
        #expect(served.json == fresh.json, "JSON: byte for byte a run without the cache")
        #expect(served.markdown == fresh.markdown, "Markdown: byte for byte a run without the cache")
        #expect(served.json != before.json, "the new report is in the result")
    }

    @Test func oneNewReportGivesTheBytesOfAnUncachedRun() throws {
        let extra = try #require(CorpusGenerator.generate(reports: 1, seed: 2).files.first)
        try addOne(named: "zz-added-" + extra.name) { _ in extra.text }
    }

    @Test func aCopyOfAReportGivesTheBytesOfAnUncachedRun() throws {
        // A copy changes which reports count as one voice, and the document frequencies.
        try addOne(named: "zz-copy.md") { corpus in
            let names = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()
            return try String(contentsOfFile: corpus + "/" + names[names.count / 2], encoding: .utf8)
        }
    }
}
