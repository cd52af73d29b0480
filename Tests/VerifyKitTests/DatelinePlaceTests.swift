import Foundation
import Testing
@testable import VerifyKit

/// The place a dateline line opens with is a claim of the report, read as its first
/// sentence; a dateline that opens with a weekday gives no place.
@Suite struct DatelinePlaceTests {
    /// The entity mentions extracted from a plain-text report with `header` as its first lines.
    static func places(header: String) throws -> [(line: Int?, value: String, text: String)] {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = header + "\n\nFloods cut roads across the region on Tuesday, officials said.\n"
        try text.write(to: folder.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
        let corpus = try CorpusLoader.load(paths: [folder.path])
        return FactExtractor.extractAll(corpus.documents, rules: TestRules.shipped)[0].sentences.flatMap(\.mentions)
            .filter { $0.type == .entity }.map { ($0.location?.line, $0.value, $0.text) }
    }

    /// The one report `text` makes as file `name`, and its extracted sentences.
    static func report(_ text: String, name: String) throws -> (SourceDocument, [ExtractedSentence]) {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        let corpus = try CorpusLoader.load(paths: [folder.path])
        let document = try #require(corpus.documents.first)
        return (document, FactExtractor.extractAll(corpus.documents, rules: TestRules.shipped)[0].sentences)
    }

    @Test func theDatelinesPlaceIsAClaim() throws {
        let found = try Self.places(header: "AGENCIA | Regional\nTAMPERE, 4 Nov. (AGENCIA) - 14:37")
        #expect(found.contains { $0.line == 2 && $0.value == "place:tampere" && $0.text == "TAMPERE" }, "\(found)")
    }

    @Test func aDatelineOpeningWithAWeekdayGivesNoPlace() throws {
        let found = try Self.places(header: "AGENCIA | Regional\nMonday, 4 Nov. 2024 (AGENCIA) - 14:37")
        #expect(!found.contains { $0.line == 2 }, "\(found)")
    }

    @Test func aSpanishAgencysDatelineIsSplitFromItsLede() throws {
        // "Ciudad, 12 jun (EFE).- …": the city in title case, a date, a credit and ".-".
        let (document, sentences) = try Self.report(
            "Tampere, 12 jun (EFE).- Al menos 16 personas murieron tras el naufragio de un ferri frente a la costa finlandesa, informó este viernes la policía.\n",
            name: "efe.txt")
        #expect(document.metadata.published?.month == 6 && document.metadata.published?.day == 12)
        #expect(document.metadata.outlet == "EFE")
        // The credit is no organisation of the story, and the lede opens the first sentence.
        #expect(!sentences.flatMap(\.mentions).contains { $0.value == "organisation:efe" })
        #expect(sentences.contains { $0.text.hasPrefix("Al menos 16 personas") })
    }

    @Test func aRussianAgencysDatelineIsSplitFromItsLede() throws {
        // "ГОРОД, 5 мая. /ТАСС/. …": the credit between slashes closes the dateline.
        let (document, sentences) = try Self.report(
            "ТАМПЕРЕ, 5 мая. /ТАСС/. Три человека погибли и 12 получили ранения в результате пожара на складе в воскресенье, сообщили спасатели.\n",
            name: "tass.txt")
        #expect(document.metadata.published?.month == 5 && document.metadata.published?.day == 5)
        #expect(document.metadata.outlet == "ТАСС")
        #expect(sentences.contains { $0.text.hasPrefix("Три человека погибли") })
    }

    @Test func aGermanAgencysDatelineNamesItsOutlet() throws {
        // "Stadt (dpa) - …": a city in title case and an agency in lower case, no date.
        let (document, sentences) = try Self.report(
            "Tampere (dpa) - Beim Brand einer Lagerhalle sind am Donnerstagabend mindestens 14 Menschen ums Leben gekommen, teilte die Polizei mit.\n",
            name: "dpa.txt")
        #expect(document.metadata.outlet == "dpa")
        #expect(sentences.contains { $0.text.hasPrefix("Beim Brand") })
    }

    @Test func anItalianAgencysCreditMayOpenTheDateline() throws {
        // "(ANSA) - CITTÀ, 12 MAR - …": the credit first, then the city and the date.
        let found = try Self.places(header: "(ANSA) - TAMPERE, 12 MAR - Una scossa di terremoto è stata avvertita nella notte in tutta la provincia, secondo i vigili del fuoco.")
        #expect(found.contains { $0.value == "place:tampere" && $0.text == "TAMPERE" }, "\(found)")
        #expect(!found.contains { $0.text == "Una" })
    }
}
