import Foundation
import Testing
@testable import VerifyKit

/// What a corpus of bad files does: each input beside a good report, with its expected
/// behaviour. A bad file gets one line naming it (or is read as well as it can be); the
/// good report is still read; nothing throws unless no report at all can be read.
@Suite struct BadInputTests {
    static let good = "KYIV, Nov 14 (Reuters) - Three people were killed in Kyiv on Friday, officials said.\n"

    /// A fresh folder holding `good.txt`.
    static func corpus() throws -> URL {
        let folder = TestPaths.temporaryFolder()
        try Data(good.utf8).write(to: folder.appendingPathComponent("good.txt"))
        return folder
    }

    /// Reads `folder`; the good report must be among the documents.
    static func read(_ folder: URL, options: IngestOptions = IngestOptions()) throws -> Corpus {
        let corpus = try CorpusLoader.load(paths: [folder.path], options: options)
        #expect(corpus.documents.contains { $0.id == "good" }, "the good report is read beside the bad input")
        return corpus
    }

    /// The one diagnostic about `name`, which must exist and be a single line.
    static func diagnostic(_ corpus: Corpus, _ name: String) -> Diagnostic? {
        let about = corpus.diagnostics.filter { $0.path.hasSuffix("/" + name) }
        #expect(about.count == 1, "one line about \(name): \(corpus.diagnostics)")
        if let first = about.first { #expect(!first.message.contains("\n")) }
        return about.first
    }

    static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    @Test func invalidUTF8InsideGoodText() throws {
        let folder = try Self.corpus()
        try Self.write(Array("Two people were injured in Lviv ".utf8) + [0xFF, 0xFE] + Array(" on Friday.\n".utf8), "bad.txt", in: folder)
        let corpus = try Self.read(folder)
        // Read, not dropped: decoded in a single-byte encoding, and said so.
        #expect(corpus.documents.contains { $0.id == "bad" })
        #expect(Self.diagnostic(corpus, "bad.txt")?.message.contains("decoded as") == true)
    }

    @Test func anEarlierRunsReportInTheFolderIsNotASource() throws {
        // `verify .` run inside the corpus writes Reports/<name>.md there; the next run skips it.
        let folder = try Self.corpus()
        let reports = folder.appendingPathComponent("Reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try Self.write(Array("# Verification: 1 source · 0 conflicts · 0 updates · 0 omissions · 0 variants\n".utf8), "Reports/old.md", in: folder)
        // A report that only opens like one is read.
        try Self.write(Array("# Verification: what the mayor said\n\nThree people were killed in Kyiv on Friday.\n".utf8), "essay.md", in: folder)
        let corpus = try Self.read(folder)
        #expect(corpus.documents.map(\.id).sorted() == ["essay", "good"])
        #expect(Self.diagnostic(corpus, "old.md")?.message == "a report written by verify, not a source; skipped")
    }

    @Test func binaryEmptyAndBlankFilesAreNamedAndSkipped() throws {
        let folder = try Self.corpus()
        try Self.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + [UInt8](repeating: 0, count: 64), "image.txt", in: folder)
        try Self.write(Array("text\0with\0nul\0bytes\0".utf8), "nul.md", in: folder)
        try Self.write([], "empty.txt", in: folder)
        try Self.write(Array(" \n\t\r\n".utf8), "blank.md", in: folder)
        let corpus = try Self.read(folder)
        #expect(corpus.documents.map(\.id) == ["good"])
        for name in ["image.txt", "nul.md", "empty.txt", "blank.md"] {
            #expect(Self.diagnostic(corpus, name)?.severity == .warning)
        }
    }

    @Test func lineEndingsAndByteOrderMarksGiveTheSameLines() throws {
        let folder = try Self.corpus()
        try Self.write(Array("Title\r\n\r\nTwo people were killed in Lviv.\rOne more died later.\n".utf8), "mixed.txt", in: folder)
        try Self.write([0xEF, 0xBB, 0xBF] + Array("Two people were killed in Lviv.\n".utf8), "bom.txt", in: folder)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "Two people were killed in Lviv.\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Self.write(utf16, "utf16.txt", in: folder)
        let corpus = try Self.read(folder)
        let mixed = try #require(corpus.documents.first { $0.id == "mixed" })
        // "One more" opens line 4 (CR alone ends line 3), column 1.
        let offset = try #require(mixed.text.utf8.firstRange(of: "One more".utf8)).lowerBound
        let start = mixed.text.utf8.distance(from: mixed.text.utf8.startIndex, to: offset)
        let location = mixed.location(of: start..<start + 3)
        #expect(location.line == 4 && location.column == 1)
        for id in ["bom", "utf16"] {
            let document = try #require(corpus.documents.first { $0.id == id })
            #expect(document.text.hasPrefix("Two people"), "\(id): no byte-order mark in the text")
        }
    }

    @Test func oneMegabyteLineIsReadWithRightColumns() throws {
        let folder = try Self.corpus()
        let line = String(repeating: "Four people were killed in Lviv. ", count: 32_000)
        try Self.write(Array((line + "Last sentence.\n").utf8), "long.txt", in: folder)
        let corpus = try Self.read(folder)
        let document = try #require(corpus.documents.first { $0.id == "long" })
        let found = try #require(document.text.utf8.firstRange(of: "Last sentence".utf8)).lowerBound
        let start = document.text.utf8.distance(from: document.text.utf8.startIndex, to: found)
        let location = document.location(of: start..<start + 4)
        #expect(location.line == 1 && location.column == line.unicodeScalars.count + 1)
    }

    /// Permissions bind only a user other than root (as root every file can be read, so the
    /// case is skipped there, and said so).
    @Test(.enabled(if: getuid() != 0, "running as root: every file is readable")) func anUnreadableFileIsNamed() throws {
        let folder = try Self.corpus()
        let locked = folder.appendingPathComponent("locked.txt")
        try Data(Self.good.utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked.path) }
        let corpus = try Self.read(folder)
        #expect(Self.diagnostic(corpus, "locked.txt")?.message.contains("cannot be read") == true)
    }

