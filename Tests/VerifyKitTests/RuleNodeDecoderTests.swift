import Testing
import Yams
@testable import VerifyKit

/// The rule decoder reads each scalar as the type its field asks for, as YAML's core
/// schema would have tagged it, and reports a mismatch with its coding path.
@Suite struct RuleNodeDecoderTests {
    private struct Sample: Decodable, Equatable {
        var name: String
        var count: Int
        var share: Double
        var active: Bool
        var note: String?
        var missing: String?
        var words: [String]
        var table: [String: Int]
    }

    private func node(_ yaml: String) throws -> Node {
        try #require(try Yams.compose(yaml: yaml, Resolver.basic))
    }

    @Test func scalarsAreReadAsTheFieldAsks() throws {
        let yaml = """
            name: 2024
            count: 1_200
            share: 0.25
            active: yes
            note: ~
            words: [Nice, 'true', 12]
            table: {a: 1, b: 2}
            """
        let sample = try RuleNodeDecoder.decode(Sample.self, from: try node(yaml))
        #expect(sample == Sample(name: "2024", count: 1200, share: 0.25, active: true, note: nil, missing: nil,
                                 words: ["Nice", "true", "12"], table: ["a": 1, "b": 2]))
    }

    @Test func aQuotedBooleanIsNotABoolean() throws {
        let yaml = "name: x\ncount: 1\nshare: 1\nactive: 'true'\nwords: []\ntable: {}\n"
        #expect(throws: DecodingError.self) { try RuleNodeDecoder.decode(Sample.self, from: try node(yaml)) }
    }

    @Test func aMismatchNamesItsField() throws {
        let yaml = "name: x\ncount: many\nshare: 1\nactive: no\nwords: []\ntable: {}\n"
        do {
            _ = try RuleNodeDecoder.decode(Sample.self, from: try node(yaml))
            Issue.record("decoded 'many' as a number")
        } catch let DecodingError.typeMismatch(type, context) {
            #expect(type is Int.Type)
            #expect(context.codingPath.map(\.stringValue) == ["count"])
        }
    }

    @Test func aMissingRequiredFieldIsKeyNotFound() throws {
        let yaml = "name: x\nshare: 1\nactive: no\nwords: []\ntable: {}\n"
        do {
            _ = try RuleNodeDecoder.decode(Sample.self, from: try node(yaml))
            Issue.record("decoded without count")
        } catch let DecodingError.keyNotFound(key, _) {
            #expect(key.stringValue == "count")
        }
    }

    @Test func listPositionsArePartOfThePath() throws {
        let yaml = "name: x\ncount: 1\nshare: 1\nactive: no\nwords: [a, [b]]\ntable: {}\n"
        do {
            _ = try RuleNodeDecoder.decode(Sample.self, from: try node(yaml))
            Issue.record("decoded a list as a string")
        } catch let DecodingError.typeMismatch(_, context) {
            #expect(context.codingPath.map(\.stringValue) == ["words", "1"])
        }
    }
}
