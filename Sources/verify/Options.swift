import ArgumentParser
import VerifyKit

/// `verify facts --format` values (a check's formats are ``ReportFormats``).
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

/// `--reference-date`, shared by every subcommand: the publication date for sources that
/// carry none, and the year for datelines without one.
struct ReferenceDateOption: ParsableArguments {
    @Option(name: .customLong("reference-date"), help: "Publication date (YYYY-MM-DD) for sources that carry none.")
    var text: String?

    func validate() throws {
        if let text, ReferenceDate(text) == nil {
            throw ValidationError("--reference-date '\(text)' is not a date of the form YYYY-MM-DD")
        }
    }

    /// The date, when given.
    var date: ReferenceDate? { text.flatMap(ReferenceDate.init) }

    /// How sources are read with it.
    var ingestOptions: IngestOptions { IngestOptions(referenceYear: date?.year) }
}
