import Foundation
import Testing

/// `verify diff <a> <b>` through the built binary.
@Suite struct DiffTests {
    static let root = BinaryRunner.root
    static let corpora = BinaryRunner.corpora
    static let binary = BinaryRunner.binary

    func run(_ arguments: [String], in directory: URL = BinaryRunner.root) throws -> BinaryRunner.Run {
        try BinaryRunner.run(arguments, in: directory)
    }

    static let a = "Corpus/000_08fa226afe8f6cb6.txt"
    static let b = "Corpus/001_a7f21b431fd97f1d.txt"

    @Test func foundingPairSideBySide() throws {
        let result = try run(["diff", Self.a, Self.b])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.first == "# 000\\_08fa226afe8f6cb6 vs 001\\_a7f21b431fd97f1d")
        #expect(lines.contains("| # | event | fact | A | B | status |"))
        // The pair agrees where both speak: nothing differs; B alone names the weapon.
        #expect(!result.stdout.contains("⚠ different"))
        #expect(lines.contains { $0.contains("| weapon | — | “Iskander” ([Corpus/001\\_a7f21b431fd97f1d.txt:1](Corpus/001_a7f21b431fd97f1d.txt#L1)) | only in B |") })
        #expect(lines.contains { $0.contains("| place · place:odesa |") && $0.hasSuffix("| same, written differently |") })
        #expect(lines.contains { $0.hasPrefix("| ") && $0.hasSuffix("| only in A |") })
        #expect(result.stdout.contains("## Quotes"))
        #expect(result.stdout.contains("> In particular, on **March 10, 2022**, as a result"))
        // Byte-identical across runs.
        #expect(try run(["diff", Self.a, Self.b]).stdout == result.stdout)
    }

    @Test func swappedArgumentsSwapColumns() throws {
        let result = try run(["diff", Self.b, Self.a])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# 001\\_a7f21b431fd97f1d vs 000\\_08fa226afe8f6cb6"))
        #expect(result.stdout.contains("| weapon | “Iskander”"))
        #expect(result.stdout.contains("| only in A |"))
    }

    @Test func missingFileExitsTwoWithOneLine() throws {
        let result = try run(["diff", Self.a, "Corpus/missing.txt"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "verify: error: Corpus/missing.txt: no such file or directory\n")
    }

    @Test func unreadableFileExitsTwoNamingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let result = try run(["diff", Self.root.appendingPathComponent(Self.a).path, empty.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("verify: error: \(empty.path): "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func missingArgumentIsAUsageError() throws {
        let result = try run(["diff", Self.a])
        #expect(result.status == 2)
    }
}
