import Testing
@testable import VerifyKit

/// Runs the `mentionExamples` of every rule file: extending a data file extends the tests.
@Suite struct MentionExamplesTests {
    @Test func everyRuleFileExampleHolds() {
        let extractor = FactExtractor()
        var count = 0
        for (file, examples) in MentionExamples.all() {
            #expect(!file.contains("does not decode"), "\(file)")
            for example in examples {
                let published = ISODateParser.parse(example.published ?? "2025-11-14T16:38:00+04:00", origin: "example")
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
        print("mention examples checked: \(count)")
    }
}
