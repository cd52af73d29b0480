import Foundation
import Testing

/// User rules through the built binary: a `.verify/` folder beside a corpus and `--rules`
/// folders are merged into the shipped rules at run time, without rebuilding; a bad rule
/// file is one line naming it, and exit 2.
@Suite struct UserRulesTests {
    /// A story folder with two reports about a town no gazetteer lists.
    private func story() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Floods hit Xyloport on 3 March 2026, the mayor said.\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    private let place = "kind: place\nentries:\n  - {id: xyloport, name: Xyloport, type: town, country: gb}\n"

    @Test func aPlaceInTheCorpusRuleFolderIsMatched() throws {
        let folder = try story()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("a.txt").path
        let before = try BinaryRunner.run(["facts", report], in: folder)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(!before.stdout.contains("place:xyloport"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".verify"), withIntermediateDirectories: true)
        try place.write(to: folder.appendingPathComponent(".verify/places.yaml"), atomically: true, encoding: .utf8)
        let after = try BinaryRunner.run(["facts", report], in: folder)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.contains("place:xyloport"))
        // The check reads it too, and never takes the rule folder for a report.
        let check = try BinaryRunner.run([folder.path, "--format", "json", "--report", folder.appendingPathComponent("r.md").path], in: folder)
        #expect(check.stdout.contains("place:xyloport"))
        #expect(!check.stderr.contains("places.yaml"))
    }

    @Test func aRulesFolderIsMatched() throws {
        let folder = try story()
        let rules = try story()
        defer { try? FileManager.default.removeItem(at: folder); try? FileManager.default.removeItem(at: rules) }
        try place.write(to: rules.appendingPathComponent("places.yaml"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["facts", folder.appendingPathComponent("a.txt").path, "--rules", rules.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("place:xyloport"))
    }

    @Test func aBadRuleFileExitsTwoWithOneLine() throws {
        let folder = try story()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".verify"), withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(".verify/places.yaml")
        try "kind: place\nentries:\n  - {id: xyloport}\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run([folder.path], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "verify: error: \(file.path):3: field 'entries.name': required field is missing\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingRulesFolderIsAUsageError() throws {
        let folder = try story()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run([folder.path, "--rules", "/no/such/rules"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--rules /no/such/rules: no such folder"))
    }
}
