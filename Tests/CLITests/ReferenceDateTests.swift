import Foundation
import Testing

/// `--reference-date` takes a day of the calendar: anything else is a usage error, exit
/// status 2 and one line on standard error, whichever subcommand is given it.
@Suite struct ReferenceDateTests {
    static let scratch: URL = try! BinaryRunner.scratchCorpus()
    static let unn = "Corpus/001_a7f21b431fd97f1d.txt"
    static let report = "Corpus/000_08fa226afe8f6cb6.txt"

    func run(_ arguments: [String]) throws -> BinaryRunner.Run {
        try BinaryRunner.run(arguments, in: Self.scratch)
    }

    /// Well-formed but impossible days (no 31 February, no 29 February outside leap years,
    /// 1900 is not a leap year), months outside 1–12, and malformed texts.
    @Test(arguments: [
        ("2025-02-31", "is not a calendar date (2025-02 has 28 days)"),
        ("2025-02-29", "is not a calendar date (2025-02 has 28 days)"),
        ("1900-02-29", "is not a calendar date (1900-02 has 28 days)"),
        ("2025-04-31", "is not a calendar date (2025-04 has 30 days)"),
        ("2025-01-00", "is not a calendar date (2025-01 has 31 days)"),
        ("2025-13-01", "is not a calendar date (there is no month 13)"),
        ("2025-00-10", "is not a calendar date (there is no month 0)"),
        ("2025-1-01", "is not a date of the form YYYY-MM-DD"),
        ("2025-+1-01", "is not a date of the form YYYY-MM-DD"),
        ("14.11.2025", "is not a date of the form YYYY-MM-DD"),
    ])
    func impossibleDatesAreRefused(date: String, reason: String) throws {
        for command in [["check", "Corpus"], ["facts", Self.unn], ["diff", Self.report, Self.unn]] {
            let result = try run(command + ["--reference-date", date])
            #expect(result.status == 2, "\(command[0]) --reference-date \(date): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(command[0]) printed \(result.stdout.prefix(200))")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(command[0]): \(result.stderr)")
            #expect(lines.first.map(String.init) == "verify: Error: --reference-date '\(date)' \(reason)", "\(command[0])")
        }
    }

    /// Leap days of leap years and month ends are days; the year of the date completes
    /// "November 14" in a source without its own publication date (UNN): the latest
    /// 14 November on or before the reference date.
    @Test(arguments: [("2025-11-20", "2025-11-14"), ("2025-02-28", "2024-11-14"), ("2024-02-29", "2023-11-14"),
                      ("2000-02-29", "1999-11-14"), ("2025-12-31", "2025-11-14")])
    func realDatesAreUsed(date: String, november14: String) throws {
        let result = try run(["facts", Self.unn, "--reference-date", date, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        let values = mentions.filter { ($0["text"] as? String)?.hasPrefix("November 14") == true }.compactMap { $0["value"] as? String }
        #expect(values == [november14, november14], "--reference-date \(date)")
        let check = try run(["Corpus", "--reference-date", date, "--fail-on", "none", "--report", "-", "--format", "markdown"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("Reference date: \(date)"))
    }
}