    @Test func largerThanTheLimitIsRefusedWithTheLimit() throws {
        let folder = try Self.corpus()
        try Self.write(Array(String(repeating: "Five people were killed. ", count: 50_000).utf8), "big.txt", in: folder)
        let corpus = try Self.read(folder, options: IngestOptions(maximumFileSize: 1_048_576))
        let message = try #require(Self.diagnostic(corpus, "big.txt")).message
        #expect(message.contains("too large") && message.contains("1 MiB") && message.contains("--max-file-size"))
        #expect(try Self.read(folder).documents.contains { $0.id == "big" }, "read under the default limit")
    }

    @Test func symbolicLinks() throws {
        let folder = try Self.corpus()
        let outside = TestPaths.temporaryFolder()
        try Data(Self.good.utf8).write(to: outside.appendingPathComponent("secret.txt"))
        let links = FileManager.default
        try links.createSymbolicLink(atPath: folder.appendingPathComponent("outside.txt").path, withDestinationPath: outside.appendingPathComponent("secret.txt").path)
        try links.createSymbolicLink(atPath: folder.appendingPathComponent("outside-folder").path, withDestinationPath: outside.path)
        try links.createSymbolicLink(atPath: folder.appendingPathComponent("dead.txt").path, withDestinationPath: "/nonexistent/verify/dead.txt")
        try links.createSymbolicLink(atPath: folder.appendingPathComponent("self").path, withDestinationPath: ".")
        try links.createSymbolicLink(atPath: folder.appendingPathComponent("again.txt").path, withDestinationPath: "good.txt")
        let corpus = try Self.read(folder)
        #expect(corpus.documents.map(\.id) == ["good"], "no link is followed by default")
        #expect(Self.diagnostic(corpus, "outside.txt")?.message.contains("outside the corpus") == true)
        #expect(Self.diagnostic(corpus, "outside.txt")?.severity == .warning)
        #expect(Self.diagnostic(corpus, "outside-folder")?.message.contains("--follow-symlinks") == true)
        #expect(Self.diagnostic(corpus, "dead.txt")?.message.contains("broken symbolic link") == true)
        #expect(Self.diagnostic(corpus, "self")?.message.contains("inside the corpus") == true)
        #expect(Self.diagnostic(corpus, "again.txt")?.message.contains("good.txt inside the corpus") == true)

        // Asked to follow: the outside file and folder are read, under the links' names;
        // a loop through an outside folder back to itself is named, not walked forever.
        try links.createSymbolicLink(atPath: outside.appendingPathComponent("back").path, withDestinationPath: outside.path)
        let followed = try Self.read(folder, options: IngestOptions(followingLinks: true))
        #expect(followed.documents.map(\.id).sorted() == ["good", "outside", "outside-folder/secret"])
        #expect(followed.diagnostics.contains { $0.path.hasSuffix("outside-folder/back") && $0.message.contains("already read") })
    }

