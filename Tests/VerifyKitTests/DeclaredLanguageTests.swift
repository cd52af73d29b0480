import Foundation
import Testing
@testable import VerifyKit

/// A language the file declares comes before the guess; the guess does not take Spanish
/// for Turkish because of "de".
@Suite struct DeclaredLanguageTests {
    static func languages(_ text: String) throws -> [String] {
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        return try CorpusLoader.load(paths: [folder.path]).documents[0].metadata.languages
    }

    static let spanish = "La calle estuvo cortada de 3 a 4 de la tarde, según informó el ayuntamiento de la ciudad.\n"

    @Test func aShortSpanishTextIsSpanish() throws {
        #expect(try Self.languages(Self.spanish).first == "es")
    }

    @Test func theFrontMattersLanguageComesFirst() throws {
        // Few frequent words: a guess could go either way; the writer's declaration decides.
        let text = "---\nlanguage: pt-BR\n---\n\nA rua ficou fechada de 3 a 4 da tarde, informou a prefeitura.\n"
        #expect(try Self.languages(text).first == "pt")
        #expect(MetadataExtractor.languageCode("es_ES") == "es" && MetadataExtractor.languageCode("Spanish language") == nil)
    }
}
