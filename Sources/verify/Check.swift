import ArgumentParser
import Foundation
import VerifyKit

/// `verify [<path>...]`: read every report and print what was found.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read every report under the paths, align their facts and report conflicts, updates, omissions and variants."
    )

    @Argument(help: "Files or folders of reports (.txt, .md, .html).")
    var paths: [String] = ["Corpus"]

    @Option(help: "What goes to standard output: text, json (markdown, sarif, github need findings).")
    var format: OutputFormat = .text

    @Option(help: "Markdown report file (default Reports/<corpus folder>.md; - for stdout).")
    var report: String?

    @Option(help: "Accepted findings (default .verify-baseline.json if it exists).")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Record current findings as accepted.")
    var writeBaseline: String?

    @Option(name: .customLong("fail-on"), help: "Lowest finding kind that fails the run: conflict, update, omission, variant, none.")
    var failOn: FailOn = .conflict

    @Option(name: .customLong("reference-date"), help: "Publication date (YYYY-MM-DD) for sources that carry none.")
    var referenceDate: String?

    func validate() throws {
        if let referenceDate, ReferenceDate(referenceDate) == nil {
            throw ValidationError("--reference-date '\(referenceDate)' is not a date of the form YYYY-MM-DD")
        }
        if [.markdown, .sarif, .github].contains(format) {
            throw ValidationError("--format \(format.rawValue) renders findings, which this version does not compute yet; use text or json")
        }
        if report != nil || writeBaseline != nil {
            throw ValidationError("--report and --write-baseline need findings, which this version does not compute yet")
        }
        if let baseline, !FileManager.default.fileExists(atPath: baseline) {
            throw ValidationError("--baseline \(baseline): no such file")
        }
    }

    func run() throws {
        let options = IngestOptions(referenceYear: referenceDate.flatMap(ReferenceDate.init)?.year)
        let corpus: Corpus
        do {
            corpus = try CorpusLoader.load(paths: paths, options: options)
        } catch {
            for diagnostic in error.diagnostics { Terminal.diagnostic(diagnostic) }
            Terminal.error(error.message)
            throw ExitCode(2)
        }
        for diagnostic in corpus.diagnostics { Terminal.diagnostic(diagnostic) }
        let reference = referenceDate.flatMap(ReferenceDate.init).map { $0.publishedTime }
        let result = Verifier.verify(corpus, referenceDate: reference)
        switch format {
        case .json: Terminal.output(result.json())
        default: Terminal.output(TextSummary(result: result).text())
        }
        if failOn.fails(result) { throw ExitCode(1) }
    }
}