    @Test func deepNestingOddNamesAndManyFiles() throws {
        let folder = try Self.corpus()
        var deep = folder
        for level in 0..<64 { deep.appendPathComponent("level\(level)") }
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try Data(Self.good.utf8).write(to: deep.appendingPathComponent("deep.txt"))
        for name in ["with space.txt", "-leading dash.txt", "Київ.txt", "new\nline.txt"] {
            try Data(Self.good.utf8).write(to: folder.appendingPathComponent(name))
        }
        let corpus = try Self.read(folder)
        #expect(corpus.documents.count == 6)
        #expect(corpus.documents.contains { $0.id.hasSuffix("level63/deep") })
        #expect(corpus.documents.contains { $0.id == "new\nline" })

        let many = TestPaths.temporaryFolder()
        for index in 0..<10_000 {
            try Data("Report \(index).\n".utf8).write(to: many.appendingPathComponent(String(format: "r%05d.txt", index)))
        }
        let (jobs, notes) = try CorpusLoader.readJobs(paths: [many.path])
        #expect(jobs.count == 10_000 && notes.isEmpty)
        #expect(jobs.map(\.id) == (0..<10_000).map { String(format: "r%05d", $0) }, "in a fixed order")
    }

    @Test func hostileFrontMatter() throws {
        let folder = try Self.corpus()
        var bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in zip("bcdefgh", "abcdefg") {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        bomb += "i: [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n---\nTwo people were killed in Lviv.\n"
        try Data(bomb.utf8).write(to: folder.appendingPathComponent("bomb.md"))
        try Data("---\ndate: [1, 2]\npublished: {a: 1}\ntitle: 5\n---\nTwo people were killed in Lviv.\n".utf8)
            .write(to: folder.appendingPathComponent("types.md"))
        try Data(("---\n" + String(repeating: "k", count: 200_000) + ": v\n---\nTwo people were killed in Lviv.\n").utf8)
            .write(to: folder.appendingPathComponent("hugekey.md"))
        let clock = ContinuousClock()
        let start = clock.now
        let corpus = try Self.read(folder)
        #expect(start.duration(to: clock.now) < .seconds(60), "aliases are not expanded into billions of nodes")
        for id in ["bomb", "types", "hugekey"] {
            let document = try #require(corpus.documents.first { $0.id == id }, "\(id) is read")
            #expect(document.text.contains("Two people were killed in Lviv."))
            #expect(document.metadata.published == nil, "\(id): no date from a value of the wrong type")
        }
    }

    @Test func pathologicalHTML() throws {
        let folder = try Self.corpus()
        let nested = "<html><body>" + String(repeating: "<div>", count: 50_000) + "<p>Two people were killed in Lviv.</p>"
            + String(repeating: "</div>", count: 50_000) + "</body></html>"
        try Data(nested.utf8).write(to: folder.appendingPathComponent("deep.html"))
        let attribute = "<html><body><p title=\"" + String(repeating: "a", count: 2_000_000) + "\">Two people were killed in Lviv.</p></body></html>"
        try Data(attribute.utf8).write(to: folder.appendingPathComponent("attribute.html"))
        let corpus = try Self.read(folder)
        for id in ["deep", "attribute"] {
            let document = try #require(corpus.documents.first { $0.id == id }, "\(id) is read")
            #expect(document.text.contains("Two people were killed in Lviv."))
        }
    }
}
