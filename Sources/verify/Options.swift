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

/// A `YYYY-MM-DD` date given on the command line: a day of the proleptic Gregorian
/// calendar (`2024-02-29` is one, `2025-02-29` and `2025-02-31` are not).
struct ReferenceDate {
    var year: Int
    var month: Int
    var day: Int

    /// Why a text is not a reference date; one line.
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    /// The date `text` names, or why it names none.
    static func parse(_ text: String) -> Result<ReferenceDate, Invalid> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return .failure(Invalid(description: "--reference-date '\(text)' is not a date of the form YYYY-MM-DD"))
        }
        guard (1...12).contains(month) else {
            return .failure(Invalid(description: "--reference-date '\(text)' is not a calendar date (there is no month \(month))"))
        }
        let length = daysIn(month: month, year: year)
        guard (1...length).contains(day) else {
            return .failure(Invalid(description: "--reference-date '\(text)' is not a calendar date"
                                    + " (\(parts[0])-\(parts[1]) has \(length) days)"))
        }
        return .success(ReferenceDate(year: year, month: month, day: day))
    }

    init?(_ text: String) {
        guard case .success(let date) = Self.parse(text) else { return nil }
        self = date
    }

    private init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days of `month` (1–12) in `year`, leap years by the Gregorian rule.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
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
        // Not a ValidationError, which would add the usage to the message: a bad date is
        // one line on standard error (exit status 2, like any unusable input).
        if let text, case .failure(let invalid) = ReferenceDate.parse(text) { throw invalid }
    }

    /// The date, when given.
    var date: ReferenceDate? { text.flatMap(ReferenceDate.init) }
}
