import Foundation
import Yams

/// Examples a rule file carries under `mentionExamples:`, run by one generic test: each
/// text must yield the expected mentions and must not yield the absent ones.
///
/// ```yaml
/// mentionExamples:
///   - text: "a crater with a diameter of approximately 3 meters"
///     expect:
///       - {type: quantity, value: "3 m", subtype: diameter, qualifiers: [about]}
///   - text: "a 3-day festival"
///     absent:
///       - {type: quantity, subtype: distance}
/// ```
struct MentionExamples: Decodable {
    struct Example: Decodable {
        var text: String
        /// Publication time for relative dates (ISO 8601); default 2025-11-14T16:38:00+04:00.
        var published: String?
        /// Language of the text; default `en`.
        var language: String?
        var expect: [Pattern]?
        var absent: [Pattern]?
    }

    /// A mention to look for; fields left out match anything.
    struct Pattern: Decodable, CustomStringConvertible {
        var type: String
        var value: String?
        var text: String?
        var unit: String?
        var subtype: String?
        var qualifiers: [String]?

        /// Event cues are compared as mentions of subtype `cue` whose value is the cue's kind.
        func matches(_ mention: Mention) -> Bool {
            let sameType = type == "cue" ? mention.subtype == "cue" : mention.type.rawValue == type && mention.subtype != "cue"
            return sameType && (value == nil || mention.value == value)
                && (text == nil || mention.text == text) && (unit == nil || mention.unit == unit)
                && (subtype == nil || mention.subtype == subtype || type == "cue")
                && (qualifiers ?? []).map(Qualifier.init(rawValue:)).allSatisfy(mention.qualifiers.contains)
        }

        var description: String {
            [type, value, text.map { "'\($0)'" }, unit, subtype, qualifiers?.joined(separator: "+")].compactMap { $0 }.joined(separator: " ")
        }
    }

    var mentionExamples: [Example]?

    /// Every shipped rule file that carries mention examples, by file name.
    static func all() -> [(file: String, examples: [Example])] {
        guard let folder = try? ResourceLocator.shippedRules(),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return all(files: names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path })
    }

    /// The mention examples of the rule files at `paths` (a rule set's ``RuleSet/files``,
    /// user files included), by file name.
    static func all(files paths: [String]) -> [(file: String, examples: [Example])] {
        paths.map { URL(fileURLWithPath: $0) }.compactMap { url in
            guard let text = try? String(contentsOf: url, encoding: .utf8), text.contains("mentionExamples:") else { return nil }
            do {
                let decoded = try YAMLDecoder().decode(MentionExamples.self, from: text)
                return (url.lastPathComponent, decoded.mentionExamples ?? [])
            } catch {
                return (url.lastPathComponent + " (does not decode: \(error))", [])
            }
        }
    }
}
