import Testing
@testable import VerifyKit

/// The founding example (Corpus/, shipped in the repository): what extraction must find
/// there, and what it must not take from page clutter.
@Suite struct FoundingPairExtractionTests {
    static let mentions: [String: [Mention]] = {
        let corpus = try! CorpusLoader.load(paths: [TestPaths.repositoryRoot.appendingPathComponent("Corpus").path])
        let extractor = FactExtractor()
        var result: [String: [Mention]] = [:]
        for document in corpus.documents {
            result[document.id] = extractor.extract(document).flatMap(\.mentions)
        }
        return result
    }()

    static let report = "000_08fa226afe8f6cb6"
    static let unn = "001_a7f21b431fd97f1d"

    func has(_ id: String, _ type: Mention.Kind, _ value: String, subtype: String? = nil) -> Bool {
        (Self.mentions[id] ?? []).contains { $0.type == type && $0.value == value && (subtype == nil || $0.subtype == subtype) }
    }

    @Test(arguments: [
        (report, "2024-01-02"), (unn, "2024-01-02"), (report, "2025-08-28"), (unn, "2025-08-28"),
        (report, "2025-08-08"), (report, "2025-08-18"), (unn, "2025-08-08"), (unn, "2025-08-18"),
        (unn, "2022-03-10"), (report, "2022-04"), (unn, "2022-04"), (report, "2025-11-14"), (unn, "2025-11-14"),
    ])
    func dates(id: String, value: String) {
        #expect(has(id, .date, value), "\(id) lacks date \(value)")
    }

    @Test func lastNightAndNovember14AreTheSameDay() throws {
        // Report.az, published 14 November 2025 at 16:38, writes "last night".
        let lastNight = (Self.mentions[Self.report] ?? []).filter { $0.type == .date && $0.text == "last night" }
        #expect(lastNight.map(\.value) == ["2025-11-14"])
        #expect(lastNight.first?.qualifiers.contains("relative") == true)
        // UNN carries no publication date of its own: "November 14" (twice) takes its year
        // from the latest date written in full in its text (August 28, 2025), and says so.
        let unnDates = (Self.mentions[Self.unn] ?? []).filter { $0.type == .date && $0.text.hasPrefix("November 14") }
        try #require(unnDates.count == 2, "\(unnDates.map(\.text))")
        #expect(unnDates.map(\.value) == ["2025-11-14", "2025-11-14"])
        #expect(unnDates.allSatisfy { $0.qualifiers.contains("inferred") && $0.qualifiers.contains("year from text") },
                "\(unnDates.map(\.qualifiers))")
    }

    @Test func time() {
        #expect(has(Self.unn, .time, "01:00"))
    }

    @Test(arguments: [
        (report, "3 m", "diameter"), (unn, "3 m", "diameter"), (report, "35 steps", "distance"), (unn, "35 steps", "distance"),
        (report, "8 m", "depth"), (unn, "8 m", "depth"), (report, "50 m", "distance"), (unn, "50 m", "distance"),
    ])
    func quantities(id: String, value: String, subtype: String) {
        #expect(has(id, .quantity, value, subtype: subtype), "\(id) lacks \(value) \(subtype): \((Self.mentions[id] ?? []).filter { $0.type == .quantity }.map { "\($0.value) \($0.subtype ?? "")" })")
    }

    @Test(arguments: [
        (unn, "weapon:iskander"), (report, "weapon:kinzhal"), (unn, "weapon:kinzhal"), (report, "organisation:socar"),
        (unn, "organisation:socar"), (report, "place:kyiv"), (unn, "place:kyiv"), (unn, "place:kharkiv"),
        (report, "place:odesa"), (unn, "place:odesa"), (report, "person:mikhail-yevdokimov"),
    ])
    func entities(id: String, value: String) {
        #expect(has(id, .entity, value), "\(id) lacks \(value): \((Self.mentions[id] ?? []).filter { $0.type == .entity }.map(\.value))")
    }

    @Test func nothingFromClutter() throws {
        let corpus = try CorpusLoader.load(paths: [TestPaths.repositoryRoot.appendingPathComponent("Corpus/\(Self.report).txt").path])
        let document = try #require(corpus.documents.first)
        let clutter = document.blocks.filter { $0.kind == .clutter }
        #expect(clutter.count == 3)   // the tag cloud and the two other-language headline links
        let mentions = try #require(Self.mentions[Self.report])
        try #require(mentions.count > 20, "the report's body gives its mentions: \(mentions.count)")
        for mention in mentions {
            #expect(!clutter.contains { $0.range.overlaps(mention.range) }, "\(mention.text) comes from clutter")
        }
        #expect(!(Self.mentions[Self.report] ?? []).contains { $0.text.contains("WUF13") || $0.text.contains("COP30") })
    }
}
