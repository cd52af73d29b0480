import ArgumentParser
import Foundation
import VerifyKit
import VerifyStore

/// `verify [<path>...]`: read every report, align their facts, write the Markdown report,
/// print the findings and exit 0, 1 or 2 (DESIGN.md).
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read every report under the paths, align their facts and report conflicts, updates, omissions and variants.",
        discussion: """
            Writes the Markdown report to Reports/<corpus folder>.md (--report elsewhere, - for stdout)
            and prints a summary (--format for JSON, SARIF, GitHub annotations or the report itself).

            Examples:
              verify Corpus --write-baseline .verify-baseline.json   accept today's findings
              verify Corpus                                          gate: exit 1 on a new conflict
              verify Corpus --fail-on omission                       stricter: omissions fail too
              verify Corpus --single-story                           the folder is one story: compare every report
              verify Corpus --format sarif > verify.sarif            for code-scanning upload
              verify Corpus --format github                          annotations + job summary in Actions
              NO_COLOR=1 verify Corpus                               never colour

            Exit status: 0 nothing at or above --fail-on outside the baseline; 1 there is;
            2 usage error or unusable input (one line naming the file).
            """
    )

    @Argument(help: "Files or folders of reports (.txt, .md, .html).")
    var paths: [String] = ["Corpus"]

    @Option(help: ArgumentHelp("What goes to standard output: \(ReportFormats.identifiers.joined(separator: ", ")).",
                               discussion: ReportFormats.all.map { "\($0.identifier): \($0.summary)" }.joined(separator: "; ")))
    var format: String = TextReportFormat.identifier

    @Option(help: "Markdown report file (default Reports/<corpus folder>.md; - for stdout).")
    var report: String?

    @Option(help: "Accepted findings (default .verify-baseline.json if it exists).")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Record current findings as accepted (then gate against them).")
    var writeBaseline: String?

    @Option(name: .customLong("fail-on"), help: "Lowest finding kind that fails the run: conflict, update, omission, variant, none.")
    var failOn: FailOn = .conflict

    @Flag(name: .customLong("single-story"),
          help: "Treat every report as one story, whatever the grouping by shared content finds.")
    var singleStory = false

    @OptionGroup var reference: ReferenceDateOption

    @OptionGroup var input: InputOptions

    @OptionGroup var cache: CacheOptions

    @OptionGroup var rules: RulesOption

    /// Corpora larger than this show progress on a terminal.
    static let progressThreshold = 200

    func validate() throws {
        if let baseline, !FileManager.default.fileExists(atPath: baseline) {
            throw ValidationError("--baseline \(baseline): no such file")
        }
        guard ReportFormats.named(format) != nil else {
            throw ValidationError("--format \(format): not a format; use one of \(ReportFormats.identifiers.joined(separator: ", "))")
        }
        if report == "-", format != TextReportFormat.identifier, format != MarkdownReportFormat.identifier {
            throw ValidationError("--report - and --format \(format) would both write to standard output")
        }
    }

    func run() throws {
        let ruleSet = try StageTimes.measure("rules") { try rules.load(corpusPaths: paths) }
        do {
            let (result, store) = try StageTimes.measure("verify") { () throws(VerifyError) in try verify(rules: ruleSet) }
            let gated = try gate(result)
            try StageTimes.measure("markdown report") { () throws(VerifyError) in try writeReport(result) }
            StageTimes.measure("output") { emit(gated) }
            CacheOptions.report(store)
            if !gated.stale.isEmpty {
                Terminal.note("baseline: \(gated.stale.count) accepted finding\(gated.stale.count == 1 ? " no longer occurs" : "s no longer occur") (\(gated.stale.map(\.id).joined(separator: ", ")))")
            }
            if failOn.fails(gated) { throw ExitCode(1) }
        } catch let error as VerifyError {
            throw Terminal.fail(error)
        }
    }

    /// Reads the corpus and aligns it; progress on a terminal for large corpora.
    private func verify(rules: RuleSet) throws(VerifyError) -> (VerificationResult, SQLiteExtractionStore?) {
        let options = input.ingestOptions(reference)
        let showProgress = isatty(STDERR_FILENO) == 1 && FileCount.atLeast(Self.progressThreshold + 1, under: paths)
        if showProgress { Terminal.progress("verify: reading and aligning reports…") }
        // A folder with no file to read needs no cache (and gets no warning about one).
        let store = StageTimes.measure("cache open") { FileCount.atLeast(1, under: paths) ? cache.store(for: paths) : nil }
        let result = try Verifier.verify(paths: paths, rules: rules, options: options, referenceDate: reference.date?.publishedTime,
                                         grouping: singleStory ? .single : .byContent, store: store)
        if showProgress { Terminal.endProgress() }
        for diagnostic in result.diagnostics { Terminal.diagnostic(diagnostic) }
        return (result, store)
    }

    /// Writes the baseline when asked, reads it otherwise (the named one or the default file).
    private func gate(_ result: VerificationResult) throws(VerifyError) -> GatedResult {
        if let writeBaseline {
            let accepted = Baseline(findings: result.findings, relativeTo: ReportWriter.directory(of: writeBaseline))
            try ReportWriter.write(accepted.encoded(), to: writeBaseline)
            return GatedResult(result: result, baseline: accepted, baselinePath: writeBaseline)
        }
        let path = baseline ?? (FileManager.default.fileExists(atPath: Baseline.defaultFileName) ? Baseline.defaultFileName : nil)
        guard let path else { return GatedResult(result: result) }
        return GatedResult(result: result, baseline: try Baseline.load(path: path), baselinePath: path)
    }

    /// The Markdown report: `--report`, or Reports/<corpus>.md; `-` prints it.
    private func writeReport(_ result: VerificationResult) throws(VerifyError) {
        let path = report ?? ReportWriter.defaultReportPath(for: paths)
        if path == "-" {
            Terminal.output(MarkdownReport(result: result, reportDirectory: ".", referenceDate: reference.text).render())
            return
        }
        let markdown = MarkdownReport(result: result, reportDirectory: ReportWriter.directory(of: path),
                                      referenceDate: reference.text).render()
        try ReportWriter.write(markdown, to: path)
    }

    /// What goes to standard output, and the job summary under GitHub Actions.
    private func emit(_ gated: GatedResult) {
        guard let chosen = ReportFormats.named(format) else { return }
        // `--report -` already printed the Markdown report.
        if report == "-", chosen.identifier == MarkdownReportFormat.identifier { return }
        let text = chosen.render(gated, context: RenderContext(reportDirectory: ".", referenceDate: reference.text))
        if chosen.isForTerminal { Terminal.summary(text) } else { Terminal.output(text) }
        if let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty,
           let step = chosen.stepSummary(gated) {
            StepSummaryFile.append(step, to: summary)
        }
    }
}

/// Appends to `$GITHUB_STEP_SUMMARY`, as GitHub expects; a failure is a warning, not fatal.
enum StepSummaryFile {
    static func append(_ text: String, to path: String) {
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            Terminal.diagnostic(Diagnostic(.warning, path: path, "cannot append the job summary"))
            return
        }
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    }
}

/// Counts report candidates under paths, stopping as soon as a limit is reached.
enum FileCount {
    static func atLeast(_ limit: Int, under paths: [String]) -> Bool {
        var count = 0
        for path in paths {
            guard let enumerator = FileManager.default.enumerator(atPath: path) else { count += 1; continue }
            while enumerator.nextObject() != nil {
                count += 1
                if count >= limit { return true }
            }
        }
        return count >= limit
    }
}
