import Foundation
import Testing
@testable import VerifyKit

/// Runs ingestion over every case of ../shared/corpora (skipped when the folder is absent).
@Suite(.enabled(if: TestPaths.corpora != nil, "../shared/corpora is absent"))
struct CorpusIngestionTests {
    struct GoldSource: Decodable {
        var published: String?
        var language: String?
        var encoding: String?
    }
    struct Gold: Decodable { var sources: [String: GoldSource] }

    func gold(_ folder: URL) throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: folder.appendingPathComponent("gold.json")))
    }

    @Test func everyFileOfEveryCaseIsIngested() throws {
        try #require(!TestPaths.cases.isEmpty, "no case folder in \(TestPaths.corpora?.path ?? "-")")
        for folder in TestPaths.cases {
            let corpus = try CorpusLoader.load(paths: [folder.path])
            let gold = try gold(folder)
            #expect(!gold.sources.isEmpty, "\(folder.lastPathComponent): gold lists no source")
            let ids = Set(corpus.documents.map(\.id))
            for name in gold.sources.keys {
                #expect(ids.contains((name as NSString).deletingPathExtension), "\(folder.lastPathComponent)/\(name) not ingested")
            }
            let warnings = corpus.diagnostics.filter { $0.severity >= .warning }
            #expect(warnings.isEmpty, "\(warnings)")
        }
    }

    @Test func encodingsAndLanguagesMatchGold() throws {
        try #require(!TestPaths.cases.isEmpty, "no case folder in \(TestPaths.corpora?.path ?? "-")")
        var checked = 0
        for folder in TestPaths.cases {
            let corpus = try CorpusLoader.load(paths: [folder.path])
            for (name, source) in try gold(folder).sources {
                let id = (name as NSString).deletingPathExtension
                guard let document = corpus.documents.first(where: { $0.id == id }) else {
                    Issue.record("\(folder.lastPathComponent)/\(name) not ingested")
                    continue
                }
                checked += 1
                #expect(document.encoding.lowercased() == (source.encoding ?? "utf-8").lowercased(), "\(name)")
                if let language = source.language {
                    #expect(document.metadata.languages.first == language, "\(name): \(document.metadata.languages)")
                }
            }
        }
        #expect(checked > 0)
    }

    @Test func legacyRussianReportDecodesToCyrillic() throws {
        let folder = try #require(TestPaths.corpora).appendingPathComponent("embassy-kyiv-2025")
        let corpus = try CorpusLoader.load(paths: [folder.appendingPathComponent("lenta.txt").path])
        let document = try #require(corpus.documents.first)
        #expect(document.encoding == "windows-1251")
        #expect(document.text.contains("посольства Азербайджана в Киеве"))
        #expect(document.metadata.languages == ["ru"])
    }

    /// A published time we report must agree with gold: same local date, and the same
    /// instant when both carry a zone. Files whose header states a date must have one.
    @Test func publishedTimesAgreeWithGold() throws {
        var found = 0
        var total = 0
        for folder in TestPaths.cases {
            let corpus = try CorpusLoader.load(paths: [folder.path])
            for (name, source) in try gold(folder).sources {
                let id = (name as NSString).deletingPathExtension
                guard let expected = source.published else { continue }
                guard let document = corpus.documents.first(where: { $0.id == id }) else {
                    Issue.record("\(folder.lastPathComponent)/\(name) not ingested")
                    continue
                }
                total += 1
                guard let published = document.metadata.published else {
                    // A dateline stands at the head of one of the first lines.
                    let header = document.text.split(separator: "\n").prefix(3).map { $0.prefix(80) }.joined(separator: "\n")
                    #expect(!headerStatesDate(header), "\(name): header states a date but none was read")
                    continue
                }
                found += 1
                let iso = published.iso8601
                let expectedDate = String(expected.prefix(10))
                let sameDate = published.year == nil ? iso.prefix(7) == "--" + expectedDate.suffix(5) : iso.prefix(10) == expectedDate
                #expect(sameDate, "\(name): \(iso) vs gold \(expected)")
                if published.utcOffset != nil, expected.count > 10, let ours = instant(iso), let theirs = instant(expected) {
                    #expect(ours == theirs, "\(name): \(iso) vs gold \(expected)")
                }
            }
        }
        print("published times read: \(found) of \(total) sources")
        #expect(total > 0 && found > 0, "gold gives publication times and some are read")
    }

    /// Whether a header names a month next to a day number, or an ISO date (independent of the parser).
    private func headerStatesDate(_ header: String) -> Bool {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                      "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
        let lowered = header.lowercased()
        if lowered.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil { return true }
        return months.contains { month in
            lowered.range(of: #"\d{1,2}(st|nd|rd|th)? \#(month)|\#(month)[a-zа-я]*\.? \d{1,2}"#, options: .regularExpression) != nil
        }
    }

    private func instant(_ iso: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: iso)
    }
}
