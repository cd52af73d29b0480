import ArgumentParser
import VerifyKit

/// `verify diff <a> <b>`: two sources side by side, as Markdown on standard output.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Two reports side by side as Markdown: each aligned fact, its value in each, same or different."
    )

    @Argument(help: "The first report (.txt, .md, .html).")
    var a: String

    @Argument(help: "The second report.")
    var b: String

    @Option(name: .customLong("reference-date"), help: "Publication date (YYYY-MM-DD) for sources that carry none.")
    var referenceDate: String?

    func validate() throws {
        if let referenceDate, ReferenceDate(referenceDate) == nil {
            throw ValidationError("--reference-date '\(referenceDate)' is not a date of the form YYYY-MM-DD")
        }
    }

    func run() throws {
        let date = referenceDate.flatMap(ReferenceDate.init)
        let diff: SourceDiff
        do {
            diff = try SourceDiff.load(a, b, referenceDate: date?.publishedTime, options: IngestOptions(referenceYear: date?.year))
        } catch {
            Terminal.error(error.message)
            throw ExitCode(2)
        }
        Terminal.output(diff.render())
    }
}
