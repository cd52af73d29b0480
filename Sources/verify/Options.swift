import ArgumentParser
import VerifyKit

/// `--format` values.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, sarif, github
}

/// `--fail-on` values: the least serious finding kind that fails the run.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case conflict, update, omission, variant, none

    /// The threshold kind (conflict > update > omission > variant); nil for `none`.
    var threshold: Finding.Kind? { Finding.Kind(rawValue: rawValue) }

    /// Whether `gated` holds a finding at or above this kind outside the baseline.
    func fails(_ gated: GatedResult) -> Bool { !gated.failing(at: threshold).isEmpty }
}

/// A `YYYY-MM-DD` date given on the command line.
struct ReferenceDate {
    var year: Int
    var month: Int
    var day: Int

    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date as a publication time for documents that carry none.
    var publishedTime: PublishedTime {
        PublishedTime(year: year, month: month, day: day, origin: "--reference-date")
    }
}
