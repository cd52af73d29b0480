import Foundation
import Testing

/// A run writes only its outputs, all or nothing: the corpus is never written to, and a run
/// killed at any moment leaves the previous report and baseline intact.
@Suite(.serialized) struct WriteSafetyTests {
    /// Every file under `folder` (hidden ones included) with its bytes, by relative path.
    static func checksums(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let walk = FileManager.default.enumerator(atPath: base) else { return result }
        for case let relative as String in walk {
            let path = base + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                result[relative + "/"] = Data()
                continue
            }
            result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return result
    }

    @Test func theCorpusIsNeverWrittenTo() throws {
        let scratch = try BinaryRunner.scratchCorpus()
        let corpus = scratch.appendingPathComponent("Corpus")
        let before = try Self.checksums(corpus)
        for arguments in [["Corpus"], ["Corpus", "--format", "sarif"], ["Corpus", "--write-baseline", "baseline.json"],
                          ["facts", "Corpus/000_08fa226afe8f6cb6.txt"], ["Corpus", "--format", "github"], ["diff", "Corpus/000_08fa226afe8f6cb6.txt", "Corpus/001_a7f21b431fd97f1d.txt"]] {
            let run = try BinaryRunner.run(arguments, in: scratch)
            #expect(run.status == 0 || run.status == 1, "\(arguments): \(run.stderr)")
            #expect(try Self.checksums(corpus) == before, "\(arguments) changed the corpus")
        }
    }

    /// A corpus of `count` reports: the founding pair under many names, each with its own figure.
    static func largeCorpus(in folder: URL, count: Int) throws -> URL {
        let corpus = folder.appendingPathComponent("Large")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let sources = try FileManager.default.contentsOfDirectory(atPath: BinaryRunner.root.appendingPathComponent("Corpus").path).sorted()
        let texts = try sources.map { try String(contentsOf: BinaryRunner.root.appendingPathComponent("Corpus/\($0)"), encoding: .utf8) }
        for index in 0..<count {
            let text = texts[index % texts.count] + "\nOfficials said \(index % 7 + 2) people were injured.\n"
            try Data(text.utf8).write(to: corpus.appendingPathComponent(String(format: "report-%04d.txt", index)))
        }
        return corpus
    }

    @Test func aKilledRunLeavesThePreviousReportIntact() throws {
        let scratch = try BinaryRunner.scratchCorpus()
        let large = try Self.largeCorpus(in: scratch, count: 120)
        let report = scratch.appendingPathComponent("Reports/out.md").path
        // Baselines name sources relative to their folder: both at the same depth.
        let baseline = scratch.appendingPathComponent("Baselines/baseline.json").path
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("Baselines"), withIntermediateDirectories: true)
        // The previous outputs, from the small corpus.
        let first = try BinaryRunner.run(["Corpus", "--report", report, "--write-baseline", baseline], in: scratch)
        #expect(first.status == 0 || first.status == 1, Comment(rawValue: first.stderr))
        let previousReport = try Data(contentsOf: URL(fileURLWithPath: report))
        let previousBaseline = try Data(contentsOf: URL(fileURLWithPath: baseline))
        let corpusBefore = try Self.checksums(large)
        // What a whole run over the large corpus writes, for comparison.
        let wholeFolder = scratch.appendingPathComponent("whole")
        try FileManager.default.createDirectory(at: wholeFolder, withIntermediateDirectories: true)
        let whole = try BinaryRunner.run([large.path, "--no-cache", "--report", wholeFolder.appendingPathComponent("out.md").path,
                                          "--write-baseline", wholeFolder.appendingPathComponent("baseline.json").path], in: scratch)
        #expect(whole.status == 0 || whole.status == 1, Comment(rawValue: whole.stderr))
        let wholeReport = try Data(contentsOf: wholeFolder.appendingPathComponent("out.md"))
        let wholeBaseline = try Data(contentsOf: wholeFolder.appendingPathComponent("baseline.json"))
        #expect(wholeReport != previousReport)

        for delay in [0.05, 0.2, 0.5, 1.0, 2.0] {
            let process = Process()
            process.executableURL = BinaryRunner.binary
            // Without the cache, so that every run does the whole work and is killed in it.
            process.arguments = [large.path, "--no-cache", "--report", report, "--write-baseline", baseline]
            process.currentDirectoryURL = scratch
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Either output is the previous one or the whole new one, never a part.
            let nowReport = try Data(contentsOf: URL(fileURLWithPath: report))
            let nowBaseline = try Data(contentsOf: URL(fileURLWithPath: baseline))
            #expect(nowReport == previousReport || nowReport == wholeReport, "killed after \(delay) s: a partial report")
            #expect(nowBaseline == previousBaseline || nowBaseline == wholeBaseline, "killed after \(delay) s: a partial baseline")
            #expect(try Self.checksums(large) == corpusBefore, "killed after \(delay) s: the corpus changed")
        }
    }
}
