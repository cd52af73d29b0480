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

    @OptionGroup var reference: ReferenceDateOption

    @OptionGroup var input: InputOptions

    @OptionGroup var rules: RulesOption

    func validate() throws {
        guard format == .text || format == .json else {
            throw ValidationError("verify facts prints text or json")
        }
    }

    func run() throws {
        let ruleSet = try rules.load(corpusPaths: [file])
        let corpus: Corpus
        do {
            corpus = try CorpusLoader.load(paths: [file], rules: ruleSet, options: input.ingestOptions(reference))
        } catch {
            throw Terminal.fail(error)
        }
        for diagnostic in corpus.diagnostics { Terminal.diagnostic(diagnostic) }
        let listing = FactsListing(document: corpus.documents[0], extractor: FactExtractor(rules: ruleSet),
                                   referenceDate: reference.date?.publishedTime)
        Terminal.output(format == .json ? listing.json() : listing.text(showSetAside: showSetAside))
    }
}
