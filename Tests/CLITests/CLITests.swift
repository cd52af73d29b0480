import Foundation
import Testing

/// Runs the built `verify` binary and checks its standard output, standard error and exit status.
@Suite struct CLITests {
    static let root = BinaryRunner.root
    static let corpora = BinaryRunner.corpora
    static let binary = BinaryRunner.binary

    /// A scratch copy of Corpus/ to run in, so that the reports these runs write never
    /// touch the repository (Reports/Corpus.md is checked by ReportIsCurrentTests).
    static let scratch: URL = try! BinaryRunner.scratchCorpus()

    func run(_ arguments: [String], in directory: URL = CLITests.scratch) throws -> BinaryRunner.Run {
        try BinaryRunner.run(arguments, in: directory)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func defaultRunListsTheFoundingPair() throws {
        let result = try run([])
        #expect(result.status == 0, "\(result.stderr)")
        // The founding pair never contradicts itself: omissions and variants, no conflict.
        #expect(result.stdout.hasPrefix("2 sources · 0 conflicts · 0 updates · "))
        #expect(result.stdout.contains("omission weapon:"))
        #expect(result.stdout.contains("variant place:"))
    }

    @Test func jsonEnvelope() throws {
        let result = try run(["Corpus/", "--format", "json"])
        #expect(result.status == 0)
        let object = try json(result.stdout)
        #expect(object["schemaVersion"] as? Int == 1)
        #expect((object["tool"] as? [String: Any])?["name"] as? String == "verify")
        let sources = try #require(object["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["000_08fa226afe8f6cb6", "001_a7f21b431fd97f1d"])
        #expect(sources.first?["path"] as? String == "Corpus/000_08fa226afe8f6cb6.txt")
        #expect((sources.first?["sha256"] as? String)?.count == 64)
        // Byte-identical across runs.
        #expect(try run(["Corpus/", "--format", "json"]).stdout == result.stdout)
    }

    @Test func jsonListsStoriesAndSingleStoryMakesOne() throws {
        let result = try run(["Corpus/", "--format", "json", "--single-story"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        let stories = try #require(object["stories"] as? [[String: Any]])
        #expect(stories.count == 1)
        #expect(stories.first?["sources"] as? [String] == ["000_08fa226afe8f6cb6", "001_a7f21b431fd97f1d"])
        #expect((object["uncompared"] as? [Any])?.isEmpty == true)
        // The founding pair is one story by content too: the flag changes nothing here.
        #expect(try run(["Corpus/", "--format", "json"]).stdout == result.stdout)
    }

    @Test(.enabled(if: CLITests.corpora != nil, "../shared/corpora is absent"))
    func embassyCaseListsTenSources() throws {
        let folder = try #require(Self.corpora).appendingPathComponent("embassy-kyiv-2025").path
        let result = try run([folder, "--format", "json", "--no-cache"])
        // The case holds real conflicts (Iskander vs Patriot): the default --fail-on conflict exits 1.
        #expect(result.status == 1, "\(result.stderr)")
        let sources = try #require(try json(result.stdout)["sources"] as? [[String: Any]])
        // The folder holds nine reports and gold.json (the "10 sources" counts the folder's files).
        #expect(sources.count == 9)
        let lenta = try #require(sources.first { $0["id"] as? String == "lenta" })
        #expect(lenta["encoding"] as? String == "windows-1251")
        #expect(lenta["languages"] as? [String] == ["ru"])
        #expect(lenta["published"] as? String == "2025-11-16T11:20:00")
        let charter = try #require(sources.first { $0["id"] as? String == "charter97" })
        #expect(charter["published"] as? String == "2025-11-14T16:54:00+03:00")
        #expect(result.stderr.contains("gold.json"))   // a note: not a report, skipped
    }

    @Test func missingPathExitsTwoNamingIt() throws {
        let result = try run(["no-such-folder"])
        #expect(result.status == 2)
        #expect(result.stderr == "verify: error: no-such-folder: no such file or directory\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func emptyFolderExitsTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run([folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(folder.path))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func badFilesAreNamedAndTheRestRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.md"))
        try Data("<html><body><p>Kyiv was hit on 14 November 2025.</p></body></html>".utf8).write(to: folder.appendingPathComponent("ok.html"))
        try Data("A good report about Kyiv.\n".utf8).write(to: folder.appendingPathComponent("good.txt"))
        let unreadable = folder.appendingPathComponent("locked.txt")
        try Data("secret".utf8).write(to: unreadable)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: unreadable.path)
        let result = try run([folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        // As root the chmod 000 file is still readable.
        #expect(result.stdout.hasPrefix(getuid() == 0 ? "3 sources" : "2 sources"))
        #expect(result.stderr.contains("binary.txt: binary file"))
        #expect(result.stderr.contains("empty.md: empty file"))
        if getuid() != 0 { #expect(result.stderr.contains("locked.txt: cannot be read")) }
    }

    @Test func hugeFilesAreSkippedWithoutBeingRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-huge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let huge = folder.appendingPathComponent("huge.txt")
        try #require(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 65 * 1_048_576)   // sparse: over the 64 MiB limit
        try handle.close()
        try Data("A good report about Kyiv.\n".utf8).write(to: folder.appendingPathComponent("good.txt"))
        let result = try run([folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 source"))
        #expect(result.stderr.contains("huge.txt: file too large (65 MiB, limit 64 MiB; --max-file-size raises it); skipped"))
    }

    @Test func onlyBadFilesExitTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-allbad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        let result = try run([folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("empty.txt: empty file"))
        #expect(result.stderr.contains("none of the 1 report files could be read"))
    }

    @Test(arguments: [["--format", "nope"], ["--fail-on", "sometimes"], ["--reference-date", "2025-13-01"], ["--baseline", "no-such-baseline.json"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try run(["Corpus"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("verify: "))
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("0.1.0"))
    }

    @Test func factsListsSentencesWithLocations() throws {
        let result = try run(["facts", "Corpus/001_a7f21b431fd97f1d.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Corpus/001_a7f21b431fd97f1d.txt:5:1: During the meeting, a strong protest was expressed"))
        let json = try run(["facts", "Corpus/000_08fa226afe8f6cb6.txt", "--format", "json"])
        let object = try self.json(json.stdout)
        let setAside = try #require(object["setAside"] as? [[String: Any]])
        let reasons = setAside.compactMap { $0["reason"] as? String }
        #expect(reasons.contains { $0.hasPrefix("tag cloud") })
        #expect(reasons.filter { $0.hasPrefix("headline in another language") }.count == 2)
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(!sentences.contains { ($0["text"] as? String)?.contains("WUF13") == true })
        #expect(!sentences.contains { ($0["text"] as? String)?.contains("XİN") == true })
    }
}
