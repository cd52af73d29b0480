import Foundation
import Testing
@testable import VerifyKit
import VerifyHTML

/// For every sentence of every file, the reported location must select the same text in
/// the original file (after the markup the reader removed is removed from the slice too).
@Suite struct LocationRoundTripTests {
    @Test(.enabled(if: TestPaths.corpora != nil, "../shared/corpora is absent"))
    func everySentenceOfEveryCorpusFileMapsBack() throws {
        var checked = 0
        for folder in TestPaths.cases {
            let corpus = try CorpusLoader.load(paths: [folder.path])
            checked += try verify(corpus)
        }
        #expect(checked > 300)
        print("location round trip: \(checked) sentences and blocks checked")
    }

    @Test func fixturesWithCRLFAndBOMMapBack() throws {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let crlf = "Title line\r\n\r\nKYIV, 14 November 2025, 06:50\r\n\r\nОдна ракета упала около 01:00. A second sentence follows.\r\n"
        try Data(crlf.utf8).write(to: folder.appendingPathComponent("crlf.txt"))
        try Data([0xEF, 0xBB, 0xBF] + Array("Kyiv is hit.\rOdesa too.\r".utf8)).write(to: folder.appendingPathComponent("bom-cr.txt"))
        let utf16 = "Line one.\nПосольство повреждено.\n"
        try Data([0xFF, 0xFE] + utf16.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: folder.appendingPathComponent("utf16.txt"))
        let corpus = try CorpusLoader.load(paths: [folder.path])
        #expect(corpus.documents.count == 3)
        #expect(try verify(corpus) >= 6)
        let document = try #require(corpus.documents.first { $0.id == "crlf" })
        let sentence = try #require(SentenceSplitter().sentences(of: document).first { document.slice($0.range).hasPrefix("A second") })
        let location = document.location(of: sentence.range)
        #expect(location.line == 5)
        #expect(location.column == 32)   // 31 characters ("Одна ракета упала около 01:00. ") precede it
    }

    /// Checks every sentence and set-aside block of every document; returns how many.
    private func verify(_ corpus: Corpus) throws -> Int {
        let splitter = SentenceSplitter()
        var count = 0
        for document in corpus.documents {
            let original = try originalText(of: document)
            let lines = original.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            var ranges = splitter.sentences(of: document).map(\.range)
            ranges += document.blocks.filter { !$0.isBody }.map(\.range)
            for range in ranges {
                let location = document.location(of: range)
                let slice = extract(lines: lines, location)
                #expect(normalise(slice, html: document.format != .text) == normalise(document.slice(range), html: document.format != .text),
                        "\(location): \(document.slice(range))")
                count += 1
            }
        }
        return count
    }

    private func originalText(of document: SourceDocument) throws -> String {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: document.path)))
        return try SourceDecoder.decode(bytes, html: document.format == .html).text
    }

    private func extract(lines: [Substring], _ location: VerifyKit.SourceLocation) -> String {
        var pieces: [String] = []
        for line in location.line...location.endLine {
            let scalars = Array(lines[line - 1].unicodeScalars)
            let from = line == location.line ? location.column - 1 : 0
            let to = line == location.endLine ? location.endColumn - 1 : scalars.count
            guard from <= to, to <= scalars.count else { return "<out of range \(from)..<\(to) of \(scalars.count)>" }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[from..<to])
            pieces.append(String(piece))
        }
        return pieces.joined(separator: "\n")
    }

    /// Drops markup (tags, entities, Markdown emphasis and link targets) and folds white space.
    private func normalise(_ text: String, html: Bool) -> String {
        var result = text
        if html {
            result = result.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
            result = result.replacingOccurrences(of: #"\]\([^)]*\)"#, with: "", options: .regularExpression)
            result = HTMLCharacterReference.decodeAll(in: result)
            result = String(result.unicodeScalars.filter { !"*_`[]#>".unicodeScalars.contains($0) }.map(Character.init))
        }
        return result.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " ")
    }
}
