import Foundation
import Testing
@testable import VerifyKit

/// Runs the `mentionExamples` of the quantity and count rule files (units.yaml,
/// counts.yaml, qualifiers.yaml) against the quantity and count extractors alone, so a
/// failure names the example and what came out instead.
@Suite struct QuantityExamplesTests {
    /// Quantities and counts of one text.
    static func extract(_ text: String, language: String = "en", using extractor: FactExtractor = FactExtractor()) -> [Mention] {
        let context = ExtractionContext(published: nil, language: language)
        return extractor.extract(text: text, context: context).mentions.filter { $0.type == .quantity || $0.type == .count }
    }

    @Test func ruleFileExamplesHold() {
        var checked = 0
        let extractor = FactExtractor()
        let files = MentionExamples.all().filter { entry in ["units.yaml", "counts.yaml", "qualifiers.yaml"].contains(where: entry.file.hasPrefix) }
        // units.yaml and counts.yaml carry examples (qualifiers.yaml may, too).
        #expect(Set(["units.yaml", "counts.yaml"]).isSubset(of: files.filter { !$0.examples.isEmpty }.map(\.file)), "\(files.map(\.file))")
        for (file, examples) in files {
            #expect(!file.contains("does not decode"), "\(file)")
            for example in examples {
                let mentions = Self.extract(example.text, language: example.language ?? "en", using: extractor)
                let shown = mentions.map { "\($0.type.rawValue) '\($0.text)' \($0.value) \($0.subtype ?? "-") \($0.qualifiers)" }
                for pattern in example.expect ?? [] {
                    #expect(mentions.contains(where: pattern.matches), "\(file): '\(example.text)' should give \(pattern); got \(shown)")
                }
                for pattern in example.absent ?? [] {
                    #expect(!mentions.contains(where: pattern.matches), "\(file): '\(example.text)' should not give \(pattern); got \(shown)")
                }
                if ProcessInfo.processInfo.environment["QTY_SHOW"] != nil { print("\(example.text)\n    \(shown)") }
                checked += 1
            }
        }
        #expect(checked > 40)
    }
}
