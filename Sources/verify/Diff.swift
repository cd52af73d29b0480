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

    @OptionGroup var reference: ReferenceDateOption

    @OptionGroup var input: InputOptions

    @OptionGroup var rules: RulesOption

    func run() throws {
        let ruleSet = try rules.load(corpusPaths: [a, b])
        let diff: SourceDiff
        do {
            diff = try SourceDiff.load(a, b, rules: ruleSet, referenceDate: reference.date?.publishedTime, options: input.ingestOptions(reference))
        } catch {
            // SourceDiff's message already says which file and why: one line.
            throw Terminal.fail(error, listingSkippedFiles: false)
        }
        Terminal.output(diff.render())
    }
}
