import Testing
@testable import VerifyKit

/// A conflict is a dispute between sources of the news only when its sides cite different
/// speakers, compared as what they name rather than as written.
@Suite struct DisputedConflictTests {
    @Test func oneOrganisationInTwoLanguagesIsNoDispute() throws {
        let result = try TinyReports([
            .init("wire.md", published: "2026-06-12T09:00:00Z",
                  "A ferry sank about 3 nautical miles north of the port of Tampere on June 11, 2026, the coast guard said."),
            .init("agence.md", published: "2026-06-12T10:00:00Z",
                  "Un ferry a coulé à environ 5 milles nautiques au nord du port de Tampere le 11 juin 2026, selon les garde-côtes."),
        ]).verify()
        let conflict = try #require(result.findings.first { $0.kind == .conflict && $0.slot == "distance" })
        #expect(!conflict.message.contains("disputed"), "\(conflict.message)")
        #expect(conflict.severity == .error)
    }

    @Test func onePersonInTwoScriptsIsNoDispute() throws {
        let result = try TinyReports([
            .init("wire.md", published: "2026-05-05T09:00:00Z",
                  "A fire at a warehouse in Tampere on May 3, 2026 killed four people, regional governor Oleh Syniehubov said."),
            .init("agency.md", published: "2026-05-05T10:00:00Z",
                  "Три человека погибли при пожаре на складе в Тампере 3 мая 2026 года, сообщил губернатор Олег Синегубов."),
        ]).verify()
        let conflict = try #require(result.findings.first { $0.kind == .conflict && $0.slot == "killed" })
        #expect(!conflict.message.contains("disputed"), "\(conflict.message)")
    }
}
