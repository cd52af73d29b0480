/// The gold of a generated corpus (`gold.json` beside the reports): which files form each
/// story, and the findings planted in them, in the vocabulary of `../shared/corpora`.
package struct GeneratedGold: Codable, Sendable {
    /// A planted finding: `values` per file for conflicts, updates and variants;
    /// `value`, `presentIn` and `missingFrom` for omissions.
    package struct Finding: Codable, Sendable {
        package var kind: String
        package var slot: String
        package var eventDate: String
        package var story: String
        package var values: [String: String]?
        package var value: String?
        package var presentIn: [String]?
        package var missingFrom: [String]?
    }

    /// The seed it was generated from.
    package var seed: UInt64
    /// How many reports.
    package var reports: Int
    /// Story id to its files, sorted.
    package var stories: [String: [String]]
    /// Planted findings, by story.
    package var findings: [Finding]

    /// Each file's story id.
    package var storyOfFile: [String: String] {
        var map: [String: String] = [:]
        for (story, files) in stories { for file in files { map[file] = story } }
        return map
    }
}
