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
        #expect(added.storyCounts.hits > 0, "the stories the new report leaves alone are taken from the cache")
    }

    /// Fills the cache over `corpus`, changes it with `edit`, and checks that the run served
    /// from the cache reads `read` reports, takes some stories from the cache, aligns some
    /// again, and gives the bytes of an uncached run; `check` looks at the uncached result.
    func change(reads read: Int, reused: Int, _ edit: (String) throws -> Void,
                check: (VerificationResult) throws -> Void = { _ in }) throws {
        let (corpus, cache) = try Self.archive()
        defer { try? FileManager.default.removeItem(atPath: (corpus as NSString).deletingLastPathComponent) }
        let filling = try SQLiteExtractionStore(folder: cache)
        let before = try Self.outputs(corpus, store: filling)
        filling.close()
        try edit(corpus)
        let store = try SQLiteExtractionStore(folder: cache)
        let served = try Self.outputs(corpus, store: store)
        #expect(store.counts.hits == reused && store.counts.misses == read)
        #expect(store.storyCounts.hits > 0, "unchanged stories are taken from the cache")
        #expect(store.storyCounts.misses > 0, "the changed story is aligned again")
        store.close()
        let fresh = try Self.outputs(corpus, store: nil)
        #expect(served.json == fresh.json, "JSON: byte for byte a run without the cache")
        #expect(served.markdown == fresh.markdown, "Markdown: byte for byte a run without the cache")
        #expect(served.json != before.json, "the change is in the result")
        // Once more: now every story is in the cache, and the bytes stay the same.
        let again = try SQLiteExtractionStore(folder: cache)
        #expect(try Self.outputs(corpus, store: again) == fresh)
        #expect(again.storyCounts.misses == 0, "a second run aligns no story")
        again.close()
        try check(try Verifier.verify(paths: [corpus], rules: SQLiteExtractionStoreTests.rules))
    }

    /// The report files of the archive, sorted.
    static func reportNames(_ corpus: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// A report of a story of several sources (from an uncached run over `corpus`).
    static func reportOfAStory(_ corpus: String) throws -> String {
        let result = try Verifier.verify(paths: [corpus], rules: SQLiteExtractionStoreTests.rules)
        let story = try #require(result.stories.first { $0.sources.count >= 3 })
        let names = try reportNames(corpus)
        return try #require(names.first { ($0 as NSString).deletingPathExtension == story.sources[1] })
    }

    @Test func aRemovedReportGivesTheBytesOfAnUncachedRun() throws {
        try change(reads: 0, reused: Self.reports - 1) { corpus in
            try FileManager.default.removeItem(atPath: corpus + "/" + (try Self.reportOfAStory(corpus)))
        }
    }

    @Test func aChangedReportGivesTheBytesOfAnUncachedRun() throws {
        try change(reads: 1, reused: Self.reports - 1) { corpus in
            let path = corpus + "/" + (try Self.reportOfAStory(corpus))
            let text = try String(contentsOfFile: path, encoding: .utf8)
            // One figure more in the last paragraph: the same story, one fact more.
            try (text + "\nAt least 12 people were injured, officials said.\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    @Test func aReportThatJoinsAStoryGivesTheBytesOfAnUncachedRun() throws {
        var joined = ""
        try change(reads: 1, reused: Self.reports, { corpus in
            // The same story in other words: a word between every three, so that no run of
            // five words is shared (not a copy of the report it retells).
            let name = try Self.reportOfAStory(corpus)
            let text = try String(contentsOfFile: corpus + "/" + name, encoding: .utf8)
            let body = text.components(separatedBy: "\n---\n")
            let head = body.count > 1 ? body[0] + "\n---\n" : ""
            var count = 0
            let retold = (body.last ?? text).split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                count += 1
                return count % 3 == 0 ? word + " indeed" : String(word)
            }.joined(separator: " ")
            joined = "zz-retold-" + name
            try (head.replacingOccurrences(of: "title:", with: "title: Retold:") + retold)
                .write(toFile: corpus + "/" + joined, atomically: true, encoding: .utf8)
        }, check: { result in
            let id = (joined as NSString).deletingPathExtension
            let story = try #require(result.stories.first { $0.sources.contains(id) })
            #expect(story.sources.count >= 3, "the retold report joins the story it retells")
            #expect(!result.copies.contains { $0.source == id }, "and is not a copy")
        })
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
