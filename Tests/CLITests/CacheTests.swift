import Foundation
import Testing

/// `verify` keeps extractions in `.verify-cache/` beside the corpus, reuses them with the
/// same bytes out, and leaves no cache with `--no-cache`.
@Suite struct CacheTests {
    @Test func theSecondRunReusesEveryReport() throws {
        let scratch = try BinaryRunner.scratchCorpus()
        let first = try BinaryRunner.run(["Corpus", "--format", "json"], in: scratch)
        #expect(first.stderr.contains("cache: 0 of 2 reports reused, 2 read"), Comment(rawValue: first.stderr))
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent(".verify-cache/extractions.sqlite").path))
        let second = try BinaryRunner.run(["Corpus", "--format", "json"], in: scratch)
        #expect(second.stderr.contains("cache: 2 of 2 reports reused, 0 read"), Comment(rawValue: second.stderr))
        #expect(second.stdout == first.stdout && second.status == first.status)
        let report = try String(contentsOf: scratch.appendingPathComponent("Reports/Corpus.md"), encoding: .utf8)
        let uncached = try BinaryRunner.run(["Corpus", "--no-cache", "--report", "Reports/uncached.md"], in: scratch)
        #expect(!uncached.stderr.contains("cache:"))
        #expect(try String(contentsOf: scratch.appendingPathComponent("Reports/uncached.md"), encoding: .utf8) == report)
    }

    @Test func aReportAddedToACachedCorpusGivesTheBytesOfAnUncachedRun() throws {
        let scratch = try BinaryRunner.scratchCorpus()
        _ = try BinaryRunner.run(["Corpus"], in: scratch)
        let added = """
            ---
            title: Ministry summons envoy after strike
            outlet: Example Wire
            published: 2025-11-15T09:10:00+02:00
            ---
            The foreign ministry summoned the Russian ambassador on Friday after the overnight strike
            on Kyiv of 14 November 2025, officials said. At least 6 people were killed and 35 injured.
            """
        try added.write(to: scratch.appendingPathComponent("Corpus/002_added.md"), atomically: true, encoding: .utf8)
        let cached = try BinaryRunner.run(["Corpus", "--format", "json"], in: scratch)
        #expect(cached.stderr.contains("cache: 2 of 3 reports reused, 1 read"), Comment(rawValue: cached.stderr))
        let uncached = try BinaryRunner.run(["Corpus", "--no-cache", "--format", "json", "--report", "Reports/uncached.md"],
                                            in: scratch)
        #expect(cached.stdout == uncached.stdout && cached.status == uncached.status)
        #expect(try String(contentsOf: scratch.appendingPathComponent("Reports/uncached.md"), encoding: .utf8)
                == String(contentsOf: scratch.appendingPathComponent("Reports/Corpus.md"), encoding: .utf8))
        #expect(cached.stdout.contains("002_added"))
    }

    @Test func aCorruptCacheIsRebuiltWithOneWarning() throws {
        let scratch = try BinaryRunner.scratchCorpus()
        let clean = try BinaryRunner.run(["Corpus", "--format", "json"], in: scratch)
        try Data("not a database at all".utf8).write(to: scratch.appendingPathComponent(".verify-cache/extractions.sqlite"))
        let rebuilt = try BinaryRunner.run(["Corpus", "--format", "json"], in: scratch)
        let warnings = rebuilt.stderr.split(separator: "\n").filter { $0.contains("rebuilt") }
        #expect(warnings.count == 1, Comment(rawValue: rebuilt.stderr))
        #expect(rebuilt.stderr.contains("cache: 0 of 2 reports reused, 2 read"), Comment(rawValue: rebuilt.stderr))
        #expect(rebuilt.stdout == clean.stdout && rebuilt.status == clean.status)
    }

    @Test func noCacheWritesNoneAndCacheNamesTheFolder() throws {
        let scratch = try BinaryRunner.scratchCorpus()
        _ = try BinaryRunner.run(["Corpus", "--no-cache"], in: scratch)
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent(".verify-cache").path))
        let run = try BinaryRunner.run(["Corpus", "--cache", "elsewhere"], in: scratch)
        #expect(run.stderr.contains("cache: 0 of 2"), Comment(rawValue: run.stderr))
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("elsewhere/extractions.sqlite").path))
        // A cache folder that cannot be made is named, and the run goes on without it.
        let blocked = try BinaryRunner.run(["Corpus", "--cache", "/proc/verify-cache"], in: scratch)
        #expect(blocked.stderr.contains("running without a cache"), Comment(rawValue: blocked.stderr))
        #expect(blocked.status == run.status)
    }
}
