import Foundation
import Testing
@testable import VerifyKit

/// The run's rule set: shipped defaults, then user folders merged in order; a bad file
/// is an error naming file, line and field.
@Suite struct RuleSetTests {
    /// A folder holding `files` (name → YAML text).
    private func folder(_ files: [String: String]) throws -> URL {
        let url = TestPaths.temporaryFolder()
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    private func entities(_ text: String, rules: RuleSet) -> [String] {
        FactExtractor(rules: rules).extract(text: text, context: ExtractionContext(published: nil, language: "en"))
            .mentions.filter { $0.type == .entity }.map(\.value)
    }

    @Test func shippedRulesLoadEveryKind() throws {
        let rules = try RuleSet.load()
        #expect(rules.files.count == RuleDocuments.kinds.count + 1)
        #expect(rules.files.last?.hasSuffix("/" + RuleDocuments.placeIndexName) == true)
        #expect((rules.gazetteer.places?.count ?? 0) > 200_000)
        #expect(rules.userFolders.isEmpty)
        #expect(rules.units.dimension("km") == "length")
        #expect(rules.alignment.designators.contains("region"))
    }

    @Test func aUserPlaceIsMatched() throws {
        let text = "Floods reached Xyloport on Friday."
        #expect(!entities(text, rules: try RuleSet.load()).contains("place:xyloport"))
        let user = try folder(["places.yaml": """
            kind: place
            entries:
              - {id: xyloport, name: Xyloport, type: town, country: gb, variants: [Xylo Port]}
            """])
        let rules = try RuleSet.load(additions: [user])
        #expect(entities(text, rules: rules).contains("place:xyloport"))
        #expect(entities("Floods reached Xylo Port.", rules: rules).contains("place:xyloport"))
        // The shipped places are still there: the user's list extends, not replaces.
        #expect(entities("A strike on Kyiv.", rules: rules).contains("place:kyiv"))
        #expect(rules.gazetteer.country(ofValue: "place:xyloport") == "gb")
    }

    @Test func aGazetteerFileOfAnyNameIsRoutedByItsKind() throws {
        let user = try folder(["local-kit.yaml": """
            kind: weapon
            entries:
              - {id: zorgblaster, name: Zorgblaster, type: rocket launcher}
            """])
        let rules = try RuleSet.load(additions: [user])
        #expect(entities("A Zorgblaster was fired.", rules: rules).contains("weapon:zorgblaster"))
    }

    @Test func laterFoldersAddToEarlierOnes() throws {
        let first = try folder(["roles.yaml": "roles:\n  harbourmaster: [harbourmaster, harbour master]\n"])
        let second = try folder(["places.yaml": "kind: place\nentries:\n  - {id: qwertown, name: Qwertown, type: town}\n"])
        let rules = try RuleSet.load(additions: [first, second])
        #expect(rules.userFolders == [first.path, second.path])
        #expect(rules.files.suffix(2) == [first.appendingPathComponent("roles.yaml").path,
                                          second.appendingPathComponent("places.yaml").path])
        // A role word added by a user is read beside a person's name.
        let text = "\"The port is closed,\" harbourmaster Tomasz Quell said."
        let people = FactExtractor(rules: rules).extract(text: text, context: ExtractionContext(published: nil, language: "en"))
            .mentions.filter { $0.subtype == "person" }
        #expect(people.contains { $0.text == "Tomasz Quell" && $0.qualifiers.contains("role:harbourmaster") })
        let shipped = FactExtractor(rules: try RuleSet.load()).extract(text: text, context: ExtractionContext(published: nil, language: "en"))
        #expect(!shipped.mentions.contains { $0.qualifiers.contains("role:harbourmaster") })
    }

    @Test func aSyntaxErrorNamesFileAndLine() throws {
        let user = try folder(["places.yaml": "kind: place\nentries:\n  - {id: bad name: x\n"])
        #expect {
            try RuleSet.load(additions: [user])
        } throws: { error in
            let rule = error as? RuleError
            return rule?.path == user.appendingPathComponent("places.yaml").path && rule?.line == 3
                && rule?.problem.hasPrefix("YAML syntax") == true
        }
    }

    @Test func aSchemaErrorNamesFileLineAndField() throws {
        let user = try folder(["places.yaml": "kind: place\nentries:\n  - {id: fine, name: Fine}\n  - {id: broken}\n"])
        do {
            _ = try RuleSet.load(additions: [user])
            Issue.record("a place without a name must be refused")
        } catch {
            #expect(error.path == user.appendingPathComponent("places.yaml").path)
            #expect(error.line == 4)
            #expect(error.field == "entries.name")
            #expect(error.description == "\(error.path):4: field 'entries.name': required field is missing")
        }
    }

    @Test func aWrongTypeNamesTheField() throws {
        let user = try folder(["units.yaml": "units:\n  - {id: furlong, symbol: fur, dimension: length, factor: lots, aliases: {en: [furlong]}}\n"])
        do {
            _ = try RuleSet.load(additions: [user])
            Issue.record("a factor that is not a number must be refused")
        } catch {
            #expect(error.line == 2)
            #expect(error.field == "units.factor")
            #expect(error.problem == "expected a number")
        }
    }

    @Test func anUnknownFileIsRefused() throws {
        let user = try folder(["misc.yaml": "foo: 1\n"])
        do {
            _ = try RuleSet.load(additions: [user])
            Issue.record("a file of no known kind must be refused")
        } catch {
            #expect(error.path.hasSuffix("misc.yaml"))
            #expect(error.problem.hasPrefix("unknown rule file"))
        }
    }

    @Test func theCorpusFolderIsAddedAfterRulesFolders() throws {
        let corpus = try folder(["a.txt": "text"])
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent(".verify"), withIntermediateDirectories: true)
        let folders = RuleSet.userFolders(rules: ["/x/rules"], corpusPaths: [corpus.path, corpus.appendingPathComponent("a.txt").path])
        #expect(folders.map(\.path) == ["/x/rules", corpus.appendingPathComponent(".verify").path])
        #expect(RuleSet.userFolders(rules: [], corpusPaths: [TestPaths.temporaryFolder().path]).isEmpty)
    }
}
