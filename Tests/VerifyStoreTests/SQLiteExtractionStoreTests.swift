import Foundation
import GRDB
import Testing
import TestSupport
import VerifyKit
import VerifyStore

/// The extraction cache: a run served from it gives the same bytes; a changed report is
/// read again; a corrupt, foreign, outdated or busy cache is never trusted.
@Suite struct SQLiteExtractionStoreTests {
    static let rules: RuleSet = {
        do { return try RuleSet.load() } catch { preconditionFailure("shipped rules do not load: \(error)") }
    }()

    /// A scratch folder holding a copy of `Corpus/` and an empty cache folder path.
    static func scratch() throws -> (corpus: String, cache: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let corpus = folder.appendingPathComponent("Corpus")
        try FileManager.default.copyItem(at: RepositoryPaths.root.appendingPathComponent("Corpus"), to: corpus)
        return (corpus.path, folder.appendingPathComponent(".verify-cache").path)
    }

    /// The JSON report of a run over `corpus`, with `store` when given.
    static func json(_ corpus: String, store: (any ExtractionStore)?) throws -> String {
        let result = try Verifier.verify(paths: [corpus], rules: rules, store: store)
        return JSONReportFormat.render(GatedResult(result: result), context: RenderContext())
    }

    @Test func aCachedRunGivesTheSameBytesAndReadsOnlyWhatChanged() throws {
        let (corpus, cache) = try Self.scratch()
        let uncached = try Self.json(corpus, store: nil)
        let first = try SQLiteExtractionStore(folder: cache)
        #expect(try Self.json(corpus, store: first) == uncached)
        #expect(first.counts.hits == 0 && first.counts.misses == 2)
        #expect(first.warnings.isEmpty)
        let second = try reopen(first, cache)
        #expect(try Self.json(corpus, store: second) == uncached, "served from the cache, byte for byte")
        #expect(second.counts.hits == 2 && second.counts.misses == 0)

        // One report changes: only it is read again, and the result is a fresh run's.
        let file = corpus + "/001_a7f21b431fd97f1d.txt"
        try (String(contentsOfFile: file, encoding: .utf8) + "\nFour people were injured, officials said.\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let third = try reopen(second, cache)
        #expect(try Self.json(corpus, store: third) == Self.json(corpus, store: nil))
        #expect(third.counts.hits == 1 && third.counts.misses == 1)
    }

    /// Closes `store` (releasing its lock) and opens the folder again.
    func reopen(_ store: SQLiteExtractionStore, _ folder: String) throws -> SQLiteExtractionStore {
        store.close()
        return try SQLiteExtractionStore(folder: folder)
    }

    @Test func aCorruptCacheIsRebuiltWithAWarning() throws {
        let (corpus, cache) = try Self.scratch()
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: URL(fileURLWithPath: cache + "/" + SQLiteExtractionStore.fileName))
        let store = try SQLiteExtractionStore(folder: cache)
        #expect(store.warnings.count == 1 && store.warnings[0].contains("rebuilt"), "\(store.warnings)")
        #expect(try Self.json(corpus, store: store) == Self.json(corpus, store: nil))
    }

    @Test func aForeignOrOutdatedDatabaseIsRebuilt() throws {
        let (_, cache) = try Self.scratch()
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let path = cache + "/" + SQLiteExtractionStore.fileName
        // Another program's database in the cache's place.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')")
        }
        let foreign = try SQLiteExtractionStore(folder: cache)
        #expect(foreign.warnings.first?.contains("not a verify cache") == true, "\(foreign.warnings)")
        foreign.close()
        // This tool's cache from a schema it no longer writes.
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "UPDATE meta SET value = '0' WHERE name = 'schema'") }
        let outdated = try SQLiteExtractionStore(folder: cache)
        #expect(outdated.warnings.first?.contains("schema 0") == true, "\(outdated.warnings)")
        outdated.close()
        let clean = try SQLiteExtractionStore(folder: cache)
        #expect(clean.warnings.isEmpty)
    }

    @Test func aCacheInUseIsNotShared() throws {
        let (_, cache) = try Self.scratch()
        let holder = try SQLiteExtractionStore(folder: cache)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: SQLiteExtractionStore.Unavailable.self) { try SQLiteExtractionStore(folder: cache) }
        #expect(start.duration(to: clock.now) >= .seconds(SQLiteExtractionStore.lockWait), "waited for the other run first")
        holder.close()
        #expect(throws: Never.self) { try SQLiteExtractionStore(folder: cache) }
    }

    @Test func entriesUnusedForManyRunsAreDropped() throws {
        let (corpus, cache) = try Self.scratch()
        var store = try SQLiteExtractionStore(folder: cache)
        _ = try Self.json(corpus, store: store)
        for _ in 0...SQLiteExtractionStore.keptRuns {
            store = try reopen(store, cache)
            store.save([])
        }
        store = try reopen(store, cache)
        _ = try Self.json(corpus, store: store)
        #expect(store.counts.hits == 0 && store.counts.misses == 2)
    }

    /// A run keeps its stories' alignments, the reports' sketches and its copy trace; the
    /// next run takes the stories from the cache.
    @Test func storiesSketchesAndTheCopyTraceAreKept() throws {
        let (corpus, cache) = try Self.scratch()
        let first = try SQLiteExtractionStore(folder: cache)
        let before = try Self.json(corpus, store: first)
        #expect(first.storyCounts.hits == 0 && first.storyCounts.misses > 0)
        first.close()
        let database = try DatabaseQueue(path: cache + "/" + SQLiteExtractionStore.fileName)
        let rows = try database.read { db in
            try ["sketches", "stories", "traces"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0 }
        }
        try database.close()
        #expect(rows == [2, first.storyCounts.misses, 1], "two sketches, every story, one trace")
        let second = try SQLiteExtractionStore(folder: cache)
        #expect(try Self.json(corpus, store: second) == before)
        #expect(second.storyCounts.hits == first.storyCounts.misses && second.storyCounts.misses == 0)
        second.close()
    }

    @Test func anUnwritableFolderIsNamed() throws {
        #expect(throws: SQLiteExtractionStore.Unavailable.self) { try SQLiteExtractionStore(folder: "/proc/verify-cache") }
    }
}
