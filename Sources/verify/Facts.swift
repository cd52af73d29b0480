import ArgumentParser
import VerifyKit

/// `verify facts <file>`: what was read from one document.
struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every fact mention of one report (type, value, qualifiers, location, quote)."
    )

    @Argument(help: "A report file (.txt, .md, .html).")
    var file: String

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Flag(name: .customLong("all"), help: "Also list the blocks set aside as metadata or clutter, with the rule that did it.")
    var showSetAside = false

    @Option(name: .customLong("reference-date"), help: "Publication date (YYYY-MM-DD) for a source that carries none.")
    var referenceDate: String?

    func validate() throws {
        guard format == .text || format == .json else {
            throw ValidationError("verify facts prints text or json")
        }
        if let referenceDate, ReferenceDate(referenceDate) == nil {
            throw ValidationError("--reference-date '\(referenceDate)' is not a date of the form YYYY-MM-DD")
        }
    }

    func run() throws {
        let options = IngestOptions(referenceYear: referenceDate.flatMap(ReferenceDate.init)?.year)
        let corpus: Corpus
        do {
            corpus = try CorpusLoader.load(paths: [file], options: options)
        } catch {
            for diagnostic in error.diagnostics { Terminal.diagnostic(diagnostic) }
            Terminal.error(error.message)
            throw ExitCode(2)
        }
        for diagnostic in corpus.diagnostics { Terminal.diagnostic(diagnostic) }
        let reference = referenceDate.flatMap(ReferenceDate.init).map { $0.publishedTime }
        let listing = FactsListing(document: corpus.documents[0], extractor: FactExtractor(), referenceDate: reference)
        Terminal.output(format == .json ? listing.json() : listing.text(showSetAside: showSetAside))
    }
}
