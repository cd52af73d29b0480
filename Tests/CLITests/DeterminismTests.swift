import Foundation
import Testing

/// Same corpus, same bytes out: whatever the number of workers, and from one run to the next.
@Suite struct DeterminismTests {
    @Test func outputDoesNotDependOnTheWorkerCount() throws {
        let folder = try BinaryRunner.scratchCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        if let corpora = BinaryRunner.corpora {
            // A richer case when the shared corpora are at hand.
            try FileManager.default.copyItem(at: corpora.appendingPathComponent("embassy-kyiv-2025"),
                                             to: folder.appendingPathComponent("Case"))
        }
        let paths = FileManager.default.fileExists(atPath: folder.appendingPathComponent("Case").path) ? ["Case"] : ["Corpus"]
        let one = try BinaryRunner.run(paths + ["--format", "json", "--report", "one.md"], in: folder, environment: ["VERIFY_JOBS": "1"])
        let many = try BinaryRunner.run(paths + ["--format", "json", "--report", "many.md"], in: folder, environment: ["VERIFY_JOBS": "4"])
        #expect(one.status != 2 && one.status == many.status)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == many.stdout)
        let reportOne = try String(contentsOf: folder.appendingPathComponent("one.md"), encoding: .utf8)
        let reportMany = try String(contentsOf: folder.appendingPathComponent("many.md"), encoding: .utf8)
        #expect(reportOne == reportMany)
    }
}
