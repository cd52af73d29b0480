import Testing
@testable import VerifyKit

/// Readings of a measure by the authority that gave them (``AuthorityReadings``), and the
/// speakers of readings that the speaker finder reads for them.
@Suite struct AuthorityReadingsTests {
    /// Three reports of one quake: a survey's reading in one, a national centre's in two,
    /// which give that centre two different values.
    private static let reports: [TinyReports.Report] = [
        .init("wire.md", published: "2026-03-03T12:00:00Z",
              "A magnitude 6.9 earthquake struck near Valparaiso on March 3, 2026, the US Geological Survey said."),
        .init("daily.md", published: "2026-03-03T13:00:00Z",
              "The earthquake near Valparaiso on March 3, 2026 had a magnitude of 7.1, according to the National Seismological Center."),
        .init("radio.md", published: "2026-03-03T14:00:00Z",
              "The National Seismological Center put the magnitude at 7.3 after the earthquake near Valparaiso on March 3, 2026."),
    ]

    @Test func oneAuthorityGivenTwoReadingsIsAConflictOfItsReading() throws {
        let result = try TinyReports(Self.reports).verify()
        let readings = result.findings.filter { $0.slot == "magnitude" && $0.message.contains("according to organisation:") }
        let conflict = try #require(readings.first { $0.kind == .conflict })
        #expect(conflict.message.contains("“a magnitude of 7.1” (daily") && conflict.message.contains("“magnitude at 7.3” (radio"))
        // Its sides cite one authority: no dispute between sources, an error of one report.
        #expect(!conflict.message.contains("disputed") && conflict.severity == .error)
        // The report giving only the survey's figure omits the centre's, and the two giving
        // only the centre's omit the survey's.
        let omissions = readings.filter { $0.kind == .omission }
        #expect(omissions.contains { $0.message.contains("national-seismological-center") && $0.missingFrom == ["wire"] })
        #expect(omissions.contains { $0.message.contains("usgs") && $0.missingFrom == ["daily", "radio"] })
        // The readings repeat the slot's own claims: their forms are not variants twice.
        #expect(result.findings.filter { $0.kind == .variant && $0.slot == "magnitude" }.count <= 1)
    }

    @Test func oneCreditedAuthorityAddsNoReading() throws {
        let result = try TinyReports(Array(Self.reports.dropFirst())).verify()
        #expect(!result.facts.contains { $0.key?.contains("according to") == true })
        #expect(result.findings.contains { $0.kind == .conflict && $0.slot == "magnitude" })
    }

    @Test func aReportWithoutTheMeasureDoesNotOmitAnAuthoritysReading() throws {
        let silent = TinyReports.Report("brief.md", published: "2026-03-03T15:00:00Z",
                                        "An earthquake struck near Valparaiso on March 3, 2026, and buildings shook in the capital.")
        let result = try TinyReports(Self.reports + [silent]).verify()
        let readings = result.findings.filter { $0.kind == .omission && $0.message.contains("according to organisation:") }
        #expect(!readings.isEmpty && readings.allSatisfy { !$0.missingFrom.contains("brief") })
    }
}
