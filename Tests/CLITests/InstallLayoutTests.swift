import Foundation
import Testing

/// The layout `make install` makes (`<prefix>/bin/verify`, `<prefix>/share/verify/*.yaml`
/// and `places.index`):
/// the binary finds its rules there from any folder, and says clearly when they are missing.
@Suite struct InstallLayoutTests {
    /// A prefix holding a copy of the built binary, with the rule files or without.
    private func prefix(withRules: Bool) throws -> URL {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("verify-prefix-\(UUID().uuidString)")
        let bin = prefix.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BinaryRunner.binary, to: bin.appendingPathComponent("verify"))
        if withRules {
            let share = prefix.appendingPathComponent("share/verify")
            try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
            let resources = BinaryRunner.binary.deletingLastPathComponent().appendingPathComponent("verify_VerifyKit.resources")
            for name in try FileManager.default.contentsOfDirectory(atPath: resources.path) where name.hasSuffix(".yaml") || name == "places.index" {
                try FileManager.default.copyItem(at: resources.appendingPathComponent(name), to: share.appendingPathComponent(name))
            }
        }
        return prefix
    }

    private func run(_ binary: URL, _ arguments: [String], in folder: URL) throws -> BinaryRunner.Run {
        try BinaryRunner.run(arguments, in: folder, executable: binary)
    }

    @Test func anInstalledBinaryFindsItsRulesFromAnyFolder() throws {
        let prefix = try prefix(withRules: true)
        defer { try? FileManager.default.removeItem(at: prefix) }
        let scratch = try BinaryRunner.scratchCorpus()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try run(prefix.appendingPathComponent("bin/verify"), ["Corpus", "--report", "-"], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Verification: 2 sources · 0 conflicts"))
    }

    @Test func missingRulesAreOneLineAndExitTwo() throws {
        let prefix = try prefix(withRules: false)
        defer { try? FileManager.default.removeItem(at: prefix) }
        let result = try run(prefix.appendingPathComponent("bin/verify"), ["facts", "x.txt"], in: prefix)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("verify: error: "))
        #expect(result.stderr.contains("the shipped rule files are not there"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        let version = try run(prefix.appendingPathComponent("bin/verify"), ["--version"], in: prefix)
        #expect(version.status == 0 && version.stdout == "0.1.0\n")
    }
}
