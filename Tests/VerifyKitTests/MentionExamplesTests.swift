import Foundation
import Testing
@testable import VerifyKit

/// Runs the `mentionExamples` of every rule file: extending a data file extends the tests.
@Suite struct MentionExamplesTests {
    static let resources = TestPaths.repositoryRoot.appendingPathComponent("Sources/VerifyKit/Resources")

    /// Rule files of the source tree that declare `mentionExamples:`, with the number of
    /// entries in that list (lines opening an item at its indentation, up to the next
    /// top-level key), read without the library: what the bundle must give back.
    static func declaredExamples() throws -> [String: Int] {
        var result: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: resources.path) where name.hasSuffix(".yaml") {
            let lines = try String(contentsOf: resources.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
            guard let start = lines.firstIndex(where: { $0.hasPrefix("mentionExamples:") }) else { continue }
            let section = lines[(start + 1)...].prefix { $0.isEmpty || $0.hasPrefix(" ") || $0.hasPrefix("#") || $0.hasPrefix("-") }
            result[name] = section.filter { $0.hasPrefix("  - ") || $0.hasPrefix("- ") }.count
        }
        return result
    }

    @Test func everyRuleFileExampleHolds() throws {
        let extractor = FactExtractor()
        let declared = try Self.declaredExamples()
        let all = MentionExamples.all()
        // Examples were found: the bundle gives every file that declares some, with all of
        // them (a missing bundle or a file that stops decoding would otherwise pass empty).
        #expect(!declared.isEmpty && declared.values.allSatisfy { $0 > 0 }, "declared: \(declared)")
        #expect(Dictionary(all.map { ($0.file, $0.examples.count) }, uniquingKeysWith: +) == declared)
        var count = 0
        for (file, examples) in all {
            #expect(!file.contains("does not decode"), "\(file)")
            for example in examples {
                #expect(!(example.expect ?? []).isEmpty || !(example.absent ?? []).isEmpty,
                        "\(file): '\(example.text)' expects nothing and rules nothing out")
                let published = ISODateParser.parse(example.published ?? "2025-11-14T16:38:00+04:00", origin: "example")
                #expect(published != nil, "\(file): '\(example.text)': published '\(example.published ?? "")' does not parse")
                let context = ExtractionContext(published: published, language: example.language ?? "en")
                let (mentions, cues) = extractor.extract(text: example.text, context: context)
                let all = mentions + cues.map { Mention(type: .entity, range: $0.range, text: $0.text, value: $0.kind, subtype: "cue", rule: "cue") }
                for pattern in example.expect ?? [] {
                    #expect(all.contains(where: pattern.matches),
                            "\(file): '\(example.text)' should give \(pattern); got \(all.map { "\($0.type.rawValue) \($0.value) \($0.subtype ?? "") \($0.qualifiers)" })")
                }
                for pattern in example.absent ?? [] {
                    #expect(!all.contains(where: pattern.matches), "\(file): '\(example.text)' should not give \(pattern)")
                }
                count += 1
            }
        }
        #expect(count == declared.values.reduce(0, +))
        print("mention examples checked: \(count) in \(all.count) rule files")
    }
}
